"""Operators: the management API (create, change PIN/badge/role, deactivate) and sign-in.

No Qt here. The UI's sign-in dialog calls ``sign_in_badge`` / ``sign_in_pin``; the supervisor dialog
calls ``approver_for_badge``; ``Shift`` tracks who is signed in at this bench and signs them out
after the idle time. Until the first operator exists ``sign_in_required()`` is False and the station
runs open (DESIGN.md 3.1), with ``policy()`` = ``Policy.open()``.

Every change and every sign-in (and failed try) goes to the audit log.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from station.security.passwords import badge_digest, check_pin_format, hash_pin, new_badge_code, verify_pin
from station.security.roles import Action, Operator, Policy, Role, require
from station.store import audit
from station.store.audit import AuditAction
from station.store.db import Store
from station.store.models import OperatorRow

log = logging.getLogger(__name__)

MAX_PIN_TRIES = 5
LOCKOUT = timedelta(minutes=5)
DEFAULT_IDLE_MIN = 15


class OperatorError(ValueError):
    """A management or sign-in problem, in words for the person at the bench."""


def _operator(row: OperatorRow) -> Operator:
    return Operator(row.id, row.name, Role(row.role), row.active)


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class SignInResult:
    operator: Operator | None
    message: str

    @property
    def ok(self) -> bool:
        return self.operator is not None


class Operators:
    """The operators of one (possibly shared) database, seen from one station."""

    def __init__(self, store: Store, station: str) -> None:
        self.store = store
        self.station = station

    # -- queries ---------------------------------------------------------------------------
    def any(self) -> bool:
        with self.store.session() as db:
            return bool(db.scalar(select(func.count()).select_from(OperatorRow).where(OperatorRow.active)))

    def sign_in_required(self) -> bool:
        return self.any()

    def policy(self, supervisor_ack_wrong_item: bool = False) -> Policy:
        return Policy(True, supervisor_ack_wrong_item) if self.any() else Policy.open()

    def list(self, include_inactive: bool = False) -> list[Operator]:
        with self.store.session() as db:
            query = select(OperatorRow).order_by(OperatorRow.name)
            if not include_inactive:
                query = query.where(OperatorRow.active)
            return [_operator(r) for r in db.scalars(query)]

    def get(self, name: str) -> Operator | None:
        with self.store.session() as db:
            row = db.scalar(select(OperatorRow).where(OperatorRow.name == name))
            return _operator(row) if row else None

    # -- management (a supervisor's; the first supervisor may be created by anyone) -----------
    def _check_manager(self, by: Operator | None) -> None:
        if self.any():
            require(Action.MANAGE_OPERATORS, by)

    def create(self, name: str, role: Role | str = Role.PACKER, pin: str | None = None, badge: str | None = None,
               by: Operator | None = None) -> Operator:
        """Add an operator. While none exists the first one must be a supervisor (or nobody could manage)."""
        name = " ".join(name.split())
        role = Role(role)
        if not name or len(name) > 100:
            raise OperatorError("a name has 1 to 100 characters")
        if not self.any() and role is not Role.SUPERVISOR:
            raise OperatorError("the first operator must be a supervisor")
        self._check_manager(by)
        if pin is None and badge is None:
            raise OperatorError("give the operator a PIN, a badge or both")
        row = OperatorRow(name=name, role=role.value, active=True, failed_pins=0,
                          pin_hash=hash_pin(pin) if pin is not None else None,
                          badge_digest=badge_digest(badge) if badge is not None else None)
        try:
            with self.store.session() as db:
                db.add(row)
                db.flush()
                audit.record(db, AuditAction.OPERATOR_CHANGE, self.station, by.name if by else None,
                             details={"created": name, "role": role.value, "pin": pin is not None,
                                      "badge": badge is not None})
        except IntegrityError:
            raise OperatorError(f"an operator named {name!r} or with that badge already exists") from None
        return _operator(row)

    def _change(self, name: str, by: Operator | None, change: Callable[[OperatorRow], dict]) -> Operator:
        self._check_manager(by)
        try:
            with self.store.session() as db:
                row = db.scalar(select(OperatorRow).where(OperatorRow.name == name))
                if row is None:
                    raise OperatorError(f"no operator named {name!r}")
                details = change(row)
                db.flush()
                if not db.scalar(select(func.count()).select_from(OperatorRow)
                                 .where(OperatorRow.active, OperatorRow.role == Role.SUPERVISOR.value)):
                    raise OperatorError("at least one active supervisor must remain")
                audit.record(db, AuditAction.OPERATOR_CHANGE, self.station, by.name if by else None,
                             details={"operator": name, **details})
                return _operator(row)
        except IntegrityError:
            raise OperatorError("that badge belongs to another operator") from None

    def set_pin(self, name: str, pin: str | None, by: Operator | None = None) -> Operator:
        def change(row: OperatorRow) -> dict:
            row.pin_hash = hash_pin(pin) if pin is not None else None
            row.failed_pins, row.locked_until = 0, None
            return {"pin": "changed" if pin is not None else "removed"}
        if pin is not None:
            check_pin_format(pin)
        return self._change(name, by, change)

    def set_badge(self, name: str, badge: str | None = None, by: Operator | None = None) -> tuple[Operator, str]:
        """Give a (new) badge; returns the operator and the code to print (a fresh one if none is given)."""
        code = badge or new_badge_code()

        def change(row: OperatorRow) -> dict:
            row.badge_digest = badge_digest(code)
            return {"badge": "changed"}
        return self._change(name, by, change), code

    def set_role(self, name: str, role: Role | str, by: Operator | None = None) -> Operator:
        def change(row: OperatorRow) -> dict:
            row.role = Role(role).value
            return {"role": row.role}
        return self._change(name, by, change)

    def deactivate(self, name: str, by: Operator | None = None) -> Operator:
        def change(row: OperatorRow) -> dict:
            row.active, row.badge_digest = False, None
            return {"active": False}
        return self._change(name, by, change)

    def unlock(self, name: str, by: Operator | None = None) -> Operator:
        def change(row: OperatorRow) -> dict:
            row.failed_pins, row.locked_until = 0, None
            return {"unlocked": True}
        return self._change(name, by, change)

    # -- sign-in ---------------------------------------------------------------------------
    def _badge_row(self, db, code: str) -> OperatorRow | None:
        return db.scalar(select(OperatorRow).where(OperatorRow.badge_digest == badge_digest(code),
                                                   OperatorRow.active))

    def sign_in_badge(self, code: str) -> SignInResult:
        with self.store.session() as db:
            row = self._badge_row(db, code)
            if row is None:
                audit.record(db, AuditAction.SIGN_IN_FAILED, self.station, details={"by": "badge"})
                return SignInResult(None, "Badge not recognised")
            audit.record(db, AuditAction.SIGN_IN, self.station, row.name, details={"by": "badge"})
            return SignInResult(_operator(row), f"Signed in: {row.name}")

    def sign_in_pin(self, name: str, pin: str) -> SignInResult:
        """Name (chosen from the list) and PIN. After MAX_PIN_TRIES wrong PINs the operator is locked
        for LOCKOUT (a badge still works; a supervisor can ``unlock``)."""
        with self.store.session() as db:
            row = db.scalar(select(OperatorRow).where(OperatorRow.name == name, OperatorRow.active))
            now = _now()
            if row is None or row.pin_hash is None:
                audit.record(db, AuditAction.SIGN_IN_FAILED, self.station, details={"by": "pin"})
                return SignInResult(None, "Unknown operator or no PIN set")
            if row.locked_until is not None and row.locked_until > now:
                minutes = max(1, int((row.locked_until - now).total_seconds() // 60) + 1)
                return SignInResult(None, f"Too many wrong PINs: try again in {minutes} min or ask a supervisor")
            if not verify_pin(pin, row.pin_hash):
                row.failed_pins += 1
                if row.failed_pins >= MAX_PIN_TRIES:
                    row.locked_until, row.failed_pins = now + LOCKOUT, 0
                audit.record(db, AuditAction.SIGN_IN_FAILED, self.station, row.name, details={"by": "pin"})
                return SignInResult(None, "Wrong PIN")
            row.failed_pins, row.locked_until = 0, None
            audit.record(db, AuditAction.SIGN_IN, self.station, row.name, details={"by": "pin"})
            return SignInResult(_operator(row), f"Signed in: {row.name}")

    def approver_for_badge(self, code: str, action: Action | str, operator: Operator | None,
                           order_id: str | None = None) -> SignInResult:
        """A supervisor scanned their badge to approve ``action`` for ``operator``: audited as an override."""
        with self.store.session() as db:
            row = self._badge_row(db, code)
            if row is None:
                return SignInResult(None, "Badge not recognised")
            approver = _operator(row)
            if not approver.is_supervisor:
                return SignInResult(None, f"{approver.name} is not a supervisor")
            if operator is not None and approver.id == operator.id:
                return SignInResult(approver, "Approved (supervisor's own action)")
            audit.record(db, AuditAction.OVERRIDE, self.station, operator.name if operator else None, order_id,
                         approver.name, {"action": str(getattr(action, "value", action))})
            return SignInResult(approver, f"Approved by {approver.name}")

    def sign_out(self, operator: Operator, reason: str = "signed out") -> None:
        audit.AuditLog(self.store, self.station).record(AuditAction.SIGN_OUT, operator.name,
                                                        details={"reason": reason})


class Shift:
    """Who is signed in at this bench, and the idle sign-out.

    The UI calls ``touch()`` on every key press, scan or click and ``check()`` from a timer (a
    QTimer every few seconds); ``check()`` signs out after ``idle_minutes`` without activity and
    calls ``on_sign_out(operator, reason)``. Thread-safe. ``idle_minutes=0`` never signs out.
    """

    def __init__(self, operators: Operators, idle_minutes: float = DEFAULT_IDLE_MIN,
                 on_sign_out: Callable[[Operator, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.operators = operators
        self.idle_s = idle_minutes * 60
        self.on_sign_out = on_sign_out
        self._clock = clock
        self._lock = threading.Lock()
        self.operator: Operator | None = None
        self._last = clock()

    def start(self, operator: Operator) -> None:
        with self._lock:
            self.operator, self._last = operator, self._clock()

    def touch(self) -> None:
        with self._lock:
            self._last = self._clock()

    def idle_seconds(self) -> float:
        return self._clock() - self._last

    def end(self, reason: str = "signed out") -> Operator | None:
        with self._lock:
            operator, self.operator = self.operator, None
        if operator is not None:
            try:
                self.operators.sign_out(operator, reason)
            except Exception as exc:  # noqa: BLE001 - signing out must work even with the database down
                log.warning("sign-out not audited: %s", exc.__class__.__name__)
            if self.on_sign_out is not None:
                self.on_sign_out(operator, reason)
        return operator

    def check(self) -> bool:
        """True if it signed the operator out for idleness just now."""
        if self.operator is None or self.idle_s <= 0 or self.idle_seconds() < self.idle_s:
            return False
        return self.end(f"idle for {int(self.idle_s // 60)} min") is not None


def release_claim(store: Store, station: str, order_id: str, operator: Operator | None,
                  approver: Operator | None = None, policy: Policy = Policy()):
    """A supervisor frees an order that a dead (or forgotten) station still holds; audited.
    Raises NotAuthorized for a packer without a supervisor's badge. Returns the released Claim or None."""
    from station.store import claims

    decision = require(Action.RELEASE_CLAIM, operator, approver, policy)
    with store.session() as db:
        gone = claims.force_release(db, order_id)
        audit.record(db, AuditAction.CLAIM_RELEASED, station, operator.name if operator else None, order_id,
                     decision.approver.name if decision.approver else None,
                     {"held_by": gone.station if gone else None})
    return gone
