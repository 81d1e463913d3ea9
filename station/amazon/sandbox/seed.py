"""Deterministic demo data: a product catalogue, orders that look real, and a timeline.

The same seed (and the same ``now``) always gives the same products, orders (ids,
lines, dates) and timeline events. ``station --demo`` imports the catalogue from
here and the sandbox serves the orders, so both always agree.

    catalog = generate_catalog(seed=7)
    orders = generate_orders(seed=7, n=40, now=datetime.now(timezone.utc), catalog=catalog)
    events = generate_timeline(seed=7, orders=orders, start=now)
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

from station.amazon.sandbox import seeddata as data
from station.amazon.sandbox.checkdigits import gtin_check_digit, tracking_number

# Status values are Amazon's FulfillmentStatus (Orders API 2026-01-01).
PENDING, UNSHIPPED, PARTIALLY_SHIPPED, SHIPPED, CANCELLED = (
    "PENDING", "UNSHIPPED", "PARTIALLY_SHIPPED", "SHIPPED", "CANCELLED")


@dataclass
class Product:
    sku: str
    asin: str
    fnsku: str
    title: str
    barcodes: list[str]
    bin: str
    weight_g: int
    length_mm: int
    width_mm: int
    height_mm: int
    price_usd: Decimal

    def catalog_entry(self) -> dict:
        """The shape of ``GET /_sandbox/catalog`` (DESIGN 3.3)."""
        return {"sku": self.sku, "asin": self.asin, "title": self.title, "barcodes": list(self.barcodes),
                "bin": self.bin, "weight_g": self.weight_g}


@dataclass
class OrderLine:
    order_item_id: str
    sku: str
    asin: str
    title: str
    quantity: int
    unit_price: Decimal
    gift_message: str | None = None
    gift_wrap_level: str | None = None
    shipped: int = 0  # units already in confirmed packages


@dataclass
class Package:
    package_reference_id: str
    carrier: str
    tracking_number: str
    ship_time: datetime
    created: datetime
    items: list[tuple[str, int]]  # (order_item_id, quantity)
    shipping_service: str | None = None
    status: str = "SHIPPED"  # PackageStatus.status
    detailed_status: str | None = None


@dataclass
class Order:
    order_id: str
    marketplace_id: str
    created: datetime
    last_updated: datetime
    status: str
    fulfilled_by: str  # MERCHANT or AMAZON
    programs: list[str]
    service_level: str
    ship_by: tuple[datetime, datetime]
    deliver_by: tuple[datetime, datetime]
    buyer_name: str
    buyer_email: str
    address: dict[str, object]  # CustomerAddress fields
    lines: list[OrderLine]
    buyer_company: str | None = None
    purchase_order_number: str | None = None
    associated_orders: list[tuple[str, str]] = field(default_factory=list)  # (orderId, associationType)
    packages: list[Package] = field(default_factory=list)
    cancellation: tuple[str, str] | None = None  # (requester, reason)

    @property
    def country(self) -> str:
        return data.MARKETPLACES[self.marketplace_id][0]

    @property
    def currency(self) -> str:
        return data.MARKETPLACES[self.marketplace_id][1]

    @property
    def is_prime(self) -> bool:
        return "PRIME" in self.programs

    @property
    def is_business(self) -> bool:
        return "AMAZON_BUSINESS" in self.programs

    @property
    def is_gift(self) -> bool:
        return any(line.gift_message for line in self.lines)


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    order_id: str
    kind: str  # "paid" (PENDING -> UNSHIPPED) or "cancelled" (buyer cancels an unshipped order)


# -- identifiers and check digits ------------------------------------------------

def is_valid_gtin(code: str) -> bool:
    return code.isdigit() and len(code) in (8, 12, 13, 14) and gtin_check_digit(code[:-1]) == code[-1]


def _rng(seed: int | str, purpose: str) -> random.Random:
    # String seeds are hashed with SHA-512 by random.Random: stable across runs and versions.
    return random.Random(f"station-sandbox:{purpose}:{seed}")


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _money(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# -- catalogue -------------------------------------------------------------------

def generate_catalog(seed: int | str = 1) -> list[Product]:
    """About 40 products with valid UPC-A/EAN-13 barcodes, bins, weights and sizes."""
    rng = _rng(seed, "catalog")
    stems = [(s, t, p, w, d, False) for s, t, p, w, d in data.PRODUCTS]
    stems += [(s, t, p, w, d, True) for s, t, p, w, d in data.LONG_TITLES]
    products: list[Product] = []
    seen_codes: set[str] = set()
    for index, (stem, title, price, weight, dims, long_title) in enumerate(stems):
        variants = [None]
        if not long_title and rng.random() < 0.25:  # some products come in colours
            variants = rng.sample(data.COLOURS, 2)
        for colour in variants:
            sku = stem if colour is None else f"{stem}-{colour.replace(' ', '')[:3].upper()}"
            full_title = title if colour is None else f"{title}, {colour}"
            barcodes = _barcodes(rng, index, seen_codes)
            products.append(Product(
                sku=sku, asin="B0" + _alnum(rng, 8), fnsku="X00" + _alnum(rng, 7), title=full_title,
                barcodes=barcodes, bin=f"{rng.choice('ABCD')}-{rng.randint(1, 12):02d}-{rng.randint(1, 5)}",
                weight_g=weight, length_mm=dims[0], width_mm=dims[1], height_mm=dims[2], price_usd=_money(price),
            ))
    return products


def _barcodes(rng: random.Random, index: int, seen: set[str]) -> list[str]:
    # Mostly UPC-A; some EAN-13 (imported goods); some both; one in 14 has no barcode
    # at all (the packer must use CMD:SKIP with a supervisor).
    kind = index % 14
    if kind == 13:
        return []
    codes = []
    wants = ["upc"] if kind < 8 else ["ean"] if kind < 11 else ["upc", "ean"]
    for want in wants:
        while True:
            body = ("0" + _digits(rng, 10)) if want == "upc" else (rng.choice(["40", "50", "76", "84"]) + _digits(rng, 10))
            code = body + gtin_check_digit(body)
            if code not in seen:
                seen.add(code)
                codes.append(code)
                break
    return codes


# -- orders ----------------------------------------------------------------------

def generate_orders(seed: int | str = 1, n: int = 40, now: datetime | None = None,
                    catalog: list[Product] | None = None) -> list[Order]:
    """``n`` orders created within the 3 days before ``now``: ~80% Unshipped FBM, 10% Pending,
    5% Shipped FBM, 5% FBA. Mostly US, some CA and MX."""
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    catalog = catalog if catalog is not None else generate_catalog(seed)
    rng = _rng(seed, "orders")
    kinds = _status_plan(rng, n)
    used_ids: set[str] = set()
    orders = [_make_order(rng, kind, now, catalog, used_ids) for kind in kinds]
    if n >= 8:
        _guarantee_variety(rng, orders, catalog, now)
    orders.sort(key=lambda o: o.created)
    return orders


def _status_plan(rng: random.Random, n: int) -> list[str]:
    pending, shipped, fba = round(n * 0.10), round(n * 0.05), round(n * 0.05)
    kinds = ["pending"] * pending + ["shipped"] * shipped + ["fba"] * fba
    kinds += ["unshipped"] * (n - len(kinds))
    rng.shuffle(kinds)
    return kinds


def _order_id(rng: random.Random, marketplace: str, used: set[str]) -> str:
    while True:
        oid = f"{rng.choice(data.MARKETPLACES[marketplace][4])}-{_digits(rng, 7)}-{_digits(rng, 7)}"
        if oid not in used:
            used.add(oid)
            return oid


def _make_order(rng: random.Random, kind: str, now: datetime, catalog: list[Product], used: set[str]) -> Order:
    marketplace = rng.choices([data.US, data.CA, data.MX], weights=[78, 12, 10])[0]
    created = now - timedelta(seconds=rng.randint(15 * 60, 72 * 3600))
    if kind == "pending":  # payment checks rarely take long
        created = now - timedelta(seconds=rng.randint(10 * 60, 6 * 3600))
    programs = ["PRIME"] if rng.random() < 0.4 else []
    service = "STANDARD" if not programs else rng.choice(["SECOND_DAY", "NEXT_DAY", "STANDARD"])
    if not programs:
        service = rng.choice(data.SERVICE_LEVELS)
    business = rng.random() < 0.1
    if business:
        programs.append("AMAZON_BUSINESS")
    ship_by = _ship_by(rng, created, now, kind)
    transit = {"NEXT_DAY": 1, "SECOND_DAY": 2, "EXPEDITED": 3}.get(service, 5)
    deliver_by = (ship_by[1] + timedelta(days=1), ship_by[1] + timedelta(days=transit + 1))
    first = rng.choice(data.FIRST_NAMES[data.MARKETPLACES[marketplace][0]])
    last = rng.choice(data.LAST_NAMES[data.MARKETPLACES[marketplace][0]])
    order = Order(
        order_id=_order_id(rng, marketplace, used), marketplace_id=marketplace, created=created,
        last_updated=created + timedelta(seconds=rng.randint(30, 600)),
        status={"pending": PENDING, "shipped": SHIPPED}.get(kind, UNSHIPPED),
        fulfilled_by="AMAZON" if kind == "fba" else "MERCHANT", programs=programs, service_level=service,
        ship_by=ship_by, deliver_by=deliver_by, buyer_name=f"{first} {last}",
        buyer_email=f"{_alnum(rng, 16).lower()}@marketplace.amazon.{'com' if marketplace == data.US else 'ca' if marketplace == data.CA else 'com.mx'}",
        address=_address(rng, marketplace, f"{first} {last}"), lines=[],
    )
    if kind == "fba":
        order.status = rng.choice([SHIPPED, SHIPPED, UNSHIPPED])
    if business:
        order.buyer_company = rng.choice(data.COMPANIES)
        order.address["companyName"] = order.buyer_company
        order.address["addressType"] = "COMMERCIAL"
        order.purchase_order_number = rng.choice(["PO-", "4500", "REQ-"]) + _digits(rng, 6)
    order.lines = _lines(rng, order, catalog, gift=rng.random() < 0.1)
    if rng.random() < 0.03:
        _make_replacement(rng, order, used)
    if order.status == SHIPPED and order.fulfilled_by == "MERCHANT":
        _ship_everything(rng, order, now)
    order.last_updated = min(order.last_updated, now - timedelta(minutes=3))
    return order


def _ship_by(rng: random.Random, created: datetime, now: datetime, kind: str) -> tuple[datetime, datetime]:
    roll = rng.random()
    if kind == "unshipped" and roll < 0.12:  # already late
        latest = max(created + timedelta(hours=2), now - timedelta(minutes=rng.randint(20, 20 * 60)))
    elif roll < 0.45:  # due today (UTC day), and always some time left
        end_of_day = now.replace(hour=23, minute=59, second=59)
        left = max(int((end_of_day - now).total_seconds()), 3600)
        latest = now + timedelta(seconds=rng.randint(min(1800, left // 2), left))
    else:
        latest = (now + timedelta(days=rng.randint(1, 3))).replace(hour=6, minute=59, second=59)
    latest = max(latest, created + timedelta(hours=1))
    return created, latest.replace(microsecond=0)


def _address(rng: random.Random, marketplace: str, name: str) -> dict[str, object]:
    country = data.MARKETPLACES[marketplace][0]
    lines, city, state, postal, district = rng.choice(data.PLACES[country])
    phone_area = rng.choice(data.AREA_CODES[country])
    address: dict[str, object] = {
        "name": name, "addressLine1": rng.choice(lines), "city": city, "stateOrRegion": state,
        "postalCode": postal, "countryCode": country, "addressType": "RESIDENTIAL",
        "phone": data.PHONE_FORMATS[country].format(a=phone_area, b=_digits(rng, 4)),
    }
    if country == "US":
        address["districtOrCounty"] = district
        if rng.random() < 0.3:
            address["addressLine2"] = rng.choice(["Apt 4B", "Unit 1203", "Suite 200", "Floor 3"])
    elif country == "CA":
        if rng.random() < 0.4:
            address["addressLine2"] = rng.choice(["App. 12", "Bureau 300", "Unit 7"])
    else:
        address["municipality"] = city
        address["districtOrCounty"] = district
        street = str(address["addressLine1"])
        number = street.split(" ")[-1] if street.split(" ")[-1][:1].isdigit() else "S/N"
        address["extendedFields"] = {"streetName": street, "streetNumber": number, "neighborhood": district}
        address["addressLine2"] = f"Col. {district}"
    return address


def _lines(rng: random.Random, order: Order, catalog: list[Product], gift: bool) -> list[OrderLine]:
    count = rng.choices([1, 2, 3, 4, 5], weights=[58, 25, 9, 5, 3])[0]
    products = rng.sample(catalog, min(count, len(catalog)))
    factor = data.MARKETPLACES[order.marketplace_id][3]
    message = rng.choice(data.GIFT_MESSAGES) if gift else None
    wrap = rng.choice([None, "Classic", "Premium"]) if gift else None
    lines = []
    for product in products:
        quantity = rng.choices([1, 2, 3, 4, 6, 12], weights=[70, 15, 6, 4, 3, 2])[0]
        price = _money(product.price_usd * Decimal(str(factor)))
        if order.is_business:
            price = _money(price * Decimal("0.92"))
        lines.append(OrderLine(order_item_id=_digits(rng, 14), sku=product.sku, asin=product.asin,
                               title=product.title, quantity=quantity, unit_price=price,
                               gift_message=message, gift_wrap_level=wrap))
    return lines


def _make_replacement(rng: random.Random, order: Order, used: set[str]) -> None:
    original = _order_id(rng, order.marketplace_id, used)
    order.associated_orders = [(original, "REPLACEMENT_ORIGINAL_ID")]
    for line in order.lines:  # a replacement costs the buyer nothing
        line.unit_price = Decimal("0.00")


def _ship_everything(rng: random.Random, order: Order, now: datetime) -> None:
    ship_time = min(order.created + timedelta(hours=rng.randint(2, 20)), now - timedelta(minutes=30))
    carrier, service, tracking = _own_tracking(rng)
    order.packages = [Package(package_reference_id="1", carrier=carrier, tracking_number=tracking,
                              ship_time=ship_time, created=ship_time, shipping_service=service,
                              items=[(line.order_item_id, line.quantity) for line in order.lines],
                              status="IN_TRANSIT", detailed_status="PICKED_UP")]
    for line in order.lines:
        line.shipped = line.quantity
    order.last_updated = ship_time


def _own_tracking(rng: random.Random) -> tuple[str, str, str]:
    if rng.random() < 0.5:
        return "USPS", "USPS Ground Advantage", tracking_number("usps", rng)
    return "UPS", "UPS Ground", tracking_number("ups", rng)


def _guarantee_variety(rng: random.Random, orders: list[Order], catalog: list[Product], now: datetime) -> None:
    """Small demo sets still show every kind of order a packer meets."""
    open_fbm = [o for o in orders if o.status == UNSHIPPED and o.fulfilled_by == "MERCHANT"]
    if len(open_fbm) < 6:
        return
    picks = rng.sample(open_fbm, 6)
    gift, business, multi, canada, mexico, long_title = picks
    if not gift.is_gift:
        message = rng.choice(data.GIFT_MESSAGES)
        for line in gift.lines:
            line.gift_message, line.gift_wrap_level = message, "Classic"
    if not business.is_business:
        business.programs.append("AMAZON_BUSINESS")
        business.buyer_company = rng.choice(data.COMPANIES)
        business.purchase_order_number = "PO-" + _digits(rng, 6)
        business.address["companyName"] = business.buyer_company
        business.address["addressType"] = "COMMERCIAL"
    if len(multi.lines) < 2 or all(line.quantity == 1 for line in multi.lines):
        extra = [p for p in catalog if p.sku not in {line.sku for line in multi.lines}][:2]
        factor = Decimal(str(data.MARKETPLACES[multi.marketplace_id][3]))
        multi.lines += [OrderLine(_digits(rng, 14), p.sku, p.asin, p.title, 2, _money(p.price_usd * factor))
                        for p in extra]
        multi.lines[0].quantity = max(multi.lines[0].quantity, 3)
    for order, marketplace in ((canada, data.CA), (mexico, data.MX)):
        if order.marketplace_id != marketplace:
            _move_marketplace(rng, order, marketplace)
    if not any(len(line.title) > 200 for line in long_title.lines):
        product = next(p for p in catalog if len(p.title) > 200)
        long_title.lines.append(OrderLine(_digits(rng, 14), product.sku, product.asin, product.title, 1,
                                          _money(product.price_usd)))
    if not any(o.associated_orders for o in orders):
        target = next((o for o in open_fbm if o not in picks), None)
        if target is not None:
            _make_replacement(rng, target, {o.order_id for o in orders})


def _move_marketplace(rng: random.Random, order: Order, marketplace: str) -> None:
    country = data.MARKETPLACES[marketplace][0]
    old_factor = Decimal(str(data.MARKETPLACES[order.marketplace_id][3]))
    order.marketplace_id = marketplace
    prefix = rng.choice(data.MARKETPLACES[marketplace][4])
    order.order_id = prefix + order.order_id[3:]
    name = f"{rng.choice(data.FIRST_NAMES[country])} {rng.choice(data.LAST_NAMES[country])}"
    order.buyer_name = name
    order.address = _address(rng, marketplace, name)
    factor = Decimal(str(data.MARKETPLACES[marketplace][3]))
    for line in order.lines:
        line.unit_price = _money(line.unit_price / old_factor * factor)


# -- timeline --------------------------------------------------------------------

def generate_timeline(seed: int | str, orders: list[Order], start: datetime) -> list[TimelineEvent]:
    """A few minutes after ``start``: about half the Pending orders get paid and about 3%
    of the Unshipped FBM orders are cancelled by the buyer. Sorted by time."""
    rng = _rng(seed, "timeline")
    events = []
    pending = [o for o in orders if o.status == PENDING]
    for order in rng.sample(pending, (len(pending) + 1) // 2):
        events.append(TimelineEvent(start + timedelta(seconds=rng.randint(60, 300)), order.order_id, "paid"))
    unshipped = [o for o in orders if o.status == UNSHIPPED and o.fulfilled_by == "MERCHANT"]
    cancel_count = max(1, round(len(unshipped) * 0.03)) if len(unshipped) >= 10 else 0
    for order in rng.sample(unshipped, cancel_count):
        events.append(TimelineEvent(start + timedelta(seconds=rng.randint(120, 480)), order.order_id, "cancelled"))
    events.sort(key=lambda e: (e.at, e.order_id))
    return events
