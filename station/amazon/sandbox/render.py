"""A seeded order as Orders API 2026-01-01 JSON, honouring includedData and PII rules.

PII rules follow Amazon's "Access Orders PII" guide for v2026-01-01: buyer name and
email, the street/postal/phone parts of the delivery address, and gift messages are
only returned to an application with the restricted roles, for merchant-fulfilled
orders in UNSHIPPED, PARTIALLY_SHIPPED or SHIPPED status. City, state, country and
address type are not PII and are always returned with RECIPIENT.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from station.amazon.sandbox import seeddata
from station.amazon.sandbox.clock import iso
from station.amazon.sandbox.seed import PARTIALLY_SHIPPED, SHIPPED, UNSHIPPED, Order, OrderLine

PII_STATUSES = {UNSHIPPED, PARTIALLY_SHIPPED, SHIPPED}
ADDRESS_PII = ("name", "addressLine1", "addressLine2", "addressLine3", "postalCode", "phone", "extendedFields")


@dataclass(frozen=True)
class PiiGrant:
    """What the caller may see: buyer name/email, and the full address (plus gift messages)."""
    buyer: bool
    address: bool


def _money(amount: Decimal, currency: str) -> dict[str, str]:
    return {"amount": f"{amount:.2f}", "currencyCode": currency}


def _pii_visible(order: Order, grant_flag: bool) -> bool:
    return grant_flag and order.fulfilled_by == "MERCHANT" and order.status in PII_STATUSES


def render_order(order: Order, included: set[str], grant: PiiGrant) -> dict[str, Any]:
    out: dict[str, Any] = {
        "orderId": order.order_id,
        "createdTime": iso(order.created),
        "lastUpdatedTime": iso(order.last_updated),
        "programs": list(order.programs),
        "salesChannel": {"channelName": "AMAZON", "marketplaceId": order.marketplace_id,
                         "marketplaceName": seeddata.MARKETPLACES[order.marketplace_id][2]},
        "orderItems": [_render_item(order, line, included, grant) for line in order.lines],
    }
    if order.associated_orders:
        out["associatedOrders"] = [{"orderId": oid, "associationType": kind} for oid, kind in order.associated_orders]
    if "BUYER" in included:
        buyer: dict[str, str] = {}
        if _pii_visible(order, grant.buyer):
            buyer["buyerName"] = order.buyer_name
            buyer["buyerEmail"] = order.buyer_email
        if order.buyer_company:
            buyer["buyerCompanyName"] = order.buyer_company
        if order.purchase_order_number:
            buyer["buyerPurchaseOrderNumber"] = order.purchase_order_number
        if buyer:
            out["buyer"] = buyer
    if "RECIPIENT" in included and order.fulfilled_by == "MERCHANT":
        address = dict(order.address)
        if not _pii_visible(order, grant.address):
            for key in ADDRESS_PII:
                address.pop(key, None)
        out["recipient"] = {"deliveryAddress": address}
    if "FULFILLMENT" in included:
        out["fulfillment"] = {
            "fulfillmentStatus": order.status,
            "fulfilledBy": order.fulfilled_by,
            "fulfillmentServiceLevel": order.service_level,
            "shipByWindow": {"earliestDateTime": iso(order.ship_by[0]), "latestDateTime": iso(order.ship_by[1])},
            "deliverByWindow": {"earliestDateTime": iso(order.deliver_by[0]),
                                "latestDateTime": iso(order.deliver_by[1])},
        }
    if "PROCEEDS" in included:
        items = sum((line.unit_price * line.quantity for line in order.lines), Decimal("0"))
        out["proceeds"] = {"grandTotal": _money(items, order.currency),
                           "breakdowns": [{"type": "ITEM", "subtotal": _money(items, order.currency)}]}
    if "PACKAGES" in included and order.fulfilled_by == "MERCHANT" and order.packages:
        out["packages"] = [_render_package(p) for p in order.packages]
    return out


def _render_item(order: Order, line: OrderLine, included: set[str], grant: PiiGrant) -> dict[str, Any]:
    price = {"unitPrice": _money(line.unit_price, order.currency)}
    if order.is_business:
        price["priceDesignation"] = "BUSINESS_PRICE"
    item: dict[str, Any] = {
        "orderItemId": line.order_item_id,
        "quantityOrdered": line.quantity,
        "product": {"asin": line.asin, "title": line.title, "sellerSku": line.sku,
                    "condition": {"conditionType": "NEW", "conditionSubtype": "NEW"}, "price": price},
    }
    if "FULFILLMENT" in included:
        fulfilled = line.quantity if order.fulfilled_by == "AMAZON" and order.status == SHIPPED else line.shipped
        fulfillment: dict[str, Any] = {"quantityFulfilled": fulfilled,
                                       "quantityUnfulfilled": line.quantity - fulfilled}
        if line.gift_message or line.gift_wrap_level:
            gift: dict[str, str] = {}
            if line.gift_message and _pii_visible(order, grant.address):
                gift["giftMessage"] = line.gift_message
            if line.gift_wrap_level:
                gift["giftWrapLevel"] = line.gift_wrap_level
            fulfillment["packing"] = {"giftOption": gift}
        item["fulfillment"] = fulfillment
    if "PROCEEDS" in included:
        total = line.unit_price * line.quantity
        item["proceeds"] = {"proceedsTotal": _money(total, order.currency),
                            "breakdowns": [{"type": "ITEM", "subtotal": _money(total, order.currency)}]}
    if "CANCELLATION" in included and order.cancellation:
        requester, reason = order.cancellation
        item["cancellation"] = {"cancellationRequest": {"requester": requester, "cancelReason": reason},
                                "cancellationExecution": {"cancelledBy": requester, "cancelReason": reason}}
    return item


def _render_package(package) -> dict[str, Any]:
    status: dict[str, str] = {"status": package.status}
    if package.detailed_status:
        status["detailedStatus"] = package.detailed_status
    out: dict[str, Any] = {
        "packageReferenceId": package.package_reference_id,
        "createdTime": iso(package.created),
        "packageStatus": status,
        "carrier": package.carrier,
        "shipTime": iso(package.ship_time),
        "trackingNumber": package.tracking_number,
        "packageItems": [{"orderItemId": oid, "quantity": qty} for oid, qty in package.items],
    }
    if package.shipping_service:
        out["shippingService"] = package.shipping_service
    return out
