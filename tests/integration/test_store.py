from datetime import datetime, timezone

import pytest
from sqlalchemy.exc import IntegrityError

from station.domain.barcodes import read_code
from station.domain.order import AmazonStatus, PackStatus
from station.services.ship import _live_tracking_clash
from station.store.models import PackageRow
from station.store.repositories import OrderRepository, ProductRepository, SyncState


def test_migrations_reach_head(store):
    assert store.current_revision() == store.head_revision()


def test_order_round_trip_keeps_buyer_apart(seeded):
    store, orders, _ = seeded
    with store.session() as db:
        order = OrderRepository(db).get(orders[0].order_id)
        without = OrderRepository(db).get(orders[0].order_id, with_buyer=False)
    assert order.buyer.ship_to.city == "Montréal"
    assert without.buyer is None
    assert [ln.sku for ln in order.lines] == [ln.sku for ln in orders[0].lines]
    assert order.ship_by.tzinfo is not None
    assert order.lines[0].barcodes  # from the catalogue


def test_resync_keeps_pack_status_and_cancellation_wins(seeded):
    store, orders, _ = seeded
    order = orders[0]
    with store.session() as db:
        OrderRepository(db).set_pack_status(order.order_id, PackStatus.PACKING, "bench-1", "ana")
    with store.session() as db:
        OrderRepository(db).save(order, last_updated=datetime.now(timezone.utc))
    with store.session() as db:
        assert OrderRepository(db).get(order.order_id).pack_status is PackStatus.PACKING
    order.status = AmazonStatus.CANCELED
    with store.session() as db:
        OrderRepository(db).save(order)
    with store.session() as db:
        assert OrderRepository(db).get(order.order_id).pack_status is PackStatus.CANCELLED


def test_product_lookup_by_any_code(seeded):
    store, _, products = seeded
    product = next(iter(products.values()))
    with store.session() as db:
        repo = ProductRepository(db)
        assert repo.sku_for(read_code(product.barcodes[0])) == product.sku
        assert repo.sku_for(read_code(product.sku.lower())) == product.sku
        assert repo.sku_for(read_code("NOPE")) is None
        assert repo.get(product.sku).barcodes == product.barcodes


def test_sync_state(store):
    with store.session() as db:
        SyncState(db).set("x", "1")
    with store.session() as db:
        assert SyncState(db).get("x") == "1"


def test_migrations_build_exactly_the_models(store):
    """What Alembic builds is what the code expects: no table, column, index or constraint drift."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import station.store.labels  # noqa: F401 - its table is on the same Base
    from station.store.models import Base

    # kept out of the models on purpose: the change feeds that changes.py makes with its triggers, and the
    # version table that upgrade.py reads without importing the models
    apart = {"change_version", "station_changes", "station_versions"}
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "include_name": lambda name, kind, parent: not (kind == "table" and name in apart)})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_one_live_package_per_tracking_number_voided_ones_aside(seeded):
    """The partial unique index of revision 0050, on both engines."""
    store, orders, _ = seeded
    first, second = (o.order_id for o in orders[:2])
    with store.session() as db:
        db.add(PackageRow(order_id=first, package_reference_id=1, items={}, tracking_number="1Z1", status="voided"))
        db.add(PackageRow(order_id=second, package_reference_id=1, items={}, tracking_number="1Z1", status="shipped"))
    with pytest.raises(IntegrityError) as refused:
        with store.session() as db:
            db.add(PackageRow(order_id=first, package_reference_id=2, items={}, tracking_number="1Z1",
                              status="confirming"))
    assert _live_tracking_clash(refused.value)  # recognised as this clash, whatever the engine says
