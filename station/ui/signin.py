"""Sign-in at the bench (issue 7): a badge scan or a name + PIN; and the idle sign-out.

``SignInDialog`` is modal; its badge field has focus, so a keyboard-wedge scanner simply types the
badge into it and its Enter signs in (the main window's wedge filter lets dialogs' keys through). A
serial scanner's scans reach it through ``scan(text)``. The PIN check (scrypt, deliberately slow)
and the database run on the pool, never on the GUI thread.

``IdleWatcher`` sees every key press and click in the application and signs the operator out after
``security.idle_signout_min`` minutes without any (``Shift`` in station.services.operators).

Wiring (main window)::

    operators = Operators(ctx.store, ctx.station_name)
    if operators.sign_in_required():                        # no sign-in until operators exist
        dialog = SignInDialog(operators, parent=window)
        dialog.signed_in.connect(lambda op: bench.sign_in(op, operators.policy(strict_ack)))
        dialog.open()
    watcher = IdleWatcher(Shift(operators, settings.get("security.idle_signout_min")), parent=window)
    dialog.signed_in.connect(watcher.start_shift)
    watcher.signed_out.connect(lambda op, why: (bench.sign_in(None), show the SignInDialog again))
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from station.security.roles import Operator
from station.services.operators import Operators, Shift, SignInResult
from station.ui.messages import translate_message
from station.ui.tasks import Pool

log = logging.getLogger(__name__)


def _field(password: bool = True) -> QLineEdit:
    field = QLineEdit()
    if password:
        field.setEchoMode(QLineEdit.EchoMode.Password)  # a badge code is a credential: never on screen
    field.setMaxLength(256)
    return field


class BadgeDialog(QDialog):
    """A dialog that waits for a badge scan in ``self.badge`` (typed by the wedge or sent by ``scan``)."""

    badge: QLineEdit

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # a scan's Enter belongs to the field it was typed in; it must not press a dialog button
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot(str)
    def scan(self, text: str) -> None:
        """A scan from a serial scanner while the dialog is open."""
        self.badge.setText(text)
        self._badge_entered()

    def _badge_entered(self) -> None:
        raise NotImplementedError


class SignInDialog(BadgeDialog):
    signed_in = Signal(object)  # Operator

    def __init__(self, operators: Operators, parent: QWidget | None = None, pool: Pool | None = None) -> None:
        super().__init__(parent)
        self.operators = operators
        self.pool = pool or Pool(self, max_threads=1)
        self.operator: Operator | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Sign in"))
        self.setModal(True)

        self.badge = _field()
        self.badge.setPlaceholderText(self.tr("scan your badge"))
        self.badge.returnPressed.connect(self._badge_entered)
        self.names = QComboBox()
        self.pin = _field()
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,12}"))
        self.pin.returnPressed.connect(self._pin_entered)
        self.pin_button = QPushButton(self.tr("Sign in with PIN"))
        self.pin_button.setAutoDefault(False)
        self.pin_button.clicked.connect(self._pin_entered)
        self.message = QLabel("")
        self.message.setObjectName("signin-message")
        self.message.setWordWrap(True)

        title = QLabel(self.tr("Scan your badge"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("Badge"), self.badge)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.names, 2)
        pin_row.addWidget(self.pin, 1)
        pin_row.addWidget(self.pin_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("or choose your name and type your PIN:")))
        layout.addLayout(pin_row)
        layout.addWidget(self.message)
        self.badge.setFocus()
        self.pool.run(self.operators.list, self._fill_names, self._failed)

    # -- input ---------------------------------------------------------------------------------
    def _badge_entered(self) -> None:
        code = self.badge.text()
        self.badge.clear()
        if code.strip() and not self._busy:
            self._run(lambda: self.operators.sign_in_badge(code))

    def _pin_entered(self) -> None:
        name, pin = self.names.currentText(), self.pin.text()
        self.pin.clear()
        if not name:
            self._say(self.tr("Choose your name first"))
        elif pin and not self._busy:
            self._run(lambda: self.operators.sign_in_pin(name, pin))

    # -- background ------------------------------------------------------------------------------
    def _run(self, fn) -> None:
        self._busy = True
        self._say(self.tr("Checking…"))
        self.pool.run(fn, self._answered, self._failed)

    def _fill_names(self, operators: list[Operator]) -> None:
        self.names.clear()
        self.names.addItems([o.name for o in operators])

    def _answered(self, result: SignInResult) -> None:
        self._busy = False
        if result.ok:
            self.operator = result.operator
            self._say(translate_message(result.message))
            self.signed_in.emit(result.operator)
            self.accept()
        else:
            self._say(translate_message(result.message), error=True)
            self.badge.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.warning("sign-in failed: %s", exc.__class__.__name__)
        self._say(self.tr("The database cannot be reached: sign-in is not possible right now. Try again."), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")


class IdleWatcher(QObject):
    """Signs the operator out after the idle time: any key or click anywhere counts as activity."""

    signed_out = Signal(object, str)  # Operator, reason

    ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel}

    def __init__(self, shift: Shift, parent: QObject | None = None, check_ms: int = 5000,
                 pool: Pool | None = None) -> None:
        super().__init__(parent)
        self.shift = shift
        self.pool = pool or Pool(self, max_threads=1)
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @Slot(object)
    def start_shift(self, operator: Operator) -> None:
        self.shift.start(operator)
        self.timer.start()

    @Slot()
    def sign_out_now(self, reason: str = "signed out") -> None:
        self._end(reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in self.ACTIVITY:
            self.shift.touch()
        return False

    @Slot()
    def check(self) -> None:
        shift = self.shift
        if shift.operator is not None and shift.idle_s > 0 and shift.idle_seconds() >= shift.idle_s:
            self._end(f"idle for {int(shift.idle_s // 60)} min")

    def _end(self, reason: str) -> None:
        operator = self.shift.operator
        if operator is None:
            return
        self.shift.operator = None  # at once: nobody may scan as them from now on
        self.timer.stop()
        self.signed_out.emit(operator, reason)
        self.pool.run(lambda: self.shift.operators.sign_out(operator, reason))  # the audit entry, off the GUI


