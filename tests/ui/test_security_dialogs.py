"""Issue 7 widgets: sign-in by badge or PIN, the supervisor's badge approval, idle sign-out, the audit view."""

import csv

import pytest
from PySide6.QtCore import Qt

from station.security.roles import Action, Policy, Role
from station.services.operators import Operators, Shift
from station.store.audit import AuditAction, AuditLog
from station.ui.audit_view import AuditView
from station.ui.signin import IdleWatcher, SignInDialog
from station.ui.supervisor import SupervisorApprovalDialog


@pytest.fixture
def team(tmp_path):
    from station.store.db import open_store

    store = open_store(f"sqlite:///{tmp_path / 'station.db'}")
    ops = Operators(store, "bench-1")
    sam = ops.create("Sam Supervisor", Role.SUPERVISOR, pin="4821", badge="BADGE:sam-0001")
    ana = ops.create("Ana Packer", Role.PACKER, pin="5930", badge="BADGE:ana-0001", by=sam)
    yield store, ops, sam, ana
    store.dispose()


def type_scan(qtbot, widget, code):
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_sign_in_by_badge_scan(qtbot, team):
    store, ops, sam, ana = team
    dialog = SignInDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.names.count() == 2)
    assert dialog.badge.echoMode() == dialog.badge.EchoMode.Password
    type_scan(qtbot, dialog.badge, "BADGE:nobody")
    qtbot.waitUntil(lambda: "not recognised" in dialog.message.text())
    assert dialog.badge.text() == "" and dialog.operator is None
    with qtbot.waitSignal(dialog.signed_in, timeout=5000) as signal:
        type_scan(qtbot, dialog.badge, "BADGE:ana-0001")
    assert signal.args == [ana] and dialog.result() == dialog.DialogCode.Accepted


def test_sign_in_by_pin_and_serial_scan(qtbot, team):
    store, ops, sam, ana = team
    dialog = SignInDialog(ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.names.count() == 2)
    dialog.names.setCurrentText("Sam Supervisor")
    type_scan(qtbot, dialog.pin, "1234")
    qtbot.waitUntil(lambda: dialog.message.text() == "Wrong PIN")
    with qtbot.waitSignal(dialog.signed_in, timeout=5000) as signal:
        type_scan(qtbot, dialog.pin, "4821")
    assert signal.args == [sam]
    again = SignInDialog(ops)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.signed_in, timeout=5000) as signal:
        again.scan("BADGE:sam-0001\r")  # a serial scanner's scan, forwarded by the main window
    assert signal.args == [sam]


def test_supervisor_dialog_accepts_only_a_supervisor_badge(qtbot, team):
    store, ops, sam, ana = team
    dialog = SupervisorApprovalDialog(ops, Action.SKIP_UNIT, ana, "401-0000000-0000000")
    qtbot.addWidget(dialog)
    dialog.show()
    type_scan(qtbot, dialog.badge, "BADGE:ana-0001")  # the packer's own badge
    qtbot.waitUntil(lambda: "not a supervisor" in dialog.message.text())
    assert dialog.approver is None and dialog.isVisible()
    with qtbot.waitSignal(dialog.approved, timeout=5000) as signal:
        type_scan(qtbot, dialog.badge, "BADGE:sam-0001")
    assert signal.args == [sam] and dialog.approver == sam
    [override] = AuditLog(store, "bench-1").entries(actions=[AuditAction.OVERRIDE])
    assert (override.operator, override.approver, override.order_id) == \
        ("Ana Packer", "Sam Supervisor", "401-0000000-0000000")


def test_idle_watcher_signs_out_and_activity_keeps_the_shift(qtbot, team):
    store, ops, sam, ana = team
    now = [0.0]
    shift = Shift(ops, idle_minutes=1, clock=lambda: now[0])
    watcher = IdleWatcher(shift, check_ms=20)
    watcher.start_shift(ana)
    dialog = SignInDialog(ops)  # any widget: a key press anywhere is activity
    qtbot.addWidget(dialog)
    now[0] = 50
    qtbot.keyClick(dialog.pin, Qt.Key.Key_1)
    now[0] = 100
    qtbot.wait(60)
    assert shift.operator == ana  # 50 s since the key press
    with qtbot.waitSignal(watcher.signed_out, timeout=2000) as signal:
        now[0] = 111
    assert signal.args == [ana, "idle for 1 min"] and shift.operator is None
    qtbot.waitUntil(lambda: bool(AuditLog(store, "bench-1").entries(actions=[AuditAction.SIGN_OUT])))


def test_audit_view_is_for_supervisors_and_exports_redacted_csv(qtbot, team, tmp_path):
    from station.security.redact import remember

    store, ops, sam, ana = team
    remember(["Theodora Vanterpool"], words=True)
    AuditLog(store, "bench-2").record(AuditAction.REPRINT, "Ana Packer", "401-0000000-0000000",
                                      details={"note": "for Theodora Vanterpool"})
    closed = AuditView(store, "bench-1", ana, Policy())
    qtbot.addWidget(closed)
    assert not closed.allowed and not closed.export_button.isEnabled() and closed.model.rowCount() == 0
    closed.export_to(tmp_path / "nope.csv")
    assert not (tmp_path / "nope.csv").exists()

    view = AuditView(store, "bench-1", sam, Policy())
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    texts = [view.model.data(view.model.index(r, c)) for r in range(view.model.rowCount()) for c in range(7)]
    assert "Reprinted" in texts and not any("Theodora" in (t or "") for t in texts)  # the action in words
    view.action.setCurrentIndex(view.action.findData("reprint"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    out = tmp_path / "audit.csv"
    with qtbot.waitSignal(view.exported, timeout=5000):
        view.export_to(out)
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0][0] == "id" and len(rows) == 2 and rows[1][5] == "reprint"
    assert "Theodora" not in out.read_text(encoding="utf-8")
