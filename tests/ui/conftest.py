"""UI fixtures: a station window over a seeded store, and a keyboard-wedge scanner that types into it.

The scanner sends real QKeyEvents through QApplication (so the application-wide wedge filter sees
them exactly as it sees a USB scanner's), with timestamps we choose: a burst of keys a few ms apart
ending in Enter, or a person's slow typing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


SHIFTED = set('~!@#$%^&*()_+{}|:"<>?')


class WedgeScanner:
    """Types like a keyboard-wedge scanner (or a person), with controlled key timestamps."""

    def __init__(self) -> None:
        self.t = 1_000_000  # ms; only the differences matter

    def key(self, text: str, gap_ms: int, key: int | None = None) -> None:
        self.t += gap_ms
        if key is None:
            key = ord(text.upper()) if text else 0
        shifted = (text.isalpha() and text.isupper()) or (len(text) == 1 and text in SHIFTED)
        modifiers = Qt.KeyboardModifier.ShiftModifier if shifted else Qt.KeyboardModifier.NoModifier
        target = QApplication.focusWidget() or QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
        if shifted:  # like a real wedge scanner (and xdotool): Shift goes down before the character
            shift = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier, "")
            shift.setTimestamp(self.t)
            QApplication.sendEvent(target, shift)
        event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
        event.setTimestamp(self.t)
        QApplication.sendEvent(target, event)

    def enter(self, gap_ms: int = 5) -> None:
        self.key("\r", gap_ms, Qt.Key.Key_Return)

    def scan(self, code: str, gap_ms: int = 5, pause_before_ms: int = 1000) -> None:
        """A scan: ``pause_before_ms`` of quiet, then the code's keys ``gap_ms`` apart, then Enter."""
        for i, ch in enumerate(code):
            self.key(ch, pause_before_ms if i == 0 else gap_ms)
        self.enter(gap_ms)

    def type(self, text: str, gap_ms: int = 180) -> None:
        for ch in text:
            self.key(ch, gap_ms)


@pytest.fixture
def scanner() -> WedgeScanner:
    return WedgeScanner()


@pytest.fixture
def station_ctx(seeded, tmp_path):
    """An AppContext over the seeded store (SQLite, and PostgreSQL when configured)."""
    from station.app import AppContext

    store, orders, products = seeded
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    ctx = AppContext(data_dir=data_dir, database_url=store.url, _store=store)
    ctx.settings.set("station.name", "bench-ui")
    return ctx, orders, products


@pytest.fixture
def station(qtbot, station_ctx):
    """The running main window, ready for scans; (running, orders, products)."""
    from station.ui.app import start_window

    ctx, orders, products = station_ctx
    running = start_window(ctx, queue_refresh_ms=0)
    qtbot.addWidget(running.window)
    qtbot.waitUntil(lambda: running.window.is_ready, timeout=10_000)
    yield running, orders, products
    running.shutdown()
    running.window.close()


@pytest.fixture
def settle(qtbot):
    """settle(running): wait until every bench call made so far has come back to the GUI."""
    def wait(running, timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: running.controller.pending == 0, timeout=timeout)
    return wait
