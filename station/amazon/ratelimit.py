"""The client's one rate limiter: a token bucket per SP-API operation, plus retry delays.

Rate and burst come from the usage plans of the official models (station.amazon.spec);
the ``x-amzn-RateLimit-Limit`` header of each answer replaces the rate (Amazon may grant
a seller more, or less). A 429 empties the bucket, so the next call waits a full period.

Clock and sleep are injectable: with the sandbox's ``VirtualClock`` (``clock=vc, sleep=vc.sleep``)
waits advance simulated time, and a benchmark measures simulated seconds.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from station.amazon import spec

log = logging.getLogger(__name__)

Clock = Callable[[], float]
Sleep = Callable[[float], None]
DEFAULT_PLAN = (0.5, 10)  # for an operation the models give no plan for: careful, not fast


@dataclass
class Bucket:
    rate: float  # tokens per second
    burst: int
    tokens: float
    updated: float


class RateLimiter:
    """Thread-safe. ``acquire(op)`` blocks (through ``sleep``) until ``op`` may be called."""

    def __init__(self, clock: Clock = time.monotonic, sleep: Sleep = time.sleep,
                 plans: dict[str, tuple[float, int]] | None = None) -> None:
        self.clock, self.sleep = clock, sleep
        self._plans = dict(plans or {})
        self._buckets: dict[str, Bucket] = {}
        self._lock = threading.Lock()
        self.waited: dict[str, float] = {}  # seconds spent waiting, per operation (for figures)

    def plan(self, operation: str) -> tuple[float, int]:
        if operation in self._plans:
            return self._plans[operation]
        try:
            return spec.usage_plan(operation)
        except KeyError:
            return DEFAULT_PLAN

    def _bucket(self, operation: str, now: float) -> Bucket:
        bucket = self._buckets.get(operation)
        if bucket is None:
            rate, burst = self.plan(operation)
            bucket = self._buckets[operation] = Bucket(rate, burst, float(burst), now)  # Amazon's start full
        elapsed = max(0.0, now - bucket.updated)
        bucket.tokens = min(float(bucket.burst), bucket.tokens + elapsed * bucket.rate)
        bucket.updated = now
        return bucket

    def reserve(self, operation: str) -> float:
        """Take a token now (possibly on credit); return how long the caller must wait before using it."""
        with self._lock:
            now = self.clock()
            bucket = self._bucket(operation, now)
            bucket.tokens -= 1.0
            wait = 0.0 if bucket.tokens >= 0 else -bucket.tokens / bucket.rate
            if wait:
                self.waited[operation] = self.waited.get(operation, 0.0) + wait
            return wait

    def acquire(self, operation: str) -> float:
        wait = self.reserve(operation)
        if wait > 0:
            self.sleep(wait)
        return wait

    def throttled(self, operation: str) -> None:
        """Amazon said 429: its bucket is empty, whatever ours thought."""
        with self._lock:
            bucket = self._bucket(operation, self.clock())
            bucket.tokens = min(bucket.tokens, 0.0)

    def observe_limit(self, operation: str, header: str | None) -> None:
        """Honour ``x-amzn-RateLimit-Limit`` (requests per second) from an answer."""
        if not header:
            return
        try:
            rate = float(header)
        except ValueError:
            return
        if rate <= 0:
            return
        with self._lock:
            bucket = self._bucket(operation, self.clock())
            if abs(bucket.rate - rate) > 1e-9:
                log.info("rate limit of %s is now %g/s (was %g/s)", operation, rate, bucket.rate)
                bucket.rate = rate

    def rate(self, operation: str) -> float:
        with self._lock:
            return self._bucket(operation, self.clock()).rate


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: attempt n waits uniform(0, min(cap, base * 2**n))."""

    base: float = 1.0
    cap: float = 60.0
    attempts: int = 6  # calls in all, the first included
    rng: random.Random | None = None

    def delay(self, attempt: int, floor: float = 0.0) -> float:
        rng = self.rng or random
        return max(floor, rng.uniform(0, min(self.cap, self.base * (2 ** attempt))))


_shared: dict[tuple, RateLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(endpoint: str, seller: str = "") -> RateLimiter:
    """One limiter per seller account and endpoint for the whole process (sync and outbox share it)."""
    with _shared_lock:
        key = (endpoint, seller)
        if key not in _shared:
            _shared[key] = RateLimiter()
        return _shared[key]
