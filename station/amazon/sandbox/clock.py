"""Clocks for the sandbox: the wall clock, or a virtual one that tests and benchmarks move.

A clock is any callable returning POSIX seconds (like ``time.time``). With a
``VirtualClock`` the sandbox's dates, token expiry, rate limits and timeline all follow
simulated time: pass the same clock to the client's rate limiter (its ``sleep``
advances time instead of waiting) and 1,000 orders import in simulated seconds.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timezone
from typing import Callable

Clock = Callable[[], float]


def system_clock() -> float:
    return time.time()


class VirtualClock:
    """Simulated time that only moves when told to (``advance``/``sleep``); thread-safe."""

    def __init__(self, start: float | datetime | None = None):
        if isinstance(start, datetime):
            start = start.timestamp()
        self._now = float(time.time() if start is None else start)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("time cannot go backwards")
        with self._lock:
            self._now += seconds
            return self._now

    def sleep(self, seconds: float) -> None:
        """Drop-in for ``time.sleep`` in code that runs on simulated time."""
        self.advance(max(0.0, seconds))

    def datetime(self) -> datetime:
        return to_datetime(self())


def to_datetime(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, timezone.utc)


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with a Z, whole seconds (as Amazon writes them)."""
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
