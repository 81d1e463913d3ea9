"""The audit log: who did what, when, at which station, on which order. Append-only.

Database triggers refuse UPDATE, DELETE (and TRUNCATE on PostgreSQL) of ``audit_log``; this module
only ever inserts and reads. Details are JSON, redacted (``station.security.redact``) before they are
written, so no buyer name or address ever lands here; exports are redacted again on the way out.

``record(session, ...)`` writes in the caller's transaction (the same commit as the action it
describes); ``AuditLog(store).record(...)`` opens its own.
"""

from __future__ import annotations

import csv
import enum
import io
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from station.security.redact import redact, redact_value
from station.store.db import Store
from station.store.models import AuditRow

log = logging.getLogger(__name__)
MAX_DETAILS = 4000


class AuditAction(str, enum.Enum):
    SCAN_ACCEPTED = "scan.accepted"
    SCAN_REFUSED = "scan.refused"
    COMMAND = "scan.command"
    OVERRIDE = "override"  # a supervisor approved what a packer may not do alone
    PRINT = "print"
    REPRINT = "reprint"
    PURCHASE = "purchase"  # Buy Shipping label bought
    VOID = "void"
    CONFIRM = "confirm"
    SETTINGS_CHANGE = "settings.change"
    SIGN_IN = "signin"
    SIGN_IN_FAILED = "signin.failed"
    SIGN_OUT = "signout"
    CLAIM_TAKEN_OVER = "claim.takeover"
    CLAIM_RELEASED = "claim.release"  # by a supervisor
    OPERATOR_CHANGE = "operator.change"
    PURGE = "purge"
    EXPORT = "audit.export"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    station: str
    operator: str | None
    approver: str | None
    action: str
    order_id: str | None
    details: dict

    @property
    def details_text(self) -> str:
        return json.dumps(self.details, ensure_ascii=False, sort_keys=True) if self.details else ""


def _details(details: dict | None) -> str:
    if not details:
        return ""
    text = json.dumps(redact_value(details), ensure_ascii=False, sort_keys=True, default=str)
    return redact(text)[:MAX_DETAILS]


def record(session: Session, action: AuditAction | str, station: str, operator: str | None = None,
           order_id: str | None = None, approver: str | None = None, details: dict | None = None) -> None:
    """Add one entry in the caller's transaction."""
    session.add(AuditRow(action=str(getattr(action, "value", action))[:40], station=(station or "-")[:100],
                         operator=operator[:100] if operator else None,
                         approver=approver[:100] if approver else None,
                         order_id=order_id[:40] if order_id else None, details=_details(details)))


def _entry(row: AuditRow) -> AuditEntry:
    try:
        details = json.loads(row.details) if row.details else {}
    except ValueError:
        details = {"text": row.details}
    return AuditEntry(row.id, row.at, row.station, row.operator, row.approver, row.action, row.order_id,
                      details if isinstance(details, dict) else {"value": details})


def query(session: Session, since: datetime | None = None, until: datetime | None = None,
          actions: Sequence[str] | None = None, order_id: str | None = None, operator: str | None = None,
          station: str | None = None, limit: int | None = 1000, newest_first: bool = True) -> list[AuditEntry]:
    statement = select(AuditRow)
    if since is not None:
        statement = statement.where(AuditRow.at >= since)
    if until is not None:
        statement = statement.where(AuditRow.at < until)
    if actions:
        statement = statement.where(AuditRow.action.in_([str(getattr(a, "value", a)) for a in actions]))
    if order_id:
        statement = statement.where(AuditRow.order_id == order_id)
    if operator:
        statement = statement.where(AuditRow.operator == operator)
    if station:
        statement = statement.where(AuditRow.station == station)
    statement = statement.order_by(AuditRow.id.desc() if newest_first else AuditRow.id)
    if limit:
        statement = statement.limit(limit)
    return [_entry(row) for row in session.scalars(statement)]


CSV_COLUMNS = ["id", "at", "station", "operator", "approver", "action", "order_id", "details"]


def _cell(value) -> str:
    """Redacted, and never a spreadsheet formula (CSV injection: =, +, -, @, tab, CR)."""
    text = redact("" if value is None else value.isoformat() if isinstance(value, datetime) else str(value))
    if text and text[0] in "=+-@\t\r":
        text = "'" + text
    return text


def write_csv(entries: Iterable[AuditEntry], out) -> int:
    """Write entries to a text stream as CSV; returns the number of rows."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for e in entries:
        writer.writerow([_cell(v) for v in (e.id, e.at, e.station, e.operator, e.approver, e.action, e.order_id,
                                            e.details_text)])
        count += 1
    return count


class AuditLog:
    """The audit log of one store, for services and the supervisor's view."""

    def __init__(self, store: Store, station: str) -> None:
        self.store = store
        self.station = station

    def record(self, action: AuditAction | str, operator: str | None = None, order_id: str | None = None,
               approver: str | None = None, details: dict | None = None) -> None:
        with self.store.session() as db:
            record(db, action, self.station, operator, order_id, approver, details)

    def settings_changed(self, operator: str | None, changes: dict, approver: str | None = None) -> None:
        """``changes``: key -> (old, new). Secrets never pass through here (they live in the keyring)."""
        for key, (old, new) in changes.items():
            self.record(AuditAction.SETTINGS_CHANGE, operator, approver=approver,
                        details={"key": key, "old": old, "new": new})

    def entries(self, **filters) -> list[AuditEntry]:
        with self.store.session() as db:
            return query(db, **filters)

    def export_csv(self, path: Path | str, exported_by: str | None = None, **filters) -> int:
        """Export (redacted) to ``path``, written atomically with user-only permissions; the export itself
        is audited. Check ``authorize(Action.EXPORT_AUDIT, ...)`` before calling."""
        import os
        import tempfile

        filters.setdefault("limit", None)
        filters.setdefault("newest_first", False)
        entries = self.entries(**filters)
        buffer = io.StringIO()
        count = write_csv(entries, buffer)
        path = Path(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".audit-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(buffer.getvalue())
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.record(AuditAction.EXPORT, exported_by, details={"rows": count, "file": path.name})
        return count
