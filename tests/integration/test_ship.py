"""Ship and confirm against the SP-API sandbox on 127.0.0.1 (issue 8), at the service level.

The bench is driven scan by scan as a packer would; Amazon's side is read back from the
sandbox (its journal and getOrder), the station's from the store and the print queue.
"""

from __future__ import annotations


import pytest
from sqlalchemy import select, update


from support.ship import Packer, RealApiExcept, journal, make_api, make_ship, packable, settings_for, sync_into

from station.amazon.client import NetworkError
from station.amazon.outbox import OutboxWorker
from station.amazon.sandbox import start_in_thread
from station.amazon.sandbox.checkdigits import tracking_number
from station.devices.printqueue import PrintQueue
from station.domain.pack import Problem
from station.services.bench import EventKind
from station.store.labels import LabelPurchaseRow
from station.store.models import OrderRow, OutboxRow, PackageRow, PrintJobRow
from station.store.repositories import OrderRepository

PURCHASE = "/shipping/v2/shipments"


@pytest.fixture
def sandbox():
    handle = start_in_thread(orders=40, seed=11, timeline=False)
    yield handle
    handle.stop()


@pytest.fixture
def world(store, sandbox, tmp_path):
    sync_into(store, sandbox)
    settings = settings_for(tmp_path, **{"printers.label": f"file:{tmp_path / 'labels'}",
                                         "printers.slip": f"file:{tmp_path / 'slips'}"})
    api = make_api(sandbox)
    queue = PrintQueue(store, settings, station="bench-1")
    bench, ship = make_ship(store, settings, api, queue)
    yield store, sandbox, settings, api, queue, bench, ship
    api.close()


def amazon_order(handle, order_id):
    return handle.sandbox.orders[order_id]


def purchases_bought(handle) -> list[dict]:
    return [e for e in journal(handle) if e["path"] == PURCHASE and e["status"] == 200
            and "nothing bought" not in (e.get("effect") or "")]


def label_jobs(store, order_id):
    with store.session() as db:
        return list(db.scalars(select(PrintJobRow).where(PrintJobRow.order_id == order_id,
                                                         PrintJobRow.role == "label").order_by(PrintJobRow.id)))


def test_buy_shipping_happy_path_is_units_plus_two_inputs(world):
    store, sandbox, _, _, _, bench, _ = world
    order = max(packable(store), key=lambda o: o.units)
    assert order.units >= 2
    packer = Packer(bench)
    events = packer.pack(order)
    assert not any(e.is_error for e in events)
    done = packer.scan("CMD:CONFIRM")
    assert packer.inputs == order.units + 2
    assert done.kind is EventKind.CLOSED and done.extra["shipped"], done.message
    tracking = done.extra["tracking"][0]
    assert done.message.startswith(f"SHIPPED {order.order_id}") and tracking in done.message
    assert done.order.pack_status.value == "shipped" and [p.tracking_number for p in done.order.packages] == [tracking]
    # Amazon's side: bought once, the order Shipped with that tracking number.
    assert len(purchases_bought(sandbox)) == 1
    remote = amazon_order(sandbox, order.order_id)
    assert remote.status == "SHIPPED" and [p.tracking_number for p in remote.packages] == [tracking]
    # The station's side: package confirmed, order shipped, label (ZPL 203 dpi) and slip queued.
    with store.session() as db:
        assert db.get(OrderRow, order.order_id).pack_status == "shipped"
        package = db.scalar(select(PackageRow).where(PackageRow.order_id == order.order_id))
        assert package.confirmed and package.tracking_number == tracking and package.package_reference_id >= 1
        assert sum(package.items.values()) == order.units
        slips = db.scalars(select(PrintJobRow).where(PrintJobRow.order_id == order.order_id,
                                                     PrintJobRow.role == "slip")).all()
    jobs = label_jobs(store, order.order_id)
    assert len(jobs) == 1 and jobs[0].content_type == "application/zpl"
    zpl = bytes(jobs[0].payload).decode()
    assert "^PW812" in zpl and tracking in zpl
    assert len(slips) == 1 and bytes(slips[0].payload).startswith(b"%PDF")
    with store.session() as db:  # the label names the buyer: only the print queue keeps it (purged with the order)
        assert db.scalar(select(LabelPurchaseRow.label).where(LabelPurchaseRow.order_id == order.order_id)) is None
    # Scanning the shipped order again does not open it.
    assert bench.scan(order.order_id).kind is EventKind.REFUSED


