"""Buy Shipping label purchases, recorded before and after the call to Amazon (issue 8).

A row is written as ``requested`` (with its idempotency key) and committed before
purchaseShipment is sent, and moved to ``purchased`` (shipment id, tracking, the label
itself) or ``failed`` right after. A row still ``requested`` after a crash or a timeout
is resolved by asking Amazon what it holds (services/ship.py), never by buying again.
"""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import JSON, Integer, LargeBinary, Numeric, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from station.store.models import Base, utcnow


class PurchaseState(str, enum.Enum):
    REQUESTED = "requested"  # about to be sent / sent, answer not yet recorded
    PURCHASED = "purchased"  # Amazon sold the label; shipment id, tracking and label stored
    FAILED = "failed"  # Amazon refused, or asking Amazon showed it was never bought
    VOIDED = "voided"  # cancelShipment accepted


class LabelPurchaseRow(Base):
    __tablename__ = "label_purchases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(String(40), index=True)
    package_no: Mapped[int] = mapped_column(Integer, default=1)  # the bench's box number
    package_reference_id: Mapped[int] = mapped_column(Integer)  # our packageClientReferenceId
    idempotency_key: Mapped[str] = mapped_column(String(64), index=True)  # one per purchase call (its packages share it)
    state: Mapped[str] = mapped_column(String(20), default=PurchaseState.REQUESTED.value, index=True)
    request_token: Mapped[str | None] = mapped_column(String(200))
    rate_id: Mapped[str | None] = mapped_column(String(200))
    carrier_id: Mapped[str | None] = mapped_column(String(60))
    carrier_name: Mapped[str | None] = mapped_column(String(100))
    service_id: Mapped[str | None] = mapped_column(String(100))
    service_name: Mapped[str | None] = mapped_column(String(200))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    items: Mapped[dict] = mapped_column(JSON, default=dict)  # order_item_id -> units
    weight_g: Mapped[int | None] = mapped_column(Integer)
    box_code: Mapped[str | None] = mapped_column(String(60))
    ship_date: Mapped[datetime | None]
    shipment_id: Mapped[str | None] = mapped_column(String(100), index=True)
    tracking_number: Mapped[str | None] = mapped_column(String(60), index=True)
    label_format: Mapped[str | None] = mapped_column(String(10))  # zpl203, zpl300, pdf, png
    label: Mapped[bytes | None] = mapped_column(LargeBinary)
    label_job_id: Mapped[int | None] = mapped_column(Integer)  # the print job; None: not queued yet
    error: Mapped[str | None] = mapped_column(Text)
    station: Mapped[str | None] = mapped_column(String(100))
    operator: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    purchased_at: Mapped[datetime | None]
    voided_at: Mapped[datetime | None]


class LabelPurchases:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: LabelPurchaseRow) -> LabelPurchaseRow:
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, purchase_id: int) -> LabelPurchaseRow | None:
        return self.session.get(LabelPurchaseRow, purchase_id)

    def for_order(self, order_id: str, states: tuple[PurchaseState, ...] | None = None) -> list[LabelPurchaseRow]:
        query = select(LabelPurchaseRow).where(LabelPurchaseRow.order_id == order_id)
        if states:
            query = query.where(LabelPurchaseRow.state.in_([s.value for s in states]))
        return list(self.session.scalars(query.order_by(LabelPurchaseRow.id)))

    def unresolved(self) -> list[LabelPurchaseRow]:
        return list(self.session.scalars(select(LabelPurchaseRow)
                                         .where(LabelPurchaseRow.state == PurchaseState.REQUESTED.value)
                                         .order_by(LabelPurchaseRow.id)))

    def history(self, limit: int = 200) -> list[LabelPurchaseRow]:
        return list(self.session.scalars(select(LabelPurchaseRow).order_by(LabelPurchaseRow.id.desc()).limit(limit)))

    def by_tracking(self, tracking_number: str) -> list[LabelPurchaseRow]:
        return list(self.session.scalars(select(LabelPurchaseRow)
                                         .where(LabelPurchaseRow.tracking_number == tracking_number)))
