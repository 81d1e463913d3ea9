"""Serial scanner through a pseudo-terminal pair: the test plays the scanner on the master side."""

from __future__ import annotations

import os
import queue
import time

import pytest

from station.devices.scanner import SerialScanner
from station.devices.state import Status

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")


class FakePort:
    """A 'USB-CDC scanner': a pty whose slave appears under a fixed name (a symlink), like /dev/ttyACM0."""

    def __init__(self, link) -> None:
        self.link = link
        self.master = None
        self.plug()

    def plug(self) -> None:
        self.master, slave = os.openpty()
        name = os.ttyname(slave)
        os.close(slave)
        tmp = self.link.with_suffix(".new")
        os.symlink(name, tmp)
        os.replace(tmp, self.link)

    def unplug(self) -> None:
        os.close(self.master)
        self.master = None
        os.unlink(self.link)

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        if self.master is not None:
            os.close(self.master)


@pytest.fixture
def port(tmp_path):
    fake = FakePort(tmp_path / "ttyACM0")
    yield fake
    fake.close()


def wait_state(states: list, status: Status, timeout: float = 5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if states and states[-1].status is status:
            return states[-1]
        time.sleep(0.01)
    raise AssertionError(f"state {status} not reached; got {[(s.status, s.message) for s in states]}")


def take(scans: queue.Queue, count: int, timeout: float = 5.0) -> list:
    return [scans.get(timeout=timeout) for _ in range(count)]


def start(port, query: str = "", **kwargs):
    scans: queue.Queue = queue.Queue()
    states: list = []
    scanner = SerialScanner(f"serial://{port.link}?baud=9600{query}", scans.put, states.append, retry_s=0.1, **kwargs)
    scanner.start()
    wait_state(states, Status.CONNECTED)
    return scanner, scans, states


def test_scans_split_across_reads_are_joined_and_two_in_one_read_are_two(port):
    scanner, scans, _ = start(port)
    try:
        port.send(b"0123")
        time.sleep(0.03)  # the rest comes in a later read
        port.send(b"456789012\r")
        port.send(b"CMD:CONFIRM\r\nX-2\r\n")  # two scans (CRLF) in one write
        port.send(b"012345678905\r")
        port.send(b"\n")  # the LF of a CRLF arriving in the next read is no empty scan
        port.send(b"]C1\x1d0109501101530003\r")  # GS1 with a GS separator
        got = take(scans, 5)
        assert [s.text for s in got] == ["0123456789012", "CMD:CONFIRM", "X-2", "012345678905",
                                         "]C1\x1d0109501101530003"]
        assert all(s.terminated for s in got)
        assert got[4].visible == "]C1<GS>0109501101530003<CR>"
        time.sleep(0.2)
        assert scans.empty()
    finally:
        scanner.stop()


def test_no_suffix_scanner_ends_scans_by_the_gap(port):
    scanner, scans, _ = start(port, "&suffix=none&gap_ms=60")
    try:
        port.send(b"ABC")
        port.send(b"123")
        first = scans.get(timeout=5)
        port.send(b"XYZ")
        second = scans.get(timeout=5)
        assert (first.text, first.terminated) == ("ABC123", False)
        assert second.text == "XYZ"
    finally:
        scanner.stop()


def test_unplug_and_replug_reconnects_by_itself(port):
    scanner, scans, states = start(port)
    try:
        port.send(b"BEFORE\r")
        assert scans.get(timeout=5).text == "BEFORE"
        port.unplug()
        gone = wait_state(states, Status.DISCONNECTED)
        assert "Scanner" in gone.message and str(port.link) in gone.message
        assert scanner.state.status is Status.DISCONNECTED
        time.sleep(0.3)  # it keeps trying while unplugged
        port.plug()
        wait_state(states, Status.CONNECTED)
        port.send(b"AFTER\r")
        assert scans.get(timeout=5).text == "AFTER"
    finally:
        scanner.stop()
    assert scanner.state.status is Status.STOPPED


def test_missing_port_says_plug_it_in(tmp_path):
    states: list = []
    scanner = SerialScanner(f"serial://{tmp_path / 'ttyACM9'}?baud=9600", lambda s: None, states.append, retry_s=0.1)
    scanner.start()
    try:
        state = wait_state(states, Status.DISCONNECTED)
        assert state.message == f"Scanner not found at {tmp_path / 'ttyACM9'}: is it plugged in?"
    finally:
        scanner.stop()


def test_a_failing_callback_does_not_stop_the_reader(port):
    got = []

    def callback(scan):
        got.append(scan.text)
        if scan.text == "BOOM":
            raise RuntimeError("bug in the UI")

    scanner = SerialScanner(f"serial://{port.link}", callback, retry_s=0.1)
    scanner.start()
    try:
        deadline = time.monotonic() + 5
        while scanner.state.status is not Status.CONNECTED and time.monotonic() < deadline:
            time.sleep(0.01)
        port.send(b"BOOM\rNEXT\r")
        while len(got) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert got == ["BOOM", "NEXT"]
    finally:
        scanner.stop()
