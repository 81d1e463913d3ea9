"""Barcodes for PDFs and images: python-barcode encodes, we draw the bars as vector rectangles.

Vector bars stay sharp on any printer; the quiet zones are left white around each code,
because a scanner needs them as much as the bars.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import barcode

from station.domain.barcodes import is_valid_gtin

QUIET_MODULES = 10  # either side; EAN/UPC need 9-11, Code 128 needs 10


class SymbolError(ValueError):
    """Text that the symbology cannot encode."""


@dataclass(frozen=True)
class Symbol:
    kind: str  # "code128", "ean13", "upca"
    data: str  # what a scanner reads back
    modules: str  # "1" bar, "0" space, without quiet zones

    @property
    def width_modules(self) -> int:
        return len(self.modules) + 2 * QUIET_MODULES


@lru_cache(maxsize=2048)
def encode(kind: str, data: str) -> Symbol:
    """Encode ``data``; for EAN-13/UPC-A ``data`` may omit or include the check digit."""
    try:
        if kind == "code128":
            if not data or not all(32 <= ord(ch) < 127 for ch in data):
                raise SymbolError(f"Code 128 here takes printable ASCII only: {data!r}")
            code = barcode.get("code128", data)
            readback = data
        elif kind in ("ean13", "upca"):
            length = 13 if kind == "ean13" else 12
            if not (data.isascii() and data.isdigit()) or len(data) not in (length - 1, length):
                raise SymbolError(f"{kind.upper()} needs {length} digits: {data!r}")
            if len(data) == length and not is_valid_gtin(data):
                raise SymbolError(f"bad check digit in {data!r}")
            code = barcode.get(kind, data[: length - 1])
            readback = code.get_fullcode()
        else:
            raise SymbolError(f"unknown symbology {kind!r}")
        modules = "".join(code.build())
    except SymbolError:
        raise
    except Exception as exc:  # python-barcode raises its own zoo of errors
        raise SymbolError(f"cannot encode {data!r} as {kind}: {exc}") from exc
    return Symbol(kind, readback, modules)


def product_symbol(codes: list[str] | tuple[str, ...], sku: str) -> Symbol:
    """The code a product label carries: its GTIN as EAN-13 or UPC-A if it has one, else the SKU as Code 128."""
    for code in codes:
        digits = code.strip()
        if not is_valid_gtin(digits):  # ASCII digits of a GTIN length with a right check digit
            continue
        if len(digits) == 12:
            return encode("upca", digits)
        if len(digits) == 13:
            return encode("ean13", digits)
        if len(digits) == 14 and digits.startswith("0"):
            return encode("ean13", digits[1:])
    return encode("code128", sku)


def bar_runs(modules: str) -> list[tuple[int, int]]:
    """(start module, width in modules) of each bar."""
    out, start = [], None
    for i, m in enumerate(modules + "0"):
        if m == "1" and start is None:
            start = i
        elif m != "1" and start is not None:
            out.append((start, i - start))
            start = None
    return out


def draw_pdf(canvas, symbol: Symbol, x: float, y: float, module: float, height: float) -> float:
    """Draw bars with the left quiet zone starting at ``x`` and the bar bottoms at ``y``.

    Returns the total width including both quiet zones.
    """
    path = canvas.beginPath()
    left = x + QUIET_MODULES * module
    for start, run in bar_runs(symbol.modules):
        path.rect(left + start * module, y, run * module, height)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, fill=1, stroke=0)
    canvas.restoreState()
    return symbol.width_modules * module


def snap(x: float, dpi: int = 203) -> float:
    """``x`` (points) on a printer's dot grid: bars then start on whole dots of a thermal head."""
    dot = 72.0 / dpi
    return round(x / dot) * dot


def module_to_fit(symbol: Symbol, max_width: float, preferred: float, minimum: float = 0.5) -> float:
    """The module width: ``preferred`` unless the code would not fit ``max_width``."""
    return max(min(preferred, max_width / symbol.width_modules), minimum)


def draw_image(draw, symbol: Symbol, x: int, y: int, module: int, height: int) -> int:
    """Draw on a Pillow ImageDraw with whole-pixel modules (as a thermal head prints them)."""
    left = x + QUIET_MODULES * module
    for start, run in bar_runs(symbol.modules):
        draw.rectangle([left + start * module, y, left + (start + run) * module - 1, y + height - 1], fill=0)
    return symbol.width_modules * module
