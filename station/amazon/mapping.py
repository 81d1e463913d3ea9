"""Orders API 2026-01-01 JSON -> domain ``Order`` (pure: no HTTP, no SQL).

Buyer name, delivery address, phone and gift messages go to ``Order.buyer`` only (the store
keeps them in their own table); nothing here logs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from station.domain.order import Address, AmazonStatus, BuyerInfo, Money, Order, OrderLine

CONDITION_NAMES = {"NEW": "New", "USED": "Used", "COLLECTIBLE": "Collectible", "REFURBISHED": "Refurbished",
                   "CLUB": "Club"}
SUBCONDITION_NAMES = {"NEW": "", "MINT": "Mint", "VERY_GOOD": "Very Good", "LIKE_NEW": "Like New", "GOOD": "Good",
                      "ACCEPTABLE": "Acceptable", "POOR": "Poor", "CLUB": "Club", "OEM": "OEM", "WARRANTY": "Warranty",
                      "REFURBISHED_WARRANTY": "Refurbished Warranty", "REFURBISHED": "Refurbished",
                      "OPEN_BOX": "Open Box", "ANY": "", "OTHER": "Other"}
REPLACEMENT_TYPES = {"REPLACEMENT_ORIGINAL_ID"}


class MappingError(ValueError):
    """An order we cannot read; the message names the order and the field, never buyer data."""


@dataclass
class MappedOrder:
    order: Order
    last_updated: datetime | None
    fulfilled_by: str  # MERCHANT or AMAZON
    total: Money | None = None


def parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    text = str(value).replace("z", "Z").replace("Z", "+00:00")
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _money(value: Any) -> Money | None:
    if not isinstance(value, dict) or value.get("amount") in (None, ""):
        return None
    try:
        return Money(Decimal(str(value["amount"])), str(value.get("currencyCode") or "USD"))
    except (InvalidOperation, ValueError):
        return None


def condition_text(condition: dict[str, Any] | None) -> str:
    """``{"conditionType": "USED", "conditionSubtype": "VERY_GOOD"}`` -> ``"Used - Very Good"``."""
    if not condition:
        return "New"
    kind = CONDITION_NAMES.get(str(condition.get("conditionType", "NEW")).upper(),
                               str(condition.get("conditionType", "New")).title())
    sub = SUBCONDITION_NAMES.get(str(condition.get("conditionSubtype", "")).upper(),
                                 str(condition.get("conditionSubtype", "")).replace("_", " ").title())
    return f"{kind} - {sub}" if sub and sub != kind else kind


def item_quantities(data: dict[str, Any]) -> dict[str, int] | None:
    """orderItemId -> quantityOrdered of an order as getOrder or searchOrders send it; None when an item
    cannot be read (nothing is lowered on a guess: the sync reports the order)."""
    try:
        return {str(item["orderItemId"]): int(item["quantityOrdered"]) for item in data.get("orderItems") or ()}
    except (KeyError, TypeError, ValueError):
        return None


def map_order(data: dict[str, Any]) -> MappedOrder:
    order_id = str(data.get("orderId") or "")
    try:
        return _map(order_id, data)
    except MappingError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise MappingError(f"order {order_id or '(no id)'} cannot be read: {exc.__class__.__name__} "
                           f"{str(exc)[:80]}") from None


def _map(order_id: str, data: dict[str, Any]) -> MappedOrder:
    fulfillment = data.get("fulfillment") or {}
    status_text = fulfillment.get("fulfillmentStatus")
    if not status_text:
        raise MappingError(f"order {order_id} has no fulfillmentStatus (includedData=FULFILLMENT missing?)")
    status = AmazonStatus.from_fulfillment_status(status_text)
    programs = {str(p).upper() for p in data.get("programs") or ()}
    lines: list[OrderLine] = []
    gift_messages: list[str] = []
    gift = False
    for item in data["orderItems"]:
        product = item.get("product") or {}
        price = product.get("price") or {}
        condition = product.get("condition") or {}
        item_fulfillment = item.get("fulfillment") or {}
        option = ((item_fulfillment.get("packing") or {}).get("giftOption")) or {}
        if option:
            gift = True
        message = option.get("giftMessage")
        if message and message not in gift_messages:
            gift_messages.append(message)
        lines.append(OrderLine(
            order_item_id=str(item["orderItemId"]), sku=str(product.get("sellerSku") or ""),
            quantity=int(item["quantityOrdered"]), title=str(product.get("title") or ""),
            asin=product.get("asin"), condition=condition_text(condition),
            condition_note=condition.get("conditionNote"), unit_price=_money(price.get("unitPrice")),
            quantity_shipped=int(item_fulfillment.get("quantityFulfilled") or 0)))
    replaced = next((a.get("orderId") for a in data.get("associatedOrders") or ()
                     if a.get("associationType") in REPLACEMENT_TYPES), None)
    buyer_data = data.get("buyer") or {}
    address_data = (data.get("recipient") or {}).get("deliveryAddress")
    buyer = None
    if buyer_data.get("buyerName") or address_data or gift_messages:
        buyer = BuyerInfo(buyer_name=buyer_data.get("buyerName"), gift_message="\n\n".join(gift_messages) or None,
                          ship_to=_address(address_data, buyer_data.get("buyerCompanyName")) if address_data else None)
    ship_by = (fulfillment.get("shipByWindow") or {}).get("latestDateTime")
    deliver_by = (fulfillment.get("deliverByWindow") or {}).get("latestDateTime")
    proceeds = data.get("proceeds") or {}
    order = Order(
        order_id=order_id, status=status, lines=lines,
        marketplace_id=str((data.get("salesChannel") or {}).get("marketplaceId") or ""),
        purchase_date=parse_time(data.get("createdTime")), ship_by=parse_time(ship_by),
        deliver_by=parse_time(deliver_by), is_prime="PRIME" in programs, is_gift=gift,
        is_business="AMAZON_BUSINESS" in programs, is_replacement=replaced is not None,
        replaced_order_id=replaced, purchase_order_number=buyer_data.get("buyerPurchaseOrderNumber"),
        ship_service_level=fulfillment.get("fulfillmentServiceLevel"), buyer=buyer)
    return MappedOrder(order, parse_time(data.get("lastUpdatedTime")),
                       str(fulfillment.get("fulfilledBy") or "MERCHANT"), _money(proceeds.get("grandTotal")))


def _address(data: dict[str, Any], company: str | None) -> Address:
    return Address(
        name=str(data.get("name") or ""), company=data.get("companyName") or company,
        line1=str(data.get("addressLine1") or ""), line2=data.get("addressLine2"), line3=data.get("addressLine3"),
        city=str(data.get("city") or data.get("municipality") or ""), state_or_region=data.get("stateOrRegion"),
        postal_code=str(data.get("postalCode") or ""), country_code=str(data.get("countryCode") or ""),
        phone=data.get("phone"))


def confirmed_packages(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """packageReferenceId -> package, from an order read with includedData=PACKAGES."""
    return {str(p.get("packageReferenceId")): p for p in data.get("packages") or () if p.get("packageReferenceId")}
