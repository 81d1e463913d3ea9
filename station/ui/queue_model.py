"""The order queue as a Qt table: a model over plain tuples and a filter/sort proxy.

Built for 100,000 orders:
- rows arrive from a worker (station.store.queue) with a lowercase search key already made,
  and ``QueueData.build`` (also on the worker) adds status, urgency and the default order
  (late, then due today, then by ship-by);
- filtering is one pass of list comprehensions over those precomputed columns
  (``filter_indices``, no Qt), and the model then shows just those indices;
- ``QueueFilterProxy`` is the QSortFilterProxyModel the view talks to: it holds the
  filter state and sorting, and hands both down as index lists. A Python
  ``filterAcceptsRow``/``lessThan`` would cost about a microsecond per row and call
  (~100 ms per filter for 100k rows), so the per-row work never crosses into Python.
"""

from __future__ import annotations

import operator
from itertools import compress, repeat
from operator import contains
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QDateTime, QLocale, QModelIndex,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt)
from PySide6.QtGui import QBrush, QColor, QFont

from station.domain.shipping import local_datetime
from station.settings import MARKETPLACES
from station.store import queue as q

COLUMNS = [QT_TRANSLATE_NOOP("Queue", "Order"), QT_TRANSLATE_NOOP("Queue", "Status"), QT_TRANSLATE_NOOP("Queue", "Ship by"),
           QT_TRANSLATE_NOOP("Queue", "Market"), QT_TRANSLATE_NOOP("Queue", "Flags"), QT_TRANSLATE_NOOP("Queue", "Units"),
           QT_TRANSLATE_NOOP("Queue", "SKUs"), QT_TRANSLATE_NOOP("Queue", "Buyer")]
(C_ORDER, C_STATUS, C_SHIP_BY, C_MARKET, C_FLAGS, C_UNITS, C_SKUS, C_BUYER) = range(len(COLUMNS))

LATE, TODAY, LATER = 0, 1, 2
URGENCY_NAMES = {LATE: "late", TODAY: "today", LATER: "later"}

# Queue status: what the packer cares about, from Amazon's status and ours.
STATUSES = ["new", "packing", "packed", "pending", "shipped", "cancelled"]
STATUS_LABELS = {"new": QT_TRANSLATE_NOOP("Queue", "New"), "packing": QT_TRANSLATE_NOOP("Queue", "Packing"),
                 "packed": QT_TRANSLATE_NOOP("Queue", "Packed"), "pending": QT_TRANSLATE_NOOP("Queue", "Pending"),
                 "shipped": QT_TRANSLATE_NOOP("Queue", "Shipped"), "cancelled": QT_TRANSLATE_NOOP("Queue", "Cancelled")}


def tr(text: str) -> str:
    return QCoreApplication.translate("Queue", text)


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[status])
TO_PACK = "to_pack"  # the default filter: new and packing orders that can be packed
ALL = "all"

LATE_BG, LATE_FG = QColor("#ffd0d0"), QColor("#8b0000")
TODAY_BG, TODAY_FG = QColor("#ffe39a"), QColor("#5c3d00")
USER_ROLE_ORDER_ID = Qt.ItemDataRole.UserRole
USER_ROLE_URGENCY = Qt.ItemDataRole.UserRole + 1


def queue_status(amazon_status: str, pack_status: str) -> str:
    if pack_status in ("cancelled", "shipped"):
        return pack_status
    if amazon_status == "Canceled":
        return "cancelled"
    if amazon_status == "Shipped":
        return "shipped"
    if amazon_status == "Pending":
        return "pending"
    return pack_status if pack_status in STATUSES else "new"


_STATUS_OF = {(a, p): queue_status(a, p) for a in ("Pending", "Unshipped", "PartiallyShipped", "Shipped", "Canceled")
              for p in ("new", "packing", "packed", "shipped", "cancelled")}


