"""Scales: Mettler Toledo MT-SICS, NCI / Avery Weigh-Tronix (``W<CR>``), continuous output, USB HID POS.

Every reading is converted to grams. The scale's own stable flag is used where the
protocol has one; a continuous scale without a flag counts as stable when its
readings stay within a tolerance for ``stable_s``. States are plain:
off/disconnected, unstable, stable, overload, under zero, error.

URI: ``serial:///dev/ttyUSB0?baud=9600&protocol=nci`` (``sics``, ``nci``, ``continuous``),
or ``hid://VID:PID`` (hex) for a USB HID point-of-sale scale (needs ``hidapi``).
"""

from __future__ import annotations

import enum
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import serial

from station.devices.serialdev import SerialDevice
from station.devices.state import DeviceState, StateCallback, Status, safe_call
from station.devices.uris import DeviceUriError

log = logging.getLogger(__name__)

GRAMS_PER = {"g": 1.0, "kg": 1000.0, "mg": 0.001, "lb": 453.59237, "oz": 28.349523125}
UNIT_ALIASES = {"lbs": "lb", "#": "lb", "gr": "g", "kgs": "kg", "ozs": "oz"}


class ScaleState(str, enum.Enum):
    OFF = "off"  # unplugged, switched off or not answering
    UNSTABLE = "unstable"
    STABLE = "stable"
    OVERLOAD = "overload"
    UNDER_ZERO = "under_zero"
    ERROR = "error"


MESSAGES = {
    ScaleState.OFF: "Scale is off or not connected",
    ScaleState.UNSTABLE: "Weighing... hold still",
    ScaleState.STABLE: "",
    ScaleState.OVERLOAD: "Scale overloaded: take the parcel off",
    ScaleState.UNDER_ZERO: "Scale below zero: empty it and press ZERO",
    ScaleState.ERROR: "Scale reports an error",
}


@dataclass(frozen=True)
class ScaleReading:
    state: ScaleState
    grams: float | None = None
    unit: str = ""  # the unit the scale showed
    shown: str = ""  # what the scale showed, e.g. "1.25 lb"
    message: str = ""
    at: float = 0.0

    @property
    def stable(self) -> bool:
        return self.state is ScaleState.STABLE

    @property
    def text(self) -> str:
        """For a status bar: '1250 g' or the state in words."""
        if self.state in (ScaleState.STABLE, ScaleState.UNSTABLE) and self.grams is not None:
            mark = "" if self.stable else " ~"
            return f"{self.grams:.0f} g{mark}"
        return self.message or MESSAGES[self.state]


def reading(state: ScaleState, grams: float | None = None, unit: str = "", shown: str = "",
            message: str | None = None) -> ScaleReading:
    return ScaleReading(state, grams, unit, shown, MESSAGES[state] if message is None else message,
                        time.monotonic())


def to_grams(value: float, unit: str) -> float:
    unit = UNIT_ALIASES.get(unit.lower(), unit.lower())
    if unit not in GRAMS_PER:
        raise ValueError(f"unknown weight unit {unit!r}")
    return value * GRAMS_PER[unit]


_WEIGHT = re.compile(r"([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)\s*(kg|mg|lbs?|oz|g|#)\b", re.I)
_LB_OZ = re.compile(r"([+-]?)\s*(\d+)\s*lbs?\s+(\d+(?:\.\d*)?)\s*oz", re.I)


def parse_weight(text: str) -> tuple[float, str, str] | None:
    """'  1.25LB' -> (566.99, 'lb', '1.25 lb'); '1 lb 4.5 oz' too. None when there is no weight."""
    match = _LB_OZ.search(text)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        grams = sign * (to_grams(float(match.group(2)), "lb") + to_grams(float(match.group(3)), "oz"))
        return grams, "lb oz", f"{match.group(1)}{match.group(2)} lb {match.group(3)} oz"
    match = _WEIGHT.search(text)
    if not match:
        return None
    sign, number, unit = match.groups()
    unit = UNIT_ALIASES.get(unit.lower(), unit.lower())
    value = float(number) * (-1 if sign == "-" else 1)
    return to_grams(value, unit), unit, f"{sign}{number} {unit}"


# -- protocols ---------------------------------------------------------------------------------
class Protocol:
    name = ""
    command: bytes | None = None  # sent every poll; None: the scale talks by itself
    terminator = b"\r\n"

    def parse(self, frame: bytes) -> ScaleReading | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def split(self, buffer: bytearray) -> list[bytes]:
        """Complete frames out of the buffer (the rest stays). Line protocols accept CR, LF or CRLF."""
        if self.terminator == b"\r\n":
            parts = re.split(rb"[\r\n]", bytes(buffer))
        else:
            parts = bytes(buffer).split(self.terminator)
        buffer[:] = parts[-1]
        return [p for p in parts[:-1] if p.strip()]


