"""Issue 7: several stations on one database: order claims, the leader lease, the change feed.

The races run as real processes against PostgreSQL (STATION_TEST_DATABASE_URL); claim rules also run on
SQLite, where the single bench is always the leader.
"""

import os
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, update

from station.domain.barcodes import gs1_check_digit
from station.domain.commands import Command
from station.domain.order import AmazonStatus, Order, OrderLine, PackStatus, Product
from station.domain.pack import Outcome
from station.services.bench import Bench, EventKind
from station.store import claims
from station.store.audit import AuditAction
from station.store.changes import ChangeFeed, ChangeListener
from station.store.db import open_store
from station.store.lease import LeaderElector, LeaderGate, LeaderLease
from station.store.models import AuditRow, OrderClaimRow, ScanRow
from station.store.repositories import OrderRepository, ProductRepository

TEST_KEY = "q0lG0nb4Yb1zBv0q3mC2m7yQkz2sKkq0p3j7S0mYy1s="


@pytest.fixture(autouse=True)
def shared_key(monkeypatch):
    monkeypatch.setenv("STATION_DATA_KEY", TEST_KEY)  # every station of one database holds the same key


def seed_orders(store, count: int, prefix: str = "201") -> tuple[list[Order], dict[str, Product]]:
    orders, products = [], {}
    for n in range(count):
        body = f"0{n:012d}"
        gtin = body + str(gs1_check_digit(body))
        sku = f"SKU-R{n:05d}"
        products[sku] = Product(sku, f"Racing item {n}", barcodes=[gtin])
        orders.append(Order(f"{prefix}-{n:07d}-{n:07d}", AmazonStatus.UNSHIPPED,
                            [OrderLine("1", sku, 1 + n % 2, f"Racing item {n}")],
                            ship_by=datetime.now(timezone.utc) + timedelta(hours=5)))
    with store.session() as db:
        for product in products.values():
            ProductRepository(db).upsert(product)
        for order in orders:
            OrderRepository(db).save(order, station="sync")
    return orders, products


def pack(bench: Bench, order: Order, products) -> None:
    assert bench.scan(order.order_id).kind is EventKind.OPENED
    for _ in range(order.lines[0].quantity):
        assert bench.scan(products[order.lines[0].sku].barcodes[0]).result.outcome is Outcome.ACCEPTED


def test_an_order_on_one_bench_is_refused_at_another_until_set_aside(store):
    orders, products = seed_orders(store, 2)
    a, b = Bench(store, "bench-a", "ana"), Bench(store, "bench-b", "bo")
    assert a.scan(orders[0].order_id).kind is EventKind.OPENED
    refused = b.scan(orders[0].order_id)
    assert refused.kind is EventKind.REFUSED and "bench-a" in refused.message and "ana" in refused.message
    assert b.session is None
    a.scan(orders[1].order_id)  # switching orders at bench A sets the first one aside: free for others
    assert b.scan(orders[0].order_id).kind is EventKind.OPENED
    assert a.scan(orders[0].order_id).kind is EventKind.REFUSED
    b.scan(Command.CANCEL.value)
    assert a.scan(orders[0].order_id).kind is EventKind.OPENED


def test_a_dead_station_loses_its_order_and_its_late_scans_are_not_counted(store):
    orders, products = seed_orders(store, 1)
    order = orders[0]
    code = products[order.lines[0].sku].barcodes[0]
    a = Bench(store, "bench-a", "ana", claim_timeout_s=60)
    b = Bench(store, "bench-b", "bo", claim_timeout_s=60)
    a.scan(order.order_id)
    assert b.scan(order.order_id).kind is EventKind.REFUSED
    with store.session() as db:  # bench A stops beating (power cut, frozen)
        db.execute(update(OrderClaimRow).values(heartbeat_at=datetime.now(timezone.utc) - timedelta(minutes=5)))
    assert b.scan(order.order_id).kind is EventKind.OPENED  # taken over
    late = a.scan(code)  # bench A wakes up
    assert late.kind is EventKind.REFUSED and "bench-b" in late.message and "NOT recorded" in late.message
    assert a.session is None
    with store.session() as db:
        assert db.scalar(select(func.count()).select_from(ScanRow).where(ScanRow.outcome == "accepted")) == 0
        assert db.scalar(select(func.count()).select_from(AuditRow)
                         .where(AuditRow.action == AuditAction.CLAIM_TAKEN_OVER.value)) == 1
    for _ in range(order.lines[0].quantity):
        assert b.scan(code).result.outcome is Outcome.ACCEPTED
    assert b.bare_enter().kind is EventKind.CLOSED


