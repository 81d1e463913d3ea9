"""Leader lease: only one station at a time runs the Amazon sync and the outbox worker.

PostgreSQL: a row in ``leases`` with an expiry. ``try_acquire()`` is one atomic
``INSERT ... ON CONFLICT DO UPDATE ... WHERE holder = me OR expires_at < now()`` against the server's
clock; the holder renews every ``ttl/3``; a stopped, killed or cut-off leader stops renewing and
another station's elector takes over within ``ttl`` plus one renewal period (defaults: 30 s + 10 s,
well within a minute). A clean shutdown releases at once. ``token`` grows at every change of holder
(a fencing token): a worker that wants to be sure it is still the leader *in a transaction* calls
``still_held(session)``, which row-locks the lease until commit.

SQLite (a single bench): always the leader; nothing is written.

Why a lease row rather than ``pg_advisory_lock``: an advisory lock belongs to a connection, so a
hung process (or a pooled connection) would keep it forever, and it is invisible to supervisors;
the row shows who leads and until when, and expires by itself.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import case, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from station.store.claims import db_now
from station.store.db import Store
from station.store.models import LeaseRow

log = logging.getLogger(__name__)

AMAZON = "amazon"  # the one lease the SyncWorker and the OutboxWorker both need
DEFAULT_TTL_S = 30.0


def holder_id(station: str) -> str:
    """Unique per process: two processes never both believe they lead, even with one station name."""
    return f"{station}@{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class LeaderLease:
    def __init__(self, store: Store, name: str = AMAZON, holder: str | None = None, station: str = "station",
                 ttl_s: float = DEFAULT_TTL_S) -> None:
        self.store = store
        self.name = name
        self.holder = holder or holder_id(station)
        self.ttl_s = ttl_s
        self.token: int | None = None
        self._valid_until = 0.0  # monotonic; a little shorter than the lease so we stop before it ends
        self._lock = threading.Lock()

    @property
    def always_leader(self) -> bool:
        return self.store.is_sqlite

    @property
    def is_leader(self) -> bool:
        """Cheap, no I/O: true while our last successful renewal is still good."""
        return self.always_leader or time.monotonic() < self._valid_until

    def try_acquire(self) -> bool:
        """Take the lease if it is free or expired, renew it if ours. False when another holds it."""
        if self.always_leader:
            return True
        with self._lock:
            started = time.monotonic()
            try:
                with self.store.session() as db:
                    token = self._upsert(db)
            except Exception as exc:  # noqa: BLE001 - no database: we cannot be sure we lead
                self._valid_until = 0.0
                log.warning("lease %s: cannot reach the database (%s)", self.name, exc.__class__.__name__)
                return False
            was_leader = self.token is not None and self._valid_until > started
            if token is None:
                if was_leader:
                    log.warning("lease %s lost", self.name)
                self._valid_until, self.token = 0.0, None
                return False
            if not was_leader:
                log.info("lease %s acquired by %s (token %s)", self.name, self.holder, token)
            self.token = token
            self._valid_until = started + self.ttl_s * 0.8
            return True

    def _upsert(self, db: Session) -> int | None:
        table = LeaseRow.__table__
        now = db_now(db)
        expires = now + timedelta(seconds=self.ttl_s)
        mine = table.c.holder == self.holder
        statement = postgresql.insert(table).values(name=self.name, holder=self.holder, token=1, acquired_at=now,
                                                    expires_at=expires)
        statement = statement.on_conflict_do_update(
            index_elements=[table.c.name],
            set_={"holder": self.holder, "expires_at": expires,
                  "token": case((mine, table.c.token), else_=table.c.token + 1),
                  "acquired_at": case((mine, table.c.acquired_at), else_=now)},
            where=mine | (table.c.expires_at < now),
        ).returning(table.c.token)
        return db.execute(statement).scalar()

    def still_held(self, session: Session) -> bool:
        """Inside a worker's transaction: are we still the leader? Locks the lease row until commit,
        so no one can take over between this check and the commit (fencing)."""
        if self.always_leader:
            return True
        row = session.execute(select(LeaseRow.holder, LeaseRow.token, LeaseRow.expires_at)
                              .where(LeaseRow.name == self.name).with_for_update()).first()
        return bool(row and row.holder == self.holder and row.token == self.token
                    and row.expires_at > db_now(session))

    def release(self) -> None:
        """Step down now (clean shutdown), so another station takes over without waiting for expiry."""
        self._valid_until, self.token = 0.0, None
        if self.always_leader:
            return
        try:
            with self.store.session() as db:  # expire it (the row stays, so fencing tokens keep growing)
                db.execute(update(LeaseRow).where(LeaseRow.name == self.name, LeaseRow.holder == self.holder)
                           .values(expires_at=db_now(db) - timedelta(seconds=1)))
        except Exception as exc:  # noqa: BLE001 - it will expire by itself
            log.warning("lease %s: release failed (%s); it expires in %ss", self.name, exc.__class__.__name__,
                        int(self.ttl_s))

    def current_holder(self) -> tuple[str, int] | None:
        """(holder, token) as the database sees it; for a supervisor's status line."""
        if self.always_leader:
            return self.holder, 0
        with self.store.session() as db:
            row = db.execute(select(LeaseRow.holder, LeaseRow.token, LeaseRow.expires_at)
                             .where(LeaseRow.name == self.name)).first()
            if row is None or row.expires_at <= db_now(db):
                return None
            return row.holder, row.token


