"""Device callbacks as Qt signals, and the status-bar widget that shows scanner, scale and printers.

Devices call back on their own threads; ``DeviceBridge`` re-emits each call as a signal, which Qt
delivers on the GUI thread (queued connection), so slots may touch widgets.
"""

from __future__ import annotations

import ctypes
import sys
import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from station.devices.printqueue import PrintJob
from station.devices.scale import ScaleReading, ScaleState
from station.devices.scanner import Scan
from station.devices.state import DeviceState, Status
from station.ui.messages import translate_message


class _Probe(QObject):
    ping = Signal()


_emit_fix: bool | None = None
_emit_fix_lock = threading.Lock()


def _emit_drops_true() -> bool:
    """PySide6 6.12.0 on CPython < 3.12: ``Signal.emit()`` returns True without taking a reference, so every
    emit drops one reference to True and a busy app aborts ("bool_dealloc: deallocating True") after a few
    thousand signals. Measured once, not assumed, so a fixed PySide6 needs no change here."""
    if sys.version_info >= (3, 12):  # True is immortal there
        return False
    probe = _Probe()
    for _ in range(4):  # warm-up: a first emit on a new thread sets up Qt thread data, which holds refs too
        probe.ping.emit()
    rounds = 64
    before = sys.getrefcount(True)
    for _ in range(rounds):
        probe.ping.emit()
    dropped = before - sys.getrefcount(True)
    if dropped >= rounds - 8:  # other threads may hold or let go of a few references meanwhile
        for _ in range(rounds + 4):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))  # give back what the probe took
        return True
    return False


def emit(signal, *args) -> None:
    """``signal.emit(*args)`` that keeps True's reference count whole on affected PySide6 builds."""
    global _emit_fix
    if _emit_fix is None:
        with _emit_fix_lock:
            if _emit_fix is None:
                _emit_fix = _emit_drops_true()
    signal.emit(*args)
    if _emit_fix:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


class DeviceBridge(QObject):
    """Pass ``bridge.on_scan`` etc. as device callbacks; connect to the signals in the UI."""

    scan = Signal(object)  # Scan
    state = Signal(object)  # DeviceState (scanner, scale, printer:label, printer:slip)
    scale = Signal(object)  # ScaleReading
    job = Signal(object)  # PrintJob

    def on_scan(self, scan: Scan) -> None:
        emit(self.scan, scan)

    def on_state(self, state: DeviceState) -> None:
        emit(self.state, state)

    def on_printer(self, state: DeviceState) -> None:
        emit(self.state, state)

    def on_scale(self, reading: ScaleReading) -> None:
        emit(self.scale, reading)

    def on_job(self, job: PrintJob) -> None:
        emit(self.job, job)

    def connect_status(self, widget: "DeviceStatusWidget") -> None:
        self.state.connect(widget.show_state)
        self.scale.connect(widget.show_scale)
        self.job.connect(widget.show_job)


COLOURS = {"ok": "#1b7f3b", "warn": "#b26a00", "bad": "#b00020", "off": "#666666"}
NAMES = {"scanner": QT_TRANSLATE_NOOP("DeviceStatusWidget", "Scanner"),
         "scale": QT_TRANSLATE_NOOP("DeviceStatusWidget", "Scale"),
         "printer:label": QT_TRANSLATE_NOOP("DeviceStatusWidget", "Label printer"),
         "printer:slip": QT_TRANSLATE_NOOP("DeviceStatusWidget", "Slip printer")}
STATUS_WORDS = {Status.CONNECTED: QT_TRANSLATE_NOOP("DeviceStatusWidget", "ready"),
                Status.BUSY: QT_TRANSLATE_NOOP("DeviceStatusWidget", "printing"),
                Status.STOPPED: QT_TRANSLATE_NOOP("DeviceStatusWidget", "off")}


def _tone(status: Status) -> str:
    if status in (Status.CONNECTED, Status.BUSY):
        return "ok"
    if status in (Status.WAITING, Status.CONNECTING):
        return "warn"
    if status is Status.STOPPED:
        return "off"
    return "bad"


class DeviceStatusWidget(QWidget):
    """Four short labels for the status bar: a coloured dot and a word each; the full message is the tooltip
    (and the text itself when something is wrong, so the packer reads what to do)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        for device, name in NAMES.items():
            label = QLabel(self.tr("{name}: –").format(name=self.tr(name)), self)
            label.setObjectName(device.replace(":", "_") + "_status")
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label)
            self.labels[device] = label
        self.states: dict[str, DeviceState] = {}
        self.weight: ScaleReading | None = None

    def _paint(self, device: str, tone: str, text: str, tooltip: str) -> None:
        label = self.labels.get(device)
        if label is None:
            return
        label.setText(f'<span style="color:{COLOURS[tone]}">●</span> {self.tr(NAMES[device])}: '
                      f'{translate_message(text)}')
        label.setToolTip(translate_message(tooltip))
        label.setProperty("tone", tone)

    @Slot(object)
    def show_state(self, state: DeviceState) -> None:
        self.states[state.device] = state
        if state.device == "scale" and state.ok and self.weight is not None:
            self.show_scale(self.weight)
            return
        tone = _tone(state.status)
        short = STATUS_WORDS.get(state.status)
        short = self.tr(short) if short else None
        self._paint(state.device, tone, short if short and tone in ("ok", "off") else state.message or
                    state.status.value, state.message)

    @Slot(object)
    def show_scale(self, reading: ScaleReading) -> None:
        self.weight = reading
        tone = {ScaleState.STABLE: "ok", ScaleState.UNSTABLE: "warn", ScaleState.OFF: "off"}.get(reading.state, "bad")
        self._paint("scale", tone, reading.text, reading.message or reading.shown)

    @Slot(object)
    def show_job(self, job: PrintJob) -> None:
        device = f"printer:{job.role}"
        if job.status == "failed":
            self._paint(device, "bad", self.tr("job {id} not printed: {error}").format(
                id=job.id, error=translate_message(job.last_error)), job.last_error or "")

    def text(self, device: str) -> str:
        """The label's words without markup (tests, accessibility)."""
        label = self.labels[device]
        return label.text().split("</span>", 1)[-1].strip()
