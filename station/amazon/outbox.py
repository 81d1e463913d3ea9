"""The outbox worker: sends queued shipment confirmations to Amazon, each package exactly once.

Row states (``outbox.status``)::

    pending  --claim-->  sending  --204-->                         sent
    verify   --claim-->  checking --getOrder: package there-->     sent
                                  --package not there--> send --> (as above)
    sending/checking --400 etc. (Amazon's error list)-->           failed   (the supervisor fixes and re-queues)
    sending  --429 / connection refused (nothing reached Amazon)--> pending  (backoff)
    sending  --5xx / answer lost / killed mid-send-->              verify   (backoff)

Why never twice: a confirmation is only *sent* from ``sending``, which a worker reaches by
claiming a ``pending`` row: a row whose send may have reached Amazon (5xx, timeout, dropped
connection, or a process killed with the lease held) is never ``pending`` again, it is
``verify``; a worker that claims it first asks Amazon (getOrder with includedData=PACKAGES)
whether the package with that packageReferenceId is there, and only sends when it is not.
So after "request sent, response lost, process killed": on restart the row is found
``sending`` under a lease of a process that is gone (same host, dead pid, or lease expired),
is turned into ``verify``, and the package is checked on Amazon before anything is resent.
(Amazon itself treats a second confirmShipment with the same packageReferenceId as an edit of
that package, not a second package, so even a lost race would not ship anything twice.)

Claiming is a conditional UPDATE (``WHERE status = old``) so two workers can never both win;
on PostgreSQL the candidate rows are read ``FOR UPDATE SKIP LOCKED``.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import or_, select, update

from station.amazon.client import AmazonError, ApiError, AuthError, NetworkError, SpApi
from station.amazon.mapping import confirmed_packages
from station.amazon.ratelimit import Backoff
from station.background import BackgroundLoop
from station.store.db import Store
from station.store.models import OutboxRow, PackageRow

log = logging.getLogger(__name__)

PENDING, SENDING, VERIFY, CHECKING, SENT, FAILED = "pending", "sending", "verify", "checking", "sent", "failed"
OPEN_STATES = (PENDING, SENDING, VERIFY, CHECKING)
LEASE = timedelta(minutes=5)


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, timezone.utc)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class SendOutcome:
    row_id: int
    order_id: str
    status: str
    message: str = ""


class OutboxWorker(BackgroundLoop):
    """Drains the outbox on its own thread (``start``/``stop``/``wake``), or synchronously (``drain``)."""

    thread_name = "outbox"

    def __init__(self, store: Store, make_api: Callable[[], SpApi], *, poll_s: float = 5.0, batch: int = 1,
                 lease: timedelta = LEASE, backoff: Backoff | None = None,
                 clock: Callable[[], float] = time.time, on_change: Callable[[SendOutcome], None] | None = None,
                 min_retry_s: float = 1.0) -> None:
        # batch 1: a row is "sending" only while it is really being sent, so a crash leaves at most
        # one row to check on Amazon (rows are few a second; the database is not the bottleneck)
        self.store, self.make_api = store, make_api
        self.poll_s, self.batch, self.lease = poll_s, batch, lease
        self.backoff = backoff or Backoff(base=5.0, cap=15 * 60.0, attempts=1_000_000)
        self.clock, self.min_retry_s = clock, min_retry_s
        self.on_change = on_change
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{id(self):x}"
        super().__init__()
        self._api: SpApi | None = None
        self.is_postgres = store.engine.dialect.name == "postgresql"

    @classmethod
    def from_context(cls, ctx, on_change: Callable[[SendOutcome], None] | None = None) -> "OutboxWorker":
        from station.amazon.client import make_client

        return cls(ctx.store, lambda: make_client(ctx.settings), on_change=on_change)

    # -- thread ------------------------------------------------------------------------------------
    def stop(self, timeout: float = 10.0) -> None:
        super().stop(timeout)
        if self._api is not None:
            self._api.close()
            self._api = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                done = self.drain(stop=self._stop)
            except Exception:  # noqa: BLE001 - the database may be away for a while; keep trying
                log.exception("outbox pass failed")
                done = 0
            if not done:
                self._pause(self.poll_s)

    # -- one pass ----------------------------------------------------------------------------------
    def now(self) -> datetime:
        return _utc(self.clock())

    def api(self) -> SpApi:
        if self._api is None:
            self._api = self.make_api()
        return self._api

    def drain(self, stop: threading.Event | None = None, max_rows: int | None = None) -> int:
        """Send every row that is due now; returns how many rows were handled."""
        handled = 0
        self.recover()
        cutoff = self.now()  # a row rescheduled during this pass waits for the next one
        while stop is None or not stop.is_set():
            claimed = self.claim(self.batch, cutoff)
            if not claimed:
                break
            for row_id, status in claimed:
                if stop is not None and stop.is_set():
                    self._release(row_id, status)
                    continue
                self.process(row_id, status)
                handled += 1
            if max_rows is not None and handled >= max_rows:
                break
        return handled

    def recover(self) -> int:
        """Leases of this host's dead processes: their sends may have reached Amazon -> verify now."""
        host = socket.gethostname() + ":"
        with self.store.session() as db:
            rows = db.execute(select(OutboxRow.id, OutboxRow.lease_owner).where(
                OutboxRow.status.in_((SENDING, CHECKING)), OutboxRow.lease_owner.like(host + "%"))).all()
            count = 0
            for row_id, owner in rows:
                try:
                    pid = int(owner.split(":")[1])
                except (IndexError, ValueError):
                    continue
                if pid != os.getpid() and not _pid_alive(pid):
                    count += db.execute(update(OutboxRow).where(OutboxRow.id == row_id,
                                                                OutboxRow.lease_owner == owner)
                                        .values(status=VERIFY, lease_owner=None, next_attempt_at=self.now())
                                        ).rowcount
        if count:
            log.warning("outbox: %d confirmation(s) interrupted by a crash will be checked on Amazon first", count)
        return count

    def claim(self, limit: int, cutoff: datetime | None = None) -> list[tuple[int, str]]:
        """Take up to ``limit`` rows due by ``cutoff`` (now): pending -> sending, verify/expired leases -> checking."""
        now = self.now()
        cutoff = min(cutoff or now, now)
        due = or_(
            (OutboxRow.status.in_((PENDING, VERIFY))) & (OutboxRow.next_attempt_at <= cutoff),
            (OutboxRow.status.in_((SENDING, CHECKING))) & (OutboxRow.next_attempt_at <= cutoff),  # lease ran out
        )
        claimed: list[tuple[int, str]] = []
        with self.store.session() as db:
            query = select(OutboxRow.id, OutboxRow.status).where(due).order_by(OutboxRow.id).limit(limit)
            if self.is_postgres:
                query = query.with_for_update(skip_locked=True)
            for row_id, status in db.execute(query).all():
                new = SENDING if status == PENDING else CHECKING
                won = db.execute(update(OutboxRow).where(OutboxRow.id == row_id, OutboxRow.status == status,
                                                          OutboxRow.next_attempt_at <= cutoff)
                                 .values(status=new, lease_owner=self.owner, next_attempt_at=now + self.lease,
                                         attempts=OutboxRow.attempts + 1)).rowcount
                if won:
                    claimed.append((row_id, new))
        return claimed

    def _release(self, row_id: int, status: str) -> None:
        back = PENDING if status == SENDING else VERIFY
        self._finish(row_id, back, next_at=self.now())

    def process(self, row_id: int, status: str) -> SendOutcome:
        with self.store.session() as db:
            row = db.get(OutboxRow, row_id)
            order_id, payload, attempts = row.order_id, dict(row.payload), row.attempts
        ref = str(payload["packageDetail"]["packageReferenceId"])
        try:
            api = self.api()
        except AmazonError as exc:  # e.g. no credentials yet: nothing was sent
            return self._retry_later(row_id, order_id, PENDING if status == SENDING else VERIFY, attempts, exc)
        if status == CHECKING:
            try:
                order = api.get_order(order_id, included=["PACKAGES"])
            except ApiError as exc:
                if not exc.transient and exc.status != 403:
                    return self._fail(row_id, order_id, exc)
                return self._retry_later(row_id, order_id, VERIFY, attempts, exc)
            except AmazonError as exc:
                return self._retry_later(row_id, order_id, VERIFY, attempts, exc)
            package = confirmed_packages(order).get(ref)
            if package is not None:
                log.info("outbox: package %s of order %s is already on Amazon; not sent again", ref, order_id)
                return self._sent(row_id, order_id, ref, "already confirmed on Amazon (checked after an "
                                                         "interrupted send)")
        try:
            api.confirm_shipment(order_id, payload)
        except NetworkError as exc:
            return self._retry_later(row_id, order_id, VERIFY if exc.maybe_sent else
                                     (PENDING if status == SENDING else VERIFY), attempts, exc)
        except ApiError as exc:
            if exc.status == 429:  # refused before anything happened
                return self._retry_later(row_id, order_id, PENDING if status == SENDING else VERIFY, attempts, exc)
            if exc.status >= 500:
                return self._retry_later(row_id, order_id, VERIFY, attempts, exc)
            if exc.status in (401, 403):  # credentials or roles: fixable, keep it queued
                return self._retry_later(row_id, order_id, PENDING if status == SENDING else VERIFY, attempts, exc)
            return self._fail(row_id, order_id, exc)
        except AuthError as exc:  # the token call failed: the confirmation itself never left
            return self._retry_later(row_id, order_id, PENDING if status == SENDING else VERIFY, attempts, exc)
        except AmazonError as exc:  # malformed answer to a send: it may have landed
            return self._retry_later(row_id, order_id, VERIFY, attempts, exc)
        return self._sent(row_id, order_id, ref, "")

    # -- outcomes -------------------------------------------------------------------------------
    def _finish(self, row_id: int, status: str, next_at: datetime | None = None, **values) -> None:
        with self.store.session() as db:
            db.execute(update(OutboxRow).where(OutboxRow.id == row_id, OutboxRow.lease_owner == self.owner)
                       .values(status=status, lease_owner=None, **({"next_attempt_at": next_at} if next_at else {}),
                               **values))

    def _sent(self, row_id: int, order_id: str, ref: str, note: str) -> SendOutcome:
        now = self.now()
        with self.store.session() as db:
            db.execute(update(OutboxRow).where(OutboxRow.id == row_id, OutboxRow.lease_owner == self.owner)
                       .values(status=SENT, lease_owner=None, sent_at=now, last_error=note or None, errors=None))
            if ref.isdigit():
                db.execute(update(PackageRow).where(PackageRow.order_id == order_id,
                                                    PackageRow.package_reference_id == int(ref))
                           .values(confirmed=True))
        return self._tell(SendOutcome(row_id, order_id, SENT, note))

    def _retry_later(self, row_id: int, order_id: str, status: str, attempts: int, exc: Exception) -> SendOutcome:
        delay = self.backoff.delay(min(attempts - 1, 20), floor=self.min_retry_s)
        message = str(exc)
        self._finish(row_id, status, next_at=self.now() + timedelta(seconds=delay), last_error=message)
        log.info("outbox: order %s: %s; next try in %.0fs", order_id, message, delay)
        return self._tell(SendOutcome(row_id, order_id, status, message))

    def _fail(self, row_id: int, order_id: str, exc: ApiError) -> SendOutcome:
        message = str(exc)
        self._finish(row_id, FAILED, last_error=message, errors=exc.errors)
        log.warning("outbox: confirmation of order %s refused: %s", order_id, message)
        return self._tell(SendOutcome(row_id, order_id, FAILED, message))

    def _tell(self, outcome: SendOutcome) -> SendOutcome:
        if self.on_change is not None:
            try:
                self.on_change(outcome)
            except Exception:  # noqa: BLE001
                log.exception("outbox on_change callback failed")
        return outcome


