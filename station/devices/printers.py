"""Printers by URI (DESIGN.md 3.2): each takes finished bytes (ZPL, PDF or PNG) and delivers them.

``send()`` blocks, so it only ever runs on a print-worker thread. It raises
:class:`PrinterUnavailable` when the printer is off, unplugged or out of paper
(the job waits and is retried) and :class:`PrintRefused` when the job can never
print there (wrong content for that printer); the messages are for the packer.

Threading of ``qt:``: QPrinter/QPainter painting is allowed on any thread for
QPrinter and QImage paint devices, but a QGuiApplication must exist (the desktop
app has one). The print worker is a plain thread, which is such a thread.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from station.devices.uris import PrinterUri, parse_printer_uri

log = logging.getLogger(__name__)

ZPL = "application/zpl"
PDF = "application/pdf"
PNG = "image/png"
EXTENSIONS = {ZPL: "zpl", PDF: "pdf", PNG: "png", "application/octet-stream": "bin", "text/plain": "txt"}


class PrinterError(Exception):
    """Base; ``str()`` is a message for the packer."""


class PrinterUnavailable(PrinterError):
    """Off, unplugged, out of paper, paused: the job waits and is sent again."""


class PrintRefused(PrinterError):
    """This job cannot print on this printer; retrying will not help."""


class Printer:
    """Delivers one job's bytes. Subclasses are small; ``check()`` answers 'is it there?' in plain words."""

    raw_only = False  # printers that take printer language bytes (ZPL) as they are

    def __init__(self, uri: PrinterUri) -> None:
        self.uri = uri

    def send(self, data: bytes, content_type: str, title: str = "station job") -> None:  # pragma: no cover
        raise NotImplementedError

    def check(self) -> str:
        """Raises PrinterError when the printer cannot take a job now; returns a plain 'ready' message."""
        return f"{self.uri.describe} is ready."