class Sics(Protocol):
    """Mettler Toledo MT-SICS level 0: ``SI`` (weight now) -> ``S S      12.34 g`` / ``S D ...`` / ``S +`` / ``S -``."""

    name = "sics"
    command = b"SI\r\n"

    def parse(self, frame: bytes) -> ScaleReading | None:
        text = frame.decode("ascii", errors="replace").strip()
        parts = text.split()
        if not parts:
            return None
        if parts[0] in ("ES", "ET", "EL"):
            return reading(ScaleState.ERROR, message=f"Scale did not understand the command ({parts[0]})")
        if parts[0] not in ("S", "SI") or len(parts) < 2:
            return None
        flag = parts[1]
        if flag == "+":
            return reading(ScaleState.OVERLOAD)
        if flag == "-":
            return reading(ScaleState.UNDER_ZERO)
        if flag == "I":
            return reading(ScaleState.UNSTABLE, message="Scale busy (zeroing or settling)")
        weight = parse_weight(" ".join(parts[2:]))
        if weight is None:
            return None
        grams, unit, shown = weight
        if grams < 0:
            return reading(ScaleState.UNDER_ZERO, grams, unit, shown)
        return reading(ScaleState.STABLE if flag == "S" else ScaleState.UNSTABLE, grams, unit, shown)


class Nci(Protocol):
    """NCI / Avery Weigh-Tronix / Brecknell: ``W<CR>`` -> ``<LF>  1.25LB<CR><LF>S00<CR><ETX>``.

    Status byte 1: bit0 motion, bit1 at zero, bit2 RAM error, bit3 EEPROM error;
    byte 2: bit0 under capacity, bit1 over capacity, bit2 ROM error, bit3 calibration error.
    """

    name = "nci"
    command = b"W\r"
    terminator = b"\x03"

    def parse(self, frame: bytes) -> ScaleReading | None:
        text = frame.decode("ascii", errors="replace")
        lines = [line.strip() for line in re.split(r"[\r\n]+", text) if line.strip()]
        status_line = next((line for line in lines if line.startswith("S") and len(line) >= 3
                            and all(0x30 <= ord(c) <= 0x3F for c in line[1:3])), None)
        weight_line = next((line for line in lines if line is not status_line), "")
        motion = over = under = error = False
        if status_line:
            b1, b2 = ord(status_line[1]), ord(status_line[2])
            motion, error = bool(b1 & 1), bool(b1 & 0b1100)
            under, over = bool(b2 & 1), bool(b2 & 2)
            error = error or bool(b2 & 0b1100)
        if "^" in weight_line:
            over = True
        if re.fullmatch(r"-{3,}|_{3,}", weight_line.replace(" ", "")):
            under = True
        if error:
            return reading(ScaleState.ERROR, message="Scale reports an internal error: switch it off and on")
        if over:
            return reading(ScaleState.OVERLOAD)
        if under:
            return reading(ScaleState.UNDER_ZERO)
        weight = parse_weight(weight_line)
        if weight is None:
            return reading(ScaleState.UNSTABLE) if motion else None
        grams, unit, shown = weight
        if grams < 0:
            return reading(ScaleState.UNDER_ZERO, grams, unit, shown)
        return reading(ScaleState.UNSTABLE if motion else ScaleState.STABLE, grams, unit, shown)


class Continuous(Protocol):
    """Scales that stream lines by themselves: ``ST,GS,+  1.250kg`` (A&D, Ohaus, many OEM scales) or
    plain ``  1.250 kg``. ``ST``/``US``/``OL`` flags are used when present; otherwise stability is
    judged by :class:`StabilityFilter`."""

    name = "continuous"

    def parse(self, frame: bytes) -> ScaleReading | None:
        text = frame.decode("ascii", errors="replace").strip().strip("\x02\x03")
        upper = text.upper()
        if upper.startswith("OL") or "OVERLOAD" in upper:
            return reading(ScaleState.OVERLOAD)
        weight = parse_weight(text)
        if weight is None:
            return None
        grams, unit, shown = weight
        if grams < 0:
            return reading(ScaleState.UNDER_ZERO, grams, unit, shown)
        if upper.startswith("ST"):
            return reading(ScaleState.STABLE, grams, unit, shown)
        if upper.startswith("US"):
            return reading(ScaleState.UNSTABLE, grams, unit, shown)
        return reading(ScaleState.UNSTABLE, grams, unit, shown, message="")  # the filter decides


PROTOCOLS: dict[str, type[Protocol]] = {"sics": Sics, "nci": Nci, "continuous": Continuous}


