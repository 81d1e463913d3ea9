"""Keyboard-wedge scanner input, told apart from typing by the timing of its keys.

A wedge scanner "types" its barcode as a burst of key presses a few milliseconds
apart and ends it with Enter (DESIGN.md 3.4). People type far slower. So:

- ``WedgeDecoder`` (no Qt) holds back printable keys while they come faster than
  ``max_gap_ms`` apart. A burst of at least ``min_length`` characters that ends in
  Enter within the gap is a scan (the Enter belongs to it). Anything else is typing
  and is handed back, in order, to be delivered to the widget that has focus.
  An Enter that no burst precedes within the gap is a bare Enter.
- ``WedgeFilter`` is the thin Qt adapter: an application-wide event filter, so
  scans work wherever focus is, that feeds key events into the decoder with their
  timestamps and replays the typing it held back.

Nothing is split or merged: a scan ends exactly at its Enter, and the next key
starts a new burst, however soon it comes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


# -- pure timing logic ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Scan:
    text: str


@dataclass(frozen=True)
class BareEnter:
    pass


@dataclass(frozen=True)
class Typed:
    """Keys that were typing after all; deliver them in order. ``enter``: an Enter followed them."""

    payloads: tuple[Any, ...]
    enter: Any = None


Output = Scan | BareEnter | Typed


@dataclass
class _Burst:
    chars: list[str] = field(default_factory=list)
    payloads: list[Any] = field(default_factory=list)
    last_t: float = 0.0
    waits: int = 0  # timeouts survived while it looked like a scan missing its Enter


class WedgeDecoder:
    """Feed key presses with their times in milliseconds; get scans, bare Enters and typing back.

    ``timeout()`` is for the adapter's timer: call it when no key arrived for ``flush_ms``
    of wall time, so held-back typing is not held forever.
    """

    def __init__(self, max_gap_ms: float = 40, min_length: int = 4, max_waits: int = 5) -> None:
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.max_waits = max_waits  # a fast burst without Enter yet may be a scan still arriving
        self._burst = _Burst()
        self._last_enter_t: float | None = None

    @property
    def flush_ms(self) -> float:
        """Wall time after the last key before held-back keys are given up as typing."""
        return max(2 * self.max_gap_ms, 60)

    @property
    def pending(self) -> bool:
        return bool(self._burst.chars)

    def key(self, text: str, t: float, payload: Any = None) -> list[Output]:
        """A printable key press at time ``t`` (ms)."""
        out: list[Output] = []
        burst = self._burst
        if burst.chars and t - burst.last_t > self.max_gap_ms:
            out.append(self._release())  # too slow to belong to the same burst: that was typing
        burst = self._burst
        burst.chars.append(text)
        burst.payloads.append(payload if payload is not None else text)
        burst.last_t = t
        return out

    def enter(self, t: float, payload: Any = None) -> list[Output]:
        """An Enter key press at time ``t`` (ms)."""
        burst = self._burst
        if burst.chars and t - burst.last_t <= self.max_gap_ms:
            if len(burst.chars) >= self.min_length:
                text = "".join(burst.chars)
                self._burst = _Burst()
                return [Scan(text)]
            # a short fast burst then Enter: someone typing quickly; the Enter goes with the typing
            return [self._release(enter=payload if payload is not None else "\r")]
        out: list[Output] = [self._release()] if burst.chars else []
        out.append(BareEnter())
        return out

    def other(self) -> list[Output]:
        """A key that is neither printable nor Enter (Backspace, Tab, arrows, shortcuts): typing."""
        return [self._release()] if self._burst.chars else []

    def timeout(self) -> list[Output]:
        """No key for ``flush_ms`` of wall time. Returns [] when the burst should wait longer."""
        burst = self._burst
        if not burst.chars:
            return []
        if len(burst.chars) >= self.min_length and burst.waits < self.max_waits:
            # Looks like a scan whose Enter has not arrived (or a busy machine delivering keys late):
            # wait a little longer rather than spill half a barcode into a text field.
            burst.waits += 1
            return []
        if len(burst.chars) >= self.min_length:
            log.info("a fast burst of %d keys ended without Enter: delivered as typing "
                     "(is the scanner's Enter suffix switched on?)", len(burst.chars))
        return [self._release()]

    def _release(self, enter: Any = None) -> Typed:
        typed = Typed(tuple(self._burst.payloads), enter)
        self._burst = _Burst()
        return typed


# -- Qt adapter -----------------------------------------------------------------------------------
try:  # the decoder above is importable without Qt (unit tests, tools)
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

except ImportError:  # pragma: no cover - Qt is a dependency of the app
    QObject = object  # type: ignore[misc,assignment]


_ENTER_KEYS = {0x01000004, 0x01000005}  # Qt.Key_Return, Qt.Key_Enter
_BLOCKING_MODIFIERS = None  # set lazily: Ctrl/Alt/Meta make a key a shortcut, never scan data


def _now_ms() -> float:
    return time.monotonic() * 1000.0


if QObject is not object:

    _MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
                      Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock}

    class WedgeFilter(QObject):
        """Application-wide event filter that turns wedge bursts into ``scanned(str)``.

        ``is_active`` says when scanner input is ours (the main window is the active window);
        otherwise every key goes through untouched (dialogs, the scanner test field).
        """

        scanned = Signal(str)
        bare_enter = Signal()

        def __init__(self, max_gap_ms: float = 40, min_length: int = 4,
                     is_active: Callable[[], bool] | None = None, parent: QObject | None = None) -> None:
            super().__init__(parent)
            self.decoder = WedgeDecoder(max_gap_ms, min_length)
            self.is_active = is_active or (lambda: True)
            self._replaying = False
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._on_timeout)
            self._modifiers = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                               | Qt.KeyboardModifier.MetaModifier)

        def configure(self, max_gap_ms: float, min_length: int) -> None:
            self.decoder.max_gap_ms = max_gap_ms
            self.decoder.min_length = min_length

        def install(self, app: QCoreApplication | None = None) -> None:
            (app or QApplication.instance()).installEventFilter(self)

        def uninstall(self, app: QCoreApplication | None = None) -> None:
            (app or QApplication.instance()).removeEventFilter(self)

        # -- event filter --------------------------------------------------------------------
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            etype = event.type()
            if etype not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or self._replaying:
                return False
            if not self.is_active():
                if self.decoder.pending:
                    self._deliver(self.decoder.other())
                return False
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            text = key_event.text()
            shortcut = bool(key_event.modifiers() & self._modifiers)
            is_enter = key in _ENTER_KEYS and not shortcut
            printable = bool(text) and len(text) == 1 and text.isprintable() and not shortcut
            if etype == QEvent.Type.ShortcutOverride:
                # Ours to decide: accepting it stops a shortcut (say, Space on a button) from firing
                # before the KeyPress reaches this filter.
                if is_enter or printable:
                    event.accept()
                    return True
                return False
            if key_event.isAutoRepeat():  # a key held down is a person, never a scanner
                self._deliver(self.decoder.other())
                return False
            stamp = key_event.timestamp()
            t = float(stamp) if stamp else _now_ms()
            if is_enter:
                self._timer.stop()
                self._deliver(self.decoder.enter(t, self._copy(key_event)))
                return True
            if printable:
                self._deliver(self.decoder.key(text, t, self._copy(key_event)))
                self._timer.start(int(self.decoder.flush_ms))
                return True
            if key in _MODIFIER_KEYS:  # scanners press Shift for capitals and ':'; it is part of the burst
                return False
            self._timer.stop()
            self._deliver(self.decoder.other())
            return False

        def _on_timeout(self) -> None:
            out = self.decoder.timeout()
            if self.decoder.pending:
                self._timer.start(int(self.decoder.flush_ms))
            self._deliver(out)

        # -- outputs -------------------------------------------------------------------------
        @staticmethod
        def _copy(event: QKeyEvent) -> QKeyEvent:
            return QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text(),
                             event.isAutoRepeat(), event.count())

        def _deliver(self, outputs: list[Output]) -> None:
            for output in outputs:
                if isinstance(output, Scan):
                    self.scanned.emit(output.text)
                elif isinstance(output, BareEnter):
                    self.bare_enter.emit()
                elif isinstance(output, Typed):
                    self._replay([*output.payloads, *([output.enter] if output.enter is not None else [])])

        def _replay(self, events: list) -> None:
            """Give held-back typing to the widget that has focus, as if it had never been held."""
            target = QApplication.focusWidget()
            if target is None:
                return
            self._replaying = True
            try:
                for event in events:
                    if isinstance(event, QKeyEvent):
                        QCoreApplication.sendEvent(target, event)
            finally:
                self._replaying = False
