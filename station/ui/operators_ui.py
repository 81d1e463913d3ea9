"""Operators at the bench (issue 7), wired into the main window: sign-in, idle sign-out, supervisor
approval of a refused action, and the audit log in the menu.

The dialogs are the operators engineer's (station.ui.signin, .supervisor, .audit_view); this module
only connects them to the window and the bench. The bench's own state (who is signed in, the policy)
changes on the bench thread, through the controller. Nothing appears until operators exist.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def attach_operators(window, ctx) -> None:
    from station.services.operators import Operators

    operators = Operators(ctx.store, ctx.station_name)
    window.operators = operators
    strict = bool(ctx.settings.get("security.supervisor_ack_wrong_item"))
    controller = window.controller

    def signed_in(operator) -> None:
        policy = operators.policy(strict)
        controller.run(lambda bench: bench.sign_in(operator, policy), "Signing in")
        window.bench_status.setText(tr("Signed in: {name}").format(name=operator.name))
        if window.idle is not None:
            window.idle.start_shift(operator)

    def ask_sign_in() -> None:
        from station.ui.signin import SignInDialog

        dialog = SignInDialog(operators, parent=window, pool=window.pool)
        dialog.signed_in.connect(signed_in)
        dialog.open()  # modal to the window; its badge field takes the wedge scanner's keys

    def required(needed: bool) -> None:
        if not needed:
            return
        from station.services.operators import Shift
        from station.ui.signin import IdleWatcher

        window.idle = IdleWatcher(Shift(operators, float(ctx.settings.get("security.idle_signout_min"))),
                                  parent=window)

        def signed_out(operator, why) -> None:
            controller.run(lambda bench: bench.sign_in(None), "Signing out")
            window.bench_status.setText(tr("{name} signed out ({why})").format(name=operator.name, why=why))
            ask_sign_in()

        window.idle.signed_out.connect(signed_out)
        ask_sign_in()

    def approval(event, retry) -> None:
        from station.ui.supervisor import SupervisorApprovalDialog

        order_id = event.order.order_id if event.order is not None else None
        dialog = SupervisorApprovalDialog(operators, event.extra["needs_approval"], window.controller.bench.actor,
                                          order_id, window, pool=window.pool)
        dialog.approved.connect(retry)
        dialog.open()

    def audit() -> None:
        from PySide6.QtWidgets import QDialog, QVBoxLayout

        from station.ui.audit_view import AuditView

        dialog = QDialog(window)
        dialog.setWindowTitle(tr("Audit log"))
        dialog.resize(1000, 600)
        layout = QVBoxLayout(dialog)
        bench = controller.bench
        layout.addWidget(AuditView(ctx.store, ctx.station_name, bench.actor, bench.policy))
        dialog.open()

    window.idle = None
    controller.approval_needed.connect(approval)
    menu = window.menuBar().addMenu(tr("S&upervisor"))
    action = QAction(tr("&Audit log ..."), window)
    action.triggered.connect(audit)
    menu.addAction(action)
    switch = QAction(tr("&Sign in / change operator ..."), window)
    switch.triggered.connect(ask_sign_in)
    menu.addAction(switch)
    window.pool.run(operators.sign_in_required, required,
                    lambda exc: log.warning("operators not read: %s", exc.__class__.__name__))
