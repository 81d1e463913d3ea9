"""Live checks of each device for the settings page, answered in plain language. Blocking: run off the GUI thread."""

from __future__ import annotations

import time
from dataclasses import dataclass

import serial

from station.devices.printers import PrinterError, make_printer
from station.devices.scale import ScaleState, make_scale
from station.devices.serialdev import explain_open_error, open_serial
from station.devices.uris import DeviceUriError, parse_serial_uri


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str


def check_printer(uri: str) -> CheckResult:
    if not uri:
        return CheckResult(False, "No printer chosen.")
    try:
        return CheckResult(True, make_printer(uri).check())
    except DeviceUriError as exc:
        return CheckResult(False, f"That is not a printer address: {exc}.")
    except PrinterError as exc:
        return CheckResult(False, str(exc))
    except Exception as exc:  # noqa: BLE001 - whatever it is, the supervisor sees it in words
        return CheckResult(False, f"The printer check failed: {exc}")


def check_scanner(uri: str) -> CheckResult:
    if not uri or uri == "wedge":
        return CheckResult(True, "Keyboard scanner (wedge): scan a code into the test field to check it.")
    try:
        parsed = parse_serial_uri(uri)
    except DeviceUriError as exc:
        return CheckResult(False, str(exc))
    try:
        port = open_serial(parsed, 0.1)
    except (serial.SerialException, OSError, ValueError) as exc:
        return CheckResult(False, explain_open_error("Scanner", parsed.port, exc)[1])
    port.close()
    return CheckResult(True, f"Scanner port {parsed.port} opens at {parsed.baudrate} baud: scan a code to see it "
                             "in the test field.")


def check_scale(uri: str, timeout: float = 3.0) -> CheckResult:
    if not uri or uri == "none":
        return CheckResult(True, "No scale: weights are typed in by hand.")
    try:
        scale = make_scale(uri, retry_s=0.2)
    except DeviceUriError as exc:
        return CheckResult(False, str(exc))
    scale.start()
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = scale.reading
            if value.state is not ScaleState.OFF:
                if value.grams is not None:
                    return CheckResult(True, f"Scale answers: {value.grams:.0f} g "
                                             f"({'stable' if value.stable else 'still moving'}).")
                return CheckResult(True, f"Scale answers: {value.text}.")
            time.sleep(0.05)
        state = scale.state
        return CheckResult(False, state.message if state.message and "ready" not in state.message
                           else "The scale does not answer: is it switched on, and are the protocol and baud "
                                "rate right?")
    finally:
        scale.stop()
