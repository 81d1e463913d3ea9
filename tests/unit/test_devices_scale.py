"""Scale protocol frames, unit conversion and stability, without a port."""

from __future__ import annotations

import pytest

from station.devices.scale import (Continuous, Nci, ScaleState, Sics, StabilityFilter, parse_hid_report,
                                   parse_hid_uri, parse_weight, reading, to_grams)
from station.devices.uris import DeviceUriError


@pytest.mark.parametrize("text,grams,unit", [
    ("  1.25LB", 566.99, "lb"), ("0.500 kg", 500.0, "kg"), ("16.0 oz", 453.59, "oz"), ("+ 250 g", 250.0, "g"),
    ("1 lb 8 oz", 680.39, "lb oz"), ("-0.02kg", -20.0, "kg"), ("12.5 lbs", 5669.90, "lb"),
])
def test_weights_are_converted_to_grams(text, grams, unit):
    value, got_unit, _ = parse_weight(text)
    assert value == pytest.approx(grams, abs=0.01) and got_unit == unit


def test_unknown_unit():
    with pytest.raises(ValueError):
        to_grams(1, "stone")
    assert parse_weight("hello") is None


@pytest.mark.parametrize("frame,state,grams", [
    (b"S S     100.00 g", ScaleState.STABLE, 100.0),
    (b"S D       0.75 kg", ScaleState.UNSTABLE, 750.0),
    (b"S +", ScaleState.OVERLOAD, None),
    (b"S -", ScaleState.UNDER_ZERO, None),
    (b"S S      -1.00 g", ScaleState.UNDER_ZERO, -1.0),
    (b"ES", ScaleState.ERROR, None),
])
def test_sics(frame, state, grams):
    value = Sics().parse(frame)
    assert value.state is state and value.grams == grams


@pytest.mark.parametrize("frame,state", [
    (b"\n  1.25LB\r\nS00\r", ScaleState.STABLE),
    (b"\n  1.25LB\r\nS10\r", ScaleState.UNSTABLE),  # motion
    (b"\nS10\r", ScaleState.UNSTABLE),  # motion, no weight field
    (b"\n  0.00LB\r\nS20\r", ScaleState.STABLE),  # at zero
    (b"\nS01\r", ScaleState.UNDER_ZERO),
    (b"\n^^^^^^\r\nS02\r", ScaleState.OVERLOAD),
    (b"\nS40\r", ScaleState.ERROR),  # RAM error
])
def test_nci(frame, state):
    assert Nci().parse(frame).state is state


def test_nci_frames_split_on_etx():
    buffer = bytearray(b"\n 1.00KG\r\nS00\r\x03\n 2.0")
    frames = Nci().split(buffer)
    assert len(frames) == 1 and Nci().parse(frames[0]).grams == 1000.0
    assert buffer == bytearray(b"\n 2.0")


def test_continuous_lines_cr_lf_or_both():
    buffer = bytearray(b"ST,GS,+  1.250kg\r\nUS,GS,+  1.3kg\rOL,GS\n  0.5")
    states = [Continuous().parse(f).state for f in Continuous().split(buffer)]
    assert states == [ScaleState.STABLE, ScaleState.UNSTABLE, ScaleState.OVERLOAD]
    assert buffer == bytearray(b"  0.5")


def test_stability_filter_needs_steady_weight_for_the_window():
    judge = StabilityFilter(window_s=0.5, tolerance_g=2.0)
    plain = lambda g: reading(ScaleState.UNSTABLE, g, "g", f"{g} g", message="")  # noqa: E731
    assert judge(plain(100), 0.0).state is ScaleState.UNSTABLE
    assert judge(plain(101), 0.3).state is ScaleState.UNSTABLE
    assert judge(plain(100.2), 0.45).state is ScaleState.UNSTABLE  # not yet steady for 0.5 s
    assert judge(plain(100.5), 0.6).state is ScaleState.STABLE
    assert judge(plain(150), 0.7).state is ScaleState.UNSTABLE  # moved: unstable again
    flagged = reading(ScaleState.UNSTABLE, 10.0, "g", "10 g")  # the scale itself says unstable
    assert judge(flagged, 5.0).state is ScaleState.UNSTABLE


@pytest.mark.parametrize("report,state,grams", [
    ([3, 4, 12, 0xFE, 0x7D, 0x00], ScaleState.STABLE, 1.25 * 453.59237),  # 125 x 10^-2 lb
    ([3, 4, 2, 0x00, 0xE8, 0x03], ScaleState.STABLE, 1000.0),  # 1000 g
    ([3, 3, 11, 0xFF, 0x2A, 0x00], ScaleState.UNSTABLE, 4.2 * 28.349523125),
    ([3, 2, 2, 0, 0, 0], ScaleState.STABLE, 0.0),
    ([3, 5, 2, 0, 0, 0], ScaleState.UNDER_ZERO, None),
    ([3, 6, 2, 0, 0, 0], ScaleState.OVERLOAD, None),
])
def test_hid_pos_scale_reports(report, state, grams):
    value = parse_hid_report(report)
    assert value.state is state
    assert value.grams == (pytest.approx(grams) if grams is not None else None)


def test_hid_uri():
    assert parse_hid_uri("hid://0922:8003") == (0x0922, 0x8003)
    with pytest.raises(DeviceUriError):
        parse_hid_uri("hid://dymo")
