"""The packer's path through the window, with a wedge scanner typing key events."""

from __future__ import annotations

from station.domain.order import AmazonStatus, PackStatus
from station.domain.pack import Outcome, Problem
from station.store.repositories import OrderRepository, ScanRepository


def units(order, products):
    """Every unit's barcode, line by line."""
    return [(line, products[line.sku].barcodes[0]) for line in order.lines for _ in range(line.quantity)]


def accepted(store, order_id) -> int:
    with store.session() as db:
        return sum(1 for r in ScanRepository(db).history(order_id) if r.outcome is Outcome.ACCEPTED)


def test_scan_an_order_and_its_items_then_enter_confirms(qtbot, station, scanner, settle):
    running, orders, products = station
    window, store = running.window, running.window.store
    order = orders[0]
    scanner.scan(order.order_id)
    qtbot.waitUntil(lambda: window.pack_view.order is not None and window.pack_view.order.order_id == order.order_id)
    assert window.tabs.currentWidget() is window.pack_view
    assert window.pack_view.order_label.text() == order.order_id
    assert window.pack_view.state_label.text().startswith("SCAN ITEMS")
    total = sum(line.quantity for line in order.lines)
    for n, (line, code) in enumerate(units(order, products), start=1):
        scanner.scan(code)
        settle(running)
        shown = window.pack_view.order
        assert shown.scanned_units == n
        assert window.pack_view.progress.value() == n
        assert accepted(store, order.order_id) == n  # committed before the screen said so
    assert window.pack_view.state_label.text() == "COMPLETE - scan CMD:CONFIRM or press Enter"
    assert window.pack_view.lines_model.data(window.pack_view.lines_model.index(0, 3)) == \
        f"{order.lines[0].quantity} / {order.lines[0].quantity}"
    assert total == accepted(store, order.order_id)

    scanner.enter(gap_ms=1500)  # a bare Enter: no burst before it
    settle(running)
    assert window.pack_view.closed
    assert window.pack_view.state_label.text().startswith("PACKED")
    with store.session() as db:
        assert OrderRepository(db).get(order.order_id).pack_status is PackStatus.PACKED


def test_wrong_item_is_a_full_window_stop_and_scans_are_refused_until_enter(qtbot, station, scanner, settle):
    running, orders, products = station
    window, store = running.window, running.window.store
    mine, other = orders
    scanner.scan(mine.order_id)
    settle(running)
    scanner.scan(products[other.lines[0].sku].barcodes[0])  # an item of the other order
    settle(running)
    assert window.overlay.isVisible()
    assert window.overlay.geometry() == window.centralWidget().rect()
    assert "WRONG ITEM" in window.overlay.message.text()
    assert "CMD:ACK" in window.overlay.instruction.text()

    right = products[mine.lines[0].sku].barcodes[0]
    scanner.scan(right)  # refused while stopped, and the overlay says so
    settle(running)
    assert window.overlay.isVisible()
    assert "REFUSED" in window.overlay.refused.text()
    assert window.pack_view.order.scanned_units == 0
    with store.session() as db:
        history = ScanRepository(db).history(mine.order_id)
    assert [r.problem for r in history[-2:]] == [Problem.WRONG_ITEM, Problem.STOPPED]

    scanner.enter(gap_ms=1500)  # bare Enter acknowledges
    settle(running)
    assert not window.overlay.isVisible()
    scanner.scan(right)
    settle(running)
    assert window.pack_view.order.scanned_units == 1
    assert accepted(store, mine.order_id) == 1


def test_cmd_ack_scan_and_the_button_also_clear_a_stop(qtbot, station, scanner, settle):
    running, orders, products = station
    window = running.window
    scanner.scan(orders[0].order_id)
    scanner.scan("0000000000000")  # unknown/garbled code: a stop
    settle(running)
    assert window.overlay.isVisible()
    scanner.scan("CMD:ACK")
    settle(running)
    assert not window.overlay.isVisible()

    scanner.scan(products[orders[1].lines[0].sku].barcodes[0])
    settle(running)
    assert window.overlay.isVisible()
    window.overlay.button.click()
    settle(running)
    assert not window.overlay.isVisible()


def test_typing_in_the_search_box_stays_there_and_a_scan_still_opens_the_order(qtbot, station, scanner, settle):
    running, orders, _ = station
    window = running.window
    view = window.queue_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 2)
    view.search.setFocus()
    qtbot.waitUntil(lambda: view.search.hasFocus())
    scanner.type("1234567")  # a person: 180 ms between keys
    qtbot.waitUntil(lambda: view.search.text() == "1234567", timeout=3000)  # the last key comes with the timer
    assert view.proxy.rowCount() == 1
    assert running.controller.pending == 0 and window.pack_view.order is None  # no scan happened

    scanner.scan(orders[1].order_id)  # the scanner fires while the search box has focus
    settle(running)
    assert view.search.text() == "1234567"  # not one scanned character leaked into the field
    assert window.pack_view.order.order_id == orders[1].order_id