def local_tomorrow(now: datetime) -> datetime:
    """Start of tomorrow in local time, as an aware datetime (the end of "due today")."""
    return local_datetime(now.astimezone().date() + timedelta(days=1), time(0))


@dataclass
class QueueData:
    """Rows plus the columns filtering and sorting need, all precomputed off the GUI thread."""

    rows: list[tuple] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    urgency: list[int] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # lowercase search keys
    markets: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    urgency_counts: Counter = field(default_factory=Counter)
    marketplaces: list[str] = field(default_factory=list)
    built_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    partial: bool = False  # only the most urgent orders so far; the whole queue is still loading

    @classmethod
    def build(cls, rows: list[tuple], now: datetime | None = None, presorted: bool = False) -> "QueueData":
        """Rows in the default order: late, then due today, then the rest, each by ship-by.

        ``presorted``: ``rows`` already come by (ship-by, order id), as the read model returns them;
        then one pass into three buckets keeps that order and no sort is needed.
        """
        now = now or datetime.now(timezone.utc)
        if not presorted:
            far = datetime.max.replace(tzinfo=timezone.utc)
            rows = sorted(rows, key=lambda r: (r[q.SHIP_BY] or far, r[q.ORDER_ID]))
        tomorrow = local_tomorrow(now)
        statuses = _STATUS_OF
        buckets: tuple[list, list, list] = ([], [], [])
        for r in rows:
            key = (r[q.AMAZON_STATUS], r[q.PACK_STATUS])
            st = statuses.get(key) or queue_status(*key)
            ship_by = r[q.SHIP_BY]
            if ship_by is None or st in ("shipped", "cancelled"):
                buckets[LATER].append((r, st))  # nothing to hurry for
            elif ship_by <= now:
                buckets[LATE].append((r, st))
            elif ship_by < tomorrow:
                buckets[TODAY].append((r, st))
            else:
                buckets[LATER].append((r, st))
        ordered = buckets[LATE] + buckets[TODAY] + buckets[LATER]
        urgency = [LATE] * len(buckets[LATE]) + [TODAY] * len(buckets[TODAY]) + [LATER] * len(buckets[LATER])
        return cls.from_sorted([item[0] for item in ordered], urgency, now, [item[1] for item in ordered])

    @classmethod
    def from_sorted(cls, rows: list[tuple], urgency: list[int], now: datetime,
                    status: list[str] | None = None) -> "QueueData":
        if status is None:
            status = [queue_status(r[q.AMAZON_STATUS], r[q.PACK_STATUS]) for r in rows]
        markets = [r[q.MARKETPLACE] for r in rows]
        counts = Counter(status)
        active = [u for u, st in zip(urgency, status) if st in ("new", "packing", "packed")]
        return cls(rows, status, urgency, [r[q.SEARCH_KEY] for r in rows], markets, counts, Counter(active),
                   sorted(set(markets)), now)

    def reordered(self, order: list[int]) -> "QueueData":
        """The same data in another order (a header click): arrays stay in display order."""
        rows, urgency = self.rows, self.urgency
        return QueueData.from_sorted([rows[i] for i in order], [urgency[i] for i in order], self.built_at)


@dataclass(frozen=True)
class QueueFilter:
    status: str = TO_PACK  # TO_PACK, ALL or one of STATUSES
    urgency: str = ALL  # ALL, "late", "today", "later"
    marketplace: str = ALL
    search: str = ""


def _narrow(candidates: list[int] | None, column: list, test) -> list[int]:
    """Indices (of ``candidates``, or of all rows) whose ``column`` value passes ``test``; C-speed loops."""
    if candidates is None:
        return list(compress(range(len(column)), map(test, column)))
    return list(compress(candidates, map(test, map(column.__getitem__, candidates))))


def _search(candidates: list[int] | None, keys: list[str], word: str) -> list[int]:
    if candidates is None:
        return list(compress(range(len(keys)), map(contains, keys, repeat(word))))
    return list(compress(candidates, map(contains, map(keys.__getitem__, candidates), repeat(word))))


