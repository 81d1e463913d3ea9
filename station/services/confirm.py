"""Shipment confirmation, the durable way: an outbox row written in the caller's transaction.

    with store.session() as db:                      # the packer's confirm
        ...mark the package packed...
        enqueue_confirmation(db, order_id, 1, "UPS", "1Z...", ship_date, [("123", 2)], station, operator)
    # committed together or not at all; station.amazon.outbox.OutboxWorker sends it.

The body is Orders v0 confirmShipment's ``ConfirmShipmentRequest`` (ordersV0.json).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from station.store.models import OrderRow, OutboxRow

KIND = "confirm_shipment"


class ConfirmationError(ValueError):
    """The confirmation cannot be queued as asked; the message says why."""


def dedupe_key(order_id: str, package_reference_id: int | str) -> str:
    return f"confirm:{order_id}:{package_reference_id}"


def confirmation_body(order_id: str, package_reference_id: int | str, marketplace_id: str, *,
                      carrier_code: str | None, carrier_name: str | None, tracking_number: str,
                      ship_date: datetime, items: Iterable[tuple[str, int]],
                      shipping_method: str | None = None) -> dict[str, Any]:
    ref = str(package_reference_id)
    if not ref.isdigit() or int(ref) < 1:
        raise ConfirmationError(f"package reference {ref!r} must be a positive number")
    if not (carrier_code or carrier_name):
        raise ConfirmationError("a carrier code or a carrier name is needed")
    if not tracking_number or not tracking_number.strip():
        raise ConfirmationError("a tracking number is needed")
    if ship_date.tzinfo is None:
        raise ConfirmationError("ship date must carry a time zone")
    order_items = [{"orderItemId": str(item_id), "quantity": int(qty)} for item_id, qty in items if int(qty) > 0]
    if not order_items:
        raise ConfirmationError(f"package {ref} of order {order_id} holds no items")
    detail: dict[str, Any] = {
        "packageReferenceId": ref,
        # Amazon's list of carrier codes has "Other", which then needs carrierName.
        "carrierCode": carrier_code if carrier_code and not carrier_name else "Other",
        "trackingNumber": tracking_number.strip(),
        "shipDate": ship_date.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "orderItems": order_items,
    }
    if carrier_name:
        detail["carrierName"] = carrier_name
    if shipping_method:
        detail["shippingMethod"] = shipping_method
    return {"marketplaceId": marketplace_id, "packageDetail": detail}


def enqueue_confirmation(db: Session, order_id: str, package_reference_id: int | str,
                         carrier_code: str | None = None, tracking_number: str = "",
                         ship_date: datetime | None = None, items: Iterable[tuple[str, int]] = (),
                         station: str | None = None, operator: str | None = None, *,
                         carrier_name: str | None = None, shipping_method: str | None = None,
                         marketplace_id: str | None = None, not_before: datetime | None = None) -> OutboxRow:
    """Add the confirmation of one package to the outbox, in ``db``'s (the caller's) transaction.

    Give ``carrier_code`` (Amazon's code, e.g. ``UPS``) or ``carrier_name`` (sent with code ``Other``).
    ``not_before``: when the worker may send it (default now; tests on a simulated clock pass its time).
    Queuing the same package again returns the existing row when nothing changed; while it has not
    been sent, a corrected tracking number or carrier replaces the queued one; once sent it is refused.
    """
    if marketplace_id is None:
        marketplace_id = db.scalar(select(OrderRow.marketplace_id).where(OrderRow.order_id == order_id))
        if marketplace_id is None:
            raise ConfirmationError(f"order {order_id} is not in the local queue")
    body = confirmation_body(order_id, package_reference_id, marketplace_id, carrier_code=carrier_code,
                             carrier_name=carrier_name, tracking_number=tracking_number,
                             ship_date=ship_date or datetime.now(timezone.utc), items=items,
                             shipping_method=shipping_method)
    key = dedupe_key(order_id, body["packageDetail"]["packageReferenceId"])
    row = db.scalar(select(OutboxRow).where(OutboxRow.dedupe_key == key))
    if row is not None:
        if row.payload == body:
            return row
        if row.status in ("pending", "failed"):  # not on its way yet: the correction replaces it
            row.payload, row.status, row.errors, row.last_error = body, "pending", None, None
            row.next_attempt_at = not_before or datetime.now(timezone.utc)
            row.station, row.operator = station or row.station, operator or row.operator
            return row
        raise ConfirmationError(f"package {package_reference_id} of order {order_id} is already being confirmed "
                                f"({row.status}); it cannot be changed here")
    row = OutboxRow(kind=KIND, dedupe_key=key, order_id=order_id, payload=body, status="pending",
                    attempts=0, next_attempt_at=not_before or datetime.now(timezone.utc), station=station,
                    operator=operator)
    db.add(row)
    db.flush()  # the unique dedupe_key is checked now, inside the caller's transaction
    return row
