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
_values: dict[str, None] = {}  # lowered values, insertion-ordered so the oldest go first when full
# first word of a value -> [(value, where that word starts in it)], longest value first: a text is
# scanned word by word, so redacting costs the same with 50 or 50,000 remembered values
_index: dict[str, list[tuple[str, int]]] = {}
WORD = re.compile(r"\w+")


def _lower(text: str) -> str:
    """Lower case, one character for one (so offsets in the result are offsets in ``text``)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _normalise(value: str) -> str:
    return " ".join(value.split())


def _add(value: str) -> bool:
    value = _lower(value)
    if len(value) < MIN_LENGTH or value in _values:
        return False
    first = WORD.search(value)
    if first is None:
        return False
    _values[value] = None
    bucket = _index.setdefault(first.group(), [])
    bucket.append((value, first.start()))
    bucket.sort(key=lambda item: -len(item[0]))
    return True


def _drop_oldest() -> None:
    value = next(iter(_values))
    del _values[value]
    first = WORD.search(value)
    if first is not None:
        bucket = [item for item in _index.get(first.group(), []) if item[0] != value]
        if bucket:
            _index[first.group()] = bucket
        else:
            _index.pop(first.group(), None)


def remember(values: Iterable[str | None], words: bool = False) -> None:
    """Register buyer values (names, address lines, phones, gift messages) to be redacted.

    ``words``: also each word of a value (for names: "Zoë" of "Zoë Tremblay" alone is still a name).
    """
    install_log_redaction()
    with _lock:
        for value in values:
            if not value:
                continue
            for candidate in {value.strip(), _normalise(value)}:
                _add(candidate)
            for word in (re.split(r"[\s,]+", value) if words else ()):
                if not word.isdigit():
                    _add(word)
        while len(_values) > MAX_REMEMBERED:
            _drop_oldest()


def forget_all() -> None:
    with _lock:
        _values.clear()
        _index.clear()


def _spans(text: str) -> list[tuple[int, int]]:
    lowered = _lower(text)
    spans: list[tuple[int, int]] = []
    with _lock:
        if not _index:
            return spans
        for match in WORD.finditer(lowered):
            for value, offset in _index.get(match.group(), ()):
                start = match.start() - offset
                end = start + len(value)
                if start < 0 or not lowered.startswith(value, start):
                    continue
                if (start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] == "_")) or \
                        (end < len(lowered) and (lowered[end].isalnum() or lowered[end] == "_")):
                    continue
                spans.append((start, end))
                break
    return spans


def redact(text: object) -> str:
    """``text`` as a string with every known buyer value and e-mail address replaced."""
    if text is None:
        return ""
    result = text if isinstance(text, str) else str(text)
    spans = _spans(result)
    if spans:
        pieces, last = [], 0
        for start, end in sorted(spans):
            if end <= last:
                continue
            start = max(start, last)
            pieces.append(result[last:start])
            pieces.append(MARK)
            last = end
        pieces.append(result[last:])
        result = "".join(pieces)
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
