"""Orders API 2026-01-01 (searchOrders, getOrder) and Orders v0 confirmShipment."""

from __future__ import annotations

import re
import secrets
from collections import Counter
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from station.amazon.sandbox.clock import iso
from station.amazon.sandbox.messages import Response, invalid_input, not_found
from station.amazon.sandbox.render import PiiGrant, render_order
from station.amazon.sandbox.seed import CANCELLED, PARTIALLY_SHIPPED, PENDING, SHIPPED, UNSHIPPED, Order, Package
from station.amazon.spec import parse_iso8601

if TYPE_CHECKING:
    from station.amazon.sandbox.app import Context, Sandbox

ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
PAGE_TTL = timedelta(hours=24)
DELAY = timedelta(minutes=2)  # "at least two minutes before the time of the request"


def pii_grant(sb: "Sandbox", ctx: "Context") -> PiiGrant:
    """v2026-01-01 gives PII by the application's roles, no RDT needed (Amazon's
    "Access Orders PII" guide). With ``require_rdt`` the sandbox is stricter and
    wants an RDT whose dataElements ask for it (the Orders v0 way)."""
    if not sb.pii_roles:
        return PiiGrant(False, False)
    if sb.require_rdt:
        token = ctx.token
        if token.kind != "rdt":
            return PiiGrant(False, False)
        return PiiGrant("buyerInfo" in token.data_elements, "shippingAddress" in token.data_elements)
    return PiiGrant(True, True)


def _time(ctx: "Context", name: str) -> datetime | None:
    value = ctx.params.get(name)
    if value is None:
        return None
    try:
        return parse_iso8601(value)
    except ValueError:
        raise invalid_input(f"{name} is not an ISO 8601 date-time: {value!r}") from None


def _select(sb: "Sandbox", ctx: "Context") -> tuple[list[str], dict[str, str]]:
    created_after, updated_after = _time(ctx, "createdAfter"), _time(ctx, "lastUpdatedAfter")
    created_before, updated_before = _time(ctx, "createdBefore"), _time(ctx, "lastUpdatedBefore")
    if (created_after is None) == (updated_after is None):
        raise invalid_input("Exactly one of createdAfter and lastUpdatedAfter must be provided.")
    if created_after and (updated_after or updated_before):
        raise invalid_input("If createdAfter is provided, neither lastUpdatedAfter nor lastUpdatedBefore may be provided.")
    if updated_after and (created_after or created_before):
        raise invalid_input("If lastUpdatedAfter is provided, neither createdAfter nor createdBefore may be provided.")
    by_created = created_after is not None
    after = created_after or updated_after
    before = created_before if by_created else updated_before
    names = ("createdAfter", "createdBefore") if by_created else ("lastUpdatedAfter", "lastUpdatedBefore")
    latest = ctx.now - DELAY
    if after > latest:
        raise invalid_input(f"{names[0]} must be at least two minutes before the time of the request "
                            f"({iso(latest)} or earlier).")
    if before is None:
        before = latest
    elif before < after:
        raise invalid_input(f"{names[1]} must be equal to or after {names[0]}.")
    elif before > latest:
        raise invalid_input(f"{names[1]} must be at least two minutes before the time of the request "
                            f"({iso(latest)} or earlier).")
    markets = ctx.params.get("marketplaceIds") or list(sb.seller_marketplaces)
    unknown = [m for m in markets if m not in sb.seller_marketplaces]
    if unknown:
        raise invalid_input(f"Invalid marketplaceIds: {', '.join(unknown)}.",
                            f"This seller sells in {', '.join(sb.seller_marketplaces)}.")
    fulfilled_by = set(ctx.params.get("fulfilledBy") or ("MERCHANT", "AMAZON"))
    statuses = set(ctx.params.get("fulfillmentStatuses") or ())

    def stamp(order: Order) -> datetime:
        return order.created if by_created else order.last_updated

    with sb.lock:
        hits = [o for o in sb.orders.values()
                if o.marketplace_id in markets and o.fulfilled_by in fulfilled_by
                and (not statuses or o.status in statuses) and after <= stamp(o) <= before]
        hits.sort(key=lambda o: (stamp(o), o.order_id))
    return [o.order_id for o in hits], {names[1]: iso(before)}


def search_orders(sb: "Sandbox", ctx: "Context") -> Response:
    limit = ctx.params.get("maxResultsPerPage", 100)
    if not 1 <= limit <= 100:
        raise invalid_input("maxResultsPerPage must be between 1 and 100.")
    included = set(ctx.params.get("includedData", ()))
    token = ctx.params.get("paginationToken")
    if token:  # the token carries the original selection; includedData must be asked for again on each page
        with sb.lock:
            page = sb.pages.get(token)
        if page is None or page["expires"] < ctx.now:
            raise invalid_input("Invalid or expired paginationToken.", "Start again without paginationToken.")
        ids, echo = page["ids"], page["echo"]
        if "maxResultsPerPage" not in ctx.params:
            limit = page["limit"]
    else:
        ids, echo = _select(sb, ctx)
    grant = pii_grant(sb, ctx)
    with sb.lock:
        body: dict = {"orders": [render_order(sb.orders[oid], included, grant) for oid in ids[:limit]]}
        rest = ids[limit:]
        if rest:
            # Kept until they expire, so a client may fetch a page again after a lost answer.
            next_token = secrets.token_urlsafe(24)
            sb.pages[next_token] = {"ids": rest, "echo": echo, "limit": limit,
                                    "expires": ctx.now + PAGE_TTL}
            body["pagination"] = {"nextToken": next_token}
    body.update(echo)
    return Response(200, body)


