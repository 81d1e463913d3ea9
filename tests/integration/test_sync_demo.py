"""``station --demo``'s start: the in-process sandbox, settings pointed at it, its catalogue imported and one
real sync through the client (the journal shows the calls); then the app's workers work against it."""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone

import pytest

from station.amazon.credentials import ENV
from station.amazon.outbox import OutboxWorker, outbox_items
from station.amazon.sync import SyncWorker
from station.app import AppContext
from station.services.confirm import enqueue_confirmation
from station.services.demo import DEMO_CREDENTIALS, start_demo
from station.store.repositories import OrderRepository, ProductRepository


@pytest.fixture
def ctx(tmp_path, database_url, monkeypatch):
    for var in ENV.values():  # the demo sets them for the process; give them back afterwards
        monkeypatch.setenv(var, "")
        monkeypatch.delenv(var)
    context = AppContext(data_dir=tmp_path / "demo", database_url=database_url, demo=True)
    yield context
    context.close()


def test_demo_fills_the_queue_through_the_real_client(ctx):
    handle = start_demo(ctx)
    try:
        sb = handle.sandbox.sandbox
        settings = ctx.settings
        assert settings.get("amazon.endpoint") == handle.url
        assert settings.get("amazon.lwa_endpoint") == handle.url + "/auth/o2/token"
        assert settings.get("printers.label") == f"file:{ctx.printed_dir}" == settings.get("printers.slip")
        assert settings.get("label.format") == "zpl203" and ctx.printed_dir.is_dir()
        saved = (ctx.data_dir / "settings.json").read_text()
        assert DEMO_CREDENTIALS.client_secret not in saved and DEMO_CREDENTIALS.refresh_token not in saved
        with ctx.store.session() as db:
            products = ProductRepository(db).list()
            orders = OrderRepository(db).list()
            assert {p.sku for p in products} == {p.sku for p in sb.catalog}
            catalog = {p.sku: p for p in sb.catalog}
            assert all(p.barcodes == catalog[p.sku].barcodes and p.bin == catalog[p.sku].bin for p in products)
            fbm = {o.order_id for o in sb.orders.values() if o.fulfilled_by == "MERCHANT"}
            assert {o.order_id for o in orders} == fbm and handle.sync_result.new == len(fbm)
            assert {o.marketplace_id for o in orders} == {"ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8"}
            assert all(line.barcodes == catalog[line.sku].barcodes for o in orders for line in o.lines)
        paths = [e["path"] for e in sb.journal.entries()]
        assert paths[:3] == ["/auth/o2/token", "/tokens/2021-03-01/restrictedDataToken", "/orders/2026-01-01/orders"]
        print(f"\ndemo start: {handle.seconds:.2f}s for {len(orders)} orders and {len(products)} products")

        # the app's workers, as the UI starts them, against the demo
        cancelled, synced = [], []
        sync = SyncWorker.from_context(ctx, on_cancelled=cancelled.append, on_result=synced.append).start()
        outbox = OutboxWorker.from_context(ctx).start()
        try:
            order = next(o for o in orders if o.can_pack)
            with ctx.store.session() as db:
                enqueue_confirmation(db, order.order_id, 1, "UPS", "1Z999AA10123456784", datetime.now(timezone.utc),
                                     [(line.order_item_id, line.quantity) for line in order.lines], "demo", "op")
            outbox.wake()
            deadline = time.monotonic() + 30
            while (outbox_items(ctx.store) or not synced) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert outbox_items(ctx.store) == []
            assert sb.orders[order.order_id].status == "SHIPPED"
            assert synced and synced[0].ok
            sent = [e for e in sb.journal.entries() if e["path"].endswith("/shipmentConfirmation")]
            assert len(sent) == 1 and sent[0]["status"] == 204
            query = [e for e in sb.journal.entries() if e["path"] == "/orders/2026-01-01/orders"][-1]["query"]
            assert query["marketplaceIds"] == ["ATVPDKIKX0DER,A2EUQ1WTGCTBG2,A1AM78C64UM0Y8"]
        finally:
            sync.stop()
            outbox.stop()
        assert not sync.running and not outbox.running
    finally:
        handle.stop()
    assert json.loads((ctx.data_dir / "settings.json").read_text())["amazon.endpoint"] == handle.url
