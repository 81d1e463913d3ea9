"""Check digits of product barcodes (GS1) and carrier tracking numbers, and generators."""

from __future__ import annotations

import random


def gtin_check_digit(body: str) -> str:
    """GS1 mod-10 check digit for the digits before it (UPC-A: 11, EAN-13: 12, GTIN-14: 13)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def ups_check_digit(body: str) -> str:
    """Check digit of the 15 characters after "1Z" (letters count as (ord - 63) mod 10)."""
    total = 0
    for i, c in enumerate(body):
        value = int(c) if c.isdigit() else (ord(c) - ord("A") + 2) % 10
        total += value * (2 if i % 2 else 1)
    return str((10 - total % 10) % 10)


def fedex_check_digit(body: str) -> str:
    """FedEx Express 12-digit: weights 1, 3, 7 from the right, mod 11 (10 counts as 0)."""
    weights = (1, 3, 7)
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(body)))
    return str(total % 11 % 10)


def tracking_number(style: str, rng: random.Random) -> str:
    if style == "usps":  # IMpb: 22 digits, GS1 mod-10 check
        body = "9400" + _digits(rng, 17)
        return body + gtin_check_digit(body)
    if style == "ups":
        body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + "03" + _digits(rng, 7)
        return "1Z" + body + ups_check_digit(body)
    if style == "fedex":
        body = _digits(rng, 11)
        return body + fedex_check_digit(body)
    if style == "canada_post":  # 16 digits, GS1 mod-10 check
        body = _digits(rng, 15)
        return body + gtin_check_digit(body)
    if style == "dhl":  # 10 digits, mod-7 check
        body = _digits(rng, 9)
        return body + str(int(body) % 7)
    raise ValueError(f"unknown tracking style {style!r}")