def test_a_lapsed_claim_is_taken_again_but_another_stations_scans_force_a_reload(store):
    orders, products = seed_orders(store, 2)
    order = orders[1]  # 2 units
    code = products[order.lines[0].sku].barcodes[0]
    a, b = Bench(store, "bench-a", "ana"), Bench(store, "bench-b", "bo")
    a.scan(order.order_id)
    with store.session() as db:  # bench A's claim lapsed; nobody wanted the order
        claims.release_stale(db, timeout_s=-1)
    assert a.scan(code).result.outcome is Outcome.ACCEPTED  # simply taken again
    with store.session() as db:
        claims.release_stale(db, timeout_s=-1)
    b.scan(order.order_id)
    b.scan(code)  # bench B finishes the units meanwhile and sets the order aside
    b.scan(Command.CANCEL.value)
    event = a.scan(code)
    assert event.kind is EventKind.REFUSED and event.extra.get("reloaded") and "NOT recorded" in event.message
    assert a.session.order.is_complete  # the reloaded view: B's unit counted, A's late scan not
    with store.session() as db:
        assert db.scalar(select(func.count()).select_from(ScanRow).where(ScanRow.outcome == "accepted")) == 2


def test_confirm_is_refused_when_the_claim_was_lost(store):
    orders, products = seed_orders(store, 1)
    order = orders[0]
    a = Bench(store, "bench-a", "ana")
    pack(a, order, products)
    with store.session() as db:
        assert claims.force_release(db, order.order_id).station == "bench-a"  # a supervisor freed it
        assert claims.claim(db, order.order_id, "bench-b", "bo").ok
    event = a.scan(Command.CONFIRM.value)
    assert event.kind is EventKind.REFUSED and event.extra.get("claim_lost")
    with store.session() as db:
        assert not db.scalar(select(func.count()).select_from(ScanRow).where(ScanRow.command == "CMD:CONFIRM"))
        assert not db.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.action == "confirm"))
        assert claims.holder(db, order.order_id).station == "bench-b"


def test_claim_rules(store):
    orders, _ = seed_orders(store, 2)
    oid = orders[0].order_id
    with store.session() as db:
        first = claims.claim(db, oid, "s1", "ana")
        assert first.ok and not first.took_over
    with store.session() as db:
        again = claims.claim(db, oid, "s1", "ana")  # renewing keeps the original claim time
        assert again.ok and again.claim.claimed_at == first.claim.claimed_at
        other = claims.claim(db, oid, "s2")
        assert not other.ok and other.claim.station == "s1"
        assert claims.hold(db, oid, "s1") and not claims.hold(db, oid, "s2")
        assert claims.heartbeat(db, "s1") == 1
        assert list(claims.all_claims(db)) == [oid]
    with store.session() as db:
        assert claims.release_stale(db, timeout_s=3600) == []
        db.execute(update(OrderClaimRow).values(heartbeat_at=datetime.now(timezone.utc) - timedelta(hours=2)))
    with store.session() as db:
        assert [c.station for c in claims.release_stale(db, timeout_s=3600)] == ["s1"]
        assert claims.holder(db, oid) is None
        assert not claims.release(db, oid, "s1")


def test_claim_heartbeat_thread_keeps_claims_fresh(store):
    orders, _ = seed_orders(store, 1)
    with store.session() as db:
        claims.claim(db, orders[0].order_id, "s1")
        db.execute(update(OrderClaimRow).values(heartbeat_at=datetime.now(timezone.utc) - timedelta(seconds=90)))
    keeper = claims.ClaimHeartbeat(store, "s1", interval_s=3600, timeout_s=120)
    keeper.beat()
    with store.session() as db:
        assert not claims.claim(db, orders[0].order_id, "s2", timeout_s=60).ok  # fresh again


def test_change_feed_moves_with_every_station_action(store):
    orders, products = seed_orders(store, 1)
    feed = ChangeFeed(store)
    token = feed.version()
    assert not feed.changed_since(token)[0]
    bench = Bench(store, "bench-a")
    bench.scan(orders[0].order_id)
    changed, token2 = feed.changed_since(token)
    assert changed
    with store.session() as db:
        claims.heartbeat(db, "bench-a")  # a heartbeat alone is no change for the queue
    assert not feed.changed_since(token2)[0]
    bench.scan(products[orders[0].lines[0].sku].barcodes[0])
    assert feed.changed_since(token2)[0]


