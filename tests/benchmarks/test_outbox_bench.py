"""200 confirmations drained through the outbox against the sandbox's real confirmShipment usage plan
(2 requests per second, burst 10), in simulated time: no 429, no package twice, and the drain takes what
the plan allows ((200 - 10) / 2 = 95 simulated seconds), not much more.

Run: pytest tests/benchmarks/test_outbox_bench.py --benchmark-enable -s
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from station.amazon import spec
from station.amazon.client import ApiConfig, SpApi
from station.amazon.credentials import Credentials
from station.amazon.outbox import OutboxWorker, outbox_items
from station.amazon.ratelimit import RateLimiter
from station.amazon.sandbox import VirtualClock, start_in_thread
from station.amazon.sync import OrderSync
from station.services.confirm import enqueue_confirmation
from station.store.db import open_store
from station.store.repositories import OrderRepository

START = datetime(2026, 11, 23, 14, 0, tzinfo=timezone.utc)
MARKETS = ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8"]
CREDS = Credentials("amzn1.application-oa2-client.bench", "bench-secret", "Atzr|bench-refresh")
COUNT = 200


def drain_200(tmp_path):
    clock = VirtualClock(START)
    handle = start_in_thread(orders=280, seed=2, clock=clock, timeline=False)
    limiter = RateLimiter(clock, clock.sleep)  # one limiter for the process, as in the app

    def api() -> SpApi:
        return SpApi(ApiConfig(handle.url, handle.lwa_url, "ATVPDKIKX0DER"), CREDS, limiter=limiter)

    store = open_store(f"sqlite:///{tmp_path / 'outbox-bench.db'}")
    try:
        assert OrderSync(store, api(), marketplaces=MARKETS, wall_clock=clock).run_once().ok
        with store.session() as db:
            orders = OrderRepository(db).list(amazon_statuses=["Unshipped"])[:COUNT]
            assert len(orders) == COUNT
            for order in orders:
                enqueue_confirmation(db, order.order_id, 1, "UPS", "1Z999AA10123456784", clock.datetime(),
                                     [(line.order_item_id, line.quantity) for line in order.lines], "bench-1",
                                     "op", not_before=clock.datetime())
        before = len(handle.sandbox.journal.entries())
        worker = OutboxWorker(store, api, clock=clock)
        started = clock()
        while outbox_items(store):
            if not worker.drain():
                clock.advance(1.0)
        elapsed = clock() - started
        entries = handle.sandbox.journal.entries()[before:]
        confirms = [e for e in entries if e["path"].endswith("/shipmentConfirmation")]
        return {"confirmations": len({e["path"] for e in confirms}), "calls": len(confirms),
                "other_calls": len(entries) - len(confirms), "throttled": sum(e["status"] == 429 for e in entries),
                "simulated_s": elapsed, "rate_per_s": round(len(confirms) / elapsed, 3) if elapsed else None,
                "violations": list(handle.sandbox.contract_violations)}
    finally:
        handle.stop()
        store.dispose()


@pytest.mark.slow
def test_200_confirmations_within_the_documented_rate(benchmark, tmp_path):
    figures = benchmark.pedantic(drain_200, args=(tmp_path,), rounds=1, iterations=1)
    rate, burst = spec.usage_plan("ordersV0:confirmShipment")
    floor = (COUNT - burst) / rate
    benchmark.extra_info.update(figures | {"plan_rate": rate, "plan_burst": burst, "minimum_s": floor})
    print(f"\noutbox: {figures}; plan {rate}/s burst {burst}: at least {floor:.0f} s")
    assert figures["confirmations"] == figures["calls"] == COUNT  # each package once, none resent
    assert figures["throttled"] == 0 and figures["violations"] == []
    assert floor <= figures["simulated_s"] <= floor * 1.1  # as fast as the plan allows, never faster
