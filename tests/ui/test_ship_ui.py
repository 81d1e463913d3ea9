"""Ship and confirm through the window (issue 8): a wedge scanner types every scan as key events;
Amazon is the SP-API sandbox on 127.0.0.1, labels go through the real print queue."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select


from support.ship import journal, make_api, packable, sync_into

from station.amazon.outbox import OutboxWorker
from station.amazon.sandbox import start_in_thread
from station.amazon.sandbox.checkdigits import tracking_number
from station.devices.printqueue import PrintQueue
from station.services.ship import ShipConfig, ShipService
from station.store.models import OutboxRow, PrintJobRow


@pytest.fixture
def sandbox():
    handle = start_in_thread(orders=30, seed=8, timeline=False)
    yield handle
    handle.stop()


@pytest.fixture
def shipping_station(qtbot, store, sandbox, tmp_path):
    from station.app import AppContext
    from station.ui.app import start_window

    sync_into(store, sandbox)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    ctx = AppContext(data_dir=data_dir, database_url=store.url, _store=store)
    ctx.settings.update({"station.name": "bench-ui", "seller.name": "Demo Seller",
                         "seller.return_address": "2100 Dock St|Tacoma, WA 98421|US",
                         "printers.label": f"file:{tmp_path / 'labels'}", "printers.slip": f"file:{tmp_path / 'slips'}"})
    running = start_window(ctx, queue_refresh_ms=0)
    qtbot.addWidget(running.window)
    qtbot.waitUntil(lambda: running.window.is_ready, timeout=10_000)
    ship = ShipService(store, lambda: make_api(sandbox), PrintQueue(store, ctx.settings, station="bench-ui"),
                       ShipConfig.load(ctx.settings, data_dir), station="bench-ui")
    ship.install(running.controller.bench)
    yield running, store
    running.shutdown()
    running.window.close()


def wait(qtbot, running):
    qtbot.waitUntil(lambda: running.controller.pending == 0, timeout=30_000)


def scan_all(qtbot, running, scanner, codes):
    for code in codes:
        scanner.scan(code)
        wait(qtbot, running)


def unit_codes(order, box_after=None):
    codes, done = [order.order_id], 0
    for line in order.lines:
        for _ in range(line.to_pack):
            if box_after is not None and done == box_after:
                codes.append("CMD:NEXT-BOX")
            codes.append(line.barcodes[0])
            done += 1
    return codes


def test_buy_shipping_through_the_window(qtbot, shipping_station, scanner, sandbox):
    running, store = shipping_station
    window = running.window
    order = packable(store)[0]
    scan_all(qtbot, running, scanner, unit_codes(order))
    assert window.pack_view.state_label.text().startswith("COMPLETE")
    scanner.scan("CMD:CONFIRM")
    wait(qtbot, running)
    remote = sandbox.sandbox.orders[order.order_id]
    tracking = remote.packages[0].tracking_number
    assert remote.status == "SHIPPED"
    assert window.pack_view.closed and window.pack_view.state_label.text().startswith("SHIPPED")
    assert tracking in window.pack_view.message_label.text()
    with store.session() as db:
        labels = db.scalars(select(PrintJobRow).where(PrintJobRow.order_id == order.order_id,
                                                      PrintJobRow.role == "label")).all()
    assert len(labels) == 1 and tracking in bytes(labels[0].payload).decode()


def test_own_carrier_tracking_scan_through_the_window(qtbot, shipping_station, scanner, sandbox):
    running, store = shipping_station
    window = running.window
    order = packable(store)[0]
    number = tracking_number("fedex", random.Random(5))
    scan_all(qtbot, running, scanner, unit_codes(order))
    scanner.scan(number)
    wait(qtbot, running)
    assert window.pack_view.closed and window.pack_view.state_label.text().startswith("SHIPPED")
    assert number in window.pack_view.message_label.text()
    with store.session() as db:
        assert db.scalars(select(OutboxRow).where(OutboxRow.order_id == order.order_id)).one()
    OutboxWorker(store, lambda: make_api(sandbox)).drain()
    confirms = [e for e in journal(sandbox) if e["path"].endswith("/shipmentConfirmation")]
    assert [c["body"]["packageDetail"]["trackingNumber"] for c in confirms] == [number]
    assert sandbox.sandbox.orders[order.order_id].status == "SHIPPED"


def test_several_boxes_through_the_window(qtbot, shipping_station, scanner, sandbox):
    running, store = shipping_station
    window = running.window
    order = packable(store, min_units=2)[0]
    scan_all(qtbot, running, scanner, unit_codes(order, box_after=1))
    assert window.pack_view.box_label.text() == "BOX 2"
    scanner.scan("CMD:CONFIRM")
    wait(qtbot, running)
    remote = sandbox.sandbox.orders[order.order_id]
    assert remote.status == "SHIPPED" and len(remote.packages) == 2
    assert all(p.tracking_number in window.pack_view.message_label.text() for p in remote.packages)


def test_label_history_reprint_void_and_cancelled_alarm(qtbot, shipping_station, scanner, sandbox):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from station.store.models import OrderRow
    from station.ui.ship_widgets import CancelledLabelAlarm, LabelHistoryDialog, attach_ship_ui

    running, store = shipping_station
    window = running.window
    ship = running.controller.bench.on_confirm.__self__
    order = packable(store)[0]
    scan_all(qtbot, running, scanner, [*unit_codes(order), "CMD:CONFIRM"])
    assert sandbox.sandbox.orders[order.order_id].status == "SHIPPED"

    dialog = LabelHistoryDialog(ship, running.controller, window.pool, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 0).text() == order.order_id and dialog.table.item(0, 1).text() == "PURCHASED"
    dialog.table.selectRow(0)
    assert dialog.void_button.isEnabled() and dialog.reprint_button.isEnabled()
    dialog.reprint_selected()
    wait(qtbot, running)
    with store.session() as db:
        assert len(db.scalars(select(PrintJobRow).where(PrintJobRow.order_id == order.order_id,
                                                        PrintJobRow.role == "label")).all()) == 2

    # The buyer's cancellation reaches the station after the label was bought: a loud alarm offers to void.
    with store.session() as db:
        db.get(OrderRow, order.order_id).amazon_status = "Canceled"
    seen = []

    def click_void():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CancelledLabelAlarm) and w.isVisible())
        seen.append(box.text())
        box.void_button.click()

    def when_shown():
        if any(isinstance(w, CancelledLabelAlarm) and w.isVisible() for w in QApplication.topLevelWidgets()):
            click_void()
        else:
            QTimer.singleShot(50, when_shown)

    QTimer.singleShot(50, when_shown)
    attach_ship_ui(window, ship)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "CANCELLED" in seen[0] and order.order_id in seen[0]
    wait(qtbot, running)
    qtbot.waitUntil(lambda: sandbox.sandbox.orders[order.order_id].packages == [], timeout=10_000)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.table.item(0, 1).text() == "VOIDED")
    assert "Shipping" in [a.text().replace("&", "") for a in window.menuBar().actions()]
