"""Orders API 2026-01-01 JSON -> domain Order."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest

from station.amazon.mapping import MappingError, condition_text, confirmed_packages, map_order
from station.amazon import spec
from station.domain.order import AmazonStatus


def order_json(**over):
    data = {
        "orderId": "702-1234567-7654321",
        "createdTime": "2026-11-21T10:15:00Z",
        "lastUpdatedTime": "2026-11-21T10:20:00Z",
        "programs": ["PRIME", "AMAZON_BUSINESS"],
        "associatedOrders": [{"orderId": "702-7654321-1234567", "associationType": "REPLACEMENT_ORIGINAL_ID"}],
        "salesChannel": {"channelName": "AMAZON", "marketplaceId": "A2EUQ1WTGCTBG2", "marketplaceName": "Amazon.ca"},
        "buyer": {"buyerName": "Zoë Tremblay", "buyerCompanyName": "Café Dubé Inc.",
                  "buyerPurchaseOrderNumber": "PO-4500312426"},
        "recipient": {"deliveryAddress": {"name": "Zoë Tremblay", "addressLine1": "12 rue Sainte-Catherine",
                                          "addressLine2": "App. 12", "city": "Montréal", "stateOrRegion": "QC",
                                          "postalCode": "H2X 1Y4", "countryCode": "CA", "phone": "+1 514 555 0199",
                                          "addressType": "RESIDENTIAL"}},
        "fulfillment": {"fulfillmentStatus": "UNSHIPPED", "fulfilledBy": "MERCHANT",
                        "fulfillmentServiceLevel": "Expedited",
                        "shipByWindow": {"earliestDateTime": "2026-11-21T10:15:00Z",
                                         "latestDateTime": "2026-11-23T07:59:59Z"},
                        "deliverByWindow": {"earliestDateTime": "2026-11-25T08:00:00Z",
                                            "latestDateTime": "2026-11-27T07:59:59Z"}},
        "proceeds": {"grandTotal": {"amount": "61.89", "currencyCode": "CAD"}},
        "orderItems": [
            {"orderItemId": "11111111111111", "quantityOrdered": 3,
             "product": {"asin": "B0AAAAAAAA", "title": "Very long title " * 10, "sellerSku": "SKU-1",
                         "condition": {"conditionType": "USED", "conditionSubtype": "VERY_GOOD",
                                       "conditionNote": "small scuff on the box"},
                         "price": {"unitPrice": {"amount": "12.99", "currencyCode": "CAD"},
                                   "priceDesignation": "BUSINESS_PRICE"}},
             "fulfillment": {"quantityFulfilled": 1, "quantityUnfulfilled": 2,
                             "packing": {"giftOption": {"giftMessage": "Joyeux anniversaire !",
                                                        "giftWrapLevel": "Classic"}}}},
            {"orderItemId": "22222222222222", "quantityOrdered": 1,
             "product": {"asin": "B0BBBBBBBB", "title": "Second", "sellerSku": "SKU-2",
                         "condition": {"conditionType": "NEW", "conditionSubtype": "NEW"},
                         "price": {"unitPrice": {"amount": "22.92", "currencyCode": "CAD"}}},
             "fulfillment": {"quantityFulfilled": 0, "quantityUnfulfilled": 1}},
        ],
    }
    data.update(over)
    return data


def test_the_sample_keeps_to_the_official_model():
    assert spec.validate_response("searchOrders", 200, {"orders": [order_json()],
                                                        "createdBefore": "2026-11-23T00:00:00Z"}) == []


def test_full_order_maps_every_field():
    mapped = map_order(order_json())
    order = mapped.order
    assert order.order_id == "702-1234567-7654321"
    assert order.status is AmazonStatus.UNSHIPPED and order.can_pack
    assert order.marketplace_id == "A2EUQ1WTGCTBG2"
    assert order.is_prime and order.is_business and order.is_gift
    assert order.is_replacement and order.replaced_order_id == "702-7654321-1234567"
    assert order.purchase_order_number == "PO-4500312426"
    assert order.ship_service_level == "Expedited"
    assert order.ship_by == datetime(2026, 11, 23, 7, 59, 59, tzinfo=timezone.utc)
    assert order.deliver_by == datetime(2026, 11, 27, 7, 59, 59, tzinfo=timezone.utc)
    assert order.purchase_date == datetime(2026, 11, 21, 10, 15, tzinfo=timezone.utc)
    first, second = order.lines
    assert (first.order_item_id, first.sku, first.asin, first.quantity, first.quantity_shipped) == (
        "11111111111111", "SKU-1", "B0AAAAAAAA", 3, 1)
    assert first.title == "Very long title " * 10  # never cut
    assert first.condition == "Used - Very Good" and first.condition_note == "small scuff on the box"
    assert first.unit_price.amount == Decimal("12.99") and first.unit_price.currency == "CAD"
    assert second.condition == "New" and second.quantity_shipped == 0
    assert order.buyer.buyer_name == "Zoë Tremblay"
    assert order.buyer.gift_message == "Joyeux anniversaire !"
    address = order.buyer.ship_to
    assert (address.name, address.line1, address.line2, address.city, address.state_or_region, address.postal_code,
            address.country_code, address.phone) == ("Zoë Tremblay", "12 rue Sainte-Catherine", "App. 12", "Montréal",
                                                     "QC", "H2X 1Y4", "CA", "+1 514 555 0199")
    assert address.company == "Café Dubé Inc."
    assert mapped.last_updated == datetime(2026, 11, 21, 10, 20, tzinfo=timezone.utc)
    assert mapped.fulfilled_by == "MERCHANT"
    assert mapped.total.amount == Decimal("61.89")


def test_order_without_pii_has_no_buyer_and_plain_flags():
    data = order_json(programs=[], associatedOrders=[], buyer=None, recipient=None)
    del data["orderItems"][0]["fulfillment"]["packing"]
    order = map_order(data).order
    assert order.buyer is None
    assert not (order.is_prime or order.is_business or order.is_gift or order.is_replacement)


@pytest.mark.parametrize("status, expected, packable", [
    ("PENDING", AmazonStatus.PENDING, False), ("PENDING_AVAILABILITY", AmazonStatus.PENDING, False),
    ("PARTIALLY_SHIPPED", AmazonStatus.PARTIALLY_SHIPPED, True), ("SHIPPED", AmazonStatus.SHIPPED, False),
    ("CANCELLED", AmazonStatus.CANCELED, False)])
def test_statuses(status, expected, packable):
    data = order_json()
    data["fulfillment"]["fulfillmentStatus"] = status
    order = map_order(data).order
    assert order.status is expected and order.can_pack is packable


def test_gift_wrap_without_message_is_still_a_gift():
    data = order_json()
    data["orderItems"][0]["fulfillment"]["packing"] = {"giftOption": {"giftWrapLevel": "Classic"}}
    order = map_order(data).order
    assert order.is_gift and order.buyer.gift_message is None


def test_fba_order_is_reported_as_amazon_fulfilled():
    data = order_json()
    data["fulfillment"]["fulfilledBy"] = "AMAZON"
    assert map_order(data).fulfilled_by == "AMAZON"


def test_unreadable_order_names_the_order_not_the_buyer():
    data = order_json()
    data["orderItems"][0]["quantityOrdered"] = "three"
    with pytest.raises(MappingError) as err:
        map_order(data)
    assert "702-1234567-7654321" in str(err.value) and "Zoë" not in str(err.value)
    with pytest.raises(MappingError, match="fulfillmentStatus"):
        map_order(order_json(fulfillment=None))


def test_condition_text():
    assert condition_text(None) == "New"
    assert condition_text({"conditionType": "COLLECTIBLE", "conditionSubtype": "LIKE_NEW"}) == "Collectible - Like New"
    assert condition_text({"conditionType": "REFURBISHED", "conditionSubtype": "REFURBISHED"}) == "Refurbished"


def test_confirmed_packages_by_reference():
    data = order_json(packages=[{"packageReferenceId": "1", "carrier": "UPS"}, {"packageReferenceId": "2"}])
    assert set(confirmed_packages(data)) == {"1", "2"}
    assert confirmed_packages(order_json()) == {}
