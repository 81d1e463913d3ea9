"""windows: printers cannot run on this Linux machine; this pins the spooler call sequence pywin32 expects
(OpenPrinter, StartDocPrinter RAW, StartPagePrinter, WritePrinter, EndPagePrinter, EndDocPrinter, ClosePrinter)
with a recording stand-in for the win32print module, and the status checks that make a job wait."""

from __future__ import annotations

import sys
import types

import pytest

from station.devices.printers import PrinterUnavailable, PrintRefused, WindowsPrinter
from station.devices.uris import parse_printer_uri


def fake_win32print(status: int = 0, attributes: int = 0):
    calls = []
    module = types.ModuleType("win32print")
    module.OpenPrinter = lambda name: calls.append(("OpenPrinter", name)) or "h"
    module.GetPrinter = lambda h, level: calls.append(("GetPrinter", level)) or {"Status": status,
                                                                                   "Attributes": attributes}
    module.StartDocPrinter = lambda h, level, info: calls.append(("StartDocPrinter", level, info)) or 1
    module.StartPagePrinter = lambda h: calls.append(("StartPagePrinter",))
    module.WritePrinter = lambda h, data: calls.append(("WritePrinter", data)) or len(data)
    module.EndPagePrinter = lambda h: calls.append(("EndPagePrinter",))
    module.EndDocPrinter = lambda h: calls.append(("EndDocPrinter",))
    module.ClosePrinter = lambda h: calls.append(("ClosePrinter",))
    return module, calls


@pytest.fixture
def on_windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")

    def install(**kwargs):
        module, calls = fake_win32print(**kwargs)
        monkeypatch.setitem(sys.modules, "win32print", module)
        return calls
    return install


def test_raw_job_call_sequence(on_windows):
    calls = on_windows()
    WindowsPrinter(parse_printer_uri("windows:ZDesigner GK420d")).send(b"^XA^XZ", "application/zpl", "000001-label")
    assert [c[0] for c in calls] == ["OpenPrinter", "GetPrinter", "StartDocPrinter", "StartPagePrinter",
                                     "WritePrinter", "EndPagePrinter", "EndDocPrinter", "ClosePrinter"]
    assert calls[0] == ("OpenPrinter", "ZDesigner GK420d")
    assert calls[2] == ("StartDocPrinter", 1, ("000001-label", None, "RAW"))
    assert calls[4] == ("WritePrinter", b"^XA^XZ")


@pytest.mark.parametrize("status,attributes,words", [(0x10, 0, "out of paper"), (0x80, 0, "offline"),
                                                     (0x01, 0, "paused"), (0, 0x400, "Use printer offline")])
def test_printer_problems_make_the_job_wait(on_windows, status, attributes, words):
    calls = on_windows(status=status, attributes=attributes)
    with pytest.raises(PrinterUnavailable, match=words):
        WindowsPrinter(parse_printer_uri("windows:Zebra")).send(b"^XA^XZ", "application/zpl")
    assert "WritePrinter" not in [c[0] for c in calls] and calls[-1] == ("ClosePrinter",)


def test_pdf_is_sent_to_qt_instead(on_windows):
    on_windows()
    with pytest.raises(PrintRefused, match="qt:Office"):
        WindowsPrinter(parse_printer_uri("windows:Office")).send(b"%PDF", "application/pdf")


def test_off_windows_it_says_so():
    if sys.platform == "win32":
        pytest.skip("on Windows")
    with pytest.raises(PrintRefused, match="only on Windows"):
        WindowsPrinter(parse_printer_uri("windows:Zebra")).check()
