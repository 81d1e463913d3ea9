"""Roles and the one policy that says who may do what: ``authorize(action, operator, approver)``.

A packer works alone; what a packer may not do alone a supervisor approves by scanning their badge
at the bench (the approver). A supervisor may do everything alone. When no operator exists yet the
station runs open (DESIGN.md 3.1: no sign-in until operators have been created): ``Policy.open()``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Role(str, enum.Enum):
    PACKER = "packer"
    SUPERVISOR = "supervisor"


class Action(str, enum.Enum):
    PACK = "pack"  # open orders, scan units, confirm complete orders
    PRINT = "print"
    REPRINT = "reprint"
    ACK_WRONG_ITEM = "ack_wrong_item"  # acknowledge a wrong-item / extra-unit stop (supervisor if configured)
    SKIP_UNIT = "skip_unit"  # CMD:SKIP
    PARTIAL_SHIPMENT = "partial_shipment"
    VOID = "void"  # void a label / shipment
    SETTINGS_CHANGE = "settings_change"
    RELEASE_CLAIM = "release_claim"  # free an order held by another (dead) station
    VIEW_AUDIT = "view_audit"
    EXPORT_AUDIT = "export_audit"
    MANAGE_OPERATORS = "manage_operators"


@dataclass(frozen=True)
class Operator:
    id: int
    name: str
    role: Role
    active: bool = True

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR and self.active


PACKER_ALONE = frozenset({Action.PACK, Action.PRINT, Action.REPRINT, Action.ACK_WRONG_ITEM})


@dataclass(frozen=True)
class Policy:
    """``supervisor_ack_wrong_item``: a wrong-item stop needs a supervisor's badge to go away."""

    enforced: bool = True
    supervisor_ack_wrong_item: bool = False

    @classmethod
    def open(cls) -> "Policy":
        return cls(enforced=False)

    def packer_may(self, action: Action) -> bool:
        if action is Action.ACK_WRONG_ITEM and self.supervisor_ack_wrong_item:
            return False
        return action in PACKER_ALONE


@dataclass(frozen=True)
class Decision:
    allowed: bool
    action: Action
    reason: str = ""
    approver: Operator | None = None
    needs_approval: bool = False  # a supervisor badge scan would make it allowed

    def __bool__(self) -> bool:
        return self.allowed


class NotAuthorized(PermissionError):
    def __init__(self, decision: Decision) -> None:
        super().__init__(decision.reason)
        self.decision = decision


def authorize(action: Action | str, operator: Operator | None, approver: Operator | None = None,
              policy: Policy = Policy()) -> Decision:
    """May ``operator`` do ``action`` (with ``approver``'s badge if given)?"""
    action = Action(action)
    if not policy.enforced:
        return Decision(True, action, "no operators configured")
    if operator is None or not operator.active:
        return Decision(False, action, "Sign in first")
    if operator.is_supervisor:
        return Decision(True, action, f"{operator.name} is a supervisor")
    if policy.packer_may(action):
        return Decision(True, action, "allowed for packers")
    if approver is not None:
        if approver.is_supervisor and approver.id != operator.id:
            return Decision(True, action, f"approved by {approver.name}", approver=approver)
        return Decision(False, action, f"{approver.name} is not a supervisor: a supervisor must scan their badge",
                        needs_approval=True)
    return Decision(False, action, f"{_label(action)} needs a supervisor: scan a supervisor badge",
                    needs_approval=True)


def require(action: Action | str, operator: Operator | None, approver: Operator | None = None,
            policy: Policy = Policy()) -> Decision:
    decision = authorize(action, operator, approver, policy)
    if not decision.allowed:
        raise NotAuthorized(decision)
    return decision


def _label(action: Action) -> str:
    return {
        Action.ACK_WRONG_ITEM: "Clearing a wrong-item stop", Action.SKIP_UNIT: "Skipping a unit",
        Action.PARTIAL_SHIPMENT: "A partial shipment", Action.VOID: "Voiding", Action.SETTINGS_CHANGE:
        "Changing settings", Action.RELEASE_CLAIM: "Releasing another station's order",
        Action.VIEW_AUDIT: "The audit log", Action.EXPORT_AUDIT: "Exporting the audit log",
        Action.MANAGE_OPERATORS: "Managing operators",
    }.get(action, action.value)
