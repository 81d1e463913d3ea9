"""Shipping decisions: which box, what it weighs, which rate to buy, which day it ships.

Pure Python (no Qt, SQL or HTTP). The services feed it what the scale, the catalogue
and Amazon's getRates answered, and carry out what it decides.

* Boxes: presets with a barcode, inside dimensions and tare. The packer scans the
  box's barcode, or the rule picks the smallest box the order's items fit in.
* Weight: a stable scale reading when there is one, else the products' weights plus
  the box's tare (an estimate, flagged, when a product has no weight).
* Rates: cheapest that meets the delivery promise (deliver-by); Prime orders only
  with Prime-eligible services; carrier preferences break near-ties.
* Ship date: per-carrier cut-off times; after the cut-off, on a weekend or a
  holiday the package ships the next business day.
* packageReferenceId: positive numeric, never reusing one Amazon already holds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import Any

# -- boxes -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoxPreset:
    code: str  # what the packer scans (printed on the shelf / command card), e.g. BOX:M
    name: str
    length_mm: int
    width_mm: int
    height_mm: int
    tare_g: int
    max_weight_g: int | None = None
    barcodes: tuple[str, ...] = ()  # more codes for the same box (a GTIN on the carton ...)

    @property
    def volume_mm3(self) -> int:
        return self.length_mm * self.width_mm * self.height_mm

    @property
    def dims_sorted(self) -> tuple[int, int, int]:
        return tuple(sorted((self.length_mm, self.width_mm, self.height_mm), reverse=True))  # type: ignore[return-value]

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "length_mm": self.length_mm, "width_mm": self.width_mm,
                "height_mm": self.height_mm, "tare_g": self.tare_g, "max_weight_g": self.max_weight_g,
                "barcodes": list(self.barcodes)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "BoxPreset":
        try:
            box = cls(code=str(data["code"]).strip(), name=str(data.get("name") or data["code"]),
                      length_mm=int(data["length_mm"]), width_mm=int(data["width_mm"]),
                      height_mm=int(data["height_mm"]), tare_g=int(data.get("tare_g", 0)),
                      max_weight_g=int(data["max_weight_g"]) if data.get("max_weight_g") else None,
                      barcodes=tuple(str(b) for b in data.get("barcodes", ())))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"box preset {dict(data)!r} is incomplete or wrong: {exc}") from None
        if not box.code or min(box.length_mm, box.width_mm, box.height_mm) <= 0 or box.tare_g < 0:
            raise ValueError(f"box preset {box.code or '?'}: code, positive dimensions and a tare are required")
        return box


# A starting set a seller edits (sizes of common US corrugated shipping boxes and a poly mailer).
DEFAULT_BOXES: tuple[BoxPreset, ...] = (
    BoxPreset("BOX:MAILER", "Poly mailer 10x13 in", 330, 254, 40, 15, 2000),
    BoxPreset("BOX:S", "Small box 8x6x4 in", 203, 152, 102, 120, 9000),
    BoxPreset("BOX:M", "Medium box 12x9x6 in", 305, 229, 152, 280, 18000),
    BoxPreset("BOX:L", "Large box 16x12x10 in", 406, 305, 254, 520, 27000),
    BoxPreset("BOX:XL", "Extra large box 20x16x14 in", 508, 406, 356, 850, 31000),
)

FILL_FACTOR = 1.25  # items never fill a box: dunnage, odd shapes
DEFAULT_UNIT_WEIGHT_G = 450  # a product without a weight counts this much (flagged as an estimate)


def box_for_scan(text: str, boxes: Sequence[BoxPreset]) -> BoxPreset | None:
    """The box a scanned code names (its code or any of its barcodes; case does not matter)."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for box in boxes:
        if wanted == box.code.casefold() or wanted in (b.casefold() for b in box.barcodes):
            return box
    return None


@dataclass(frozen=True)
class ItemSize:
    """One unit to pack: its dimensions (any may be unknown) and weight."""

    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None
    weight_g: int | None = None

    @property
    def known(self) -> bool:
        return bool(self.length_mm and self.width_mm and self.height_mm)