class StabilityFilter:
    """Stable when the last readings all lie within ``tolerance_g`` of each other for ``window_s``."""

    def __init__(self, window_s: float = 0.6, tolerance_g: float = 2.0, min_readings: int = 3) -> None:
        self.window_s, self.tolerance_g, self.min_readings = window_s, tolerance_g, min_readings
        self._recent: deque[tuple[float, float]] = deque()

    def __call__(self, value: ScaleReading, now: float) -> ScaleReading:
        if value.grams is None or value.state is not ScaleState.UNSTABLE or value.message:
            self._recent.clear()
            return value
        self._recent.append((now, value.grams))
        while self._recent and now - self._recent[0][0] > self.window_s * 3:
            self._recent.popleft()
        window = [g for t, g in self._recent if now - t <= self.window_s + 1e-9]
        span = now - self._recent[0][0]
        if (len(window) >= self.min_readings and span >= self.window_s
                and max(window) - min(window) <= self.tolerance_g):
            return ScaleReading(ScaleState.STABLE, value.grams, value.unit, value.shown, "", value.at)
        return ScaleReading(ScaleState.UNSTABLE, value.grams, value.unit, value.shown,
                            MESSAGES[ScaleState.UNSTABLE], value.at)


ReadingCallback = Callable[[ScaleReading], None]