def test_a_killed_station_reopens_the_order_with_every_accepted_scan(qtbot, station_ctx, scanner, settle):
    from station.ui.app import start_window

    ctx, orders, products = station_ctx
    order = orders[1]
    first = start_window(ctx, queue_refresh_ms=0)
    qtbot.addWidget(first.window)
    qtbot.waitUntil(lambda: first.window.is_ready)
    scanner.scan(order.order_id)
    codes = [code for _, code in units(order, products)][:2]
    for code in codes:
        scanner.scan(code)
    settle(first)
    first.controller.shutdown()  # the process "dies": no close, no set-aside
    first.window.hide()

    second = start_window(ctx, queue_refresh_ms=0)
    qtbot.addWidget(second.window)
    qtbot.waitUntil(lambda: second.window.is_ready)
    shown = second.window.pack_view.order
    assert shown is not None and shown.order_id == order.order_id
    assert shown.scanned_units == 2
    assert second.window.tabs.currentWidget() is second.window.pack_view
    second.shutdown()


def test_an_order_cancelled_on_amazon_while_packing_stops_loudly(qtbot, station, scanner, settle):
    running, orders, products = station
    window, store = running.window, running.window.store
    order = orders[0]
    scanner.scan(order.order_id)
    scanner.scan(products[order.lines[0].sku].barcodes[0])
    settle(running)
    with store.session() as db:  # what the sync writes when Amazon says Canceled
        cancelled = OrderRepository(db).get(order.order_id)
        cancelled.status = AmazonStatus.CANCELED
        cancelled.buyer = None
        OrderRepository(db).save(cancelled)
    window.on_amazon_cancelled([order.order_id])
    settle(running)
    assert window.overlay.isVisible()
    assert "CANCELLED" in window.overlay.message.text()
    assert window.pack_view.state_label.text().startswith("CANCELLED")


def test_the_queue_refresh_notices_a_cancellation_of_the_open_order(qtbot, station, scanner, settle):
    running, orders, _ = station
    window, store = running.window, running.window.store
    order = orders[1]
    scanner.scan(order.order_id)
    settle(running)
    with store.session() as db:
        cancelled = OrderRepository(db).get(order.order_id)
        cancelled.status = AmazonStatus.CANCELED
        cancelled.buyer = None
        OrderRepository(db).save(cancelled)
    window.queue_view.refresh(full=True)
    qtbot.waitUntil(lambda: window.overlay.isVisible(), timeout=10_000)
    assert "CANCELLED" in window.overlay.message.text()


def test_an_unknown_order_id_is_refused_without_a_stop(qtbot, station, scanner, settle):
    running, _, _ = station
    window = running.window
    scanner.scan("999-9999999-9999999")
    settle(running)
    assert "not in the queue" in window.pack_view.message_label.text()
    assert not window.overlay.isVisible()


def test_damaged_settings_are_a_message_not_a_crash(qtbot, seeded, tmp_path):
    from station.app import AppContext
    from station.ui.app import start_window

    store = seeded[0]
    (tmp_path / "settings.json").write_text("{ not json", encoding="utf-8")
    ctx = AppContext(data_dir=tmp_path, database_url=store.url, _store=store)
    running = start_window(ctx, queue_refresh_ms=0)
    qtbot.addWidget(running.window)
    qtbot.waitUntil(lambda: running.window.is_ready)
    assert running.window.notice.isVisible()
    assert "set aside" in running.window.notice_label.text()
    running.shutdown()


def test_keyboard_shortcuts_pass_through_the_wedge_filter(qtbot, station, scanner, settle):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    running, orders, _ = station
    window = running.window
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    QTest.keyClick(window, Qt.Key.Key_F3)
    assert window.tabs.currentWidget() is window.pack_view
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.queue_view
    qtbot.waitUntil(lambda: window.queue_view.search.hasFocus(), timeout=3000)
    scanner.type("114")  # typed by a person: into the search box
    qtbot.waitUntil(lambda: window.queue_view.search.text() == "114", timeout=3000)
    assert window.queue_view.proxy.rowCount() == 1


def test_a_supervisor_approval_repeats_the_refused_scan(qtbot, station, scanner, settle):
    """CMD:SKIP needs a supervisor once operators exist (issue 7): the window gets the retry, and the
    approved retry counts the unit."""
    from station.services.operators import Operators

    running, orders, _ = station
    window, controller = running.window, running.controller
    operators = Operators(window.store, "bench-ui")
    boss = operators.create("Sam Supervisor", "supervisor", pin="4729")
    packer = operators.create("Ana Packer", "packer", pin="5183", by=boss)
    controller.run(lambda bench: bench.sign_in(packer, operators.policy()), "Signing in")
    scanner.scan(orders[0].order_id)
    settle(running)
    asked = []
    # the badge dialog is the operators engineer's (station.ui.supervisor); here the test plays it
    controller.approval_needed.connect(lambda event, retry: asked.append((event, retry)))
    scanner.scan("CMD:SKIP")
    settle(running)
    assert asked and asked[0][0].extra["needs_approval"]
    assert window.pack_view.order.scanned_units == 0
    asked[0][1](boss)
    settle(running)
    assert window.pack_view.order.scanned_units == 1