def choose_box(units: Sequence[ItemSize], boxes: Sequence[BoxPreset]) -> BoxPreset:
    """The smallest box that holds every unit (by volume with slack, longest side, weight).

    Units without dimensions count as the average of the known ones (or fill a small box
    each when none are known), so an order with no catalogue sizes still gets a sane box.
    """
    if not boxes:
        raise ValueError("no box presets are set up")
    by_volume = sorted(boxes, key=lambda b: (b.volume_mm3, b.tare_g))
    known = [u for u in units if u.known]
    if known:
        volumes = [u.length_mm * u.width_mm * u.height_mm for u in known]  # type: ignore[operator]
        average = sum(volumes) / len(volumes)
        # the box must take the biggest unit on each of its sides (sorted, so turning it is allowed)
        sides = [sorted((u.length_mm, u.width_mm, u.height_mm), reverse=True) for u in known]  # type: ignore[type-var]
        biggest = tuple(max(s[i] for s in sides) for i in range(3))
    else:
        average, biggest = 150 * 100 * 60, (0, 0, 0)  # a typical small retail item
    volume = (sum(u.length_mm * u.width_mm * u.height_mm for u in known)  # type: ignore[operator]
              + average * (len(units) - len(known))) * FILL_FACTOR
    weight = sum(u.weight_g or DEFAULT_UNIT_WEIGHT_G for u in units)
    for box in by_volume:
        if box.volume_mm3 >= volume and all(b >= i for b, i in zip(box.dims_sorted, biggest)) and (
                box.max_weight_g is None or weight + box.tare_g <= box.max_weight_g):
            return box
    return by_volume[-1]


@dataclass(frozen=True)
class Weight:
    grams: int
    source: str  # "scale" or "catalogue"
    estimated_skus: tuple[str, ...] = ()  # products without a weight (a default was used)

    @property
    def is_estimate(self) -> bool:
        return bool(self.estimated_skus)


def package_weight(units: Iterable[tuple[str, int | None]], box: BoxPreset | None,
                   scale_g: float | None = None) -> Weight:
    """A stable scale reading wins; else the sum of the units' weights plus the box's tare.

    ``units`` yields (sku, weight_g or None) once per unit in the package.
    """
    if scale_g is not None and scale_g > 0:
        return Weight(max(1, round(scale_g)), "scale")
    total, missing = 0, []
    for sku, grams in units:
        if grams and grams > 0:
            total += grams
        else:
            total += DEFAULT_UNIT_WEIGHT_G
            missing.append(sku)
    total += box.tare_g if box else 0
    return Weight(max(1, total), "catalogue", tuple(dict.fromkeys(missing)))


# -- rates -------------------------------------------------------------------------------------


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


PRIME_BENEFITS = {"PRIME", "PRIME_ELIGIBLE", "SFP"}


@dataclass(frozen=True)
class RateOption:
    """One Shipping v2 rate, as much of it as the rules need."""

    rate_id: str
    carrier_id: str
    carrier_name: str
    service_id: str
    service_name: str
    amount: Decimal
    currency: str
    delivery_start: datetime | None = None
    delivery_end: datetime | None = None
    benefits: tuple[str, ...] = ()
    requires_additional_inputs: bool = False
    formats: tuple[str, ...] = ()  # supported document formats (ZPL, PDF, PNG)

    @classmethod
    def from_api(cls, rate: Mapping[str, Any]) -> "RateOption":
        window = (rate.get("promise") or {}).get("deliveryWindow") or {}
        charge = rate.get("totalCharge") or {}
        benefits = (rate.get("benefits") or {}).get("includedBenefits") or []
        formats = tuple(s.get("format", "") for s in rate.get("supportedDocumentSpecifications") or [])
        return cls(rate_id=str(rate["rateId"]), carrier_id=str(rate.get("carrierId", "")),
                   carrier_name=str(rate.get("carrierName", "")), service_id=str(rate.get("serviceId", "")),
                   service_name=str(rate.get("serviceName", "")), amount=Decimal(str(charge.get("value", "0"))),
                   currency=str(charge.get("unit", "")), delivery_start=_parse_time(window.get("start")),
                   delivery_end=_parse_time(window.get("end")), benefits=tuple(str(b) for b in benefits),
                   requires_additional_inputs=bool(rate.get("requiresAdditionalInputs")), formats=formats)

    def label(self) -> str:
        return f"{self.carrier_name} {self.service_name} ({self.amount} {self.currency})"


