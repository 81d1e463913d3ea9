"""A light read model of the order queue: one SQL query, plain tuples, no order lines loaded.

The queue table shows up to 100,000 orders, so it must not build ``Order`` objects: each
row is a tuple (indices below) with a precomputed lowercase search key, fetched in a
worker thread and filtered in Python on the GUI side.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import Integer, and_, cast, func, select
from sqlalchemy.orm import Session

from station.store.models import BuyerInfoRow, OrderLineRow, OrderRow, SyncStateRow

# Row tuple layout.
(ORDER_ID, AMAZON_STATUS, PACK_STATUS, SHIP_BY, MARKETPLACE, PRIME, GIFT, BUSINESS, REPLACEMENT, UNITS, SKUS,
 BUYER, LINES, SEARCH_KEY, UPDATED) = range(15)

QueueRow = tuple  # (order_id, amazon_status, pack_status, ship_by, marketplace, prime, gift, business,
#                   replacement, units, skus, buyer_name, lines, search_key, updated_at)

SYNC_KEYS = ("sync.last_success", "sync.last_error")


@dataclass
class QueueSnapshot:
    """What one refresh read: rows (all, or changed ones when ``incremental``) and the sync state."""

    rows: list[QueueRow]
    incremental: bool
    read_at: datetime
    high_water: datetime | None  # newest updated_at seen; the next incremental read starts there
    sync: dict[str, str | None] = field(default_factory=dict)


def _skus_aggregate(session: Session, column):
    if session.get_bind().dialect.name == "postgresql":
        return func.string_agg(column, ", ")
    return func.group_concat(column, ", ")


def _buyer_names(session: Session):
    """Opens sealed buyer names (station.security.crypto); a name that will not open shows empty."""
    from station.security.crypto import DecryptError, cipher_for

    cipher = cipher_for(session)

    def name(stored: str | None, order_id: str) -> str:
        try:
            return cipher.decrypt(stored, order_id, "buyer_name") or ""
        except DecryptError:
            return ""
    return name


def load_queue(session: Session, since: datetime | None = None, buyers: bool = True) -> QueueSnapshot:
    """Every merchant-fulfilled order as a row tuple; with ``since``, only those updated after it.

    ``buyers=False`` leaves buyer names out (they are sealed, and opening 100,000 of them takes
    about a second): the first read of a big queue paints without them, a second read adds them.
    """
    lines = (select(OrderLineRow.order_id.label("order_id"),
                    func.sum(OrderLineRow.quantity - OrderLineRow.quantity_shipped).label("units"),
                    _skus_aggregate(session, OrderLineRow.sku).label("skus"),
                    cast(func.count(), Integer).label("n_lines"))
             .group_by(OrderLineRow.order_id).subquery())
    query = (select(OrderRow.order_id, OrderRow.amazon_status, OrderRow.pack_status, OrderRow.ship_by,
                    OrderRow.marketplace_id, OrderRow.is_prime, OrderRow.is_gift, OrderRow.is_business,
                    OrderRow.is_replacement, lines.c.units, lines.c.skus, BuyerInfoRow.buyer_name,
                    lines.c.n_lines, OrderRow.updated_at)
             .outerjoin(lines, lines.c.order_id == OrderRow.order_id)
             .outerjoin(BuyerInfoRow, BuyerInfoRow.order_id == OrderRow.order_id)
             .where(OrderRow.fulfilled_by == "MERCHANT"))
    if since is not None:
        query = query.where(and_(OrderRow.updated_at >= since))
    read_at = datetime.now(timezone.utc)
    open_name = _buyer_names(session) if buyers else None
    rows: list[QueueRow] = []
    append = rows.append
    high = since
    for (order_id, amazon_status, pack_status, ship_by, marketplace, prime, gift, business, replacement, units,
         skus, buyer, n_lines, updated) in session.execute(query):
        skus = skus or ""
        buyer = open_name(buyer, order_id) if open_name is not None and buyer else ""
        append((order_id, amazon_status, pack_status, ship_by, marketplace, bool(prime), bool(gift),
                bool(business), bool(replacement), int(units or 0), skus, buyer, int(n_lines or 0),
                f"{order_id} {skus} {buyer}".lower(), updated))
        if updated is not None and (high is None or updated > high):
            high = updated
    sync = {row.key: row.value for row in session.scalars(select(SyncStateRow).where(SyncStateRow.key.in_(SYNC_KEYS)))}
    return QueueSnapshot(rows, since is not None, read_at, high, sync)


def count_by_status(rows: list[QueueRow]) -> Counter:
    return Counter(row[PACK_STATUS] for row in rows)