def load_pdf(data: bytes):
    """A QPdfDocument of ``data`` (Qt's reader), or None when the PDF is damaged or empty.

    Raises ImportError where QtPdf is missing. The buffer is the document's child, so it lives as long."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        return None
    return document


class FilePrinter(Printer):
    """``file:DIR``: one file per job, written atomically (temp file, fsync, rename)."""

    def __init__(self, uri: PrinterUri) -> None:
        super().__init__(uri)
        self.directory = Path(uri.target).expanduser()

    def send(self, data: bytes, content_type: str, title: str = "job") -> Path:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PrinterUnavailable(f"Cannot write to the folder {self.directory}: {exc.strerror or exc}") from exc
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", title).strip("_") or "job"
        ext = EXTENSIONS.get(content_type, "bin")
        target = self.directory / f"{safe}.{ext}"
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".printing-", suffix=f".{ext}")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)  # a reader never sees half a label
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise PrinterUnavailable(f"Cannot write to the folder {self.directory}: {exc.strerror or exc}") from exc
        return target

    def check(self) -> str:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            probe = tempfile.NamedTemporaryFile(dir=self.directory, prefix=".check-", delete=True)
            probe.close()
        except OSError as exc:
            raise PrinterUnavailable(f"Cannot write to the folder {self.directory}: {exc.strerror or exc}") from exc
        return f"Folder {self.directory} is writable: jobs are saved there as files."


class TcpPrinter(Printer):
    """``tcp://HOST:PORT``: raw JetDirect (port 9100). Optional ``?status=zpl`` asks a Zebra printer for its
    host status (~HS) first, so paper-out and pause are seen before a label is lost in a paused printer."""

    raw_only = True

    def __init__(self, uri: PrinterUri, connect_timeout: float = 3.0, io_timeout: float = 10.0) -> None:
        super().__init__(uri)
        self.connect_timeout = connect_timeout
        self.io_timeout = io_timeout
        self.zpl_status = uri.options.get("status", "").lower() == "zpl"

    def _connect(self) -> socket.socket:
        try:
            sock = socket.create_connection((self.uri.target, self.uri.port), timeout=self.connect_timeout)
        except socket.timeout:
            raise PrinterUnavailable(f"{self.uri.describe} does not answer: is it switched on and on the "
                                     "network?") from None
        except ConnectionRefusedError:
            raise PrinterUnavailable(f"{self.uri.describe} does not answer: is it switched on?") from None
        except socket.gaierror:
            raise PrinterUnavailable(f"Printer host {self.uri.target} is not known on this network") from None
        except OSError as exc:
            raise PrinterUnavailable(f"{self.uri.describe} cannot be reached: {exc.strerror or exc}") from None
        sock.settimeout(self.io_timeout)
        return sock

    def host_status(self) -> str | None:
        """Zebra ~HS: None when fine, else why it cannot print."""
        with self._connect() as sock:
            sock.sendall(b"~HS")
            sock.settimeout(2.0)
            answer = b""
            try:
                while answer.count(b"\x03") < 3:
                    chunk = sock.recv(1024)
                    if not chunk:
                        break
                    answer += chunk
            except socket.timeout:
                pass
        return zpl_status_problem(answer)

    def send(self, data: bytes, content_type: str, title: str = "job") -> None:
        if content_type not in (ZPL, "application/octet-stream", "text/plain"):
            raise PrintRefused(f"{self.uri.describe} takes ZPL; this {content_type} job needs a cups:, qt: "
                               "or windows: printer")
        if self.zpl_status:
            problem = self.host_status()
            if problem:
                raise PrinterUnavailable(f"{self.uri.describe}: {problem}")
        sock = self._connect()
        try:
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)  # the printer sees the end of the job
            sock.settimeout(0.5)
            try:
                while sock.recv(4096):  # let it close first, so no reset can eat the tail
                    pass
            except (socket.timeout, OSError):
                pass
        except socket.timeout:
            raise PrinterUnavailable(f"{self.uri.describe} stopped taking data (out of labels or paused?)") from None
        except OSError as exc:
            raise PrinterUnavailable(f"{self.uri.describe} dropped the connection: {exc.strerror or exc}") from None
        finally:
            sock.close()

    def check(self) -> str:
        if self.zpl_status:
            problem = self.host_status()
            if problem:
                raise PrinterUnavailable(f"{self.uri.describe}: {problem}")
        else:
            self._connect().close()
        return f"{self.uri.describe} answers."


def zpl_status_problem(answer: bytes) -> str | None:
    """Reads a ZPL ~HS answer (three STX...ETX strings); None when the printer can print."""
    strings = re.findall(rb"\x02([^\x03]*)\x03", answer)
    if not strings:
        return "it did not answer the status request (~HS): is it a ZPL printer?"
    first = strings[0].split(b",")
    second = strings[1].split(b",") if len(strings) > 1 else []
    if len(first) > 1 and first[1].strip() == b"1":
        return "it is out of labels: load labels and it prints by itself"
    if len(first) > 2 and first[2].strip() == b"1":
        return "it is paused: press PAUSE/FEED on the printer"
    if len(second) > 2 and second[2].strip() == b"1":
        return "its head is open: close the print head"
    if len(second) > 3 and second[3].strip() == b"1":
        return "it is out of ribbon"
    return None


class CupsPrinter(Printer):
    """``cups:QUEUE``: a raw job through ``lp -d QUEUE -o raw`` (pycups is not needed: lp is on every CUPS
    system and keeps the job in CUPS' own spool when the printer is off)."""

    raw_only = True

    def __init__(self, uri: PrinterUri, timeout: float = 20.0) -> None:
        super().__init__(uri)
        self.queue = uri.target
        self.timeout = timeout

    @staticmethod
    def _tool(name: str) -> str:
        path = shutil.which(name)
        if not path:
            raise PrinterUnavailable(f"CUPS is not installed here ('{name}' is missing)")
        return path

    def _queue_state(self) -> str:
        try:
            result = subprocess.run([self._tool("lpstat"), "-p", self.queue], capture_output=True, text=True,
                                    timeout=self.timeout, env=_c_locale())
        except subprocess.TimeoutExpired:
            raise PrinterUnavailable("CUPS does not answer (lpstat timed out)") from None
        text = (result.stdout + result.stderr).strip()
        if result.returncode != 0:
            if "scheduler" in text.lower() or "connect" in text.lower():
                raise PrinterUnavailable("The CUPS print service is not running")
            raise PrinterUnavailable(f"CUPS has no printer called {self.queue!r}")
        return text

    def send(self, data: bytes, content_type: str, title: str = "job") -> str:
        state = self._queue_state()
        if "disabled" in state:
            raise PrinterUnavailable(f"CUPS printer {self.queue} is stopped (disabled): {state.splitlines()[-1]}")
        args = [self._tool("lp"), "-d", self.queue, "-t", title]
        if content_type in (ZPL, "application/octet-stream", "text/plain"):
            args += ["-o", "raw"]  # printer language passes through untouched
        try:
            result = subprocess.run(args + ["-"], input=data, capture_output=True, timeout=self.timeout,
                                    env=_c_locale())
        except subprocess.TimeoutExpired:
            raise PrinterUnavailable("CUPS does not answer (lp timed out)") from None
        out = (result.stdout + result.stderr).decode(errors="replace").strip()
        if result.returncode != 0:
            if "not accepting" in out.lower():
                raise PrinterUnavailable(f"CUPS printer {self.queue} is not accepting jobs")
            if "does not exist" in out.lower():
                raise PrinterUnavailable(f"CUPS has no printer called {self.queue!r}")
            raise PrinterUnavailable(f"CUPS refused the job: {out}")
        match = re.search(r"request id is (\S+)", out)
        return match.group(1) if match else out

    def check(self) -> str:
        state = self._queue_state()
        if "disabled" in state:
            raise PrinterUnavailable(f"CUPS printer {self.queue} is stopped: {state.splitlines()[-1]}")
        return f"CUPS printer {self.queue} is ready."


def _c_locale() -> dict[str, str]:
    return {**os.environ, "LC_ALL": "C", "LANG": "C"}  # we read lp's messages


def cups_queues(timeout: float = 5.0) -> list[str]:
    """Names of the CUPS queues here (``lpstat -e``); empty when CUPS is absent or not running."""
    lpstat = shutil.which("lpstat")
    if not lpstat:
        return []
    try:
        result = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=timeout, env=_c_locale())
    except (subprocess.TimeoutExpired, OSError):
        return []
    return [line.split()[0] for line in result.stdout.splitlines() if line.strip()] if result.returncode == 0 else []


