"""Command card and product barcode labels: every code decodes to what was meant."""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_documents_support import decode, decode_formats, flat, page_texts  # noqa: E402

from station.documents.barcode_draw import SymbolError, encode, product_symbol  # noqa: E402
from station.documents.commands_card import (LABEL_SIZES, label_size, render_command_card,  # noqa: E402
                                             render_product_labels)
from station.domain.commands import Command  # noqa: E402
from station.domain.order import Product  # noqa: E402


@pytest.mark.parametrize("paper,dpi", [("letter", 200), ("a4", 200), ("4x6", 203)])
def test_command_card_has_every_command_and_each_decodes(paper, dpi):
    pdf = render_command_card(paper)
    decoded = decode(pdf, dpi)
    assert len(decoded) == 1
    assert sorted(decoded[0]) == sorted(c.value for c in Command)
    text = flat(page_texts(pdf)[0])
    for caption in ("CONFIRM", "CANCEL", "REPRINT", "NEXT BOX", "SKIP", "ACKNOWLEDGE"):
        assert caption in text
    for command in Command:
        assert command.value in text


def test_command_card_in_spanish_keeps_the_payloads():
    pdf = render_command_card("letter", "es_MX")
    assert sorted(decode(pdf, 200)[0]) == sorted(c.value for c in Command)
    text = flat(page_texts(pdf)[0])
    assert "CONFIRMAR" in text and "SIGUIENTE CAJA" in text and "CMD:NEXT-BOX" in text


PRODUCTS = [
    Product("BOTTLE-32", "Stainless Steel Insulated Water Bottle, 32 oz, Wide Mouth with Straw Lid", ["036000291452"]),
    Product("MUG-01", "Mug", ["4006381333931"]),
    Product("NOCODE-1", "Thing without a barcode", []),
    Product("BADCHECK", "Bad check digit falls back to SKU", ["4006381333932"]),
    Product("GTIN14", "GTIN-14 with leading zero", ["00036000291452"]),
]
EXPECTED = [("EAN13", "0036000291452"), ("EAN13", "4006381333931"), ("Code128", "NOCODE-1"),
            ("Code128", "BADCHECK"), ("EAN13", "0036000291452")]


def _normalise(fmt: str, text: str) -> tuple[str, str]:
    # zxing reports a UPC-A either as UPCA (12 digits) or as EAN-13 with a leading 0
    if fmt == "UPCA":
        return "EAN13", "0" + text
    return fmt, text


@pytest.mark.parametrize("size", sorted(LABEL_SIZES))
def test_product_labels_decode_on_every_label_size(size):
    pdf = render_product_labels(PRODUCTS, size)
    doc = pdfium.PdfDocument(pdf)
    assert len(doc) == len(PRODUCTS)
    assert doc[0].get_size() == pytest.approx(label_size(size), abs=0.01)
    decoded = [[_normalise(*code) for code in page] for page in decode_formats(pdf, 203 if size != "2x1" else 300)]
    assert decoded == [[e] for e in EXPECTED]
    texts = page_texts(pdf)
    for product, text in zip(PRODUCTS, texts):
        assert product.sku in text


def test_product_label_copies():
    pdf = render_product_labels(PRODUCTS[:2], "2.25x1.25", copies=3)
    assert len(pdfium.PdfDocument(pdf)) == 6


def test_product_symbol_choice_and_errors():
    assert product_symbol(["036000291452"], "X").kind == "upca"
    assert product_symbol(["4006381333931"], "X").kind == "ean13"
    assert product_symbol(["１２３"], "X").kind == "code128"  # full-width digits are no GTIN
    with pytest.raises(SymbolError):
        product_symbol([], "ÜBER-SKU")  # Code 128 here is ASCII only; the message says so
    with pytest.raises(SymbolError):
        encode("ean13", "4006381333932")
    with pytest.raises(ValueError):
        label_size("5x5")
    with pytest.raises(ValueError):
        render_product_labels([])
    with pytest.raises(ValueError, match="too long"):
        render_product_labels([Product("X" * 80)], "2x1")
