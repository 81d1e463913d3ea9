"""USB HID POS scale through the real hidapi library: with no scale plugged in it must say so, and keep trying."""

from __future__ import annotations

import time

import pytest

from station.devices.scale import HidScale, ScaleState, make_scale
from station.devices.state import Status

hid = pytest.importorskip("hid")


def test_absent_usb_scale_reports_off_and_retries():
    states = []
    scale = make_scale("hid://0922:8003", on_state=states.append, retry_s=0.1)
    assert isinstance(scale, HidScale)
    scale.start()
    try:
        deadline = time.monotonic() + 5
        while not (states and states[-1].status is Status.DISCONNECTED) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert states[-1].message in ("USB scale 0922:8003 not found: is it plugged in and switched on?",
                                      "No permission to open USB scale 0922:8003: install the udev rule and "
                                      "replug it")
        assert scale.reading.state is ScaleState.OFF
        time.sleep(0.3)
        assert scale._thread.is_alive()  # still looking for it
    finally:
        scale.stop()
    assert scale.state.status is Status.STOPPED