@dataclass(frozen=True)
class ShippingRules:
    """How a rate is chosen; a seller's choices, loaded from the station's shipping.json."""

    carrier_preference: tuple[str, ...] = ()  # carrier ids/names, most preferred first
    preference_margin: Decimal = Decimal("0.50")  # pay up to this much more for a preferred carrier
    excluded_services: tuple[str, ...] = ()  # service ids never bought
    prime_services: tuple[str, ...] = ()  # when set: the only services a Prime order may use
    allow_late_service: bool = True  # non-Prime: buy the fastest when none meets the promise

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "ShippingRules":
        data = data or {}
        return cls(carrier_preference=tuple(str(c) for c in data.get("carrier_preference", ())),
                   preference_margin=Decimal(str(data.get("preference_margin", "0.50"))),
                   excluded_services=tuple(str(s) for s in data.get("excluded_services", ())),
                   prime_services=tuple(str(s) for s in data.get("prime_services", ())),
                   allow_late_service=bool(data.get("allow_late_service", True)))


class NoRate(Exception):
    """No rate may be bought; the message says why in words a supervisor can act on."""


@dataclass(frozen=True)
class RateChoice:
    rate: RateOption
    reason: str
    late: bool = False  # no service meets the delivery promise; this one is the fastest


def is_prime_eligible(rate: RateOption, rules: ShippingRules, deliver_by: datetime | None) -> bool:
    """Prime-eligible: a service the seller lists for Prime (or that Amazon marks Prime), which
    delivers by the order's promise. Without a list, any service that meets the promise
    (Seller Fulfilled Prime is exactly that promise)."""
    meets = deliver_by is None or (rate.delivery_end is not None and rate.delivery_end <= deliver_by)
    if not meets:
        return False
    if rules.prime_services:
        return rate.service_id in rules.prime_services or bool(PRIME_BENEFITS & set(rate.benefits))
    return True


def _preference(rate: RateOption, rules: ShippingRules) -> int:
    names = [p.casefold() for p in rules.carrier_preference]
    for key in (rate.carrier_id.casefold(), rate.carrier_name.casefold()):
        if key in names:
            return names.index(key)
    return len(names)


def _cheapest(rates: Sequence[RateOption], rules: ShippingRules) -> RateOption:
    """Cheapest; a preferred carrier within ``preference_margin`` of it wins; then faster, then id."""
    far = datetime.max.replace(tzinfo=timezone.utc)
    cheapest = min(r.amount for r in rates)
    near = [r for r in rates if r.amount <= cheapest + rules.preference_margin]
    return min(near, key=lambda r: (_preference(r, rules), r.amount, r.delivery_end or far, r.service_id))


def select_rate(rates: Sequence[RateOption], *, deliver_by: datetime | None, is_prime: bool,
                rules: ShippingRules = ShippingRules()) -> RateChoice:
    usable = [r for r in rates if r.service_id not in rules.excluded_services and not r.requires_additional_inputs]
    if not usable:
        raise NoRate("Amazon offered no service this station may buy for this package" +
                     (" (all offered services are excluded in the shipping rules)" if rates else ""))
    if is_prime:
        eligible = [r for r in usable if is_prime_eligible(r, rules, deliver_by)]
        if not eligible:
            when = f" by {deliver_by:%a %d %b %H:%M} UTC" if deliver_by else ""
            raise NoRate(f"PRIME order: no Prime-eligible service delivers{when}. "
                         "Ask a supervisor (a faster service, or ship partially).")
        rate = _cheapest(eligible, rules)
        return RateChoice(rate, f"Prime: cheapest Prime-eligible service, {rate.label()}")
    meets = [r for r in usable if deliver_by is None or (r.delivery_end is not None and r.delivery_end <= deliver_by)]
    if meets:
        rate = _cheapest(meets, rules)
        return RateChoice(rate, f"cheapest that delivers by the promise: {rate.label()}")
    if not rules.allow_late_service:
        raise NoRate("No offered service delivers by the promised date; the shipping rules forbid a late service.")
    far = datetime.max.replace(tzinfo=timezone.utc)
    rate = min(usable, key=lambda r: (r.delivery_end or far, r.amount))
    return RateChoice(rate, f"no service meets the promise; the fastest: {rate.label()}", late=True)