def test_bare_enter_confirms_and_pdf_labels(world, tmp_path):
    store, sandbox, settings, api, queue, _, _ = world
    settings.set("label.format", "pdf")
    bench, _ = make_ship(store, settings, api, queue)
    order = packable(store)[0]
    packer = Packer(bench)
    packer.pack(order)
    done = packer.enter()
    assert packer.inputs == order.units + 2 and done.extra.get("shipped"), done.message
    job = label_jobs(store, order.order_id)[0]
    assert job.content_type == "application/pdf" and bytes(job.payload).startswith(b"%PDF")


def test_prime_orders_only_with_a_service_that_meets_the_promise(world):
    store, sandbox, _, _, _, bench, ship = world
    prime = packable(store, prime=True)
    slow = [o for o in prime if o.ship_service_level != "NEXT_DAY"]
    assert slow, "the seed has Prime orders"
    order = slow[0]
    packer = Packer(bench)
    packer.pack(order)
    done = packer.scan("CMD:CONFIRM")
    assert done.extra.get("shipped"), done.message
    bought = purchases_bought(sandbox)[-1]["response"]["payload"]
    assert bought["promise"]["deliveryWindow"]["end"] <= order.deliver_by.isoformat().replace("+00:00", "Z")
    # A next-day Prime order that no offered service can deliver in time: refused, nothing bought.
    fast = [o for o in prime if o.ship_service_level == "NEXT_DAY"]
    if fast:
        Packer(bench).pack(fast[0])
        refused = bench.scan("CMD:CONFIRM")
        assert refused.extra.get("error") and "PRIME" in refused.message
        assert len(purchases_bought(sandbox)) == 1 and bench.session is not None


def test_several_boxes_each_with_items_weight_label_and_reference(world):
    store, sandbox, _, _, _, bench, _ = world
    order = next(o for o in packable(store, min_units=2))
    packer = Packer(bench)
    packer.pack(order, next_box_after=1)
    done = packer.scan("CMD:CONFIRM")
    assert done.extra.get("shipped") and len(done.extra["tracking"]) == 2, done.message
    with store.session() as db:
        packages = db.scalars(select(PackageRow).where(PackageRow.order_id == order.order_id)
                              .order_by(PackageRow.package_reference_id)).all()
        rows = db.scalars(select(LabelPurchaseRow).where(LabelPurchaseRow.order_id == order.order_id)).all()
    assert [p.package_reference_id for p in packages] == [1, 2]
    assert [sum(p.items.values()) for p in packages] == [1, order.units - 1]
    assert all(p.weight_g and p.weight_g > 0 for p in packages)
    assert {r.package_no for r in rows} == {1, 2} and len({r.tracking_number for r in rows}) == 2
    assert len(label_jobs(store, order.order_id)) == 2
    remote = amazon_order(sandbox, order.order_id)
    assert remote.status == "SHIPPED" and len(remote.packages) == 2
    # Each package on Amazon holds the units of its own box.
    remote_units = sorted(sum(q for _, q in p.items) for p in remote.packages)
    assert remote_units == sorted([1, order.units - 1])


def test_box_barcode_and_scale_weight_reach_the_rates_request(store, sandbox, tmp_path):
    sync_into(store, sandbox)
    settings = settings_for(tmp_path)
    api = make_api(sandbox)
    bench, _ = make_ship(store, settings, api, PrintQueue(store, settings, station="bench-1"),
                         scale=lambda: 1234.4)
    order = packable(store)[0]
    packer = Packer(bench)
    packer.pack(order)
    assert bench.scan("BOX:L").message.endswith("Large box 16x12x10 in")
    assert packer.scan("CMD:CONFIRM").extra.get("shipped")
    rates = [e for e in journal(sandbox) if e["path"].endswith("/rates")][-1]["body"]["packages"][0]
    assert rates["weight"] == {"value": 1234, "unit": "GRAM"}
    assert rates["dimensions"] == {"length": 40.6, "width": 30.5, "height": 25.4, "unit": "CENTIMETER"}
    api.close()


