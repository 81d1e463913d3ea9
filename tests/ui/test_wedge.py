"""WedgeDecoder: scans told apart from typing by key timing alone (synthetic timestamps, no Qt)."""

from station.ui.wedge import BareEnter, Scan, Typed, WedgeDecoder


def feed(decoder: WedgeDecoder, keys: list[tuple[str, float]]) -> list:
    """keys: (char or '\\r', time ms)."""
    out = []
    for ch, t in keys:
        out += decoder.enter(t) if ch == "\r" else decoder.key(ch, t)
    return out


def burst(code: str, start: float, gap: float = 5) -> list[tuple[str, float]]:
    keys = [(ch, start + i * gap) for i, ch in enumerate(code)]
    return keys + [("\r", start + len(code) * gap)]


def typed_text(outputs) -> str:
    return "".join("".join(o.payloads) + ("\r" if o.enter else "") for o in outputs if isinstance(o, Typed))


def test_a_fast_burst_ending_in_enter_is_one_scan():
    out = feed(WedgeDecoder(40, 4), burst("113-1234567-1234567", 0))
    assert out == [Scan("113-1234567-1234567")]


def test_two_scans_back_to_back_stay_two_and_keep_their_enter():
    d = WedgeDecoder(40, 4)
    keys = burst("036000291452", 0, 3)
    keys += burst("CMD:CONFIRM", keys[-1][1] + 3, 3)  # the next scan starts 3 ms after the first's Enter
    assert feed(d, keys) == [Scan("036000291452"), Scan("CMD:CONFIRM")]
    assert not d.pending


def test_typing_is_handed_back_in_order_and_never_taken_as_a_scan():
    d = WedgeDecoder(40, 4)
    keys = [(ch, i * 180.0) for i, ch in enumerate("sku-12")]
    out = feed(d, keys)
    out += d.timeout()  # the last key waits for the timer
    assert typed_text(out) == "sku-12"
    assert not any(isinstance(o, Scan) for o in out)


def test_enter_after_typing_is_a_bare_enter_and_the_text_goes_first():
    d = WedgeDecoder(40, 4)
    out = feed(d, [("a", 0), ("b", 200), ("\r", 400)])
    assert typed_text(out) == "ab"
    assert isinstance(out[-1], BareEnter)


def test_bare_enter_with_nothing_before_it():
    assert WedgeDecoder(40, 4).enter(10_000) == [BareEnter()]


def test_enter_just_after_a_scan_is_bare_not_part_of_the_scan():
    d = WedgeDecoder(40, 4)
    out = feed(d, burst("036000291452", 0))
    out += d.enter(60 + 12 * 5)  # a second Enter, 60 ms after the scan's own
    assert out == [Scan("036000291452"), BareEnter()]


def test_a_short_fast_burst_with_enter_is_typing_with_its_enter():
    d = WedgeDecoder(40, 4)
    out = feed(d, burst("ab", 0))  # shorter than min_length
    assert typed_text(out) == "ab\r"
    assert not any(isinstance(o, (Scan, BareEnter)) for o in out)


def test_slow_scanner_within_the_gap_still_scans():
    assert feed(WedgeDecoder(40, 4), burst("036000291452", 0, gap=35)) == [Scan("036000291452")]


def test_scanner_slower_than_the_gap_is_typing_until_the_gap_is_raised():
    keys = burst("036000291452", 0, gap=60)
    assert not any(isinstance(o, Scan) for o in feed(WedgeDecoder(40, 4), keys))
    assert feed(WedgeDecoder(80, 4), keys) == [Scan("036000291452")]


def test_a_burst_still_arriving_is_not_spilled_by_one_timeout():
    d = WedgeDecoder(40, 4)
    out = feed(d, [(ch, i * 5.0) for i, ch in enumerate("0360002")])
    assert d.timeout() == []  # looks like a scan whose Enter is late: keep waiting
    out += feed(d, [(ch, 35 + i * 5.0) for i, ch in enumerate("91452")] + [("\r", 60)])
    assert out == [Scan("036000291452")]


def test_a_fast_burst_that_never_ends_in_enter_is_finally_typing():
    d = WedgeDecoder(40, 4, max_waits=2)
    feed(d, [(ch, i * 5.0) for i, ch in enumerate("abcdef")])
    assert d.timeout() == [] and d.timeout() == []
    assert typed_text(d.timeout()) == "abcdef"


def test_typing_right_before_a_scan_is_not_merged_into_it():
    d = WedgeDecoder(40, 4)
    out = feed(d, [("x", 0)] + burst("036000291452", 500))
    assert typed_text(out) == "x"
    assert out[-1] == Scan("036000291452")


def test_another_key_releases_held_typing():
    d = WedgeDecoder(40, 4)
    d.key("a", 0)
    assert typed_text(d.other()) == "a"
    assert not d.pending
