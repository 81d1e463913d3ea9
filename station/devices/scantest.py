"""What a scan looked like, key by key, and what is wrong with the scanner's set-up. Pure; the scanner
test field (station.ui.scanner_test) feeds it key events with their times."""

from __future__ import annotations

from dataclasses import dataclass, field

from station.devices.scanner import visible

# Digits typed on a US-configured scanner into a French AZERTY PC (and the other way round)
AZERTY_DIGITS = dict(zip("&é\"'(-è_çà", "1234567890"))
QWERTZ_SWAPS = {"y": "z", "z": "y", "Y": "Z", "Z": "Y", "ß": "-", "?": "_"}


@dataclass
class ScanReport:
    text: str  # the characters, suffix included
    gaps_ms: list[float]  # before each character (the first is 0)
    suffix: str | None  # "Enter", "Tab" or None
    problems: list[str] = field(default_factory=list)

    @property
    def visible(self) -> str:
        return visible(self.text)

    @property
    def max_gap_ms(self) -> float:
        return max(self.gaps_ms[1:], default=0.0)

    @property
    def total_ms(self) -> float:
        return sum(self.gaps_ms[1:])

    @property
    def ok(self) -> bool:
        return not self.problems


def analyse(keys: list[tuple[str, float]], max_key_gap_ms: int, expected: str | None = None) -> ScanReport:
    """``keys``: (character, time in seconds) as typed; Enter is "\\r", Tab "\\t"."""
    text = "".join(ch for ch, _ in keys)
    gaps = [0.0] + [(b - a) * 1000.0 for (_, a), (_, b) in zip(keys, keys[1:])]
    suffix = {"\r": "Enter", "\n": "Enter", "\t": "Tab"}.get(text[-1:]) if text else None
    body = text[:-1] if suffix else text
    report = ScanReport(text, gaps, suffix)
    if not suffix:
        report.problems.append("No Enter at the end: set the scanner to send an Enter (CR) suffix, or scans "
                               "will only end after a pause.")
    elif suffix == "Tab":
        report.problems.append("The scanner ends scans with Tab: set its suffix to Enter (CR).")
    slow = [(i, g) for i, g in enumerate(gaps) if i and g > max_key_gap_ms]
    if slow:
        index, gap = max(slow, key=lambda item: item[1])
        report.problems.append(
            f"Keys came up to {gap:.0f} ms apart (after character {index}), slower than the "
            f"{max_key_gap_ms} ms allowed (scanner.max_key_gap_ms): the app would cut this scan. Set the scanner's "
            "keyboard speed to fast, or raise the setting.")
    if body and sum(ch in AZERTY_DIGITS for ch in body) >= max(2, len(body) // 2):
        fixed = "".join(AZERTY_DIGITS.get(ch, ch) for ch in body)
        report.problems.append(f"Digits arrive as {body[:12]!r}: the scanner and the PC use different keyboard "
                               f"layouts (AZERTY vs QWERTY); it should read {fixed[:12]!r}. Set the scanner to the "
                               "PC's layout (or its 'Alt+keypad' / universal mode).")
    if expected is not None and body != expected:
        report.problems.append(_compare(body, expected))
    if any(ord(ch) < 32 for ch in body) and "\x1d" not in body:
        report.problems.append(f"The scan holds control characters ({visible(body)}): check the scanner's "
                               "prefix/suffix settings.")
    return report


def _compare(got: str, expected: str) -> str:
    if len(got) != len(expected):
        return (f"Expected {visible(expected)!r} ({len(expected)} characters) but got {visible(got)!r} "
                f"({len(got)}): characters are lost or added; slow down the scanner's keyboard speed.")
    swaps = sorted({f"{e!r} arrived as {g!r}" for g, e in zip(got, expected) if g != e})
    if swaps and all(QWERTZ_SWAPS.get(e) == g for g, e in zip(got, expected) if g != e):
        return f"{', '.join(swaps)}: the scanner uses a German (QWERTZ) layout and the PC a US one, or the reverse."
    return f"Some characters differ: {', '.join(swaps[:6])}. Check the scanner's keyboard layout (country) setting."
