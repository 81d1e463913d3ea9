"""Packing slips: decode every barcode, find every SKU/title/address line in the text, page counts,
gift/business/replacement variants, locales, fonts, and property tests that must never overflow."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from test_documents_support import (SELLER_ADDRESS, char_boxes_outside, decode, flat, make_order,  # noqa: E402
                                    page_texts)

from station.documents import fonts  # noqa: E402
from station.documents.i18n import Texts, resolve_locale  # noqa: E402
from station.documents.slip import PAPERS, SellerInfo, layout_slip, render_slip, render_slips  # noqa: E402
from station.domain.order import Address, BuyerInfo  # noqa: E402

SELLER = SellerInfo("Acme Outdoor Goods", SELLER_ADDRESS, None)
THERMAL_DPI = 203  # a 4x6 slip prints on a 203 dpi label printer; decode at that resolution


def dpi_for(paper: str) -> int:
    return THERMAL_DPI if paper == "4x6" else 200


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_order_barcode_decodes_to_the_bare_order_id_on_every_page(paper):
    order = make_order(20 if paper != "4x6" else 5)
    pdf = render_slip(order, SELLER, paper)
    decoded = decode(pdf, dpi_for(paper))
    assert len(decoded) >= 2  # the test covers the repeated header too
    assert all(codes == ["113-1234567-1234567"] for codes in decoded), decoded


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_every_sku_title_and_address_line_is_in_the_text(paper):
    order = make_order(4)
    text = flat(" ".join(page_texts(render_slip(order, SELLER, paper))))
    for line in order.lines:
        assert line.sku in text
        assert flat(line.title) in text
        assert line.asin in text
    for address_line in order.buyer.ship_to.lines():
        assert address_line in text
    assert "Acme Outdoor Goods" in text
    assert "500 Industrial Way" in text
    assert "Packing slip" in text
    assert "Nov 20, 2026" in text and "Nov 24, 2026" in text or "Nov 25, 2026" in text
    assert "+1 555 867 5309" not in text  # never the buyer's phone


def test_page_size_matches_the_paper():
    for paper, (w, h) in PAPERS.items():
        doc = pdfium.PdfDocument(render_slip(make_order(2), SELLER, paper))
        assert doc[0].get_size() == pytest.approx((w, h), abs=0.01)


def test_long_order_flows_onto_more_pages_with_page_x_of_y():
    order = make_order(300)
    pdf = render_slip(order, SELLER, "letter")
    texts = page_texts(pdf)
    count = len(texts)
    assert count == len(layout_slip(order, SELLER, "letter").pages)
    assert count >= 300 // 20  # ~16 rows a page at most
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {count}" in text
        if number > 1:
            assert "Packing slip (continued)" in text and "Product details" in text  # header and heading repeat
    whole = "\n".join(texts)
    for line in order.lines:
        assert len(re.findall(rf"\b{re.escape(line.sku)}\b", whole)) == 1
    assert char_boxes_outside(pdf, inset=20) == []


def test_title_longer_than_a_page_is_wrapped_across_pages_never_cut():
    words = [f"word{i:04d}" for i in range(1500)]
    order = make_order(2, title=" ".join(words))
    pdf = render_slip(order, SELLER, "4x6")
    texts = page_texts(pdf)
    assert len(texts) > 3
    whole = flat(" ".join(texts))
    positions = [whole.find(w) for w in words]
    assert all(p >= 0 for p in positions)
    assert positions[:1500] == sorted(positions[:1500])  # in order for the first line's title
    assert char_boxes_outside(pdf, inset=5) == []


def test_unbreakable_word_is_broken_not_cut():
    word = "X" * 400 + "Y"
    order = make_order(1, title=word)
    text = re.sub(r"\s+", "", " ".join(page_texts(render_slip(order, SELLER, "letter"))))
    assert word in text


def test_gift_order_has_no_prices_and_prints_the_message():
    order = make_order(3, is_gift=True, gift_message="Happy birthday, Νίκος! С днём рождения!")
    text = flat(" ".join(page_texts(render_slip(order, SELLER, "letter"))))
    assert "Happy birthday, Νίκος! С днём рождения!" in text
    assert "Gift message" in text
    assert "$" not in text and "19.99" not in text


def test_priced_order_shows_prices_and_subtotal():
    order = make_order(3)
    text = flat(" ".join(page_texts(render_slip(order, SELLER, "letter"))))
    assert "$19.99" in text
    total = sum(Decimal("19.99") * line.quantity for line in order.lines)
    assert f"${total:,.2f}" in text


def test_business_order_shows_purchase_order_number():
    order = make_order(2, is_business=True, purchase_order_number="PO-77-ACME")
    text = flat(" ".join(page_texts(render_slip(order, SELLER, "letter"))))
    assert "PO-77-ACME" in text and "Business order" in text


def test_replacement_order_is_marked():
    order = make_order(2, is_replacement=True, replaced_order_id="114-7654321-7654321")
    text = flat(" ".join(page_texts(render_slip(order, SELLER, "4x6"))))
    assert "REPLACEMENT ORDER" in text and "114-7654321-7654321" in text


def test_locales_follow_the_marketplace():
    assert resolve_locale("ATVPDKIKX0DER") == "en_US"
    assert resolve_locale("A2EUQ1WTGCTBG2") == "en_CA"
    assert resolve_locale("A2EUQ1WTGCTBG2", "fr_CA") == "fr_CA"
    assert resolve_locale("A2EUQ1WTGCTBG2", "fr-CA") == "fr_CA"
    assert resolve_locale("A1AM78C64UM0Y8", "fr_CA") == "es_MX"
    assert resolve_locale("UNKNOWN", "es_MX") == "es_MX"

    fr = make_order(2, marketplace="A2EUQ1WTGCTBG2", currency="CAD")
    text = flat(" ".join(page_texts(render_slip(fr, SELLER, "letter", preferred_locale="fr_CA"))))
    assert "Bordereau d'expédition" in text and "Livrer à" in text and "UGS" in text
    assert "19,99 $" in text.replace("\u00a0", " ")
    assert "nov. 2026" in text
    assert "Page 1 sur 1" in text

    mx = make_order(2, marketplace="A1AM78C64UM0Y8", currency="MXN")
    text = flat(" ".join(page_texts(render_slip(mx, SELLER, "letter"))))
    assert "Albarán de envío" in text and "Enviar a" in text and "Página 1 de 1" in text
    assert "$19.99" in text and "nov 2026" in text

    en_ca = make_order(1, marketplace="A2EUQ1WTGCTBG2", currency="CAD")
    assert "$19.99" in flat(" ".join(page_texts(render_slip(en_ca, SELLER, "letter"))))


def test_condition_is_translated():
    assert Texts("en_US").condition("UsedVeryGood") == "Used – Very Good"
    assert Texts("fr_CA").condition("Used - Like New") == "Usagé – Comme neuf"
    assert Texts("es_MX").condition("New") == "Nuevo"
    assert Texts("es_MX").condition("Whatever") == "Whatever"


NAMES = {
    "latin": "Zoë Ångström-Çelik Ñúñez Łódź Øre",
    "cyrillic": "Дмитрий Шостакович Ёлкин",
    "greek": "Νίκος Καζαντζάκης",
    "cjk": "山田太郎 東京都渋谷区 カタカナ",
}


@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_in_every_script_come_through_with_embedded_fonts(script):
    name = NAMES[script]
    buyer = BuyerInfo(name, Address(name=name, line1=name, city="Город", postal_code="101000", country_code="RU"))
    pdf = render_slip(make_order(1, buyer=buyer), SELLER, "letter")
    assert name in page_texts(pdf)[0]
    assert b"/FontFile2" in pdf  # TrueType embedded
    assert b"Helvetica" not in pdf  # no unembedded base-14 font
    for font, chunk in fonts.runs(name):
        cmap = fonts.pdfmetrics.getFont(font).face.charToGlyph
        assert all(ord(ch) in cmap for ch in chunk if not ch.isspace()), (font, chunk)


def test_logo_is_drawn_and_a_broken_logo_does_not_stop_the_slip(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (200, 30, 30)).save(logo)
    pdf = render_slip(make_order(1), replace(SELLER, logo=logo), "letter")
    doc = pdfium.PdfDocument(pdf)
    images = list(doc[0].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
    assert len(images) == 1
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")
    pdf = render_slip(make_order(1), replace(SELLER, logo=broken), "letter")
    assert decode(pdf, 200) == [["113-1234567-1234567"]]


def test_seller_info_from_settings(tmp_path):
    from station.settings import Settings

    settings = Settings(tmp_path)
    settings.set("seller.name", "Acme")
    settings.set("seller.return_address", "1 Way | Reno, NV 89502 |")
    seller = SellerInfo.from_settings(settings)
    assert seller == SellerInfo("Acme", ("1 Way", "Reno, NV 89502"), None)


def test_batch_keeps_each_slips_own_page_numbers():
    orders = [replace(make_order(40 if i == 1 else 2), order_id=f"11{i}-0000000-000000{i}") for i in range(3)]
    pdf = render_slips(orders, SELLER, "letter")
    texts = page_texts(pdf)
    middle = len(layout_slip(orders[1], SELLER).pages)
    assert middle >= 2
    assert len(texts) == 2 + middle
    assert "Page 1 of 1" in texts[0]
    assert f"Page {middle} of {middle}" in texts[middle]
    assert "Page 1 of 1" in texts[-1]
    assert [codes for codes in decode(pdf, 200)] == [["110-0000000-0000000"]] + \
        [["111-0000000-0000001"]] * middle + [["112-0000000-0000002"]]


def test_empty_batch_is_an_error():
    with pytest.raises(ValueError):
        render_slips([], SELLER)


# property tests ---------------------------------------------------------------------------------

free_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120)
# letters of the scripts the slip fonts cover (Latin, Greek, Cyrillic, CJK), so every one can be read back
covered = st.one_of(st.characters(min_codepoint=0x21, max_codepoint=0x17F, blacklist_categories=("Cc", "Cf", "Zs")),
                    st.characters(min_codepoint=0x391, max_codepoint=0x3C9, whitelist_categories=("Lu", "Ll")),
                    st.characters(min_codepoint=0x410, max_codepoint=0x44F),
                    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF))


def words(max_words: int):
    return st.lists(st.text(covered, min_size=1, max_size=30), min_size=1, max_size=max_words).map(" ".join)


# a few lines with very long titles, or up to 300 lines with ordinary ones
title_and_lines = st.one_of(st.tuples(words(400), st.integers(1, 4)), st.tuples(words(12), st.integers(1, 300)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=free_text, line1=free_text, city=free_text, gift=free_text, title=free_text, sku=free_text,
       paper=st.sampled_from(sorted(PAPERS)), is_gift=st.booleans())
def test_random_unicode_never_raises_or_leaves_the_page(name, line1, city, gift, title, sku, paper, is_gift):
    buyer = BuyerInfo(name, Address(name=name, company=name[::-1], line1=line1, city=city, postal_code=city[:10],
                                    country_code="ZZ"), gift_message=gift)
    order = make_order(3, buyer=buyer, is_gift=is_gift, title=title, is_replacement=True, replaced_order_id=name)
    order.lines[0].sku = sku
    seller = SellerInfo(name * 3, (line1, city, gift), None)
    pdf = render_slip(order, seller, paper)
    assert pdf.startswith(b"%PDF")
    assert char_boxes_outside(pdf) == []


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title_lines=title_and_lines, paper=st.sampled_from(sorted(PAPERS)))
def test_long_titles_and_many_lines_keep_every_character_inside_the_page(title_lines, paper):
    title, n_lines = title_lines
    order = make_order(n_lines, title=title)
    slip = layout_slip(order, SELLER, paper)
    pdf = render_slip(order, SELLER, paper)
    texts = page_texts(pdf)
    assert len(texts) == len(slip.pages)
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]
    assert char_boxes_outside(pdf) == []
    # never cut: every character of the title comes back, in order (page headers may sit in between)
    whole = re.sub(r"\s+", "", "".join(texts))
    needle = re.sub(r"\s+", "", title)
    position = 0
    for ch in needle:
        position = whole.find(ch, position)
        assert position >= 0
        position += 1


def test_wrap_keeps_every_character():
    text = "Stainless Steel 漢字テキスト " + "A" * 300 + " end"
    lines = fonts.wrap(text, 9, 100)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(fonts.width(line, 9) <= 100.01 for line in lines)


def test_slip_without_restricted_data_still_prints():
    order = make_order(2)
    order.buyer = None
    pdf = render_slip(order, SELLER, "letter")
    assert decode(pdf, 200) == [["113-1234567-1234567"]]
    assert "SKU-0001-BLUE" in page_texts(pdf)[0]


@pytest.mark.parametrize("dpi", [203, 300])
def test_4x6_slip_scans_on_either_thermal_resolution(dpi):
    pdf = render_slip(make_order(8), SELLER, "4x6")
    assert all(codes == ["113-1234567-1234567"] for codes in decode(pdf, dpi))