def test_own_carrier_tracking_scan_confirms_through_the_outbox(world):
    store, sandbox, _, api, _, bench, _ = world
    orders = packable(store)
    order, other = orders[0], orders[1]
    import random
    number = tracking_number("ups", random.Random(3))
    packer = Packer(bench)
    packer.pack(order)
    # An invalid number is refused with its reason, and nothing is sent.
    bad = number[:-1] + str((int(number[-1]) + 1) % 10)
    refused = bench.scan(bad)
    assert refused.extra.get("error") and "REFUSED" in refused.message and "check digit" in refused.message.lower()
    done = packer.scan(number)
    assert packer.inputs == order.units + 2
    assert done.kind is EventKind.CLOSED and done.extra["tracking"] == [number], done.message
    with store.session() as db:
        outbox = db.scalars(select(OutboxRow).where(OutboxRow.order_id == order.order_id)).all()
        assert len(outbox) == 1
        detail = outbox[0].payload["packageDetail"]
        assert detail["carrierCode"] == "UPS" and detail["trackingNumber"] == number
        assert db.get(OrderRow, order.order_id).pack_status == "shipped"
    assert not any(e["path"].endswith("/shipmentConfirmation") for e in journal(sandbox))
    OutboxWorker(store, lambda: make_api(sandbox)).drain()
    confirms = [e for e in journal(sandbox) if e["path"].endswith("/shipmentConfirmation")]
    assert len(confirms) == 1 and confirms[0]["status"] == 204
    assert amazon_order(sandbox, order.order_id).status == "SHIPPED"
    with store.session() as db:
        assert db.scalar(select(PackageRow).where(PackageRow.order_id == order.order_id)).confirmed
    # The same number on another order is refused.
    Packer(bench).pack(other)
    again = bench.scan(number)
    assert again.extra.get("error") and f"already used by order {order.order_id}" in again.message
    assert bench.session is not None and bench.session.order.order_id == other.order_id


def test_a_number_another_station_takes_meanwhile_is_refused_by_the_database(world):
    store, sandbox, _, api, _, bench, _ = world
    order, other = packable(store)[:2]
    import random
    number, right = (tracking_number("ups", random.Random(seed)) for seed in (5, 6))
    packer = Packer(bench)
    packer.pack(order)
    get_order = api.get_order

    def other_station_first(order_id, included=()):  # between our check and our commit, bench 2 confirms it
        with store.session() as db:
            db.add(PackageRow(order_id=other.order_id, package_reference_id=1, items={}, tracking_number=number,
                              status="confirming", station="bench-2"))
        api.get_order = get_order
        return get_order(order_id, included)

    api.get_order = other_station_first
    refused = bench.scan(number)
    assert refused.extra.get("error") and f"just used by order {other.order_id}" in refused.message
    with store.session() as db:
        assert not db.scalars(select(OutboxRow).where(OutboxRow.order_id == order.order_id)).all()
        assert not db.scalars(select(PackageRow).where(PackageRow.order_id == order.order_id)).all()
    done = bench.scan(right)  # the box is free again for its own label
    assert done.kind is EventKind.CLOSED and done.extra["tracking"] == [right], done.message


def test_own_carrier_mode_confirm_asks_for_the_tracking_number(world):
    store, sandbox, settings, api, queue, _, _ = world
    settings.set("shipping.mode", "own_carrier")
    bench, _ = make_ship(store, settings, api, queue)
    order = packable(store)[0]
    packer = Packer(bench)
    packer.pack(order)
    prompt = packer.scan("CMD:CONFIRM")
    assert "TRACKING" in prompt.message and bench.session is not None
    assert not purchases_bought(sandbox)


def test_cancellation_between_pack_and_confirm_stops_loudly(world):
    store, sandbox, _, _, _, bench, _ = world
    order = packable(store)[0]
    packer = Packer(bench)
    packer.pack(order)
    amazon_order(sandbox, order.order_id).status = "CANCELLED"  # the buyer cancels while the box is packed
    stop = packer.scan("CMD:CONFIRM")
    assert stop.is_error and stop.stopped.problem is Problem.ORDER_CANCELLED and "CANCELLED" in stop.message
    assert not [e for e in journal(sandbox) if e["path"].startswith("/shipping/v2/shipments")]
    with store.session() as db:
        assert db.get(OrderRow, order.order_id).pack_status == "cancelled"


