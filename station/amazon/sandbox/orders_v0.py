"""Orders API v0 reads (getOrders, getOrderItems, getOrderAddress): the old, chatty way.

Served so that a benchmark can measure the naive import (getOrders, then
getOrderItems and getOrderAddress per order) against the same data and the same
documented rate limits as the v2026-01-01 path. getOrderAddress is a restricted
operation: the street, postal code, name and phone need an RDT with shippingAddress.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from station.amazon.sandbox.clock import iso
from station.amazon.sandbox.messages import Response, invalid_input
from station.amazon.sandbox.orders import DELAY, PAGE_TTL, _order
from station.amazon.spec import parse_iso8601

if TYPE_CHECKING:
    from station.amazon.sandbox.app import Context, Sandbox

STATUS = {"PENDING": "Pending", "UNSHIPPED": "Unshipped", "PARTIALLY_SHIPPED": "PartiallyShipped",
          "SHIPPED": "Shipped", "CANCELLED": "Canceled"}
CHANNEL = {"MERCHANT": "MFN", "AMAZON": "AFN"}


def _money(amount, currency: str) -> dict[str, str]:
    return {"CurrencyCode": currency, "Amount": f"{amount:.2f}"}


def render_v0(order) -> dict[str, Any]:
    total = sum(line.unit_price * line.quantity for line in order.lines)
    shipped = sum(line.shipped for line in order.lines)
    out: dict[str, Any] = {
        "AmazonOrderId": order.order_id, "PurchaseDate": iso(order.created), "LastUpdateDate": iso(order.last_updated),
        "OrderStatus": STATUS[order.status], "FulfillmentChannel": CHANNEL[order.fulfilled_by],
        "SalesChannel": {"US": "Amazon.com", "CA": "Amazon.ca", "MX": "Amazon.com.mx"}[order.country],
        "ShipServiceLevel": order.service_level.title(), "OrderTotal": _money(total, order.currency),
        "NumberOfItemsShipped": shipped, "NumberOfItemsUnshipped": sum(line.quantity for line in order.lines) - shipped,
        "MarketplaceId": order.marketplace_id, "OrderType": "StandardOrder",
        "EarliestShipDate": iso(order.ship_by[0]), "LatestShipDate": iso(order.ship_by[1]),
        "EarliestDeliveryDate": iso(order.deliver_by[0]), "LatestDeliveryDate": iso(order.deliver_by[1]),
        "IsBusinessOrder": order.is_business, "IsPrime": order.is_prime, "IsPremiumOrder": False,
        "IsReplacementOrder": bool(order.associated_orders), "IsSoldByAB": False,
        "ShippingAddress": {"City": order.address.get("city"), "StateOrRegion": order.address.get("stateOrRegion"),
                            "CountryCode": order.address.get("countryCode")},
    }
    if order.associated_orders:
        out["ReplacedOrderId"] = order.associated_orders[0][0]
    return out


def get_orders(sb: "Sandbox", ctx: "Context") -> Response:
    p = ctx.params
    limit = p.get("MaxResultsPerPage", 100)
    if not 1 <= limit <= 100:
        raise invalid_input("MaxResultsPerPage must be between 1 and 100.")
    token = p.get("NextToken")
    if token:
        with sb.lock:
            page = sb.pages.get("v0:" + token)
        if page is None or page["expires"] < ctx.now:
            raise invalid_input("Invalid or expired NextToken.")
        ids, echo = page["ids"], page["echo"]
    else:
        created, updated = p.get("CreatedAfter"), p.get("LastUpdatedAfter")
        if (created is None) == (updated is None):
            raise invalid_input("Exactly one of CreatedAfter and LastUpdatedAfter is required.")
        try:
            after = parse_iso8601(created or updated)
            before_raw = p.get("CreatedBefore" if created else "LastUpdatedBefore")
            before = parse_iso8601(before_raw) if before_raw else ctx.now - DELAY
        except ValueError as exc:
            raise invalid_input(str(exc)) from None
        if before > ctx.now - DELAY or before < after:
            raise invalid_input("The time window must end at least two minutes before now, after its start.")
        markets = p["MarketplaceIds"]
        unknown = [m for m in markets if m not in sb.seller_marketplaces]
        if unknown:
            raise invalid_input(f"Invalid MarketplaceIds: {', '.join(unknown)}.")
        statuses = set(p.get("OrderStatuses") or STATUS.values())
        channels = set(p.get("FulfillmentChannels") or CHANNEL.values())

        def stamp(o):
            return o.created if created else o.last_updated

        with sb.lock:
            hits = sorted((o for o in sb.orders.values() if o.marketplace_id in markets
                           and STATUS[o.status] in statuses and CHANNEL[o.fulfilled_by] in channels
                           and after <= stamp(o) <= before), key=lambda o: (stamp(o), o.order_id))
        ids = [o.order_id for o in hits]
        echo = {"CreatedBefore" if created else "LastUpdatedBefore": iso(before)}
    with sb.lock:
        payload: dict[str, Any] = {"Orders": [render_v0(sb.orders[i]) for i in ids[:limit]], **echo}
        if ids[limit:]:
            next_token = secrets.token_urlsafe(24)
            sb.pages["v0:" + next_token] = {"ids": ids[limit:], "echo": echo, "expires": ctx.now + PAGE_TTL}
            payload["NextToken"] = next_token
    return Response(200, {"payload": payload})


def get_order_items(sb: "Sandbox", ctx: "Context") -> Response:
    with sb.lock:
        order = _order(sb, ctx.params["orderId"])
        items = [{"ASIN": line.asin, "SellerSKU": line.sku, "OrderItemId": line.order_item_id, "Title": line.title,
                  "QuantityOrdered": line.quantity, "QuantityShipped": line.shipped,
                  "ItemPrice": _money(line.unit_price * line.quantity, order.currency),
                  "IsGift": "true" if line.gift_message else "false", "ConditionId": "New",
                  "ConditionSubtypeId": "New", "IsTransparency": False, "SerialNumberRequired": False}
                 for line in order.lines]
        return Response(200, {"payload": {"AmazonOrderId": order.order_id, "OrderItems": items}})


def get_order_address(sb: "Sandbox", ctx: "Context") -> Response:
    token = ctx.token
    full = sb.pii_roles and token.kind == "rdt" and "shippingAddress" in token.data_elements
    with sb.lock:
        order = _order(sb, ctx.params["orderId"])
        a = order.address
        address = {"City": a.get("city"), "StateOrRegion": a.get("stateOrRegion"), "CountryCode": a.get("countryCode"),
                   "AddressType": "Commercial" if a.get("addressType") == "COMMERCIAL" else "Residential"}
        if full and order.status in ("UNSHIPPED", "PARTIALLY_SHIPPED", "SHIPPED"):
            address.update({"Name": a.get("name"), "AddressLine1": a.get("addressLine1"),
                            "PostalCode": a.get("postalCode"), "Phone": a.get("phone")})
            if a.get("addressLine2"):
                address["AddressLine2"] = a["addressLine2"]
        payload: dict[str, Any] = {"AmazonOrderId": order.order_id,
                                   "ShippingAddress": {k: v for k, v in address.items() if v is not None}}
        if order.buyer_company:
            payload["BuyerCompanyName"] = order.buyer_company
    return Response(200, {"payload": payload})
