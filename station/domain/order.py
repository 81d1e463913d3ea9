"""Orders, lines, products and packages as the bench sees them (no Qt, no SQL)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")


class AmazonStatus(str, enum.Enum):
    """Amazon's order status, spelled as DESIGN.md 3.5 and Orders v0 spell it."""

    PENDING = "Pending"
    UNSHIPPED = "Unshipped"
    PARTIALLY_SHIPPED = "PartiallyShipped"
    SHIPPED = "Shipped"
    CANCELED = "Canceled"

    @classmethod
    def from_fulfillment_status(cls, status: str) -> "AmazonStatus":
        """Map Orders 2026-01-01 ``fulfillmentStatus`` (UNSHIPPED, ...) to ours."""
        return {
            "PENDING": cls.PENDING,
            "PENDING_AVAILABILITY": cls.PENDING,
            "UNSHIPPED": cls.UNSHIPPED,
            "PARTIALLY_SHIPPED": cls.PARTIALLY_SHIPPED,
            "SHIPPED": cls.SHIPPED,
            "CANCELLED": cls.CANCELED,
            "UNFULFILLABLE": cls.CANCELED,
        }[status]


class PackStatus(str, enum.Enum):
    NEW = "new"
    PACKING = "packing"
    PACKED = "packed"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str


@dataclass
class Product:
    sku: str
    title: str = ""
    barcodes: list[str] = field(default_factory=list)
    asin: str | None = None
    fnsku: str | None = None
    bin: str | None = None
    weight_g: int | None = None
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None
    image: str | None = None


@dataclass
class OrderLine:
    order_item_id: str
    sku: str
    quantity: int
    title: str = ""
    asin: str | None = None
    condition: str = "New"
    condition_note: str | None = None
    unit_price: Money | None = None
    scanned: int = 0
    quantity_shipped: int = 0
    barcodes: list[str] = field(default_factory=list)  # the product's, for display and JSON
    bin: str | None = None
    image: str | None = None
    weight_g: int | None = None

    @property
    def remaining(self) -> int:
        return max(self.quantity - self.quantity_shipped - self.scanned, 0)

    @property
    def to_pack(self) -> int:
        """Units this shipment must hold (what was not shipped before)."""
        return self.quantity - self.quantity_shipped

    @property
    def excess(self) -> int:
        """Units packed beyond what the order now asks for (Amazon lowered or dropped the line)."""
        return max(self.scanned - max(self.to_pack, 0), 0)


@dataclass
class Address:
    name: str = ""
    company: str | None = None
    line1: str = ""
    line2: str | None = None
    line3: str | None = None
    city: str = ""
    state_or_region: str | None = None
    postal_code: str = ""
    country_code: str = ""
    phone: str | None = None

    def lines(self) -> list[str]:
        """The address as printed on a slip (no phone: it is not the packer's business)."""
        city_line = " ".join(p for p in (self.city + ("," if self.state_or_region else ""),
                                         self.state_or_region or "", self.postal_code) if p)
        parts = [self.name, self.company, self.line1, self.line2, self.line3, city_line, self.country_code]
        return [p for p in parts if p]


@dataclass
class BuyerInfo:
    """Restricted data (Amazon's Data Protection Policy): kept apart, encrypted, purged."""

    buyer_name: str | None = None
    ship_to: Address | None = None
    gift_message: str | None = None


@dataclass
class Package:
    package_reference_id: int
    items: dict[str, int] = field(default_factory=dict)  # order_item_id -> units
    carrier: str | None = None
    tracking_number: str | None = None
    confirmed: bool = False
    weight_g: int | None = None


@dataclass
class Order:
    order_id: str
    status: AmazonStatus
    lines: list[OrderLine]
    marketplace_id: str = "ATVPDKIKX0DER"
    pack_status: PackStatus = PackStatus.NEW
    purchase_date: datetime | None = None
    ship_by: datetime | None = None
    deliver_by: datetime | None = None
    is_prime: bool = False
    is_gift: bool = False
    is_business: bool = False
    is_replacement: bool = False
    replaced_order_id: str | None = None
    purchase_order_number: str | None = None
    ship_service_level: str | None = None
    buyer: BuyerInfo | None = None
    packages: list[Package] = field(default_factory=list)

    @property
    def units(self) -> int:
        return sum(line.to_pack for line in self.lines)

    @property
    def scanned_units(self) -> int:
        return sum(line.scanned for line in self.lines)

    @property
    def is_complete(self) -> bool:
        return all(line.remaining == 0 for line in self.lines)

    @property
    def can_pack(self) -> bool:
        return self.status in (AmazonStatus.UNSHIPPED, AmazonStatus.PARTIALLY_SHIPPED)

    def line(self, order_item_id: str) -> OrderLine:
        return next(line for line in self.lines if line.order_item_id == order_item_id)


class Urgency(str, enum.Enum):
    LATE = "late"
    DUE_TODAY = "due_today"
    LATER = "later"


def urgency(ship_by: datetime | None, now: datetime, local_tz=None) -> Urgency:
    """Late when ship-by has passed; due today when it falls on today's local date."""
    if ship_by is None:
        return Urgency.LATER
    if ship_by.tzinfo is None:
        ship_by = ship_by.replace(tzinfo=timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    if ship_by <= now:
        return Urgency.LATE
    if ship_by.astimezone(local_tz).date() == now.astimezone(local_tz).date():
        return Urgency.DUE_TODAY
    return Urgency.LATER
