import os
import signal
import subprocess
import sys
import textwrap

from station.domain.commands import Command
from station.domain.order import AmazonStatus, PackStatus
from station.domain.pack import Problem
from station.services.bench import Bench, EventKind
from station.store.repositories import OrderRepository, ScanRepository


def test_pack_an_order_by_scans(seeded):
    store, orders, products = seeded
    order = orders[0]
    bench = Bench(store, "bench-1", "ana")
    assert bench.scan("PEN").kind is EventKind.REFUSED  # nothing open yet
    opened = bench.scan(order.order_id)
    assert opened.kind is EventKind.OPENED and opened.order.order_id == order.order_id
    for line in order.lines:
        for _ in range(line.quantity):
            event = bench.scan(products[line.sku].barcodes[0])
            assert event.result.order_item_id == line.order_item_id
    assert bench.session.order.is_complete
    done = bench.bare_enter()  # Enter on a complete order = CMD:CONFIRM
    assert done.kind is EventKind.CLOSED
    with store.session() as db:
        assert OrderRepository(db).get(order.order_id).pack_status is PackStatus.PACKED
        history = ScanRepository(db).history(order.order_id)
    assert history[-1].command is Command.CONFIRM


def test_wrong_item_from_another_order_is_a_stop_and_kept_in_the_log(seeded):
    store, orders, products = seeded
    bench = Bench(store, "bench-1")
    bench.scan(orders[0].order_id)
    other_sku = orders[1].lines[0].sku
    event = bench.scan(products[other_sku].barcodes[0])
    assert event.is_error and event.result.problem is Problem.WRONG_ITEM
    assert bench.scan(orders[1].order_id).result.problem is Problem.STOPPED  # cannot leave past the stop
    assert bench.bare_enter().stopped is None  # Enter acknowledges
    assert bench.scan(orders[1].order_id).kind is EventKind.OPENED


def test_switching_orders_keeps_the_first_ones_scans(seeded):
    store, orders, products = seeded
    bench = Bench(store, "bench-1")
    bench.scan(orders[0].order_id)
    bench.scan(products[orders[0].lines[0].sku].barcodes[0])
    bench.scan(orders[1].order_id)
    event = bench.scan(orders[0].order_id)
    assert event.order.lines[0].scanned == 1
    assert event.order.pack_status in (PackStatus.PACKING, PackStatus.PACKED)


def test_an_order_the_sync_lowered_while_set_aside_stops_when_it_is_scanned_again(seeded):
    store, orders, products = seeded
    order = orders[0]
    bench = Bench(store, "bench-1")
    bench.scan(order.order_id)
    for line in order.lines:
        for _ in range(line.quantity):
            bench.scan(products[line.sku].barcodes[0])
    bench.scan(Command.CANCEL.value)  # set aside
    with store.session() as db:  # the sync saw Amazon take one unit off each line
        OrderRepository(db).set_quantities(order.order_id, {ln.order_item_id: ln.quantity - 1 for ln in order.lines})
    first = bench.scan(order.order_id)
    assert first.is_error and first.stopped.problem is Problem.QUANTITY_REDUCED
    second = bench.bare_enter()  # one acknowledgement per lowered line: nothing hides behind the first
    assert second.is_error and second.stopped.problem is Problem.QUANTITY_REDUCED
    assert {first.result.sku, second.result.sku} == {ln.sku for ln in order.lines}
    assert not bench.bare_enter().is_error
    again = Bench(store, "bench-1").scan(order.order_id)  # a restart rebuilds the same, and asks nothing more
    assert not again.is_error and [ln.scanned for ln in again.order.lines] == [ln.quantity - 1 for ln in order.lines]


def test_cancelled_order_stops_loudly(seeded):
    store, orders, _ = seeded
    order = orders[0]
    bench = Bench(store, "bench-1")
    bench.scan(order.order_id)
    event = bench.amazon_cancelled(order.order_id)
    assert event.is_error and "CANCELLED" in event.message
    order.status = AmazonStatus.CANCELED
    with store.session() as db:
        OrderRepository(db).save(order)
    bench2 = Bench(store, "bench-2")
    reopened = bench2.scan(order.order_id)
    assert reopened.stopped is not None and reopened.stopped.problem is Problem.ORDER_CANCELLED


def test_pending_order_is_shown_but_not_packable(seeded):
    store, orders, _ = seeded
    order = orders[1]
    order.status = AmazonStatus.PENDING
    with store.session() as db:
        OrderRepository(db).save(order)
    event = Bench(store, "bench-1").scan(order.order_id)
    assert event.kind is EventKind.REFUSED and "Pending" in event.message


CHILD = textwrap.dedent("""
    import sys
    from station.store.db import open_store
    from station.services.bench import Bench
    store = open_store(sys.argv[1])
    bench = Bench(store, "bench-1", "ana")
    for line in sys.stdin:
        event = bench.scan(line.rstrip("\\n"))
        print("done", event.message, flush=True)  # only now may a screen say "accepted"
""")


def test_sigkill_mid_order_loses_no_accepted_scan(seeded, database_url):
    """Kill the station process in the middle of an order; it reopens with every accepted scan."""
    store, orders, products = seeded
    order = orders[1]  # 3 lines: 1 + 2 + 3 units
    codes = [products[line.sku].barcodes[0] for line in order.lines for _ in range(line.quantity)]
    child = subprocess.Popen([sys.executable, "-c", CHILD, database_url], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env={**os.environ, "STATION_NO_LOG_FILE": "1"})
    acknowledged = 0
    for code in [order.order_id, *codes[:4]]:
        child.stdin.write(code + "\n")
        child.stdin.flush()
        assert child.stdout.readline().startswith("done")
        acknowledged += 1
    child.stdin.write(codes[4] + "\n")  # in flight when the power goes
    child.stdin.flush()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()

    bench = Bench(store, "bench-1", "ana")
    event = bench.resume()
    assert event is not None and event.order.order_id == order.order_id
    scanned = event.order.scanned_units
    assert scanned in (4, 5)  # every acknowledged scan; the in-flight one only if it was committed
    for code in codes[scanned:]:
        bench.scan(code)
    assert bench.session.order.is_complete


def test_a_cancellation_the_sync_wrote_stops_the_next_scan_and_is_never_overwritten(seeded):
    """The sync (maybe another station's) marked the open order cancelled and no callback reached this
    bench: its next scan must stop on the cancellation, not write 'packing' over it."""
    import dataclasses

    store, orders, products = seeded
    order = orders[1]
    bench = Bench(store, "bench-1")
    bench.scan(order.order_id)
    code = products[order.lines[1].sku].barcodes[0]
    assert bench.scan(code).result.outcome.value == "accepted"
    with store.session() as db:
        OrderRepository(db).save(dataclasses.replace(order, status=AmazonStatus.CANCELED))
    event = bench.scan(code)
    assert event.is_error and event.stopped is not None and event.stopped.problem is Problem.ORDER_CANCELLED
    assert event.order.lines[1].scanned == 1
    assert bench.scan(Command.CONFIRM.value).result.problem is Problem.STOPPED
    with store.session() as db:
        stored = OrderRepository(db).get(order.order_id)
    assert stored.pack_status is PackStatus.CANCELLED and stored.lines[1].scanned == 1
