"""Supervisor approval at the bench (issue 7): a dialog that waits for a supervisor's badge scan.

When a bench event says ``extra["needs_approval"] = action`` (a packer scanned CMD:SKIP, cleared a
wrong-item stop when that needs a supervisor, asked for a partial shipment, a void, a settings
change ...), show this dialog; a supervisor scans their badge; on ``approved(Operator)`` repeat the
call with ``approver=operator``: ``bench.scan(text, approver=op)``, ``bench.acknowledge(approver=op)``,
``ship.ship_partial(bench, approver=op)``, ``ship.void_event(bench, id, approver=op)``. The approval
is audited (``override``) by ``Operators.approver_for_badge``. A packer's badge, an unknown badge or
Escape approves nothing. The badge check runs on the pool.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from station.security.roles import Action, Operator, _label
from station.services.operators import Operators, SignInResult
from station.ui.messages import translate_message
from station.ui.signin import BadgeDialog
from station.ui.tasks import Pool

log = logging.getLogger(__name__)


class SupervisorApprovalDialog(BadgeDialog):
    approved = Signal(object)  # the supervisor (Operator)

    def __init__(self, operators: Operators, action: Action | str, operator: Operator | None,
                 order_id: str | None = None, parent: QWidget | None = None, timeout_s: int = 120,
                 pool: Pool | None = None) -> None:
        super().__init__(parent)
        self.operators, self.action, self.operator, self.order_id = operators, Action(action), operator, order_id
        self.pool = pool or Pool(self, max_threads=1)
        self.approver: Operator | None = None
        self.setWindowTitle(self.tr("Supervisor approval"))
        self.setModal(True)
        heading = QLabel(self.tr("{action} needs a supervisor").format(action=translate_message(_label(self.action))))
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        heading.setWordWrap(True)
        self.badge = QLineEdit()
        self.badge.setEchoMode(QLineEdit.EchoMode.Password)
        self.badge.setMaxLength(256)
        self.badge.setPlaceholderText(self.tr("supervisor: scan your badge"))
        self.badge.returnPressed.connect(self._badge_entered)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if order_id:
            layout.addWidget(QLabel(self.tr("Order {order}").format(order=order_id)))
        layout.addWidget(self.badge)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.badge.setFocus()
        if timeout_s:
            QTimer.singleShot(timeout_s * 1000, self.reject)  # nobody came: back to the bench

    def _badge_entered(self) -> None:
        code = self.badge.text()
        self.badge.clear()
        if not code.strip():
            return
        self.message.setText(self.tr("Checking…"))
        self.pool.run(lambda: self.operators.approver_for_badge(code, self.action, self.operator, self.order_id),
                      self._answered, self._failed)

    def _answered(self, result: SignInResult) -> None:
        if result.ok:
            self.approver = result.operator
            self.approved.emit(result.operator)
            self.accept()
        else:
            self.message.setText(translate_message(result.message))
            self.message.setStyleSheet("color: #b00020; font-weight: bold;")

    def _failed(self, exc: BaseException) -> None:
        log.warning("approval check failed: %s", exc.__class__.__name__)
        self.message.setText(self.tr("The database cannot be reached: approval is not possible right now."))


def ask_approval(operators: Operators, action: Action | str, operator: Operator | None, order_id: str | None = None,
                 parent: QWidget | None = None) -> Operator | None:
    """Blocking convenience (``exec``): the approving supervisor, or None."""
    dialog = SupervisorApprovalDialog(operators, action, operator, order_id, parent)
    dialog.exec()
    return dialog.approver
