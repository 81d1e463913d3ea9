"""The bench: which order is open at this station, and what each scan does to it.

Runs on one worker thread (never the GUI thread). Every scan is written to the
store and committed before its event is returned, so whatever the screen shows
as accepted is on disk.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from station.domain.barcodes import clean_scan, read_code
from station.domain.commands import Command, parse_command
from station.domain.order import ORDER_ID, AmazonStatus, Order, PackStatus
from station.domain.pack import Outcome, PackSession, Problem, ScanResult
from station.logs import log_context
from station.security.redact import redact
from station.security.roles import Action, Operator, Policy, authorize
from station.store import audit, claims
from station.store.audit import AuditAction
from station.store.db import Store
from station.store.models import OrderRow, ScanRow
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


class ClaimLost(RuntimeError):
    """Another station holds the order now (ours timed out); nothing was written."""


class OrderChanged(RuntimeError):
    """Our claim had lapsed and another station scanned into the order meanwhile; reload it."""


class OrderCancelled(RuntimeError):
    """The store says the open order was cancelled (the sync wrote it) but this bench had not heard yet."""


def _guarded(method):
    """Bad days at the bench (issue 7): a locked, unreachable or vanished database gives a plain
    message and no crash; the scan is not counted, and the open order is rebuilt from the store
    before the next scan so the screen never shows a unit the database does not hold."""
    @functools.wraps(method)
    def wrapper(self: "Bench", *args, **kwargs):
        # what the store held before this action (the last event's snapshot): the session counts a
        # scan before its commit
        if self._stale and self.session is None:
            self._stale = False  # nothing open to reload
        before = self._last_good if self.session is not None else None
        try:
            if self._stale and self.session is not None:
                previous = self.session
                self.session = None
                try:
                    reopened = self._open(previous.order.order_id, resuming=True)
                except BaseException:
                    self.session = previous  # still unusable (stale) until a reload succeeds
                    raise
                self._stale = False
                if self.session is None:
                    return reopened
                before = self._last_good
            with log_context(operator=self.operator,
                             order=self.session.order.order_id if self.session else None):
                return method(self, *args, **kwargs)
        except ClaimLost as exc:
            self.session = None
            return BenchEvent(EventKind.REFUSED, str(exc), extra={"claim_lost": True})
        except OrderChanged as exc:
            self.session = None
            try:
                reopened = self._open(str(exc), resuming=True)
            except (SQLAlchemyError, OSError):
                return BenchEvent(EventKind.REFUSED, f"Order {exc} changed at another station: scan it again",
                                  extra={"database_error": True})
            return dataclasses.replace(reopened, kind=EventKind.REFUSED, message=(
                f"Order {exc} was changed at another station: reloaded, this scan was NOT recorded. "
                "Check the counts and scan again."), extra={**reopened.extra, "reloaded": True})
        except OrderCancelled as exc:
            self.session = None
            try:
                return self._open(str(exc), resuming=True)  # rebuilt from the store, with the loud stop
            except (SQLAlchemyError, OSError):
                return BenchEvent(EventKind.REFUSED, f"Order {exc} was CANCELLED: scan it again",
                                  extra={"database_error": True})
        except (SQLAlchemyError, OSError) as exc:
            self._stale, self._last_good = True, before
            log.error("database unavailable during %s: %s", method.__name__, exc.__class__.__name__)
            return BenchEvent(EventKind.REFUSED, "DATABASE NOT AVAILABLE: this scan was NOT recorded. Check the "
                              "network or the database, then scan it again.",
                              before, extra={"database_error": True})
    return wrapper


class Bench:
    def __init__(self, store: Store, station: str, operator: str | None = None,
                 on_confirm: ConfirmHandler | None = None, policy: Policy | None = None,
                 claim_timeout_s: float = claims.DEFAULT_TIMEOUT_S) -> None:
        self.store = store
        self.station = station
        self.operator = operator
        self.session: PackSession | None = None
        self.on_confirm = on_confirm or mark_packed
        # issue 7: who is signed in, what they may do alone, how long a silent station keeps an order
        self.actor: Operator | None = None
        self.policy = policy or Policy.open()
        self.claim_timeout_s = claim_timeout_s
        self._stale = False
        self._last_good: Order | None = None  # the open order as the store held it when it became unreachable
        self._known_scans = 0  # scan rows of the open order this bench has seen or written
        # issue 8 (services/ship.py plugs these): a non-product scan (box, tracking number), a closed box,
        # CMD:REPRINT (also with no order open)
        self.on_other_scan: Callable[["Bench", PackSession | None, str], BenchEvent | None] | None = None
        self.on_next_box: Callable[["Bench", PackSession, ScanResult], None] | None = None
        self.on_reprint: Callable[["Bench", PackSession | None], BenchEvent] | None = None

    def sign_in(self, operator: Operator | None, policy: Policy | None = None) -> None:
        """The operator now at this bench (None: signed out); scans carry their name."""
        self.actor = operator
        self.operator = operator.name if operator else None
        if policy is not None:
            self.policy = policy

    def authorize(self, action: Action, approver: Operator | None = None):
        return authorize(action, self.actor, approver, self.policy)

    # -- queries -------------------------------------------------------------------------
    @property
    def current_key(self) -> str:
        return f"bench.{self.station}.current_order"

    def event(self, kind: EventKind, message: str, result: ScanResult | None = None, **extra) -> BenchEvent:
        session = self.session
        self._last_good = snapshot(session.order) if session else None
        return BenchEvent(kind, message, self._last_good, result,
                          session.stop if session else None, session.package_no if session else 1, extra)

    # -- actions -------------------------------------------------------------------------
    @_guarded
    def resume(self) -> BenchEvent | None:
        """After a restart: reopen the order this station had open, with every stored scan."""
        with self.store.session() as db:
            order_id = SyncState(db).get(self.current_key)
        if not order_id:
            return None
        event = self._open(order_id, resuming=True)
        return event if self.session else None

    @_guarded
    def scan(self, raw: str, approver: Operator | None = None) -> BenchEvent:
        """One scan. ``approver``: the supervisor whose badge approved it (after a ``needs_approval``)."""
        text = clean_scan(raw)
        if not text:
            return self.event(EventKind.REFUSED, "Empty scan ignored")
        if self.policy.enforced and self.actor is None:
            return self.event(EventKind.REFUSED, "Sign in first (scan your badge)", needs_sign_in=True)
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
            if command is Command.REPRINT and self.on_reprint is not None:
                return self.on_reprint(self, None)
            if command is not None:
                return self.event(EventKind.REFUSED, f"{command.value}: no order is open")
            return self.event(EventKind.REFUSED, "Scan an order (packing slip or pick list) first")
        refused = self._check_allowed(parse_command(text), text, approver)
        if refused is not None:
            return refused
        if self.on_other_scan is not None and parse_command(text) is None and not self._is_product(text):
            # product lookup first: a 12-digit FedEx number can be a valid UPC-A (issue 8)
            event = self.on_other_scan(self, self.session, text)
            if event is not None:
                return event
        result = self.session.scan(text, lookup=self._lookup)
        return self._after(result)

    def _is_product(self, text: str) -> bool:
        assert self.session is not None
        code = read_code(text)
        return any(key in self.session._line_keys for key in code.keys) or self._lookup(code) is not None

    @_guarded
    def acknowledge(self, approver: Operator | None = None) -> BenchEvent:
        """The packer acknowledged the error screen (Enter, the button or CMD:ACK)."""
        if self.session is None or self.session.stop is None:
            return self.event(EventKind.SCANNED, "Nothing to acknowledge")
        refused = self._check_allowed(Command.ACK, Command.ACK.value, approver)
        if refused is not None:
            return refused
        return self._after(self.session.scan(Command.ACK.value))

    def _check_allowed(self, command: Command | None, text: str, approver: Operator | None) -> BenchEvent | None:
        """CMD:SKIP and (if so configured) clearing a wrong-item stop need a supervisor; a refusal says
        ``extra["needs_approval"]`` = the action, for the UI's badge dialog. Approvals are audited."""
        assert self.session is not None
        action = None
        if command is Command.SKIP and self.session.stop is None:
            action = Action.SKIP_UNIT
        elif command is Command.ACK and self.session.stop is not None and \
                self.session.stop.problem in (Problem.WRONG_ITEM, Problem.EXTRA_UNIT):
            action = Action.ACK_WRONG_ITEM
        if action is None:
            return None
        decision = self.authorize(action, approver)
        order_id = self.session.order.order_id
        if not decision.allowed:
            with self.store.session() as db:
                audit.record(db, AuditAction.SCAN_REFUSED, self.station, self.operator, order_id,
                             approver.name if approver else None,
                             {"code": text, "reason": decision.reason, "action": action.value})
            if not decision.needs_approval:  # nobody signed in: no badge dialog, the sign-in screen
                return self.event(EventKind.REFUSED, decision.reason, needs_sign_in=True)
            return self.event(EventKind.REFUSED, decision.reason, needs_approval=action.value)
        if decision.approver is not None:
            with self.store.session() as db:
                audit.record(db, AuditAction.OVERRIDE, self.station, self.operator, order_id,
                             decision.approver.name, {"action": action.value, "code": text})
        return None

    @_guarded
    def bare_enter(self) -> BenchEvent:
        """A bare Enter: acknowledge an error, or confirm a complete order (DESIGN.md 3.4)."""
        if self.session is None:
            return self.event(EventKind.REFUSED, "Scan an order first")
        if self.session.stop is not None:
            return self.acknowledge()
        return self.scan(Command.CONFIRM.value)

    @_guarded
    def amazon_cancelled(self, order_id: str) -> BenchEvent | None:
        """The sync saw a cancellation: if that order is open, stop loudly."""
        if self.session is None or self.session.order.order_id != order_id:
            return None
        return self._record(self.session.cancel_on_amazon())

    @_guarded
    def reload(self, order_id: str) -> BenchEvent:
        """Rebuild the open order from the store after a service changed it there (Amazon's quantities)."""
        return self._open(order_id, resuming=True)

    def close(self, message: str = "Order set aside") -> BenchEvent:
        order = self.session.order if self.session else None
        with self.store.session() as db:
            SyncState(db).set(self.current_key, None)
            if order is not None:
                claims.release(db, order.order_id, self.station)  # other stations may take it now
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
            if order.pack_status != PackStatus.CANCELLED and (resuming or not _cannot_open(order)):
                # claim first, then read: what another station did before it let go is then all in view
                claimed = claims.claim(db, order_id, self.station, self.operator, self.claim_timeout_s)
                if not claimed.ok:
                    db.rollback()
                    return self.event(EventKind.REFUSED, claimed.message or f"Order {order_id} is not available",
                                      order_id=order_id, claimed_by=claimed.claim.station if claimed.claim else None)
                if claimed.took_over:
                    audit.record(db, AuditAction.CLAIM_TAKEN_OVER, self.station, self.operator, order_id)
                db.expire_all()
                order = orders.get(order_id, with_buyer=False)
            history = ScanRepository(db).history(order_id)
            for line in order.lines:
                line.scanned = 0  # rebuilt from the history below
            products = ProductRepository(db).many(line.sku for line in order.lines)
            session = PackSession.restore(order, products, history)
            refusal = _cannot_open(order)
            if refusal and not resuming:
                db.rollback()  # and no claim
                return self.event(EventKind.REFUSED, refusal, extra={"order_id": order_id})
            cancelled = order.pack_status == PackStatus.CANCELLED and session.stop is None
            if self.session is not None and self.session.order.order_id != order_id:
                claims.release(db, self.session.order.order_id, self.station)  # set aside: free for others
            SyncState(db).set(self.current_key, order_id)
            if order.pack_status == PackStatus.NEW:
                orders.set_pack_status(order_id, PackStatus.PACKING, self.station, self.operator)
                order.pack_status = PackStatus.PACKING
        self.session = session
        self._known_scans = len(history)
        if cancelled:  # scanning a cancelled order is a hard stop, not a quiet refusal
            return self._record(session.cancel_on_amazon())
        reduced = self._reconcile()
        if reduced is not None:  # Amazon lowered a line below what is in the box: loud, before anything else
            return reduced
        verb = "Resumed" if resuming or history else "Opened"
        return self.event(EventKind.OPENED, f"{verb} order {order_id}: scan the items")

    def _reconcile(self) -> BenchEvent | None:
        """The next "take units out" stop, if Amazon lowered a line of the open order below what is packed."""
        order = self.session.order
        if not order.can_pack or order.pack_status in (PackStatus.SHIPPED, PackStatus.CANCELLED):
            return None
        result = self.session.reconcile()
        return self._record(result) if result is not None else None

    def _after(self, result: ScanResult) -> BenchEvent:
        event = self._record(result)
        if result.outcome is not Outcome.COMMAND or result.command is None:
            return event
        session = self.session
        assert session is not None
        if result.command is Command.ACK:
            return self._reconcile() or event  # several lines lowered: one stop, one acknowledgement each
        if result.command is Command.CONFIRM:
            return self.on_confirm(self, session)
        if result.command is Command.CANCEL:
            return self.close(f"Order {session.order.order_id} set aside; scan it again to resume")
        if result.command is Command.REPRINT and self.on_reprint is not None:
            return self.on_reprint(self, session)
        if result.command is Command.NEXT_BOX:
            if self.on_next_box is not None:
                self.on_next_box(self, session, result)
            return self.event(EventKind.COMMAND, f"Box {result.package_no} closed: box {session.package_no} "
                                                 "is open", result)
        return self.event(EventKind.COMMAND, result.message, result)

    def _record(self, result: ScanResult) -> BenchEvent:
        """Commit the scan (and the order's pack status) before anyone is told it happened."""
        session = self.session
        assert session is not None
        order = session.order
        with self.store.session() as db:
            self._hold(db, order)
            if order.pack_status != PackStatus.CANCELLED and db.scalar(
                    select(OrderRow.pack_status).where(OrderRow.order_id == order.order_id)) \
                    == PackStatus.CANCELLED.value:
                db.rollback()  # this scan is not kept, nor is "packing" written over the cancellation
                raise OrderCancelled(order.order_id)
            # a buyer's name or address scanned by mistake is not kept in the scan log
            kept = dataclasses.replace(result, code=redact(result.code), message=redact(result.message))
            ScanRepository(db).append(order.order_id, kept, self.station, self.operator)
            OrderRepository(db).set_pack_status(order.order_id, order.pack_status, self.station, self.operator)
            action = {Outcome.ACCEPTED: AuditAction.SCAN_ACCEPTED, Outcome.REFUSED: AuditAction.SCAN_REFUSED,
                      Outcome.COMMAND: AuditAction.COMMAND}[result.outcome]
            audit.record(db, action, self.station, self.operator, order.order_id,
                         details={"code": result.code, "problem": result.problem.value if result.problem else None,
                                  "sku": result.sku, "package": result.package_no})
        self._known_scans += 1
        if result.stops:
            log.warning("stop on order %s: %s", order.order_id, result.problem.value if result.problem else "")
        return self.event(EventKind.SCANNED, result.message, result)


    def hold_claim(self, db, order_id: str) -> None:
        """For services that finish an order (buy a label, confirm): call inside the transaction that records
        it. Raises ``ClaimLost`` (the bench turns it into a refusal) if another station holds the order now;
        otherwise our claim stays row-locked until that transaction commits."""
        assert self.session is not None and self.session.order.order_id == order_id
        self._hold(db, self.session.order)

    def _hold(self, db, order: Order) -> None:
        """In the transaction about to change ``order``: make sure this station still holds it (and keep
        holding it until commit). A claim that lapsed while nobody else wanted it is simply taken again."""
        if order.pack_status == PackStatus.CANCELLED or claims.hold(db, order.order_id, self.station):
            return
        again = claims.claim(db, order.order_id, self.station, self.operator, self.claim_timeout_s)
        if not again.ok:
            self._stale = False
            raise ClaimLost(f"{again.message or 'Order ' + order.order_id + ' was taken by another station'}: "
                            "this scan was NOT recorded. Scan another order.")
        stored = db.scalar(select(func.count()).select_from(ScanRow).where(ScanRow.order_id == order.order_id))
        if stored != self._known_scans:  # another station worked on it while our claim had lapsed
            db.rollback()
            raise OrderChanged(order.order_id)


