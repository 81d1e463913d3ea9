"""Carrier tracking-number validation: length, format and check digit.

Pure Python (no Qt, SQL or HTTP). Used when a packer scans the tracking barcode of
a label they printed themselves ("own carrier", DESIGN 3.4) and by
``station tracking NUMBER...`` (DESIGN 3.1). An invalid number is never sent to
Amazon: the valid tracking rate must stay at 100 %.

Public API
----------
``validate_tracking(text) -> TrackingCheck``
    Normalises the scan (spaces, dashes, AIM prefix such as ``]C1``, FNC1, USPS
    ``420``+ZIP routing code, the long FedEx label barcodes), finds the carrier
    and checks the check digit. ``TrackingCheck.number`` is the real tracking
    number to upload, e.g. the 22 digits inside a 34-digit USPS label barcode.
``looks_like_tracking(text) -> bool``
    Cheap pre-check for the pack session: does this scan have the shape of a
    carrier number at all? It never claims an 8/12/13/14-digit code whose GS1
    check digit is right (EAN-8, UPC-A, EAN-13, GTIN-14): those are products.
    A 12-digit FedEx Express number passes the UPC-A check about one time in
    ten, so the caller must try the product catalogue first and only then
    ``validate_tracking`` -- a 12-digit code that matches no product is still
    validated as FedEx when the caller asks. For the same reason any 10-digit
    code has DHL Express's shape: product lookup first, always.
``confirm_carrier_fields(check) -> dict``
    The ``carrierCode``/``carrierName`` pair for confirmShipment.

Supported formats and their checks (the carrier names are those on the label):

=====================  ===============================  =========================================
carrier                format                           check
=====================  ===============================  =========================================
UPS                    1Z + 15 alphanumerics + 1 digit  mod 10: letters A=2..Z=7, odd places x2
USPS IMpb              22 or 26 digits, 9[1-5] prefix;  GS1 mod 10 (weights 3,1 from the right)
                       may be led by 420+ZIP5/ZIP9
USPS (legacy)          20 digits                        GS1 mod 10, plain or with the implied
                                                        channel prefix 91
FedEx Express          12 digits                        weights 1,3,7 from the right, mod 11, mod 10
FedEx Express label    34 digits starting 100 / 96      the last 12 digits are the Express number
FedEx Ground           15 digits                        GS1 mod 10
FedEx Ground label     22 digits starting 96            the last 15 digits are the Ground number
FedEx Ground SSCC      18 digits (SSCC-18), or 20       GS1 mod 10; the AI 00 is dropped
                       with its GS1 AI 00 in front
FedEx SmartPost        20 digits (IMpb without 92)      GS1 mod 10 over 92 + number
DHL Express            10 digits                        first 9 digits mod 7
Canada Post            16 digits                        GS1 mod 10
UPU S10 (any post)     2 letters, 8 digits, check,      weights 8,6,4,2,3,5,9,7, 11 - sum mod 11
                       ISO country (CA, MX, US ...)     (10 -> 0, 11 -> 5)
OnTrac                 C or D + 14 digits               mod 10 over 4/5 + digits, odd places x2
LaserShip (OnTrac)     1LS + 12 digits, LX + 8 digits   format only (no published check digit)
Amazon Shipping        TBA + 12 digits                  format only (no check digit)
=====================  ===============================  =========================================

Ambiguity (fixed priority, first match wins):

* numbers are first sorted by shape (prefix letters, length); only the
  20-digit shape is shared by several schemes. There the order is: ``00`` +
  valid SSCC -> FedEx Ground (SSCCs label cartons of any shipper; FedEx Ground
  is the parcel carrier that tracks by them); valid plain mod 10 -> USPS; valid with implied
  ``91`` -> USPS; valid with implied ``92`` -> FedEx SmartPost. SmartPost
  parcels are delivered by USPS, so a SmartPost number read as USPS still
  tracks.
* 22 digits: ``96`` -> FedEx Ground label barcode, ``9[1-5]`` -> USPS IMpb.
* 34 digits: ``420`` -> USPS routing + IMpb (ZIP+4 first when the rest starts
  with 9[1-5]), ``100``/``96`` -> FedEx label barcode.
* 12 digits are FedEx Express only (Purolator's 12-digit numbers are not
  supported: they would collide with FedEx).
* Estafeta and other Mexican couriers publish no check digit and their
  10-digit codes collide with DHL Express; they are not recognised. Correos de
  México is recognised through its UPU S10 numbers (``..MX``).

Amazon carrier codes are the values of Amazon's ``CarrierCode`` list
(amzn-base.xsd, used by confirmShipment's ``carrierCode``). When Amazon has no
code for the carrier (e.g. Correos de México), ``amazon_carrier_code`` is None
and ``carrier_name`` holds the name to send with ``carrierCode: "Other"``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from station.domain.barcodes import gs1_check_digit, is_valid_gtin

__all__ = [
    "TrackingCheck",
    "validate_tracking",
    "looks_like_tracking",
    "confirm_carrier_fields",
    "normalise",
]

MAX_INPUT = 200  # longer "scans" are a stuck key, not a tracking number

_GS = "\x1d"  # FNC1 as scanners transmit it inside GS1-128
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")  # ]C1 GS1-128, ]C0 Code 128, ]d2 ...
_SEPARATORS = re.compile(r"[\s\-_.()/]+")


@dataclass(frozen=True)
class TrackingCheck:
    """The verdict on one scanned or typed tracking number.

    number: the normalised real tracking number (what to upload), or the
        cleaned input when it is not a tracking number.
    valid: length, format and check digit are all right.
    carrier: the carrier as the packer knows it ("UPS", "FedEx", "Correos de México"),
        also set for an invalid number when its shape tells the carrier.
    amazon_carrier_code: Amazon's carrierCode; None when invalid or when Amazon has none.
    carrier_name: set only when Amazon has no code (send carrierCode "Other" with it).
    reason: plain words for the packer when invalid; None when valid.
    service: the format found ("FedEx Ground", "USPS IMpb" ...), informative only.
    """

    number: str
    valid: bool
    carrier: str | None
    amazon_carrier_code: str | None
    carrier_name: str | None
    reason: str | None
    service: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "number": self.number,
            "valid": self.valid,
            "carrier": self.carrier,
            "amazon_carrier_code": self.amazon_carrier_code,
            "carrier_name": self.carrier_name,
            "reason": self.reason,
            "service": self.service,
        }


# --------------------------------------------------------------------------- check digits


gs1_mod10 = gs1_check_digit  # GS1 / USPS IMpb mod 10: weights 3,1,3,1... from the right


def ups_value(ch: str) -> int:
    """UPS turns letters into digits: A=2, B=3 ... H=9, I=0, J=1 ... (ASCII - 63) mod 10."""
    return int(ch) if ch.isdigit() else (ord(ch) - 63) % 10


def ups_mod10(payload: str) -> int:
    """UPS 1Z: over the 15 characters after 1Z, every second one (2nd, 4th ...) doubled."""
    total = sum(ups_value(ch) * (2 if i % 2 else 1) for i, ch in enumerate(payload))
    return (10 - total % 10) % 10


def fedex_express_mod11(payload: str) -> int:
    """FedEx Express 12-digit: weights 1,3,7 repeating from the right; sum mod 11 mod 10."""
    weights = (1, 3, 7)
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(payload)))
    return total % 11 % 10


def dhl_mod7(payload: str) -> int:
    """DHL Express waybill: the first nine digits as a number, mod 7."""
    return int(payload) % 7


_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_check(serial: str) -> int:
    """UPU S10: weights 8,6,4,2,3,5,9,7; 11 - (sum mod 11); 10 -> 0, 11 -> 5."""
    check = 11 - sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS)) % 11
    return {10: 0, 11: 5}.get(check, check)


def ontrac_mod10(payload: str) -> int:
    """OnTrac: the leading C/D counts as 4/5; over those 14 digits every second one doubled."""
    total = sum(int(d) * (2 if i % 2 else 1) for i, d in enumerate(payload))
    return (10 - total % 10) % 10


# --------------------------------------------------------------------------- carriers

# Amazon CarrierCode values (amzn-base.xsd, spelled exactly as Amazon does).
_UPS, _USPS, _FEDEX, _DHL = "UPS", "USPS", "FedEx", "DHL"

# UPU S10 country -> (carrier as printed, Amazon code or None).
_S10_POSTS: dict[str, tuple[str, str | None]] = {
    "US": ("USPS", "USPS"),
    "CA": ("Canada Post", "Canada Post"),
    "MX": ("Correos de México", None),
    "GB": ("Royal Mail", "Royal Mail"),
    "DE": ("Deutsche Post", "Deutsche Post"),
    "FR": ("La Poste", "La Poste"),
    "ES": ("Correos", "Correos"),
    "IT": ("Poste Italiane", "Poste Italiane"),
    "NL": ("PostNL", "PostNL"),
    "BE": ("bpost", "BPOST"),
    "CH": ("Swiss Post", "Swiss post"),
    "AT": ("Austrian Post", "AT Post"),
    "PL": ("Polish Post", "Polish Post"),
    "BR": ("Correios", "Correios"),
    "AU": ("Australia Post", "Australia Post"),
    "CN": ("China Post", "China Post"),
    "HK": ("Hongkong Post", "Hongkong Post"),
    "SG": ("Singapore Post", "Singapore Post"),
    "JP": ("Japan Post", "Japan Post"),
    "IN": ("India Post", "India Post"),
    "AE": ("Emirates Post", "Emirates Post"),
}

# Not country codes even though the locale data lists them as territories.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ"}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> English name, from babel's CLDR data."""
    from babel import Locale  # a project dependency; imported lazily to keep import cheap

    return {
        code: name
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


# --------------------------------------------------------------------------- normalisation


def normalise(text: str) -> str:
    """What the scanner or packer meant: no AIM prefix, spaces, dashes; upper case.

    FNC1 separators are dropped too, after a leading ``420``+ZIP routing element
    that they delimit has been removed.
    """
    text = unicodedata.normalize("NFKC", text or "")[: MAX_INPUT * 2].strip()
    text = "".join(ch for ch in text if ch == _GS or unicodedata.category(ch)[0] != "C")
    text = _AIM_PREFIX.sub("", text.strip())
    if _GS in text:
        head, _, rest = text.partition(_GS)
        head = _SEPARATORS.sub("", head)
        if re.fullmatch(r"420(\d{5}|\d{9})", head) and rest:
            text = rest  # USPS routing code (AI 420 + ZIP) delimited by FNC1
        text = text.replace(_GS, "")
    return _SEPARATORS.sub("", text).upper()[:MAX_INPUT]


# --------------------------------------------------------------------------- validation


def _ok(number: str, carrier: str, code: str | None, service: str, name: str | None = None) -> TrackingCheck:
    if code is None and name is None:
        name = carrier
    return TrackingCheck(number, True, carrier, code, name if code is None else None, None, service)


def _bad(number: str, reason: str, carrier: str | None = None, service: str | None = None) -> TrackingCheck:
    return TrackingCheck(number, False, carrier, None, None, reason, service)


def _check_digit_reason(expected: int, got: str) -> str:
    return f"check digit is wrong: expected {expected}, got {got} -- rescan"


def _checked(number: str, expected: int, carrier: str, code: str | None, service: str) -> TrackingCheck:
    if str(expected) == number[-1]:
        return _ok(number, carrier, code, service)
    return _bad(number, _check_digit_reason(expected, number[-1]), carrier, service)


def _length_reason(carrier: str, want: str, got: int) -> str:
    expected = int(re.match(r"\d+", want).group())  # first figure of "18 characters", "22 or 26 digits"
    word = "too short" if got < expected else "too long"
    return f"{word} for {carrier} ({want}, this has {got}) -- rescan"


def _ups(n: str) -> TrackingCheck:
    if len(n) != 18:
        return _bad(n, _length_reason("UPS", "18 characters", len(n)), "UPS", "UPS 1Z")
    if not n[-1].isdigit():
        return _bad(n, "the last character of a UPS number is a digit -- rescan", "UPS", "UPS 1Z")
    return _checked(n, ups_mod10(n[2:17]), "UPS", _UPS, "UPS 1Z")


def _s10(n: str) -> TrackingCheck:
    country = n[11:13]
    known = _S10_POSTS.get(country)
    names = _country_names()
    if known is None and country not in names:
        return _bad(n, f"{country} is not a country code; international postal numbers end in one (e.g. US, CA, MX)",
                    None, "UPU S10")
    carrier, code = known if known else (f"{names[country]} postal service", None)
    expected = s10_check(n[2:10])
    if str(expected) != n[10]:
        return _bad(n, _check_digit_reason(expected, n[10]), carrier, "UPU S10")
    return _ok(n, carrier, code, "UPU S10")


def _usps_impb(n: str) -> TrackingCheck:
    return _checked(n, gs1_mod10(n[:-1]), "USPS", _USPS, "USPS IMpb")


def _strip_usps_routing(n: str) -> str | None:
    """420 + ZIP5 or ZIP9 in front of an IMpb number -> the IMpb number, else None."""
    candidates = (n[12:], n[8:])  # ZIP+4 first: 34 digits = 420+ZIP9+22 more often than 420+ZIP5+26
    for rest in candidates:
        if len(rest) in (22, 26) and re.match(r"9[1-5]", rest):
            return rest
    for rest in candidates:
        if len(rest) in (20, 22, 26):
            return rest
    return None


def _twenty_digits(n: str) -> TrackingCheck:
    if n.startswith("00") and gs1_mod10(n[2:-1]) == int(n[-1]):
        return _ok(n[2:], "FedEx", _FEDEX, "FedEx Ground SSCC-18")  # AI (00) + SSCC: report the SSCC
    payload, check = n[:-1], int(n[-1])
    if gs1_mod10(payload) == check or gs1_mod10("91" + payload) == check:
        return _ok(n, "USPS", _USPS, "USPS 20-digit")
    if gs1_mod10("92" + payload) == check:
        return _ok(n, "FedEx", "FedEx SmartPost", "FedEx SmartPost")
    return _bad(n, "check digit is wrong for a 20-digit USPS or FedEx number -- rescan", None, "20-digit USPS/FedEx")


def _numeric(n: str) -> TrackingCheck:
    length = len(n)
    if n.startswith("420") and length >= 28:
        inner = _strip_usps_routing(n)
        if inner is not None:
            return _numeric(inner)
    if length == 34 and (n.startswith("100") or n.startswith("96")):
        return _checked(n[-12:], fedex_express_mod11(n[-12:-1]), "FedEx", _FEDEX, "FedEx 12-digit")
    if length == 22 and n.startswith("96"):
        return _checked(n[-15:], gs1_mod10(n[-15:-1]), "FedEx", _FEDEX, "FedEx Ground")
    if re.match(r"9[1-5]", n) and length >= 20:
        if length in (22, 26):
            return _usps_impb(n)
        if length != 20:
            return _bad(n, _length_reason("USPS", "22 or 26 digits", length), "USPS", "USPS IMpb")
    if length == 10:
        return _checked(n, dhl_mod7(n[:9]), "DHL Express", _DHL, "DHL Express")
    if length == 12:
        fedex = _checked(n, fedex_express_mod11(n[:11]), "FedEx", _FEDEX, "FedEx 12-digit")
        if not fedex.valid and _is_gtin(n):
            return _bad(n, "this is a product barcode (UPC-A), not a tracking number")
        return fedex
    if length == 15:
        return _checked(n, gs1_mod10(n[:14]), "FedEx", _FEDEX, "FedEx Ground")
    if length == 16:
        return _checked(n, gs1_mod10(n[:15]), "Canada Post", "Canada Post", "Canada Post")
    if length == 18:
        return _checked(n, gs1_mod10(n[:17]), "FedEx", _FEDEX, "FedEx Ground SSCC-18")
    if length == 20:
        return _twenty_digits(n)
    if _is_gtin(n):
        kind = {8: "EAN-8", 13: "EAN-13", 14: "GTIN-14"}[length]
        return _bad(n, f"this is a product barcode ({kind}), not a tracking number")
    return _bad(n, f"not a known carrier format ({length} digits)")


_CARRIER_LENGTHS = {10, 12, 15, 16, 18, 20, 22, 26, 34}


def _numeric_shape(n: str) -> bool:
    """Digits only: a length some carrier uses, or a USPS prefix (9[1-5], 420+ZIP) on a long number."""
    return len(n) in _CARRIER_LENGTHS or (len(n) >= 20 and re.match(r"9[1-5]|420", n) is not None)


_is_gtin = is_valid_gtin


_S10_SHAPE = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}")
_S10_LIKE = re.compile(r"[A-Z]{2}\d{6,12}[A-Z]{2}")


