"""Contract: every request our client sends and every answer the sandbox gives keep to the official models.

Requests are captured on the wire (an httpx request hook on each of the client's sp_api transports:
method, path, query, headers, body) and checked with spec.validate_request; answers are read back
from the sandbox journal and checked with spec.validate_response. Nothing is taken on trust from
either side: a client bug or a sandbox bug fails this test.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from urllib.parse import parse_qs, urlsplit

import pytest

from station.amazon import spec
from station.amazon.client import ApiConfig, ApiError, SpApi
from station.amazon.credentials import Credentials
from station.amazon.outbox import OutboxWorker
from station.amazon.ratelimit import Backoff, RateLimiter
from station.amazon.sandbox import VirtualClock, start_in_thread
from station.amazon.sync import OrderSync
from station.services.confirm import enqueue_confirmation
from station.store.repositories import OrderRepository

START = datetime(2026, 11, 23, 14, 0, tzinfo=timezone.utc)
CREDS = Credentials("amzn1.application-oa2-client.test", "test-secret-value", "Atzr|test-refresh-token-value")
SHIP_FROM = {"name": "Demo Seller", "addressLine1": "2100 Dock St", "city": "Tacoma", "stateOrRegion": "WA",
             "postalCode": "98421", "countryCode": "US"}


class Wire:
    """Every request the client's sp_api transports put on the wire."""

    def __init__(self) -> None:
        self.requests: list[dict] = []

    def attach(self, api: SpApi) -> SpApi:
        for client in (api.orders, api.orders_v0, api.tokens, api.shipping):
            client._transport._client.event_hooks["request"].append(self._record)
        return api

    def _record(self, request) -> None:
        parts = urlsplit(str(request.url))
        body = request.content
        self.requests.append({"method": request.method, "path": parts.path,
                              "query": parse_qs(parts.query, keep_blank_values=True),
                              "headers": dict(request.headers),
                              "body": json.loads(body) if body else None, "host": request.headers.get("host")})


def test_every_request_and_answer_keeps_to_the_models(store):
    clock = VirtualClock(START)
    handle = start_in_thread(orders=150, seed=21, clock=clock)
    wire = Wire()
    try:
        def api() -> SpApi:
            return wire.attach(SpApi(ApiConfig(handle.url, handle.lwa_url, "ATVPDKIKX0DER"), CREDS,
                                     limiter=RateLimiter(clock, clock.sleep), backoff=Backoff(0.01, 0.02, 3)))

        # sync: RDT, searchOrders first run and pages, then incremental
        sync = OrderSync(store, api(), marketplaces=["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8"],
                         page_size=50, wall_clock=clock)
        assert sync.run_once().ok
        clock.advance(15 * 60)
        assert sync.run_once().ok
        with store.session() as db:
            orders = OrderRepository(db).list(amazon_statuses=["Unshipped"])
            us = [o for o in orders if o.marketplace_id == "ATVPDKIKX0DER"]
            for order in orders[:5]:
                enqueue_confirmation(db, order.order_id, 1, "USPS", "9400111899223397623910", clock.datetime(),
                                     [(line.order_item_id, line.quantity) for line in order.lines], "b1", "op",
                                     not_before=clock.datetime())
            enqueue_confirmation(db, orders[5].order_id, 1, None, "PUR-123456789", clock.datetime(),
                                 [(orders[5].lines[0].order_item_id, 1)], "b1", "op", carrier_name="Purolator",
                                 shipping_method="Ground", not_before=clock.datetime())
            enqueue_confirmation(db, orders[6].order_id, 1, "UPS", "1Z999AA10123456784", clock.datetime(),
                                 [("99999999999999", 1)], "b1", "op",  # refused: 400 with errors
                                 not_before=clock.datetime())
        worker = OutboxWorker(store, api, clock=clock, min_retry_s=0.0)
        worker.drain()
        client = api()
        client.get_order(orders[0].order_id, included=["PACKAGES", "FULFILLMENT"])
        with pytest.raises(ApiError):
            client.get_order("111-0000000-0000000")  # 404 with an error list
        # Buy Shipping through the thin adapter
        order = us[-1]
        rates = client.get_rates({
            "shipFrom": SHIP_FROM,
            "channelDetails": {"channelType": "AMAZON", "amazonOrderDetails": {"orderId": order.order_id}},
            "packages": [{"packageClientReferenceId": "pkg-1",
                          "dimensions": {"length": 9, "width": 6, "height": 4, "unit": "INCH"},
                          "weight": {"value": 1.2, "unit": "POUND"}, "insuredValue": {"value": 30, "unit": "USD"},
                          "items": [{"quantity": line.quantity, "itemIdentifier": line.order_item_id}
                                    for line in order.lines]}]})["payload"]
        bought = client.purchase_shipment({
            "requestToken": rates["requestToken"], "rateId": rates["rates"][0]["rateId"],
            "requestedDocumentSpecification": {"format": "ZPL", "size": {"width": 4, "length": 6, "unit": "INCH"},
                                               "dpi": 203, "needFileJoining": False,
                                               "requestedDocumentTypes": ["LABEL"]}},
            idempotency_key="contract-1")["payload"]
        shipment_id = bought["shipmentId"]
        client.get_documents(shipment_id, "pkg-1", format="ZPL", dpi=203)
        client.cancel_shipment(shipment_id)
        journal = handle.sandbox.journal.entries()
        violations = list(handle.sandbox.contract_violations)
    finally:
        handle.stop()

    # -- what we sent -----------------------------------------------------------------------
    api_requests = [r for r in wire.requests]
    operations = set()
    problems = []
    for request in api_requests:
        found = spec.default_spec().find(request["method"], request["path"])
        assert found is not None, f"{request['method']} {request['path']} is no SP-API operation"
        op, path_params = found
        operations.add(op.key)
        problems += [f"{op.key}: {p}" for p in spec.default_spec().validate_request(
            op, path_params, request["query"], request["body"], request["headers"],
            body_present=request["body"] is not None)]
        assert request["host"] == urlsplit(handle.url).netloc  # not sp_api's endpoint[8:]
        assert request["headers"].get("x-amz-access-token")
        unknown = set(request["query"]) - {p["name"] for p in op.parameters if p.get("in") == "query"}
        assert not unknown, f"{op.key} sent query parameters the model does not have: {unknown}"
    assert problems == []
    assert operations >= {"orders_2026-01-01:searchOrders", "orders_2026-01-01:getOrder", "ordersV0:confirmShipment",
                          "tokens_2021-03-01:createRestrictedDataToken", "shippingV2:getRates",
                          "shippingV2:purchaseShipment", "shippingV2:getShipmentDocuments",
                          "shippingV2:cancelShipment"}

    # -- what the sandbox answered -------------------------------------------------------------
    assert violations == []
    checked = 0
    statuses = set()
    for entry in journal:
        if entry["path"] == "/auth/o2/token":
            assert entry["body"]["client_secret"] == "***" and entry["body"]["refresh_token"] == "***"
            continue
        op, _ = spec.default_spec().find(entry["method"], entry["path"])
        assert spec.validate_response(op, entry["status"], entry["response"]) == [], entry
        checked += 1
        statuses.add(entry["status"])
    assert checked == len(api_requests)  # the journal saw exactly what we sent, no more
    assert {200, 204, 400, 404} <= statuses
    secrets = ("test-secret-value", "Atzr|test-refresh-token-value")
    assert not any(s in json.dumps(journal) for s in secrets)
