"""Shipping API v2: getRates, purchaseShipment, getShipmentDocuments, cancelShipment.

A purchase for an Amazon order marks it Shipped at once (Buy Shipping confirms the
shipment for the seller); cancelling the label within the void window takes that
package back off the order, so the order can be shipped again.
"""

from __future__ import annotations

import base64
import secrets
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from station.amazon.sandbox import carriers, labels
from station.amazon.sandbox.clock import iso
from station.amazon.sandbox.messages import ApiError, Response, invalid_input, not_found
from station.amazon.sandbox.orders import check_shippable, recompute_status
from station.amazon.sandbox.seed import PARTIALLY_SHIPPED, UNSHIPPED, Package
from station.amazon.spec import parse_iso8601

if TYPE_CHECKING:
    from station.amazon.sandbox.app import Context, Sandbox

RATE_TTL = timedelta(minutes=10)  # "complete the purchase within 10 minutes of rate creation"
GRAMS = {"GRAM": 1.0, "KILOGRAM": 1000.0, "OUNCE": 28.349523125, "POUND": 453.59237}
CM = {"CENTIMETER": 1.0, "INCH": 2.54}
SHIP_FROM = ["Demo Seller Warehouse", "2100 Dock Street, Door 4", "Tacoma WA 98421", "US"]


def supported_documents() -> list[dict[str, Any]]:
    specs = []
    for fmt in ("ZPL", "PDF", "PNG"):
        specs.append({
            "format": fmt,
            "size": {"width": 4, "length": 6, "unit": "INCH"},
            "printOptions": [{
                "supportedDPIs": list(labels.SUPPORTED_DPIS),
                "supportedPageLayouts": ["DEFAULT"],
                "supportedFileJoiningOptions": [False],
                "supportedDocumentDetails": [{"name": "LABEL", "isMandatory": True}],
            }],
        })
    return specs


def _destination(sb: "Sandbox", body: dict) -> tuple[dict[str, Any], Any]:
    channel = body["channelDetails"]
    if channel["channelType"] == "AMAZON":
        details = channel.get("amazonOrderDetails")
        if not details:
            raise invalid_input("channelDetails.amazonOrderDetails.orderId is required when channelType is AMAZON.")
        order = sb.orders.get(details["orderId"])
        if order is None:
            raise invalid_input(f"Amazon order {details['orderId']} was not found for this seller.")
        check_shippable(order)
        if order.status not in (UNSHIPPED, PARTIALLY_SHIPPED):
            raise invalid_input(f"Order {order.order_id} is already shipped.")
        return order.address, order
    ship_to = body.get("shipTo")
    if not ship_to:
        raise invalid_input("shipTo is required when channelType is EXTERNAL.")
    return ship_to, None


def get_rates(sb: "Sandbox", ctx: "Context") -> Response:
    body = ctx.body
    refs = [p["packageClientReferenceId"] for p in body["packages"]]
    if not refs:
        raise invalid_input("packages must hold at least one package.")
    if len(set(refs)) != len(refs):
        raise invalid_input("packageClientReferenceId must be unique within the request.")
    with sb.lock:
        address, order = _destination(sb, body)
    country = str(address.get("countryCode", "US"))
    if country not in carriers.SERVICES:
        raise invalid_input(f"Buy Shipping is not available to {country} in this sandbox.")
    billed = 0.0
    for package in body["packages"]:
        grams = package["weight"]["value"] * GRAMS[package["weight"]["unit"]]
        dims = package["dimensions"]
        factor = CM[dims["unit"]]
        volume_kg = dims["length"] * dims["width"] * dims["height"] * factor ** 3 / 5000.0
        if grams <= 0:
            raise invalid_input("Package weight must be more than 0.")
        billed += max(grams / 1000.0, volume_kg)
    ship_date = ctx.now
    if body.get("shipDate"):
        ship_date = max(ctx.now, parse_iso8601(body["shipDate"]))
    rates, ineligible, offers = [], [], {}
    currency = carriers.CURRENCY[country]
    for service in carriers.SERVICES[country]:
        if billed > service.max_kg:
            ineligible.append({"serviceId": service.service_id, "serviceName": service.service_name,
                               "carrierName": service.carrier_name, "carrierId": service.carrier_id,
                               "ineligibilityReasons": [{"code": "WEIGHT_RESTRICTIONS",
                                                         "message": f"Billed weight {billed:.2f} kg is over "
                                                                    f"{service.max_kg} kg."}]})
            continue
        rate_id = "rate-" + secrets.token_hex(8)
        pickup_end = ship_date + timedelta(hours=8)
        rate = {
            "rateId": rate_id, "carrierId": service.carrier_id, "carrierName": service.carrier_name,
            "serviceId": service.service_id, "serviceName": service.service_name,
            "billedWeight": {"unit": "KILOGRAM", "value": round(billed, 3)},
            "totalCharge": {"value": carriers.price(service, billed), "unit": currency},
            "promise": {"pickupWindow": {"start": iso(ship_date), "end": iso(pickup_end)},
                        "deliveryWindow": {"start": iso(ship_date + timedelta(days=service.transit_days[0])),
                                           "end": iso(ship_date + timedelta(days=service.transit_days[1], hours=12))}},
            "supportedDocumentSpecifications": supported_documents(),
            "requiresAdditionalInputs": False,
            "paymentType": "PAY_THROUGH_AMAZON",
            "benefits": {"includedBenefits": ["CLAIMS_PROTECTED"] if order else [], "excludedBenefits": []},
        }
        rates.append(rate)
        offers[rate_id] = (service, rate)
    request_token = "rt-" + secrets.token_hex(12)
    with sb.lock:
        sb.rate_requests[request_token] = {"created": ctx.now, "order_id": order.order_id if order else None,
                                           "ship_to": address, "packages": body["packages"], "offers": offers,
                                           "billed": billed, "purchased": None}
    ctx.effect.append(f"{len(rates)} rates for {order.order_id if order else 'an external shipment'}")
    payload: dict[str, Any] = {"requestToken": request_token, "rates": rates}
    if ineligible:
        payload["ineligibleRates"] = ineligible
    return Response(200, {"payload": payload})


