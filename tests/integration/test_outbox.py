"""Confirmation outbox against the sandbox on 127.0.0.1: same transaction, exactly once, permanent errors."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections import Counter
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from station.amazon import spec
from station.amazon.client import ApiConfig, SpApi
from station.amazon.credentials import Credentials
from station.amazon.outbox import FAILED, PENDING, SENT, VERIFY, OutboxWorker, outbox_items, retry_failed
from station.amazon.ratelimit import Backoff, RateLimiter
from station.amazon.sandbox import start_in_thread
from station.amazon.sync import OrderSync
from station.services.confirm import ConfirmationError, enqueue_confirmation
from station.store.models import OutboxRow
from station.store.repositories import OrderRepository

CREDS = Credentials("amzn1.application-oa2-client.test", "test-secret-value", "Atzr|test-refresh-token-value")
MARKETS = ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8"]
CONFIRM = "/shipmentConfirmation"


@pytest.fixture
def sandbox():
    handle = start_in_thread(orders=40, seed=11, timeline=False)
    yield handle
    assert handle.sandbox.contract_violations == []
    handle.stop()


def api_for(handle):
    return SpApi(ApiConfig(handle.url, handle.lwa_url, "ATVPDKIKX0DER"), CREDS, limiter=RateLimiter(),
                 backoff=Backoff(base=0.01, cap=0.05, attempts=4))


def worker_for(store, handle, **kw):
    kw.setdefault("backoff", Backoff(base=0.01, cap=0.02, attempts=10**6))
    return OutboxWorker(store, lambda: api_for(handle), min_retry_s=0.0, **kw)


def synced(store, handle):
    sync = OrderSync(store, api_for(handle), marketplaces=MARKETS)
    assert sync.run_once().ok
    with store.session() as db:
        return [o for o in OrderRepository(db).list(amazon_statuses=["Unshipped"])]


def enqueue_all(store, orders, tracking="1Z999AA10123456784"):
    with store.session() as db:
        for order in orders:
            enqueue_confirmation(db, order.order_id, 1, "UPS", tracking, datetime.now(timezone.utc),
                                 [(line.order_item_id, line.quantity) for line in order.lines], "bench-1", "alice")


def confirmations(handle):
    """(orderId, packageReferenceId) -> journal entries of confirmShipment that reached the operation."""
    out: dict[tuple[str, str], list[dict]] = {}
    for entry in handle.sandbox.journal.entries():
        if entry["path"].endswith(CONFIRM) and entry.get("fault") not in ("dropped connection", "scripted") \
                and entry["status"] is not None and entry["status"] < 300:
            key = (entry["path"].split("/")[4], entry["body"]["packageDetail"]["packageReferenceId"])
            out.setdefault(key, []).append(entry)
    return out


def drain_until_settled(worker, store, rounds=200):
    import time

    for _ in range(rounds):
        worker.drain()
        if all(item.status == FAILED for item in outbox_items(store)):
            return
        time.sleep(0.01)
    raise AssertionError(f"outbox did not settle: {outbox_items(store)}")


def test_enqueue_is_part_of_the_callers_transaction(store, sandbox):
    order = synced(store, sandbox)[0]
    with pytest.raises(RuntimeError):
        with store.session() as db:
            enqueue_confirmation(db, order.order_id, 1, "UPS", "1Z999AA10123456784", datetime.now(timezone.utc),
                                 [(order.lines[0].order_item_id, 1)], "bench-1", "alice")
            raise RuntimeError("the packer's confirm failed after the enqueue")
    with store.session() as db:
        assert db.scalar(select(func.count()).select_from(OutboxRow)) == 0
    enqueue_all(store, [order])
    with store.session() as db:
        row = db.scalar(select(OutboxRow))
        assert row.dedupe_key == f"confirm:{order.order_id}:1" and row.status == PENDING
        assert (row.station, row.operator) == ("bench-1", "alice")
        assert spec.validate_request("ordersV0:confirmShipment", path_params={"orderId": order.order_id},
                                     body=row.payload) == []
        assert row.payload["marketplaceId"] == order.marketplace_id


def test_same_package_is_one_row_and_a_correction_replaces_it_until_sent(store, sandbox):
    order = synced(store, sandbox)[0]
    enqueue_all(store, [order])
    enqueue_all(store, [order])
    enqueue_all(store, [order], tracking="1Z999AA10123456795")
    with store.session() as db:
        rows = db.scalars(select(OutboxRow)).all()
        assert len(rows) == 1 and rows[0].payload["packageDetail"]["trackingNumber"] == "1Z999AA10123456795"
    worker_for(store, sandbox).drain()
    with pytest.raises(ConfirmationError, match="already"):
        enqueue_all(store, [order], tracking="1Z999AA10123456784")
    enqueue_all(store, [order], tracking="1Z999AA10123456795")  # the same again is fine: nothing to do
    with pytest.raises(ConfirmationError, match="not in the local queue"):
        with store.session() as db:
            enqueue_confirmation(db, "111-0000000-0000000", 1, "UPS", "1Z", datetime.now(timezone.utc), [("1", 1)])
    with pytest.raises(ConfirmationError, match="positive"):
        with store.session() as db:
            enqueue_confirmation(db, order.order_id, 0, "UPS", "1Z", datetime.now(timezone.utc), [("1", 1)])


def test_worker_sends_each_package_once_and_amazon_ships_the_orders(store, sandbox):
    orders = synced(store, sandbox)[:6]
    enqueue_all(store, orders)
    outcomes = []
    worker = worker_for(store, sandbox, on_change=outcomes.append)
    assert worker.drain() == 6
    assert [o.status for o in outcomes] == [SENT] * 6
    assert outbox_items(store) == []
    sent = confirmations(sandbox)
    assert sorted(sent) == sorted((o.order_id, "1") for o in orders)
    assert all(len(entries) == 1 for entries in sent.values())
    for order in orders:
        assert sandbox.sandbox.orders[order.order_id].status == "SHIPPED"
    assert worker.drain() == 0  # nothing left, nothing resent


def test_carrier_name_goes_with_code_other(store, sandbox):
    order = synced(store, sandbox)[0]
    with store.session() as db:
        enqueue_confirmation(db, order.order_id, 1, tracking_number="PUR123456789",
                             ship_date=datetime.now(timezone.utc),
                             items=[(line.order_item_id, line.quantity) for line in order.lines],
                             carrier_name="Purolator", shipping_method="Ground")
    worker_for(store, sandbox).drain()
    (entries,) = confirmations(sandbox).values()
    detail = entries[0]["body"]["packageDetail"]
    assert (detail["carrierCode"], detail["carrierName"], detail["shippingMethod"]) == ("Other", "Purolator", "Ground")
    assert sandbox.sandbox.orders[order.order_id].packages[0].carrier == "Purolator"


def test_permanent_error_stops_with_amazons_errors_and_the_cli_lists_it(store, sandbox, database_url, tmp_path):
    order = synced(store, sandbox)[0]
    with store.session() as db:
        enqueue_confirmation(db, order.order_id, 1, "UPS", "1Z999AA10123456784", datetime.now(timezone.utc),
                             [("99999999999999", 1)], "bench-1", "alice")
    worker = worker_for(store, sandbox)
    worker.drain()
    assert worker.drain() == 0  # failed rows are not retried
    (item,) = outbox_items(store)
    assert item.status == FAILED and item.attempts == 1
    assert "99999999999999" in item.last_error and "HTTP 400" in item.last_error
    assert item.errors and item.errors[0]["code"] == "InvalidInput"
    env = dict(os.environ, STATION_NO_LOG_FILE="1")
    base = [sys.executable, "-m", "station", "--data-dir", str(tmp_path), "--database-url", database_url, "outbox"]
    listed = subprocess.run(base + ["--json"], env=env, capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0, listed.stderr
    (shown,) = json.loads(listed.stdout)
    assert shown["order_id"] == order.order_id and shown["status"] == "failed"
    assert "99999999999999" in shown["last_error"] and shown["errors"][0]["code"] == "InvalidInput"
    text = subprocess.run(base, env=env, capture_output=True, text=True, timeout=60)
    assert text.returncode == 0 and "failed" in text.stdout and "last error" in text.stdout
    # the supervisor fixes it on Seller Central and retries: Amazon is asked first
    assert retry_failed(store, item.id)
    assert outbox_items(store)[0].status == VERIFY


def test_confirmation_made_while_amazon_is_down_lands_once_it_is_back(store, sandbox):
    orders = synced(store, sandbox)[:3]
    sb, port = sandbox.sandbox, int(sandbox.url.rsplit(":", 1)[1])
    sandbox.stop()
    enqueue_all(store, orders)
    worker = worker_for(store, sandbox)
    worker.drain()
    items = outbox_items(store)
    assert [i.status for i in items] == [PENDING] * 3  # nothing reached Amazon: plain retry later
    assert all("no answer" in i.last_error or "cannot reach" in i.last_error for i in items)
    back = start_in_thread(port=port, sandbox=sb)
    try:
        drain_until_settled(worker, store)
        assert outbox_items(store) == []
        sent = confirmations(back)
        assert sorted(sent) == sorted((o.order_id, "1") for o in orders)
        assert all(len(entries) == 1 for entries in sent.values())
    finally:
        back.stop()
        sandbox.stop = lambda: None  # already stopped; the fixture's contract check still runs


def test_lost_answer_is_checked_on_amazon_before_resending(store, sandbox):
    orders = synced(store, sandbox)[:2]
    enqueue_all(store, orders)
    # the first send gets no answer at all (connection dropped): it may or may not have landed
    sandbox.sandbox.script("POST", rf"/orders/v0/orders/{orders[0].order_id}/shipmentConfirmation", 0, drop=True)
    worker = worker_for(store, sandbox)
    worker.drain()
    states = {i.order_id: i.status for i in outbox_items(store)}
    assert states == {orders[0].order_id: VERIFY}
    drain_until_settled(worker, store)
    paths = [(e["method"], e["path"], e.get("fault")) for e in sandbox.sandbox.journal.entries()
             if orders[0].order_id in e["path"]]
    assert paths == [("POST", f"/orders/v0/orders/{orders[0].order_id}/shipmentConfirmation", "scripted"),
                     ("GET", f"/orders/2026-01-01/orders/{orders[0].order_id}", None),
                     ("POST", f"/orders/v0/orders/{orders[0].order_id}/shipmentConfirmation", None)]
    assert all(len(v) == 1 for v in confirmations(sandbox).values())


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_send_that_landed_before_a_crash_is_not_sent_again(store, sandbox):
    orders = synced(store, sandbox)[:2]
    enqueue_all(store, orders)
    with store.session() as db:  # a crashed process: it sent order 0, then died holding the lease
        row = db.scalar(select(OutboxRow).where(OutboxRow.order_id == orders[0].order_id))
        api_for(sandbox).confirm_shipment(row.order_id, row.payload)
        row.status, row.lease_owner = "sending", f"{socket.gethostname()}:{_dead_pid()}:dead"
        row.next_attempt_at = datetime(2100, 1, 1, tzinfo=timezone.utc)  # its lease has not even run out
    worker = worker_for(store, sandbox)
    assert worker.drain() == 2
    assert outbox_items(store) == []
    sent = confirmations(sandbox)
    assert len(sent[(orders[0].order_id, "1")]) == 1 and len(sent[(orders[1].order_id, "1")]) == 1
    with store.session() as db:
        row = db.scalar(select(OutboxRow).where(OutboxRow.order_id == orders[0].order_id))
        assert row.status == SENT and "already confirmed" in row.last_error


def test_two_workers_never_send_the_same_package(store, sandbox):
    orders = synced(store, sandbox)[:12]
    enqueue_all(store, orders)
    workers = [worker_for(store, sandbox, batch=3) for _ in range(2)]
    threads = [threading.Thread(target=w.drain) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert outbox_items(store) == []
    sent = confirmations(sandbox)
    assert len(sent) == 12 and all(len(v) == 1 for v in sent.values())


def test_worker_thread_starts_wakes_and_stops(store, sandbox):
    orders = synced(store, sandbox)[:2]
    worker = worker_for(store, sandbox, poll_s=30).start()
    try:
        enqueue_all(store, orders)
        worker.wake()
        import time
        deadline = time.monotonic() + 20
        while outbox_items(store) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert outbox_items(store) == []
    finally:
        worker.stop()
    assert not worker.running
    assert Counter(len(v) for v in confirmations(sandbox).values()) == {1: 2}
