"""Settings > Devices, the scanner test field and the device status widget, offscreen with pytest-qt."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from station.devices.printqueue import PrintWorker
from station.devices.scale import ScaleState, reading
from station.devices.scanner import Scan
from station.devices.state import DeviceState, Status
from station.settings import Settings
from station.ui.device_status import DeviceBridge, DeviceStatusWidget
from station.ui.devices_page import DevicesPage
from station.ui.scanner_test import ScannerTestField
from support.printers import RawPrinter, free_port


@pytest.fixture
def listener():
    printer = RawPrinter()
    yield printer
    printer.sock.close()


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path)


def test_printer_check_answers_in_plain_words(qtbot, settings, listener):
    page = DevicesPage(settings, find_ports=lambda: [])
    qtbot.addWidget(page)
    page.label_printer.setCurrentText(f"tcp://127.0.0.1:{listener.port}")
    qtbot.mouseClick(page.findChild(type(page.find_button), "check_label"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.results["label"].text() == f"Printer at 127.0.0.1:{listener.port} answers.")
    port = free_port()
    page.label_printer.setCurrentText(f"tcp://127.0.0.1:{port}")
    page.check("label")
    qtbot.waitUntil(lambda: page.results["label"].text() ==
                    f"Printer at 127.0.0.1:{port} does not answer: is it switched on?")
    page.slip_printer.setCurrentText("lpt1")
    page.check("slip")
    qtbot.waitUntil(lambda: "not a printer address" in page.results["slip"].text())


def test_scanner_and_scale_checks(qtbot, settings, tmp_path):
    page = DevicesPage(settings, find_ports=lambda: ["/dev/ttyUSB7"])
    qtbot.addWidget(page)
    assert page.scanner.findText("serial:///dev/ttyUSB7?baud=9600") >= 0
    assert page.scale.findText("serial:///dev/ttyUSB7?baud=9600&protocol=sics") >= 0
    page.scanner.setCurrentText(f"serial://{tmp_path / 'ttyACM0'}?baud=9600")
    page.check("scanner")
    qtbot.waitUntil(lambda: page.results["scanner"].text() ==
                    f"Scanner not found at {tmp_path / 'ttyACM0'}: is it plugged in?")
    page.scale.setCurrentText("none")
    page.check("scale")
    qtbot.waitUntil(lambda: page.results["scale"].text().startswith("No scale"))


def test_find_printers_lists_cups_queues(qtbot, settings):
    page = DevicesPage(settings, find_printers=lambda: ["cups:Zebra_GK420d", "qt:Office"], find_ports=lambda: [])
    qtbot.addWidget(page)
    page.find_printers()
    qtbot.waitUntil(lambda: page.label_printer.findText("cups:Zebra_GK420d") >= 0)
    assert page.slip_printer.findText("qt:Office") >= 0
    assert "Found 2 printer(s): cups:Zebra_GK420d, qt:Office." == page.results["label"].text()


def test_print_test_label_reaches_the_printer_and_says_so(qtbot, settings, store, listener):
    bridge = DeviceBridge()
    worker = PrintWorker(store, settings, station="bench", on_job=bridge.on_job)
    page = DevicesPage(settings, worker.queue(), find_ports=lambda: [])
    qtbot.addWidget(page)
    bridge.job.connect(page.job_changed)
    page.label_printer.setCurrentText(f"tcp://127.0.0.1:{listener.port}")
    page.label_format.setCurrentIndex(page.label_format.findData("zpl300"))
    worker.start()
    try:
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.results["test"].text().startswith("Test label printed"), timeout=10000)
    finally:
        worker.stop()
    [label] = listener.jobs
    assert label.startswith(b"^XA") and b"^PW1200" in label and b"TEST-300-1200X1800" in label
    assert settings.get("printers.label") == ""  # trying is not saving


def test_save_validates_and_announces(qtbot, settings, tmp_path):
    page = DevicesPage(settings, find_ports=lambda: [])
    qtbot.addWidget(page)
    page.scanner.setCurrentText("COM3")
    page.save()
    assert page.message.text() == "Not saved: the scanner is not wedge or a serial URI"
    page.scanner.setCurrentText("serial://COM3?baud=9600")
    page.label_printer.setCurrentText(f"file:{tmp_path / 'labels'}")
    page.label_format.setCurrentIndex(page.label_format.findData("pdf"))
    with qtbot.waitSignal(page.saved):
        page.save()
    again = Settings(tmp_path)
    assert (again.get("scanner"), again.get("printers.label"), again.get("label.format")) == \
        ("serial://COM3?baud=9600", f"file:{tmp_path / 'labels'}", "pdf")


def key(text: str, code: Qt.Key | None = None) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, code or Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text)


def test_scanner_test_field_shows_raw_characters(qtbot):
    field = ScannerTestField(max_key_gap_ms=40)
    qtbot.addWidget(field)
    qtbot.keyClicks(field.input, "0123456789")
    qtbot.keyClick(field.input, Qt.Key.Key_Return)
    [report] = field.reports
    assert report.visible == "0123456789<CR>" and report.suffix == "Enter"
    assert len(report.gaps_ms) == 11
    assert "0123456789<CR>" in field.log.toPlainText()


def test_scanner_test_field_diagnoses_slow_keys_missing_suffix_and_layout(qtbot):
    field = ScannerTestField(max_key_gap_ms=40, end_after_ms=100)
    qtbot.addWidget(field)
    for i, ch in enumerate("]C1"):
        field.key(key(ch), at=i * 0.010)
    field.key(key("\x1d"), at=0.030)
    field.key(key("9"), at=0.120)  # 90 ms: slower than allowed
    field.key(key("\r", Qt.Key.Key_Return), at=0.125)
    slow = field.reports[-1]
    assert slow.visible == "]C1<GS>9<CR>"
    assert any("90 ms" in p and "scanner.max_key_gap_ms" in p for p in slow.problems)
    assert "] 0  C 10  1 10  <GS> 10  9 90  <CR> 5" in field.log.toPlainText()

    with qtbot.waitSignal(field.scanned, timeout=2000):  # no Enter: ends after the pause
        qtbot.keyClicks(field.input, "ABC")
    assert field.reports[-1].suffix is None and "No Enter" in field.reports[-1].problems[0]

    for ch in "&é\"'(":  # QTest cannot type non-ASCII keys; the events are what a French layout gives
        field.key(key(ch))
    field.key(key("\r", Qt.Key.Key_Return))
    assert "AZERTY" in field.result.text() and "'12345'" in field.result.text()


def test_scanner_test_field_shows_serial_scans():
    field = ScannerTestField()
    field.show_serial_scan(Scan("4006381333931", b"4006381333931\r\n", True, 1.0, 1.002))
    assert field.reports[-1].visible == "4006381333931<CR><LF>"
    field.show_serial_scan(Scan("ABC", b"ABC", False, 1.0, 1.0))
    assert field.reports[-1].problems[0].startswith("No suffix")


def test_status_widget_follows_device_states(qtbot):
    bridge = DeviceBridge()
    status = DeviceStatusWidget()
    qtbot.addWidget(status)
    bridge.connect_status(status)
    worker_thread = threading.Thread(target=lambda: (
        bridge.on_state(DeviceState("scanner", Status.DISCONNECTED, "Scanner at /dev/ttyACM0 was unplugged")),
        bridge.on_printer(DeviceState("printer:label", Status.WAITING, "Printer at 127.0.0.1:9100 does not answer")),
        bridge.on_scale(reading(ScaleState.STABLE, 1250.0, "g", "1250 g")),
    ))
    worker_thread.start()  # callbacks come from device threads
    worker_thread.join()
    qtbot.waitUntil(lambda: status.text("scale") == "Scale: 1250 g")
    assert status.text("scanner") == "Scanner: Scanner at /dev/ttyACM0 was unplugged"
    assert status.text("printer:label").endswith("does not answer")
    assert status.labels["printer:label"].property("tone") == "warn"
    status.show_scale(reading(ScaleState.OVERLOAD))
    assert status.text("scale") == "Scale: Scale overloaded: take the parcel off"
    status.show_state(DeviceState("scanner", Status.CONNECTED, "Scanner ready on /dev/ttyACM0"))
    assert status.text("scanner") == "Scanner: ready"


def test_a_port_the_station_holds_is_not_reopened(qtbot, settings):
    uri = "serial:///dev/ttyACM0?baud=9600"
    states = {"scanner": DeviceState("scanner", Status.CONNECTED, "Scanner ready on /dev/ttyACM0", uri)}
    page = DevicesPage(settings, find_ports=lambda: [], device_states=lambda: states)
    qtbot.addWidget(page)
    page.scanner.setCurrentText(uri)
    page.check("scanner")
    assert page.results["scanner"].text() == "Scanner is in use by the station: Scanner ready on /dev/ttyACM0"
    states["scanner"] = DeviceState("scanner", Status.DISCONNECTED, "Scanner at /dev/ttyACM0 was unplugged", uri)
    page.check("scanner")
    assert page.results["scanner"].text() == "Scanner at /dev/ttyACM0 was unplugged"
