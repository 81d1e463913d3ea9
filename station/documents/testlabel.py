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
from station.documents.zpl import dots, test_label_payload, test_label_scale, test_label_zpl
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
    """PDF test label (or test page, on sheet sizes); the barcode carries the payload of the ZPL label at ``dpi``."""
    fonts.register_fonts()
    w, h = width_in * INCH, height_in * INCH
    k = test_label_scale(width_in, height_in)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(w, h), initialFontName=fonts.REGULAR)
    canvas.setTitle("Test label")
    edge = 2.0
    canvas.setLineWidth(edge)
    canvas.rect(edge / 2, edge / 2, w - edge, h - edge, fill=0, stroke=1)
    tick = 0.15 * INCH * k
    for inch in range(1, int(width_in) + 1):
        canvas.line(min(inch * INCH, w - edge), h, min(inch * INCH, w - edge), h - tick)
    for inch in range(1, int(height_in) + 1):
        canvas.line(0, h - min(inch * INCH, h - edge), tick, h - min(inch * INCH, h - edge))
    pad = max(0.25 * INCH * k, 3 * edge)
    inner = w - 2 * pad
    title, info, small = max(0.35 * INCH * k, 7), max(0.16 * INCH * k, 5), max(0.13 * INCH * k, 5)
    y = h - max(0.4 * INCH * k, 3 * edge) - title
    fonts.draw(canvas, w / 2, y, "TEST LABEL", fonts.size_to_fit("TEST LABEL", title, inner, True, 5), True,
               "center")
    y -= info * 1.6
    fonts.draw(canvas, w / 2, y, fonts.fit(f"PDF - {width_in:g} x {height_in:g} in", info, inner), info, False,
               "center")
    if note and height_in >= 3:
        for line in fonts.wrap(note, small, inner)[:2]:
            y -= small * 1.5
            fonts.draw(canvas, w / 2, y, line, small, False, "center")
    symbol = barcode_draw.encode("code128", test_label_payload(dpi, dots(width_in, dpi), dots(height_in, dpi)))
    # whole dots of the target printer, on its dot grid, so even 1-dot bars on tiny labels print true
    dot = INCH / dpi
    module = max(1, min(round(1.4 / dot), int((w - 2 * edge) / dot) // symbol.width_modules)) * dot
    text_h = small * 1.6
    bar_h = max(min(1.0 * INCH, y - info - text_h - pad), 10)
    y -= info + bar_h
    left = round((w - symbol.width_modules * module) / 2 / dot) * dot
    barcode_draw.draw_pdf(canvas, symbol, left, y, module, bar_h)
    fonts.draw(canvas, w / 2, y - small * 1.2, symbol.data, small, False, "center")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_label_png(dpi: int = 203, width_in: float = 4, height_in: float = 6, note: str = "") -> bytes:
    """PNG test label at ``dpi`` (1-bit, as a thermal head prints it)."""
    w, h = dots(width_in, dpi), dots(height_in, dpi)
    k = test_label_scale(width_in, height_in)
    image = Image.new("1", (w, h), 1)
    draw = ImageDraw.Draw(image)
    edge = max(dpi // 50, 2)
    draw.rectangle([0, 0, w - 1, h - 1], outline=0, width=edge)
    tick = dots(0.15 * k, dpi)
    for inch in range(1, int(width_in) + 1):
        x = min(dots(inch, dpi), w - edge)
        draw.rectangle([x - edge // 2, 0, x + edge // 2, tick], fill=0)
    for inch in range(1, int(height_in) + 1):
        y = min(dots(inch, dpi), h - edge)
        draw.rectangle([0, y - edge // 2, tick, y + edge // 2], fill=0)
    title_px, info_px = max(dots(0.3 * k, dpi), 14), max(dots(0.14 * k, dpi), 10)
    bold = ImageFont.truetype(str(resources_path("fonts/DejaVuSans-Bold.ttf")), title_px)
    regular = ImageFont.truetype(str(resources_path("fonts/DejaVuSans.ttf")), info_px)
    y = max(dots(0.4 * k, dpi), 2 * edge)
    draw.text((w // 2, y), "TEST LABEL", font=bold, fill=0, anchor="mt")
    y += int(title_px * 1.4)
    draw.text((w // 2, y), f"PNG - {dpi} dpi - {width_in:g} x {height_in:g} in - {w} x {h} dots", font=regular,
              fill=0, anchor="mt")
    if note and height_in >= 3:
        y += int(info_px * 1.5)
        draw.text((w // 2, y), fonts.clean(note)[:80], font=regular, fill=0, anchor="mt")
    y += int(info_px * 2.2)
    symbol = barcode_draw.encode("code128", test_label_payload(dpi, w, h))
    module = max(1, min(dpi // 100, w // symbol.width_modules))
    bar_h = max(min(dots(1.0, dpi), h - y - int(info_px * 1.6) - 2 * edge), 10)
    barcode_draw.draw_image(draw, symbol, (w - symbol.width_modules * module) // 2, y, module, bar_h)
    draw.text((w // 2, y + bar_h + 2), symbol.data, font=regular, fill=0, anchor="mt")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


for _f in (test_label, test_label_pdf, test_label_png):
    _f.__test__ = False  # type: ignore[attr-defined]  # not pytest tests, despite their names