# -- PostgreSQL: real processes ---------------------------------------------------------------------
RACER = textwrap.dedent("""
    import json, sys
    from station.domain.commands import Command
    from station.services.bench import Bench, EventKind
    from station.store.db import open_store
    url, station, orders = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    store = open_store(url, migrate=False)
    bench = Bench(store, station, station + "-op")
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    confirmed, refused, lost = [], 0, 0
    for order_id, code, quantity in orders:
        event = bench.scan(order_id)
        if event.kind is not EventKind.OPENED:
            refused += 1
            continue
        if event.order.is_complete:  # packed by the other bench already: nothing to do here
            bench.scan(Command.CANCEL.value)
            continue
        for _ in range(quantity):
            event = bench.scan(code)
        event = bench.scan(Command.CONFIRM.value)
        if event.kind is EventKind.CLOSED:
            confirmed.append(order_id)
        elif event.extra.get("claim_lost"):
            lost += 1
    print(json.dumps({"confirmed": confirmed, "refused": refused, "lost": lost}), flush=True)
""")


@pytest.mark.postgres
@pytest.mark.slow
def test_two_station_processes_never_pack_or_confirm_one_order_twice(pg_schema):
    import json

    store = open_store(pg_schema)
    try:
        orders, products = seed_orders(store, 300)
        plan = json.dumps([[o.order_id, products[o.lines[0].sku].barcodes[0], o.lines[0].quantity] for o in orders])
        env = {**os.environ, "STATION_NO_LOG_FILE": "1"}
        racers = [subprocess.Popen([sys.executable, "-c", RACER, pg_schema, name, plan], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True, env=env) for name in ("bench-a", "bench-b")]
        for racer in racers:
            assert racer.stdout.readline().strip() == "ready"
        for racer in racers:
            racer.stdin.write("go\n")
            racer.stdin.flush()
        results = [json.loads(racer.communicate(timeout=600)[0].strip().splitlines()[-1]) for racer in racers]
        a, b = (set(r["confirmed"]) for r in results)
        assert not a & b  # no order confirmed by both
        assert a | b == {o.order_id for o in orders}  # and none left behind
        assert a and b and results[0]["refused"] + results[1]["refused"] > 0  # they really raced
        with store.session() as db:
            accepted = dict(db.execute(select(ScanRow.order_id, func.count()).where(ScanRow.outcome == "accepted")
                                       .group_by(ScanRow.order_id)).all())
            stations = dict(db.execute(select(ScanRow.order_id, func.count(ScanRow.station.distinct()))
                                       .where(ScanRow.outcome == "accepted").group_by(ScanRow.order_id)).all())
            confirms = dict(db.execute(select(AuditRow.order_id, func.count())
                                       .where(AuditRow.action == AuditAction.CONFIRM.value)
                                       .group_by(AuditRow.order_id)).all())
            statuses = {o.order_id: o.pack_status for o in OrderRepository(db).list()}
        for order in orders:
            assert accepted[order.order_id] == order.lines[0].quantity, order.order_id  # no unit packed twice
            assert stations[order.order_id] == 1  # by one station only
            assert confirms[order.order_id] == 1  # confirmed once
            assert statuses[order.order_id] is PackStatus.PACKED
    finally:
        store.dispose()


LEADER = textwrap.dedent("""
    import sys, time
    from station.store.db import open_store
    from station.store.lease import LeaderElector, LeaderLease
    store = open_store(sys.argv[1], migrate=False)
    lease = LeaderLease(store, "amazon", station=sys.argv[2], ttl_s=float(sys.argv[3]))
    elector = LeaderElector(lease, on_change=lambda leading: print("leader" if leading else "follower",
                                                                    flush=True))
    elector.start()
    for line in sys.stdin:  # "stop": step down cleanly
        break
    elector.stop()
""")


def _wait_for(process, word: str, deadline_s: float) -> bool:
    import selectors

    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if selector.select(timeout=max(0.0, end - time.monotonic())):
            line = process.stdout.readline()
            if not line:
                return False
            if line.strip() == word:
                return True
    return False


