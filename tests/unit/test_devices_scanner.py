"""ScanSplitter: never splits, never merges, whatever the chunking (property test)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station.devices.scanner import ScanSplitter, visible
from station.devices.uris import DeviceUriError, parse_printer_uri, parse_serial_uri

codes = st.lists(st.text(alphabet=st.characters(min_codepoint=0x1D, max_codepoint=0x7E, blacklist_characters="\r\n"),
                         min_size=1, max_size=30).filter(lambda s: s.strip("\r\n")), min_size=1, max_size=8)


def chunked(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in zip(points, points[1:])]


@settings(max_examples=200, deadline=None)
@given(codes, st.sampled_from(["\r", "\n", "\r\n"]), st.lists(st.integers(0, 1000), max_size=12))
def test_any_chunking_gives_back_exactly_the_scans(scans, suffix, cuts):
    data = "".join(s + suffix for s in scans).encode()
    splitter = ScanSplitter("auto", gap_s=0.1)
    got = []
    for i, chunk in enumerate(chunked(data, cuts)):
        got += splitter.feed(chunk, now=i * 0.001)  # chunks come close together
    assert [s.text for s in got] == scans
    assert all(s.terminated for s in got)


@pytest.mark.parametrize("mode,data,expected", [
    ("cr", b"A1\rB2\r", ["A1", "B2"]),
    ("lf", b"A1\nB2\n", ["A1", "B2"]),
    ("crlf", b"A1\r\nB2\r\n", ["A1", "B2"]),
    ("crlf", b"A1\r", []),  # waiting for the LF
])
def test_explicit_suffixes(mode, data, expected):
    assert [s.text for s in ScanSplitter(mode).feed(data, 0.0)] == expected


def test_crlf_split_between_cr_and_lf():
    splitter = ScanSplitter("crlf")
    assert splitter.feed(b"ABC\r", 0.0) == []
    assert [s.text for s in splitter.feed(b"\nDEF\r\n", 0.001)] == ["ABC", "DEF"]


def test_no_suffix_ends_at_the_gap_only():
    splitter = ScanSplitter("none", gap_s=0.05)
    assert splitter.feed(b"123", 0.0) == [] and splitter.feed(b"456", 0.01) == []
    assert splitter.poll(0.03) == []
    [scan] = splitter.poll(0.07)
    assert (scan.text, scan.terminated, scan.raw) == ("123456", False, b"123456")


def test_stale_partial_is_its_own_scan_before_new_data():
    splitter = ScanSplitter("auto", gap_s=0.05)
    splitter.feed(b"LOST", 0.0)  # the suffix never came
    got = splitter.feed(b"NEXT\r", 1.0)
    assert [(s.text, s.terminated) for s in got] == [("LOST", False), ("NEXT", True)]


def test_bad_suffix_is_refused():
    with pytest.raises(ValueError, match="suffix"):
        ScanSplitter("tab")


def test_visible_names_control_characters():
    assert visible("]C1\x1d01\r\n") == "]C1<GS>01<CR><LF>"
    assert visible("\t\x04") == "<TAB><EOT>"


def test_serial_uris():
    uri = parse_serial_uri("serial:///dev/ttyACM0?baud=115200&suffix=cr")
    assert (uri.port, uri.baudrate, uri.option("suffix", "auto")) == ("/dev/ttyACM0", 115200, "cr")
    assert parse_serial_uri("serial://COM3?baud=9600").port == "COM3"
    assert parse_serial_uri("serial:///COM12?baud=9600").port == "COM12"
    assert parse_serial_uri("serial://COM3?parity=E&bytesize=7").parity == "E"
    for bad in ("serial://", "tcp://x:1", "serial://COM3?baud=fast", "serial://COM3?bytesize=9"):
        with pytest.raises(DeviceUriError):
            parse_serial_uri(bad)


def test_printer_uris():
    assert str(parse_printer_uri("tcp://10.0.0.5:9100")) == "tcp://10.0.0.5:9100"
    assert parse_printer_uri("tcp://zebra").port == 9100
    assert parse_printer_uri("file:/tmp/out").target == "/tmp/out"
    assert parse_printer_uri("windows:ZDesigner GK420d").target == "ZDesigner GK420d"
    assert parse_printer_uri("tcp://127.0.0.1:9100").describe == "Printer at 127.0.0.1:9100"
    for bad in ("", "lpt1", "http://x", "cups:", "tcp://:9100"):
        with pytest.raises(DeviceUriError):
            parse_printer_uri(bad)
