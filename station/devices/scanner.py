"""Serial / USB-CDC barcode scanners: one scan per callback, never split, never merged.

A scan ends at its suffix (CR, LF or CRLF; ``auto`` takes any of them) or, with
no suffix, when no byte has come for ``gap_ms``. Bytes arrive in arbitrary
chunks: a scan split across reads is joined, two scans in one read are two.
``on_scan`` runs on the reader thread; the UI re-emits it as a Qt signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import serial

from station.devices.serialdev import SerialDevice
from station.devices.state import StateCallback, safe_call

log = logging.getLogger(__name__)

SUFFIXES = ("auto", "cr", "lf", "crlf", "none")
CONTROL_NAMES = {0: "NUL", 1: "SOH", 2: "STX", 3: "ETX", 4: "EOT", 5: "ENQ", 6: "ACK", 7: "BEL", 8: "BS",
                 9: "TAB", 10: "LF", 11: "VT", 12: "FF", 13: "CR", 14: "SO", 15: "SI", 16: "DLE", 17: "DC1",
                 18: "DC2", 19: "DC3", 20: "DC4", 21: "NAK", 22: "SYN", 23: "ETB", 24: "CAN", 25: "EM",
                 26: "SUB", 27: "ESC", 28: "FS", 29: "GS", 30: "RS", 31: "US", 127: "DEL"}


def visible(text: str) -> str:
    """Control characters shown by name: ``"0123\\r"`` -> ``"0123<CR>"``, GS1 separators as ``<GS>``."""
    return "".join(f"<{CONTROL_NAMES[ord(c)]}>" if ord(c) in CONTROL_NAMES else c for c in text)


@dataclass(frozen=True)
class Scan:
    text: str  # the code, suffix removed
    raw: bytes  # as received, suffix included
    terminated: bool  # False: ended by the gap timeout (scanner sends no suffix)
    first_byte_at: float  # time.monotonic() of the first and last byte
    last_byte_at: float

    @property
    def visible(self) -> str:
        return visible(self.raw.decode("latin-1"))


class ScanSplitter:
    """Turns a byte stream into scans. Pure: the caller passes the clock, so tests need no sleeps."""

    def __init__(self, suffix: str = "auto", gap_s: float = 0.1, encoding: str = "utf-8") -> None:
        if suffix not in SUFFIXES:
            raise ValueError(f"scanner suffix must be one of {', '.join(SUFFIXES)}")
        self.suffix = suffix
        self.gap_s = gap_s
        self.encoding = encoding
        self._buf = bytearray()  # bytes of the scan in progress
        self._raw = bytearray()
        self._first = 0.0
        self._last = 0.0
        self._swallow_lf = False  # auto mode: a CR ended the last scan; a LF right after belongs to it

    @property
    def pending(self) -> bool:
        return bool(self._buf)

    def feed(self, data: bytes, now: float) -> list[Scan]:
        scans = self.poll(now)  # a partial scan that went stale before this data is a scan of its own
        for byte in data:
            if self._swallow_lf:
                self._swallow_lf = False
                if byte == 0x0A:
                    continue
            if not self._buf and not self._raw:
                self._first = now
            self._last = now
            self._raw.append(byte)
            if self._ends_scan(byte):
                scan = self._emit(terminated=True)
                if scan is not None:
                    scans.append(scan)
            else:
                self._buf.append(byte)
        return scans

    def _ends_scan(self, byte: int) -> bool:
        mode = self.suffix
        if mode == "auto":
            if byte == 0x0D:
                self._swallow_lf = True
                return True
            return byte == 0x0A
        if mode == "cr":
            return byte == 0x0D
        if mode == "lf":
            return byte == 0x0A
        if mode == "crlf":
            if byte == 0x0A and self._buf.endswith(b"\r"):
                del self._buf[-1]
                return True
        return False

    def poll(self, now: float) -> list[Scan]:
        """Ends a scan that has had no byte for ``gap_s`` (no suffix, or the suffix got lost)."""
        if (self._buf or self._raw) and now - self._last >= self.gap_s:
            scan = self._emit(terminated=False)
            return [scan] if scan is not None else []
        return []

    def _emit(self, terminated: bool) -> Scan | None:
        body = bytes(self._buf).strip(b"\r\n") if self.suffix != "none" else bytes(self._buf)
        raw = bytes(self._raw)
        self._buf.clear()
        self._raw.clear()
        if not body:
            return None  # a stray terminator is not a scan
        return Scan(body.decode(self.encoding, errors="replace"), raw, terminated, self._first, self._last)


class SerialScanner(SerialDevice):
    """A scanner on a serial or USB-CDC port. ``start()``/``stop()``; ``on_scan(Scan)`` on the reader thread.

    URI options: ``suffix`` (auto/cr/lf/crlf/none, default auto), ``gap_ms`` (default 100),
    ``encoding`` (default utf-8).
    """

    what = "Scanner"
    device = "scanner"

    def __init__(self, uri: str, on_scan: Callable[[Scan], None], on_state: StateCallback | None = None, *,
                 suffix: str | None = None, gap_ms: int | None = None, retry_s: float = 1.0) -> None:
        super().__init__(uri, on_state, retry_s=retry_s)
        self.on_scan = on_scan
        suffix = suffix or self.uri.option("suffix", "auto").lower()
        gap = gap_ms if gap_ms is not None else int(self.uri.option("gap_ms", "100"))
        self.splitter_args = (suffix, gap / 1000.0, self.uri.option("encoding", "utf-8"))
        ScanSplitter(*self.splitter_args)  # bad options fail here, in the caller's thread
        self.read_timeout = min(0.05, gap / 2000.0)

    def _session(self, port: serial.Serial) -> None:
        splitter = ScanSplitter(*self.splitter_args)
        while not self._stop.is_set():
            data = port.read(port.in_waiting or 1)  # returns at the first byte, or after read_timeout
            now = self.now()
            scans = splitter.feed(data, now) if data else splitter.poll(now)
            for scan in scans:
                safe_call(self.on_scan, scan)
