"""Shipping label documents as a carrier would send them: ZPL (at 203 or 300 dpi), PDF or PNG.

Each label is 4x6 in and carries the ship-to address, carrier, service and the
tracking number as a Code 128 barcode, so the station's printing and barcode
decoding can be tested end to end.
"""

from __future__ import annotations

import io
import pathlib
from dataclasses import dataclass

SUPPORTED_DPIS = (203, 300)
WIDTH_IN, LENGTH_IN = 4, 6


@dataclass(frozen=True)
class LabelData:
    tracking: str
    carrier: str
    service: str
    ship_to: list[str]  # address lines, first is the name
    ship_from: list[str]
    weight_text: str
    reference: str  # order id / package reference


def _zpl_text(value: str) -> str:
    # ^FH lets us hex-escape the characters ZPL treats as commands, and UTF-8 (^CI28) the rest.
    return "".join(f"_{ord(c):02X}" if c in "^~_" else c for c in value)


def render_zpl(label: LabelData, dpi: int) -> bytes:
    s = dpi / 203.0

    def d(v: float) -> int:
        return int(round(v * s))

    out = ["^XA", "^CI28", f"^PW{WIDTH_IN * dpi}", f"^LL{LENGTH_IN * dpi}", "^LH0,0"]
    out.append(f"^FO{d(30)},{d(30)}^A0N,{d(28)},{d(28)}^FH^FDFROM:^FS")
    for i, line in enumerate(label.ship_from[:4]):
        out.append(f"^FO{d(30)},{d(62 + i * 28)}^A0N,{d(24)},{d(24)}^FH^FD{_zpl_text(line)}^FS")
    out.append(f"^FO{d(30)},{d(190)}^GB{d(752)},{d(3)},{d(3)}^FS")
    out.append(f"^FO{d(30)},{d(210)}^A0N,{d(30)},{d(30)}^FH^FDSHIP TO:^FS")
    for i, line in enumerate(label.ship_to[:6]):
        out.append(f"^FO{d(60)},{d(250 + i * 40)}^A0N,{d(36)},{d(36)}^FH^FD{_zpl_text(line)}^FS")
    out.append(f"^FO{d(30)},{d(500)}^GB{d(752)},{d(3)},{d(3)}^FS")
    out.append(f"^FO{d(30)},{d(520)}^A0N,{d(44)},{d(44)}^FH^FD{_zpl_text(label.carrier.upper())}^FS")
    out.append(f"^FO{d(30)},{d(575)}^A0N,{d(30)},{d(30)}^FH^FD{_zpl_text(label.service)}  {label.weight_text}^FS")
    out.append(f"^FO{d(30)},{d(640)}^A0N,{d(26)},{d(26)}^FDTRACKING #: {label.tracking}^FS")
    out.append(f"^FO{d(40)},{d(690)}^BY{max(2, d(3))},3,{d(220)}^BCN,{d(220)},N,N,N^FD{label.tracking}^FS")
    out.append(f"^FO{d(30)},{d(1150)}^A0N,{d(24)},{d(24)}^FH^FDREF: {_zpl_text(label.reference)}^FS")
    out.append("^XZ")
    return ("\n".join(out) + "\n").encode("utf-8")


def render_pdf(label: LabelData) -> bytes:
    from reportlab.graphics.barcode import code128
    from reportlab.lib.units import inch
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(WIDTH_IN * inch, LENGTH_IN * inch))
    top = LENGTH_IN * inch
    pdf.setFont("Helvetica", 8)
    for i, line in enumerate(["FROM:"] + label.ship_from[:4]):
        pdf.drawString(12, top - 16 - i * 10, line)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(12, top - 80, "SHIP TO:")
    pdf.setFont("Helvetica", 12)
    for i, line in enumerate(label.ship_to[:6]):
        pdf.drawString(24, top - 98 - i * 14, line)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(12, top - 200, label.carrier.upper())
    pdf.setFont("Helvetica", 10)
    pdf.drawString(12, top - 216, f"{label.service}  {label.weight_text}")
    pdf.drawString(12, top - 236, f"TRACKING #: {label.tracking}")
    barcode = code128.Code128(label.tracking, barHeight=0.9 * inch, barWidth=1.0)
    barcode.drawOn(pdf, max(6, (WIDTH_IN * inch - barcode.width) / 2), top - 320)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(12, 14, f"REF: {label.reference}")
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def render_png(label: LabelData, dpi: int) -> bytes:
    import barcode
    from barcode.writer import ImageWriter
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (WIDTH_IN * dpi, LENGTH_IN * dpi), 255)
    draw = ImageDraw.Draw(image)
    s = dpi / 203.0
    font = _font(int(28 * s), ImageFont)
    big = _font(int(44 * s), ImageFont)
    y = int(30 * s)
    for line in ["FROM:"] + label.ship_from[:4]:
        draw.text((int(30 * s), y), line, fill=0, font=font)
        y += int(30 * s)
    y = int(220 * s)
    for line in ["SHIP TO:"] + label.ship_to[:6]:
        draw.text((int(40 * s), y), line, fill=0, font=font)
        y += int(38 * s)
    draw.text((int(30 * s), int(520 * s)), label.carrier.upper(), fill=0, font=big)
    draw.text((int(30 * s), int(580 * s)), f"{label.service}  {label.weight_text}", fill=0, font=font)
    draw.text((int(30 * s), int(630 * s)), f"TRACKING #: {label.tracking}", fill=0, font=font)
    code = barcode.get("code128", label.tracking, writer=ImageWriter())
    bars = code.render({"module_width": 0.3 * 203 / dpi * s * 1.4, "module_height": 22.0, "quiet_zone": 4.0,
                        "write_text": False, "dpi": dpi})
    bars = bars.convert("L")
    if bars.width > image.width - 20:
        bars = bars.resize((image.width - 20, bars.height))
    image.paste(bars, ((image.width - bars.width) // 2, int(690 * s)))
    draw.text((int(30 * s), int(1150 * s)), f"REF: {label.reference}", fill=0, font=font)
    buf = io.BytesIO()
    image.save(buf, format="PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def _font(size: int, image_font):
    # Bitstream Vera ships with reportlab (a dependency) and covers the Latin accents
    # of our CA/MX addresses, which Pillow's built-in font does not.
    import reportlab

    vera = pathlib.Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    try:
        return image_font.truetype(str(vera), size)
    except OSError:
        return image_font.load_default()


def render(label: LabelData, fmt: str, dpi: int) -> bytes:
    if fmt == "ZPL":
        return render_zpl(label, dpi)
    if fmt == "PDF":
        return render_pdf(label)
    if fmt == "PNG":
        return render_png(label, dpi)
    raise ValueError(f"unsupported label format {fmt!r}")
