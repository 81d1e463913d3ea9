"""Scanner test field: scan into it and see every character (control characters by name) and the time
between keys, with what is wrong in plain words (no suffix, too slow, wrong keyboard layout).

Serial scans can be shown too (``show_serial_scan``), with the raw bytes as they came from the port.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from station.devices.scanner import Scan, visible
from station.devices.scantest import ScanReport, analyse
from station.ui.messages import translate_message

KEY_TEXT = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}


class ScannerTestField(QWidget):
    """``reports`` holds one ScanReport per scan; ``scanned`` is emitted with each."""

    scanned = Signal(object)  # ScanReport

    def __init__(self, max_key_gap_ms: int = 40, expected: str | None = None, end_after_ms: int = 400,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_key_gap_ms = max_key_gap_ms
        self.expected = expected
        self.reports: list[ScanReport] = []
        self._keys: list[tuple[str, float]] = []
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Click in the field and scan the test code {code}.").format(code=expected)
                           if expected else self.tr("Click in the field and scan any barcode."), self)
        self.input = QLineEdit(self)
        self.input.setObjectName("scanInput")
        self.input.setPlaceholderText(self.tr("scan here"))
        self.input.installEventFilter(self)
        self.result = QLabel("", self)
        self.result.setObjectName("scanVerdict")
        self.result.setWordWrap(True)
        self.log = QPlainTextEdit(self)
        self.log.setObjectName("scanLog")
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(500)
        for widget in (self.hint, self.input, self.result, self.log):
            layout.addWidget(widget)
        self._end_timer = QTimer(self)  # a scan with no suffix ends after a pause
        self._end_timer.setSingleShot(True)
        self._end_timer.setInterval(end_after_ms)
        self._end_timer.timeout.connect(self._finish)

    # Keys are taken in an event filter so Enter and Tab (which would move focus) are seen too.
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            self.key(event)  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def key(self, event: QKeyEvent, at: float | None = None) -> None:
        now = time.perf_counter() if at is None else at
        text = KEY_TEXT.get(Qt.Key(event.key()), event.text())
        if not text:
            return  # Shift and other modifiers alone
        self._keys.append((text, now))
        self.input.setText(self.input.text() + text.replace("\r", "").replace("\t", ""))
        if text in ("\r", "\t"):
            self._finish()
        else:
            self._end_timer.start()

    def _finish(self) -> None:
        self._end_timer.stop()
        if not self._keys:
            return
        report = analyse(self._keys, self.max_key_gap_ms, self.expected)
        self._keys = []
        self.input.clear()
        self._show(report, "keyboard")

    def show_serial_scan(self, scan: Scan) -> None:
        """A scan from a serial scanner: raw bytes as received; key timing is the port's, not a keyboard's."""
        text = scan.raw.decode("latin-1")
        keys = [(ch, scan.first_byte_at) for ch in text]
        if keys:
            keys[-1] = (keys[-1][0], scan.last_byte_at)
        report = analyse(keys, 10**6, self.expected)  # no key-gap rule on a serial line
        if not scan.terminated:
            report.problems = [p for p in report.problems if not p.startswith("No Enter")]
            report.problems.insert(0, "No suffix: this scan ended by a pause; set the scanner to send CR, or keep "
                                      "suffix=none in its address.")
        self._show(report, "serial")

    def _show(self, report: ScanReport, source: str) -> None:
        self.reports.append(report)
        gaps = "  ".join(f"{visible(ch)} {g:.0f}" for ch, g in zip(report.text, report.gaps_ms))
        verdict = self.tr("OK") if report.ok else self.tr("PROBLEM")
        problems = [translate_message(p) for p in report.problems]
        source_word = self.tr("keyboard") if source == "keyboard" else self.tr("serial")
        suffix = {"Enter": self.tr("Enter"), "Tab": self.tr("Tab")}.get(report.suffix or "", self.tr("none"))
        self.log.appendPlainText(
            f"[{source_word}] {report.visible}\n  "
            + self.tr("{n} characters; each with the ms since the key before: {gaps}").format(
                n=len(report.text), gaps=gaps) + "\n  "
            + self.tr("slowest gap {gap} ms, whole scan {total} ms, suffix: {suffix} - {verdict}").format(
                gap=f"{report.max_gap_ms:.0f}", total=f"{report.total_ms:.0f}", suffix=suffix, verdict=verdict)
            + "".join(f"\n  ! {p}" for p in problems))
        self.result.setText(self.tr("Scan looks right.") if report.ok else "\n".join(problems))
        self.result.setStyleSheet("color: #1b7f3b" if report.ok else "color: #b00020")
        self.scanned.emit(report)
