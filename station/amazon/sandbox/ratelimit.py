"""Token buckets per operation with the documented rate and burst (server side)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from station.amazon.sandbox.clock import Clock


@dataclass
class _Bucket:
    rate: float
    burst: int
    tokens: float
    updated: float


class RateLimiter:
    """``allow(key, rate, burst)`` takes one token or says no. Buckets start full, as Amazon's do."""

    def __init__(self, clock: Clock):
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def allow(self, key: str, rate: float, burst: int) -> bool:
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = _Bucket(rate, burst, float(burst), now)
            elapsed = max(0.0, now - bucket.updated)
            bucket.tokens = min(float(bucket.burst), bucket.tokens + elapsed * bucket.rate)
            bucket.updated = now
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return True
            return False
