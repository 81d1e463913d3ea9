"""PII redaction: known buyer values and e-mail addresses never reach logs, tracebacks, audit or exports.

Every buyer value the station encrypts or decrypts is remembered (in memory only) by
``remember()``; ``redact(text)`` replaces each occurrence with ``[redacted]``. A log-record factory
installed by ``install_log_redaction()`` applies it to every log message, its arguments and its
traceback before any handler sees the record, so no handler configuration can leak them.
"""

from __future__ import annotations

import logging
import re
import threading
import traceback
from collections.abc import Iterable

MARK = "[redacted]"
MIN_LENGTH = 4  # "QC", "CA" or "12" would redact half the log; names and streets are longer
MAX_REMEMBERED = 50_000
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")

_lock = threading.Lock()
_values: dict[str, None] = {}  # insertion-ordered, so the oldest go first when full
_pattern: re.Pattern[str] | None = None


def _normalise(value: str) -> str:
    return " ".join(value.split())


def remember(values: Iterable[str | None], words: bool = False) -> None:
    """Register buyer values (names, address lines, phones, gift messages) to be redacted.

    ``words``: also each word of a value (for names: "Zoë" of "Zoë Tremblay" alone is still a name).
    """
    global _pattern
    install_log_redaction()
    added = False
    with _lock:
        for value in values:
            if not value:
                continue
            for candidate in {value.strip(), _normalise(value)}:
                if len(candidate) >= MIN_LENGTH and candidate not in _values:
                    _values[candidate] = None
                    added = True
            for word in (re.split(r"[\s,]+", value) if words else ()):
                if len(word) >= MIN_LENGTH and not word.isdigit() and word not in _values:
                    _values[word] = None
                    added = True
        while len(_values) > MAX_REMEMBERED:
            _values.pop(next(iter(_values)))
        if added:
            _pattern = None


def forget_all() -> None:
    global _pattern
    with _lock:
        _values.clear()
        _pattern = None


def _compiled() -> re.Pattern[str] | None:
    global _pattern
    with _lock:
        if _pattern is None and _values:
            # longest first, so "Zoë Tremblay" goes as a whole rather than word by word
            alternatives = sorted(_values, key=len, reverse=True)
            _pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in alternatives) + r")(?!\w)",
                                  re.IGNORECASE)
        return _pattern


def redact(text: object) -> str:
    """``text`` as a string with every known buyer value and e-mail address replaced."""
    if text is None:
        return ""
    result = text if isinstance(text, str) else str(text)
    pattern = _compiled()
    if pattern is not None:
        result = pattern.sub(MARK, result)
    return EMAIL.sub(MARK, result)


def redact_value(value):
    """Redact strings inside dicts/lists/tuples (audit details, JSON exports)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {redact(k) if isinstance(k, str) else k: redact_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(redact_value(v) for v in value)
    return value


class RedactingFilter(logging.Filter):
    """Also usable as a handler filter; the record factory below does the same for every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        _scrub(record)
        return True


def _scrub(record: logging.LogRecord) -> None:
    if getattr(record, "_redacted", False):
        return
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a bad format string must not lose the record
        message = f"{record.msg!r} {record.args!r}"
    record.msg, record.args = redact(message), ()
    if record.exc_info and record.exc_info[0] is not None:
        record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        record.exc_info = None  # the formatter uses exc_text; locals/args of frames never printed
    elif record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    record._redacted = True  # type: ignore[attr-defined]


_installed = False


def install_log_redaction() -> None:
    """Redact every log record at creation (idempotent). Called on first use of buyer data."""
    global _installed
    with _lock:
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args, **kwargs) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _scrub(record)
            return record

        logging.setLogRecordFactory(factory)
        _installed = True
