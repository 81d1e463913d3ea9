"""The error screen that cannot be missed: the whole window red, the message in huge type.

Only an acknowledgement clears it (Enter, a CMD:ACK scan or its button); the window
decides when, after the bench has recorded the acknowledgement. Scans made meanwhile
are refused by the bench, and the overlay says so.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

try:  # the services' English messages in the packer's language (issue 10)
    from station.ui.messages import translate_message
except ImportError:  # pragma: no cover
    def translate_message(text: str | None) -> str:
        return text or ""

INSTRUCTION = QT_TRANSLATE_NOOP("ErrorOverlay", "Put it aside. Scan CMD:ACK or press Enter to continue")


def _font(size: int, bold: bool = True) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSize(size)
    font.setBold(bold)
    return font


class ErrorOverlay(QWidget):
    acknowledge_clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("errorOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#errorOverlay { background: #c00000; } QLabel { color: white; }"
                           "QPushButton { background: white; color: #c00000; border-radius: 10px; padding: 16px 40px; }")
        self.title = QLabel(self.tr("STOP"))
        self.title.setFont(_font(72))
        self.message = QLabel("")
        self.message.setObjectName("errorMessage")
        self.message.setFont(_font(40))
        self.message.setWordWrap(True)
        self.instruction = QLabel(QCoreApplication.translate("ErrorOverlay", INSTRUCTION))
        self.instruction.setFont(_font(26))
        self.instruction.setWordWrap(True)
        self.refused = QLabel("")
        self.refused.setObjectName("refusedNote")
        self.refused.setFont(_font(24))
        self.refused.setWordWrap(True)
        self.button = QPushButton(self.tr("Acknowledge (Enter)"))
        self.button.setFont(_font(28))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter is the wedge filter's, never a click
        self.button.clicked.connect(self.acknowledge_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(24)
        for widget in (self.title, self.message, self.instruction, self.refused):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        self.refused_count = 0
        self.hide()
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    @property
    def active(self) -> bool:
        return self.isVisible()

    def show_error(self, message: str, title: str | None = None) -> None:
        self.title.setText(title or self.tr("STOP"))
        self.message.setText(translate_message(message))
        self.refused_count = 0
        self.refused.setText("")
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def note_refused(self, code: str) -> None:
        """A scan arrived during the stop: it was refused (and recorded), say so."""
        self.refused_count += 1
        shown = code if len(code) <= 40 else code[:37] + "..."
        self.refused.setText(self.tr("Scan {code} REFUSED ({n}): acknowledge this error first").format(
            code=repr(shown), n=self.refused_count))

    def clear(self) -> None:
        self.hide()
