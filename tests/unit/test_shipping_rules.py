"""Boxes, weights, rate selection, cut-offs and package reference ids (station.domain.shipping)."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from station.domain.shipping import (DEFAULT_BOXES, DEFAULT_PICKUP, BoxPreset, ItemSize, NoRate, RateOption, ShippingRules,
                                     box_for_scan, choose_box, countdown, next_package_reference_id,
                                     local_datetime, package_weight, select_rate, ship_date)

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=timezone.utc)  # a Monday


def rate(rid, carrier, service, amount, days, benefits=()):
    return RateOption(rid, carrier, carrier, service, service, Decimal(str(amount)), "USD",
                      NOW + timedelta(days=days - 1), NOW + timedelta(days=days), tuple(benefits))


RATES = [rate("r1", "USPS", "usps-ground", 6.10, 5), rate("r2", "UPS", "ups-ground", 9.50, 3),
         rate("r3", "UPS", "ups-2da", 19.00, 2), rate("r4", "FEDEX", "fedex-home", 9.80, 4)]


def test_box_by_scan_code_or_barcode_any_case():
    box = BoxPreset("BOX:M", "Medium", 305, 229, 152, 280, barcodes=("0012345678905",))
    assert box_for_scan("box:m", [box]) is box
    assert box_for_scan("0012345678905", [box]) is box
    assert box_for_scan("BOX:Q", [box]) is None and box_for_scan("  ", [box]) is None


def test_choose_box_by_size_weight_and_longest_side():
    small_item = ItemSize(150, 100, 50, 200)
    assert choose_box([small_item], DEFAULT_BOXES).code == "BOX:S"
    assert choose_box([small_item] * 6, DEFAULT_BOXES).code == "BOX:M"
    flat = ItemSize(300, 220, 15, 150)  # a flat item: too wide for the small box, fits the mailer
    assert choose_box([flat], DEFAULT_BOXES).code == "BOX:MAILER"
    long_item = ItemSize(450, 50, 50, 300)  # only fits a box 450 mm long
    assert choose_box([long_item], DEFAULT_BOXES).code == "BOX:XL"
    heavy = ItemSize(100, 100, 100, 5000)  # a small item too heavy for a mailer
    assert choose_box([heavy], DEFAULT_BOXES).code == "BOX:S"
    assert choose_box([ItemSize()] * 40, DEFAULT_BOXES).code == "BOX:XL"  # nothing fits: the largest
    with pytest.raises(ValueError):
        choose_box([small_item], [])


def test_box_preset_from_dict_refuses_bad_presets():
    assert BoxPreset.from_dict({"code": "B1", "length_mm": 1, "width_mm": 2, "height_mm": 3}).tare_g == 0
    with pytest.raises(ValueError, match="B2"):
        BoxPreset.from_dict({"code": "B2", "length_mm": 0, "width_mm": 2, "height_mm": 3})
    with pytest.raises(ValueError):
        BoxPreset.from_dict({"code": "B3"})


def test_weight_scale_wins_else_catalogue_plus_tare():
    box = DEFAULT_BOXES[1]
    units = [("A", 200), ("A", 200), ("B", None)]
    assert package_weight(units, box, scale_g=812.4).grams == 812
    assert package_weight(units, box, scale_g=812.4).source == "scale"
    weight = package_weight(units, box, scale_g=0)
    assert weight.grams == 200 + 200 + 450 + box.tare_g and weight.estimated_skus == ("B",)
    assert not package_weight([("A", 10)], None).is_estimate


def test_cheapest_meeting_promise():
    choice = select_rate(RATES, deliver_by=NOW + timedelta(days=4), is_prime=False)
    assert choice.rate.rate_id == "r2" and not choice.late  # USPS is cheaper but late
    assert select_rate(RATES, deliver_by=NOW + timedelta(days=6), is_prime=False).rate.rate_id == "r1"
    assert select_rate(RATES, deliver_by=None, is_prime=False).rate.rate_id == "r1"


def test_none_meets_promise_fastest_unless_forbidden():
    choice = select_rate(RATES, deliver_by=NOW + timedelta(hours=30), is_prime=False)
    assert choice.rate.rate_id == "r3" and choice.late
    with pytest.raises(NoRate, match="forbid"):
        select_rate(RATES, deliver_by=NOW + timedelta(hours=30), is_prime=False,
                    rules=ShippingRules(allow_late_service=False))


def test_prime_only_prime_eligible_and_never_late():
    assert select_rate(RATES, deliver_by=NOW + timedelta(days=2), is_prime=True).rate.rate_id == "r3"
    with pytest.raises(NoRate, match="PRIME"):
        select_rate(RATES, deliver_by=NOW + timedelta(hours=30), is_prime=True)
    rules = ShippingRules(prime_services=("fedex-home",))
    assert select_rate(RATES, deliver_by=NOW + timedelta(days=5), is_prime=True, rules=rules).rate.rate_id == "r4"
    marked = [*RATES, rate("r5", "USPS", "usps-priority", 8.0, 3, ["PRIME"])]
    assert select_rate(marked, deliver_by=NOW + timedelta(days=5), is_prime=True, rules=rules).rate.rate_id == "r5"


def test_carrier_preference_within_margin_and_exclusions():
    rules = ShippingRules(carrier_preference=("FEDEX",), preference_margin=Decimal("0.50"))
    assert select_rate(RATES, deliver_by=NOW + timedelta(days=4), is_prime=False, rules=rules).rate.rate_id == "r4"
    tight = ShippingRules(carrier_preference=("FEDEX",), preference_margin=Decimal("0.10"))
    assert select_rate(RATES, deliver_by=NOW + timedelta(days=4), is_prime=False, rules=tight).rate.rate_id == "r2"
    no_usps = ShippingRules(excluded_services=("usps-ground",))
    assert select_rate(RATES, deliver_by=None, is_prime=False, rules=no_usps).rate.rate_id == "r2"
    with pytest.raises(NoRate):
        select_rate([], deliver_by=None, is_prime=False)


def test_rate_from_api_shape():
    option = RateOption.from_api({
        "rateId": "rate-1", "carrierId": "UPS", "carrierName": "UPS", "serviceId": "s", "serviceName": "Ground",
        "totalCharge": {"value": 9.1, "unit": "USD"}, "requiresAdditionalInputs": False,
        "promise": {"deliveryWindow": {"start": "2026-11-24T00:00:00Z", "end": "2026-11-26T12:00:00Z"}},
        "supportedDocumentSpecifications": [{"format": "ZPL"}], "benefits": {"includedBenefits": ["CLAIMS_PROTECTED"]}})
    assert option.amount == Decimal("9.1") and option.delivery_end == datetime(2026, 11, 26, 12, tzinfo=timezone.utc)
    assert option.formats == ("ZPL",) and option.benefits == ("CLAIMS_PROTECTED",)


def test_ship_date_cutoffs_weekends_holidays():
    tz = ZoneInfo("America/Los_Angeles")
    cutoffs = {"UPS": "16:30", "*": "15:00"}
    before = datetime(2026, 11, 23, 16, 0, tzinfo=tz)  # Monday 16:00 local
    assert ship_date(before, "UPS", cutoffs, tz) == before.astimezone(timezone.utc)
    after = ship_date(before, "USPS", cutoffs, tz)  # the default cut-off 15:00 has passed
    assert after.astimezone(tz) == datetime(2026, 11, 24, 9, 0, tzinfo=tz)
    friday = datetime(2026, 11, 27, 17, 0, tzinfo=tz)
    assert ship_date(friday, "ups", cutoffs, tz).astimezone(tz).date() == date(2026, 11, 30)
    saturday = datetime(2026, 11, 28, 8, 0, tzinfo=tz)
    assert ship_date(saturday, "UPS", {}, tz).astimezone(tz).date() == date(2026, 11, 30)
    holiday = ship_date(after.astimezone(tz).replace(hour=17), "UPS", cutoffs, tz, holidays=[date(2026, 11, 25)])
    assert holiday.astimezone(tz).date() == date(2026, 11, 26)
    assert ship_date(before, "UPS", {}, tz) == before.astimezone(timezone.utc)  # no cut-off set
    with pytest.raises(ValueError):
        ship_date(datetime(2026, 11, 23, 9, 0), "UPS", cutoffs)


def test_countdown_texts():
    assert countdown(NOW + timedelta(hours=2, minutes=5), NOW) == "2 h 05 min"
    assert countdown(NOW + timedelta(minutes=45, seconds=30), NOW) == "45 min"
    assert countdown(NOW - timedelta(hours=1, minutes=10), NOW) == "LATE 1 h 10 min"
    assert countdown(NOW + timedelta(days=2, hours=3), NOW) == "2 d 3 h"
    assert countdown(None, NOW) == ""


def test_package_reference_ids_positive_and_above_existing():
    assert next_package_reference_id([]) == 1
    assert next_package_reference_id(["1", 2, None, "abc", "7"]) == 8


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is POSIX only")
def test_next_business_day_keeps_the_wall_clock_across_a_dst_change_in_system_time(monkeypatch):
    """No zone set: the system's local time. Saturday 31 Oct 2026 in New York is EDT (UTC-4); the next
    business day, Monday 2 Nov, is EST (UTC-5): 9:00 there is 14:00 UTC, not 13:00."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        saturday = datetime(2026, 10, 31, 20, 0, tzinfo=ZoneInfo("America/New_York"))
        leaves = ship_date(saturday, "UPS", {"UPS": "16:30"})
        assert leaves == datetime(2026, 11, 2, 14, 0, tzinfo=timezone.utc)
        assert local_datetime(date(2026, 3, 9), DEFAULT_PICKUP).utcoffset() == timedelta(hours=-4)  # after spring
    finally:
        monkeypatch.undo()
        time.tzset()