def test_a_unit_amazon_cancels_after_packing_stops_the_confirm_and_ships_the_rest(world):
    store, sandbox, _, _, _, bench, _ = world
    order = next(o for o in packable(store, min_units=2) if any(line.quantity >= 2 for line in o.lines))
    line = next(line for line in order.lines if line.quantity >= 2)
    packer = Packer(bench)
    packer.pack(order)
    remote_line = next(ln for ln in amazon_order(sandbox, order.order_id).lines
                       if ln.order_item_id == line.order_item_id)
    remote_line.quantity -= 1  # the buyer had one unit cancelled while the box was packed
    stop = packer.scan("CMD:CONFIRM")
    assert stop.is_error and stop.stopped.problem is Problem.QUANTITY_REDUCED, stop.message
    assert f"{line.sku} is now {line.quantity - 1}. Take 1 unit OUT" in stop.message
    assert not [e for e in journal(sandbox) if e["path"].startswith("/shipping/v2/shipments")]
    assert packer.scan("CMD:ACK").result.command is not None
    done = packer.scan("CMD:CONFIRM")
    assert done.extra.get("shipped"), done.message
    rates = [e for e in journal(sandbox) if e["path"].endswith("/rates")]
    items = {i["itemIdentifier"]: i["quantity"] for p in rates[-1]["body"]["packages"] for i in p["items"]}
    assert items[line.order_item_id] == line.quantity - 1


def test_a_database_error_while_the_lowered_order_reopens_buys_nothing(world, monkeypatch):
    from sqlalchemy.exc import OperationalError

    store, sandbox, _, _, _, bench, _ = world
    order = next(o for o in packable(store, min_units=2) if any(line.quantity >= 2 for line in o.lines))
    line = next(line for line in order.lines if line.quantity >= 2)
    packer = Packer(bench)
    packer.pack(order)
    next(ln for ln in amazon_order(sandbox, order.order_id).lines if ln.order_item_id == line.order_item_id
         ).quantity -= 1
    record = bench._record

    def locked_once(result):
        if result.problem is Problem.QUANTITY_REDUCED:
            monkeypatch.setattr(bench, "_record", record)
            raise OperationalError("INSERT INTO scans", {}, Exception("database is locked"))
        return record(result)

    monkeypatch.setattr(bench, "_record", locked_once)
    refused = packer.scan("CMD:CONFIRM")
    assert not refused.extra.get("shipped") and "DATABASE NOT AVAILABLE" in refused.message
    assert not purchases_bought(sandbox)
    again = packer.scan(order.order_id)  # the packer scans the order again: the stop is there now
    assert again.stopped is not None and again.stopped.problem is Problem.QUANTITY_REDUCED
    assert not purchases_bought(sandbox)


class UnreadableQuantity(RealApiExcept):
    """The real API, except that getOrder sends one item's quantityOrdered as null."""

    def get_order(self, order_id, included=()):
        remote = self.api.get_order(order_id, included)
        items = [dict(item) for item in remote["orderItems"]]
        items[0]["quantityOrdered"] = None
        return {**remote, "orderItems": items}


def test_a_quantity_amazon_sends_unreadable_lowers_nothing(world):
    store, sandbox, settings, api, queue, _, _ = world
    bench, _ = make_ship(store, settings, UnreadableQuantity(api), queue)
    order = packable(store)[0]
    packer = Packer(bench)
    packer.pack(order)
    done = packer.scan("CMD:CONFIRM")
    assert done.extra.get("shipped"), done.message  # no "take units out" on a guess
    assert len(purchases_bought(sandbox)) == 1


class DroppedAnswer(RealApiExcept):
    """The real API, except that the purchase's answer is lost on the way back (after Amazon sold it)."""

    def purchase_shipment(self, body, idempotency_key=None):
        self.api.purchase_shipment(body, idempotency_key=idempotency_key)
        self.purchase_shipment = self.api.purchase_shipment  # only the first answer is lost
        raise NetworkError("no answer from 127.0.0.1 for purchaseShipment (ReadTimeout)", maybe_sent=True)


class LaggingOrder(DroppedAnswer):
    """The purchase's answer is lost, and getOrder does not show the new package yet."""

    def get_order(self, order_id, included=()):
        return {**self.api.get_order(order_id, included), "packages": []}


@pytest.mark.parametrize("amazon", [DroppedAnswer, LaggingOrder])
def test_lost_purchase_answer_is_settled_by_the_replay_not_bought_again(world, amazon):
    store, sandbox, settings, api, queue, _, _ = world
    bench, ship = make_ship(store, settings, amazon(api), queue)
    order = packable(store)[0]
    packer = Packer(bench)
    packer.pack(order)
    done = packer.scan("CMD:CONFIRM")
    assert done.extra.get("shipped"), done.message
    assert len(purchases_bought(sandbox)) == 1  # the second call was a replay: nothing bought
    jobs = label_jobs(store, order.order_id)
    assert len(jobs) == 1
    assert [p.tracking_number for p in amazon_order(sandbox, order.order_id).packages] == done.extra["tracking"]
    assert done.extra["tracking"][0] in bytes(jobs[0].payload).decode()


