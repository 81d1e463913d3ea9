"""The SP-API sandbox over real HTTP on 127.0.0.1, in simulated time.

Every SP-API answer is checked against the official model (``Client.call``) and the
sandbox's own self-check (``contract_violations``) must stay empty.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timezone

import pytest

from station.amazon import spec
from station.amazon.sandbox import VirtualClock, generate_catalog, start_in_thread

START = datetime(2026, 11, 23, 14, 0, tzinfo=timezone.utc)
ORDERS = "/orders/2026-01-01/orders"
LWA = "/auth/o2/token"
SHIP_FROM = {"name": "Demo Seller", "addressLine1": "2100 Dock St", "city": "Tacoma", "stateOrRegion": "WA",
             "postalCode": "98421", "countryCode": "US"}


class Dropped(Exception):
    pass


class Client:
    def __init__(self, handle):
        self.handle, self.url, self.token = handle, handle.url, None

    def call(self, method, path, query=None, body=None, form=None, token="default", headers=None, raw=None):
        url = self.url + path + ("?" + urllib.parse.urlencode(query, doseq=True) if query else "")
        hdrs = dict(headers or {})
        data = raw
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            hdrs["Content-Type"] = "application/x-www-form-urlencoded"
        if body is not None:
            data = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        token = self.token if token == "default" else token
        if token:
            hdrs["x-amz-access-token"] = token
        request = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        try:
            with urllib.request.urlopen(request, timeout=10) as resp:
                status, headers_out, payload = resp.status, resp.headers, resp.read()
        except urllib.error.HTTPError as err:
            status, headers_out, payload = err.code, err.headers, err.read()
        except (ConnectionError, http.client.HTTPException, urllib.error.URLError) as err:
            raise Dropped(str(err)) from err
        parsed = json.loads(payload) if payload else None
        if not path.startswith("/_sandbox/") and path != LWA:
            assert headers_out.get("x-amzn-RequestId"), f"no x-amzn-RequestId on {method} {path}"
            found = spec.default_spec().find(method, path)
            if found:
                assert headers_out.get("x-amzn-RateLimit-Limit"), f"no x-amzn-RateLimit-Limit on {method} {path}"
                assert spec.default_spec().validate_response(found[0], status, parsed) == []
        return status, headers_out, parsed

    def login(self, client_id="amzn1.application-oa2-client.demo"):
        for _ in range(20):  # with --fault-rate the token call can fail too
            try:
                status, _, body = self.call("POST", LWA, form={
                    "grant_type": "refresh_token", "refresh_token": "Atzr|demo", "client_id": client_id,
                    "client_secret": "s3cret"}, token=None)
            except Dropped:
                continue
            if status < 500:
                break
        assert status == 200, body
        self.token = body["access_token"]
        return body


@pytest.fixture
def clock():
    return VirtualClock(START)


@pytest.fixture
def make(clock):
    handles = []

    def _make(**options):
        options.setdefault("orders", 60)
        options.setdefault("seed", 42)
        options.setdefault("clock", clock)
        handle = start_in_thread(**options)
        handles.append(handle)
        client = Client(handle)
        client.login()
        return client

    yield _make
    for handle in handles:
        handle.stop()
        assert handle.sandbox.contract_violations == []


@pytest.fixture
def client(make):
    return make()


def search(client, **query):
    query.setdefault("createdAfter", "2026-11-20T00:00:00Z")
    return client.call("GET", ORDERS, query)


def open_orders(client, **extra):
    status, _, body = search(client, fulfilledBy="MERCHANT", fulfillmentStatuses="UNSHIPPED",
                             includedData="FULFILLMENT", **extra)
    assert status == 200
    return body["orders"]


def confirm_body(order, ref="1", tracking="1Z999AA10123456784", items=None):
    items = items or [{"orderItemId": i["orderItemId"], "quantity": i["quantityOrdered"]} for i in order["orderItems"]]
    return {"marketplaceId": order["salesChannel"]["marketplaceId"], "packageDetail": {
        "packageReferenceId": ref, "carrierCode": "UPS", "trackingNumber": tracking,
        "shipDate": "2026-11-23T13:30:00Z", "orderItems": items}}


def journal(client):
    return client.call("GET", "/_sandbox/journal", token=None)[2]


# -- LWA -------------------------------------------------------------------------------

def test_lwa_token_grants_and_refusals(make, clock):
    client = make()
    body = client.login()
    assert body["token_type"] == "bearer" and body["expires_in"] == 3600 and body["access_token"].startswith("Atza|")
    status, _, body = client.call("POST", LWA, form={"grant_type": "refresh_token", "refresh_token": "r",
                                                     "client_id": "invalid", "client_secret": "s"}, token=None)
    assert (status, body["error"]) == (401, "invalid_client")
    status, _, body = client.call("POST", LWA, form={"grant_type": "refresh_token", "client_id": "c",
                                                     "client_secret": "s"}, token=None)
    assert (status, body["error"]) == (400, "invalid_request")
    status, _, body = client.call("POST", LWA, form={"grant_type": "password", "client_id": "c",
                                                     "client_secret": "s"}, token=None)
    assert (status, body["error"]) == (400, "unsupported_grant_type")

    assert search(client)[0] == 200
    clock.advance(3601)
    status, _, body = search(client)
    assert status == 403 and body["errors"][0]["code"] == "Unauthorized"
    assert "expired" in body["errors"][0]["details"]
    status, _, body = client.call("GET", ORDERS, {"createdAfter": "2026-11-20T00:00:00Z"}, token="Atza|forged")
    assert status == 403 and "invalid" in body["errors"][0]["details"]
    status, _, body = client.call("GET", ORDERS, {"createdAfter": "2026-11-20T00:00:00Z"}, token=None)
    assert status == 403


# -- searchOrders / getOrder --------------------------------------------------------------

def test_search_paginates_through_every_order_once(client):
    sandbox = client.handle.sandbox
    seen, pages, token = [], 0, None
    while True:
        query = {"paginationToken": token} if token else {"createdAfter": "2026-11-19T00:00:00Z",
                                                          "fulfilledBy": "MERCHANT", "maxResultsPerPage": 7}
        status, headers, body = client.call("GET", ORDERS, query)
        assert status == 200 and headers["x-amzn-RateLimit-Limit"] == "0.0056"
        assert len(body["orders"]) <= 7
        assert body["createdBefore"] == "2026-11-23T13:58:00Z"  # two minutes before "now"
        seen += [o["orderId"] for o in body["orders"]]
        pages += 1
        token = body.get("pagination", {}).get("nextToken")
        if not token:
            break
    expected = sorted((o for o in sandbox.orders.values() if o.fulfilled_by == "MERCHANT"),
                      key=lambda o: (o.created, o.order_id))
    assert seen == [o.order_id for o in expected]
    assert pages == -(-len(expected) // 7)


def test_search_filters(client):
    sandbox = client.handle.sandbox
    for market in ("A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8"):
        status, _, body = search(client, marketplaceIds=market)
        assert status == 200
        assert {o["orderId"] for o in body["orders"]} == {
            o.order_id for o in sandbox.orders.values() if o.marketplace_id == market}
    status, _, body = search(client, fulfilledBy="AMAZON", includedData="FULFILLMENT")
    assert body["orders"] and all(o["fulfillment"]["fulfilledBy"] == "AMAZON" for o in body["orders"])
    status, _, body = search(client, fulfillmentStatuses="PENDING,SHIPPED", includedData="FULFILLMENT")
    assert {o["fulfillment"]["fulfillmentStatus"] for o in body["orders"]} == {"PENDING", "SHIPPED"}
    status, _, body = search(client)
    assert "fulfillment" not in body["orders"][0] and "buyer" not in body["orders"][0]  # only what includedData asks


@pytest.mark.parametrize(("query", "fragment"), [
    ({"createdAfter": "2026-11-20T00:00:00Z", "lastUpdatedAfter": "2026-11-20T00:00:00Z"}, "Exactly one"),
    ({"marketplaceIds": "ATVPDKIKX0DER"}, "Exactly one"),
    ({"createdAfter": "2026-11-20T00:00:00Z", "lastUpdatedBefore": "2026-11-21T00:00:00Z"}, "neither"),
    ({"createdAfter": "2026-11-20T00:00:00Z", "createdBefore": "2026-11-23T13:59:00Z"}, "two minutes"),
    ({"createdAfter": "2026-11-22T00:00:00Z", "createdBefore": "2026-11-21T00:00:00Z"}, "equal to or after"),
    ({"createdAfter": "2026-11-20T00:00:00Z", "marketplaceIds": "A1F83G8C2ARO7P"}, "A1F83G8C2ARO7P"),
    ({"createdAfter": "2026-11-20T00:00:00Z", "maxResultsPerPage": 101}, "between 1 and 100"),
    ({"createdAfter": "yesterday"}, "date-time"),
    ({"createdAfter": "2026-11-20T00:00:00Z", "includedData": "ADDRESS"}, "ADDRESS"),
    ({"paginationToken": "made-up"}, "paginationToken"),
])
def test_search_rejects_what_amazon_rejects(client, query, fragment):
    status, _, body = client.call("GET", ORDERS, query)
    assert status == 400
    text = json.dumps(body["errors"])
    assert body["errors"][0]["code"] == "InvalidInput" and fragment in text


def test_get_order(client):
    order = open_orders(client)[0]
    status, _, body = client.call("GET", f"{ORDERS}/{order['orderId']}", {"includedData": "FULFILLMENT,PROCEEDS"})
    assert status == 200 and body["order"]["orderId"] == order["orderId"]
    assert body["order"]["fulfillment"]["shipByWindow"]["latestDateTime"].endswith("Z")
    assert client.call("GET", f"{ORDERS}/999-0000000-0000000")[0] == 404
    status, _, body = client.call("GET", f"{ORDERS}/not-an-order")
    assert status == 400 and "3-7-7" in body["errors"][0]["message"]


# -- PII and Restricted Data Tokens ---------------------------------------------------------

def _pii(order):
    address = order.get("recipient", {}).get("deliveryAddress", {})
    return "buyerName" in order.get("buyer", {}), "addressLine1" in address, "city" in address


def test_pii_by_roles_without_rdt_as_in_v2026(client):
    status, _, body = search(client, fulfilledBy="MERCHANT", includedData="BUYER,RECIPIENT,FULFILLMENT")
    by_status = {}
    for order in body["orders"]:
        by_status.setdefault(order["fulfillment"]["fulfillmentStatus"], []).append(_pii(order))
    assert all(p == (True, True, True) for p in by_status["UNSHIPPED"])
    assert all(p == (False, False, True) for p in by_status["PENDING"])  # no PII before payment


def test_no_pii_without_the_restricted_roles(make):
    client = make(pii_roles=False)
    body = search(client, fulfilledBy="MERCHANT", includedData="BUYER,RECIPIENT")[2]
    assert all(_pii(o)[:2] == (False, False) and _pii(o)[2] for o in body["orders"])
    resources = [{"method": "GET", "path": ORDERS, "dataElements": ["shippingAddress"]}]
    status, _, body = client.call("POST", "/tokens/2021-03-01/restrictedDataToken",
                                  body={"restrictedResources": resources})
    assert status == 403


def test_require_rdt_mode_gates_pii_by_rdt(make):
    client = make(require_rdt=True)
    order = open_orders(client)[0]
    path = f"{ORDERS}/{order['orderId']}"
    body = client.call("GET", path, {"includedData": "BUYER,RECIPIENT"})[2]
    assert _pii(body["order"]) == (False, False, True)
    resources = [{"method": "GET", "path": f"{ORDERS}/{{orderId}}", "dataElements": ["buyerInfo", "shippingAddress"]}]
    status, _, rdt = client.call("POST", "/tokens/2021-03-01/restrictedDataToken",
                                 body={"restrictedResources": resources})
    assert status == 200 and rdt["expiresIn"] == 3600 and rdt["restrictedDataToken"].startswith("Atz.sprdt|")
    body = client.call("GET", path, {"includedData": "BUYER,RECIPIENT"}, token=rdt["restrictedDataToken"])[2]
    assert _pii(body["order"]) == (True, True, True)
    status, _, body = client.call("GET", ORDERS, {"createdAfter": "2026-11-20T00:00:00Z"},
                                  token=rdt["restrictedDataToken"])
    assert status == 403 and "restricted data token" in body["errors"][0]["details"]
    status, _, body = client.call("POST", "/tokens/2021-03-01/restrictedDataToken",
                                  body={"restrictedResources": [{"method": "GET", "path": "/nowhere"}]})
    assert status == 400
    assert rdt["restrictedDataToken"] not in json.dumps(journal(client))  # masked as "***"


# -- rate limits -----------------------------------------------------------------------------

def test_rate_limit_429_then_refill_in_simulated_time(client, clock):
    for _ in range(20):  # burst 20
        assert search(client)[0] == 200
    status, headers, body = search(client)
    assert status == 429 and body["errors"][0]["code"] == "QuotaExceeded"
    assert headers["x-amzn-RateLimit-Limit"] == "0.0056"
    clock.advance(100)
    assert search(client)[0] == 429
    clock.advance(80)  # 1 / 0.0056 = 178.6 s per token
    assert search(client)[0] == 200
    assert search(client)[0] == 429
    other = client.call("GET", f"{ORDERS}/111-0000000-0000000")  # getOrder has its own bucket
    assert other[0] == 404


# -- confirmShipment ----------------------------------------------------------------------------

def test_confirm_shipment_ships_and_a_resend_edits_the_same_package(client, clock):
    order = open_orders(client)[0]
    path = f"/orders/v0/orders/{order['orderId']}/shipmentConfirmation"
    status, headers, body = client.call("POST", path, body=confirm_body(order))
    assert (status, body) == (204, None) and headers["x-amzn-RateLimit-Limit"] == "2"
    status, _, got = client.call("GET", f"{ORDERS}/{order['orderId']}", {"includedData": "FULFILLMENT,PACKAGES"})
    assert got["order"]["fulfillment"]["fulfillmentStatus"] == "SHIPPED"
    assert [p["trackingNumber"] for p in got["order"]["packages"]] == ["1Z999AA10123456784"]
    assert got["order"]["lastUpdatedTime"] == "2026-11-23T14:00:00Z"
    assert client.call("POST", path, body=confirm_body(order))[0] == 204  # a retry: nothing new
    assert client.call("POST", path, body=confirm_body(order, tracking="1Z999AA10123456795"))[0] == 204
    got = client.call("GET", f"{ORDERS}/{order['orderId']}", {"includedData": "PACKAGES"})[2]
    assert [p["trackingNumber"] for p in got["order"]["packages"]] == ["1Z999AA10123456795"]
    effects = [e.get("effect") for e in journal(client) if e["path"] == path]
    assert effects == [f"package 1 created; order {order['orderId']} SHIPPED",
                       "package 1 unchanged (identical confirmation sent again)",
                       f"package 1 updated (same packageReferenceId sent again); order {order['orderId']} SHIPPED"]
    status, _, body = client.call("POST", path, body=confirm_body(order, ref="2"))
    assert status == 400 and "left to ship" in body["errors"][0]["message"]


def test_confirm_shipment_partial_then_rest(client):
    order = next(o for o in open_orders(client) if sum(i["quantityOrdered"] for i in o["orderItems"]) > 1)
    first = order["orderItems"][0]
    path = f"/orders/v0/orders/{order['orderId']}/shipmentConfirmation"
    assert client.call("POST", path, body=confirm_body(order, items=[
        {"orderItemId": first["orderItemId"], "quantity": 1}]))[0] == 204
    got = client.call("GET", f"{ORDERS}/{order['orderId']}", {"includedData": "FULFILLMENT"})[2]["order"]
    assert got["fulfillment"]["fulfillmentStatus"] == "PARTIALLY_SHIPPED"
    rest = [{"orderItemId": i["orderItemId"], "quantity": i["quantityOrdered"] - i["fulfillment"]["quantityFulfilled"]}
            for i in got["orderItems"] if i["quantityOrdered"] > i["fulfillment"]["quantityFulfilled"]]
    assert client.call("POST", path, body=confirm_body(order, ref="2", items=rest))[0] == 204
    got = client.call("GET", f"{ORDERS}/{order['orderId']}", {"includedData": "FULFILLMENT"})[2]["order"]
    assert got["fulfillment"]["fulfillmentStatus"] == "SHIPPED"


def test_confirm_shipment_refusals(client):
    sandbox = client.handle.sandbox
    order = open_orders(client)[0]
    path = f"/orders/v0/orders/{order['orderId']}/shipmentConfirmation"
    bad = confirm_body(order)
    del bad["packageDetail"]["trackingNumber"]
    status, _, body = client.call("POST", path, body=bad)
    assert status == 400 and "trackingNumber" in body["errors"][0]["details"]
    status, _, body = client.call("POST", path, raw=b"{not json", headers={"Content-Type": "application/json"})
    assert status == 400 and "not valid JSON" in body["errors"][0]["details"]
    wrong_market = confirm_body(order)
    wrong_market["marketplaceId"] = "A1F83G8C2ARO7P"
    assert client.call("POST", path, body=wrong_market)[0] == 400
    assert client.call("POST", path, body=confirm_body(order, ref="PKG-1"))[0] == 400
    assert client.call("POST", path, body=confirm_body(order, items=[{"orderItemId": "1", "quantity": 1}]))[0] == 400
    for kind in ("PENDING", "AMAZON"):
        target = next(o for o in sandbox.orders.values()
                      if (o.status == kind if kind == "PENDING" else o.fulfilled_by == kind))
        fake = {"salesChannel": {"marketplaceId": target.marketplace_id},
                "orderItems": [{"orderItemId": target.lines[0].order_item_id, "quantityOrdered": 1}]}
        status, _, body = client.call("POST", f"/orders/v0/orders/{target.order_id}/shipmentConfirmation",
                                      body=confirm_body(fake))
        assert status == 400, body
    assert client.call("POST", "/orders/v0/orders/999-0000000-0000000/shipmentConfirmation",
                       body=confirm_body(order))[0] == 404


# -- timeline ----------------------------------------------------------------------------------

def test_timeline_pays_and_cancels_orders_a_few_minutes_after_start(make, clock):
    client = make(orders=200)
    sandbox = client.handle.sandbox
    expected = {e.order_id: e.kind for e in sandbox.timeline}
    assert "paid" in expected.values() and "cancelled" in expected.values()
    clock.advance(12 * 60)
    client.login()  # the first token is still valid; a fresh one is fine too
    status, _, body = client.call("GET", ORDERS, {"lastUpdatedAfter": "2026-11-23T14:00:00Z",
                                                  "includedData": "FULFILLMENT,CANCELLATION"})
    assert status == 200
    changed = {o["orderId"]: o for o in body["orders"]}
    assert set(changed) == set(expected)
    for order_id, kind in expected.items():
        status_now = changed[order_id]["fulfillment"]["fulfillmentStatus"]
        assert status_now == ("UNSHIPPED" if kind == "paid" else "CANCELLED")
    cancelled = next(o for o in changed.values() if o["fulfillment"]["fulfillmentStatus"] == "CANCELLED")
    assert cancelled["orderItems"][0]["cancellation"]["cancellationRequest"]["requester"] == "BUYER"


def test_no_timeline(make, clock):
    client = make(timeline=False)
    clock.advance(12 * 60)
    client.login()
    body = client.call("GET", ORDERS, {"lastUpdatedAfter": "2026-11-23T14:00:00Z"})[2]
    assert body["orders"] == []


# -- Buy Shipping ----------------------------------------------------------------------------------

def rates_request(order):
    return {"shipFrom": SHIP_FROM, "channelDetails": {"channelType": "AMAZON",
                                                       "amazonOrderDetails": {"orderId": order["orderId"]}},
            "packages": [{"packageClientReferenceId": "pkg-1",
                          "dimensions": {"length": 9, "width": 6, "height": 4, "unit": "INCH"},
                          "weight": {"value": 1.2, "unit": "POUND"}, "insuredValue": {"value": 30, "unit": "USD"},
                          "items": [{"quantity": i["quantityOrdered"], "itemIdentifier": i["orderItemId"]}
                                    for i in order["orderItems"]]}]}


def purchase(client, order, fmt="ZPL", dpi=203, key=None):
    status, _, rates = client.call("POST", "/shipping/v2/shipments/rates", body=rates_request(order))
    assert status == 200 and rates["payload"]["rates"]
    rate = rates["payload"]["rates"][0]
    spec_ = {"format": fmt, "size": {"width": 4, "length": 6, "unit": "INCH"}, "dpi": dpi, "needFileJoining": False,
             "requestedDocumentTypes": ["LABEL"]}
    body = {"requestToken": rates["payload"]["requestToken"], "rateId": rate["rateId"],
            "requestedDocumentSpecification": spec_}
    headers = {"x-amzn-IdempotencyKey": key} if key else None
    return client.call("POST", "/shipping/v2/shipments", body=body, headers=headers), body


def _decode(png_or_pdf: bytes, fmt: str):
    zxingcpp = pytest.importorskip("zxingcpp")
    if fmt == "PDF":
        pdfium = pytest.importorskip("pypdfium2")
        image = pdfium.PdfDocument(png_or_pdf)[0].render(scale=3).to_pil()
    else:
        import io

        from PIL import Image
        image = Image.open(io.BytesIO(png_or_pdf))
    return [r.text for r in zxingcpp.read_barcodes(image)]


def test_buy_shipping_marks_shipped_and_returns_labels(client):
    us_orders = [o for o in open_orders(client) if o["salesChannel"]["marketplaceId"] == "ATVPDKIKX0DER"]
    order = us_orders[0]
    (status, _, bought), _ = purchase(client, order, "ZPL", 300, key="key-1")
    assert status == 200
    detail = bought["payload"]["packageDocumentDetails"][0]
    zpl = base64.b64decode(detail["packageDocuments"][0]["contents"]).decode()
    assert zpl.startswith("^XA") and "^PW1200" in zpl and f"^FD{detail['trackingId']}^FS" in zpl
    got = client.call("GET", f"{ORDERS}/{order['orderId']}", {"includedData": "FULFILLMENT,PACKAGES"})[2]["order"]
    assert got["fulfillment"]["fulfillmentStatus"] == "SHIPPED"
    assert got["packages"][0]["trackingNumber"] == detail["trackingId"]

    shipment_id = bought["payload"]["shipmentId"]
    docs = f"/shipping/v2/shipments/{shipment_id}/documents"
    for fmt in ("PDF", "PNG"):
        status, _, body = client.call("GET", docs, {"packageClientReferenceId": "pkg-1", "format": fmt, "dpi": 203})
        assert status == 200
        document = body["payload"]["packageDocumentDetail"]["packageDocuments"][0]
        assert document["format"] == fmt
        assert _decode(base64.b64decode(document["contents"]), fmt) == [detail["trackingId"]]
    status, _, body = client.call("GET", docs, {"packageClientReferenceId": "pkg-1", "format": "ZPL"})
    assert "^PW812" in base64.b64decode(body["payload"]["packageDocumentDetail"]["packageDocuments"][0]["contents"]).decode()
    assert client.call("GET", docs, {"packageClientReferenceId": "nope"})[0] == 400
    assert client.call("GET", docs, {"packageClientReferenceId": "pkg-1", "dpi": 600})[0] == 400

    # The same idempotency key replays the purchase instead of buying a second label.
    journal_before = len(journal(client))
    status, _, replay = client.call("POST", "/shipping/v2/shipments", body={
        "requestToken": "whatever", "rateId": "whatever", "requestedDocumentSpecification": {
            "format": "ZPL", "size": {"width": 4, "length": 6, "unit": "INCH"}, "needFileJoining": False,
            "requestedDocumentTypes": ["LABEL"]}}, headers={"x-amzn-IdempotencyKey": "key-1"})
    assert status == 200 and replay["payload"]["shipmentId"] == shipment_id
    assert len(journal(client)) == journal_before + 1

    status, _, body = client.call("PUT", f"/shipping/v2/shipments/{shipment_id}/cancel")
    assert (status, body) == (200, {"payload": {}})
    got = client.call("GET", f"{ORDERS}/{order['orderId']}", {"includedData": "FULFILLMENT,PACKAGES"})[2]["order"]
    assert got["fulfillment"]["fulfillmentStatus"] == "UNSHIPPED" and "packages" not in got
    assert client.call("PUT", f"/shipping/v2/shipments/{shipment_id}/cancel")[0] == 400
    assert client.call("GET", docs, {"packageClientReferenceId": "pkg-1"})[0] == 400
    assert client.call("PUT", "/shipping/v2/shipments/000/cancel")[0] == 404


def test_buy_shipping_refusals_and_windows(client, clock):
    orders = open_orders(client)
    status, _, body = client.call("POST", "/shipping/v2/shipments/rates", body={"shipFrom": SHIP_FROM})
    assert status == 400 and body["errors"][0]["code"] == "InvalidInput"
    # Rates expire after 10 minutes.
    status, _, rates = client.call("POST", "/shipping/v2/shipments/rates", body=rates_request(orders[0]))
    clock.advance(11 * 60)
    client.login()
    status, _, body = client.call("POST", "/shipping/v2/shipments", body={
        "requestToken": rates["payload"]["requestToken"], "rateId": rates["payload"]["rates"][0]["rateId"],
        "requestedDocumentSpecification": {"format": "PDF", "size": {"width": 4, "length": 6, "unit": "INCH"},
                                           "needFileJoining": False, "requestedDocumentTypes": ["LABEL"]}})
    assert status == 400 and body["errors"][0]["code"] == "TOKEN_EXPIRED"
    # Unsupported document specification.
    (status, _, body), _ = purchase(client, orders[1], "ZPL", 600)
    assert status == 400 and "dpi" in body["errors"][0]["message"]
    # A label can be voided only within the window.
    (status, _, bought), _ = purchase(client, orders[1], "PNG", 203)
    assert status == 200
    clock.advance(25 * 3600)
    client.login()
    status, _, body = client.call("PUT", f"/shipping/v2/shipments/{bought['payload']['shipmentId']}/cancel")
    assert status == 400 and "24 hours" in body["errors"][0]["message"]
    # An order that is already shipped gets no rates.
    status, _, body = client.call("POST", "/shipping/v2/shipments/rates", body=rates_request(orders[1]))
    assert status == 400 and "already shipped" in body["errors"][0]["message"]


# -- faults ------------------------------------------------------------------------------------------

def _outcomes(client, n):
    out = []
    for _ in range(n):
        try:
            out.append(client.call("GET", f"{ORDERS}/111-0000000-0000000")[0])
        except Dropped:
            out.append("dropped")
    return out


def test_faults_are_deterministic_by_seed(make):
    first = make(fault_rate=0.3, seed=9, rate_limits=False)
    second = make(fault_rate=0.3, seed=9, rate_limits=False)
    # login itself may have been faulted; retry until both have a token
    a, b = _outcomes(first, 80), _outcomes(second, 80)
    assert a == b
    assert {500, 503, "dropped", 404} <= set(a)
    faults = [e for e in journal(first) if "fault" in e]
    assert faults and all(e["fault"] for e in faults)
    assert 0.15 < sum(1 for x in a if x != 404) / len(a) < 0.45


# -- journal, catalog, odds and ends ------------------------------------------------------------------

def test_journal_shape_and_masking(client):
    order = open_orders(client, marketplaceIds=["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"])[0]
    client.call("GET", "/_sandbox/catalog", token=None)
    entries = journal(client)
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    assert not any(e["path"].startswith("/_sandbox/") for e in entries)
    login = entries[0]
    assert login["path"] == LWA and login["status"] == 200
    assert login["body"]["client_secret"] == "***" and login["body"]["refresh_token"] == "***"
    assert login["body"]["client_id"] == "amzn1.application-oa2-client.demo"
    assert login["response"]["access_token"] == "***"
    found = entries[1]
    assert found["method"] == "GET" and found["path"] == ORDERS and found["body"] is None
    assert found["query"]["marketplaceIds"] == ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"]
    assert found["query"]["createdAfter"] == ["2026-11-20T00:00:00Z"]
    assert found["response"]["orders"][0]["orderId"] == order["orderId"]
    assert datetime.fromisoformat(found["time"].replace("Z", "+00:00")) == START
    assert client.token not in json.dumps(entries)


def test_catalog_is_the_seeded_catalogue(client):
    status, _, body = client.call("GET", "/_sandbox/catalog", token=None)
    assert status == 200
    assert body == [p.catalog_entry() for p in generate_catalog(42)]
    assert all(set(p) == {"sku", "asin", "title", "barcodes", "bin", "weight_g"} for p in body)


def test_unknown_paths_and_methods(client):
    status, headers, body = client.call("GET", "/nothing/here")
    assert status == 404 and body["errors"][0]["code"] == "NotFound" and headers["x-amzn-RequestId"]
    status, _, body = client.call("GET", "/orders/v0/orders/113-1234567-1234567/buyerInfo")
    assert status == 404 and "does not simulate getOrderBuyerInfo" in body["errors"][0]["message"]
    assert client.call("DELETE", ORDERS)[0] == 405


def test_same_seed_serves_the_same_orders(make):
    one, two = make(seed=77), make(seed=77)
    assert search(one)[2]["orders"] == search(two)[2]["orders"]


def test_standalone_command_prints_its_url_and_stops_on_sigterm():
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "station.amazon.sandbox.cli", "--port", "0", "--orders", "5",
                             "--seed", "3", "--no-timeline"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        line = proc.stdout.readline().strip()
        match = re.fullmatch(r"listening (http://127\.0\.0\.1:(\d+))", line)
        assert match, line
        with urllib.request.urlopen(match.group(1) + "/_sandbox/catalog", timeout=5) as resp:
            assert json.loads(resp.read()) == [p.catalog_entry() for p in generate_catalog(3)]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_orders_v0_reads_for_the_naive_comparison(client):
    sandbox = client.handle.sandbox
    ids, token = [], None
    while True:
        markets = "ATVPDKIKX0DER,A2EUQ1WTGCTBG2,A1AM78C64UM0Y8"  # required by the model, pages too
        query = {"NextToken": token, "MarketplaceIds": markets} if token else {
            "CreatedAfter": "2026-11-19T00:00:00Z", "MaxResultsPerPage": 25, "MarketplaceIds": markets,
            "FulfillmentChannels": "MFN"}
        status, headers, body = client.call("GET", "/orders/v0/orders", query)
        assert status == 200 and headers["x-amzn-RateLimit-Limit"] == "0.0167"
        ids += [o["AmazonOrderId"] for o in body["payload"]["Orders"]]
        token = body["payload"].get("NextToken")
        if not token:
            break
    assert sorted(ids) == sorted(o.order_id for o in sandbox.orders.values() if o.fulfilled_by == "MERCHANT")
    order = next(o for o in sandbox.orders.values() if o.status == "UNSHIPPED" and o.fulfilled_by == "MERCHANT")
    items = client.call("GET", f"/orders/v0/orders/{order.order_id}/orderItems")[2]["payload"]["OrderItems"]
    assert [i["SellerSKU"] for i in items] == [line.sku for line in order.lines]
    address_path = f"/orders/v0/orders/{order.order_id}/address"
    plain = client.call("GET", address_path)[2]["payload"]["ShippingAddress"]
    assert "AddressLine1" not in plain and plain["City"] == order.address["city"]
    resources = [{"method": "GET", "path": address_path, "dataElements": ["shippingAddress"]}]
    rdt = client.call("POST", "/tokens/2021-03-01/restrictedDataToken",
                      body={"restrictedResources": resources})[2]["restrictedDataToken"]
    full = client.call("GET", address_path, token=rdt)[2]["payload"]["ShippingAddress"]
    assert full["AddressLine1"] == order.address["addressLine1"] and full["Name"] == order.address["name"]
    assert client.call("GET", "/orders/v0/orders", {"CreatedAfter": "2026-11-19T00:00:00Z"})[0] == 400


def test_concurrent_clients_share_one_consistent_state(make):
    import threading

    client = make(rate_limits=False)
    order_ids = list(client.handle.sandbox.orders)[:10]
    statuses, errors = [], []

    def worker():
        try:
            for order_id in order_ids * 3:
                statuses.append(client.call("GET", f"{ORDERS}/{order_id}")[0])
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and statuses == [200] * 180
    entries = journal(client)
    assert [e["seq"] for e in entries] == list(range(1, 182))


def test_scripted_answers_for_client_error_handling(client):
    sandbox = client.handle.sandbox
    sandbox.script("GET", ORDERS, 200, raw=b'{"orders": [{"orderId": ')
    with pytest.raises(json.JSONDecodeError):
        client.call("GET", ORDERS, {"createdAfter": "2026-11-20T00:00:00Z"})
    sandbox.script("POST", r"/orders/v0/orders/[^/]+/shipmentConfirmation", 503, {"errors": [
        {"code": "ServiceUnavailable", "message": "try later"}]}, times=2)
    order = open_orders(client)[0]
    path = f"/orders/v0/orders/{order['orderId']}/shipmentConfirmation"
    assert [client.call("POST", path, body=confirm_body(order))[0] for _ in range(3)] == [503, 503, 204]
    assert [e.get("fault") for e in journal(client) if e["path"] == path] == ["scripted", "scripted", None]