class _ReadingMixin:
    """Holds the latest reading and calls back when it changes."""

    on_reading: ReadingCallback | None

    def _init_reading(self, on_reading: ReadingCallback | None) -> None:
        self.on_reading = on_reading
        self._reading = reading(ScaleState.OFF)
        self._reading_lock = threading.Lock()

    @property
    def reading(self) -> ScaleReading:
        with self._reading_lock:
            return self._reading

    def _publish(self, value: ScaleReading) -> None:
        with self._reading_lock:
            old = self._reading
            self._reading = value
        if (old.state, old.grams, old.message) != (value.state, value.grams, value.message):
            safe_call(self.on_reading, value)

    def wait_stable(self, timeout: float) -> ScaleReading | None:
        """Blocks (never on the GUI thread) until a stable reading or timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.reading
            if value.stable:
                return value
            time.sleep(0.02)
        return None


class SerialScale(_ReadingMixin, SerialDevice):
    """A scale on a serial port; ``start()``/``stop()``; ``reading`` is the latest value;
    ``on_reading(ScaleReading)`` is called (on the reader thread) whenever it changes."""

    what = "Scale"
    device = "scale"

    def __init__(self, uri: str, on_reading: ReadingCallback | None = None, on_state: StateCallback | None = None,
                 *, protocol: str | None = None, poll_s: float = 0.2, answer_timeout_s: float = 1.0,
                 retry_s: float = 1.0) -> None:
        super().__init__(uri, on_state, retry_s=retry_s)
        self._init_reading(on_reading)
        name = (protocol or self.uri.option("protocol", "nci")).lower()
        if name not in PROTOCOLS:
            raise DeviceUriError(f"scale protocol must be one of {', '.join(PROTOCOLS)}, not {name!r}")
        self.protocol = PROTOCOLS[name]()
        self.poll_s = poll_s
        self.answer_timeout_s = answer_timeout_s

    def _disconnected(self) -> None:
        self._publish(reading(ScaleState.OFF, message=f"Scale not connected ({self.uri.port})"))

    def _session(self, port: serial.Serial) -> None:
        buffer = bytearray()
        stability = StabilityFilter()
        last_answer = self.now()
        next_poll = 0.0
        silent = False
        while not self._stop.is_set():
            now = self.now()
            if self.protocol.command is not None and now >= next_poll:
                port.write(self.protocol.command)
                next_poll = now + self.poll_s
            data = port.read(port.in_waiting or 1)
            now = self.now()
            if data:
                buffer.extend(data)
                if len(buffer) > 4096:  # noise (wrong baud rate): keep the tail only
                    del buffer[:-256]
                for frame in self.protocol.split(buffer):
                    value = self.protocol.parse(frame)
                    if value is None:
                        continue
                    last_answer = now
                    if silent:
                        silent = False
                        self._set_state(Status.CONNECTED, f"Scale ready on {self.uri.port}")
                    self._publish(stability(value, now))
            elif now - last_answer > self.answer_timeout_s + (0 if self.protocol.command else 1.0):
                if not silent:
                    silent = True
                    message = (f"Scale on {self.uri.port} does not answer: is it switched on, and set to "
                               f"{self.protocol.name.upper()} at {self.uri.baudrate} baud?")
                    self._set_state(Status.DISCONNECTED, message)
                    self._publish(reading(ScaleState.OFF, message="Scale is off or not answering"))


# -- USB HID point-of-sale scales (Dymo, Stamps.com, Mettler USB ...) -------------------------
HID_UNITS = {1: "mg", 2: "g", 3: "kg", 11: "oz", 12: "lb"}


def parse_hid_report(report: bytes | list[int]) -> ScaleReading | None:
    """USB HID POS scale data report (usage page 0x8D): report id 3, status, unit, exponent, weight LSB, MSB."""
    data = bytes(report)
    if len(data) < 6 or data[0] != 3:
        return None
    status, unit_code, exponent = data[1], data[2], int.from_bytes(data[3:4], "little", signed=True)
    raw = int.from_bytes(data[4:6], "little")
    unit = HID_UNITS.get(unit_code)
    value = raw * (10 ** exponent)
    if status == 1:
        return reading(ScaleState.ERROR, message="Scale reports a fault")
    if status == 5:
        return reading(ScaleState.UNDER_ZERO)
    if status == 6:
        return reading(ScaleState.OVERLOAD)
    if status in (7, 8):
        return reading(ScaleState.ERROR, message="Scale needs calibrating or re-zeroing")
    if unit is None:
        return reading(ScaleState.ERROR, message=f"Scale uses a unit we do not know (code {unit_code})")
    grams = to_grams(value, unit)
    shown = f"{value:g} {unit}"
    if status == 2:
        return reading(ScaleState.STABLE, 0.0, unit, shown)
    if status == 3:
        return reading(ScaleState.UNSTABLE, grams, unit, shown)
    if status == 4:
        return reading(ScaleState.STABLE, grams, unit, shown)
    return None


def parse_hid_uri(uri: str) -> tuple[int, int]:
    match = re.fullmatch(r"hid://([0-9a-fA-F]{1,4}):([0-9a-fA-F]{1,4})/?", uri.strip())
    if not match:
        raise DeviceUriError(f"{uri!r} is not a HID scale URI (hid://VID:PID in hex, e.g. hid://0922:8003)")
    return int(match.group(1), 16), int(match.group(2), 16)


class HidScale(_ReadingMixin):
    """A USB HID POS scale through ``hidapi`` (cython-hidapi), read on its own thread, reopened when replugged."""

    device = "scale"

    def __init__(self, uri: str, on_reading: ReadingCallback | None = None, on_state: StateCallback | None = None,
                 *, retry_s: float = 1.0) -> None:
        self.uri_text = uri
        self.vid, self.pid = parse_hid_uri(uri)
        self.on_state = on_state
        self.retry_s = retry_s
        self._init_reading(on_reading)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._state = DeviceState(self.device, Status.STOPPED, "Scale not started", uri)

    @property
    def state(self) -> DeviceState:
        return self._state

    def _set_state(self, status: Status, message: str) -> None:
        if (self._state.status, self._state.message) != (status, message):
            self._state = DeviceState(self.device, status, message, self.uri_text)
            safe_call(self.on_state, self._state)

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="scale-hid", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout)
            self._thread = None
        self._set_state(Status.STOPPED, "Scale stopped")

    def _run(self) -> None:
        try:
            import hid  # lazy: hidapi is optional at run time
        except ImportError:
            self._set_state(Status.ERROR, "USB scales need the 'hidapi' package, which is not installed")
            return
        name = f"USB scale {self.vid:04x}:{self.pid:04x}"
        while not self._stop.is_set():
            device = hid.device()
            try:
                device.open(self.vid, self.pid)
            except (OSError, IOError) as exc:
                message = f"{name} not found: is it plugged in and switched on?"
                if "ermission" in str(exc):
                    message = f"No permission to open {name}: install the udev rule and replug it"
                self._set_state(Status.DISCONNECTED, message)
                self._publish(reading(ScaleState.OFF))
                self._stop.wait(self.retry_s)
                continue
            self._set_state(Status.CONNECTED, f"{name} ready")
            try:
                while not self._stop.is_set():
                    report = device.read(8, 200)
                    if report:
                        value = parse_hid_report(report)
                        if value is not None:
                            self._publish(value)
            except (OSError, IOError, ValueError):
                self._set_state(Status.DISCONNECTED, f"{name} was unplugged; waiting for it")
                self._publish(reading(ScaleState.OFF))
            finally:
                device.close()


def make_scale(uri: str, on_reading: ReadingCallback | None = None, on_state: StateCallback | None = None,
               **kwargs) -> SerialScale | HidScale | None:
    """The scale for the ``scale`` setting; None for ``none``."""
    if not uri or uri == "none":
        return None
    if uri.startswith("hid://"):
        return HidScale(uri, on_reading, on_state, **kwargs)
    return SerialScale(uri, on_reading, on_state, **kwargs)