# -- queries for the supervisor and `station outbox` ----------------------------------------------


@dataclass(frozen=True)
class OutboxItem:
    id: int
    order_id: str
    package_reference_id: str
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    errors: list | None
    tracking_number: str | None
    carrier: str | None
    station: str | None
    operator: str | None
    created_at: datetime | None

    def as_json(self) -> dict:
        return {"id": self.id, "order_id": self.order_id, "package_reference_id": self.package_reference_id,
                "status": self.status, "attempts": self.attempts,
                "next_attempt_at": self.next_attempt_at.isoformat() if self.next_attempt_at else None,
                "last_error": self.last_error, "errors": self.errors, "tracking_number": self.tracking_number,
                "carrier": self.carrier, "station": self.station, "operator": self.operator,
                "created_at": self.created_at.isoformat() if self.created_at else None}


def outbox_items(store: Store, statuses: tuple[str, ...] = (*OPEN_STATES, FAILED)) -> list[OutboxItem]:
    """Pending (in any of its in-flight states) and failed uploads, oldest first."""
    with store.session() as db:
        rows = db.scalars(select(OutboxRow).where(OutboxRow.status.in_(statuses)).order_by(OutboxRow.id)).all()
        items = []
        for row in rows:
            detail = (row.payload or {}).get("packageDetail", {})
            carrier = detail.get("carrierName") or detail.get("carrierCode")
            items.append(OutboxItem(row.id, row.order_id, str(detail.get("packageReferenceId", "")), row.status,
                                    row.attempts, row.next_attempt_at, row.last_error, row.errors,
                                    detail.get("trackingNumber"), carrier, row.station, row.operator,
                                    row.created_at))
        return items


def outbox_counts(store: Store) -> dict[str, int]:
    """Rows per status (for a status bar: pending uploads, failed ones)."""
    from sqlalchemy import func

    with store.session() as db:
        return dict(db.execute(select(OutboxRow.status, func.count()).group_by(OutboxRow.status)).all())


def retry_failed(store: Store, row_id: int) -> bool:
    """A supervisor fixed the cause outside the station (e.g. on Seller Central): try a failed row again.
    It goes to ``verify``, so Amazon is asked first whether the package is already there."""
    with store.session() as db:
        return bool(db.execute(update(OutboxRow).where(OutboxRow.id == row_id, OutboxRow.status == FAILED)
                               .values(status=VERIFY, next_attempt_at=datetime.now(timezone.utc))).rowcount)
