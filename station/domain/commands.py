"""Command barcodes (DESIGN.md 3.4): plain-text Code 128 payloads a packer scans."""

from __future__ import annotations

import enum


class Command(str, enum.Enum):
    CONFIRM = "CMD:CONFIRM"  # finish the package: label if needed, confirm
    CANCEL = "CMD:CANCEL"  # leave the order, nothing lost
    REPRINT = "CMD:REPRINT"
    NEXT_BOX = "CMD:NEXT-BOX"  # close this package, start another
    SKIP = "CMD:SKIP"  # supervisor: count a unit that has no barcode
    ACK = "CMD:ACK"  # acknowledge an error stop (our addition: a scan, so no keyboard is needed)


def parse_command(text: str) -> Command | None:
    """The command a scan names, tolerant of case (a scanner with Caps Lock on)."""
    try:
        return Command(text.strip().upper())
    except ValueError:
        return None
