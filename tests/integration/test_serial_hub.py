"""Devices (the hub the main window uses): serial scanner and scale on ptys plus a folder printer, from settings."""

from __future__ import annotations

import os
import queue
import select
import threading
import time

import pytest

from station.devices.hub import Devices
from station.devices.scale import ScaleState
from station.devices.state import Status
from station.settings import Settings

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")


def pty_link(path):
    master, slave = os.openpty()
    name = os.ttyname(slave)
    os.close(slave)
    os.symlink(name, path)
    return master


def sics_scale(master, stop: threading.Event) -> None:
    while not stop.is_set():
        if select.select([master], [], [], 0.05)[0]:
            try:
                if b"SI" in os.read(master, 1024):
                    os.write(master, b"S S      0.750 kg\r\n")
            except OSError:
                time.sleep(0.02)


def wait(predicate, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


def test_devices_start_from_settings_report_and_stop(store, tmp_path):
    scanner_master = pty_link(tmp_path / "ttyACM0")
    scale_master = pty_link(tmp_path / "ttyUSB0")
    stop = threading.Event()
    threading.Thread(target=sics_scale, args=(scale_master, stop), daemon=True).start()
    settings = Settings(tmp_path / "data")
    settings.update({"scanner": f"serial://{tmp_path / 'ttyACM0'}?baud=9600",
                     "scale": f"serial://{tmp_path / 'ttyUSB0'}?baud=9600&protocol=sics",
                     "printers.slip": f"file:{tmp_path / 'slips'}"})
    scans: queue.Queue = queue.Queue()
    weights, states, jobs = [], [], []
    devices = Devices(settings, store, "bench-1", on_scan=scans.put, on_state=states.append, on_scale=weights.append,
                      on_job=jobs.append, on_printer=states.append)
    devices.start()
    try:
        assert wait(lambda: devices.states()["scanner"].status is Status.CONNECTED)
        assert wait(lambda: "printer:label" in devices.states())
        assert devices.states()["printer:label"].message == "No label printer chosen (Settings > Devices)"
        assert wait(lambda: devices.states().get("printer:slip") is not None)
        assert devices.states()["printer:slip"].message.endswith("is writable: jobs are saved there as files.")
        os.write(scanner_master, b"113-1234567-1234567\r")
        assert scans.get(timeout=5).text == "113-1234567-1234567"
        assert wait(lambda: any(w.state is ScaleState.STABLE and w.grams == 750.0 for w in weights))
        job_id = devices.queue("ann").enqueue("slip", "packing_slip", b"%PDF-1.4 slip", "application/pdf",
                                              order_id="113-1234567-1234567")
        assert wait(lambda: any(j.id == job_id and j.status == "printed" for j in jobs))
        assert (tmp_path / "slips" / f"{job_id:06d}-slip-packing_slip-113-1234567-1234567.pdf").exists()
        assert devices.states()["printer:slip"].status is Status.CONNECTED
        settings.set("scanner", "wedge")
        devices.restart()
        assert devices.states()["scanner"].message == "Keyboard scanner (wedge)"
        assert devices.scanner is None
    finally:
        devices.stop()
        stop.set()
        os.close(scanner_master)
        os.close(scale_master)
    assert devices.worker.idle


def test_wrong_settings_show_as_device_errors(store, tmp_path):
    settings = Settings(tmp_path)
    settings.update({"scale": "serial:///dev/ttyUSB9?protocol=dymo"})
    states = []
    devices = Devices(settings, store, "bench-1", on_state=states.append)
    devices.start()
    try:
        scale_state = devices.states()["scale"]
        assert scale_state.status is Status.ERROR and "protocol must be one of" in scale_state.message
        assert devices.states()["scanner"].message == "Keyboard scanner (wedge)"
    finally:
        devices.stop()
