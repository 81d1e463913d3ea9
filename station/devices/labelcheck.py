"""Is this label right for the label printer's settings? Checked before a label is queued and again
before it is sent, so a 300 dpi label never comes out tiny on a 203 dpi printer, and a PDF never
goes to a ZPL printer.

``label.format``: ``zpl203``, ``zpl300`` (4x6 in at 203/300 dpi), ``pdf``, ``png`` (4x6 in pages).
"""

from __future__ import annotations

import io
import re

from station.devices.printers import PDF, PNG, ZPL, load_pdf

DPI = {"zpl203": 203, "zpl300": 300}
WIDTH_IN, LENGTH_IN = 4.0, 6.0
SIZE_SLACK_IN = 0.15  # 100x150 mm and 4x6 in both pass; 4x8 or A6 do not
FORMAT_WORDS = {"zpl203": "ZPL at 203 dpi", "zpl300": "ZPL at 300 dpi", "pdf": "PDF", "png": "PNG"}


class LabelMismatch(ValueError):
    """The label does not fit the printer's settings; the message says what to change."""


def content_type_of(fmt: str) -> str:
    return {"zpl203": ZPL, "zpl300": ZPL, "pdf": PDF, "png": PNG}[fmt]


def zpl_extent(data: bytes) -> tuple[int | None, int | None, int]:
    """(^PW print width, ^LL label length, largest field x origin) in dots."""
    text = data.decode("latin-1")
    widths = [int(m) for m in re.findall(r"\^PW\s*(\d+)", text)]
    lengths = [int(m) for m in re.findall(r"\^LL\s*(\d+)", text)]
    xs = [int(m) for m in re.findall(r"\^F[OT]\s*(\d+)", text)]
    return (max(widths) if widths else None, max(lengths) if lengths else None, max(xs) if xs else 0)


def _zpl_size(data: bytes) -> tuple[int | None, int | None, int, int | None]:
    """(width, length, largest x, dpi the label was made for) with the documents package's reader
    (one ZPL reader for the app) where it can tell."""
    width, length, max_x = zpl_extent(data)
    try:
        from station.documents.zpl import label_size_of_zpl
        made_for = label_size_of_zpl(data)[2]
    except Exception:  # noqa: BLE001 - our own reading is enough to check the size
        made_for = None
    return width, length, max_x, made_for


def check_zpl(data: bytes, dpi: int) -> None:
    if b"^XA" not in data.upper():
        raise LabelMismatch("The label is not ZPL (no ^XA), but the label printer is set for ZPL.")
    width, length, max_x, made_for = _zpl_size(data)
    if made_for and made_for != dpi and made_for in DPI.values():
        raise LabelMismatch(f"The label was made for {made_for} dpi ({width} x {length} dots), but the label "
                            f"printer is set to {dpi} dpi: it would print at the wrong size. Set the label format "
                            f"to ZPL {made_for} dpi if that is your printer, or ask for {dpi} dpi labels.")
    max_w = (WIDTH_IN + SIZE_SLACK_IN) * dpi
    max_l = (LENGTH_IN + SIZE_SLACK_IN) * dpi
    other = 300 if dpi == 203 else 203
    if width and width > max_w:
        made_for = " (it looks made for 300 dpi)" if dpi == 203 and width <= (WIDTH_IN + SIZE_SLACK_IN) * 300 else ""
        raise LabelMismatch(f"The label is {width} dots wide, wider than 4 in at {dpi} dpi{made_for}. "
                            f"Set the label format to ZPL {other} dpi if that is your printer, or ask for "
                            f"{dpi} dpi labels.")
    if width and dpi == 300 and width <= (WIDTH_IN + SIZE_SLACK_IN) * 203 and width < 0.8 * WIDTH_IN * 300:
        raise LabelMismatch(f"The label is {width} dots wide: a 203 dpi label, which would print at 2/3 size "
                            "on this 300 dpi printer. Set the label format to ZPL 203 dpi or ask for 300 dpi labels.")
    if length and length > max_l:
        raise LabelMismatch(f"The label is {length} dots long, longer than 6 in at {dpi} dpi. "
                            "Check the label size (4x6 in) and the DPI setting.")
    if not width and max_x > max_w:
        raise LabelMismatch(f"The label places fields {max_x} dots from the left edge, beyond 4 in at {dpi} dpi: "
                            f"it was made for a bigger label or {other} dpi.")


def pdf_page_size(data: bytes) -> tuple[float, float] | None:
    """Points (w, h) of the first page: the MediaBox, or Qt's reader when the page dict is compressed."""
    match = re.search(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", data)
    if match:
        x0, y0, x1, y1 = (float(v) for v in match.groups())
        return abs(x1 - x0), abs(y1 - y0)
    try:
        document = load_pdf(data)
    except ImportError:  # no QtPdf: the size stays unknown
        return None
    if document is None:
        return None
    size = document.pagePointSize(0)
    return size.width(), size.height()


def _is_4x6(w_in: float, h_in: float) -> bool:
    short, long = sorted((w_in, h_in))
    return abs(short - WIDTH_IN) <= SIZE_SLACK_IN and abs(long - LENGTH_IN) <= SIZE_SLACK_IN


def check_pdf(data: bytes) -> None:
    if not data.startswith(b"%PDF"):
        raise LabelMismatch("The label is not a PDF, but the label printer is set for PDF labels.")
    size = pdf_page_size(data)
    if size is None:
        raise LabelMismatch("The label PDF cannot be read (damaged?).")
    w_in, h_in = size[0] / 72, size[1] / 72
    if not _is_4x6(w_in, h_in):
        raise LabelMismatch(f"The label page is {w_in:.2f} x {h_in:.2f} in, not 4 x 6 in: it would be cut or "
                            "shrunk on the label printer.")


def check_png(data: bytes) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        width, height = image.size
        dpi = image.info.get("dpi")
    except (UnidentifiedImageError, OSError):
        raise LabelMismatch("The label is not a PNG image, but the label printer is set for PNG labels.") from None
    if image.format != "PNG":
        raise LabelMismatch(f"The label is a {image.format} image, not PNG.")
    short, long = sorted((width, height))
    if abs(long / short - LENGTH_IN / WIDTH_IN) > 0.04:
        raise LabelMismatch(f"The label image is {width} x {height} pixels, not the 2:3 shape of a 4x6 label.")
    if dpi and dpi[0] and not _is_4x6(width / float(dpi[0]), height / float(dpi[1] or dpi[0])):
        raise LabelMismatch(f"The label image is {width / float(dpi[0]):.2f} in wide at {float(dpi[0]):.0f} dpi, "
                            "not 4 x 6 in.")


def check_label(data: bytes, content_type: str, label_format: str) -> None:
    """Raises LabelMismatch with a plain message when this label must not go to the label printer."""
    wanted = content_type_of(label_format)
    if content_type != wanted:
        got = {ZPL: "ZPL", PDF: "PDF", PNG: "PNG"}.get(content_type, content_type)
        raise LabelMismatch(f"The label is {got}, but the label printer is set for {FORMAT_WORDS[label_format]}. "
                            "Change the label format in Settings > Devices, or get the label in that format.")
    if content_type == ZPL:
        check_zpl(data, DPI[label_format])
    elif content_type == PDF:
        check_pdf(data)
    else:
        check_png(data)
