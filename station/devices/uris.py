"""Parsing of device URIs (DESIGN.md 3.2).

Serial: ``serial:///dev/ttyACM0?baud=9600`` or ``serial://COM3?baud=9600`` with optional
``bytesize``, ``parity`` (N/E/O), ``stopbits``, ``suffix`` (auto/cr/lf/crlf/none),
``gap_ms``, ``protocol`` (scales: sics/nci/continuous), ``encoding``.
Printers: ``file:DIR``, ``tcp://HOST:PORT``, ``cups:QUEUE``, ``windows:NAME``, ``qt:NAME``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit


class DeviceUriError(ValueError):
    """A URI that cannot name a device; the message says what is wrong."""


@dataclass(frozen=True)
class SerialUri:
    port: str
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    options: dict[str, str] = field(default_factory=dict)

    def option(self, name: str, default: str) -> str:
        return self.options.get(name, default)


def parse_serial_uri(uri: str) -> SerialUri:
    if not uri.startswith("serial://"):
        raise DeviceUriError(f"{uri!r} is not a serial URI (serial:///dev/ttyACM0?baud=9600 or serial://COM3)")
    rest = uri[len("serial://"):]
    path, _, query = rest.partition("?")
    port = unquote(path)
    if re.fullmatch(r"/(COM\d+)", port, re.IGNORECASE):  # serial:///COM3 written like a Unix path
        port = port[1:]
    if not port or port == "/":
        raise DeviceUriError(f"{uri!r} names no port")
    params = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
    try:
        baud = int(params.pop("baud", params.pop("baudrate", "9600")))
        bytesize = int(params.pop("bytesize", "8"))
        stopbits = float(params.pop("stopbits", "1"))
    except ValueError:
        raise DeviceUriError(f"{uri!r}: baud, bytesize and stopbits must be numbers") from None
    parity = params.pop("parity", "N").upper()[:1]
    if parity not in "NEOMS" or not parity:
        raise DeviceUriError(f"{uri!r}: parity must be N, E or O")
    if baud <= 0 or bytesize not in (5, 6, 7, 8) or stopbits not in (1, 1.5, 2):
        raise DeviceUriError(f"{uri!r}: unusual serial settings (baud {baud}, bytesize {bytesize}, "
                             f"stopbits {stopbits:g})")
    return SerialUri(port, baud, bytesize, parity, stopbits if stopbits != int(stopbits) else int(stopbits),
                     params)


@dataclass(frozen=True)
class PrinterUri:
    scheme: str  # file, tcp, cups, windows, qt
    target: str  # directory, host, queue or printer name
    port: int = 0
    options: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        if self.scheme == "tcp":
            return f"tcp://{self.target}:{self.port}"
        return f"{self.scheme}:{self.target}"

    @property
    def describe(self) -> str:
        """The printer in words, for messages."""
        return {
            "file": f"Folder printer {self.target}",
            "tcp": f"Printer at {self.target}:{self.port}",
            "cups": f"CUPS printer {self.target}",
            "windows": f"Windows printer {self.target}",
            "qt": f"Printer {self.target or '(system default)'}",
        }[self.scheme]


def parse_printer_uri(uri: str) -> PrinterUri:
    uri = (uri or "").strip()
    if not uri:
        raise DeviceUriError("no printer chosen")
    if uri.startswith("tcp://"):
        parts = urlsplit(uri)
        try:
            port = parts.port or 9100
        except ValueError:
            raise DeviceUriError(f"{uri!r}: the port must be a number") from None
        if not parts.hostname:
            raise DeviceUriError(f"{uri!r} names no host")
        options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        return PrinterUri("tcp", parts.hostname, port, options)
    scheme, sep, target = uri.partition(":")
    if not sep or scheme not in ("file", "cups", "windows", "qt"):
        raise DeviceUriError(f"{uri!r} is not a printer URI (file:DIR, tcp://HOST:PORT, cups:QUEUE, "
                             "windows:NAME, qt:NAME)")
    if scheme == "file" and target.startswith("//"):
        target = unquote(urlsplit(uri).path)  # file:///dir
    if not target and scheme != "qt":
        raise DeviceUriError(f"{uri!r} names no {'folder' if scheme == 'file' else 'printer'}")
    return PrinterUri(scheme, target)
