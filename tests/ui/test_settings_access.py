"""Settings are a supervisor's action once operators exist (issue 7), and every change is audited."""

from PySide6.QtWidgets import QApplication, QLineEdit

from station.security.roles import Role
from station.services.operators import Operators
from station.store.audit import AuditAction, AuditLog
from station.ui.settings_dialog import SettingsDialog
from station.ui.supervisor import SupervisorApprovalDialog


def test_a_packer_needs_a_supervisor_badge_to_open_settings(qtbot, station):
    running, _, _ = station
    window = running.window
    ops = Operators(window.controller.bench.store, "bench-ui")
    sam = ops.create("Sam Supervisor", Role.SUPERVISOR, pin="4821", badge="BADGE:sam-0001")
    ana = ops.create("Ana Packer", Role.PACKER, pin="5930", badge="BADGE:ana-0001", by=sam)
    window.operators = ops
    window.controller.bench.sign_in(ana, ops.policy(False))

    window.open_settings()

    asked = [w for w in QApplication.topLevelWidgets() if isinstance(w, SupervisorApprovalDialog)]
    assert asked and asked[-1].isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()]
    asked[-1].close()


def test_saved_changes_are_audited_with_who_changed_them(qtbot, station_ctx):
    ctx, _, _ = station_ctx
    from station.ui.tasks import Pool

    pool = Pool()
    dialog = SettingsDialog(ctx.settings, ctx, None, pool=pool, operator="Ana Packer", approver="Sam Supervisor")
    qtbot.addWidget(dialog)
    field = dialog.fields["station.name"]
    assert isinstance(field, QLineEdit)
    field.setText("bench-7")
    dialog._save()
    log = AuditLog(ctx.store, ctx.station_name)
    qtbot.waitUntil(lambda: bool(log.entries(actions=[AuditAction.SETTINGS_CHANGE])), timeout=5000)
    [entry] = log.entries(actions=[AuditAction.SETTINGS_CHANGE])
    assert (entry.operator, entry.approver) == ("Ana Packer", "Sam Supervisor")
    assert ctx.settings.get("station.name") == "bench-7"