def _analyse(text: str) -> tuple[TrackingCheck, bool]:
    """(verdict, has a carrier's shape). The shape flag drives looks_like_tracking."""
    n = normalise(text)
    if not n:
        return _bad(n, "empty scan -- rescan"), False
    if not n.isascii() or not n.isalnum():
        bad = sorted({ch for ch in n if not (ch.isascii() and ch.isalnum())})
        return _bad(n, f"not a known carrier format (contains {''.join(bad)!r})"), False
    if n.startswith("1Z"):
        return _ups(n), True
    if _S10_SHAPE.fullmatch(n):
        return _s10(n), True
    if _S10_LIKE.fullmatch(n):
        return _bad(n, _length_reason("an international postal number", "13 characters", len(n))), True
    if n.startswith("TBA"):
        if re.fullmatch(r"TBA\d{12}", n):
            return _ok(n, "Amazon Shipping", "Amazon Shipping", "Amazon Logistics TBA"), True
        return _bad(n, "Amazon Logistics numbers are TBA + 12 digits -- rescan", "Amazon Shipping"), True
    if re.fullmatch(r"[CD]\d{14}", n):
        payload = ("4" if n[0] == "C" else "5") + n[1:-1]
        return _checked(n, ontrac_mod10(payload), "OnTrac", "OnTrac", "OnTrac"), True
    if re.fullmatch(r"1LS\d{12}|LX\d{8}", n):
        return _ok(n, "LaserShip", "Lasership", "LaserShip"), True
    if n.isdigit():
        return _numeric(n), _numeric_shape(n) and not _is_gtin(n)
    return _bad(n, "not a known carrier format"), False


