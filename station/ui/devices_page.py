"""Settings > Devices: choose the printers, label format, scanner and scale; check each one live; print a
test label; try the scanner in a test field. Every check runs off the GUI thread and answers in words.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from station.devices.checks import CheckResult, check_printer, check_scale, check_scanner
from station.devices.labelcheck import LabelMismatch, content_type_of
from station.devices.printers import discover_printers
from station.devices.printqueue import TEST_LABEL, PrintQueue
from station.settings import KEYS, SettingsError
from station.ui.messages import translate_message
from station.ui.scanner_test import ScannerTestField

log = logging.getLogger(__name__)

LABEL_FORMATS = [("zpl203", QT_TRANSLATE_NOOP("DevicesPage", "ZPL, 203 dpi (most thermal printers)")),
                 ("zpl300", QT_TRANSLATE_NOOP("DevicesPage", "ZPL, 300 dpi")),
                 ("pdf", QT_TRANSLATE_NOOP("DevicesPage", "PDF 4x6 (driver printer)")),
                 ("png", QT_TRANSLATE_NOOP("DevicesPage", "PNG 4x6 (image)"))]
SCALE_PROTOCOLS = ("nci", "sics", "continuous")
FIELD_NAMES = {"printers.label": QT_TRANSLATE_NOOP("DevicesPage", "label printer"),
               "printers.slip": QT_TRANSLATE_NOOP("DevicesPage", "slip printer"),
               "label.format": QT_TRANSLATE_NOOP("DevicesPage", "label format"),
               "scanner": QT_TRANSLATE_NOOP("DevicesPage", "scanner"),
               "scale": QT_TRANSLATE_NOOP("DevicesPage", "scale")}


def serial_ports() -> list[str]:
    try:
        from serial.tools import list_ports
    except ImportError:
        return []
    return sorted(port.device for port in list_ports.comports())


class _Overlay:
    """Settings as saved, with the page's unsaved choices on top (for checks and the test label)."""

    def __init__(self, settings, values: dict) -> None:
        self.settings, self.values = settings, values

    def get(self, name: str):
        return self.values[name] if name in self.values else self.settings.get(name)


