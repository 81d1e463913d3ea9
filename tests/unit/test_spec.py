"""The SP-API model helper: usage plans, routing, request and response validation."""

import pytest

from station.amazon import spec
from station.amazon.spec import Spec, parse_usage_plan


@pytest.fixture(scope="module")
def models() -> Spec:
    return spec.default_spec()


@pytest.mark.parametrize(("operation", "rate", "burst"), [
    ("searchOrders", 0.0056, 20),
    ("getOrder", 0.5, 30),  # Orders 2026-01-01 wins for the bare id
    ("orders_2026-01-01:getOrder", 0.5, 30),
    ("ordersV0:getOrders", 0.0167, 20),
    ("getOrderItems", 0.5, 30),
    ("confirmShipment", 2.0, 10),
    ("createRestrictedDataToken", 1.0, 10),
    ("getRates", 80.0, 100),
    ("purchaseShipment", 80.0, 100),
    ("getShipmentDocuments", 80.0, 100),
    ("cancelShipment", 80.0, 100),
])
def test_usage_plans_come_from_the_model_descriptions(operation, rate, burst):
    assert spec.usage_plan(operation) == (rate, burst)


def test_usage_plan_table_parsing_takes_the_first_row_after_the_heading():
    text = "Intro | 9 | 9 |\n\n**Usage Plan:**\n\n| Rate (requests per second) | Burst |\n| ---- | ---- |\n| .5 | 7 |\n"
    assert tuple(parse_usage_plan(text)) == (0.5, 7)
    assert parse_usage_plan("no table here") is None


def test_unknown_operation_is_a_clear_key_error(models):
    with pytest.raises(KeyError, match="unknown SP-API operation 'nope'"):
        models.operation("nope")


def test_ambiguous_ids_resolve_by_model_and_by_qualified_key(models):
    assert models.operation("getOrder").path == "/orders/2026-01-01/orders/{orderId}"
    assert models.operation("ordersV0:getOrder").path == "/orders/v0/orders/{orderId}"


def test_routing_prefers_literal_segments_and_extracts_path_params(models):
    op, params = models.find("POST", "/shipping/v2/shipments/rates")
    assert op.operation_id == "getRates" and params == {}
    op, params = models.find("PUT", "/shipping/v2/shipments/123/cancel")
    assert op.operation_id == "cancelShipment" and params == {"shipmentId": "123"}
    op, params = models.find("GET", "/orders/2026-01-01/orders/113-1234567-1234567")
    assert op.key == "orders_2026-01-01:getOrder" and params["orderId"] == "113-1234567-1234567"
    assert models.find("DELETE", "/orders/2026-01-01/orders") is None
    assert models.path_exists("/orders/2026-01-01/orders")


def test_query_arrays_accept_csv_and_repeats_and_check_enums(models):
    ok = {"createdAfter": "2026-01-01T00:00:00Z", "includedData": ["BUYER,RECIPIENT", "FULFILLMENT"],
          "marketplaceIds": "ATVPDKIKX0DER", "maxResultsPerPage": "50"}
    assert models.validate_request("searchOrders", query=ok) == []
    assert models.coerce_params("searchOrders", query=ok)["includedData"] == ["BUYER", "RECIPIENT", "FULFILLMENT"]
    assert models.coerce_params("searchOrders", query=ok)["maxResultsPerPage"] == 50
    bad = dict(ok, includedData="BUYER,ADDRESS", maxResultsPerPage="ten", createdAfter="last tuesday")
    problems = models.validate_request("searchOrders", query=bad)
    assert any("'ADDRESS' is not one of" in p for p in problems)
    assert any("'ten' is not an integer" in p for p in problems)
    assert any("'last tuesday' is not a 'date-time'" in p for p in problems)


def test_required_path_and_header_enum(models):
    assert models.validate_request("getOrder") == ["path parameter 'orderId' is required"]
    problems = models.validate_request("getRates", body=_rates_body(), headers={"x-amzn-shipping-business-id": "Nope"})
    assert problems and "x-amzn-shipping-business-id" in problems[0]


def _confirm_body():
    return {"marketplaceId": "ATVPDKIKX0DER", "packageDetail": {
        "packageReferenceId": "1", "carrierCode": "UPS", "trackingNumber": "1Z999AA10123456784",
        "shipDate": "2026-11-23T10:00:00Z", "orderItems": [{"orderItemId": "12345678901234", "quantity": 1}]}}


def _rates_body():
    address = {"name": "A", "addressLine1": "1 Main St", "city": "Seattle", "stateOrRegion": "WA",
               "postalCode": "98101", "countryCode": "US"}
    return {"shipFrom": address, "channelDetails": {"channelType": "AMAZON",
                                                     "amazonOrderDetails": {"orderId": "113-1234567-1234567"}},
            "packages": [{"packageClientReferenceId": "p1", "dimensions": {"length": 1, "width": 1, "height": 1,
                                                                            "unit": "INCH"},
                          "weight": {"value": 1, "unit": "POUND"}, "insuredValue": {"value": 1, "unit": "USD"},
                          "items": [{"quantity": 1}]}]}


def test_valid_confirm_shipment_body_passes(models):
    assert models.validate_request("confirmShipment", path_params={"orderId": "113-1234567-1234567"},
                                   body=_confirm_body()) == []


def test_bad_bodies_are_caught_with_their_location(models):
    body = _confirm_body()
    del body["packageDetail"]["trackingNumber"]
    body["packageDetail"]["orderItems"][0]["quantity"] = "one"
    body["packageDetail"]["shipDate"] = "23/11/2026"
    problems = models.validate_request("confirmShipment", path_params={"orderId": "1"}, body=body)
    assert "body.packageDetail: 'trackingNumber' is a required property" in problems
    assert any(p.startswith("body.packageDetail.orderItems[0].quantity:") for p in problems)
    assert any("is not a 'date-time'" in p for p in problems)
    assert models.validate_request("confirmShipment", path_params={"orderId": "1"}) == ["the request body is required"]
    rates = _rates_body()
    rates["packages"][0]["weight"]["unit"] = "STONE"
    assert any("'STONE' is not one of" in p for p in models.validate_request("getRates", body=rates))


def test_response_validation_resolves_definitions(models):
    good = {"order": {"orderId": "113-1234567-1234567", "createdTime": "2026-01-01T00:00:00Z",
                      "lastUpdatedTime": "2026-01-01T00:00:00Z", "salesChannel": {"channelName": "AMAZON"},
                      "orderItems": [{"orderItemId": "1", "quantityOrdered": 1, "product": {}}]}}
    assert models.validate_response("getOrder", 200, good) == []
    good["order"]["orderItems"][0]["quantityOrdered"] = "1"
    assert models.validate_response("getOrder", 200, good) == [
        "response.order.orderItems[0].quantityOrdered: '1' is not of type 'integer'"]
    assert models.validate_response("confirmShipment", 204, None) == []
    assert models.validate_response("confirmShipment", 204, {"x": 1})
    assert models.validate_response("getOrder", 418, {}) == ["status 418 is not a documented response of getOrder"]
    assert models.validate_response("searchOrders", 400, {"errors": [{"code": "InvalidInput", "message": "m"}]}) == []


def test_the_app_reads_its_own_copy_of_the_models():
    from station.resourcefiles import resources_path

    folder = resources_path("sp-api-models")
    assert (folder / "LICENSE").is_file() and (folder / "NOTICE").is_file()
    assert {"orders_2026-01-01", "ordersV0", "tokens_2021-03-01", "shippingV2"} <= set(Spec.load(folder).documents)
