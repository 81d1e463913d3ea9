"""Typed settings in ``<data-dir>/settings.json`` (DESIGN.md 3.2).

Every key has a type, a default and a check, so ``config set`` refuses a bad value
with a plain message, and a corrupt file is set aside instead of crashing the app.
Secrets never live here: LWA credentials go to the OS keyring (station.secrets).
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PRINTER_URI = re.compile(r"^(file:.+|tcp://[^:/]+:\d{1,5}|cups:.+|windows:.+|qt:.*)$")
SERIAL_URI = re.compile(r"^serial://.+")
SCALE_URI = re.compile(r"^(serial://.+|hid://[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}/?)$")  # hid: USB POS scale
MARKETPLACES = {
    "ATVPDKIKX0DER": "US", "A2EUQ1WTGCTBG2": "CA", "A1AM78C64UM0Y8": "MX", "A2Q3Y263D00KWC": "BR",
    "A1F83G8C2ARO7P": "UK", "A1PA6795UKMFR9": "DE", "A13V1IB3VIYZZH": "FR", "APJ6JRA9NG5V4": "IT",
    "A1RKKUPIHCS9HS": "ES", "A1805IZSGTT6HS": "NL", "A1VC38T7YXB528": "JP", "A39IBJ37TRP1C6": "AU",
}


class SettingsError(ValueError):
    """A bad key or value; the message is meant for the person who typed it."""


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    parse: Callable[[str], Any]
    help: str


def _choice(*options: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in options:
            raise SettingsError(f"must be one of {', '.join(options)}")
        return value
    return parse


def _int_range(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise SettingsError("must be a whole number") from None
        if not low <= number <= high:
            raise SettingsError(f"must be between {low} and {high}")
        return number
    return parse


def _pattern(regex: re.Pattern[str], what: str, *extra: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in extra and not regex.match(value):
            raise SettingsError(f"is not {what}")
        return value
    return parse


def _url(value: str) -> str:
    if not re.match(r"^https?://[^\s/]+", value):
        raise SettingsError("must be an http:// or https:// URL")
    return value.rstrip("/")


def _bool(value: str) -> bool:
    lowered = str(value).strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise SettingsError("must be true or false")


def _text(value: str) -> str:
    return value.strip()


def _marketplace(value: str) -> str:
    if value not in MARKETPLACES:
        raise SettingsError(f"is not a marketplace id we know ({', '.join(MARKETPLACES)})")
    return value


def _marketplace_list(value: str) -> str:
    ids = [m.strip() for m in value.split(",") if m.strip()]
    unknown = [m for m in ids if m not in MARKETPLACES]
    if unknown:
        raise SettingsError(f"has unknown marketplace ids {', '.join(unknown)}")
    return ",".join(ids)


def _cutoffs(value: str) -> dict[str, str]:
    """``{"UPS": "16:30", "USPS": "15:00"}``: carrier pick-up cut-off times, local."""
    try:
        data = json.loads(value) if isinstance(value, str) else value
    except json.JSONDecodeError:
        raise SettingsError('must be JSON like {"UPS": "16:30"}') from None
    if not isinstance(data, dict) or not all(
            isinstance(v, str) and re.match(r"^([01]\d|2[0-3]):[0-5]\d$", v) for v in data.values()):
        raise SettingsError('must map carriers to HH:MM times, like {"UPS": "16:30"}')
    return data


KEYS: dict[str, Key] = {k.name: k for k in [
    Key("amazon.endpoint", "https://sellingpartnerapi-na.amazon.com", _url, "SP-API base URL"),
    Key("amazon.lwa_endpoint", "https://api.amazon.com/auth/o2/token", _url, "LWA token URL"),
    Key("amazon.initial_lookback_days", 7, _int_range(1, 30), "days of orders fetched on the first sync"),
    Key("amazon.marketplace", "ATVPDKIKX0DER", _marketplace, "marketplace id"),
    Key("amazon.marketplaces", "", _marketplace_list,
        "all marketplace ids to sync, comma separated (empty: amazon.marketplace only)"),
    Key("amazon.region", "NA", _choice("NA", "EU", "FE"), "SP-API region"),
    Key("amazon.seller_id", "", _text, "seller (merchant) id"),
    Key("amazon.sync_interval_s", 60, _int_range(10, 3600), "seconds between order syncs"),
    Key("printers.label", "", _pattern(PRINTER_URI, "a printer URI (file:DIR, tcp://HOST:PORT, cups:Q, "
                                                    "windows:NAME, qt:NAME)", ""), "label printer"),
    Key("printers.slip", "", _pattern(PRINTER_URI, "a printer URI (file:DIR, tcp://HOST:PORT, cups:Q, "
                                                   "windows:NAME, qt:NAME)", ""), "packing slip printer"),
    Key("label.format", "zpl203", _choice("zpl203", "zpl300", "pdf", "png"), "label format"),
    Key("slip.paper", "letter", _choice("letter", "a4", "4x6"), "packing slip paper"),
    Key("slip.print_at", "confirm", _choice("confirm", "order_scan"), "when the slip prints"),
    Key("scanner", "wedge", _pattern(SERIAL_URI, "wedge or a serial URI", "wedge"), "scanner"),
    Key("scanner.max_key_gap_ms", 40, _int_range(5, 500),
        "a keyboard-wedge scan is a burst of keys at most this far apart"),
    Key("scanner.min_length", 4, _int_range(1, 64), "shortest burst taken as a scan"),
    Key("scale", "none", _pattern(SCALE_URI, "none, a serial URI or hid://VID:PID", "none"), "scale"),
    Key("shipping.mode", "buy_shipping", _choice("buy_shipping", "own_carrier"), "how labels are made"),
    Key("shipping.cutoffs", {}, _cutoffs, "carrier cut-off times"),
    Key("station.name", "", _text, "this bench's name"),
    Key("locale", "", _pattern(re.compile(r"^(en|fr_CA|es_MX|fr-CA|es-MX)$"), "en, fr_CA or es_MX", ""),
        "language (empty: the system's)"),
    Key("sounds", True, _bool, "play error and success sounds"),
    Key("seller.name", "", _text, "seller name on the packing slip"),
    Key("seller.return_address", "", _text, "return address on the packing slip (lines separated by |)"),
    Key("seller.logo", "", _text, "logo image file for the packing slip"),
    # issue 7: operators, buyer data, several stations (station.security, station.services.purge)
    Key("security.idle_signout_min", 15, _int_range(0, 480), "sign the operator out after this many idle "
        "minutes (0: never)"),
    Key("security.supervisor_ack_wrong_item", False, _bool, "a wrong-item stop needs a supervisor's badge"),
    Key("privacy.retention_days", 30, _int_range(1, 365), "days after delivery before buyer data is deleted"),
    Key("privacy.days_after_ship", 37, _int_range(1, 400),
        "days after shipping before buyer data is deleted when the delivery date is unknown"),
    Key("stations.claim_timeout_s", 120, _int_range(30, 3600),
        "an order claimed by a station that stopped for this long may be taken by another"),
]}


class Settings:
    """Settings of one station; reads once, writes atomically with user-only permissions."""

    FILE_NAME = "settings.json"

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / self.FILE_NAME
        self.problem: str | None = None  # a message for the user when the file had to be set aside
        self._values: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except (ValueError, UnicodeDecodeError) as exc:
            aside = self.path.with_name(f"{self.FILE_NAME}.corrupt-{datetime.now():%Y%m%d-%H%M%S}")
            os.replace(self.path, aside)
            self.problem = (f"The settings file was damaged ({exc}); it was set aside as {aside.name} "
                            "and the station started with default settings.")
            log.warning("settings file set aside: %s", aside)
            return {}
        values: dict[str, Any] = {}
        for name, value in data.items():
            key = KEYS.get(name)
            if key is None:
                values[name] = value  # keep keys of newer versions untouched
                continue
            try:
                values[name] = key.parse(value) if isinstance(value, str) else value
            except SettingsError as exc:
                log.warning("setting %s ignored: %s", name, exc)
        return values

    @property
    def exists(self) -> bool:
        return self.path.exists()

    def get(self, name: str) -> Any:
        if name not in KEYS:
            raise SettingsError(f"unknown setting {name!r}")
        return self._values.get(name, KEYS[name].default)

    def set(self, name: str, value: Any) -> None:
        key = KEYS.get(name)
        if key is None:
            raise SettingsError(f"unknown setting {name!r}; known: {', '.join(sorted(KEYS))}")
        try:
            parsed = key.parse(value) if isinstance(value, str) else value
        except SettingsError as exc:
            raise SettingsError(f"{name} {exc}") from None
        self._values[name] = parsed
        self.save()

    def update(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            key = KEYS.get(name)
            if key is None:
                raise SettingsError(f"unknown setting {name!r}")
            self._values[name] = key.parse(value) if isinstance(value, str) else value
        self.save()

    def as_dict(self) -> dict[str, Any]:
        return {name: self.get(name) for name in KEYS}

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._values, handle, indent=2, sort_keys=True, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)  # atomic: a crash leaves the old file or the new, never half
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
