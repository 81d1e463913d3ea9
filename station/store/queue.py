"""A light read model of the order queue: one SQL query, plain tuples, no order lines loaded.

The queue table shows up to 100,000 orders, so it must not build ``Order`` objects: each
row is a tuple (indices below) with a precomputed lowercase search key, fetched in a
worker thread and filtered in Python on the GUI side. The query runs on the Core
connection (no ORM row processing) and ship-by comes back as a plain datetime, so a
100k-row read is mostly the database's own time.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import DateTime, Integer, String, cast, func, null, select, type_coerce
from sqlalchemy.orm import Session

from station.store.models import BuyerInfoRow, OrderLineRow, OrderRow, SyncStateRow

# Row tuple layout.
(ORDER_ID, AMAZON_STATUS, PACK_STATUS, SHIP_BY, MARKETPLACE, PRIME, GIFT, BUSINESS, REPLACEMENT, UNITS, SKUS,
 BUYER, LINES, SEARCH_KEY) = range(14)

QueueRow = tuple  # (order_id, amazon_status, pack_status, ship_by, marketplace, prime, gift, business,
#                   replacement, units, skus, buyer_name, lines, search_key)

SYNC_KEYS = ("sync.last_success", "sync.last_error", "sync.unreadable")
PACKABLE = ("Unshipped", "PartiallyShipped")


@dataclass
class QueueSnapshot:
    """What one read returned: rows (all; changed ones when ``incremental``; the most urgent ones when
    ``partial``), ordered by ship-by, and the sync state."""

    rows: list[QueueRow]
    incremental: bool
    read_at: datetime
    high_water: datetime | None  # newest updated_at; the next incremental read starts there
    sync: dict[str, str | None] = field(default_factory=dict)
    partial: bool = False


def _skus_aggregate(dialect: str, column):
    if dialect == "postgresql":
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


def load_queue(session: Session, since: datetime | None = None, buyers: bool = True,
               urgent_first: int | None = None) -> QueueSnapshot:
    """Every merchant-fulfilled order as a row tuple, by ship-by; with ``since``, only those updated after it.

    ``buyers=False`` leaves the sealed buyer names out (opening 100,000 of them takes a while).
    ``urgent_first=N``: only the N packable orders with the earliest ship-by (a first screenful,
    read in milliseconds while the whole queue is still loading).
    """
    dialect = session.get_bind().dialect.name
    sqlite = dialect == "sqlite"
    # SQLite keeps datetimes as text: parsing it ourselves (fromisoformat, in C) is far cheaper than the
    # per-value type processor; PostgreSQL's driver hands back datetimes already.
    ship_by_col = type_coerce(OrderRow.ship_by, String if sqlite else DateTime(timezone=True))
    updated_col = type_coerce(OrderRow.updated_at, String if sqlite else DateTime(timezone=True))
    orders = select(OrderRow.order_id).where(OrderRow.fulfilled_by == "MERCHANT")
    if urgent_first:
        orders = (orders.where(OrderRow.amazon_status.in_(PACKABLE), OrderRow.pack_status.in_(("new", "packing")))
                  .order_by(OrderRow.ship_by, OrderRow.order_id).limit(urgent_first))
    if since is not None:
        orders = orders.where(OrderRow.updated_at >= since)
    lines = select(OrderLineRow.order_id.label("order_id"),
                   func.sum(OrderLineRow.quantity - OrderLineRow.quantity_shipped).label("units"),
                   _skus_aggregate(dialect, OrderLineRow.sku).label("skus"),
                   cast(func.count(), Integer).label("n_lines"))
    if urgent_first or since is not None:
        lines = lines.where(OrderLineRow.order_id.in_(orders.scalar_subquery() if not urgent_first
                                                      else select(orders.subquery().c.order_id)))
    lines = lines.group_by(OrderLineRow.order_id).subquery()
    query = (select(OrderRow.order_id, OrderRow.amazon_status, OrderRow.pack_status, ship_by_col,
                    OrderRow.marketplace_id, OrderRow.is_prime, OrderRow.is_gift, OrderRow.is_business,
                    OrderRow.is_replacement, lines.c.units, lines.c.skus,
                    BuyerInfoRow.buyer_name if buyers else null(), lines.c.n_lines, updated_col)
             .outerjoin(lines, lines.c.order_id == OrderRow.order_id)
             .order_by(OrderRow.ship_by, OrderRow.order_id))
    if buyers:
        query = query.outerjoin(BuyerInfoRow, BuyerInfoRow.order_id == OrderRow.order_id)
    if urgent_first:
        query = query.where(OrderRow.order_id.in_(select(orders.subquery().c.order_id)))
    else:
        query = query.where(OrderRow.fulfilled_by == "MERCHANT")
        if since is not None:
            query = query.where(OrderRow.updated_at >= since)
    read_at = datetime.now(timezone.utc)
    newest = None  # the high-water mark, from the rows themselves (a max() query would scan the table again)
    open_name = _buyer_names(session) if buyers else None
    parse = datetime.fromisoformat
    utc = timezone.utc
    rows: list[QueueRow] = []
    append = rows.append
    for (order_id, amazon_status, pack_status, ship_by, marketplace, prime, gift, business, replacement, units,
         skus, buyer, n_lines, updated) in session.connection().execute(query):
        if updated is not None and (newest is None or updated > newest):
            newest = updated
        if sqlite and ship_by is not None:
            ship_by = parse(ship_by).replace(tzinfo=utc)
        skus = skus or ""
        buyer = open_name(buyer, order_id) if open_name is not None and buyer else ""
        append((order_id, amazon_status, pack_status, ship_by, marketplace, bool(prime), bool(gift),
                bool(business), bool(replacement), int(units or 0), skus, buyer, int(n_lines or 0),
                f"{order_id} {skus} {buyer}".lower()))
    high_water = None
    if newest is not None and not urgent_first:  # a partial read must not move the mark
        high_water = parse(newest).replace(tzinfo=utc) if sqlite else newest
    sync = {row.key: row.value for row in session.scalars(select(SyncStateRow).where(SyncStateRow.key.in_(SYNC_KEYS)))}
    return QueueSnapshot(rows, since is not None, read_at, high_water, sync, partial=bool(urgent_first))


def count_by_status(rows: list[QueueRow]) -> Counter:
    return Counter(row[PACK_STATUS] for row in rows)
