"""The printer test label in every label format the station prints (setting ``label.format``).

ZPL for thermal printers (``zpl203``, ``zpl300``), PDF for a driver-based printer, PNG for a
folder or a viewer: the same frame around the printable area and the same barcode payload.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen.canvas import Canvas

from station.documents import barcode_draw, fonts
from station.documents.slip import INCH
from station.documents.zpl import dots, test_label_payload, test_label_zpl
from station.resourcefiles import resources_path

FORMATS = ("zpl203", "zpl300", "pdf", "png")


def test_label(fmt: str, width_in: float = 4, height_in: float = 6, note: str = "") -> bytes:
    """The test label as the bytes to send to the printer (ZPL text as ASCII)."""
    if fmt == "zpl203":
        return test_label_zpl(203, width_in, height_in, note).encode("ascii")
    if fmt == "zpl300":
        return test_label_zpl(300, width_in, height_in, note).encode("ascii")
    if fmt == "pdf":
        return test_label_pdf(width_in, height_in, note)
    if fmt == "png":
        return test_label_png(203, width_in, height_in, note)
    raise ValueError(f"unknown label format {fmt!r}; use one of {', '.join(FORMATS)}")


def test_label_pdf(width_in: float = 4, height_in: float = 6, note: str = "", dpi: int = 203) -> bytes:
    """PDF test label; the barcode carries the payload of the ZPL label at ``dpi``."""
    fonts.register_fonts()
    w, h = width_in * INCH, height_in * INCH
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(w, h), initialFontName=fonts.REGULAR)
    canvas.setTitle("Test label")
    edge = 2.0
    canvas.setLineWidth(edge)
    canvas.rect(edge / 2, edge / 2, w - edge, h - edge, fill=0, stroke=1)
    for inch in range(1, int(width_in) + 1):
        canvas.line(min(inch * INCH, w - edge), h, min(inch * INCH, w - edge), h - 0.15 * INCH)
    for inch in range(1, int(height_in) + 1):
        canvas.line(0, h - min(inch * INCH, h - edge), 0.15 * INCH, h - min(inch * INCH, h - edge))
    pad = 0.25 * INCH
    y = h - 0.4 * INCH - 0.35 * INCH
    fonts.draw(canvas, w / 2, y, "TEST LABEL", 0.35 * INCH, True, "center")
    y -= 0.3 * INCH
    fonts.draw(canvas, w / 2, y, fonts.fit(f"PDF - {width_in:g} x {height_in:g} in", 0.16 * INCH, w - 2 * pad),
               0.16 * INCH, False, "center")
    if note:
        for line in fonts.wrap(note, 0.13 * INCH, w - 2 * pad)[:2]:
            y -= 0.2 * INCH
            fonts.draw(canvas, w / 2, y, line, 0.13 * INCH, False, "center")
    symbol = barcode_draw.encode("code128", test_label_payload(dpi, dots(width_in, dpi), dots(height_in, dpi)))
    module = barcode_draw.module_to_fit(symbol, w - 2 * edge, 1.4)
    bar_h = min(1.0 * INCH, max(y - 0.9 * INCH, 0.3 * INCH))
    y -= 0.25 * INCH + bar_h
    barcode_draw.draw_pdf(canvas, symbol, (w - symbol.width_modules * module) / 2, y, module, bar_h)
    fonts.draw(canvas, w / 2, y - 0.18 * INCH, symbol.data, 0.13 * INCH, False, "center")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_label_png(dpi: int = 203, width_in: float = 4, height_in: float = 6, note: str = "") -> bytes:
    """PNG test label at ``dpi`` (1-bit, as a thermal head prints it)."""
    w, h = dots(width_in, dpi), dots(height_in, dpi)
    image = Image.new("1", (w, h), 1)
    draw = ImageDraw.Draw(image)
    edge = max(dpi // 50, 2)
    draw.rectangle([0, 0, w - 1, h - 1], outline=0, width=edge)
    tick = dots(0.15, dpi)
    for inch in range(1, int(width_in) + 1):
        x = min(dots(inch, dpi), w - edge)
        draw.rectangle([x - edge // 2, 0, x + edge // 2, tick], fill=0)
    for inch in range(1, int(height_in) + 1):
        y = min(dots(inch, dpi), h - edge)
        draw.rectangle([0, y - edge // 2, tick, y + edge // 2], fill=0)
    bold = ImageFont.truetype(str(resources_path("fonts/DejaVuSans-Bold.ttf")), dots(0.3, dpi))
    regular = ImageFont.truetype(str(resources_path("fonts/DejaVuSans.ttf")), dots(0.14, dpi))
    y = dots(0.4, dpi)
    draw.text((w // 2, y), "TEST LABEL", font=bold, fill=0, anchor="mt")
    y += dots(0.45, dpi)
    draw.text((w // 2, y), f"PNG - {dpi} dpi - {width_in:g} x {height_in:g} in - {w} x {h} dots", font=regular,
              fill=0, anchor="mt")
    if note:
        y += dots(0.22, dpi)
        draw.text((w // 2, y), fonts.clean(note)[:80], font=regular, fill=0, anchor="mt")
    y += dots(0.35, dpi)
    symbol = barcode_draw.encode("code128", test_label_payload(dpi, w, h))
    module = max(1, min(dpi // 100, w // symbol.width_modules))
    bar_h = min(dots(1.0, dpi), max(h - y - dots(0.6, dpi), dots(0.3, dpi)))
    barcode_draw.draw_image(draw, symbol, (w - symbol.width_modules * module) // 2, y, module, bar_h)
    draw.text((w // 2, y + bar_h + dots(0.05, dpi)), symbol.data, font=regular, fill=0, anchor="mt")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


for _f in (test_label, test_label_pdf, test_label_png):
    _f.__test__ = False  # type: ignore[attr-defined]  # not pytest tests, despite their names
