"""Embedded fonts and the few text helpers every document needs.

reportlab draws one font per string and has no glyph fallback, so text is cut into
runs: DejaVu Sans for what it covers (Latin with accents, Cyrillic, Greek), Droid Sans
Fallback for the rest (CJK). Wrapping breaks at spaces, between CJK characters and,
for words wider than the column, anywhere: a title is wrapped, never cut.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from station.resourcefiles import resources_path

REGULAR = "StationSans"
BOLD = "StationSans-Bold"
FALLBACK = "StationSansCJK"

FONT_FILES = {
    REGULAR: "fonts/DejaVuSans.ttf",
    BOLD: "fonts/DejaVuSans-Bold.ttf",
    FALLBACK: "fonts/DroidSansFallbackFull.ttf",
}

_lock = threading.Lock()
_main_cmap: frozenset[int] | None = None
_fallback_cmap: frozenset[int] | None = None

# characters that may start a new line by themselves (CJK has no spaces between words)
_CJK = "\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_NBSP = "\u00a0\u202f\u2007"  # no-break spaces keep their neighbours on one line
_TOKENS = re.compile(rf"[^\S{_NBSP}]+|[{_CJK}]|(?:[^\s{_CJK}]|[{_NBSP}])+")
_DROP_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def register_fonts() -> None:
    """Register the main fonts once per process (cheap after the first call)."""
    global _main_cmap
    if _main_cmap is not None:
        return
    with _lock:
        if _main_cmap is None:
            for name in (REGULAR, BOLD):
                pdfmetrics.registerFont(TTFont(name, str(resources_path(FONT_FILES[name]))))
            _main_cmap = frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def _fallback() -> frozenset[int]:
    """The CJK font, loaded only when a document holds a character DejaVu lacks (it is 4 MB)."""
    global _fallback_cmap
    if _fallback_cmap is None:
        with _lock:
            if _fallback_cmap is None:
                pdfmetrics.registerFont(TTFont(FALLBACK, str(resources_path(FONT_FILES[FALLBACK]))))
                _fallback_cmap = frozenset(pdfmetrics.getFont(FALLBACK).face.charToGlyph)
    return _fallback_cmap


def clean(text: object) -> str:
    """Printable text on one line: control, format, private-use and unassigned characters dropped."""
    if text is None:
        return ""
    text = str(text)
    if text.isascii():
        if text.isprintable():
            return text
        return "".join(ch if ch.isprintable() else " " for ch in text)
    out = []
    for ch in text:
        if ch in "\t\r\n\u2028\u2029":
            out.append(" ")
        elif unicodedata.category(ch) not in _DROP_CATEGORIES:
            out.append(ch)
    return "".join(out)


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """(font name, chunk) pieces of ``text``, each drawable with one font."""
    register_fonts()
    main = BOLD if bold else REGULAR
    if text.isascii():
        return [(main, text)] if text else []
    assert _main_cmap is not None
    pieces: list[tuple[str, str]] = []
    current, chunk = main, []
    for ch in text:
        code = ord(ch)
        font = main
        if code not in _main_cmap and not ch.isspace() and code in _fallback():
            font = FALLBACK
        if font != current and chunk:
            pieces.append((current, "".join(chunk)))
            chunk = []
        current = font
        chunk.append(ch)
    if chunk:
        pieces.append((current, "".join(chunk)))
    return pieces


def width(text: str, size: float, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs(text, bold))


@lru_cache(maxsize=4096)
def _token_width(token: str, size: float, bold: bool) -> float:
    return width(token, size, bold)


def wrap(text: object, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Lines of at most ``max_width`` points; every character of ``text`` is kept."""
    text = clean(text).strip()
    if not text:
        return []
    lines: list[str] = []
    line, line_w = "", 0.0
    for token in _TOKENS.findall(text):
        if token.isspace():
            if line:
                line, line_w = line + " ", line_w + _token_width(" ", size, bold)
            continue
        w = _token_width(token, size, bold) if len(token) < 40 else width(token, size, bold)
        if line_w + w <= max_width:
            line, line_w = line + token, line_w + w
            continue
        if line.strip():
            lines.append(line.rstrip())
        line, line_w = "", 0.0
        if w <= max_width:
            line, line_w = token, w
            continue
        for ch in token:  # a word wider than the column: break it anywhere
            cw = _token_width(ch, size, bold)
            if line and line_w + cw > max_width:
                lines.append(line)
                line, line_w = "", 0.0
            line, line_w = line + ch, line_w + cw
    if line.strip():
        lines.append(line.rstrip())
    return lines


def fit(text: object, size: float, max_width: float, bold: bool = False) -> str:
    """One line, shortened with an ellipsis if needed (only where cutting is harmless)."""
    text = clean(text).strip()
    if width(text, size, bold) <= max_width:
        return text
    while text and width(text + "…", size, bold) > max_width:
        text = text[:-1]
    return text + "…" if text else ""


def size_to_fit(text: object, size: float, max_width: float, bold: bool = False, minimum: float = 6) -> float:
    """The largest size up to ``size`` at which ``text`` fits one line (not below ``minimum``)."""
    w = width(clean(text), size, bold)
    return size if w <= max_width else max(minimum, size * max_width / w)


def draw(canvas, x: float, y: float, text: str, size: float, bold: bool = False, align: str = "left") -> float:
    """Draw one line with its baseline at ``y``; returns its width."""
    pieces = runs(text, bold)
    total = sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in pieces)
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for font, chunk in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)
    return total
