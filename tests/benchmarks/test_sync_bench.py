"""Importing 1,000 new FBM orders from the sandbox at its real usage plans, in simulated time:
Orders 2026-01-01 searchOrders with includedData (the station) against the naive Orders v0 way
(getOrders + getOrderItems + getOrderAddress per order), both through the same client and rate limiter.

Run: pytest tests/benchmarks/test_sync_bench.py --benchmark-enable -s
Figures go to the benchmark's extra_info (and stdout with -s).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from station.amazon.client import ApiConfig, SpApi
from station.amazon.credentials import Credentials
from station.amazon.ratelimit import RateLimiter
from station.amazon.sandbox import VirtualClock, start_in_thread
from station.amazon.sync import OrderSync
from station.store.db import open_store

START = datetime(2026, 11, 23, 14, 0, tzinfo=timezone.utc)
ORDERS = 1053  # seed 1: exactly 1,000 of them merchant-fulfilled
MARKETS = ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8"]
CREDS = Credentials("amzn1.application-oa2-client.bench", "bench-secret", "Atzr|bench-refresh")


def _setup():
    clock = VirtualClock(START)
    handle = start_in_thread(orders=ORDERS, seed=1, clock=clock, timeline=False)
    api = SpApi(ApiConfig(handle.url, handle.lwa_url, "ATVPDKIKX0DER"), CREDS, limiter=RateLimiter(clock, clock.sleep))
    return clock, handle, api


def station_import(tmp_path):
    clock, handle, api = _setup()
    store = open_store(f"sqlite:///{tmp_path / 'bench.db'}")
    try:
        started = clock()
        result = OrderSync(store, api, marketplaces=MARKETS, wall_clock=clock).run_once()
        assert result.ok, result.error
        journal = handle.sandbox.journal.entries()
        return {"orders": result.new, "calls": len(journal), "throttled": sum(e["status"] == 429 for e in journal),
                "simulated_s": clock() - started, "pages": result.pages}
    finally:
        api.close()
        handle.stop()
        store.dispose()


def naive_v0_import():
    """What a v0 client does: page getOrders, then getOrderItems and getOrderAddress (with an RDT) per order."""
    clock, handle, api = _setup()
    v0 = api.orders_v0
    try:
        started = clock()
        since = (clock.datetime() - timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
        ids: list[str] = []
        params = {"CreatedAfter": since, "MarketplaceIds": ",".join(MARKETS), "FulfillmentChannels": "MFN",
                  "MaxResultsPerPage": 100}
        while True:
            body = api.call("getOrders", v0, lambda: v0.get_orders(**params), rate_key="ordersV0:getOrders")
            ids += [o["AmazonOrderId"] for o in body["payload"]["Orders"]]
            token = body["payload"].get("NextToken")
            if not token:
                break
            params = {"NextToken": token, "MarketplaceIds": ",".join(MARKETS)}
        rdt = api.restricted_data_token([{"method": "GET", "path": "/orders/v0/orders/{orderId}/address",
                                          "dataElements": ["shippingAddress"]}])["restrictedDataToken"]
        for order_id in ids:
            api.call("getOrderItems", v0, lambda: v0.get_order_items(order_id), rate_key="ordersV0:getOrderItems")
            v0.restricted_data_token = rdt
            try:
                api.call("getOrderAddress", v0, lambda: v0.get_order_address(order_id),
                         rate_key="ordersV0:getOrderAddress")
            finally:
                v0.restricted_data_token = None
        journal = handle.sandbox.journal.entries()
        assert handle.sandbox.contract_violations == []
        return {"orders": len(ids), "calls": len(journal), "throttled": sum(e["status"] == 429 for e in journal),
                "simulated_s": clock() - started}
    finally:
        api.close()
        handle.stop()


@pytest.mark.slow
def test_import_1000_orders_vs_naive_v0(benchmark, tmp_path):
    ours = benchmark.pedantic(station_import, args=(tmp_path,), rounds=1, iterations=1)
    if benchmark.disabled:  # the plain test run: the naive side is ~2,000 real requests (~95 s); measure it
        assert ours["orders"] == 1000 and ours["throttled"] == 0  # with --benchmark-enable
        assert ours["calls"] * 50 <= 2 * 1000  # v0 needs at least getOrderItems + getOrderAddress per order
        return
    naive = naive_v0_import()
    ratio = naive["calls"] / ours["calls"]
    benchmark.extra_info.update({"station": ours, "naive_v0": naive, "call_ratio": round(ratio, 1)})
    print(f"\nstation: {ours}\nnaive v0: {naive}\ncalls ratio: {ratio:.1f}x")
    assert ours["orders"] == naive["orders"] == 1000
    assert ours["throttled"] == 0 and naive["throttled"] == 0  # the limiter kept both within the plans
    assert ratio >= 50
    assert ours["simulated_s"] < naive["simulated_s"]