class LeaderElector(threading.Thread):
    """Tries to take or renew the lease every ``ttl/3`` and says when leadership changes.

    ``on_change(is_leader)`` runs on this thread. Workers need not use it: they check
    ``lease.is_leader`` before each pass.
    """

    def __init__(self, lease: LeaderLease, on_change: Callable[[bool], None] | None = None,
                 interval_s: float | None = None) -> None:
        super().__init__(name=f"lease-{lease.name}", daemon=True)
        self.lease = lease
        self.on_change = on_change
        self.interval_s = interval_s if interval_s is not None else lease.ttl_s / 3
        self._halt = threading.Event()
        self._leading: bool | None = None
        self.became_leader = threading.Event()

    def run(self) -> None:
        while True:
            leading = self.lease.try_acquire()
            if leading:
                self.became_leader.set()
            else:
                self.became_leader.clear()
            if leading != self._leading:
                self._leading = leading
                if self.on_change is not None:
                    try:
                        self.on_change(leading)
                    except Exception:  # noqa: BLE001 - a callback bug must not stop the elections
                        log.exception("lease %s: on_change failed", self.lease.name)
            if self._halt.wait(self.interval_s):
                break
        self.lease.release()
        if self._leading and self.on_change is not None:
            try:
                self.on_change(False)
            except Exception:  # noqa: BLE001
                log.exception("lease %s: on_change failed", self.lease.name)

    def stop(self, join: bool = True) -> None:
        self._halt.set()
        if join and self.is_alive():
            self.join(timeout=10)


class LeaderGate:
    """Runs workers only while this station leads: ``start()``s them when it becomes the leader and
    ``stop()``s them when it is not any more (lost lease, database away, shutdown).

    Any object with ``start()`` and ``stop()`` that may be started again after a stop will do, e.g.
    ``SyncWorker`` and ``OutboxWorker``::

        gate = LeaderGate(LeaderLease(ctx.store, AMAZON, station=ctx.station_name), [sync, outbox])
        gate.start()          # instead of sync.start(); outbox.start()
        services.workers.append(gate)   # gate.stop() stops them and hands the lease over at once
    """

    def __init__(self, lease: LeaderLease, workers: list, on_change: Callable[[bool], None] | None = None,
                 interval_s: float | None = None) -> None:
        self.lease = lease
        self.workers = list(workers)
        self.on_change = on_change
        self.running = False
        self.elector = LeaderElector(lease, self._changed, interval_s)

    def _changed(self, leading: bool) -> None:
        if leading and not self.running:
            for worker in self.workers:
                worker.start()
            self.running = True
            log.info("this station now runs %s", ", ".join(w.__class__.__name__ for w in self.workers))
        elif not leading and self.running:
            for worker in reversed(self.workers):
                try:
                    worker.stop()
                except Exception:  # noqa: BLE001 - stop the others anyway
                    log.warning("%s did not stop cleanly", worker.__class__.__name__)
            self.running = False
        if self.on_change is not None:
            self.on_change(leading)

    @property
    def is_leader(self) -> bool:
        return self.lease.is_leader

    def start(self) -> "LeaderGate":
        self.elector.start()
        return self

    def stop(self) -> None:
        self.elector.stop()