class PurchaseUnanswered(LaggingOrder):
    """The purchase's answer is lost, and so is every later purchase call while ``away``."""
    away = True

    def purchase_shipment(self, body, idempotency_key=None):
        if not self.away:
            return self.api.purchase_shipment(body, idempotency_key=idempotency_key)
        if idempotency_key not in self.__dict__.setdefault("sent", set()):
            self.sent.add(idempotency_key)
            self.api.purchase_shipment(body, idempotency_key=idempotency_key)
        raise NetworkError("no answer from 127.0.0.1 for purchaseShipment (ReadTimeout)", maybe_sent=True)


def test_an_unsettled_purchase_blocks_a_second_label(world):
    store, sandbox, settings, api, queue, _, _ = world
    flaky = PurchaseUnanswered(api)
    bench, ship = make_ship(store, settings, flaky, queue)
    order = packable(store)[0]
    packer = Packer(bench)
    packer.pack(order)
    first = packer.scan("CMD:CONFIRM")
    assert first.extra.get("error") and "no answer yet" in first.message and not first.extra.get("shipped")
    again = packer.scan("CMD:CONFIRM")  # the packer tries again while Amazon is still away
    assert not again.extra.get("shipped")
    assert len(purchases_bought(sandbox)) == 1 and len(flaky.sent) == 1  # never a second purchase
    with store.session() as db:
        assert db.scalars(select(LabelPurchaseRow.state)).all() == ["requested"]
    flaky.away = False  # Amazon answers again: the replay settles it with the first label
    done = packer.scan("CMD:CONFIRM")
    assert done.extra.get("shipped"), done.message
    assert len(purchases_bought(sandbox)) == 1


def test_purchase_that_never_happened_waits_for_the_packer_and_is_bought_once(world):
    from datetime import datetime, timedelta, timezone

    store, sandbox, _, _, _, bench, ship = world
    order = packable(store)[0]
    with store.session() as db:  # as if the process died after recording, before sending (rates since expired)
        db.add(LabelPurchaseRow(order_id=order.order_id, package_no=1, package_reference_id=1,
                                idempotency_key="never-sent", state="requested", items={"x": 1},
                                request_token="rt", rate_id="r", label_format="zpl203"))

    def state():
        with store.session() as db:
            return db.scalar(select(LabelPurchaseRow.state).where(LabelPurchaseRow.idempotency_key == "never-sent"))

    assert ship.resolve(replay=False) == [] and state() == "requested"  # start-up buys nothing by itself
    packer = Packer(bench)
    packer.pack(order)
    early = packer.scan("CMD:CONFIRM")  # Amazon shows nothing yet, but getOrder may lag a fresh purchase
    assert early.extra.get("error") and "does not show yet" in early.message and state() == "requested"
    assert purchases_bought(sandbox) == []
    with store.session() as db:  # five minutes later Amazon would show it: it was never bought
        db.execute(update(LabelPurchaseRow).values(created_at=datetime.now(timezone.utc) - timedelta(minutes=6)))
    assert packer.scan("CMD:CONFIRM").extra.get("shipped")  # settled as not bought, then bought once
    assert state() == "failed" and len(purchases_bought(sandbox)) == 1


def test_reprint_void_and_cancelled_after_label(world):
    store, sandbox, _, _, _, bench, ship = world
    order = packable(store)[0]
    packer = Packer(bench)
    packer.pack(order)
    assert packer.scan("CMD:CONFIRM").extra.get("shipped")
    first = label_jobs(store, order.order_id)
    again = bench.scan("CMD:REPRINT")  # nothing open: the last order shipped here
    assert "Reprinting 1 label" in again.message
    jobs = label_jobs(store, order.order_id)
    assert len(jobs) == 2 and bytes(jobs[1].payload) == bytes(first[0].payload)
    # Cancelled on Amazon after the label was bought (as the sync would record it): loud, offers to void.
    with store.session() as db:
        db.get(OrderRow, order.order_id).amazon_status = "Canceled"
    alerts = ship.check_cancelled_labels()
    assert [a.order_id for a in alerts] == [order.order_id] and alerts[0].can_void_until is not None
    history = ship.history()
    assert history[0]["can_void"]
    messages = ship.void_order(order.order_id)
    assert "voided" in messages[0]
    assert ship.history()[0]["state"] == "voided" and not ship.check_cancelled_labels()
    assert any(e["path"].endswith("/cancel") and e["status"] == 200 for e in journal(sandbox))
    assert amazon_order(sandbox, order.order_id).packages == []