def _cannot_open(order: Order) -> str | None:
    if order.status == AmazonStatus.PENDING:
        return f"Order {order.order_id} is Pending (not paid yet): it cannot be packed"
    if order.pack_status == PackStatus.SHIPPED or order.status == AmazonStatus.SHIPPED:
        return f"Order {order.order_id} has already shipped"
    return None


def snapshot(order: Order) -> Order:
    """A copy the GUI thread can hold while the bench goes on changing its own (lines are what changes).

    Shallow copies by __dict__: dataclasses.replace re-runs __init__ and made a 200-line order's
    snapshot the slowest part of a scan."""
    copy = _shallow(order)
    copy.lines = [_shallow(line) for line in order.lines]
    copy.packages = list(order.packages)
    return copy


def _shallow(obj):
    clone = object.__new__(type(obj))
    clone.__dict__.update(obj.__dict__)
    return clone


def mark_packed(bench: Bench, session: PackSession) -> BenchEvent:
    """Without a shipping service (foundation): a confirmed complete order is packed and leaves the bench."""
    order = session.order
    with bench.store.session() as db:
        bench._hold(db, order)  # never two stations finishing one order
        OrderRepository(db).set_pack_status(order.order_id, PackStatus.PACKED, bench.station, bench.operator)
        audit.record(db, AuditAction.CONFIRM, bench.station, bench.operator, order.order_id,
                     details={"units": order.scanned_units})
    return bench.close(f"Order {order.order_id} packed")