def _order(sb: "Sandbox", order_id: str) -> Order:
    if not ORDER_ID.fullmatch(order_id):
        raise invalid_input(f"Invalid orderId {order_id!r}: expected the 3-7-7 format, e.g. 113-1234567-1234567.")
    order = sb.orders.get(order_id)
    if order is None:
        raise not_found(f"Order {order_id} was not found.")
    return order


def get_order(sb: "Sandbox", ctx: "Context") -> Response:
    with sb.lock:
        order = _order(sb, ctx.params["orderId"])
        body = {"order": render_order(order, set(ctx.params.get("includedData", ())), pii_grant(sb, ctx))}
    return Response(200, body)


def recompute_status(order: Order) -> None:
    shipped = Counter()
    for package in order.packages:
        for item_id, quantity in package.items:
            shipped[item_id] += quantity
    for line in order.lines:
        line.shipped = shipped[line.order_item_id]
    total = sum(line.shipped for line in order.lines)
    if total == 0:
        order.status = UNSHIPPED
    elif all(line.shipped >= line.quantity for line in order.lines):
        order.status = SHIPPED
    else:
        order.status = PARTIALLY_SHIPPED


def check_shippable(order: Order) -> None:
    if order.fulfilled_by != "MERCHANT":
        raise invalid_input(f"Order {order.order_id} is fulfilled by Amazon; the seller cannot ship it.")
    if order.status == PENDING:
        raise invalid_input(f"Order {order.order_id} is Pending (payment not yet authorized) and cannot be shipped yet.")
    if order.status == CANCELLED:
        raise invalid_input(f"Order {order.order_id} has been cancelled.")


def confirm_shipment(sb: "Sandbox", ctx: "Context") -> Response:
    """Confirm a package; sending the same packageReferenceId again edits that package
    (Amazon: "You can also use this operation to edit shipment details of orders that
    have been shipped") -- it never adds a second package. Both calls answer 204."""
    detail = ctx.body["packageDetail"]
    ref = detail["packageReferenceId"]
    if not re.fullmatch(r"[1-9][0-9]*", ref):
        raise invalid_input(f"Invalid packageReferenceId {ref!r}: only positive numeric values are supported.")
    carrier = detail["carrierCode"].strip()
    if not carrier:
        raise invalid_input("carrierCode is required.")
    if carrier.lower() == "other":
        carrier = (detail.get("carrierName") or "").strip()
        if not carrier:
            raise invalid_input("carrierName is required when carrierCode is Other.")
    tracking = detail["trackingNumber"].strip()
    if not tracking:
        raise invalid_input("trackingNumber is required.")
    ship_date = parse_iso8601(detail["shipDate"])
    with sb.lock:
        order = _order(sb, ctx.params["orderId"])
        if ctx.body["marketplaceId"] != order.marketplace_id:
            raise invalid_input(f"marketplaceId {ctx.body['marketplaceId']} does not match order "
                                f"{order.order_id} (placed in {order.marketplace_id}).")
        check_shippable(order)
        if ship_date < order.created - timedelta(minutes=5):
            raise invalid_input(f"shipDate {detail['shipDate']} is before the order was placed.")
        if ship_date > ctx.now + timedelta(days=2):
            raise invalid_input(f"shipDate {detail['shipDate']} is too far in the future.")
        quantities: Counter[str] = Counter()
        lines = {line.order_item_id: line for line in order.lines}
        for item in detail["orderItems"]:
            if item["orderItemId"] not in lines:
                raise invalid_input(f"orderItemId {item['orderItemId']} is not part of order {order.order_id}.")
            if item["quantity"] < 1:
                raise invalid_input(f"quantity of orderItemId {item['orderItemId']} must be at least 1.")
            quantities[item["orderItemId"]] += item["quantity"]
        if not quantities:
            raise invalid_input("orderItems must list at least one order item.")
        existing = next((p for p in order.packages if p.package_reference_id == ref), None)
        for item_id, quantity in quantities.items():
            already = sum(q for p in order.packages if p is not existing for i, q in p.items if i == item_id)
            if already + quantity > lines[item_id].quantity:
                raise invalid_input(f"Quantity {quantity} of orderItemId {item_id} is more than the "
                                    f"{lines[item_id].quantity - already} unit(s) left to ship.")
        items = sorted(quantities.items())
        service = detail.get("shippingMethod")
        if existing is not None and (existing.carrier, existing.tracking_number, sorted(existing.items),
                                     existing.ship_time, existing.shipping_service) == (
                carrier, tracking, items, ship_date, service):
            ctx.effect.append(f"package {ref} unchanged (identical confirmation sent again)")
            return Response(204)
        if existing is not None:
            existing.carrier, existing.tracking_number, existing.items = carrier, tracking, items
            existing.ship_time, existing.shipping_service = ship_date, service
            ctx.effect.append(f"package {ref} updated (same packageReferenceId sent again)")
        else:
            order.packages.append(Package(ref, carrier, tracking, ship_date, ctx.now, items, service,
                                          status="SHIPPED", detailed_status="PENDING_PICK_UP"))
            ctx.effect.append(f"package {ref} created")
        recompute_status(order)
        order.last_updated = ctx.now
        ctx.effect.append(f"order {order.order_id} {order.status}")
    return Response(204)
