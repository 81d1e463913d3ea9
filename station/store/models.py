"""Tables. Changes go through Alembic revisions in migrations/versions, never create_all()."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import (JSON, BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, Numeric, String, Text,
                        UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes on both engines (SQLite would hand back naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use timezone-aware UTC")
        return value.astimezone(timezone.utc) if value is not None else None

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc) if value is not None else None


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime()}


class ProductRow(Base):
    __tablename__ = "products"

    sku: Mapped[str] = mapped_column(String(200), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    asin: Mapped[str | None] = mapped_column(String(20), index=True)
    fnsku: Mapped[str | None] = mapped_column(String(20), index=True)
    bin: Mapped[str | None] = mapped_column(String(60))
    weight_g: Mapped[int | None] = mapped_column(Integer)
    length_mm: Mapped[int | None] = mapped_column(Integer)
    width_mm: Mapped[int | None] = mapped_column(Integer)
    height_mm: Mapped[int | None] = mapped_column(Integer)
    image: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    barcodes: Mapped[list["ProductBarcodeRow"]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="ProductBarcodeRow.id")


class ProductBarcodeRow(Base):
    """One code of a product and its match key (gtin:<GTIN-14> or text:<casefolded>)."""

    __tablename__ = "product_barcodes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(ForeignKey("products.sku", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(200))
    match_key: Mapped[str] = mapped_column(String(220), index=True)

    product: Mapped[ProductRow] = relationship(back_populates="barcodes")


class OrderRow(Base):
    __tablename__ = "orders"

    order_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    marketplace_id: Mapped[str] = mapped_column(String(20))
    amazon_status: Mapped[str] = mapped_column(String(20), index=True)
    pack_status: Mapped[str] = mapped_column(String(20), default="new", index=True)
    fulfilled_by: Mapped[str] = mapped_column(String(10), default="MERCHANT")
    purchase_date: Mapped[datetime | None]
    last_updated: Mapped[datetime | None]  # Amazon's lastUpdatedTime
    ship_by: Mapped[datetime | None] = mapped_column(index=True)
    deliver_by: Mapped[datetime | None]
    is_prime: Mapped[bool] = mapped_column(Boolean, default=False)
    is_gift: Mapped[bool] = mapped_column(Boolean, default=False)
    is_business: Mapped[bool] = mapped_column(Boolean, default=False)
    is_replacement: Mapped[bool] = mapped_column(Boolean, default=False)
    replaced_order_id: Mapped[str | None] = mapped_column(String(40))
    purchase_order_number: Mapped[str | None] = mapped_column(String(100))
    ship_service_level: Mapped[str | None] = mapped_column(String(60))
    order_total: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    # who touched it last, for several stations sharing one database
    station: Mapped[str | None] = mapped_column(String(100))
    operator: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    lines: Mapped[list["OrderLineRow"]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLineRow.position")
    buyer: Mapped["BuyerInfoRow | None"] = relationship(cascade="all, delete-orphan", uselist=False)
    packages: Mapped[list["PackageRow"]] = relationship(
        cascade="all, delete-orphan", order_by="PackageRow.package_reference_id")


class OrderLineRow(Base):
    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "order_item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.order_id", ondelete="CASCADE"), index=True)
    order_item_id: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)
    sku: Mapped[str] = mapped_column(String(200), index=True)
    asin: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[int] = mapped_column(Integer)
    quantity_shipped: Mapped[int] = mapped_column(Integer, default=0)
    condition: Mapped[str] = mapped_column(String(40), default="New")
    condition_note: Mapped[str | None] = mapped_column(Text)
    unit_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    gift_wrap: Mapped[bool] = mapped_column(Boolean, default=False)

    order: Mapped[OrderRow] = relationship(back_populates="lines")


class BuyerInfoRow(Base):
    """Restricted data, one row per order, apart from the order so it can be encrypted and purged."""

    __tablename__ = "buyer_info"

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.order_id", ondelete="CASCADE"), primary_key=True)
    buyer_name: Mapped[str | None] = mapped_column(Text)
    ship_name: Mapped[str | None] = mapped_column(Text)
    ship_company: Mapped[str | None] = mapped_column(Text)
    address_line1: Mapped[str | None] = mapped_column(Text)
    address_line2: Mapped[str | None] = mapped_column(Text)
    address_line3: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    state_or_region: Mapped[str | None] = mapped_column(Text)
    postal_code: Mapped[str | None] = mapped_column(Text)
    country_code: Mapped[str | None] = mapped_column(String(2))
    phone: Mapped[str | None] = mapped_column(Text)
    gift_message: Mapped[str | None] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    purge_after: Mapped[datetime | None] = mapped_column(index=True)


class ScanRow(Base):
    """Every scan at the bench, accepted or refused, in order. The pack session is a fold over these."""

    __tablename__ = "scans"
    __table_args__ = (Index("ix_scans_order_seq", "order_id", "id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    order_id: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(600))
    outcome: Mapped[str] = mapped_column(String(20))
    problem: Mapped[str | None] = mapped_column(String(30))
    command: Mapped[str | None] = mapped_column(String(30))
    message: Mapped[str] = mapped_column(Text, default="")
    order_item_id: Mapped[str | None] = mapped_column(String(40))
    sku: Mapped[str | None] = mapped_column(String(200))
    package_no: Mapped[int] = mapped_column(Integer, default=1)
    station: Mapped[str | None] = mapped_column(String(100))
    operator: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PackageRow(Base):
    __tablename__ = "packages"
    __table_args__ = (UniqueConstraint("order_id", "package_reference_id"),
                      # two stations can never give one tracking number to two live packages
                      Index("uq_packages_live_tracking", "tracking_number", unique=True,
                            postgresql_where=text("status <> 'voided'"), sqlite_where=text("status <> 'voided'")))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.order_id", ondelete="CASCADE"), index=True)
    package_reference_id: Mapped[int] = mapped_column(Integer)
    items: Mapped[dict] = mapped_column(JSON, default=dict)  # order_item_id -> units
    status: Mapped[str] = mapped_column(String(20), default="open")
    weight_g: Mapped[int | None] = mapped_column(Integer)
    carrier: Mapped[str | None] = mapped_column(String(60))
    carrier_name: Mapped[str | None] = mapped_column(String(100))
    shipping_service: Mapped[str | None] = mapped_column(String(100))
    tracking_number: Mapped[str | None] = mapped_column(String(60), index=True)
    ship_date: Mapped[datetime | None]
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    station: Mapped[str | None] = mapped_column(String(100))
    operator: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboxRow(Base):
    """An upload to Amazon, written in the same transaction as the action that asks for it."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    dedupe_key: Mapped[str] = mapped_column(String(120), unique=True)  # one upload per package, ever
    order_id: Mapped[str] = mapped_column(String(40), index=True)
    payload: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    station: Mapped[str | None] = mapped_column(String(100))
    operator: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    # revision 0030 (issue 4): who holds the send lease (host:pid:thread), Amazon's error list when failed
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    errors: Mapped[list | None] = mapped_column(JSON)


