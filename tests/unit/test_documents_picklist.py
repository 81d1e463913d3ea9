"""Pick list: grouping by bin then SKU, totals, the orders per SKU, and every order's barcode decodes."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from test_documents_support import char_boxes_outside, decode, flat, make_order, page_texts  # noqa: E402

from station.documents.picklist import group_by_bin, natural_key, render_picklist  # noqa: E402
from station.domain.order import OrderLine  # noqa: E402


def batch() -> list:
    a = make_order(0, order_id="111-0000001-0000001")
    a.lines = [OrderLine("1", "MUG-RED", 2, title="Red mug", bin="A-10"),
               OrderLine("2", "BOTTLE", 1, title="Water bottle", bin="A-2")]
    b = make_order(0, order_id="112-0000002-0000002")
    b.lines = [OrderLine("3", "MUG-RED", 3, title="Red mug", bin="A-10"),
               OrderLine("4", "CAP", 1, title="Baseball cap, one size", bin=None),
               OrderLine("5", "DONE", 2, title="Shipped earlier", bin="A-2", quantity_shipped=2)]
    c = make_order(0, order_id="113-0000003-0000003")
    c.lines = [OrderLine("6", "BOTTLE", 4, title="Water bottle", bin="A-2"),
               OrderLine("7", "APRON", 1, title="Apron", bin="A-2")]
    return [a, b, c]


def test_grouped_by_bin_in_natural_order_then_sku_with_totals_and_orders():
    groups = group_by_bin(batch())
    assert [bin_name for bin_name, _ in groups] == ["A-2", "A-10", None]
    a2 = {item.sku: item for item in groups[0][1]}
    assert [item.sku for item in groups[0][1]] == ["APRON", "BOTTLE"]  # DONE is shipped already
    assert a2["BOTTLE"].total == 5
    assert a2["BOTTLE"].orders == {"111-0000001-0000001": 1, "113-0000003-0000003": 4}
    mug = groups[1][1][0]
    assert (mug.sku, mug.total, mug.orders) == ("MUG-RED", 5, {"111-0000001-0000001": 2, "112-0000002-0000002": 3})
    assert [item.sku for item in groups[2][1]] == ["CAP"]
    assert natural_key("A-2") < natural_key("A-10") < natural_key("B-1")


@pytest.mark.parametrize("paper,dpi", [("letter", 200), ("a4", 200), ("4x6", 203)])
def test_every_order_barcode_decodes_and_every_sku_is_listed(paper, dpi):
    orders = batch()
    pdf = render_picklist(orders, paper)
    decoded = [code for page in decode(pdf, dpi) for code in page]
    assert sorted(decoded) == sorted(o.order_id for o in orders)
    text = flat(" ".join(page_texts(pdf)))
    for sku in ("MUG-RED", "BOTTLE", "CAP", "APRON"):
        assert sku in text
    for title in ("Red mug", "Water bottle", "Baseball cap, one size", "Apron"):
        assert title in text
    assert "Bin: A-2" in text and "Bin: A-10" in text and "No bin" in text
    assert "111-0000001-0000001 × 1" in text.replace("\u00a0", " ")
    assert "3 orders, 12 units" in text  # DONE was shipped before: not counted
    assert "DONE" not in text


def test_big_batch_pages_and_barcodes():
    orders = [replace(make_order(3), order_id=f"{100 + i % 900:03d}-{i:07d}-{i * 7:07d}") for i in range(60)]
    pdf = render_picklist(orders, "letter")
    texts = page_texts(pdf)
    assert len(texts) > 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
    decoded = [code for page in decode(pdf, 200) for code in page]
    assert sorted(decoded) == sorted(o.order_id for o in orders)
    assert char_boxes_outside(pdf, inset=20) == []


def test_french_pick_list():
    text = flat(" ".join(page_texts(render_picklist(batch(), "letter", locale="fr_CA"))))
    assert "Liste de prélèvement" in text and "Emplacement: A-2" in text and "Sans emplacement" in text


def test_empty_queue_still_renders_a_page():
    assert len(page_texts(render_picklist([], "letter"))) == 1


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bins=st.lists(st.one_of(st.none(), st.text(max_size=40)), min_size=1, max_size=30),
       titles=st.lists(st.text(max_size=300), min_size=1, max_size=30), paper=st.sampled_from(["letter", "4x6"]))
def test_random_bins_and_titles_never_raise_or_leave_the_page(bins, titles, paper):
    order = make_order(len(titles))
    for line, title, bin_name in zip(order.lines, titles, bins * len(titles)):
        line.title, line.bin = title, bin_name
    pdf = render_picklist([order], paper)
    assert char_boxes_outside(pdf) == []
