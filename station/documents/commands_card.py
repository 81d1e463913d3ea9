"""The command card (DESIGN.md 3.4) and product barcode labels for items that arrive without one.

The command card is meant to be cut up and taped to the bench: each command in its own
dashed box, a big caption a gloved packer reads from a metre away, the Code 128 and its
payload in small print.
"""

from __future__ import annotations

import io
from typing import Iterable

from reportlab.pdfgen.canvas import Canvas

from station.documents import barcode_draw, fonts
from station.documents.i18n import Texts
from station.documents.slip import INCH, paper_size
from station.domain.commands import Command
from station.domain.order import Product

# caption and what it does, in the order packers need them
COMMANDS: list[tuple[Command, str, str]] = [
    (Command.CONFIRM, "CONFIRM", "Finish the package: label if needed, then confirm shipment."),
    (Command.NEXT_BOX, "NEXT BOX", "Close this box and start another one."),
    (Command.REPRINT, "REPRINT", "Print the label or slip again."),
    (Command.CANCEL, "CANCEL", "Leave this order; nothing scanned is lost."),
    (Command.ACK, "ACKNOWLEDGE", "Acknowledge an error stop."),
    (Command.SKIP, "SKIP", "Supervisor: count a unit that has no barcode."),
]

MIN_MODULE = 72 / 203  # one dot of a 203 dpi printer: thinner bars do not print

LABEL_SIZES: dict[str, tuple[float, float]] = {  # width x height in inches, as the label stock is sold
    "4x6": (4, 6),
    "4x3": (4, 3),
    "4x2": (4, 2),
    "3x2": (3, 2),
    "2.25x1.25": (2.25, 1.25),
    "2x1": (2, 1),
}


def label_size(name: str) -> tuple[float, float]:
    """Width and height in points of a label size name such as ``4x6``."""
    try:
        w, h = LABEL_SIZES[name]
    except KeyError:
        raise ValueError(f"unknown label size {name!r}; use one of {', '.join(LABEL_SIZES)}") from None
    return w * INCH, h * INCH


def render_command_card(paper: str = "letter", locale: str = "en_US") -> bytes:
    """One page with every command barcode; on 4x6 stock the six fit one label."""
    fonts.register_fonts()
    t = Texts(locale)
    width, height = paper_size(paper)
    small_paper = paper == "4x6"
    margin = 10 if small_paper else 36
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1, initialFontName=fonts.REGULAR)
    canvas.setTitle("Command barcodes")
    canvas.setCreator("station")
    title_size = 11 if small_paper else 20
    top = height - margin
    fonts.draw(canvas, margin, top - title_size, t("Command barcodes"), title_size, True)
    if not small_paper:
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        fonts.draw(canvas, margin, top - title_size - 14, t("Scan these at the packing station."), 9)
        canvas.setFillColorRGB(0, 0, 0)
    top -= title_size + (8 if small_paper else 26)
    columns = 1 if small_paper else 2
    rows = -(-len(COMMANDS) // columns)
    cell_w = (width - 2 * margin) / columns
    cell_h = (top - margin) / rows
    caption_size = 13 if small_paper else 26
    text_size = 6 if small_paper else 9
    module = 3 * 72 / 203 if small_paper else 1.4  # 3 dots a module on a 203 dpi head
    for index, (command, caption, what) in enumerate(COMMANDS):
        col, row = index % columns, index // columns
        x = margin + col * cell_w
        y_top = top - row * cell_h
        canvas.saveState()
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.5)
        canvas.setStrokeColorRGB(0.5, 0.5, 0.5)
        canvas.rect(x + 2, y_top - cell_h + 2, cell_w - 4, cell_h - 4, fill=0, stroke=1)
        canvas.restoreState()
        inner = cell_w - 16
        text_block = text_size * 4
        bar_h = max(min(cell_h - caption_size - text_block - 22, 100), 18)
        content = caption_size + 6 + bar_h + text_block
        y = y_top - (cell_h - content) / 2 - caption_size
        fonts.draw(canvas, x + cell_w / 2, y, fonts.fit(t(caption), caption_size, inner, True), caption_size, True,
                   "center")
        symbol = barcode_draw.encode("code128", command.value)
        m = barcode_draw.module_to_fit(symbol, inner, module)
        bar_w = symbol.width_modules * m
        y -= 6 + bar_h
        barcode_draw.draw_pdf(canvas, symbol, x + (cell_w - bar_w) / 2, y, m, bar_h)
        y -= text_size * 1.3
        fonts.draw(canvas, x + cell_w / 2, y, command.value, text_size, True, "center")
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        for line in fonts.wrap(t(what), text_size, inner)[:2]:
            y -= text_size * 1.3
            fonts.draw(canvas, x + cell_w / 2, y, line, text_size, False, "center")
        canvas.setFillColorRGB(0, 0, 0)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_product_labels(products: Iterable[Product], size: str = "4x6", copies: int = 1) -> bytes:
    """One label per page (``copies`` of each): the product's GTIN as EAN-13/UPC-A, else its SKU as Code 128.

    The title is shortened to fit (a label is no slip); SKU and code always print in full.
    """
    fonts.register_fonts()
    width, height = label_size(size)
    margin = min(width, height) * 0.06
    inner = width - 2 * margin
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1, initialFontName=fonts.REGULAR)
    canvas.setTitle("Product labels")
    canvas.setCreator("station")
    count = 0
    for product in products:
        symbol = barcode_draw.product_symbol(list(product.barcodes), product.sku)
        if symbol.width_modules * MIN_MODULE > width:
            raise ValueError(f"{symbol.data!r} is too long for a barcode on a {size} label")
        for _ in range(max(copies, 1)):
            _draw_product_label(canvas, product, symbol, width, height, margin, inner)
            count += 1
    if count == 0:
        raise ValueError("no products to label")
    canvas.save()
    return buffer.getvalue()


def _draw_product_label(canvas: Canvas, product: Product, symbol: barcode_draw.Symbol, width: float,
                        height: float, margin: float, inner: float) -> None:
    unit = min(height / 6, width / 4)  # sizes scale with the label; 4x6 is the reference
    sku_size = max(min(unit * 0.2, 22), 6)
    title_size = max(min(unit * 0.13, 14), 5)
    text_size = max(min(unit * 0.12, 12), 5)
    y = height - margin - sku_size
    fonts.draw(canvas, width / 2, y, fonts.fit(product.sku, sku_size, inner, True), sku_size, True, "center")
    max_title_lines = 3 if height > 2 * INCH else 1
    title_lines = fonts.wrap(product.title, title_size, inner)
    if len(title_lines) > max_title_lines:
        title_lines = title_lines[:max_title_lines - 1] + [fonts.fit(" ".join(title_lines[max_title_lines - 1:]),
                                                                     title_size, inner)]
    for line in title_lines:
        y -= title_size * 1.25
        fonts.draw(canvas, width / 2, y, line, title_size, False, "center")
    bottom = margin + text_size * 1.6
    # as wide as the label allows (the quiet zones may use the margins), at most 1.6 pt a module
    module = barcode_draw.module_to_fit(symbol, width - margin, 1.6, MIN_MODULE)
    bar_w = symbol.width_modules * module
    bar_h = max(min(y - bottom - text_size, 1.5 * INCH), 14)
    barcode_draw.draw_pdf(canvas, symbol, (width - bar_w) / 2, bottom, module, bar_h)
    fonts.draw(canvas, width / 2, margin, symbol.data, text_size, False, "center")
    canvas.showPage()
