"""ZPL labels: ^PW/^LL match size and dpi, every field (^FO plus its extent) lies inside the label,
barcode data is what was meant; label_size_of_zpl; the PDF/PNG test labels decode."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

sys.path.insert(0, str(Path(__file__).parent))
from test_documents_support import decode  # noqa: E402

from station.documents import testlabel, zpl  # noqa: E402
from station.documents.barcode_draw import QUIET_MODULES, encode  # noqa: E402
from station.domain.order import Product  # noqa: E402

FIELD = re.compile(r"\^FO(\d+),(\d+)(.*?)\^FS", re.S)


def unescape(data: str) -> str:
    return re.sub(r"((?:_[0-9A-F]{2})+)",
                  lambda m: bytes.fromhex(m.group(1).replace("_", "")).decode("utf-8"), data)


def fields(label: str) -> list[dict]:
    """Each field with its box in dots, as far as ZPL lets us know it without a printer."""
    out = []
    for match in FIELD.finditer(label):
        x, y, body = int(match.group(1)), int(match.group(2)), match.group(3)
        if m := re.match(r"\^GB(\d+),(\d+),(\d+)", body):
            w, h = int(m.group(1)), int(m.group(2))
            out.append({"kind": "box", "x": x, "y": y, "w": w, "h": h})
        elif m := re.match(r"\^A0N,(\d+),(\d+)\^FB(\d+),(\d+),", body):
            size, width, lines = int(m.group(1)), int(m.group(3)), int(m.group(4))
            text = unescape(body.split("^FD", 1)[1])
            out.append({"kind": "text", "x": x, "y": y, "w": width, "h": size * lines, "text": text})
        elif m := re.match(r"\^BY(\d+),\d+,(\d+)\^B([CEU])N,(\d+),Y", body):
            module, height, kind = int(m.group(1)), int(m.group(4)), m.group(3)
            data = unescape(body.split("^FD", 1)[1])
            symbol = encode({"C": "code128", "E": "ean13", "U": "upca"}[kind], data)
            bars = len(symbol.modules) * module
            # interpretation line under the bars: about 9 modules of text plus a gap
            out.append({"kind": "barcode", "x": x - QUIET_MODULES * module, "y": y,
                        "w": bars + 2 * QUIET_MODULES * module, "h": height + module * 9 + 10,
                        "data": symbol.data, "symbology": kind, "module": module})
        else:
            raise AssertionError(f"unexpected field {body!r}")
    return out


def assert_inside(label: str) -> tuple[int, int, list[dict]]:
    width, height, _ = zpl.label_size_of_zpl(label)
    found = fields(label)
    assert found
    for f in found:
        assert f["x"] >= 0 and f["y"] >= 0, f
        assert f["x"] + f["w"] <= width, (f, width)
        assert f["y"] + f["h"] <= height, (f, height)
    assert label.startswith("^XA") and label.rstrip().endswith("^XZ")
    return width, height, found


@pytest.mark.parametrize("dpi,size", [(203, (812, 1218)), (300, (1200, 1800))])
def test_test_label_has_the_size_of_4x6_at_its_dpi_and_stays_inside(dpi, size):
    label = zpl.test_label_zpl(dpi)
    assert f"^PW{size[0]}" in label and f"^LL{size[1]}" in label
    assert zpl.label_size_of_zpl(label) == (size[0], size[1], dpi)
    width, height, found = assert_inside(label)
    frame = found[0]
    assert (frame["kind"], frame["x"], frame["y"], frame["w"], frame["h"]) == ("box", 0, 0, width, height)
    codes = [f for f in found if f["kind"] == "barcode"]
    assert [c["data"] for c in codes] == [f"TEST-{dpi}-{size[0]}X{size[1]}"]
    assert any("TEST LABEL" == f.get("text") for f in found)


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("size", [(4, 6), (4, 3), (2.25, 1.25), (2, 1)])
def test_product_labels_stay_inside_every_size(dpi, size):
    products = [Product("BOTTLE-32", "Stainless Steel Insulated Water Bottle, 32 oz " * 5, ["036000291452"]),
                Product("MUG_01^~", "Mug ^ with ~ carets and _ Ünïcode 漢字", ["4006381333931"]),
                Product("NOCODE-123456789", "Thing", [])]
    expected = [("U", "036000291452"), ("E", "4006381333931"), ("C", "NOCODE-123456789")]
    for product, (kind, data) in zip(products, expected):
        label = zpl.product_label_zpl(product, dpi, *size, copies=2)
        width, height, found = assert_inside(label)
        assert (width, height) == (round(size[0] * dpi), round(size[1] * dpi))
        assert zpl.label_size_of_zpl(label)[2] == dpi
        codes = [f for f in found if f["kind"] == "barcode"]
        assert [(c["symbology"], c["data"]) for c in codes] == [(kind, data)]
        texts = [f["text"] for f in found if f["kind"] == "text"]
        assert texts[0] == product.sku  # escaped on the wire, intact after ^FH
        assert "^PQ2" in label


def test_field_data_is_escaped():
    assert zpl.escape("a^b~c_d") == "a_5Eb_7Ec_5Fd"
    assert zpl.escape("é") == "_C3_A9"
    label = zpl.product_label_zpl(Product("X^Y", "T~"), 203)
    assert "X^Y" not in label and "T~" not in label


def test_label_size_of_zpl():
    assert zpl.label_size_of_zpl(b"^XA^PW812^LL1218^FO0,0^FDx^FS^XZ") == (812, 1218, 203)
    assert zpl.label_size_of_zpl("^XA^PW1200^LL1800^XZ") == (1200, 1800, 300)
    assert zpl.label_size_of_zpl("^XA^PW800^LL1200^XZ") == (800, 1200, 203)  # 100x150 mm at 8 dots/mm
    assert zpl.label_size_of_zpl("^XA^PW812^XZ") == (812, None, 203)
    assert zpl.label_size_of_zpl("^XA^LL1800^XZ") == (None, 1800, 300)
    assert zpl.label_size_of_zpl("^XA^FDhello^FS^XZ") == (None, None, None)
    assert zpl.label_size_of_zpl("^XA^PW999^LL777^XZ") == (999, 777, None)
    assert zpl.label_size_of_zpl("") == (None, None, None)
    # the mismatch the print path must catch: a 300 dpi label about to go to a 203 dpi printer
    assert zpl.label_size_of_zpl(zpl.test_label_zpl(300))[2] != 203


@settings(max_examples=40, deadline=None)
@given(sku=st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=60),
       title=st.text(max_size=200), dpi=st.sampled_from([203, 300]),
       size=st.sampled_from([(4, 6), (2.25, 1.25), (2, 1)]))
def test_any_sku_and_title_give_a_label_inside_the_bounds_or_a_clear_error(sku, title, dpi, size):
    try:
        label = zpl.product_label_zpl(Product(sku, title), dpi, *size)
    except ValueError as exc:
        assert "too long" in str(exc)
        assert encode("code128", sku).width_modules > round(size[0] * dpi)  # refused only if it cannot fit
        return
    assert_inside(label)


def test_too_long_sku_is_refused_with_a_message():
    with pytest.raises(ValueError, match="too long"):
        zpl.product_label_zpl(Product("X" * 60), 203, 2, 1)


def test_unsupported_dpi_is_refused():
    with pytest.raises(ValueError):
        zpl.test_label_zpl(150)


def test_png_test_label_decodes_and_has_the_frame():
    for dpi in (203, 300):
        image = Image.open(io.BytesIO(testlabel.test_label_png(dpi)))
        assert image.size == (round(4 * dpi), round(6 * dpi))
        assert round(image.info["dpi"][0]) == dpi
        assert [r.text for r in zxingcpp.read_barcodes(image.convert("L"))] == [zpl.test_label_payload(
            dpi, *image.size)]
        gray = image.convert("L")
        w, h = image.size
        for x, y in ((0, h // 2), (w - 1, h // 2), (w // 2, 0), (w // 2, h - 1)):
            assert gray.getpixel((x, y)) == 0  # every side of the frame is drawn


def test_pdf_test_label_decodes():
    pdf = testlabel.test_label_pdf()
    assert decode(pdf, 203) == [["TEST-203-812X1218"]]


def test_test_label_in_every_format():
    assert testlabel.test_label("zpl203").startswith(b"^XA")
    assert b"^PW1200" in testlabel.test_label("zpl300")
    assert testlabel.test_label("pdf").startswith(b"%PDF")
    assert testlabel.test_label("png").startswith(b"\x89PNG")
    with pytest.raises(ValueError):
        testlabel.test_label("eps")


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("size", [(4, 6), (4, 3), (4, 2), (2.25, 1.25), (2, 1), (8.5, 11)])
def test_test_label_of_any_size_stays_inside_and_every_variant_decodes(dpi, size):
    label = zpl.test_label_zpl(dpi, *size, note="station bench 1")
    width, height, found = assert_inside(label)
    payload = zpl.test_label_payload(dpi, width, height)
    assert [f["data"] for f in found if f["kind"] == "barcode"] == [payload]
    image = Image.open(io.BytesIO(testlabel.test_label_png(dpi, *size, note="station bench 1"))).convert("L")
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [payload]
    pdf = testlabel.test_label_pdf(*size, note="station bench 1", dpi=dpi)
    assert decode(pdf, dpi) == [[payload]]
