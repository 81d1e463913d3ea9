"""The deterministic demo data: same seed, same data; real-looking proportions and codes."""

from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest

from station.amazon.sandbox.checkdigits import gtin_check_digit
from station.amazon.sandbox.seed import (
    PENDING, SHIPPED, UNSHIPPED, generate_catalog, generate_orders, generate_timeline, is_valid_gtin,
)
from station.domain.tracking import validate_tracking

NOW = datetime(2026, 11, 23, 15, 30, tzinfo=timezone.utc)
US, CA, MX = "ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8"


@pytest.fixture(scope="module")
def orders():
    return generate_orders(seed=11, n=400, now=NOW)


def test_same_seed_same_everything():
    assert generate_catalog(5) == generate_catalog(5)
    first, again = generate_orders(5, 60, NOW), generate_orders(5, 60, NOW)
    assert first == again
    assert generate_timeline(5, first, NOW) == generate_timeline(5, again, NOW)
    assert [o.order_id for o in generate_orders(6, 60, NOW)] != [o.order_id for o in first]


def test_gtin_check_digit_matches_published_codes():
    assert gtin_check_digit("03600029145") == "2"  # UPC-A 036000291452
    assert gtin_check_digit("400638133393") == "1"  # EAN-13 4006381333931
    assert is_valid_gtin("036000291452") and not is_valid_gtin("036000291453")


def test_catalog_barcodes_are_valid_and_unique_and_titles_vary():
    catalog = generate_catalog(3)
    codes = [code for p in catalog for code in p.barcodes]
    assert codes and all(is_valid_gtin(code) for code in codes)
    assert len(codes) == len(set(codes))
    assert any(len(code) == 12 for code in codes) and any(len(code) == 13 for code in codes)
    assert any(not p.barcodes for p in catalog)  # a unit with no barcode exists (CMD:SKIP)
    assert any(len(p.title) > 200 for p in catalog)
    assert len({p.sku for p in catalog}) == len(catalog)
    for p in catalog:
        assert p.asin.startswith("B0") and len(p.asin) == 10 and p.fnsku.startswith("X00") and len(p.fnsku) == 10
        aisle = p.bin.split("-")
        assert len(aisle) == 3 and aisle[0] in "ABCD" and aisle[1].isdigit() and aisle[2].isdigit()
        assert p.weight_g > 0 and min(p.length_mm, p.width_mm, p.height_mm) > 0
    assert catalog[0].catalog_entry().keys() == {"sku", "asin", "title", "barcodes", "bin", "weight_g"}


def test_status_proportions(orders):
    kinds = Counter("fba" if o.fulfilled_by == "AMAZON" else o.status for o in orders)
    assert kinds[UNSHIPPED] == 320 and kinds[PENDING] == 40 and kinds[SHIPPED] == 20 and kinds["fba"] == 20


def test_order_ids_dates_and_marketplaces(orders):
    assert len({o.order_id for o in orders}) == len(orders)
    for o in orders:
        parts = o.order_id.split("-")
        assert [len(p) for p in parts] == [3, 7, 7] and all(p.isdigit() for p in parts)
        assert NOW - timedelta(days=3) <= o.created < NOW
        assert o.created <= o.last_updated < NOW
        assert o.ship_by[1] > o.created and o.deliver_by[0] > o.ship_by[1]
    markets = Counter(o.marketplace_id for o in orders)
    assert markets[US] > markets[CA] > 0 and markets[MX] > 0 and markets[US] > len(orders) / 2
    assert [o.created for o in orders] == sorted(o.created for o in orders)


def test_orders_look_real(orders):
    open_fbm = [o for o in orders if o.status == UNSHIPPED and o.fulfilled_by == "MERCHANT"]
    assert any(o.ship_by[1] < NOW for o in open_fbm), "some orders are late"
    assert any(NOW <= o.ship_by[1] and o.ship_by[1].date() == NOW.date() for o in open_fbm), "some due today"
    assert any(len(o.lines) > 1 for o in orders) and any(line.quantity > 1 for o in orders for line in o.lines)
    gifts = [o for o in orders if o.is_gift]
    assert gifts and all(line.gift_message for line in gifts[0].lines)
    business = [o for o in orders if o.is_business]
    assert business and all(o.purchase_order_number and o.buyer_company for o in business)
    assert any(o.is_prime for o in orders)
    assert any(kind == "REPLACEMENT_ORIGINAL_ID" for o in orders for _, kind in o.associated_orders)
    cities = {o.address["city"] for o in orders}
    assert {"Montréal", "Mérida"} & cities
    assert any(ch in "".join(o.buyer_name for o in orders) for ch in "éñüëô")
    for o in orders:
        assert {line.order_item_id for line in o.lines}.__len__() == len(o.lines)
        currency = {US: "USD", CA: "CAD", MX: "MXN"}[o.marketplace_id]
        assert o.currency == currency and o.address["countryCode"] == {US: "US", CA: "CA", MX: "MX"}[o.marketplace_id]


def test_shipped_orders_carry_valid_tracking(orders):
    shipped = [o for o in orders if o.status == SHIPPED and o.fulfilled_by == "MERCHANT"]
    assert shipped
    for o in shipped:
        assert o.packages and all(validate_tracking(p.tracking_number).valid for p in o.packages)
        assert all(line.shipped == line.quantity for line in o.lines)


def test_small_sets_still_show_every_kind_of_order():
    small = generate_orders(seed=2, n=12, now=NOW)
    assert any(o.is_gift for o in small) and any(o.is_business for o in small)
    assert {CA, MX} <= {o.marketplace_id for o in small}
    assert any(len(line.title) > 200 for o in small for line in o.lines)


def test_timeline_pays_pending_and_cancels_a_few_unshipped(orders):
    events = generate_timeline(11, orders, NOW)
    by_id = {o.order_id: o for o in orders}
    paid = [e for e in events if e.kind == "paid"]
    cancelled = [e for e in events if e.kind == "cancelled"]
    assert paid and all(by_id[e.order_id].status == PENDING for e in paid)
    assert cancelled and all(by_id[e.order_id].status == UNSHIPPED for e in cancelled)
    assert all(NOW < e.at <= NOW + timedelta(minutes=10) for e in events)
    assert [e.at for e in events] == sorted(e.at for e in events)
