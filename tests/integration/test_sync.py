"""Order sync against the sandbox on 127.0.0.1, in simulated time, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select
from support.ship import RealApiExcept

from station.amazon.client import ApiConfig, SpApi
from station.amazon.credentials import Credentials
from station.amazon.ratelimit import RateLimiter
from station.amazon.sandbox import VirtualClock, start_in_thread
from station.amazon.sync import HIGH_WATER, LAST_ERROR, LAST_SUCCESS, UNREADABLE, OrderSync, SyncWorker, sync_status
from station.domain.order import AmazonStatus, PackStatus
from station.store.models import BuyerInfoRow, OrderRow
from station.store.repositories import OrderRepository, SyncState

START = datetime(2026, 11, 23, 14, 0, tzinfo=timezone.utc)
ALL_MARKETS = ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8"]
CREDS = Credentials("amzn1.application-oa2-client.test", "test-secret-value", "Atzr|test-refresh-token-value")


@pytest.fixture
def clock():
    return VirtualClock(START)


@pytest.fixture
def sandbox(clock):
    handle = start_in_thread(orders=120, seed=4, clock=clock)
    yield handle
    assert handle.sandbox.contract_violations == []
    handle.stop()


def make_api(handle, clock, **kw):
    return SpApi(ApiConfig(handle.url, handle.lwa_url, "ATVPDKIKX0DER"), CREDS,
                 limiter=RateLimiter(clock, clock.sleep), **kw)


def make_sync(store, handle, clock, **kw):
    kw.setdefault("marketplaces", ALL_MARKETS)
    return OrderSync(store, make_api(handle, clock), station="bench-1", wall_clock=clock, **kw)


def fbm_orders(handle, statuses=None):
    return {o.order_id: o for o in handle.sandbox.orders.values()
            if o.fulfilled_by == "MERCHANT" and (statuses is None or o.status in statuses)}


def test_first_sync_imports_every_fbm_order_with_items_and_buyer_data(store, sandbox, clock):
    result = make_sync(store, sandbox, clock).run_once()
    assert result.ok and result.mode == "created"
    expected = fbm_orders(sandbox)
    assert result.new == len(expected) and result.pages == 2  # 114 orders: 100 + 14
    with store.session() as db:
        orders = {o.order_id: o for o in OrderRepository(db).list(with_buyer=True)}
        assert set(orders) == set(expected)  # and no FBA order
        for order_id, seeded in expected.items():
            order = orders[order_id]
            assert [line.order_item_id for line in order.lines] == [line.order_item_id for line in seeded.lines]
            assert [line.quantity for line in order.lines] == [line.quantity for line in seeded.lines]
            assert order.is_prime == seeded.is_prime and order.is_business == seeded.is_business
            assert order.purchase_order_number == seeded.purchase_order_number
            assert order.is_replacement == bool(seeded.associated_orders)
            assert order.marketplace_id == seeded.marketplace_id
        pending = [o for o in orders.values() if o.status is AmazonStatus.PENDING]
        assert pending and not any(o.can_pack for o in pending)  # shown, not packable
        assert all(o.buyer is None or o.buyer.buyer_name is None for o in pending)  # no PII before payment
        unshipped = [o for o in orders.values() if o.status is AmazonStatus.UNSHIPPED]
        assert all(o.buyer and o.buyer.ship_to and o.buyer.ship_to.line1 for o in unshipped)
        gifts = [o for o in unshipped if expected[o.order_id].is_gift]
        assert gifts and all(o.buyer.gift_message for o in gifts)
        # buyer data only in its own table
        assert db.scalar(select(func.count()).select_from(BuyerInfoRow)) >= len(unshipped)
        row = db.get(OrderRow, unshipped[0].order_id)
        assert not any(hasattr(row, name) for name in ("buyer_name", "address_line1", "gift_message"))
        state = SyncState(db)
        assert state.get(LAST_SUCCESS) and state.get(LAST_ERROR) is None
        assert state.get(HIGH_WATER) == (START - timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    calls = [e for e in sandbox.sandbox.journal.entries()]
    assert [e["path"] for e in calls] == ["/auth/o2/token", "/tokens/2021-03-01/restrictedDataToken",
                                          "/orders/2026-01-01/orders", "/orders/2026-01-01/orders"]
    first = calls[2]["query"]
    assert first["fulfilledBy"] == ["MERCHANT"] and "createdAfter" in first
    assert set(first["includedData"][0].split(",")) >= {"BUYER", "RECIPIENT", "FULFILLMENT"}
    # every page asks again with the same filters and includedData (the model's Pagination: "all other
    # parameters must be provided with the same values"; includedData left out means none on that page)
    assert "paginationToken" in calls[3]["query"]
    assert {k: v for k, v in calls[3]["query"].items() if k != "paginationToken"} == first


def test_incremental_sync_sees_payments_and_cancellations_and_stops_the_bench(store, sandbox, clock):
    from station.services.bench import Bench

    sync = make_sync(store, sandbox, clock)
    assert sync.run_once().ok
    to_cancel = [e.order_id for e in sandbox.sandbox.timeline if e.kind == "cancelled"]
    to_pay = [e.order_id for e in sandbox.sandbox.timeline if e.kind == "paid"]
    assert to_cancel and to_pay
    bench = Bench(store, "bench-1", "alice")
    opened = bench.scan(to_cancel[0])
    assert bench.session is not None, opened.message
    stops = []
    sync.on_cancelled = lambda order_id: stops.append((order_id, bench.amazon_cancelled(order_id)))
    clock.advance(15 * 60)
    result = sync.run_once()
    assert result.ok and result.mode == "updated"
    assert sorted(result.cancelled) == sorted(to_cancel)
    assert [order_id for order_id, _ in stops] == result.cancelled
    event = dict(stops)[to_cancel[0]]
    assert event is not None and event.is_error  # the pack view stops, loudly
    with store.session() as db:
        repo = OrderRepository(db)
        for order_id in to_cancel:
            order = repo.get(order_id)
            assert order.status is AmazonStatus.CANCELED and order.pack_status is PackStatus.CANCELLED
        for order_id in to_pay:
            assert repo.get(order_id).status is AmazonStatus.UNSHIPPED
    query = sandbox.sandbox.journal.entries()[-1]["query"]
    since = datetime.fromisoformat(query["lastUpdatedAfter"][0].replace("Z", "+00:00"))
    assert since == START - timedelta(minutes=2) - timedelta(minutes=5)  # high water minus overlap
    # A third pass re-reads only the overlap: nothing is cancelled twice.
    clock.advance(60)
    again = sync.run_once()
    assert again.ok and again.cancelled == []


def test_pages_and_overlap_never_duplicate_rows(store, sandbox, clock):
    sync = make_sync(store, sandbox, clock, page_size=7)
    result = sync.run_once()
    assert result.ok and result.pages == -(-result.seen // 7)
    clock.advance(3600)
    assert sync.run_once().ok
    with store.session() as db:
        assert db.scalar(select(func.count()).select_from(OrderRow)) == len(fbm_orders(sandbox))


def test_single_marketplace_by_default(store, sandbox, clock):
    result = make_sync(store, sandbox, clock, marketplaces=["A2EUQ1WTGCTBG2"]).run_once()
    assert result.ok
    with store.session() as db:
        assert {o.marketplace_id for o in OrderRepository(db).list()} == {"A2EUQ1WTGCTBG2"}


def test_expired_token_is_renewed_without_an_error(store, sandbox, clock):
    sync = make_sync(store, sandbox, clock)
    assert sync.run_once().ok
    sandbox.sandbox.tokens.expire_all()
    clock.advance(600)
    assert sync.run_once().ok
    paths = [e["path"] for e in sandbox.sandbox.journal.entries()]
    assert paths.count("/auth/o2/token") == 2


def test_failure_is_recorded_and_cleared_by_the_next_success(store, sandbox, clock):
    sync = make_sync(store, sandbox, clock)
    sandbox.sandbox.script("GET", r"/orders/2026-01-01/orders", 200, raw=b'{"orders": [{"orderId": ')
    result = sync.run_once()
    assert not result.ok and "not JSON" in result.error
    status = sync_status(store)
    assert status.last_success is None and "not JSON" in status.last_error
    assert sync.run_once().ok
    status = sync_status(store)
    assert status.last_success is not None and status.last_error is None


def test_sync_worker_runs_until_stopped(store, sandbox, clock):
    results = []
    worker = SyncWorker(store, lambda: make_sync(store, sandbox, clock), interval_s=0.05,
                        on_result=results.append).start()
    try:
        deadline = time.monotonic() + 20
        while len(results) < 3 and time.monotonic() < deadline:
            clock.advance(30)
            time.sleep(0.05)
    finally:
        worker.stop()
    assert not worker.running
    assert len(results) >= 3 and all(r.ok for r in results)
    assert worker.status().last_success is not None


def test_sync_worker_survives_missing_credentials(store):
    def no_credentials():
        from station.amazon.client import AuthError
        raise AuthError("missing", "", 0)

    worker = SyncWorker(store, no_credentials, interval_s=0.05).start()
    deadline = time.monotonic() + 10
    while worker.passes < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    worker.stop()
    assert worker.passes >= 2
    assert "station config credentials" in sync_status(store).last_error


def test_station_sync_once_command(tmp_path, database_url):
    handle = start_in_thread(orders=30, seed=9)
    try:
        env = dict(os.environ, STATION_LWA_CLIENT_ID="cid", STATION_LWA_CLIENT_SECRET="secret-value-1",
                   STATION_LWA_REFRESH_TOKEN="Atzr|refresh-value-1", STATION_NO_LOG_FILE="1")
        base = [sys.executable, "-m", "station", "--data-dir", str(tmp_path), "--database-url", database_url]
        for key, value in (("amazon.endpoint", handle.url), ("amazon.lwa_endpoint", handle.lwa_url)):
            subprocess.run(base + ["config", "set", key, value], env=env, check=True, capture_output=True)
        done = subprocess.run(base + ["sync", "--once"], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        us = [o for o in handle.sandbox.orders.values()
              if o.fulfilled_by == "MERCHANT" and o.marketplace_id == "ATVPDKIKX0DER"]
        assert f"{len(us)} new" in done.stdout
        assert "secret-value-1" not in done.stdout + done.stderr and "refresh-value-1" not in done.stderr
        env["STATION_LWA_CLIENT_ID"] = "invalid"
        bad = subprocess.run(base + ["sync", "--once"], env=env, capture_output=True, text=True, timeout=60)
        assert bad.returncode == 1 and "invalid_client" in bad.stderr and "Traceback" not in bad.stderr
    finally:
        handle.stop()


class Garbling(RealApiExcept):
    """The real API, except that Amazon sends the named orders in a shape the station cannot read."""

    def __init__(self, api, garbled: set[str], by_get_order: bool = False):
        super().__init__(api)
        self.garbled, self.by_get_order = garbled, by_get_order

    def _garble(self, order):
        return {**order, "fulfillment": {}} if order.get("orderId") in self.garbled else order

    def search_orders(self, **params):
        body = self.api.search_orders(**params)
        return {**body, "orders": [self._garble(o) for o in body["orders"]]}

    def get_order(self, order_id, included=()):
        order = self.api.get_order(order_id, included)
        return self._garble(order) if self.by_get_order else order


def test_an_unreadable_order_is_kept_in_view_and_fetched_again_until_it_reads(store, sandbox, clock):
    from station.ui.queue_view import sync_text

    victim = sorted(fbm_orders(sandbox, {"UNSHIPPED"}))[0]
    api = Garbling(make_api(sandbox, clock), {victim}, by_get_order=True)
    sync = OrderSync(store, api, marketplaces=ALL_MARKETS, station="bench-1", wall_clock=clock)
    result = sync.run_once()
    assert result.ok and list(result.unreadable) == [victim] and "fulfillmentStatus" in result.unreadable[victim]
    with store.session() as db:
        assert db.get(OrderRow, victim) is None
        state = {k: SyncState(db).get(k) for k in (LAST_SUCCESS, LAST_ERROR, UNREADABLE)}
    text, ok = sync_text(state)
    assert not ok and "1 ORDER(S) NOT READ" in text and victim in text
    clock.advance(600)  # the high water has passed it: only getOrder brings it back
    assert list(sync.run_once().unreadable) == [victim]  # Amazon still sends it garbled
    api.by_get_order = False  # fixed on Amazon's side (or by our next release)
    clock.advance(600)
    result = sync.run_once()
    assert result.ok and result.unreadable == {} and victim in result.read
    with store.session() as db:
        assert db.get(OrderRow, victim).amazon_status == AmazonStatus.UNSHIPPED.value
        assert SyncState(db).get(UNREADABLE) is None


def test_unreadable_orders_take_turns_and_one_amazon_lost_is_dropped(store, sandbox, clock, monkeypatch):
    from station.amazon import sync as sync_module
    from station.amazon.client import ApiError

    monkeypatch.setattr(sync_module, "RETRIES_PER_PASS", 2)
    victims = sorted(fbm_orders(sandbox, {"UNSHIPPED"}))[:4]
    api = Garbling(make_api(sandbox, clock), set(victims), by_get_order=True)
    sync = OrderSync(store, api, marketplaces=ALL_MARKETS, station="bench-1", wall_clock=clock)
    assert sorted(sync.run_once().unreadable) == victims
    asked = []
    get_order = api.get_order

    def counting(order_id, included=()):
        asked.append(order_id)
        if order_id == victims[1]:
            raise ApiError(404, [{"code": "NotFound", "message": "no such order"}])
        return get_order(order_id, included)

    api.get_order = counting
    for _ in range(3):
        clock.advance(600)
        result = sync.run_once()
    assert set(asked) == set(victims)  # two a pass, in turns: none is starved behind the others
    assert sorted(result.unreadable) == [victims[0], victims[2], victims[3]]  # the one Amazon lost is gone