class DevicesPage(QWidget):
    """``saved`` is emitted after Save (restart the devices then: ``Devices.restart()``).
    Connect ``DeviceBridge.job`` to ``job_changed`` so the test label's fate is shown."""

    saved = Signal()
    _answer = Signal(str, bool, str)  # which row, ok, message: from a check thread to the GUI thread

    def __init__(self, settings, queue: PrintQueue | None = None, parent: QWidget | None = None, *,
                 find_printers: Callable[[], list[str]] = discover_printers,
                 find_ports: Callable[[], list[str]] = serial_ports,
                 device_states: Callable[[], dict] | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.queue = queue
        self.find_printers_now = find_printers
        self.find_ports = find_ports
        self.device_states = device_states  # Devices.states: a port the station already holds is not reopened
        self.results: dict[str, QLabel] = {}
        self._answer.connect(self._show_answer)
        self._test_job: int | None = None

        layout = QVBoxLayout(self)
        printers = QGroupBox(self.tr("Printers"), self)
        form = QFormLayout(printers)
        self.label_printer = self._combo("labelPrinter", settings.get("printers.label"))
        self.slip_printer = self._combo("slipPrinter", settings.get("printers.slip"))
        self.label_format = QComboBox(self)
        self.label_format.setObjectName("labelFormat")
        for value, text in LABEL_FORMATS:
            self.label_format.addItem(self.tr(text), value)
        self.label_format.setCurrentIndex(max(0, [v for v, _ in LABEL_FORMATS].index(settings.get("label.format"))
                                              if settings.get("label.format") in dict(LABEL_FORMATS) else 0))
        self.find_button = QPushButton(self.tr("Find printers"), self)
        self.find_button.setObjectName("findPrinters")
        self.find_button.clicked.connect(self.find_printers)
        self.test_button = QPushButton(self.tr("Print test label"), self)
        self.test_button.setObjectName("printTestLabel")
        self.test_button.clicked.connect(self.print_test_label)
        self.test_button.setEnabled(queue is not None)
        form.addRow(self.tr("Label printer"), self._row("label", self.label_printer))
        form.addRow("", self._result("label"))
        form.addRow(self.tr("Label format"), self.label_format)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        form.addRow("", self._result("test"))
        form.addRow(self.tr("Slip printer"), self._row("slip", self.slip_printer))
        form.addRow("", self._result("slip"))
        layout.addWidget(printers)

        inputs = QGroupBox(self.tr("Scanner and scale"), self)
        form = QFormLayout(inputs)
        self.scanner = self._combo("scanner", settings.get("scanner"))
        self.scale = self._combo("scale", settings.get("scale"))
        form.addRow(self.tr("Scanner"), self._row("scanner", self.scanner))
        form.addRow("", self._result("scanner"))
        form.addRow(self.tr("Scale"), self._row("scale", self.scale))
        form.addRow("", self._result("scale"))
        self.scanner_test = ScannerTestField(int(settings.get("scanner.max_key_gap_ms")), parent=self)
        form.addRow(self.tr("Scanner test"), self.scanner_test)
        layout.addWidget(inputs)

        bottom = QHBoxLayout()
        self.message = QLabel("", self)
        self.message.setObjectName("saveMessage")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.fill_choices()

    # -- building ---------------------------------------------------------------------------------
    def _combo(self, name: str, value: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setMinimumContentsLength(36)
        if value:
            combo.addItem(value)
        combo.setCurrentText(value or "")
        return combo

    def _row(self, key: str, combo: QComboBox) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(combo, 1)
        button = QPushButton(self.tr("Check"), row)
        button.setObjectName(f"check_{key}")
        button.clicked.connect(lambda: self.check(key))
        box.addWidget(button)
        return row

    def _result(self, key: str) -> QLabel:
        label = QLabel("", self)
        label.setObjectName(f"result_{key}")
        label.setWordWrap(True)
        self.results[key] = label
        return label

    def _add_items(self, combo: QComboBox, items: list[str]) -> None:
        current = combo.currentText()
        known = {combo.itemText(i) for i in range(combo.count())}
        for item in items:
            if item not in known:
                combo.addItem(item)
        combo.setCurrentText(current)

    def fill_choices(self) -> None:
        ports = self.find_ports()
        self._add_items(self.scanner, ["wedge"] + [f"serial://{p}?baud=9600" for p in ports])
        self._add_items(self.scale, ["none"] + [f"serial://{p}?baud=9600&protocol={proto}"
                                                for p in ports for proto in SCALE_PROTOCOLS])

    @Slot()
    def find_printers(self) -> None:
        self.results["label"].setText(self.tr("Looking for printers..."))

        def work() -> None:
            found = self.find_printers_now()
            text = (self.tr("Found {n} printer(s): {names}.").format(n=len(found), names=", ".join(found)) if found
                    else self.tr("No printers found here. Type tcp://ADDRESS:9100 for a network label printer, "
                                 "or file:FOLDER to save labels as files."))
            self._found = found
            self._answer.emit("found", bool(found), text)

        threading.Thread(target=work, name="find-printers", daemon=True).start()

    # -- values -----------------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        return {
            "printers.label": self.label_printer.currentText().strip(),
            "printers.slip": self.slip_printer.currentText().strip(),
            "label.format": self.label_format.currentData(),
            "scanner": self.scanner.currentText().strip() or "wedge",
            "scale": self.scale.currentText().strip() or "none",
        }

    @Slot()
    def save(self) -> None:
        values = self.values()
        try:
            for name, value in values.items():  # check all first, so nothing is half saved
                try:
                    KEYS[name].parse(value)
                except SettingsError as exc:
                    raise SettingsError(self.tr("the {field} {problem}").format(
                        field=self.tr(FIELD_NAMES[name]), problem=exc)) from None
            before = {role: self.settings.get(f"printers.{role}") for role in ("label", "slip")}
            self.settings.update(values)
        except SettingsError as exc:
            self.message.setText(self.tr("Not saved: {problem}").format(problem=exc))
            self.message.setStyleSheet("color: #b00020")
            return
        moved = 0
        if self.queue is not None:
            for role in ("label", "slip"):
                uri = values[f"printers.{role}"]
                if uri and uri != before[role]:  # labels waiting for the old printer come out of the new one
                    moved += self.queue.reroute_pending(role, uri)
        self.message.setText(self.tr("Saved. The devices restart with these settings.")
                             + (" " + self.tr("{n} waiting job(s) go to the new printer.").format(n=moved)
                                if moved else ""))
        self.message.setStyleSheet("color: #1b7f3b")
        self.saved.emit()

    # -- checks -----------------------------------------------------------------------------------
    def check(self, key: str) -> None:
        values = self.values()
        job: Callable[[], CheckResult] = {
            "label": lambda: check_printer(values["printers.label"]),
            "slip": lambda: check_printer(values["printers.slip"]),
            "scanner": lambda: check_scanner(values["scanner"]),
            "scale": lambda: check_scale(values["scale"]),
        }[key]
        self.results[key].setText(self.tr("Checking..."))
        self.results[key].setStyleSheet("")
        running = (self.device_states() if self.device_states else {}).get(key)
        wanted = values.get(key)
        if running is not None and running.uri == wanted and wanted.startswith(("serial:", "hid:")):
            text = (self.tr("Scanner is in use by the station: {state}") if key == "scanner"
                    else self.tr("Scale is in use by the station: {state}"))
            self._show_answer(key, running.ok, text.format(state=translate_message(running.message)) if running.ok
                              else running.message)
            return

        def work() -> None:
            try:
                result = job()
            except Exception as exc:  # noqa: BLE001 - shown, never a traceback
                result = CheckResult(False, self.tr("The check failed: {error}").format(error=exc))
            self._answer.emit(key, result.ok, result.message)

        threading.Thread(target=work, name=f"check-{key}", daemon=True).start()

    @Slot(str, bool, str)
    def _show_answer(self, key: str, ok: bool, message: str) -> None:
        if key == "found":
            self._add_items(self.label_printer, self._found)
            self._add_items(self.slip_printer, self._found)
            key = "label"
        label = self.results[key]
        label.setText(translate_message(message))
        label.setStyleSheet("color: #1b7f3b" if ok else "color: #b00020")

    # -- test label -------------------------------------------------------------------------------
    @Slot()
    def print_test_label(self) -> None:
        if self.queue is None:
            return
        values = self.values()
        fmt = values["label.format"]
        try:
            from station.documents.testlabel import test_label
        except ImportError:
            self._show_answer("test", False, self.tr("Test labels are not available in this build."))
            return
        try:
            data = test_label(fmt, note=f"{values['printers.label']}")
        except Exception as exc:  # noqa: BLE001
            self._show_answer("test", False, self.tr("Could not make the test label: {error}").format(error=exc))
            return
        queue = PrintQueue(self.queue.store, _Overlay(self.settings, values), self.queue.station,
                           self.queue.operator, self.queue.on_enqueued)
        if not values["printers.label"]:
            self._show_answer("test", False, self.tr("Choose a label printer first."))
            return
        try:
            self._test_job = queue.enqueue("label", TEST_LABEL, data, content_type_of(fmt))
        except LabelMismatch as exc:
            self._show_answer("test", False, str(exc))
            return
        self._show_answer("test", True, self.tr("Test label sent (job {id})...").format(id=self._test_job))

    @Slot(object)
    def job_changed(self, job) -> None:
        """Connect to DeviceBridge.job: follows the test label without reading the database here."""
        if job.id != self._test_job:
            return
        if job.status == "printed":
            self._show_answer("test", True, self.tr("Test label printed. Every side of the frame should show and "
                                                    "the barcode should scan."))
        elif job.status in ("failed", "waiting"):
            self._show_answer("test", False, job.last_error or job.status)