def filter_indices(data: QueueData, flt: QueueFilter) -> list[int]:
    """Row indices ``flt`` lets through, in display order. Pure Python over precomputed columns."""
    result: list[int] | None = None
    if flt.status == TO_PACK:
        result = _narrow(result, data.status, frozenset(("new", "packing")).__contains__)
    elif flt.status != ALL:
        result = _narrow(result, data.status, flt.status.__eq__)
    if flt.urgency != ALL:
        result = _narrow(result, data.urgency, {"late": LATE, "today": TODAY, "later": LATER}[flt.urgency].__eq__)
    if flt.marketplace != ALL:
        result = _narrow(result, data.markets, flt.marketplace.__eq__)
    for word in flt.search.lower().split():
        result = _search(result, data.keys, word)
    return list(range(len(data.rows))) if result is None else result


def ship_by_text(ship_by: datetime | None, now: datetime) -> str:
    """'Tue 24 18:00 · in 5h 12m' or 'LATE 3h 10m' (the countdown the packer reads)."""
    if ship_by is None:
        return "-"
    local = ship_by.astimezone()
    delta = ship_by - now
    seconds = int(delta.total_seconds())
    span = abs(seconds)
    days, rest = divmod(span, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    amount = (tr("{d}d {h}h").format(d=days, h=hours) if days else
              tr("{h}h {m}m").format(h=hours, m=f"{minutes:02d}") if hours else tr("{m}m").format(m=minutes))
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(local.timestamp())), "ddd d HH:mm")
    if seconds <= 0:
        return tr("LATE {amount} · {when}").format(amount=amount, when=when)
    return tr("{when} · in {amount}").format(amount=amount, when=when)


def flags_text(row: tuple) -> str:
    flags = [tr(name) for name, on in ((QT_TRANSLATE_NOOP("Queue", "PRIME"), row[q.PRIME]),
                                       (QT_TRANSLATE_NOOP("Queue", "GIFT"), row[q.GIFT]),
                                       (QT_TRANSLATE_NOOP("Queue", "BUSINESS"), row[q.BUSINESS]),
                                       (QT_TRANSLATE_NOOP("Queue", "REPLACEMENT"), row[q.REPLACEMENT])) if on]
    return " ".join(flags)


_SORT_KEYS = {
    C_ORDER: lambda r: r[q.ORDER_ID],
    C_STATUS: lambda r: (r[q.PACK_STATUS], r[q.AMAZON_STATUS]),
    C_SHIP_BY: lambda r: r[q.SHIP_BY] or datetime.max.replace(tzinfo=timezone.utc),
    C_MARKET: lambda r: r[q.MARKETPLACE],
    C_FLAGS: lambda r: (not r[q.PRIME], not r[q.GIFT], not r[q.BUSINESS]),
    C_UNITS: operator.itemgetter(q.UNITS),
    C_SKUS: operator.itemgetter(q.SKUS),
    C_BUYER: lambda r: r[q.BUYER].lower(),
}


