"""Order sync: Orders API 2026-01-01 searchOrders -> the local queue.

First run: ``createdAfter = now - amazon.initial_lookback_days``. Then incremental:
``lastUpdatedAfter = high_water - overlap``, where ``high_water`` is the end of the window
Amazon answered for (its echoed ``createdBefore``/``lastUpdatedBefore``), so an update that
lands while a page is read is picked up next time; the overlap absorbs clock skew and late
index writes (re-reading an order is harmless: saving is an upsert that keeps our pack status).

One searchOrders page (100 orders) brings items, fulfilment, buyer and recipient
(``includedData``), read with a Restricted Data Token, instead of Orders v0's
getOrders + getOrderItems + getOrderAddress per order. FBM only (``fulfilledBy=MERCHANT``).

An order that cannot be read (Amazon sent something the mapping refuses) is not lost when the
high water passes it: it is kept in ``sync.unreadable`` (order id -> reason), shown in the queue,
and fetched again by getOrder on every pass until it reads.

SyncState keys: ``sync.last_success``, ``sync.last_error``, ``sync.high_water`` (ISO 8601 UTC),
``sync.unreadable`` (JSON).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from station.amazon.client import AmazonError, SpApi
from station.amazon.mapping import MappingError, map_order, parse_time
from station.background import BackgroundLoop
from station.domain.order import AmazonStatus
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from station.store.db import Store
from station.store.models import OrderRow
from station.store.repositories import OrderRepository, SyncState, json_dict

log = logging.getLogger(__name__)

LAST_SUCCESS, LAST_ERROR, HIGH_WATER = "sync.last_success", "sync.last_error", "sync.high_water"
UNREADABLE = "sync.unreadable"
RETRIES_PER_PASS = 10  # getOrder calls for unreadable orders per pass (rate 0.5/s, burst 30)
INCLUDED_DATA = ("BUYER", "RECIPIENT", "FULFILLMENT", "PROCEEDS", "CANCELLATION")
OVERLAP = timedelta(minutes=5)
AMAZON_DELAY = timedelta(minutes=2)  # searchOrders wants dates at least two minutes in the past


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass
class SyncResult:
    pages: int = 0
    seen: int = 0
    new: int = 0
    updated: int = 0
    cancelled: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unreadable or not ours (FBA)
    unreadable: dict[str, str] = field(default_factory=dict)  # order id -> why, still unread after this pass
    read: set[str] = field(default_factory=set)  # order ids saved by this pass
    error: str | None = None
    mode: str = ""  # "created" (first run) or "updated"

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class SyncStatus:
    last_success: datetime | None
    last_error: str | None
    high_water: datetime | None


def sync_status(store: Store) -> SyncStatus:
    """What the queue shows: when the last sync succeeded, and the last error (None once it succeeds again)."""
    with store.session() as db:
        state = SyncState(db)
        return SyncStatus(parse_time(state.get(LAST_SUCCESS)), state.get(LAST_ERROR), parse_time(state.get(HIGH_WATER)))


class OrderSync:
    """One pass at a time; thread-confined (its SpApi is not shared)."""

    def __init__(self, store: Store, api: SpApi, *, marketplaces: Sequence[str], station: str | None = None,
                 lookback_days: int = 7, overlap: timedelta = OVERLAP, page_size: int = 100,
                 wall_clock: Callable[[], float] = time.time,
                 on_cancelled: Callable[[str], None] | None = None) -> None:
        self.store, self.api = store, api
        self.marketplaces = list(dict.fromkeys(marketplaces))
        self.station, self.lookback_days, self.overlap = station, lookback_days, overlap
        self.page_size, self.wall_clock = page_size, wall_clock
        self.on_cancelled = on_cancelled

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.wall_clock(), timezone.utc)

    def run_once(self) -> SyncResult:
        """Pull everything new or changed; record success or the error in SyncState. Never raises AmazonError."""
        result = SyncResult()
        try:
            high_water = self._pull(result)
            self._retry_unreadable(result)
        except (AmazonError, MappingError) as exc:
            result.error = str(exc)
            log.info("order sync failed: %s", exc)
            with self.store.session() as db:
                SyncState(db).set(LAST_ERROR, f"{iso(self.now())} {exc}")
            return result
        with self.store.session() as db:
            state = SyncState(db)
            state.set(LAST_SUCCESS, iso(self.now()))
            state.set(LAST_ERROR, None)
            state.set(HIGH_WATER, iso(high_water))
            state.set(UNREADABLE, json.dumps(result.unreadable) if result.unreadable else None)  # order kept
        log.info("order sync: %d seen (%d new, %d updated, %d cancelled) in %d page(s)", result.seen, result.new,
                 result.updated, len(result.cancelled), result.pages)
        return result

    def _retry_unreadable(self, result: SyncResult) -> None:
        """Fetch again the orders earlier passes could not read (and this one did not meet), the longest
        untried first; an order Amazon no longer has (404) is dropped."""
        with self.store.session() as db:
            stored = json_dict(SyncState(db).get(UNREADABLE))
        waiting = [oid for oid in stored if oid not in result.read and oid not in result.unreadable]
        tried: list[str] = []
        gone: set[str] = set()
        asking = True
        for order_id in waiting:
            if not asking or len(tried) + len(gone) >= RETRIES_PER_PASS:
                break
            try:
                self._save_page([self.api.get_order(order_id, INCLUDED_DATA)], result)
            except AmazonError as exc:
                if getattr(exc, "status", None) == 404:
                    log.warning("unreadable order %s is gone from Amazon: dropped", order_id)
                    gone.add(order_id)
                    continue
                log.info("unreadable order %s not fetched again: %s", order_id, exc)
                asking = not exc.transient  # throttled or away: the rest wait for the next pass
            tried.append(order_id)
        met = {oid: why for oid, why in result.unreadable.items() if oid not in tried}  # by this pass's search
        rotated = [oid for oid in waiting if oid not in tried] + tried  # the next pass starts with the untried
        result.unreadable = met | {oid: result.unreadable.get(oid, stored[oid]) for oid in rotated
                                   if oid not in result.read and oid not in gone}
        if result.unreadable:
            log.warning("%d order(s) could not be read: %s", len(result.unreadable), ", ".join(result.unreadable))

    def _window(self) -> dict[str, str]:
        with self.store.session() as db:
            high_water = parse_time(SyncState(db).get(HIGH_WATER))
        latest = self.now() - AMAZON_DELAY
        if high_water is None:
            return {"createdAfter": iso(self.now() - timedelta(days=self.lookback_days))}
        return {"lastUpdatedAfter": iso(min(high_water - self.overlap, latest))}

    def _pull(self, result: SyncResult) -> datetime:
        window = self._window()
        result.mode = "created" if "createdAfter" in window else "updated"
        params: dict = {**window, "marketplaceIds": self.marketplaces, "fulfilledBy": ["MERCHANT"],
                        "includedData": list(INCLUDED_DATA), "maxResultsPerPage": self.page_size}
        high_water: datetime | None = None
        token: str | None = None
        while True:
            # the next page repeats every filter and includedData with its token (Pagination in the model:
            # "all other parameters must be provided with the same values"); without includedData Amazon
            # sends that page without fulfilment data, and its orders would be skipped for good
            body = self.api.search_orders(**params, **({"paginationToken": token} if token else {}))
            result.pages += 1
            if high_water is None:
                echoed = body.get("createdBefore") or body.get("lastUpdatedBefore")
                high_water = parse_time(echoed) if echoed else self.now() - AMAZON_DELAY
            self._save_page(body["orders"], result)
            token = (body.get("pagination") or {}).get("nextToken")
            if not token:
                return high_water

    def _save_page(self, orders: list[dict], result: SyncResult) -> None:
        cancelled_now: list[str] = []
        with self.store.session() as db:
            repo = OrderRepository(db)
            ids = [str(o.get("orderId")) for o in orders if o.get("orderId")]
            known: dict[str, str] = {}
            if ids:  # one query for the page: save() then finds each known row in the identity map
                for row in db.scalars(select(OrderRow).where(OrderRow.order_id.in_(ids))
                                      .options(selectinload(OrderRow.lines), selectinload(OrderRow.buyer))):
                    known[row.order_id] = row.amazon_status
            for data in orders:
                result.seen += 1
                try:
                    mapped = map_order(data)
                except MappingError as exc:
                    result.skipped.append(str(data.get("orderId", "?")))
                    if data.get("orderId"):
                        result.unreadable[str(data["orderId"])] = str(exc)
                    log.warning("order skipped: %s", exc)
                    continue
                result.read.add(mapped.order.order_id)
                result.unreadable.pop(mapped.order.order_id, None)
                if mapped.fulfilled_by != "MERCHANT":  # FBA: Amazon ships it, not us
                    result.skipped.append(mapped.order.order_id)
                    continue
                previous = known.get(mapped.order.order_id)
                if mapped.order.order_id not in known:
                    result.new += 1
                else:
                    result.updated += 1
                row = repo.save(mapped.order, station=self.station, last_updated=mapped.last_updated,
                                fulfilled_by=mapped.fulfilled_by)
                known[mapped.order.order_id] = row.amazon_status
                if mapped.total is not None:
                    row.order_total, row.currency = mapped.total.amount, mapped.total.currency
                if mapped.order.status == AmazonStatus.CANCELED and previous not in (None, AmazonStatus.CANCELED.value):
                    cancelled_now.append(mapped.order.order_id)
        # Committed first, then told: the pack view stops on a cancellation that is already on disk.
        result.cancelled += cancelled_now
        for order_id in cancelled_now:
            log.warning("order %s was cancelled on Amazon", order_id)
            if self.on_cancelled is not None:
                try:
                    self.on_cancelled(order_id)
                except Exception:  # noqa: BLE001 - a UI callback must not stop the sync
                    log.exception("on_cancelled callback failed for %s", order_id)


def marketplaces_from(settings) -> list[str]:
    """The marketplace ids to sync: ``amazon.marketplaces`` (comma list) when set, else ``amazon.marketplace``."""
    listed = [m for m in settings.get("amazon.marketplaces").split(",") if m]
    return listed or [settings.get("amazon.marketplace")]


class SyncWorker(BackgroundLoop):
    """Runs ``OrderSync`` every ``interval_s`` on its own (non-GUI) thread until ``stop()``.

    ``make_sync`` builds the sync inside the thread (the SpApi is thread-confined); it may raise
    AmazonError (e.g. no credentials): that is recorded as ``sync.last_error`` and retried next round.
    ``on_result(SyncResult)`` is called on the worker thread after each pass.
    """

    thread_name = "order-sync"

    def __init__(self, store: Store, make_sync: Callable[[], OrderSync], interval_s: float = 60.0,
                 on_result: Callable[[SyncResult], None] | None = None, wait: Callable[[float], None] | None = None
                 ) -> None:
        super().__init__()
        self.store, self.make_sync, self.interval_s = store, make_sync, interval_s
        self.on_result = on_result
        self.last_result: SyncResult | None = None
        self.passes = 0

    @classmethod
    def from_context(cls, ctx, on_cancelled: Callable[[str], None] | None = None,
                     on_result: Callable[[SyncResult], None] | None = None) -> "SyncWorker":
        settings = ctx.settings
        return cls(ctx.store, lambda: build_sync(ctx, on_cancelled=on_cancelled),
                   interval_s=float(settings.get("amazon.sync_interval_s")), on_result=on_result)

    def status(self) -> SyncStatus:
        return sync_status(self.store)

    def _run(self) -> None:
        sync: OrderSync | None = None
        while not self._stop.is_set():
            try:
                if sync is None:
                    sync = self.make_sync()
                result = sync.run_once()
            except AmazonError as exc:
                result = SyncResult(error=str(exc))
                with self.store.session() as db:
                    SyncState(db).set(LAST_ERROR, f"{iso(datetime.now(timezone.utc))} {exc}")
            except Exception as exc:  # noqa: BLE001 - the worker must outlive a bad pass (database away...)
                log.exception("order sync pass failed")
                result = SyncResult(error=f"{exc.__class__.__name__}: {exc}")
                try:
                    with self.store.session() as db:
                        SyncState(db).set(LAST_ERROR, f"{iso(datetime.now(timezone.utc))} {result.error}")
                except Exception:  # noqa: BLE001
                    pass
            self.last_result = result
            self.passes += 1
            if self.on_result is not None:
                try:
                    self.on_result(result)
                except Exception:  # noqa: BLE001
                    log.exception("on_result callback failed")
            self._pause(self.interval_s)
        if sync is not None:
            sync.api.close()


def build_sync(ctx, on_cancelled: Callable[[str], None] | None = None, api: SpApi | None = None,
               marketplaces: Sequence[str] | None = None, credentials=None) -> OrderSync:
    """An OrderSync from an AppContext: settings, store, station name, credentials (env/keyring)."""
    from station.amazon.client import make_client

    settings = ctx.settings
    api = api or make_client(settings, credentials)
    return OrderSync(ctx.store, api, marketplaces=marketplaces or marketplaces_from(settings),
                     station=ctx.station_name, lookback_days=int(settings.get("amazon.initial_lookback_days")),
                     on_cancelled=on_cancelled)
