"""A serial device on its own thread that opens, reads and reopens by itself.

Unplugging a USB-CDC scanner makes reads fail (EIO) and the port vanish; the
thread reports DISCONNECTED, retries the same port name every ``retry_s`` and
reports CONNECTED again when it is back. Nothing here touches Qt.
"""

from __future__ import annotations

import errno
import logging
import sys
import threading
import time

import serial

from station.devices.state import DeviceState, StateCallback, Status, safe_call
from station.devices.uris import SerialUri, parse_serial_uri

log = logging.getLogger(__name__)


def open_serial(uri: SerialUri, timeout: float) -> serial.Serial:
    return serial.Serial(port=uri.port, baudrate=uri.baudrate, bytesize=uri.bytesize, parity=uri.parity,
                         stopbits=uri.stopbits, timeout=timeout, write_timeout=1.0)


def explain_open_error(what: str, port: str, exc: BaseException) -> tuple[Status, str]:
    """Plain words for a port that would not open."""
    err = getattr(exc, "errno", None)
    text = str(exc)
    if err == errno.ENOENT or "No such file" in text or "FileNotFoundError" in text or "cannot find" in text:
        return Status.DISCONNECTED, f"{what} not found at {port}: is it plugged in?"
    if sys.platform == "win32" and ("Access is denied" in text or err == errno.EACCES):
        return Status.ERROR, f"{port} is in use by another program: close it and the {what.lower()} reconnects."
    if err in (errno.EACCES, errno.EPERM) or "Permission" in text:
        return Status.ERROR, (f"No permission to open {port}: add this user to the 'dialout' group "
                              "(or install the udev rule) and log in again.")
    if err == errno.EBUSY or "busy" in text.lower() or "exclusively" in text:
        return Status.ERROR, f"{port} is in use by another program: close it and the {what.lower()} reconnects."
    return Status.DISCONNECTED, f"{what} at {port} cannot be opened: {text}"


class SerialDevice:
    """Base: owns the thread, the reconnect loop and the state; subclasses implement ``_session``."""

    what = "Device"  # for messages: "Scanner", "Scale"
    device = "serial"  # DeviceState.device

    def __init__(self, uri: str, on_state: StateCallback | None = None, *, retry_s: float = 1.0,
                 read_timeout: float = 0.05) -> None:
        self.uri_text = uri
        self.uri = parse_serial_uri(uri)
        self.on_state = on_state
        self.retry_s = retry_s
        self.read_timeout = read_timeout
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._state = DeviceState(self.device, Status.STOPPED, f"{self.what} not started", uri)
        self._lock = threading.Lock()

    # -- life cycle -------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"{self.device}-reader", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._set_state(Status.STOPPED, f"{self.what} stopped")

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return bool(self._thread and self._thread.is_alive())

    @property
    def state(self) -> DeviceState:
        with self._lock:
            return self._state

    def _set_state(self, status: Status, message: str) -> None:
        with self._lock:
            if self._state.status == status and self._state.message == message:
                return
            self._state = DeviceState(self.device, status, message, self.uri_text)
            state = self._state
        log.info("%s: %s %s", self.device, status.value, message)
        safe_call(self.on_state, state)

    # -- the loop ---------------------------------------------------------------------------------
    def _run(self) -> None:
        self._set_state(Status.CONNECTING, f"{self.what}: opening {self.uri.port}")
        while not self._stop.is_set():
            try:
                port = open_serial(self.uri, self.read_timeout)
            except (serial.SerialException, OSError, ValueError) as exc:
                status, message = explain_open_error(self.what, self.uri.port, exc)
                self._set_state(status, message)
                self._disconnected()
                self._stop.wait(self.retry_s)
                continue
            try:
                self._set_state(Status.CONNECTED, f"{self.what} ready on {self.uri.port}")
                self._session(port)
            except (serial.SerialException, OSError) as exc:
                log.info("%s lost: %s", self.device, exc)
                self._set_state(Status.DISCONNECTED,
                                f"{self.what} at {self.uri.port} was unplugged or switched off; "
                                "waiting for it to come back")
                self._disconnected()
            except Exception as exc:  # noqa: BLE001 - a bug must not end the reader for good
                log.exception("%s reader failed", self.device)
                self._set_state(Status.ERROR, f"{self.what} error: {exc}")
            finally:
                try:
                    port.close()
                except Exception:  # noqa: BLE001
                    pass
            self._stop.wait(self.retry_s if not self._stop.is_set() else 0)

    def _session(self, port: serial.Serial) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _disconnected(self) -> None:
        """Hook: the device is gone (scale: report OFF)."""

    def _sleep(self, seconds: float) -> bool:
        """Wait; True when asked to stop."""
        return self._stop.wait(seconds)

    @staticmethod
    def now() -> float:
        return time.monotonic()
