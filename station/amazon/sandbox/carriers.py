"""Buy Shipping offers per destination and tracking numbers with real check digits."""

from __future__ import annotations

import random
from dataclasses import dataclass

from station.amazon.sandbox.seed import gtin_check_digit


@dataclass(frozen=True)
class Service:
    carrier_id: str
    carrier_name: str
    service_id: str
    service_name: str
    base: float  # price in the destination currency
    per_kg: float
    transit_days: tuple[int, int]
    max_kg: float
    tracking: str  # tracking number style


SERVICES = {
    "US": [
        Service("USPS", "USPS", "std-us-usps-ground-adv", "USPS Ground Advantage", 5.40, 2.10, (2, 5), 31.7, "usps"),
        Service("UPS", "UPS", "std-us-ups-ground", "UPS Ground", 9.10, 1.80, (1, 5), 68.0, "ups"),
        Service("UPS", "UPS", "exp-us-ups-2da", "UPS 2nd Day Air", 18.50, 4.00, (2, 2), 68.0, "ups"),
        Service("FEDEX", "FedEx", "std-us-fedex-home", "FedEx Home Delivery", 9.60, 1.70, (1, 5), 68.0, "fedex"),
    ],
    "CA": [
        Service("CANADA_POST", "Canada Post", "std-ca-cp-expedited", "Canada Post Expedited Parcel", 11.90, 3.20,
                (2, 6), 30.0, "canada_post"),
        Service("PUROLATOR", "Purolator", "std-ca-puro-ground", "Purolator Ground", 14.20, 2.60, (2, 5), 68.0,
                "purolator"),
    ],
    "MX": [
        Service("ESTAFETA", "Estafeta", "exp-mx-estafeta-ds", "Estafeta Día Siguiente", 189.0, 41.0, (1, 2), 70.0,
                "estafeta"),
        Service("DHL", "DHL Express", "exp-mx-dhl-domestic", "DHL Express Domestic", 245.0, 38.0, (1, 3), 70.0, "dhl"),
    ],
}
CURRENCY = {"US": "USD", "CA": "CAD", "MX": "MXN"}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def ups_check_digit(body: str) -> str:
    """Check digit of the 15 characters after "1Z" (letters count as (ord - 63) mod 10)."""
    total = 0
    for i, c in enumerate(body):
        value = int(c) if c.isdigit() else (ord(c) - ord("A") + 2) % 10
        total += value * (2 if i % 2 else 1)
    return str((10 - total % 10) % 10)


def fedex_check_digit(body: str) -> str:
    """FedEx Express 12-digit: weights 1, 3, 7 from the right, mod 11 (10 counts as 0)."""
    weights = (1, 3, 7)
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(body)))
    return str(total % 11 % 10)


def tracking_number(style: str, rng: random.Random) -> str:
    if style == "usps":  # IMpb: 22 digits, GS1 mod-10 check
        body = "9400" + _digits(rng, 17)
        return body + gtin_check_digit(body)
    if style == "ups":
        body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + "03" + _digits(rng, 7)
        return "1Z" + body + ups_check_digit(body)
    if style == "fedex":
        body = _digits(rng, 11)
        return body + fedex_check_digit(body)
    if style == "canada_post":
        return _digits(rng, 16)
    if style == "purolator":
        return "3" + _digits(rng, 11)
    if style == "dhl":  # 10 digits, mod-7 check
        body = _digits(rng, 9)
        return body + str(int(body) % 7)
    return _digits(rng, 22)  # Estafeta guide numbers


def price(service: Service, billed_kg: float) -> float:
    return round(service.base + service.per_kg * max(billed_kg, 0.1), 2)
