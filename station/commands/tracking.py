"""`station tracking NUMBER... [--json]` (DESIGN 3.1): check tracking numbers as a scan would be.

Needs no data folder, database or network: the check is pure (station.domain.tracking).
Exit 0 when every number is valid, 1 when any is invalid (a summary goes to stderr),
2 when no number was given.
"""

from __future__ import annotations

import json
import sys

from station.domain.tracking import TrackingCheck, validate_tracking


def _entry(raw: str, check: TrackingCheck) -> dict[str, object]:
    entry = check.as_dict()
    entry["input"] = raw  # what was typed, when normalising changed it (e.g. a 420+ZIP prefix)
    return entry


def _line(raw: str, check: TrackingCheck) -> str:
    shown = check.number if check.number == raw else f"{check.number} (from {raw!r})"
    if check.valid:
        if check.amazon_carrier_code:
            amazon = f"Amazon carrier code {check.amazon_carrier_code}"
        else:
            amazon = f"Amazon carrier code Other, carrier name {check.carrier_name}"
        return f"OK       {shown}  {check.carrier} [{check.service}]  -> {amazon}"
    who = f"{check.carrier}: " if check.carrier else ""
    return f"INVALID  {shown}  {who}{check.reason}"


def run(args) -> int:
    numbers: list[str] = list(getattr(args, "numbers", None) or [])
    if not numbers:
        print("station tracking: give at least one NUMBER", file=sys.stderr)
        return 2
    checks = [validate_tracking(raw) for raw in numbers]
    if getattr(args, "json", False):
        print(json.dumps([_entry(raw, c) for raw, c in zip(numbers, checks)], indent=2, ensure_ascii=False))
    else:
        for raw, check in zip(numbers, checks):
            print(_line(raw, check))
    invalid = sum(not c.valid for c in checks)
    if invalid:
        print(f"station tracking: {invalid} of {len(checks)} tracking numbers are invalid", file=sys.stderr)
        return 1
    return 0
