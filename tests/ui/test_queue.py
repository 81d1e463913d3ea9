"""The queue: one-query read model, filters, urgency order and colours, counts, sync status."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from station.domain.order import AmazonStatus, BuyerInfo, Order, OrderLine, PackStatus, Urgency, urgency
from station.store import queue as q
from station.store.repositories import OrderRepository, SyncState
from station.ui.queue_model import (ALL, C_BUYER, C_FLAGS, C_ORDER, C_SHIP_BY, LATE_BG, TODAY_BG, QueueData,
                                    QueueFilterProxy, QueueModel, local_tomorrow)
from station.ui.queue_view import QueueView, sync_text
from station.ui.tasks import Pool

NOW = datetime.now(timezone.utc)


def _order(order_id, ship_by, status=AmazonStatus.UNSHIPPED, market="ATVPDKIKX0DER", buyer=None, skus=("A",),
           **flags):
    lines = [OrderLine(f"{order_id[-3:]}{i}", sku, 2) for i, sku in enumerate(skus)]
    return Order(order_id, status, lines, market, ship_by=ship_by, buyer=BuyerInfo(buyer) if buyer else None, **flags)


def _due_today() -> datetime | None:
    """A ship-by later today (local) that stays ahead of the clock while the test runs, or None when local
    midnight is under 40 minutes away (the tests then skip the "due today" checks)."""
    now = datetime.now(timezone.utc)  # not NOW: a long run imports this module minutes before the fixture runs
    end = local_tomorrow(now)
    return now + (end - now) / 2 if (end - now) > timedelta(minutes=40) else None


@pytest.fixture
def queue_store(store):
    today = _due_today()
    orders = [
        _order("111-0000001-0000001", NOW + timedelta(days=3), buyer="Zoë Tremblay", skus=("MUG-1", "PEN-2")),
        _order("111-0000002-0000002", NOW - timedelta(hours=2), is_prime=True, skus=("LAMP",)),
        _order("701-0000003-0000003", today or NOW + timedelta(days=2), market="A1AM78C64UM0Y8", buyer="José Núñez",
               is_gift=True),
        _order("111-0000004-0000004", NOW + timedelta(days=1, hours=1), status=AmazonStatus.PENDING),
        _order("111-0000005-0000005", NOW - timedelta(days=1), status=AmazonStatus.CANCELED),
        _order("702-0000006-0000006", NOW + timedelta(days=4), market="A2EUQ1WTGCTBG2", is_business=True,
               purchase_order_number="PO-77"),
    ]
    with store.session() as db:
        for order in orders:
            OrderRepository(db).save(order, station="test")
        OrderRepository(db).set_pack_status("111-0000001-0000001", PackStatus.PACKING)
        OrderRepository(db).save(_order("111-0000099-0000099", NOW, skus=("FBA",)), fulfilled_by="AMAZON")
        SyncState(db).set("sync.last_success", (NOW - timedelta(minutes=3)).isoformat())
        SyncState(db).set("sync.last_error", "429 QuotaExceeded")
    return store, today is not None


def test_read_model_is_one_row_per_merchant_order_with_units_skus_and_buyer(queue_store):
    store, _ = queue_store
    with store.session() as db:
        snap = q.load_queue(db)
    rows = {r[q.ORDER_ID]: r for r in snap.rows}
    assert "111-0000099-0000099" not in rows  # FBA: not ours to pack
    first = rows["111-0000001-0000001"]
    assert first[q.UNITS] == 4 and set(first[q.SKUS].split(", ")) == {"MUG-1", "PEN-2"}
    assert first[q.BUYER] == "Zoë Tremblay"  # opened from its sealed column
    assert first[q.PACK_STATUS] == "packing"
    assert "zoë tremblay" in first[q.SEARCH_KEY] and "mug-1" in first[q.SEARCH_KEY]
    assert snap.sync == {"sync.last_success": (NOW - timedelta(minutes=3)).isoformat(),
                         "sync.last_error": "429 QuotaExceeded"}
    with store.session() as db:
        none = q.load_queue(db, buyers=False)
    assert {r[q.BUYER] for r in none.rows} == {""}


def test_incremental_read_returns_only_what_changed(queue_store):
    store, _ = queue_store
    with store.session() as db:
        full = q.load_queue(db)
    with store.session() as db:
        OrderRepository(db).set_pack_status("702-0000006-0000006", PackStatus.PACKING)
    with store.session() as db:
        changed = q.load_queue(db, since=full.high_water)
    ids = [r[q.ORDER_ID] for r in changed.rows]
    assert "702-0000006-0000006" in ids and len(ids) < 3  # the change (plus what shares the mark's instant)


def _model(store):
    with store.session() as db:
        data = QueueData.build(q.load_queue(db).rows)
    model = QueueModel()
    proxy = QueueFilterProxy(model)
    proxy.load(data)
    return model, proxy


def _ids(proxy):
    return [proxy.order_id(r) for r in range(proxy.rowCount())]


def test_late_then_due_today_float_to_the_top_in_red_and_amber(qtbot, queue_store):
    store, has_today = queue_store
    model, proxy = _model(store)
    proxy.set_status(ALL)
    ids = _ids(proxy)
    assert ids[0] == "111-0000002-0000002"  # late
    late = proxy.index(0, C_ORDER)
    assert late.data(Qt.ItemDataRole.BackgroundRole).color() == LATE_BG
    assert proxy.index(0, C_SHIP_BY).data().startswith("LATE")
    if has_today:
        assert ids[1] == "701-0000003-0000003"
        assert proxy.index(1, C_ORDER).data(Qt.ItemDataRole.BackgroundRole).color() == TODAY_BG
    # the model's urgency agrees with the domain's definition
    for row in range(proxy.rowCount()):
        i = model.visible[row]
        r = model.data_.rows[i]
        if model.data_.status[i] in ("new", "packing", "packed") and r[q.SHIP_BY] is not None:
            expected = {Urgency.LATE: "late", Urgency.DUE_TODAY: "today", Urgency.LATER: "later"}[
                urgency(r[q.SHIP_BY], model.data_.built_at)]
            assert proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) == expected


def test_filters_by_status_ship_by_marketplace_and_search(qtbot, queue_store):
    store, has_today = queue_store
    _, proxy = _model(store)
    # default: what can be packed now (new and packing); not Pending, not cancelled
    assert set(_ids(proxy)) == {"111-0000001-0000001", "111-0000002-0000002", "701-0000003-0000003",
                                "702-0000006-0000006"}
    proxy.set_status("pending")
    assert _ids(proxy) == ["111-0000004-0000004"]
    proxy.set_status("cancelled")
    assert _ids(proxy) == ["111-0000005-0000005"]
    proxy.set_status(ALL)
    assert proxy.rowCount() == 6
    proxy.set_urgency("late")
    assert _ids(proxy) == ["111-0000002-0000002"]
    if has_today:
        proxy.set_urgency("today")
        assert _ids(proxy) == ["701-0000003-0000003"]
    proxy.set_urgency(ALL)
    proxy.set_marketplace("A2EUQ1WTGCTBG2")
    assert _ids(proxy) == ["702-0000006-0000006"]
    assert "BUSINESS" in proxy.index(0, C_FLAGS).data()
    proxy.set_marketplace(ALL)
    proxy.set_search("núñez")  # buyer name, any case
    assert _ids(proxy) == ["701-0000003-0000003"]
    assert proxy.index(0, C_BUYER).data() == "José Núñez"
    proxy.set_search("mug-1")  # SKU
    assert _ids(proxy) == ["111-0000001-0000001"]
    proxy.set_search("0000004")  # part of an order id
    assert _ids(proxy) == ["111-0000004-0000004"]
    proxy.set_search("mug pen")  # every word must match
    assert _ids(proxy) == ["111-0000001-0000001"]
    proxy.set_search("nothing-like-this")
    assert proxy.rowCount() == 0


def test_header_click_sorts_and_keeps_the_filter(qtbot, queue_store):
    store, _ = queue_store
    _, proxy = _model(store)
    proxy.set_status(ALL)
    proxy.sort(C_ORDER, Qt.SortOrder.DescendingOrder)
    assert _ids(proxy) == sorted(_ids(proxy), reverse=True)
    proxy.set_search("111-")
    assert _ids(proxy) == sorted(_ids(proxy), reverse=True) and len(_ids(proxy)) == 4


def test_queue_view_reads_off_the_gui_thread_and_shows_counts_and_sync_error(qtbot, queue_store):
    store, _ = queue_store
    pool = Pool()
    view = QueueView(store, pool, refresh_ms=0)
    qtbot.addWidget(view)
    view.start()
    qtbot.waitUntil(lambda: "showing" in view.counts.text(), timeout=10_000)  # the whole queue, not the first read
    assert view.proxy.rowCount() == 4, (view.counts.text(), view.model.rowCount(), len(view.model.data_.rows))
    qtbot.waitUntil(lambda: view.model.index(0, 0).isValid() and any(
        view.model.data_.rows[i][q.BUYER] for i in range(len(view.model.data_.rows))), timeout=10_000)
    counts = view.counts.text()
    assert "LATE 1" in counts and "Pending 1" in counts and "Cancelled 1" in counts and "Packing 1" in counts
    assert "SYNC ERROR: 429 QuotaExceeded" in view.sync_label.text()
    assert "min ago" in view.sync_label.text()
    view.status_box.setCurrentIndex(view.status_box.findData(ALL))
    assert view.proxy.rowCount() == 6
    view.stop()
    pool.wait()


def test_sync_text_without_any_sync():
    assert sync_text({}) == ("Not synced with Amazon yet", True)
    text, ok = sync_text({"sync.last_success": NOW.isoformat()}, NOW + timedelta(seconds=20))
    assert ok and "just now" in text
