"""The ship service's configuration: settings keys plus the station's shipping.json."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest

from station.services.ship import ShipConfig, ShipError
from station.settings import Settings


def test_defaults_and_ship_from_parsed_from_the_return_address(tmp_path):
    settings = Settings(tmp_path)
    settings.update({"seller.name": "Acme", "seller.return_address": "Acme Returns|12 Main St|Springfield, IL 62701|US",
                     "shipping.cutoffs": '{"UPS": "16:30"}', "label.format": "zpl300"})
    config = ShipConfig.load(settings, tmp_path)
    assert config.ship_from == {"name": "Acme", "addressLine1": "12 Main St", "city": "Springfield",
                                "stateOrRegion": "IL", "postalCode": "62701", "countryCode": "US"}
    assert config.cutoffs == {"UPS": "16:30"} and config.label_format == "zpl300" and config.mode == "buy_shipping"
    assert config.void_window("UPS") == timedelta(hours=24) and config.boxes[0].code == "BOX:MAILER"


def test_no_address_no_default_except_against_the_local_sandbox(tmp_path):
    settings = Settings(tmp_path)
    assert ShipConfig.load(settings, tmp_path).ship_from is None  # Amazon's endpoint: the seller must say
    settings.set("amazon.endpoint", "http://127.0.0.1:8123")
    assert ShipConfig.load(settings, tmp_path).ship_from["city"] == "Tacoma"


def test_shipping_json_boxes_rules_windows_and_reload(tmp_path):
    settings = Settings(tmp_path)
    (tmp_path / "shipping.json").write_text(json.dumps({
        "boxes": [{"code": "BOX:A", "name": "A", "length_mm": 200, "width_mm": 150, "height_mm": 100, "tare_g": 90}],
        "carrier_preference": ["UPS"], "preference_margin": "1.25", "void_window_hours": {"*": 24, "USPS": 720},
        "ship_from": {"name": "W", "addressLine1": "1 A St", "city": "X", "stateOrRegion": "WA",
                      "postalCode": "98001", "countryCode": "US"}, "holidays": ["2026-12-25"]}))
    config = ShipConfig.load(settings, tmp_path)
    assert [b.code for b in config.boxes] == ["BOX:A"] and config.rules.carrier_preference == ("UPS",)
    assert config.rules.preference_margin == Decimal("1.25") and config.ship_from["name"] == "W"
    assert config.void_window("usps") == timedelta(days=30) and config.void_window("FedEx") == timedelta(hours=24)
    assert str(config.holidays[0]) == "2026-12-25"
    settings.set("shipping.mode", "own_carrier")
    assert config.reloaded().mode == "own_carrier"


def test_damaged_shipping_json_is_a_plain_message(tmp_path):
    (tmp_path / "shipping.json").write_text("{not json")
    with pytest.raises(ShipError, match="shipping.json cannot be read"):
        ShipConfig.load(Settings(tmp_path), tmp_path)
    (tmp_path / "shipping.json").write_text(json.dumps({"boxes": [{"code": "B"}]}))
    with pytest.raises(ShipError, match="shipping.json: box preset"):
        ShipConfig.load(Settings(tmp_path), tmp_path)
