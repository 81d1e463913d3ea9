"""Device callbacks as Qt signals, and the status-bar widget that shows scanner, scale and printers.

Devices call back on their own threads; ``DeviceBridge`` re-emits each call as a signal, which Qt
delivers on the GUI thread (queued connection), so slots may touch widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from station.devices.printqueue import PrintJob
from station.devices.scale import ScaleReading, ScaleState
from station.devices.scanner import Scan
from station.devices.state import DeviceState, Status
from station.ui.messages import translate_message


class DeviceBridge(QObject):
    """Pass ``bridge.on_scan`` etc. as device callbacks; connect to the signals in the UI."""

    scan = Signal(object)  # Scan
    state = Signal(object)  # DeviceState (scanner, scale, printer:label, printer:slip)
    scale = Signal(object)  # ScaleReading
    job = Signal(object)  # PrintJob

    def on_scan(self, scan: Scan) -> None:
        self.scan.emit(scan)

    def on_state(self, state: DeviceState) -> None:
        self.state.emit(state)

    def on_printer(self, state: DeviceState) -> None:
        self.state.emit(state)

    def on_scale(self, reading: ScaleReading) -> None:
        self.scale.emit(reading)

    def on_job(self, job: PrintJob) -> None:
        self.job.emit(job)

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