class QueueModel(QAbstractTableModel):
    """Shows ``data.rows[i]`` for i in ``visible``; replaced wholesale when a refresh lands."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data_ = QueueData()
        self.visible: list[int] = []
        self.now = datetime.now(timezone.utc)
        self._bold = QFont()
        self._bold.setBold(True)
        self._late_bg, self._late_fg = QBrush(LATE_BG), QBrush(LATE_FG)
        self._today_bg, self._today_fg = QBrush(TODAY_BG), QBrush(TODAY_FG)

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        i = self.visible[index.row()]
        row = self.data_.rows[i]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == C_ORDER:
                return row[q.ORDER_ID]
            if col == C_STATUS:
                return status_label(self.data_.status[i])
            if col == C_SHIP_BY:
                return ship_by_text(row[q.SHIP_BY], self.now)
            if col == C_MARKET:
                return MARKETPLACES.get(row[q.MARKETPLACE], row[q.MARKETPLACE])
            if col == C_FLAGS:
                return flags_text(row)
            if col == C_UNITS:
                return row[q.UNITS]
            if col == C_SKUS:
                return row[q.SKUS]
            if col == C_BUYER:
                return row[q.BUYER]
            return None
        urgency = self.data_.urgency[i]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._late_bg if urgency == LATE else self._today_bg if urgency == TODAY else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._late_fg if urgency == LATE else self._today_fg if urgency == TODAY else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if urgency == LATE or col == C_ORDER else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == C_UNITS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == USER_ROLE_ORDER_ID:
            return row[q.ORDER_ID]
        if role == USER_ROLE_URGENCY:
            return URGENCY_NAMES[urgency]
        if role == Qt.ItemDataRole.ToolTipRole and col == C_SKUS:
            return row[q.SKUS]
        return None

    # -- our API -------------------------------------------------------------------------------
    def set_data(self, data: QueueData, visible: list[int]) -> None:
        self.beginResetModel()
        self.data_, self.visible = data, visible
        self.now = datetime.now(timezone.utc)
        self.endResetModel()

    def show_only(self, visible: list[int]) -> None:
        self.beginResetModel()
        self.visible = visible
        self.endResetModel()

    def tick(self) -> None:
        """Move the countdowns on (repaints only what is on screen)."""
        self.now = datetime.now(timezone.utc)
        if self.visible:
            self.dataChanged.emit(self.index(0, C_SHIP_BY), self.index(len(self.visible) - 1, C_SHIP_BY),
                 [Qt.ItemDataRole.DisplayRole])

    def row_of(self, order_id: str) -> int | None:
        rows = self.data_.rows
        for pos, i in enumerate(self.visible):
            if rows[i][q.ORDER_ID] == order_id:
                return pos
        return None


def sorted_data(data: QueueData, column: int, descending: bool) -> QueueData:
    """``data`` ordered by a column (stable over the default order); column -1: the default order."""
    if column < 0:
        return QueueData.build(data.rows, data.built_at)
    rows = data.rows
    key = _SORT_KEYS[column]
    return data.reordered(sorted(range(len(rows)), key=lambda i: key(rows[i]), reverse=descending))


class QueueFilterProxy(QSortFilterProxyModel):
    """The queue's filters and sort. Row-by-row work is done on index lists, not per-row calls."""

    def __init__(self, source: QueueModel, parent=None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.setSourceModel(source)
        self.source = source
        self.filter = QueueFilter()
        self.sort_column, self.sort_descending = -1, False

    # -- filter state --------------------------------------------------------------------------
    def set_filter(self, **changes) -> None:
        self.filter = QueueFilter(**{**self.filter.__dict__, **changes})
        self.source.show_only(filter_indices(self.source.data_, self.filter))

    def set_status(self, status: str) -> None:
        self.set_filter(status=status)

    def set_urgency(self, urgency: str) -> None:
        self.set_filter(urgency=urgency)

    def set_marketplace(self, marketplace: str) -> None:
        self.set_filter(marketplace=marketplace)

    def set_search(self, text: str) -> None:
        self.set_filter(search=text)

    def load(self, data: QueueData) -> None:
        """A refresh landed (in the default order): keep the user's sort and filters."""
        if self.sort_column >= 0:
            data = sorted_data(data, self.sort_column, self.sort_descending)
        self.source.set_data(data, filter_indices(data, self.filter))

    @property
    def data_(self) -> QueueData:
        return self.source.data_

    # -- sorting -------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = column
        self.sort_descending = order == Qt.SortOrder.DescendingOrder
        data = sorted_data(self.source.data_, column, self.sort_descending)
        self.source.set_data(data, filter_indices(data, self.filter))

    def order_id(self, proxy_row: int) -> str | None:
        if proxy_row < 0 or proxy_row >= self.rowCount():
            return None
        return self.index(proxy_row, 0).data(USER_ROLE_ORDER_ID)