def _all_zero_serial(n: str) -> bool:
    """Test placeholders such as TBA000000000000: no carrier issues an all-zero serial."""
    core = re.sub(r"[A-Z]+$", "", re.sub(r"^(1Z|TBA|1LS|[A-Z]+)", "", n))  # drop carrier/country letters
    serial = core if re.match(r"TBA|1LS|LX", n) else core[:-1]  # these have no check digit
    return serial != "" and set(serial) <= {"0"}


def validate_tracking(text: str) -> TrackingCheck:
    """Check one tracking number as typed or scanned; never raises on bad input."""
    check = _analyse(text)[0]
    if check.valid and _all_zero_serial(check.number):
        return _bad(check.number, "all zeros: a placeholder, not a real tracking number", check.carrier, check.service)
    return check


def looks_like_tracking(text: str) -> bool:
    """True if the scan has a carrier number's shape (valid or not), but never for a
    GS1-valid EAN-8/UPC-A/EAN-13/GTIN-14: the caller looks those up as products first."""
    return _analyse(text)[1]


def confirm_carrier_fields(check: TrackingCheck) -> dict[str, str]:
    """carrierCode (and carrierName for "Other") for confirmShipment's PackageDetail."""
    if not check.valid:
        raise ValueError(f"refusing to confirm an invalid tracking number: {check.reason}")
    if check.amazon_carrier_code:
        return {"carrierCode": check.amazon_carrier_code}
    return {"carrierCode": "Other", "carrierName": check.carrier_name or check.carrier or "Other"}