def test_void_refused_after_the_carriers_window(world):
    store, sandbox, settings, api, queue, bench, ship = world
    order = packable(store)[0]
    Packer(bench).pack(order)
    assert bench.scan("CMD:CONFIRM").extra.get("shipped")
    from datetime import datetime, timedelta, timezone
    ship.clock = lambda: datetime.now(timezone.utc) + timedelta(hours=25)
    assert not ship.history()[0]["can_void"]
    from station.services.ship import ShipError
    with pytest.raises(ShipError, match="Too late"):
        ship.void(ship.history()[0]["id"])


def test_partial_shipment_is_a_supervisor_action(world):
    store, sandbox, _, _, _, bench, ship = world
    order = next(o for o in packable(store, min_units=2))
    packer = Packer(bench)
    events = packer.pack(order)
    # undo: start over with only the first unit scanned
    bench.close()
    with store.session() as db:
        from station.store.repositories import ScanRepository
        ScanRepository(db).clear(order.order_id)
    bench.scan(order.order_id)
    bench.scan(order.lines[0].barcodes[0])
    assert bench.scan("CMD:CONFIRM").result.problem is Problem.NOT_COMPLETE
    done = ship.ship_partial(bench, approver="sue")
    assert done.extra.get("shipped"), done.message
    remote = amazon_order(sandbox, order.order_id)
    assert remote.status == "PARTIALLY_SHIPPED"
    with store.session() as db:
        local = OrderRepository(db).get(order.order_id)
    assert local.status.value == "PartiallyShipped" and local.pack_status.value == "new"
    assert local.units == order.units - 1
    reopened = bench.scan(order.order_id)
    assert reopened.kind is EventKind.OPENED and bench.session.order.units == order.units - 1
    del events


def test_each_box_keeps_the_scale_weight_it_had_when_closed(store, sandbox, tmp_path):
    sync_into(store, sandbox)
    settings = settings_for(tmp_path)
    api = make_api(sandbox)
    readings = iter([700.0, 915.0])
    bench, _ = make_ship(store, settings, api, PrintQueue(store, settings, station="bench-1"),
                         scale=lambda: next(readings))
    order = next(o for o in packable(store, min_units=2))
    packer = Packer(bench)
    packer.pack(order, next_box_after=1)  # CMD:NEXT-BOX reads the scale for box 1
    assert packer.scan("CMD:CONFIRM").extra.get("shipped")  # and CONFIRM for the last box
    with store.session() as db:
        weights = db.scalars(select(PackageRow.weight_g).where(PackageRow.order_id == order.order_id)
                             .order_by(PackageRow.package_reference_id)).all()
    assert weights == [700, 915]
    api.close()


def test_a_box_that_lost_units_to_amazon_is_not_sold_at_its_old_scale_weight(store, sandbox, tmp_path):
    sync_into(store, sandbox)
    settings = settings_for(tmp_path)
    api = make_api(sandbox)
    bench, _ = make_ship(store, settings, api, PrintQueue(store, settings, station="bench-1"), scale=lambda: 4321.0)
    order = next(o for o in packable(store, min_units=3) if len(o.lines) >= 2 and o.lines[0].quantity >= 2)
    first = order.lines[0]
    packer = Packer(bench)
    packer.pack(order, next_box_after=first.quantity)  # box 1: every unit of the first line, weighed 4,321 g
    line = next(ln for ln in amazon_order(sandbox, order.order_id).lines if ln.order_item_id == first.order_item_id)
    line.quantity -= 1  # one of box 1's units is cancelled: it comes out of box 1
    assert packer.scan("CMD:CONFIRM").stopped.problem is Problem.QUANTITY_REDUCED
    packer.scan("CMD:ACK")
    assert packer.scan("CMD:CONFIRM").extra.get("shipped")
    with store.session() as db:
        weights = db.scalars(select(PackageRow.weight_g).where(PackageRow.order_id == order.order_id)
                             .order_by(PackageRow.package_reference_id)).all()
    assert weights[0] != 4321 and weights[1] == 4321  # box 1 from its products now; the last box on the scale
    api.close()


