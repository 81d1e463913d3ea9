"""ZPL II for thermal label printers (4x6 in at 203 or 300 dpi): test and product labels,
and a check of what size and resolution a ZPL label was made for.

Every field is placed in whole dots from the label size and dpi, and ^PW/^LL state the
label size, so a label made for 300 dpi is caught before it prints at two-thirds size on
a 203 dpi printer (see ``label_size_of_zpl``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from station.documents import barcode_draw
from station.domain.order import Product

DPIS = (203, 300, 600)
# label stock as sold: inches, and the metric sizes common in Europe (100x150 mm etc.)
STOCK_SIZES: tuple[tuple[float, float], ...] = (
    (4, 6), (4, 4), (4, 3), (4, 2), (4, 8), (3, 2), (3, 1), (2.25, 1.25), (2, 1), (2.25, 0.75), (6, 4),
    (100 / 25.4, 150 / 25.4), (100 / 25.4, 100 / 25.4), (50 / 25.4, 25 / 25.4), (57 / 25.4, 32 / 25.4),
)


def dots(inches: float, dpi: int) -> int:
    return int(round(inches * dpi))


def escape(text: str) -> str:
    """Field data for ^FH: ^, ~, _ and anything outside printable ASCII as _XX (UTF-8 bytes, ^CI28)."""
    out = []
    for ch in text:
        if 32 <= ord(ch) < 127 and ch not in "^~_\\":
            out.append(ch)
        elif ch in "\r\n\t":
            out.append(" ")
        else:
            out.extend(f"_{b:02X}" for b in ch.encode("utf-8", "replace"))
    return "".join(out)


@dataclass
class ZplLabel:
    """A label being built: keeps every field inside ^PW x ^LL."""

    width: int
    height: int
    dpi: int
    commands: list[str]

    @classmethod
    def start(cls, width_in: float, height_in: float, dpi: int) -> "ZplLabel":
        if dpi not in DPIS:
            raise ValueError(f"unsupported dpi {dpi}; use one of {', '.join(map(str, DPIS))}")
        w, h = dots(width_in, dpi), dots(height_in, dpi)
        return cls(w, h, dpi, ["^XA", "^CI28", f"^PW{w}", f"^LL{h}", "^LH0,0", "^LS0"])

    def box(self, x: int, y: int, w: int, h: int, thickness: int) -> None:
        w, h = min(w, self.width - x), min(h, self.height - y)
        thickness = max(1, min(thickness, w, h))
        self.commands.append(f"^FO{x},{y}^GB{w},{h},{thickness}^FS")

    def text(self, x: int, y: int, width: int, size: int, text: str, lines: int = 1, align: str = "C") -> int:
        """A text block of ``lines`` at most, wrapped by the printer (^FB); returns its height."""
        width = min(width, self.width - x)
        self.commands.append(f"^FO{x},{y}^A0N,{size},{size}^FB{width},{lines},0,{align},0"
                             f"^FH^FD{escape(text)}^FS")
        return size * lines

    def barcode(self, y: int, symbol: barcode_draw.Symbol, height: int, max_module: int) -> tuple[int, int]:
        """Centre a barcode with its human-readable line; returns (x, total height)."""
        if symbol.width_modules > self.width:
            raise ValueError(f"{symbol.data!r} is too long for a barcode on a label {self.width} dots wide")
        module = max(1, min(max_module, self.width // symbol.width_modules))
        x = max((self.width - symbol.width_modules * module) // 2 + barcode_draw.QUIET_MODULES * module, 0)
        text_h = module * 9 + 10  # the printer's interpretation line under the bars
        if symbol.kind == "code128":
            # mode A: the printer picks subsets B/C itself; ^FH keeps ^ and ~ literal
            code = f"^BCN,{height},Y,N,N,A^FH^FD{escape(symbol.data)}^FS"
        elif symbol.kind == "ean13":
            code = f"^BEN,{height},Y,N^FD{symbol.data[:12]}^FS"
        else:
            code = f"^BUN,{height},Y,N,Y^FD{symbol.data[:11]}^FS"
        self.commands.append(f"^FO{x},{y}^BY{module},3,{height}{code}")
        return x, height + text_h

    def end(self, copies: int = 1) -> str:
        return "\n".join(self.commands + [f"^PQ{max(copies, 1)}", "^XZ"]) + "\n"


def test_label_scale(width_in: float, height_in: float) -> float:
    """Text sizes of the test label relative to a 4x6 label (smaller stock gets smaller text)."""
    return min(1.0, width_in / 4, height_in / 3)


def test_label_zpl(dpi: int = 203, width_in: float = 4, height_in: float = 6, note: str = "") -> str:
    """A test label: the printable area outlined, inch marks, size and dpi in words, and a Code 128.

    The barcode reads ``TEST-{dpi}-{width}X{height}`` (in dots), so scanning it tells which label this is.
    """
    label = ZplLabel.start(width_in, height_in, dpi)
    w, h = label.width, label.height
    k = test_label_scale(width_in, height_in)
    edge = max(dpi // 50, 2)
    label.box(0, 0, w, h, edge)  # the printable area: every side of this frame must print
    tick = dots(0.15 * k, dpi)
    for inch in range(1, int(width_in) + 1):
        x = min(dots(inch, dpi), w - edge)
        label.box(x - edge // 2, 0, edge, tick, edge)
    for inch in range(1, int(height_in) + 1):
        y = min(dots(inch, dpi), h - edge)
        label.box(0, y - edge // 2, tick, edge, edge)
    pad = max(dots(0.25 * k, dpi), 2 * edge)
    inner = w - 2 * pad
    gap = dots(0.08 * k, dpi)
    y = max(dots(0.4 * k, dpi), 2 * edge)
    y += label.text(pad, y, inner, max(dots(0.35 * k, dpi), 16), "TEST LABEL") + gap
    y += label.text(pad, y, inner, max(dots(0.16 * k, dpi), 14),
                    f"{dpi} dpi - {width_in:g} x {height_in:g} in - {w} x {h} dots") + gap
    if note and height_in >= 3:
        y += label.text(pad, y, inner, max(dots(0.13 * k, dpi), 14), note, lines=2) + gap
    y += gap
    symbol = barcode_draw.encode("code128", test_label_payload(dpi, w, h))
    module = max(1, min(max(dpi // 100, 2), w // symbol.width_modules))
    text_h = module * 9 + 10
    bar_h = max(min(dots(1.0, dpi), h - y - text_h - pad), 10)
    _, used = label.barcode(y, symbol, bar_h, max_module=module)
    y += used + gap
    hint_size = max(dots(0.12 * k, dpi), 14)
    if y + 3 * hint_size < h - pad:
        label.text(pad, y, inner, hint_size, "If any side of the frame is missing, check the label size and "
                                             "the print offset.", lines=3)
    return label.end()


def test_label_payload(dpi: int, width_dots: int, height_dots: int) -> str:
    return f"TEST-{dpi}-{width_dots}X{height_dots}"


def product_label_zpl(product: Product, dpi: int = 203, width_in: float = 4, height_in: float = 6,
                      copies: int = 1) -> str:
    """A product label: SKU, title (up to 3 lines) and the GTIN as EAN-13/UPC-A, else the SKU as Code 128."""
    symbol = barcode_draw.product_symbol(list(product.barcodes), product.sku)
    label = ZplLabel.start(width_in, height_in, dpi)
    w, h = label.width, label.height
    pad = max(dots(0.08, dpi), 4)
    inner = w - 2 * pad
    unit = min(height_in / 6, width_in / 4)  # font sizes scale with the label; 4x6 is the reference
    sku_size = max(dots(0.3 * unit, dpi), 12)
    title_size = max(dots(0.16 * unit, dpi), 10)
    y = pad
    y += label.text(pad, y, inner, sku_size, product.sku) + pad // 2
    title_lines = 3 if height_in > 2 else 1
    if product.title and y + title_size * title_lines < h // 2:
        y += label.text(pad, y, inner, title_size, product.title, lines=title_lines) + pad
    module_max = max(int(dpi * 0.02), 2)  # ~20 mil bars on big labels
    bar_h = max(min(h - y - pad - (module_max * 9 + 10), dots(1.5, dpi)), 20)
    label.barcode(y, symbol, bar_h, module_max)
    return label.end(copies)


_PW = re.compile(r"\^PW\s*(\d+)", re.IGNORECASE)
_LL = re.compile(r"\^LL\s*(\d+)", re.IGNORECASE)


def label_size_of_zpl(data: str | bytes) -> tuple[int | None, int | None, int | None]:
    """(width dots from ^PW, length dots from ^LL, the dpi the label was made for or None).

    The dpi is guessed from the stock sizes labels are sold in: 812 x 1218 is 4x6 at 203 dpi,
    1200 x 1800 is 4x6 at 300 dpi. With only one of ^PW/^LL the guess uses that one.
    """
    if isinstance(data, bytes):
        data = data.decode("latin-1")
    pw, ll = _PW.search(data), _LL.search(data)
    width = int(pw.group(1)) if pw else None
    height = int(ll.group(1)) if ll else None
    return width, height, guess_dpi(width, height)


def guess_dpi(width: int | None, height: int | None, tolerance: float = 0.025) -> int | None:
    best: tuple[float, int] | None = None
    for dpi in DPIS:
        for w_in, h_in in STOCK_SIZES:
            errors = []
            if width is not None:
                errors.append(abs(width - w_in * dpi) / (w_in * dpi))
            if height is not None:
                errors.append(abs(height - h_in * dpi) / (h_in * dpi))
            if not errors:
                return None
            error = max(errors)
            if error <= tolerance and (best is None or error < best[0]):
                best = (error, dpi)
    return best[1] if best else None


test_label_zpl.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, despite its name
test_label_payload.__test__ = False  # type: ignore[attr-defined]
test_label_scale.__test__ = False  # type: ignore[attr-defined]
