"""Deleting buyer data when it is no longer needed (Amazon Data Protection Policy), by itself.

When an order has shipped, its buyer row gets ``purge_after`` = the later of Amazon's latest
delivery date and the ship date, plus ``privacy.retention_days`` (30); if Amazon gave no delivery
date, the ship date plus ``privacy.days_after_ship``. Cancelled and FBA orders: one day after we
learn of it. ``purge_expired`` fills in missing ``purge_after`` dates and deletes the buyer rows whose
date has passed, and empties the stored documents (print jobs kept for reprints) of those orders
(the order, its lines, scans, packages and audit entries stay: they name no one).

``PurgeJob`` is the thread the app starts: a pass at start-up, then every ``interval_s``. Any
station may run it; the work is idempotent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, select, update

from station.background import BackgroundLoop
from station.domain.order import AmazonStatus, PackStatus
from station.store import audit
from station.store.audit import AuditAction
from station.store.db import Store
from station.store import models
from station.store.models import BuyerInfoRow, OrderRow, PackageRow

PrintJobRow = getattr(models, "PrintJobRow", None)  # the print queue's table (issue 5)

log = logging.getLogger(__name__)

RETENTION_DAYS = 30
DAYS_AFTER_SHIP = 37
GONE_AFTER = timedelta(days=1)  # cancelled / not ours to ship


@dataclass(frozen=True)
class PurgeResult:
    scheduled: int  # buyer rows that got a purge date now
    purged: int  # buyer rows deleted now


def purge_date(order: OrderRow, ship_date: datetime | None, retention_days: int = RETENTION_DAYS,
               days_after_ship: int = DAYS_AFTER_SHIP) -> datetime | None:
    """When this order's buyer data goes, or None while it may still be packed and shipped."""
    shipped = order.pack_status == PackStatus.SHIPPED.value or order.amazon_status == AmazonStatus.SHIPPED.value
    if order.fulfilled_by != "MERCHANT" or (order.pack_status == PackStatus.CANCELLED.value and not shipped) \
            or order.amazon_status == AmazonStatus.CANCELED.value and not shipped:
        return (order.updated_at or datetime.now(timezone.utc)) + GONE_AFTER
    if not shipped:
        return None
    shipped_at = ship_date or order.last_updated or order.updated_at
    if order.deliver_by is not None:
        return max(order.deliver_by, shipped_at) + timedelta(days=retention_days)
    return shipped_at + timedelta(days=days_after_ship)


def purge_expired(store: Store, now: datetime | None = None, retention_days: int = RETENTION_DAYS,
                  days_after_ship: int = DAYS_AFTER_SHIP, station: str = "-") -> PurgeResult:
    """Schedule and delete expired buyer data; safe to run at any time on any station."""
    now = now or datetime.now(timezone.utc)
    with store.session() as db:
        ship_dates = (select(PackageRow.order_id, func.max(PackageRow.ship_date).label("ship_date"))
                      .group_by(PackageRow.order_id).subquery())
        rows = db.execute(select(OrderRow, ship_dates.c.ship_date)
                          .join(BuyerInfoRow, BuyerInfoRow.order_id == OrderRow.order_id)
                          .outerjoin(ship_dates, ship_dates.c.order_id == OrderRow.order_id)
                          .where(BuyerInfoRow.purge_after.is_(None))).all()
        scheduled = 0
        for order, ship_date in rows:
            if ship_date is not None and ship_date.tzinfo is None:
                ship_date = ship_date.replace(tzinfo=timezone.utc)
            when = purge_date(order, ship_date, retention_days, days_after_ship)
            if when is not None:
                db.execute(update(BuyerInfoRow).where(BuyerInfoRow.order_id == order.order_id)
                           .values(purge_after=when).execution_options(synchronize_session=False))
                scheduled += 1
    with store.session() as db:
        expired = list(db.scalars(select(BuyerInfoRow.order_id).where(BuyerInfoRow.purge_after <= now)))
        for chunk in (expired[i:i + 500] for i in range(0, len(expired), 500)):
            db.execute(delete(BuyerInfoRow).where(BuyerInfoRow.order_id.in_(chunk))
                       .execution_options(synchronize_session=False))
            if PrintJobRow is not None:  # slips and labels kept for reprints carry the address too
                db.execute(update(PrintJobRow).where(PrintJobRow.order_id.in_(chunk))
                           .values(payload=b"").execution_options(synchronize_session=False))
        if expired:
            audit.record(db, AuditAction.PURGE, station, details={"buyer_records": len(expired)})
    if expired or scheduled:
        log.info("buyer data: %d record(s) scheduled for deletion, %d deleted", scheduled, len(expired))
    return PurgeResult(scheduled, len(expired))


class PurgeJob(BackgroundLoop):
    """Runs ``purge_expired`` at start and then every ``interval_s``; ``settings`` is read each pass
    (a ``station.settings.Settings`` or anything with ``get(key)``)."""

    thread_name = "buyer-data-purge"

    def __init__(self, store: Store, station: str = "-", settings=None, interval_s: float = 3600,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self.store, self.station, self.settings = store, station, settings
        self.interval_s = interval_s
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.last: PurgeResult | None = None
        self.passes = 0

    def run_once(self) -> PurgeResult:
        retention, after_ship = RETENTION_DAYS, DAYS_AFTER_SHIP
        if self.settings is not None:
            retention = int(self.settings.get("privacy.retention_days"))
            after_ship = int(self.settings.get("privacy.days_after_ship"))
        self.last = purge_expired(self.store, self.clock(), retention, after_ship, self.station)
        self.passes += 1
        return self.last

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception as exc:  # noqa: BLE001 - database away: next pass
                log.warning("buyer data purge failed: %s", exc.__class__.__name__)
            self._pause(self.interval_s)
