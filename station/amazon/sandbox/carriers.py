"""Buy Shipping offers per destination and tracking numbers with real check digits."""

from __future__ import annotations

from dataclasses import dataclass

from station.amazon.sandbox.checkdigits import tracking_number  # noqa: F401 - re-exported


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
        Service("UPS", "UPS", "std-ca-ups-standard", "UPS Standard", 14.20, 2.60, (2, 5), 68.0, "ups"),
    ],
    "MX": [
        Service("FEDEX", "FedEx", "exp-mx-fedex-nacional", "FedEx Nacional Día Siguiente", 189.0, 41.0, (1, 2),
                68.0, "fedex"),
        Service("DHL", "DHL Express", "exp-mx-dhl-domestic", "DHL Express Domestic", 245.0, 38.0, (1, 3), 70.0, "dhl"),
    ],
}
CURRENCY = {"US": "USD", "CA": "CAD", "MX": "MXN"}


def price(service: Service, billed_kg: float) -> float:
    return round(service.base + service.per_kg * max(billed_kg, 0.1), 2)