# -- time --------------------------------------------------------------------------------------

DEFAULT_PICKUP = time(9, 0)


def _cutoff_for(carrier: str | None, cutoffs: Mapping[str, str]) -> time | None:
    table = {k.casefold(): v for k, v in cutoffs.items()}
    value = None
    if carrier:
        value = table.get(carrier.casefold())
    value = value or table.get("*") or table.get("default")
    if not value:
        return None
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def is_business_day(day: date, holidays: Iterable[date] = ()) -> bool:
    return day.weekday() < 5 and day not in set(holidays)


def next_business_day(day: date, holidays: Iterable[date] = ()) -> date:
    days = set(holidays)
    day += timedelta(days=1)
    while not is_business_day(day, days):
        day += timedelta(days=1)
    return day


def ship_date(now: datetime, carrier: str | None, cutoffs: Mapping[str, str], local_tz: tzinfo | None = None,
              holidays: Iterable[date] = ()) -> datetime:
    """When the package leaves: now, unless the carrier's cut-off has passed (or today is no
    business day), then the next business day at the usual pick-up time. Aware UTC out."""
    if now.tzinfo is None:
        raise ValueError("ship_date needs an aware datetime")
    days = set(holidays)
    local = now.astimezone(local_tz)
    cutoff = _cutoff_for(carrier, cutoffs)
    today_ok = is_business_day(local.date(), days) and (cutoff is None or local.time() < cutoff)
    if today_ok:
        return now.astimezone(timezone.utc)
    day = next_business_day(local.date(), days)
    return local_datetime(day, DEFAULT_PICKUP, local_tz).astimezone(timezone.utc)


def local_datetime(day: date, at: time, local_tz: tzinfo | None = None) -> datetime:
    """``day`` at ``at`` on the wall clock, aware. Without a zone, the system's local time with the DST rules
    of that day: ``now.astimezone().tzinfo`` is today's fixed offset, an hour off across a DST change."""
    if local_tz is None:
        return datetime.combine(day, at).astimezone()
    return datetime.combine(day, at, tzinfo=local_tz)


def countdown(ship_by: datetime | None, now: datetime) -> str:
    """"2 h 05 min", "45 min", "LATE 1 h 10 min": short enough for the pack view and the queue."""
    if ship_by is None:
        return ""
    seconds = (ship_by - now).total_seconds()
    late = seconds < 0
    minutes = math.floor(abs(seconds) / 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        text = f"{days} d {hours} h"
    elif hours:
        text = f"{hours} h {mins:02d} min"
    else:
        text = f"{mins} min"
    return f"LATE {text}" if late else text


# -- packages -----------------------------------------------------------------------------------


def next_package_reference_id(taken: Iterable[str | int | None]) -> int:
    """A positive numeric packageReferenceId above every one the order already has (ours or
    Amazon's), so a confirmation never edits an existing package by accident."""
    highest = 0
    for ref in taken:
        text = str(ref or "").strip()
        if text.isdigit():
            highest = max(highest, int(text))
    return highest + 1


@dataclass
class PlannedPackage:
    """One box of a shipment as the bench packed it."""

    package_no: int
    items: dict[str, int] = field(default_factory=dict)  # order_item_id -> units
    box: BoxPreset | None = None
    weight: Weight | None = None

    @property
    def units(self) -> int:
        return sum(self.items.values())
