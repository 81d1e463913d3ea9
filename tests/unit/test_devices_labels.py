"""Label checks against label.format: wrong format, resolution or size is caught before printing."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from station.devices.labelcheck import LabelMismatch, check_label, zpl_extent
from station.documents.zpl import test_label_zpl


def pdf_of(width_pt: float, height_pt: float) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width_pt, height_pt))
    canvas.drawString(20, 20, "label")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def png_of(width: int, height: int, dpi: int | None = None) -> bytes:
    out = io.BytesIO()
    Image.new("1", (width, height), 1).save(out, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return out.getvalue()


def test_test_labels_pass_at_their_own_resolution():
    check_label(test_label_zpl(203).encode(), "application/zpl", "zpl203")
    check_label(test_label_zpl(300).encode(), "application/zpl", "zpl300")


def test_300_dpi_label_on_203_printer_is_refused():
    with pytest.raises(LabelMismatch, match="made for 300 dpi"):
        check_label(test_label_zpl(300).encode(), "application/zpl", "zpl203")


def test_203_dpi_label_on_300_printer_is_refused():
    with pytest.raises(LabelMismatch, match="203 dpi"):
        check_label(test_label_zpl(203).encode(), "application/zpl", "zpl300")


def test_zpl_without_size_commands_judged_by_field_positions():
    assert zpl_extent(b"^XA^FO1000,50^FDX^FS^XZ") == (None, None, 1000)
    with pytest.raises(LabelMismatch, match="1000 dots from the left"):
        check_label(b"^XA^FO1000,50^FDX^FS^XZ", "application/zpl", "zpl203")
    check_label(b"^XA^FO1000,50^FDX^FS^XZ", "application/zpl", "zpl300")


def test_8_inch_long_label_is_refused():
    with pytest.raises(LabelMismatch, match="longer than 6 in"):
        check_label(b"^XA^PW812^LL1624^FO0,0^FDX^FS^XZ", "application/zpl", "zpl203")


def test_wrong_kind_of_label():
    with pytest.raises(LabelMismatch, match="The label is PDF, but the label printer is set for ZPL at 203 dpi"):
        check_label(pdf_of(288, 432), "application/pdf", "zpl203")
    with pytest.raises(LabelMismatch, match="not ZPL"):
        check_label(b"hello", "application/zpl", "zpl203")


def test_pdf_labels_must_be_4x6():
    check_label(pdf_of(288, 432), "application/pdf", "pdf")
    check_label(pdf_of(432, 288), "application/pdf", "pdf")  # landscape page of the same label
    check_label(pdf_of(100 / 25.4 * 72, 150 / 25.4 * 72), "application/pdf", "pdf")  # 100x150 mm
    with pytest.raises(LabelMismatch, match="8.50 x 11.00 in"):
        check_label(pdf_of(612, 792), "application/pdf", "pdf")


def test_png_labels_must_be_4x6():
    check_label(png_of(812, 1218, 203), "image/png", "png")
    check_label(png_of(1200, 1800), "image/png", "png")
    with pytest.raises(LabelMismatch, match="2:3"):
        check_label(png_of(812, 812), "image/png", "png")
    with pytest.raises(LabelMismatch, match="in wide"):
        check_label(png_of(812, 1218, 96), "image/png", "png")
    with pytest.raises(LabelMismatch, match="not a PNG"):
        check_label(b"junk", "image/png", "png")


def _sandbox_label():
    labels = pytest.importorskip("station.amazon.sandbox.labels")
    fields = {"tracking": "1Z999AA10123456784", "carrier": "UPS", "service": "Ground", "ship_to": ["A B", "1 Main St"],
              "ship_from": ["Seller", "2 Side St"], "weight_text": "1.2 lb", "reference": "113-1234567-1234567"}
    names = labels.LabelData.__dataclass_fields__
    return labels, labels.LabelData(**{k: v for k, v in fields.items() if k in names})


@pytest.mark.parametrize("fmt,dpi,setting,ok", [
    ("ZPL", 203, "zpl203", True), ("ZPL", 300, "zpl300", True), ("ZPL", 300, "zpl203", False),
    ("ZPL", 203, "zpl300", False), ("PDF", 203, "pdf", True), ("PNG", 203, "png", True), ("PDF", 203, "zpl203", False),
])
def test_labels_as_buy_shipping_sends_them(fmt, dpi, setting, ok):
    labels, data = _sandbox_label()
    payload = labels.render(data, fmt, dpi)
    content_type = {"ZPL": "application/zpl", "PDF": "application/pdf", "PNG": "image/png"}[fmt]
    if ok:
        check_label(payload, content_type, setting)
    else:
        with pytest.raises(LabelMismatch):
            check_label(payload, content_type, setting)