class SyncStateRow(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)



# -- several stations, operators, audit (issue 7; revision 0007) -------------------------------------
class OperatorRow(Base):
    """A person at the bench. PINs are scrypt hashes, badges SHA-256 digests (station.security)."""

    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="packer")
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    badge_digest: Mapped[str | None] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_pins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class OrderClaimRow(Base):
    """Which station packs an order now. One row per claimed order; the primary key makes it exclusive."""

    __tablename__ = "order_claims"

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.order_id", ondelete="CASCADE"), primary_key=True)
    station: Mapped[str] = mapped_column(String(100), index=True)
    operator: Mapped[str | None] = mapped_column(String(100))
    claimed_at: Mapped[datetime] = mapped_column(default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class LeaseRow(Base):
    """A leader lease (``sync``/``outbox``): who holds it until when; ``token`` grows on every change of holder."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    token: Mapped[int] = mapped_column(BigInteger, default=1)
    acquired_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class AuditRow(Base):
    """Append-only (database triggers refuse UPDATE and DELETE). Details are redacted JSON."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    station: Mapped[str] = mapped_column(String(100))
    operator: Mapped[str | None] = mapped_column(String(100))
    approver: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40), index=True)
    order_id: Mapped[str | None] = mapped_column(String(40), index=True)
    details: Mapped[str] = mapped_column(Text, default="")


# -- print queue (issue 5; revision 0008) ------------------------------------------------------------
from station.store.sealed import SealedBytes  # noqa: E402 - issue 7: documents encrypted at rest


class PrintJobRow(Base):
    """One label or slip to print. Recorded before it is sent; its payload is kept for reprints."""

    __tablename__ = "print_jobs"
    __table_args__ = (Index("ix_print_jobs_pending", "station", "status", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    role: Mapped[str] = mapped_column(String(10))  # label | slip
    printer_uri: Mapped[str] = mapped_column(String(300), default="")  # "" = the role's printer when sent
    kind: Mapped[str] = mapped_column(String(40))  # shipping_label, packing_slip, test_label ...
    order_id: Mapped[str | None] = mapped_column(String(40), index=True)
    content_type: Mapped[str] = mapped_column(String(60))
    payload: Mapped[bytes] = mapped_column(SealedBytes)  # encrypted at rest: slips carry the address
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued|sending|printed|failed|waiting
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    reprint_of: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    printed_at: Mapped[datetime | None]
    station: Mapped[str | None] = mapped_column(String(100))
    operator: Mapped[str | None] = mapped_column(String(100))
