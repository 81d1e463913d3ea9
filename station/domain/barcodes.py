"""Barcode normalisation: one key per item whatever symbology the scanner read.

UPC-A, EAN-13, EAN-8 and GTIN-14 of the same item all become the same GTIN-14
(left-padded with zeros). GS1-128 / GS1 DataMatrix element strings yield the
GTIN of their AI (01). Everything else (SKU, ASIN, FNSKU) is matched as text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

GS = "\x1d"  # FNC1 as most scanners transmit it inside a GS1 element string
GTIN_LENGTHS = (8, 12, 13, 14)
MAX_SCAN_LENGTH = 512  # longest code we keep; a 10 kB "scan" is a stuck key or an attack

# AIM symbology identifiers that scanners may prefix: ]C1 = GS1-128, ]d2 = GS1 DataMatrix,
# ]Q3 = GS1 QR, ]e0 = GS1 DataBar, ]E0/]E4 = EAN-13/EAN-8, ]A0 = Code 39 ...
_AIM_PREFIX = re.compile(r"^\](?P<symbology>[A-Za-z])(?P<modifier>[0-9A-Za-z])")
_GS1_SYMBOLOGIES = {"C1", "d2", "Q3", "e0", "J1"}
_PARENTHESISED_AI = re.compile(r"\((\d{2,4})\)")

# Fixed-length AIs (length of the data after the AI) that may follow (01) without a separator.
_FIXED_AI_LENGTHS = {"00": 18, "01": 14, "02": 14, "11": 6, "12": 6, "13": 6, "15": 6, "16": 6, "17": 6, "20": 2}
_VARIABLE_AIS = {"10", "21", "22", "30", "37", "240", "241", "250", "251", "400", "410"}


class BarcodeError(ValueError):
    """A code that looks like a GTIN but cannot be one (bad check digit, wrong length)."""


def gs1_check_digit(digits_without_check: str) -> int:
    """GS1 mod-10 check digit: weights 3,1,3,1... from the right."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits_without_check)))
    return (10 - total % 10) % 10


def is_valid_gtin(digits: str) -> bool:
    return (
        digits.isascii()
        and digits.isdigit()
        and len(digits) in GTIN_LENGTHS
        and gs1_check_digit(digits[:-1]) == int(digits[-1])
    )


def to_gtin14(digits: str) -> str:
    """Normalise an EAN-8/UPC-A/EAN-13/GTIN-14 to GTIN-14, verifying its check digit."""
    if not (digits.isascii() and digits.isdigit()) or len(digits) not in GTIN_LENGTHS:
        raise BarcodeError(f"{digits!r} is not a GTIN (8, 12, 13 or 14 digits)")
    expected = gs1_check_digit(digits[:-1])
    if expected != int(digits[-1]):
        raise BarcodeError(f"check digit of {digits} is wrong (expected {expected}): rescan")
    return digits.zfill(14)


def clean_scan(raw: str) -> str:
    """What a scan really says: no surrounding whitespace, no control characters but FNC1."""
    text = unicodedata.normalize("NFC", raw[: MAX_SCAN_LENGTH * 4])
    text = "".join(ch for ch in text if ch == GS or unicodedata.category(ch)[0] != "C")
    return text.strip()[:MAX_SCAN_LENGTH]


def parse_gs1(text: str) -> dict[str, str] | None:
    """Element string -> {AI: value}, or None if ``text`` is not a GS1 element string.

    Accepts the scanner's raw form (with a ]C1/]d2 prefix and GS separators), the
    human-readable form ``(01)09501101530003(17)250101`` and a bare string that
    starts with AI 01 followed by a valid GTIN-14.
    """
    aim = _AIM_PREFIX.match(text)
    explicit = False
    if aim:
        if aim.group("symbology") + aim.group("modifier") not in _GS1_SYMBOLOGIES:
            return None
        text = text[aim.end():]
        explicit = True
    if text.startswith("("):
        return _parse_parenthesised(text)
    if not explicit and not (GS in text or (text.startswith("01") and len(text) >= 16)):
        return None
    fields = _parse_raw_elements(text.lstrip(GS))
    if fields is None or "01" not in fields and not explicit:
        return None
    return fields


def _parse_parenthesised(text: str) -> dict[str, str] | None:
    parts = _PARENTHESISED_AI.split(text)
    if parts[0] != "" or len(parts) < 3:
        return None
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def _parse_raw_elements(text: str) -> dict[str, str] | None:
    fields: dict[str, str] = {}
    pos = 0
    while pos < len(text):
        if text[pos] == GS:
            pos += 1
            continue
        ai = text[pos:pos + 2]
        if ai in _FIXED_AI_LENGTHS:
            length = _FIXED_AI_LENGTHS[ai]
            value = text[pos + 2:pos + 2 + length]
            if len(value) != length:
                return None
            fields[ai] = value
            pos += 2 + length
            continue
        ai = next((a for a in sorted(_VARIABLE_AIS, key=len, reverse=True) if text.startswith(a, pos)), None)
        if ai is None and text[pos:pos + 3] in {"310", "320", "330"}:  # weights: 4-digit AI, 6 digits
            ai, value = text[pos:pos + 4], text[pos + 4:pos + 10]
            fields[ai] = value
            pos += 10
            continue
        if ai is None:
            return None
        end = text.find(GS, pos)
        end = len(text) if end < 0 else end
        fields[ai] = text[pos + len(ai):end]
        pos = end
    return fields


@dataclass(frozen=True)
class ScannedCode:
    """A cleaned scan and the keys it may match a product by."""

    text: str
    gtin: str | None = None  # GTIN-14 when the code carries one
    gs1: dict[str, str] | None = None
    error: str | None = None  # e.g. bad check digit: the scan is unusable

    @property
    def keys(self) -> list[str]:
        keys = [f"gtin:{self.gtin}"] if self.gtin else []
        keys.append(f"text:{self.text.casefold()}")
        return keys


def read_code(raw: str) -> ScannedCode:
    """Interpret one scan (already split from its neighbours) for product matching."""
    text = clean_scan(raw)
    aim = _AIM_PREFIX.match(text)
    gs1 = parse_gs1(text)
    if gs1 is not None and "01" in gs1:
        try:
            return ScannedCode(text, to_gtin14(gs1["01"]), gs1)
        except BarcodeError as exc:
            return ScannedCode(text, None, gs1, str(exc))
    if aim and gs1 is None:
        text = text[aim.end():]
    if text.isascii() and text.isdigit() and len(text) in GTIN_LENGTHS:
        try:
            return ScannedCode(text, to_gtin14(text))
        except BarcodeError as exc:
            return ScannedCode(text, None, None, str(exc))
    return ScannedCode(text)


def product_keys(code: str) -> list[str]:
    """Index keys for a barcode stored on a product (same space as ScannedCode.keys).

    Raises BarcodeError for a numeric GTIN-length code with a wrong check digit,
    so a bad catalogue row is refused at import, not at the bench.
    """
    scanned = read_code(code)
    if scanned.error:
        raise BarcodeError(scanned.error)
    return scanned.keys