def windows_printers() -> list[str]:
    """Names of the Windows printers (local and network connections); empty elsewhere."""
    if sys.platform != "win32":
        return []
    try:
        import win32print
    except ImportError:
        return []
    flags = win32print.PRINTER_ENUM_LOCAL | win32print.PRINTER_ENUM_CONNECTIONS
    try:
        return [entry[2] for entry in win32print.EnumPrinters(flags, None, 1)]
    except Exception:  # noqa: BLE001 - spooler service stopped: nothing to offer
        return []


def qt_printers() -> list[str]:
    """Printers Qt knows (its CUPS or Windows backend); empty without a running QGuiApplication."""
    try:
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return []
    if QGuiApplication.instance() is None:
        return []
    return list(QPrinterInfo.availablePrinterNames())


def discover_printers() -> list[str]:
    """Printer URIs to offer in settings: raw CUPS queues, Windows spooler printers and Qt (driver) printers.
    Blocking (lpstat, the spooler): call it off the GUI thread."""
    uris = [f"cups:{name}" for name in cups_queues()]
    uris += [f"windows:{name}" for name in windows_printers()]
    uris += [f"qt:{name}" for name in qt_printers()]
    return uris


class WindowsPrinter(Printer):
    """``windows:NAME``: a RAW job through the Windows spooler (pywin32's win32print), for ZPL label printers.

    Written to the documented spooler sequence (OpenPrinter, StartDocPrinter with datatype RAW,
    StartPagePrinter, WritePrinter, EndPagePrinter, EndDocPrinter, ClosePrinter); it cannot run on this
    Linux build machine. PDF/PNG pages for an office printer go through ``qt:NAME`` instead.
    """

    raw_only = True
    # PRINTER_STATUS_* bits that mean "cannot print now"
    STATUS_PROBLEMS = {0x00000001: "is paused", 0x00000002: "reports an error", 0x00000008: "has a paper jam",
                       0x00000010: "is out of paper", 0x00000080: "is offline", 0x00400000: "has its door open",
                       0x00000400: "is out of toner/ribbon", 0x00001000: "is not available"}

    def _win32print(self):
        if sys.platform != "win32":
            raise PrintRefused("windows: printers work only on Windows")
        try:
            import win32print  # lazy: pywin32 exists only on Windows
        except ImportError:
            raise PrintRefused("Printing to Windows printers needs the pywin32 package") from None
        return win32print

    def _problem(self, win32print, handle) -> str | None:
        info = win32print.GetPrinter(handle, 2)
        status = int(info.get("Status", 0))
        for bit, text in self.STATUS_PROBLEMS.items():
            if status & bit:
                return text
        if info.get("Attributes", 0) & 0x00000400:  # PRINTER_ATTRIBUTE_WORK_OFFLINE
            return "is set to 'Use printer offline'"
        return None

    def _open(self, win32print):
        try:
            return win32print.OpenPrinter(self.uri.target)
        except Exception as exc:  # pywintypes.error
            raise PrinterUnavailable(f"Windows has no printer called {self.uri.target!r} ({exc})") from None

    def send(self, data: bytes, content_type: str, title: str = "job") -> None:
        if content_type not in (ZPL, "application/octet-stream", "text/plain"):
            raise PrintRefused(f"Windows printer {self.uri.target} takes raw (ZPL) jobs here; print PDF pages "
                               f"through qt:{self.uri.target}")
        win32print = self._win32print()
        handle = self._open(win32print)
        try:
            problem = self._problem(win32print, handle)
            if problem:
                raise PrinterUnavailable(f"Windows printer {self.uri.target} {problem}")
            try:
                win32print.StartDocPrinter(handle, 1, (title, None, "RAW"))
                try:
                    win32print.StartPagePrinter(handle)
                    written = win32print.WritePrinter(handle, data)
                    win32print.EndPagePrinter(handle)
                finally:
                    win32print.EndDocPrinter(handle)
            except PrinterError:
                raise
            except Exception as exc:  # pywintypes.error carries winerror, funcname, strerror
                raise PrinterUnavailable(f"Windows printer {self.uri.target} refused the job: "
                                         f"{getattr(exc, 'strerror', exc)}") from None
            if written != len(data):
                raise PrinterUnavailable(f"Windows printer {self.uri.target} took {written} of {len(data)} bytes")
        finally:
            win32print.ClosePrinter(handle)

    def check(self) -> str:
        win32print = self._win32print()
        handle = self._open(win32print)
        try:
            problem = self._problem(win32print, handle)
        finally:
            win32print.ClosePrinter(handle)
        if problem:
            raise PrinterUnavailable(f"Windows printer {self.uri.target} {problem}")
        return f"Windows printer {self.uri.target} is ready."