@pytest.mark.postgres
def test_killing_the_sync_leader_hands_over_within_a_minute(pg_schema):
    open_store(pg_schema).dispose()
    env = {**os.environ, "STATION_NO_LOG_FILE": "1"}
    start = lambda name: subprocess.Popen([sys.executable, "-c", LEADER, pg_schema, name, "3"],  # noqa: E731
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    first = start("bench-a")
    try:
        assert _wait_for(first, "leader", 30)
        second = start("bench-b")
        try:
            assert _wait_for(second, "follower", 30)
            time.sleep(2)  # several renewals: it stays the follower while the leader lives
            first.kill()
            first.wait()
            assert _wait_for(second, "leader", 60)  # the requirement: within a minute
            third = start("bench-c")
            try:
                assert _wait_for(third, "follower", 30)
                second.stdin.write("stop\n")  # a clean shutdown hands over at once
                second.stdin.flush()
                assert _wait_for(third, "leader", 30)
            finally:
                third.kill()
                third.wait()
        finally:
            second.kill()
            second.wait()
    finally:
        first.kill()
        first.wait()


@pytest.mark.postgres
def test_lease_rules_and_fencing(pg_schema):
    store = open_store(pg_schema)
    try:
        a = LeaderLease(store, "amazon", station="a", ttl_s=1.0)
        b = LeaderLease(store, "amazon", station="b", ttl_s=1.0)
        assert a.try_acquire() and a.is_leader and a.token == 1
        assert not b.try_acquire() and not b.is_leader
        assert a.try_acquire() and a.token == 1  # renewing keeps the token
        with store.session() as db:
            assert a.still_held(db) and not b.still_held(db)
        time.sleep(1.3)  # a stops renewing
        assert not a.is_leader
        assert b.try_acquire() and b.token == 2  # a new holder, a new fencing token
        with store.session() as db:
            assert not a.still_held(db)
        assert not a.try_acquire()
        assert b.current_holder()[0] == b.holder
        b.release()
        assert a.try_acquire() and a.token == 3
    finally:
        store.dispose()


def test_sqlite_bench_is_always_the_leader(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'station.db'}")
    try:
        lease = LeaderLease(store, station="solo")
        assert lease.try_acquire() and lease.is_leader
        elector = LeaderElector(lease, interval_s=0.05)
        elector.start()
        assert elector.became_leader.wait(5)
        elector.stop()
        with store.session() as db:
            assert lease.still_held(db)
    finally:
        store.dispose()


@pytest.mark.postgres
def test_listener_hears_another_stations_commit(pg_schema):
    import threading

    store = open_store(pg_schema)
    try:
        orders, _ = seed_orders(store, 1)
        heard = threading.Event()
        listener = ChangeListener(store, heard.set, poll_s=30)  # long poll: only NOTIFY can wake it in time
        listener.start()
        time.sleep(1.0)
        other = subprocess.run([sys.executable, "-c", textwrap.dedent("""
            import sys
            from station.services.bench import Bench
            from station.store.db import open_store
            store = open_store(sys.argv[1], migrate=False)
            print(Bench(store, "bench-b").scan(sys.argv[2]).kind.value)
        """), pg_schema, orders[0].order_id], capture_output=True, text=True, env={**os.environ}, timeout=120)
        assert other.stdout.strip() == "opened", other.stderr
        assert heard.wait(10)
        listener.stop()
    finally:
        store.dispose()


class Worker:
    """A restartable worker thread that counts its passes (the shape of SyncWorker / OutboxWorker)."""

    def __init__(self) -> None:
        import threading

        self.passes, self.starts = 0, 0
        self._halt = threading.Event()
        self._thread = None

    def start(self):
        import threading

        self.starts += 1
        self._halt.clear()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._halt.wait(0.01):
            self.passes += 1

    def stop(self):
        self._halt.set()
        self._thread.join(5)

    @property
    def running(self):
        return self._thread is not None and self._thread.is_alive()


@pytest.mark.postgres
def test_leader_gate_runs_the_workers_on_one_station_only(pg_schema):
    stores = [open_store(pg_schema), open_store(pg_schema, migrate=False)]
    try:
        workers = [[Worker(), Worker()], [Worker(), Worker()]]
        gates = [LeaderGate(LeaderLease(s, station=f"bench-{i}", ttl_s=1.5), w, interval_s=0.3)
                 for i, (s, w) in enumerate(zip(stores, workers))]
        gates[0].start()
        deadline = time.monotonic() + 10
        while not all(w.running for w in workers[0]) and time.monotonic() < deadline:
            time.sleep(0.05)
        gates[1].start()
        time.sleep(1.5)
        assert all(w.running for w in workers[0]) and not any(w.starts for w in workers[1])
        gates[0].stop()  # the leader's app closes: the other takes over at once
        deadline = time.monotonic() + 10
        while not all(w.running for w in workers[1]) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert all(w.running for w in workers[1]) and not any(w.running for w in workers[0])
        gates[1].stop()
        assert not any(w.running for w in workers[1])
    finally:
        for store in stores:
            store.dispose()
