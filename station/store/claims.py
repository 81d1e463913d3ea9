"""Order claims: at most one station packs (and ships) an order at a time.

A claim is a row in ``order_claims`` whose primary key is the order id. Taking one is a single
atomic ``INSERT ... ON CONFLICT DO UPDATE ... WHERE`` (PostgreSQL and SQLite alike): it succeeds
when the order is free, already ours, or its holder's heartbeat is older than the timeout (a dead
station). Every action that changes the order (each scan, the confirmation) first runs ``hold()``
in its own transaction: an ``UPDATE`` of our claim row that both refreshes the heartbeat and
row-locks the claim until commit, so a takeover can never slip in between the check and the write.

Times come from the database server on PostgreSQL (``db_now``), so stations' clocks may differ.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from station.background import BackgroundLoop
from station.store.db import Store
from station.store.models import OrderClaimRow

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 120  # a claim whose station has not beaten for this long is free to take
HEARTBEAT_S = 20


@dataclass(frozen=True)
class Claim:
    order_id: str
    station: str
    operator: str | None
    claimed_at: datetime
    heartbeat_at: datetime


@dataclass(frozen=True)
class ClaimResult:
    ok: bool
    claim: Claim | None  # ours when ok, the holder's otherwise (None if the order vanished)
    took_over: bool = False  # we took it from a station that stopped beating

    @property
    def message(self) -> str:
        if self.ok or self.claim is None:
            return ""
        who = self.claim.station + (f" ({self.claim.operator})" if self.claim.operator else "")
        return f"Order {self.claim.order_id} is being packed at {who}"


def db_now(session: Session) -> datetime:
    """The database server's clock on PostgreSQL (shared by all stations); ours on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        value = session.scalar(select(func.now()))
        return value.astimezone(timezone.utc)
    return datetime.now(timezone.utc)


def _as_claim(row) -> Claim:
    return Claim(row.order_id, row.station, row.operator, row.claimed_at, row.heartbeat_at)


def claim(session: Session, order_id: str, station: str, operator: str | None = None,
          timeout_s: float = DEFAULT_TIMEOUT_S) -> ClaimResult:
    """Claim ``order_id`` for ``station`` (or keep it). Commit the session to make it stick."""
    now = db_now(session)
    stale = now - timedelta(seconds=timeout_s)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = OrderClaimRow.__table__
    before = session.execute(select(table.c.station, table.c.heartbeat_at)
                             .where(table.c.order_id == order_id)).first()
    statement = insert(table).values(order_id=order_id, station=station, operator=operator, claimed_at=now,
                                     heartbeat_at=now)
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.order_id],
        set_={"station": station, "operator": operator, "heartbeat_at": now,
              # keep the original claim time when we only renew our own claim
              "claimed_at": case((table.c.station == station, table.c.claimed_at), else_=now)},
        where=(table.c.station == station) | (table.c.heartbeat_at < stale),
    ).returning(table.c.order_id, table.c.station, table.c.operator, table.c.claimed_at, table.c.heartbeat_at)
    row = session.execute(statement).first()
    if row is not None:
        took_over = before is not None and before.station != station and before.heartbeat_at < stale
        if took_over:
            log.warning("order %s taken over from station %s (no heartbeat since %s)", order_id, before.station,
                        before.heartbeat_at)
        return ClaimResult(True, _as_claim(row), took_over)
    holder = session.execute(select(table).where(table.c.order_id == order_id)).first()
    return ClaimResult(False, _as_claim(holder) if holder else None)


def hold(session: Session, order_id: str, station: str) -> bool:
    """In the transaction that is about to change the order: is it still ours? Locks our claim row
    (PostgreSQL) and refreshes its heartbeat, so nobody can take it before this transaction ends."""
    now = db_now(session)
    result = session.execute(update(OrderClaimRow)
                             .where(OrderClaimRow.order_id == order_id, OrderClaimRow.station == station)
                             .values(heartbeat_at=now)
                             .execution_options(synchronize_session=False))
    return result.rowcount == 1


def release(session: Session, order_id: str, station: str) -> bool:
    """Give up our claim (order set aside, packed, shipped)."""
    result = session.execute(delete(OrderClaimRow)
                             .where(OrderClaimRow.order_id == order_id, OrderClaimRow.station == station)
                             .execution_options(synchronize_session=False))
    return result.rowcount == 1


def force_release(session: Session, order_id: str) -> Claim | None:
    """A supervisor frees an order held by another station (authorize RELEASE_CLAIM first)."""
    row = session.execute(select(OrderClaimRow.__table__).where(OrderClaimRow.order_id == order_id)).first()
    session.execute(delete(OrderClaimRow).where(OrderClaimRow.order_id == order_id)
                    .execution_options(synchronize_session=False))
    return _as_claim(row) if row else None


def heartbeat(session: Session, station: str) -> int:
    """Refresh every claim of this station; returns how many it holds."""
    result = session.execute(update(OrderClaimRow).where(OrderClaimRow.station == station)
                             .values(heartbeat_at=db_now(session))
                             .execution_options(synchronize_session=False))
    return result.rowcount


def release_stale(session: Session, timeout_s: float = DEFAULT_TIMEOUT_S) -> list[Claim]:
    """Delete claims of stations that stopped beating (any station's housekeeping may call it)."""
    stale = db_now(session) - timedelta(seconds=timeout_s)
    rows = session.execute(select(OrderClaimRow.__table__).where(OrderClaimRow.heartbeat_at < stale)).all()
    if rows:
        session.execute(delete(OrderClaimRow).where(OrderClaimRow.heartbeat_at < stale)
                        .execution_options(synchronize_session=False))
    return [_as_claim(r) for r in rows]


def holder(session: Session, order_id: str) -> Claim | None:
    row = session.execute(select(OrderClaimRow.__table__).where(OrderClaimRow.order_id == order_id)).first()
    return _as_claim(row) if row else None


def all_claims(session: Session) -> dict[str, Claim]:
    """order id -> claim, for the queue view (show "at bench-2" beside an order)."""
    return {r.order_id: _as_claim(r) for r in session.execute(select(OrderClaimRow.__table__))}


class ClaimHeartbeat(BackgroundLoop):
    """Keeps this station's claims alive while the app runs; also frees claims of dead stations."""

    thread_name = "claim-heartbeat"

    def __init__(self, store: Store, station: str, interval_s: float = HEARTBEAT_S,
                 timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__()
        self.store, self.station = store, station
        self.interval_s, self.timeout_s = interval_s, timeout_s

    def beat(self) -> None:
        with self.store.session() as db:
            heartbeat(db, self.station)
        with self.store.session() as db:
            for gone in release_stale(db, self.timeout_s):
                log.warning("claim of order %s by station %s released after %ss without heartbeat",
                            gone.order_id, gone.station, int(self.timeout_s))

    def _run(self) -> None:
        while True:
            self._pause(self.interval_s)
            if self._stop.is_set():
                return
            try:
                self.beat()
            except Exception as exc:  # noqa: BLE001 - database down: try again next time
                log.warning("claim heartbeat failed: %s", exc.__class__.__name__)