class QtPrinter(Printer):
    """``qt:NAME``: PDF pages (or a PNG) painted through QPrinter, for office printers and drivers.

    Pages are rendered by QPdfDocument at the printer's resolution and scaled to the printable
    page. Runs on the print-worker thread; needs a QGuiApplication alive in the process.
    ``output_file`` makes QPrinter write a PDF instead (tests, "print to file").
    """

    def __init__(self, uri: PrinterUri, output_file: str | None = None) -> None:
        super().__init__(uri)
        self.output_file = output_file

    def _printer(self):
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        if QGuiApplication.instance() is None:
            raise PrintRefused("qt: printers need the desktop app running (no QGuiApplication)")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.output_file:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.output_file)
        else:
            names = [p.printerName() for p in QPrinterInfo.availablePrinters()]
            if self.uri.target and self.uri.target not in names:
                raise PrinterUnavailable(f"Printer {self.uri.target!r} is not installed or not reachable "
                                         f"(known: {', '.join(names) or 'none'})")
            if self.uri.target:
                printer.setPrinterName(self.uri.target)
        return printer

    def send(self, data: bytes, content_type: str, title: str = "job") -> None:
        from PySide6.QtCore import QRectF, QSize, Qt
        from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter

        if content_type not in (PDF, PNG):
            raise PrintRefused(f"{self.uri.describe} prints PDF or PNG pages; a {content_type} job needs a raw "
                               "printer (tcp:, cups:, windows:)")
        printer = self._printer()
        printer.setDocName(title)
        pages: list = []
        if content_type == PNG:
            image = QImage.fromData(data, "PNG")
            if image.isNull():
                raise PrintRefused("The PNG of this job is damaged")
            pages = [image]
            page_sizes = [QSizeF_of(image)]
        else:
            document = load_pdf(data)
            if document is None:
                raise PrintRefused("The PDF of this job is damaged")
            page_sizes = [document.pagePointSize(i) for i in range(document.pageCount())]
            dpi = min(max(printer.resolution(), 150), 600)
            for index, size in enumerate(page_sizes):
                pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
                pages.append(document.render(index, pixels))
        first = page_sizes[0]
        printer.setPageSize(QPageSize(first, QPageSize.Unit.Point, "job", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterUnavailable(f"{self.uri.describe} cannot start a job (is it switched on?)")
        try:
            for index, image in enumerate(pages):
                if index:
                    printer.newPage()
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
        finally:
            painter.end()

    def check(self) -> str:
        self._printer()
        return f"{self.uri.describe} is installed."


def QSizeF_of(image):  # noqa: N802 - Qt-style helper
    from PySide6.QtCore import QSizeF

    dpm = image.dotsPerMeterX() or 7992  # 203 dpi
    return QSizeF(image.width() / dpm * 39.3701 * 72, image.height() / dpm * 39.3701 * 72)


def make_printer(uri: str | PrinterUri) -> Printer:
    parsed = uri if isinstance(uri, PrinterUri) else parse_printer_uri(uri)
    return {"file": FilePrinter, "tcp": TcpPrinter, "cups": CupsPrinter, "windows": WindowsPrinter,
            "qt": QtPrinter}[parsed.scheme](parsed)


def wait_for(predicate, timeout: float, step: float = 0.02) -> bool:
    """Small polling helper for callers that must wait off the GUI thread."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())
