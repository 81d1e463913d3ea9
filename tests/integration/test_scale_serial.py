"""Serial scales through pseudo-terminal pairs: SICS, NCI and continuous scales simulated on the master side."""

from __future__ import annotations

import os
import select
import threading
import time

import pytest

from station.devices.scale import ScaleState, SerialScale, make_scale
from station.devices.state import Status

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")


class SimScale:
    """A scale on the far end of a pty. ``answer(command) -> bytes`` for polled protocols;
    ``stream() -> bytes`` every 50 ms for continuous ones. ``silent`` = switched off."""

    def __init__(self, link, answer=None, stream=None) -> None:
        self.link, self.answer, self.stream = link, answer, stream
        self.silent = False
        self.commands: list[bytes] = []
        self._stop = threading.Event()
        self.master, slave = os.openpty()
        os.set_blocking(self.master, False)  # a full tty buffer must not hang the simulator
        name = os.ttyname(slave)
        os.close(slave)
        os.symlink(name, link)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        buffer = b""
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    buffer += os.read(self.master, 1024)
                except BlockingIOError:
                    continue
                except OSError:  # nobody has the slave open yet
                    time.sleep(0.02)
                    continue
                for end in (b"\r\n", b"\r"):
                    while end in buffer:
                        command, _, buffer = buffer.partition(end)
                        self.commands.append(command)
                        if self.answer and not self.silent:
                            try:
                                os.write(self.master, self.answer(command))
                            except OSError:
                                pass
            elif self.stream and not self.silent:
                try:
                    os.write(self.master, self.stream())
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        os.close(self.master)
        if os.path.lexists(self.link):
            os.unlink(self.link)


def wait_reading(scale, predicate, timeout: float = 5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = scale.reading
        if predicate(value):
            return value
        time.sleep(0.01)
    raise AssertionError(f"reading not reached; last {scale.reading}")


@pytest.fixture
def link(tmp_path):
    return tmp_path / "ttyUSB0"


def test_sics_scale_stable_unstable_overload_under_zero(link):
    frame = {"value": b"S D      0.512 kg\r\n"}
    sim = SimScale(link, answer=lambda cmd: frame["value"] if cmd == b"SI" else b"ES\r\n")
    readings: list = []
    scale = SerialScale(f"serial://{link}?baud=9600&protocol=sics", readings.append, poll_s=0.05, retry_s=0.1)
    scale.start()
    try:
        value = wait_reading(scale, lambda r: r.state is ScaleState.UNSTABLE)
        assert value.grams == pytest.approx(512.0)
        frame["value"] = b"S S      1.250 kg\r\n"
        value = wait_reading(scale, lambda r: r.stable)
        assert value.grams == pytest.approx(1250.0) and value.text == "1250 g"
        frame["value"] = b"S +\r\n"
        assert "overloaded" in wait_reading(scale, lambda r: r.state is ScaleState.OVERLOAD).message
        frame["value"] = b"S -\r\n"
        assert "below zero" in wait_reading(scale, lambda r: r.state is ScaleState.UNDER_ZERO).message
        assert b"SI" in sim.commands
        assert [r.state for r in readings][:2] == [ScaleState.UNSTABLE, ScaleState.STABLE]
    finally:
        scale.stop()
        sim.close()


def test_nci_scale_in_pounds_and_switched_off(link):
    status = {"frame": b"\n  2.50LB\r\nS00\r\x03"}
    sim = SimScale(link, answer=lambda cmd: status["frame"] if cmd == b"W" else b"\n?\r\x03")
    states: list = []
    scale = make_scale(f"serial://{link}?protocol=nci", on_state=states.append, poll_s=0.05,
                       answer_timeout_s=0.3, retry_s=0.1)
    scale.start()
    try:
        value = wait_reading(scale, lambda r: r.stable)
        assert value.grams == pytest.approx(2.5 * 453.59237) and value.unit == "lb"
        status["frame"] = b"\n  2.70LB\r\nS10\r\x03"  # motion bit
        assert wait_reading(scale, lambda r: r.state is ScaleState.UNSTABLE).grams == pytest.approx(1224.69, 0.01)
        status["frame"] = b"\n  1lb  4.0oz\r\nS00\r\x03"
        assert wait_reading(scale, lambda r: r.stable).grams == pytest.approx(453.59237 + 4 * 28.349523125)
        status["frame"] = b"\n^^^^^^\r\nS02\r\x03"  # over capacity
        wait_reading(scale, lambda r: r.state is ScaleState.OVERLOAD)
        sim.silent = True  # switched off: the port is there but nobody answers
        off = wait_reading(scale, lambda r: r.state is ScaleState.OFF)
        assert off.text == "Scale is off or not answering"
        assert states[-1].status is Status.DISCONNECTED and "does not answer" in states[-1].message
        sim.silent = False
        status["frame"] = b"\n  0.00LB\r\nS20\r\x03"  # at zero
        assert wait_reading(scale, lambda r: r.stable).grams == 0
        assert scale.state.status is Status.CONNECTED
    finally:
        scale.stop()
        sim.close()


def test_continuous_scale_without_flag_becomes_stable_when_weight_settles(link):
    weights = iter([b"  0.10 kg\r\n", b"  0.40 kg\r\n", b"  0.90 kg\r\n"])
    current = {"line": b"  0.05 kg\r\n"}

    def stream():
        current["line"] = next(weights, current["line"])
        return current["line"]

    sim = SimScale(link, stream=stream)
    scale = SerialScale(f"serial://{link}?protocol=continuous", retry_s=0.1)
    scale.start()
    try:
        value = wait_reading(scale, lambda r: r.stable)
        assert value.grams == pytest.approx(900.0)
    finally:
        scale.stop()
        sim.close()


def test_continuous_scale_with_st_us_flags(link):
    line = {"value": b"US,GS,+  0.350kg\r\n"}
    sim = SimScale(link, stream=lambda: line["value"])
    scale = SerialScale(f"serial://{link}?protocol=continuous", retry_s=0.1)
    scale.start()
    try:
        wait_reading(scale, lambda r: r.state is ScaleState.UNSTABLE and r.grams is not None)
        line["value"] = b"ST,GS,+  0.360kg\r\n"
        assert wait_reading(scale, lambda r: r.stable).grams == pytest.approx(360.0)
        line["value"] = b"OL,GS,+  9.999kg\r\n"
        wait_reading(scale, lambda r: r.state is ScaleState.OVERLOAD)
    finally:
        scale.stop()
        sim.close()


def test_unplugged_scale_reports_off_and_comes_back(link):
    sim = SimScale(link, answer=lambda cmd: b"S S    100.0 g\r\n")
    scale = SerialScale(f"serial://{link}?protocol=sics", poll_s=0.05, retry_s=0.1)
    scale.start()
    try:
        wait_reading(scale, lambda r: r.stable)
        sim.close()  # unplugged: the tty and its name are gone
        off = wait_reading(scale, lambda r: r.state is ScaleState.OFF)
        assert "not connected" in off.message
        sim = SimScale(link, answer=lambda cmd: b"S S    200.0 g\r\n")
        assert wait_reading(scale, lambda r: r.stable and r.grams == 200.0).text == "200 g"
    finally:
        scale.stop()
        sim.close()
