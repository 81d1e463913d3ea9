"""Device latencies (run with --benchmark-enable; p50/p99 land in extra_info and are printed with -s).

1. A scan written to a serial port (pty master) -> the scanner callback (reader thread), and -> a slot on
   the GUI thread through DeviceBridge (what the pack view hangs on).
2. A label job enqueued -> its last byte at a raw 9100 listener on 127.0.0.1 (record, wake, send).
"""

from __future__ import annotations

import os
import statistics
import threading
import time

import pytest

from station.devices.printqueue import PrintWorker
from station.devices.scanner import SerialScanner
from station.devices.state import Status
from support.printers import DictSettings, RawPrinter

ROUNDS = 300


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def report(benchmark, name: str, samples_s: list[float]) -> None:
    ms = [s * 1000 for s in samples_s]
    info = {"p50_ms": round(statistics.median(ms), 3), "p99_ms": round(percentile(ms, 99), 3),
            "max_ms": round(max(ms), 3), "n": len(ms)}
    benchmark.extra_info.update(info)
    print(f"\n{name}: {info}")


@pytest.fixture
def scanner_port(tmp_path):
    master, slave = os.openpty()
    name = os.ttyname(slave)
    os.close(slave)
    link = tmp_path / "ttyACM0"
    os.symlink(name, link)
    yield master, link
    os.close(master)


def _start_scanner(link, on_scan):
    scanner = SerialScanner(f"serial://{link}?baud=115200", on_scan)
    scanner.start()
    deadline = time.monotonic() + 5
    while scanner.state.status is not Status.CONNECTED and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.05)
    return scanner


def test_scan_on_serial_port_to_callback(benchmark, scanner_port):
    master, link = scanner_port
    arrived = threading.Event()
    stamp = {}

    def on_scan(scan):
        stamp["at"] = time.perf_counter()
        arrived.set()

    scanner = _start_scanner(link, on_scan)
    samples: list[float] = []

    def one_scan():
        arrived.clear()
        sent = time.perf_counter()
        os.write(master, b"0123456789012\r")
        assert arrived.wait(2)
        samples.append(stamp["at"] - sent)

    try:
        benchmark.pedantic(one_scan, rounds=ROUNDS, iterations=1, warmup_rounds=5)
    finally:
        scanner.stop()
    report(benchmark, "serial scan -> reader callback", samples)


def test_scan_on_serial_port_to_gui_slot(benchmark, qapp, scanner_port):
    from PySide6.QtCore import QObject, Slot

    from station.ui.device_status import DeviceBridge

    master, link = scanner_port

    class PackView(QObject):
        at = None

        @Slot(object)
        def on_scan(self, scan):
            self.at = time.perf_counter()

    view = PackView()
    bridge = DeviceBridge()
    bridge.scan.connect(view.on_scan)
    scanner = _start_scanner(link, bridge.on_scan)
    samples: list[float] = []

    def one_scan():
        view.at = None
        sent = time.perf_counter()
        os.write(master, b"0123456789012\r")
        deadline = sent + 2
        while view.at is None and time.perf_counter() < deadline:
            qapp.processEvents()
        assert view.at is not None
        samples.append(view.at - sent)

    try:
        benchmark.pedantic(one_scan, rounds=ROUNDS, iterations=1, warmup_rounds=5)
    finally:
        scanner.stop()
    report(benchmark, "serial scan -> GUI-thread slot", samples)


def test_label_enqueued_to_last_byte_at_9100(benchmark, store):
    listener = RawPrinter()
    settings = DictSettings({"printers.label": f"tcp://127.0.0.1:{listener.port}", "label.format": "zpl203"})
    worker = PrintWorker(store, settings, station="bench")
    queue = worker.queue()
    worker.start()
    samples: list[float] = []
    counter = iter(range(10**9))
    body = b"^FO50,50^BY3^BCN,200,Y,N,N^FD1Z999AA10123456784^FS" * 20  # a label-sized job (~1 KB)

    def one_job():
        label = b"^XA^PW812^LL1218" + body + f"^FO9,9^FD{next(counter)}^FS^XZ".encode()
        start = time.perf_counter()
        queue.enqueue("label", "shipping_label", label, "application/zpl")
        jobs = listener.wait_jobs(len(samples) + 1)
        assert jobs[-1] == label
        samples.append(listener.last_byte_at[len(samples)] - start)

    try:
        benchmark.pedantic(one_job, rounds=100, iterations=1, warmup_rounds=3)
    finally:
        worker.stop()
        listener.close()
    report(benchmark, f"label queued -> last byte at 9100 ({store.engine.dialect.name})", samples)
