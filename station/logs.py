"""Logging: stderr plus a rotating file in the platform's log folder, with station/operator/order context.

Every handler formats through ``RedactingFormatter``: LWA tokens (``Atza|``/``Atzr|``), client
secrets, Authorization and access-token headers, passwords in URLs and any value registered with
``register_secret`` are replaced by ``***`` in the message, its arguments and tracebacks alike.
Buyer names, addresses, phones and gift messages are never passed to a logger in the first place.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import logging.handlers
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from station import paths

station_var: contextvars.ContextVar[str] = contextvars.ContextVar("station", default="-")
operator_var: contextvars.ContextVar[str] = contextvars.ContextVar("operator", default="-")
order_var: contextvars.ContextVar[str] = contextvars.ContextVar("order", default="-")

FORMAT = "%(asctime)s %(levelname)s %(name)s [station=%(station)s operator=%(operator)s order=%(order)s] %(message)s"

LOG_FILE_NAME = "station.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5

# -- redaction -----------------------------------------------------------------------------------

_SECRET_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # LWA access and refresh tokens and restricted data tokens (Atza|..., Atzr|..., Atz.sprdt|..., Atc|...)
    (re.compile(r"\bAtz[a-z.]*\|[A-Za-z0-9._~+/=|%-]+"), "***"),
    (re.compile(r"\bAtc\|[A-Za-z0-9._~+/=|%-]+"), "***"),
    # LWA client secrets
    (re.compile(r"\bamzn1\.oa2-cs\.v1\.[A-Za-z0-9]+"), "***"),
    # HTTP headers and header dicts: Authorization: Bearer x / 'x-amz-access-token': 'x'
    (re.compile(r"(?i)(\b(?:authorization|x-amz-access-token|x-amz-security-token|proxy-authorization)"
                r"['\"]?\s*[:=]\s*['\"]?)(?:(?:bearer|basic)\s+)?[^\s'\",}]+"), r"\1***"),
    # form and JSON fields: client_secret=x, "refresh_token": "x", access_token, password, api key
    (re.compile(r"(?i)(\b(?:client_secret|refresh_token|access_token|password|passwd|secret|api_key|token)"
                r"['\"]?\s*[:=]\s*['\"]?)[^\s'\"&,}]+"), r"\1***"),
    # passwords in URLs: postgresql://user:secret@host
    (re.compile(r"(\b[a-z][a-z0-9+.-]*://[^\s:/@]+:)[^\s@/]+@"), r"\1***@"),
]
_known_secrets: set[str] = set()
_redactors: list[Callable[[str], str]] = []
_lock = threading.Lock()


def register_secret(*values: str | None) -> None:
    """Never write these exact values to a log (e.g. credentials read from the keyring)."""
    with _lock:
        _known_secrets.update(v for v in values if v and len(v) >= 6)


def add_redactor(redactor: Callable[[str], str]) -> None:
    """Hook for another module's scrubber (text in, text out), run after ours on every line."""
    with _lock:
        if redactor not in _redactors:
            _redactors.append(redactor)


def redact(text: str) -> str:
    """``text`` with every secret we know the shape or the value of replaced by ``***``."""
    for pattern, replacement in _SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    with _lock:
        values = sorted(_known_secrets, key=len, reverse=True)
        redactors = list(_redactors)
    for value in values:
        text = text.replace(value, "***")
    for redactor in redactors:
        text = redactor(text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats, then redacts the whole line: message, arguments, exception and stack text."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


# -- context ---------------------------------------------------------------------------------------


@contextlib.contextmanager
def log_context(*, station: str | None = None, operator: str | None = None,
                order: str | None = None) -> Iterator[None]:
    """Lines logged inside carry these; e.g. ``with log_context(order=order_id): ...``.

    Context variables do not follow work into other threads: a worker sets its own."""
    tokens = [(var, var.set(value)) for var, value in
              ((station_var, station), (operator_var, operator), (order_var, order)) if value is not None]
    try:
        yield
    finally:
        for var, token in reversed(tokens):
            var.reset(token)


_process_context = {"station": "-", "operator": "-"}


def set_context(*, station: str | None = None, operator: str | None = None) -> None:
    """The station (and signed-in operator) of this whole process, seen by every thread's log lines
    unless a ``log_context`` says otherwise. Call at start-up and at sign-in."""
    if station is not None:
        _process_context["station"] = station
    if operator is not None:
        _process_context["operator"] = operator


def log_file() -> Path:
    """The current log file (rotated copies sit beside it as station.log.1 ... .5)."""
    return paths.log_dir() / LOG_FILE_NAME


class ContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        station, operator = station_var.get(), operator_var.get()
        record.station = station if station != "-" else _process_context["station"]
        record.operator = operator if operator != "-" else _process_context["operator"]
        record.order = order_var.get()
        return True


def setup_logging(verbose: bool = False, console: bool = True) -> None:
    """Console: warnings for commands, info for the desktop app (it announces 'ready for scans')."""
    root = logging.getLogger()
    if getattr(root, "_station_configured", False):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # secrets given by environment (headless stations, tests) are known before anything is logged
    register_secret(*(os.environ.get(name) for name in ("STATION_LWA_CLIENT_SECRET", "STATION_LWA_REFRESH_TOKEN")))
    context = ContextFilter()
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.DEBUG if verbose else (logging.WARNING if console else logging.INFO))
    stderr.setFormatter(RedactingFormatter("%(levelname)s %(message)s"))
    stderr.addFilter(context)
    root.addHandler(stderr)
    if os.environ.get("STATION_NO_LOG_FILE") != "1":
        try:
            handler = logging.handlers.RotatingFileHandler(log_file(), maxBytes=MAX_BYTES,
                                                           backupCount=BACKUP_COUNT, encoding="utf-8")
            handler.setFormatter(RedactingFormatter(FORMAT))
            handler.addFilter(context)
            root.addHandler(handler)
        except OSError as exc:  # a read-only home must not stop the bench
            stderr.handle(logging.makeLogRecord({"msg": f"no log file: {exc}", "levelno": logging.WARNING,
                                                 "levelname": "WARNING"}))
    for noisy in ("urllib3", "sp_api", "botocore", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    root._station_configured = True  # type: ignore[attr-defined]