def _check_spec(spec: dict[str, Any]) -> tuple[str, int]:
    fmt, size = spec["format"], spec["size"]
    inches = (size["width"], size["length"]) if size["unit"] == "INCH" else (
        round(size["width"] / 2.54, 1), round(size["length"] / 2.54, 1))
    if inches != (4, 6):
        raise invalid_input(f"Document size {size['width']}x{size['length']} {size['unit']} is not supported; "
                            "use 4x6 INCH.")
    dpi = spec.get("dpi", 203)
    if dpi not in labels.SUPPORTED_DPIS:
        raise invalid_input(f"dpi {dpi} is not supported; use one of {list(labels.SUPPORTED_DPIS)}.")
    if spec.get("pageLayout", "DEFAULT") != "DEFAULT":
        raise invalid_input(f"pageLayout {spec['pageLayout']} is not supported; use DEFAULT.")
    if spec["needFileJoining"]:
        raise invalid_input("needFileJoining true is not supported for this offering.")
    types = set(spec["requestedDocumentTypes"])
    if "LABEL" not in types or types - {"LABEL"}:
        raise invalid_input("requestedDocumentTypes must be [LABEL] for this offering.")
    return fmt, dpi


def _label(sb: "Sandbox", shipment: dict[str, Any], ref: str, fmt: str, dpi: int) -> dict[str, Any]:
    package = shipment["packages"][ref]
    address = shipment["ship_to"]
    city_line = " ".join(str(address.get(k, "")) for k in ("city", "stateOrRegion", "postalCode")).strip()
    ship_to = [str(address.get("name", "")), str(address.get("addressLine1", ""))]
    if address.get("addressLine2"):
        ship_to.append(str(address["addressLine2"]))
    ship_to += [city_line, str(address.get("countryCode", ""))]
    data = labels.LabelData(package["tracking"], shipment["carrier"], shipment["service"], ship_to, SHIP_FROM,
                            f"{package['weight_kg']:.2f} kg", f"{shipment['order_id'] or ''} {ref}".strip())
    contents = base64.b64encode(labels.render(data, fmt, dpi)).decode("ascii")
    return {"type": "LABEL", "format": fmt, "contents": contents}


def purchase_shipment(sb: "Sandbox", ctx: "Context") -> Response:
    body = ctx.body
    key = ctx.request.header("x-amzn-IdempotencyKey")
    with sb.lock:
        if key and key in sb.idempotency:  # a retry of the same purchase: same answer, no second label
            ctx.effect.append("idempotent replay, nothing bought")
            stored = sb.idempotency[key][1]
            return Response(stored.status, stored.body)
        fmt, dpi = _check_spec(body["requestedDocumentSpecification"])
        offer = sb.rate_requests.get(body["requestToken"])
        if offer is None:
            raise invalid_input(f"requestToken {body['requestToken']} is not known; call getRates first.")
        if ctx.now - offer["created"] > RATE_TTL:
            raise ApiError(400, "TOKEN_EXPIRED", "The rates expired 10 minutes after getRates; get rates again.")
        if offer["purchased"]:
            raise invalid_input(f"This requestToken was already used to buy shipment {offer['purchased']}.")
        if body["rateId"] not in offer["offers"]:
            raise invalid_input(f"rateId {body['rateId']} is not one of the rates of this requestToken.")
        service, rate = offer["offers"][body["rateId"]]
        order = sb.orders.get(offer["order_id"]) if offer["order_id"] else None
        if order is not None:
            check_shippable(order)
            if order.status not in (UNSHIPPED, PARTIALLY_SHIPPED):
                raise invalid_input(f"Order {order.order_id} is already shipped.")
        shipment_id = sb.new_id(14)
        rng = sb.ids
        shipment: dict[str, Any] = {"shipment_id": shipment_id, "order_id": offer["order_id"], "purchased": ctx.now,
                                    "carrier": service.carrier_name, "service": service.service_name,
                                    "ship_to": offer["ship_to"], "packages": {}, "cancelled": False,
                                    "package_refs": []}
        details = []
        for package in offer["packages"]:
            ref = package["packageClientReferenceId"]
            grams = package["weight"]["value"] * GRAMS[package["weight"]["unit"]]
            shipment["packages"][ref] = {"tracking": carriers.tracking_number(service.tracking, rng),
                                         "weight_kg": grams / 1000.0, "items": package["items"]}
            details.append({"packageClientReferenceId": ref,
                            "packageDocuments": [_label(sb, shipment, ref, fmt, dpi)],
                            "trackingId": shipment["packages"][ref]["tracking"]})
        if order is not None:
            _ship_order(order, shipment, ctx)
        offer["purchased"] = shipment_id
        sb.shipments[shipment_id] = shipment
        response = Response(200, {"payload": {"shipmentId": shipment_id, "packageDocumentDetails": details,
                                              "promise": rate["promise"], "benefits": rate["benefits"]}})
        if key:
            sb.idempotency[key] = (shipment_id, response)
        ctx.effect.append(f"shipment {shipment_id} bought ({service.service_name})")
        return response


