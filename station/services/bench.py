"""The bench: which order is open at this station, and what each scan does to it.

Runs on one worker thread (never the GUI thread). Every scan is written to the
store and committed before its event is returned, so whatever the screen shows
as accepted is on disk.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from station.domain.barcodes import clean_scan
from station.domain.commands import Command, parse_command
from station.domain.order import ORDER_ID, AmazonStatus, Order, PackStatus
from station.domain.pack import Outcome, PackSession, Problem, ScanResult
from station.store.db import Store
from station.store.repositories import OrderRepository, ProductRepository, ScanRepository, SyncState

log = logging.getLogger(__name__)


class EventKind(str, enum.Enum):
    OPENED = "opened"  # an order is now on the bench
    SCANNED = "scanned"  # a scan was accepted or refused within the open order
    COMMAND = "command"  # a command was carried out
    CLOSED = "closed"  # the bench is empty again
    REFUSED = "refused"  # nothing open, or the order cannot be opened


@dataclass(frozen=True)
class BenchEvent:
    kind: EventKind
    message: str
    order: Order | None = None  # a snapshot; the UI may keep it
    result: ScanResult | None = None
    stopped: ScanResult | None = None  # the error that waits for acknowledgement
    package_no: int = 1
    extra: dict = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.stopped is not None or (self.result is not None and self.result.stops)


ConfirmHandler = Callable[["Bench", PackSession], BenchEvent]


class Bench:
    def __init__(self, store: Store, station: str, operator: str | None = None,
                 on_confirm: ConfirmHandler | None = None) -> None:
        self.store = store
        self.station = station
        self.operator = operator
        self.session: PackSession | None = None
        self.on_confirm = on_confirm or mark_packed

    # -- queries -------------------------------------------------------------------------
    @property
    def current_key(self) -> str:
        return f"bench.{self.station}.current_order"

    def event(self, kind: EventKind, message: str, result: ScanResult | None = None, **extra) -> BenchEvent:
        session = self.session
        return BenchEvent(kind, message, snapshot(session.order) if session else None, result,
                          session.stop if session else None, session.package_no if session else 1, extra)

    # -- actions -------------------------------------------------------------------------
    def resume(self) -> BenchEvent | None:
        """After a restart: reopen the order this station had open, with every stored scan."""
        with self.store.session() as db:
            order_id = SyncState(db).get(self.current_key)
        if not order_id:
            return None
        event = self._open(order_id, resuming=True)
        return event if self.session else None

    def scan(self, raw: str) -> BenchEvent:
        text = clean_scan(raw)
        if not text:
            return self.event(EventKind.REFUSED, "Empty scan ignored")
        if ORDER_ID.match(text):
            if self.session and self.session.stop is not None:
                return self._record(ScanResult(text, Outcome.REFUSED,
                                               f"Acknowledge the error first ({self.session.stop.message})",
                                               problem=Problem.STOPPED, package_no=self.session.package_no))
            if self.session and self.session.order.order_id == text:
                return self.event(EventKind.OPENED, f"Order {text} is already open")
            return self._open(text)
        if self.session is None:
            command = parse_command(text)
            if command is not None:
                return self.event(EventKind.REFUSED, f"{command.value}: no order is open")
            return self.event(EventKind.REFUSED, "Scan an order (packing slip or pick list) first")
        result = self.session.scan(text, lookup=self._lookup)
        return self._after(result)

    def acknowledge(self) -> BenchEvent:
        """The packer acknowledged the error screen (Enter, the button or CMD:ACK)."""
        if self.session is None or self.session.stop is None:
            return self.event(EventKind.SCANNED, "Nothing to acknowledge")
        return self._after(self.session.scan(Command.ACK.value))

    def bare_enter(self) -> BenchEvent:
        """A bare Enter: acknowledge an error, or confirm a complete order (DESIGN.md 3.4)."""
        if self.session is None:
            return self.event(EventKind.REFUSED, "Scan an order first")
        if self.session.stop is not None:
            return self.acknowledge()
        return self.scan(Command.CONFIRM.value)

    def amazon_cancelled(self, order_id: str) -> BenchEvent | None:
        """The sync saw a cancellation: if that order is open, stop loudly."""
        if self.session is None or self.session.order.order_id != order_id:
            return None
        return self._record(self.session.cancel_on_amazon())

    def close(self, message: str = "Order set aside") -> BenchEvent:
        with self.store.session() as db:
            SyncState(db).set(self.current_key, None)
        order = self.session.order if self.session else None
        self.session = None
        return BenchEvent(EventKind.CLOSED, message, snapshot(order) if order else None)

    # -- internals -----------------------------------------------------------------------
    def _lookup(self, code) -> str | None:
        with self.store.session() as db:
            return ProductRepository(db).sku_for(code)

    def _open(self, order_id: str, resuming: bool = False) -> BenchEvent:
        with self.store.session() as db:
            orders = OrderRepository(db)
            order = orders.get(order_id, with_buyer=False)
            if order is None:
                return self.event(EventKind.REFUSED, f"Order {order_id} is not in the queue (sync pending?)")
            history = ScanRepository(db).history(order_id)
            for line in order.lines:
                line.scanned = 0  # rebuilt from the history below
            products = ProductRepository(db).many(line.sku for line in order.lines)
            session = PackSession.restore(order, products, history)
            refusal = _cannot_open(order)
            if refusal and not resuming:
                return self.event(EventKind.REFUSED, refusal, extra={"order_id": order_id})
            cancelled = order.pack_status == PackStatus.CANCELLED and session.stop is None
            SyncState(db).set(self.current_key, order_id)
            if order.pack_status == PackStatus.NEW:
                orders.set_pack_status(order_id, PackStatus.PACKING, self.station, self.operator)
                order.pack_status = PackStatus.PACKING
        self.session = session
        if cancelled:  # scanning a cancelled order is a hard stop, not a quiet refusal
            return self._record(session.cancel_on_amazon())
        verb = "Resumed" if resuming or history else "Opened"
        return self.event(EventKind.OPENED, f"{verb} order {order_id}: scan the items")

    def _after(self, result: ScanResult) -> BenchEvent:
        event = self._record(result)
        if result.outcome is not Outcome.COMMAND or result.command is None:
            return event
        session = self.session
        assert session is not None
        if result.command is Command.CONFIRM:
            return self.on_confirm(self, session)
        if result.command is Command.CANCEL:
            return self.close(f"Order {session.order.order_id} set aside; scan it again to resume")
        if result.command is Command.NEXT_BOX:
            return self.event(EventKind.COMMAND, f"Box {result.package_no} closed: box {session.package_no} "
                                                 "is open", result)
        return self.event(EventKind.COMMAND, result.message, result)

    def _record(self, result: ScanResult) -> BenchEvent:
        """Commit the scan (and the order's pack status) before anyone is told it happened."""
        session = self.session
        assert session is not None
        order = session.order
        with self.store.session() as db:
            ScanRepository(db).append(order.order_id, result, self.station, self.operator)
            OrderRepository(db).set_pack_status(order.order_id, order.pack_status, self.station, self.operator)
        if result.stops:
            log.warning("stop on order %s: %s", order.order_id, result.problem.value if result.problem else "")
        return self.event(EventKind.SCANNED, result.message, result)


def _cannot_open(order: Order) -> str | None:
    if order.status == AmazonStatus.PENDING:
        return f"Order {order.order_id} is Pending (not paid yet): it cannot be packed"
    if order.pack_status == PackStatus.SHIPPED or order.status == AmazonStatus.SHIPPED:
        return f"Order {order.order_id} has already shipped"
    return None


def snapshot(order: Order) -> Order:
    """A copy the GUI thread can hold while the bench goes on changing its own."""
    return dataclasses.replace(order, lines=[dataclasses.replace(line) for line in order.lines],
                               packages=list(order.packages))


def mark_packed(bench: Bench, session: PackSession) -> BenchEvent:
    """Without a shipping service (foundation): a confirmed complete order is packed and leaves the bench."""
    order = session.order
    with bench.store.session() as db:
        OrderRepository(db).set_pack_status(order.order_id, PackStatus.PACKED, bench.station, bench.operator)
    return bench.close(f"Order {order.order_id} packed")