def test_own_carrier_several_boxes_one_number_each(world):
    store, sandbox, _, _, _, bench, _ = world
    import random
    order = next(o for o in packable(store, min_units=2))
    first, second = (tracking_number("usps", random.Random(n)) for n in (1, 2))
    Packer(bench).pack(order, next_box_after=1)
    step = bench.scan(first)
    assert "Scan the label of box 2" in step.message and bench.session is not None
    assert "already on a box" in bench.scan(first).message
    done = bench.scan(second)
    assert done.extra.get("shipped") and done.extra["tracking"] == [first, second]
    with store.session() as db:
        refs = db.scalars(select(OutboxRow.payload).where(OutboxRow.order_id == order.order_id)).all()
    assert sorted(r["packageDetail"]["packageReferenceId"] for r in refs) == ["1", "2"]
    assert sorted(r["packageDetail"]["trackingNumber"] for r in refs) == sorted([first, second])


def test_after_the_carriers_cutoff_the_rates_are_asked_for_the_next_business_day(store, sandbox, tmp_path):
    from datetime import datetime, timezone

    sync_into(store, sandbox)
    settings = settings_for(tmp_path, **{"shipping.cutoffs": '{"USPS": "00:00", "UPS": "00:00", "FEDEX": "00:00"}'})
    api = make_api(sandbox)
    bench, ship = make_ship(store, settings, api, PrintQueue(store, settings, station="bench-1"))
    ship.config.local_tz = timezone.utc
    order = packable(store)[0]
    Packer(bench).pack(order)
    today = datetime.now(timezone.utc).date()  # before the confirm: a run across midnight must not fail
    assert bench.scan("CMD:CONFIRM").extra.get("shipped")
    asked = [e["body"]["shipDate"] for e in journal(sandbox) if e["path"].endswith("/rates")]
    assert asked and datetime.fromisoformat(asked[-1].replace("Z", "+00:00")).date() > today
    with store.session() as db:
        leaves = db.scalar(select(PackageRow.ship_date).where(PackageRow.order_id == order.order_id))
    assert leaves.date() > today and leaves.weekday() < 5
    api.close()


def test_a_label_the_printer_refuses_is_kept_and_said_plainly(world):
    store, sandbox, settings, api, queue, _, _ = world
    settings.set("label.format", "zpl300")  # Amazon's label is bought at 300 dpi ...
    bench, ship = make_ship(store, settings, api, queue)
    order = packable(store)[0]
    Packer(bench).pack(order)
    from types import SimpleNamespace
    printer_pdf = {"label.format": "pdf", "printers.label": settings.get("printers.label")}
    queue.settings = SimpleNamespace(get=printer_pdf.get)  # ... the label printer is set for PDF
    done = bench.scan("CMD:CONFIRM")
    assert done.extra.get("shipped") and "LABEL NOT PRINTED" in done.message
    assert "set for PDF" in done.extra["print_problem"]
    assert ship.history()[0]["state"] == "purchased"
    with store.session() as db:  # kept until it prints, sealed (it names the buyer)
        kept = db.scalar(select(LabelPurchaseRow.label).where(LabelPurchaseRow.order_id == order.order_id))
    assert kept.startswith(b"\x00SEAL1") and b"^XA" not in kept
    queue.settings = settings
    assert ship.reprint_labels(order.order_id) == 1  # fixed: it prints now, still one label bought
    assert len(purchases_bought(sandbox)) == 1


def test_voided_label_then_the_order_ships_again_with_a_new_one(world):
    store, sandbox, _, _, _, bench, ship = world
    order = packable(store)[0]
    Packer(bench).pack(order)
    first = bench.scan("CMD:CONFIRM").extra["tracking"]
    assert "voided" in ship.void(ship.history()[0]["id"])
    with store.session() as db:
        assert db.scalars(select(PackageRow).where(PackageRow.order_id == order.order_id)).all() == []
        assert db.get(OrderRow, order.order_id).pack_status == "packed"
    assert bench.scan(order.order_id).kind is EventKind.OPENED  # every unit still scanned
    again = bench.scan("CMD:CONFIRM")
    assert again.extra.get("shipped") and again.extra["tracking"] != first
    assert [p.tracking_number for p in amazon_order(sandbox, order.order_id).packages] == again.extra["tracking"]
    assert len(purchases_bought(sandbox)) == 2


