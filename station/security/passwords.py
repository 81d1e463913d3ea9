"""PINs as slow salted hashes (hashlib.scrypt), badges as lookup digests.

A PIN is short, so its hash must be slow: scrypt with n=2**14, r=8, p=1 (about 16 MiB and tens of
milliseconds per try), a 16-byte random salt per PIN, compared in constant time. The parameters are
stored with the hash, so they can be raised later without breaking existing PINs.

A badge code is long and random (``new_badge_code``) and must be found by a single indexed lookup
when scanned, so it is stored as a SHA-256 digest: the database never holds a usable badge code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

N, R, P = 2 ** 14, 8, 1
PIN_MIN, PIN_MAX = 4, 12


class PinError(ValueError):
    """A PIN that cannot be used; the message is for the supervisor setting it."""


def check_pin_format(pin: str) -> str:
    pin = pin.strip()
    if not pin.isascii() or not pin.isdigit():
        raise PinError("a PIN is digits only")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise PinError(f"a PIN has {PIN_MIN} to {PIN_MAX} digits")
    if len(set(pin)) == 1 or pin in "01234567890123" or pin in "98765432109876":
        raise PinError("that PIN is too easy to guess (repeated or consecutive digits)")
    return pin


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str) -> str:
    """``scrypt$n$r$p$salt$hash`` for a checked PIN."""
    pin = check_pin_format(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=N, r=R, p=P, dklen=32, maxmem=64 * 1024 * 1024)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str | None) -> bool:
    if not stored or not pin:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.strip().encode()[:64], salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected), maxmem=64 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def normalise_badge(code: str) -> str:
    """What a scanner sends for a badge, without control characters or surrounding blanks."""
    return "".join(ch for ch in code if ch.isprintable()).strip()


def badge_digest(code: str) -> str:
    return hashlib.sha256(normalise_badge(code).encode("utf-8")).hexdigest()


def new_badge_code() -> str:
    """A fresh badge payload to print as Code 128: ``BADGE:`` and 16 random characters."""
    return "BADGE:" + secrets.token_urlsafe(12)


def looks_like_badge(code: str) -> bool:
    return normalise_badge(code).upper().startswith("BADGE:")
