"""The client's token buckets and backoff, on a virtual clock (no sleeping, no network)."""

from __future__ import annotations

import random

import pytest

from station.amazon.ratelimit import Backoff, RateLimiter
from station.amazon.sandbox import VirtualClock


@pytest.fixture
def clock():
    return VirtualClock(1_000_000.0)


def test_plans_come_from_the_official_models(clock):
    limiter = RateLimiter(clock, clock.sleep)
    assert limiter.plan("searchOrders") == (0.0056, 20)
    assert limiter.plan("ordersV0:confirmShipment") == (2.0, 10)
    assert limiter.plan("createRestrictedDataToken") == (1.0, 10)


def test_burst_is_free_then_calls_are_spaced_at_the_rate(clock):
    limiter = RateLimiter(clock, clock.sleep)
    start = clock()
    waits = [limiter.acquire("ordersV0:confirmShipment") for _ in range(30)]
    assert waits[:10] == [0.0] * 10  # the burst
    assert all(w > 0 for w in waits[10:])
    assert clock() - start == pytest.approx(20 / 2.0)  # 20 more calls at 2 per second


def test_buckets_are_per_operation(clock):
    limiter = RateLimiter(clock, clock.sleep)
    for _ in range(20):
        limiter.acquire("searchOrders")
    assert limiter.reserve("ordersV0:confirmShipment") == 0.0
    assert limiter.reserve("searchOrders") == pytest.approx(1 / 0.0056)


def test_bucket_refills_over_time_up_to_burst(clock):
    limiter = RateLimiter(clock, clock.sleep, plans={"op": (1.0, 3)})
    for _ in range(3):
        assert limiter.acquire("op") == 0.0
    clock.advance(100)  # refills to 3, not 100
    assert [limiter.reserve("op") for _ in range(4)] == [0.0, 0.0, 0.0, pytest.approx(1.0)]


def test_a_429_empties_the_bucket(clock):
    limiter = RateLimiter(clock, clock.sleep, plans={"op": (0.5, 10)})
    limiter.acquire("op")
    limiter.throttled("op")
    assert limiter.reserve("op") == pytest.approx(2.0)


def test_rate_header_replaces_the_documented_rate(clock):
    limiter = RateLimiter(clock, clock.sleep, plans={"op": (1.0, 1)})
    limiter.acquire("op")
    limiter.observe_limit("op", "4.0")
    assert limiter.rate("op") == 4.0
    assert limiter.reserve("op") == pytest.approx(0.25)
    limiter.observe_limit("op", "not a number")
    limiter.observe_limit("op", None)
    assert limiter.rate("op") == 4.0


def test_backoff_is_jittered_exponential_and_capped():
    backoff = Backoff(base=1.0, cap=8.0, rng=random.Random(3))
    for attempt in range(8):
        delays = [backoff.delay(attempt) for _ in range(200)]
        assert all(0 <= d <= min(8.0, 2 ** attempt) for d in delays)
        assert len(set(delays)) > 150  # jitter: no two workers retry in lockstep
    assert all(backoff.delay(0, floor=0.7) >= 0.7 for _ in range(50))