def test_reprint_after_the_buyer_data_purge_fetches_the_label_from_amazon(world):
    from sqlalchemy import update

    store, sandbox, _, _, _, bench, ship = world
    order = packable(store)[0]
    Packer(bench).pack(order)
    tracking = bench.scan("CMD:CONFIRM").extra["tracking"][0]
    with store.session() as db:  # what the purge does to stored documents of the order
        db.execute(update(PrintJobRow).where(PrintJobRow.order_id == order.order_id).values(payload=b""))
    assert ship.reprint_labels(order.order_id) == 1
    newest = label_jobs(store, order.order_id)[-1]
    assert tracking in bytes(newest.payload).decode()
    assert any(e["path"].endswith("/documents") and e["status"] == 200 for e in journal(sandbox))
    assert len(purchases_bought(sandbox)) == 1


class Unreachable(RealApiExcept):
    """The real API, except that getOrder gets no answer (Amazon or the network is away)."""

    def get_order(self, order_id, included=()):
        raise NetworkError("no answer from 127.0.0.1 for getOrder (ConnectTimeout)", maybe_sent=False)


def test_own_carrier_number_on_an_order_the_sync_saw_cancelled_is_never_queued(world):
    store, sandbox, settings, api, queue, _, _ = world
    import random
    bench, _ = make_ship(store, settings, Unreachable(api), queue)
    order = packable(store)[0]
    Packer(bench).pack(order)
    assert bench.amazon_cancelled(order.order_id).stopped is not None  # the sync's news, already on disk
    bench.acknowledge()
    refused = bench.scan(tracking_number("ups", random.Random(5)))
    assert refused.is_error and refused.result.problem is Problem.ORDER_CANCELLED, refused.message
    with store.session() as db:
        assert not db.scalars(select(OutboxRow).where(OutboxRow.order_id == order.order_id)).all()
        assert db.get(OrderRow, order.order_id).pack_status == "cancelled"


def test_a_box_barcode_does_not_get_past_an_error_stop(world):
    store, _, _, _, _, bench, _ = world
    orders = packable(store)
    order, other = orders[0], orders[1]
    Packer(bench).pack(order)
    stop = bench.scan(other.lines[0].barcodes[0])
    assert stop.is_error
    box = bench.scan("BOX:L")
    assert box.result is not None and box.result.problem is Problem.STOPPED, box.message
    assert bench.session.stop is not None


def test_the_rest_of_a_partial_shipment_gets_its_own_label(world):
    store, sandbox, _, _, _, bench, ship = world
    order = next(o for o in packable(store, min_units=2))
    bench.scan(order.order_id)
    bench.scan(order.lines[0].barcodes[0])
    first = ship.ship_partial(bench, approver="sue")
    assert first.extra.get("shipped"), first.message
    bench.scan(order.order_id)
    for line in bench.session.order.lines:
        for _ in range(line.remaining):
            assert not bench.scan(line.barcodes[0]).is_error
    done = bench.scan("CMD:CONFIRM")
    assert done.extra.get("shipped") and done.extra["tracking"], done.message
    assert len(purchases_bought(sandbox)) == 2
    assert amazon_order(sandbox, order.order_id).status == "SHIPPED"
    with store.session() as db:
        assert db.get(OrderRow, order.order_id).pack_status == "shipped"
        refs = db.scalars(select(LabelPurchaseRow.package_reference_id)
                          .where(LabelPurchaseRow.order_id == order.order_id)).all()
    assert len(set(refs)) == 2


def test_an_order_amazon_shows_shipped_already_gets_no_second_label(world):
    """Shipped elsewhere (a label bought in Seller Central) before the sync told the station: the re-check
    right before buying/confirming refuses, nothing is bought or queued."""
    import random
    store, sandbox, _, _, _, bench, _ = world
    orders = packable(store)
    for order, finish in ((orders[0], "CMD:CONFIRM"), (orders[1], tracking_number("ups", random.Random(9)))):
        Packer(bench).pack(order)
        amazon_order(sandbox, order.order_id).status = "SHIPPED"
        refused = bench.scan(finish)
        assert refused.extra.get("error") and "already" in refused.message.lower(), refused.message
        assert not refused.extra.get("shipped")
        bench.scan("CMD:CANCEL")
    assert not purchases_bought(sandbox)
    with store.session() as db:
        assert not db.scalars(select(OutboxRow)).all()
