"""The persistent print queue: every label and slip is a row in ``print_jobs`` before a byte is sent.

``PrintQueue`` (any thread, cheap) records jobs, lists history and makes reprints.
``PrintWorker`` (its own threads, never the GUI thread) sends them: one lane thread per
printer, jobs strictly in id order per printer. A printer that is off, unplugged or out of
paper makes its head job ``waiting``; it is retried with backoff and the jobs behind it wait
too (labels must not come out of order). A crash leaves rows ``queued``/``sending``/``waiting``;
the next worker resumes them in order (a job killed mid-send is sent again: a duplicate label
is better than a missing one). A job that can never print there (wrong format or size) is
``failed`` with the reason and does not hold up the others.

Wiring in the app::

    worker = PrintWorker(store, settings, station=ctx.station_name, on_job=..., on_printer=...)
    worker.start()
    queue = worker.queue(operator="ann")   # PrintQueue that wakes the worker at once
    job_id = queue.enqueue("label", "shipping_label", zpl_bytes, "application/zpl", order_id=...)
    ...
    worker.stop()
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Protocol

from sqlalchemy import func, select

from station.devices.labelcheck import LabelMismatch, check_label
from station.devices.printers import Printer, PrinterError, PrinterUnavailable, PrintRefused, make_printer
from station.devices.state import DeviceState, Status, safe_call
from station.devices.uris import DeviceUriError, parse_printer_uri
from station.store.db import Store
from station.store.models import PrintJobRow

log = logging.getLogger(__name__)

ROLES = ("label", "slip")
TEST_LABEL = "test_label"  # kind of the settings page's test label


class JobStatus(str, enum.Enum):
    QUEUED = "queued"
    SENDING = "sending"
    PRINTED = "printed"
    FAILED = "failed"
    WAITING = "waiting"


PENDING = (JobStatus.QUEUED.value, JobStatus.SENDING.value, JobStatus.WAITING.value)


class SettingsLike(Protocol):
    def get(self, name: str) -> Any: ...


class PrintQueueError(ValueError):
    """Bad request to the queue (unknown role, unknown job); message for people."""


class LabelRefused(LabelMismatch):
    """The label does not suit the printer; it was recorded as a failed job (``job_id``) for a later reprint."""

    def __init__(self, message: str, job_id: int) -> None:
        super().__init__(message)
        self.job_id = job_id


@dataclass(frozen=True)
class PrintJob:
    id: int
    role: str
    printer_uri: str
    kind: str
    order_id: str | None
    content_type: str
    size: int
    status: str
    attempts: int
    last_error: str | None
    created_at: datetime
    printed_at: datetime | None
    station: str | None
    operator: str | None
    reprint_of: int | None

    @classmethod
    def of(cls, row: PrintJobRow) -> "PrintJob":
        return cls(row.id, row.role, row.printer_uri, row.kind, row.order_id, row.content_type, len(row.payload),
                   row.status, row.attempts, row.last_error, row.created_at, row.printed_at, row.station,
                   row.operator, row.reprint_of)

    @property
    def title(self) -> str:
        return "-".join(p for p in (f"{self.id:06d}", self.role, self.kind, self.order_id or "") if p)


def _station_filter(station: str | None):
    return PrintJobRow.station == station if station else PrintJobRow.station.is_(None)


def _printer_setting(settings: SettingsLike | None, role: str) -> str:
    return (settings.get(f"printers.{role}") or "") if settings is not None else ""


def _label_format(settings: SettingsLike | None) -> str | None:
    return settings.get("label.format") if settings is not None else None


class PrintQueue:
    """Records jobs and reads history. Thread-safe (one short session per call); never prints itself."""

    def __init__(self, store: Store, settings: SettingsLike | None = None, station: str | None = None,
                 operator: str | None = None, on_enqueued: Callable[[int], None] | None = None) -> None:
        self.store = store
        self.settings = settings
        self.station = station
        self.operator = operator
        self.on_enqueued = on_enqueued

    def enqueue(self, role: str, kind: str, payload: bytes, content_type: str, order_id: str | None = None,
                station: str | None = None, operator: str | None = None, printer_uri: str | None = None,
                reprint_of: int | None = None) -> int:
        """Records the job (committed) and returns its id. A label that does not suit the label printer's
        settings is recorded as failed and :class:`LabelRefused` is raised with a plain message."""
        if role not in ROLES:
            raise PrintQueueError(f"print role must be label or slip, not {role!r}")
        if not isinstance(payload, (bytes, bytearray)) or not payload:
            raise PrintQueueError("nothing to print: the job is empty")
        uri = printer_uri if printer_uri is not None else _printer_setting(self.settings, role)
        problem = None
        label_format = _label_format(self.settings)
        if role == "label" and label_format:
            try:
                check_label(bytes(payload), content_type, label_format)
            except LabelMismatch as exc:
                problem = str(exc)
        with self.store.session() as session:
            row = PrintJobRow(role=role, printer_uri=uri, kind=kind, order_id=order_id, content_type=content_type,
                              payload=bytes(payload), status=JobStatus.FAILED.value if problem else
                              JobStatus.QUEUED.value, attempts=0, last_error=problem, reprint_of=reprint_of,
                              station=station if station is not None else self.station,
                              operator=operator if operator is not None else self.operator)
            session.add(row)
            session.flush()
            job_id = row.id
        if problem:
            log.warning("label job %s refused: %s", job_id, problem)
            raise LabelRefused(problem, job_id)
        log.info("print job %s queued (%s %s, %d bytes)", job_id, role, kind, len(payload))
        safe_call(self.on_enqueued, job_id)
        return job_id

    def jobs(self, order_id: str | None = None, limit: int = 100, status: str | None = None,
             role: str | None = None) -> list[PrintJob]:
        """Newest first."""
        query = select(PrintJobRow).order_by(PrintJobRow.id.desc()).limit(limit)
        if order_id is not None:
            query = query.where(PrintJobRow.order_id == order_id)
        if status is not None:
            query = query.where(PrintJobRow.status == status)
        if role is not None:
            query = query.where(PrintJobRow.role == role)
        with self.store.session() as session:
            return [PrintJob.of(row) for row in session.scalars(query)]

    def job(self, job_id: int) -> PrintJob:
        with self.store.session() as session:
            row = session.get(PrintJobRow, job_id)
            if row is None:
                raise PrintQueueError(f"there is no print job {job_id}")
            return PrintJob.of(row)

    def payload(self, job_id: int) -> bytes:
        with self.store.session() as session:
            row = session.get(PrintJobRow, job_id)
            if row is None:
                raise PrintQueueError(f"there is no print job {job_id}")
            return bytes(row.payload)

    def reprint(self, job_id: int, operator: str | None = None) -> int:
        """A new job with the same bytes, to the role's printer as set now. Returns the new job's id."""
        with self.store.session() as session:
            row = session.get(PrintJobRow, job_id)
            if row is None:
                raise PrintQueueError(f"there is no print job {job_id} to reprint")
            role, kind, payload, content_type, order_id = (row.role, row.kind, bytes(row.payload),
                                                           row.content_type, row.order_id)
            old_uri = row.printer_uri
        uri = _printer_setting(self.settings, role) or old_uri
        return self.enqueue(role, kind, payload, content_type, order_id=order_id, operator=operator,
                            printer_uri=uri, reprint_of=job_id)

    def cancel(self, job_id: int, reason: str = "cancelled by the user") -> None:
        """Takes a pending job out of the queue (it stays in the history as failed)."""
        with self.store.session() as session:
            row = session.get(PrintJobRow, job_id)
            if row is None:
                raise PrintQueueError(f"there is no print job {job_id}")
            if row.status in PENDING:
                row.status, row.last_error = JobStatus.FAILED.value, reason

    def reroute_pending(self, role: str, printer_uri: str) -> int:
        """Sends this station's pending jobs of a role to another printer (the old one died); keeps their order.
        Returns how many moved."""
        if role not in ROLES:
            raise PrintQueueError(f"print role must be label or slip, not {role!r}")
        with self.store.session() as session:
            rows = session.scalars(select(PrintJobRow).where(
                PrintJobRow.role == role, PrintJobRow.status.in_(PENDING), _station_filter(self.station),
                PrintJobRow.printer_uri != printer_uri)).all()
            for row in rows:
                row.printer_uri = printer_uri
                if row.status == JobStatus.WAITING.value:
                    row.status = JobStatus.QUEUED.value
            moved = len(rows)
        if moved:
            log.info("%d pending %s job(s) moved to %s", moved, role, printer_uri)
            safe_call(self.on_enqueued, 0)
        return moved

    def pending_count(self) -> int:
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(PrintJobRow).where(
                PrintJobRow.status.in_(PENDING), _station_filter(self.station))) or 0


JobCallback = Callable[[PrintJob], None]
PrinterCallback = Callable[[DeviceState], None]


class PrintWorker:
    """Sends this station's pending jobs, in order per printer, on background threads.

    ``on_job(PrintJob)`` after every status change; ``on_printer(DeviceState)`` with device
    ``printer:label`` / ``printer:slip`` (``WAITING`` + a plain message while a printer is off).
    Both are called on worker threads.
    """

    def __init__(self, store: Store, settings: SettingsLike | None = None, station: str | None = None, *,
                 on_job: JobCallback | None = None, on_printer: PrinterCallback | None = None,
                 backoff_s: tuple[float, ...] = (1, 2, 4, 8, 15, 30), poll_s: float = 2.0,
                 printer_factory: Callable[[str], Printer] = make_printer) -> None:
        self.store = store
        self.settings = settings
        self.station = station
        self.on_job = on_job
        self.on_printer = on_printer
        self.backoff_s = backoff_s
        self.poll_s = poll_s
        self.printer_factory = printer_factory
        self._lock = threading.Lock()
        self._lanes: dict[str, threading.Thread] = {}
        self._lane_wake: dict[str, threading.Event] = {}
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._dispatcher: threading.Thread | None = None
        self._states: dict[str, DeviceState] = {}
        self._unrouted_reported: set[int] = set()

    # -- public ---------------------------------------------------------------------------------
    def queue(self, operator: str | None = None) -> PrintQueue:
        """A PrintQueue for this station whose enqueue wakes this worker at once."""
        return PrintQueue(self.store, self.settings, self.station, operator, on_enqueued=lambda _id: self.wake())

    def start(self) -> None:
        if self._dispatcher and self._dispatcher.is_alive():
            return
        self._stop.clear()
        self._dispatcher = threading.Thread(target=self._dispatch_loop, name="print-dispatch", daemon=True)
        self._dispatcher.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stops after the job being sent (if any); pending jobs stay in the table for next time."""
        self._stop.set()
        self._wake.set()
        with self._lock:
            lanes = list(self._lanes.values())
            for event in self._lane_wake.values():
                event.set()
        if self._dispatcher:
            self._dispatcher.join(timeout)
            self._dispatcher = None
        for lane in lanes:
            lane.join(timeout)

    def wake(self) -> None:
        self._wake.set()

    def retry_now(self) -> None:
        """Ends every backoff wait (the packer says: the printer is back)."""
        with self._lock:
            for event in self._lane_wake.values():
                event.set()
        self._wake.set()

    def printer_states(self) -> dict[str, DeviceState]:
        with self._lock:
            return dict(self._states)

    @property
    def idle(self) -> bool:
        with self._lock:
            return not self._lanes

    # -- dispatcher -----------------------------------------------------------------------------
    def _dispatch_loop(self) -> None:
        while not self._stop.is_set():
            try:
                self._dispatch()
            except Exception:  # noqa: BLE001 - database hiccup: try again on the next tick
                log.exception("print dispatcher")
            self._wake.wait(self.poll_s)
            self._wake.clear()

    def _dispatch(self) -> None:
        with self.store.session() as session:
            rows = session.execute(
                select(PrintJobRow.id, PrintJobRow.printer_uri, PrintJobRow.role)
                .where(PrintJobRow.status.in_(PENDING), _station_filter(self.station))
                .order_by(PrintJobRow.id)).all()
            uris: list[str] = []
            for job_id, uri, role in rows:
                if not uri:  # recorded before a printer was chosen: route it now, if one is chosen
                    uri = _printer_setting(self.settings, role)
                    if not uri:
                        self._unrouted(session, job_id, role)
                        continue
                    session.get(PrintJobRow, job_id).printer_uri = uri
                if uri not in uris:
                    uris.append(uri)
        with self._lock:
            for uri in uris:
                if self._stop.is_set():
                    return
                if uri not in self._lanes:
                    event = threading.Event()
                    lane = threading.Thread(target=self._lane, args=(uri, event), name=f"print-lane {uri}",
                                            daemon=True)
                    self._lanes[uri], self._lane_wake[uri] = lane, event
                    lane.start()

    def _unrouted(self, session, job_id: int, role: str) -> None:
        row = session.get(PrintJobRow, job_id)
        message = f"No {role} printer chosen: pick one in Settings > Devices and the job prints."
        if row.status != JobStatus.WAITING.value or row.last_error != message:
            row.status, row.last_error = JobStatus.WAITING.value, message
        if job_id not in self._unrouted_reported:
            self._unrouted_reported.add(job_id)
            session.flush()
            safe_call(self.on_job, PrintJob.of(row))
            self._printer_state(role, "", Status.WAITING, message)

    # -- a lane: one printer, jobs in order --------------------------------------------------------
    def _head(self, uri: str) -> PrintJobRow | None:
        with self.store.session() as session:
            return session.scalars(
                select(PrintJobRow).where(PrintJobRow.status.in_(PENDING), PrintJobRow.printer_uri == uri,
                                          _station_filter(self.station))
                .order_by(PrintJobRow.id).limit(1)).first()

    def _update(self, job_id: int, **values) -> PrintJob:
        with self.store.session() as session:
            row = session.get(PrintJobRow, job_id)
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
            job = PrintJob.of(row)
        safe_call(self.on_job, job)
        return job

    def _printer_state(self, role: str, uri: str, status: Status, message: str) -> None:
        device = f"printer:{role}"
        state = DeviceState(device, status, message, uri)
        with self._lock:
            old = self._states.get(device)
            self._states[device] = state
        if old is None or (old.status, old.message, old.uri) != (status, message, uri):
            safe_call(self.on_printer, state)

    def _lane(self, uri: str, wake: threading.Event) -> None:
        failures = 0
        try:
            while not self._stop.is_set():
                with self._lock:
                    job = self._head(uri)
                    if job is None:
                        self._lanes.pop(uri, None)
                        self._lane_wake.pop(uri, None)
                        return
                error = self._send(job, uri)
                if error is None:
                    failures = 0
                    continue
                delay = self.backoff_s[min(failures, len(self.backoff_s) - 1)]
                failures += 1
                wake.wait(delay)
                wake.clear()
        finally:
            with self._lock:
                if self._lanes.get(uri) is threading.current_thread():
                    self._lanes.pop(uri, None)
                    self._lane_wake.pop(uri, None)

    def _send(self, job: PrintJobRow, uri: str) -> str | None:
        """Sends one job; None when it is done (printed or failed for good), else the waiting message."""
        role = job.role
        try:
            printer = self.printer_factory(uri)
        except DeviceUriError as exc:
            self._update(job.id, status=JobStatus.FAILED.value, last_error=f"Bad printer address: {exc}")
            return None
        label_format = _label_format(self.settings)
        if role == "label" and label_format and job.kind != TEST_LABEL:  # test labels try unsaved settings
            try:
                check_label(job.payload, job.content_type, label_format)
            except LabelMismatch as exc:  # settings changed since it was queued
                self._update(job.id, status=JobStatus.FAILED.value, last_error=str(exc))
                return None
        self._update(job.id, status=JobStatus.SENDING.value, attempts=job.attempts + 1)
        self._printer_state(role, uri, Status.BUSY, f"Printing on {describe(uri)}")
        try:
            printer.send(job.payload, job.content_type, title=PrintJob.of(job).title)
        except PrintRefused as exc:
            self._update(job.id, status=JobStatus.FAILED.value, last_error=str(exc))
            self._printer_state(role, uri, Status.CONNECTED, f"{describe(uri)} is ready")
            return None
        except PrinterUnavailable as exc:
            message = f"{exc} The {role} waits and prints when it is back."
            self._update(job.id, status=JobStatus.WAITING.value, last_error=message)
            self._printer_state(role, uri, Status.WAITING, message)
            return message
        except Exception as exc:  # noqa: BLE001 - unknown trouble: keep the job, say so, retry
            log.exception("print job %s", job.id)
            message = f"Printing failed ({exc.__class__.__name__}: {exc}); retrying."
            self._update(job.id, status=JobStatus.WAITING.value, last_error=message)
            self._printer_state(role, uri, Status.ERROR, message)
            return message
        self._update(job.id, status=JobStatus.PRINTED.value, last_error=None,
                     printed_at=datetime.now(timezone.utc))
        self._printer_state(role, uri, Status.CONNECTED, f"{describe(uri)} is ready")
        return None


def describe(uri: str) -> str:
    try:
        return parse_printer_uri(uri).describe
    except DeviceUriError:
        return uri


__all__ = ["PrintQueue", "PrintWorker", "PrintJob", "JobStatus", "LabelRefused", "PrintQueueError",
           "PrinterError", "ROLES"]