def _ship_order(order, shipment: dict[str, Any], ctx: "Context") -> None:
    """Buy Shipping confirms the shipment: one package per label, with the items the
    getRates request named (itemIdentifier = orderItemId), else everything left."""
    lines = {line.order_item_id: line for line in order.lines}
    left = {oid: line.quantity - line.shipped for oid, line in lines.items()}
    next_ref = max([int(p.package_reference_id) for p in order.packages if p.package_reference_id.isdigit()] + [0])
    for index, (ref, package) in enumerate(shipment["packages"].items()):
        items = []
        for item in package["items"]:
            oid = item.get("itemIdentifier")
            if oid in left and left[oid] > 0:
                quantity = min(item["quantity"], left[oid])
                left[oid] -= quantity
                items.append((oid, quantity))
        if not items and index == 0:
            items = [(oid, q) for oid, q in left.items() if q > 0]
            left = {oid: 0 for oid in left}
        if not items:
            continue
        next_ref += 1
        order.packages.append(Package(str(next_ref), shipment["carrier"], package["tracking"], ctx.now, ctx.now,
                                      sorted(items), shipment["service"], status="SHIPPED",
                                      detailed_status="PENDING_PICK_UP"))
        shipment["package_refs"].append(str(next_ref))
    recompute_status(order)
    order.last_updated = ctx.now
    ctx.effect.append(f"order {order.order_id} {order.status}")


def _shipment(sb: "Sandbox", shipment_id: str) -> dict[str, Any]:
    shipment = sb.shipments.get(shipment_id)
    if shipment is None:
        raise not_found(f"Shipment {shipment_id} was not found.")
    return shipment


def get_shipment_documents(sb: "Sandbox", ctx: "Context") -> Response:
    with sb.lock:
        shipment = _shipment(sb, ctx.params["shipmentId"])
        ref = ctx.params["packageClientReferenceId"]
        if ref not in shipment["packages"]:
            raise invalid_input(f"packageClientReferenceId {ref} is not part of shipment {shipment['shipment_id']}.")
        if shipment["cancelled"]:
            raise invalid_input(f"Shipment {shipment['shipment_id']} was cancelled; its label is void.")
        fmt = ctx.params.get("format", "ZPL")
        if fmt not in ("ZPL", "PDF", "PNG"):
            raise invalid_input(f"format {fmt} is not supported; use ZPL, PDF or PNG.")
        dpi = ctx.params.get("dpi", 203)
        if dpi not in labels.SUPPORTED_DPIS:
            raise invalid_input(f"dpi {dpi:g} is not supported; use one of {list(labels.SUPPORTED_DPIS)}.")
        document = _label(sb, shipment, ref, fmt, int(dpi))
        return Response(200, {"payload": {"shipmentId": shipment["shipment_id"], "packageDocumentDetail": {
            "packageClientReferenceId": ref, "packageDocuments": [document],
            "trackingId": shipment["packages"][ref]["tracking"]}}})


def cancel_shipment(sb: "Sandbox", ctx: "Context") -> Response:
    with sb.lock:
        shipment = _shipment(sb, ctx.params["shipmentId"])
        if shipment["cancelled"]:
            raise invalid_input(f"Shipment {shipment['shipment_id']} is already cancelled.")
        if ctx.now - shipment["purchased"] > timedelta(seconds=sb.void_window):
            hours = sb.void_window / 3600
            raise invalid_input(f"Shipment {shipment['shipment_id']} can no longer be cancelled: labels can be "
                                f"voided within {hours:g} hours of purchase.")
        shipment["cancelled"] = True
        order = sb.orders.get(shipment["order_id"]) if shipment["order_id"] else None
        if order is not None:
            order.packages = [p for p in order.packages if p.package_reference_id not in shipment["package_refs"]]
            recompute_status(order)
            order.last_updated = ctx.now
            ctx.effect.append(f"order {order.order_id} {order.status}")
        ctx.effect.append(f"shipment {shipment['shipment_id']} cancelled")
    return Response(200, {"payload": {}})
