"""The queue page: filters, counts per status, last sync, and the table of orders.

Reads happen in the pool (station.store.queue.load_queue), never on the GUI thread:
one full read at start, then every few seconds only the orders updated since the last
read, merged and re-ordered in the worker. The GUI only swaps in the finished data.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QTableView, QVBoxLayout, QWidget)

from station.settings import MARKETPLACES
from station.store import queue as q
from station.store.db import Store
from station.store.repositories import json_dict
from station.ui.queue_model import (ALL, C_BUYER, C_FLAGS, C_MARKET, C_ORDER, C_SHIP_BY, C_SKUS, C_STATUS, C_UNITS,
                                    STATUSES, TO_PACK, QueueData, QueueFilterProxy, QueueModel, status_label, tr)
from station.ui.messages import translate_message
from station.ui.tasks import Pool

log = logging.getLogger(__name__)
OVERLAP = timedelta(seconds=10)  # re-read a little before the high-water mark: clocks and commits are not exact
REBUILD_EVERY_S = 60  # urgency moves with the clock even when no order changes
URGENT_FIRST = 300  # rows of the first, instant read


def read_queue(store: Store, current: QueueData | None, since: datetime | None, buyers: bool = True,
               urgent_first: int | None = None) -> tuple[QueueData | None, q.QueueSnapshot]:
    """Worker side: read (all, the most urgent, or what changed) and build the next QueueData;
    None when nothing changed."""
    with store.session() as db:
        snapshot = q.load_queue(db, since - OVERLAP if since else None, buyers=buyers, urgent_first=urgent_first)
    if not snapshot.incremental or current is None:
        data = QueueData.build(snapshot.rows, presorted=True)
        data.partial = snapshot.partial
        return data, snapshot
    stale = (datetime.now(timezone.utc) - current.built_at).total_seconds() > REBUILD_EVERY_S
    known = {row[q.ORDER_ID]: row for row in current.rows}
    changed = [row for row in snapshot.rows if known.get(row[q.ORDER_ID]) != row]
    if not changed and not stale:
        return None, snapshot
    known.update((row[q.ORDER_ID], row) for row in changed)
    return QueueData.build(list(known.values())), snapshot


def sync_text(sync: dict[str, str | None], now: datetime | None = None) -> tuple[str, bool]:
    """('Last sync 14:02 (3 min ago)', ok) from the SyncState keys sync.last_success / sync.last_error /
    sync.unreadable."""
    now = now or datetime.now(timezone.utc)
    success, error = sync.get("sync.last_success"), sync.get("sync.last_error")
    text = tr("Not synced with Amazon yet")
    if success:
        try:
            when = datetime.fromisoformat(success)
            when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
            minutes = int((now - when).total_seconds() // 60)
            ago = tr("just now") if minutes < 1 else tr("{n} min ago").format(n=minutes) if minutes < 120 else \
                tr("{n} h ago").format(n=minutes // 60)
            text = tr("Last sync {time} ({ago})").format(time=f"{when.astimezone():%H:%M}", ago=ago)
        except ValueError:
            text = tr("Last sync {time}").format(time=success)
    unread = sorted(json_dict(sync.get("sync.unreadable")))
    if unread:  # orders Amazon sent that the station cannot read: never silently missing from the queue
        shown = ", ".join(unread[:3]) + (" ..." if len(unread) > 3 else "")
        text = tr("{text} - {n} ORDER(S) NOT READ (retried every sync, see the log): {ids}").format(
            text=text, n=len(unread), ids=shown)
    if error:
        return tr("{text} - SYNC ERROR: {error}").format(text=text, error=translate_message(error)), False
    return text, not unread


class QueueView(QWidget):
    open_requested = Signal(str)  # an order id the user picked (double-click / Enter on a row)
    loaded = Signal(object)  # QueueData, after it is shown
    sync_changed = Signal(str, bool)

    def __init__(self, store: Store, pool: Pool, refresh_ms: int = 5000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.pool = store, pool
        self.model = QueueModel(self)
        self.proxy = QueueFilterProxy(self.model, self)
        self._since: datetime | None = None
        self._loading = False
        self._first_loaded_at: float | None = None
        self.sync: dict[str, str | None] = {}

        big = QFont()
        big.setPointSize(13)
        self.setFont(big)

        self.hint = QLabel(tr("Scan an order's packing slip or pick list to start packing"))
        hint_font = QFont()
        hint_font.setPointSize(20)
        hint_font.setBold(True)
        self.hint.setFont(hint_font)
        self.hint.setStyleSheet("background:#3c4043; color:white; padding:10px; border-radius:6px;")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.status_box = QComboBox()
        self.status_box.addItem(tr("To pack"), TO_PACK)
        self.status_box.addItem(tr("All"), ALL)
        for status in STATUSES:
            self.status_box.addItem(status_label(status), status)
        self.urgency_box = QComboBox()
        for text, value in ((tr("Any ship-by"), ALL), (tr("Late"), "late"), (tr("Due today"), "today"),
                            (tr("Later"), "later")):
            self.urgency_box.addItem(text, value)
        self.market_box = QComboBox()
        self.market_box.addItem(tr("All marketplaces"), ALL)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search order id, SKU or buyer"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("queueSearch")
        self.status_box.currentIndexChanged.connect(lambda: self.proxy.set_status(self.status_box.currentData()))
        self.urgency_box.currentIndexChanged.connect(lambda: self.proxy.set_urgency(self.urgency_box.currentData()))
        self.market_box.currentIndexChanged.connect(
            lambda: self.proxy.set_marketplace(self.market_box.currentData() or ALL))
        self.search.textChanged.connect(self.proxy.set_search)
        self.proxy.modelReset.connect(self._update_counts)

        filters = QHBoxLayout()
        for label, widget in ((tr("Status"), self.status_box), (tr("Ship by"), self.urgency_box),
                              (tr("Marketplace"), self.market_box)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        self.counts = QLabel(tr("Loading the queue ..."))
        self.counts.setObjectName("queueCounts")
        self.sync_label = QLabel("")
        self.sync_label.setObjectName("syncLabel")
        info = QHBoxLayout()
        info.addWidget(self.counts, 1)
        info.addWidget(self.sync_label)

        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size queries on 100k rows
        vertical.setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        for column, width in ((C_ORDER, 210), (C_STATUS, 95), (C_SHIP_BY, 250), (C_MARKET, 70), (C_FLAGS, 170),
                              (C_UNITS, 60), (C_SKUS, 260), (C_BUYER, 160)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_index)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(filters)
        layout.addLayout(info)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._refresh_ms = refresh_ms
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start(30_000)

    # -- loading ------------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh()
        if self._refresh_ms > 0:
            self._timer.start(self._refresh_ms)

    def stop(self) -> None:
        self._timer.stop()
        self._tick.stop()

    def refresh(self, full: bool = False) -> None:
        if self._loading:
            return
        self._loading = True
        first = self._first_loaded_at is None
        current = None if full or first else self.model.data_
        since = None if full or first else self._since
        # The very first read is one screenful of the most urgent orders, so even a queue of 100,000
        # shows at once; the whole queue follows right after (below, in _loaded).
        self.pool.run(lambda: read_queue(self.store, current, since, urgent_first=URGENT_FIRST if first else None),
                      self._loaded, self._failed)

    def _loaded(self, result: tuple[QueueData | None, q.QueueSnapshot]) -> None:
        self._loading = False
        data, snapshot = result
        self._since = snapshot.high_water or self._since or snapshot.read_at
        self.sync = snapshot.sync
        self._show_sync()
        if data is None:
            return
        selected = self.selected_order_id()
        self.proxy.load(data)
        self._update_markets(data)
        if selected:
            row = self.model.row_of(selected)
            if row is not None:
                self.table.selectRow(row)
        if self._first_loaded_at is None:
            self._first_loaded_at = time.monotonic()
            QTimer.singleShot(0, lambda: self.refresh(full=True))  # now the whole queue
        if not data.partial:
            self.loaded.emit(data)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        log.warning("queue refresh failed: %s", exc)
        self.counts.setText(tr("Cannot read the queue: {error}. Retrying ...").format(error=exc.__class__.__name__))

    # -- display ------------------------------------------------------------------------------
    def _update_counts(self) -> None:
        data = self.model.data_
        if self._first_loaded_at is None and not data.rows:
            return  # nothing read yet (the view sorting its empty model at start-up)
        parts = [f"{status_label(s)} {data.counts.get(s, 0)}" for s in STATUSES if data.counts.get(s)]
        urgent = []
        if data.urgency_counts.get(0):
            urgent.append(tr("LATE {n}").format(n=data.urgency_counts[0]))
        if data.urgency_counts.get(1):
            urgent.append(tr("due today {n}").format(n=data.urgency_counts[1]))
        if data.partial:
            self.counts.setText(tr("Loading the whole queue ... (the {n} most urgent orders shown)").format(
                n=f"{len(data.rows):,}"))
            return
        shown = tr("showing {n} of {total}").format(n=f"{self.proxy.rowCount():,}", total=f"{len(data.rows):,}")
        self.counts.setText("   ".join(urgent + parts + [shown]))

    def _update_markets(self, data: QueueData) -> None:
        present = [self.market_box.itemData(i) for i in range(1, self.market_box.count())]
        if present == data.marketplaces:
            return
        current = self.market_box.currentData()
        self.market_box.blockSignals(True)
        while self.market_box.count() > 1:
            self.market_box.removeItem(1)
        for market in data.marketplaces:
            self.market_box.addItem(MARKETPLACES.get(market, market), market)
        index = self.market_box.findData(current)
        self.market_box.setCurrentIndex(max(index, 0))
        self.market_box.blockSignals(False)

    def _show_sync(self) -> None:
        text, ok = sync_text(self.sync)
        self.sync_label.setText(text)
        self.sync_label.setStyleSheet("" if ok else "color:#b00020; font-weight:bold;")
        self.sync_changed.emit(text, ok)

    def _on_tick(self) -> None:
        self.model.tick()
        self._show_sync()

    def selected_order_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.proxy.order_id(rows[0].row()) if rows else None

    def _open_index(self, index: QModelIndex) -> None:
        order_id = self.proxy.order_id(index.row())
        if order_id:
            self.open_requested.emit(order_id)
