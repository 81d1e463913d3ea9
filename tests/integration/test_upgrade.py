"""Start-up upgrades: an old database keeps every row, a newer one is refused, SQLite is backed up first,
and on PostgreSQL only one station migrates at a time."""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import pytest
from alembic import command
from sqlalchemy import text

from station import __version__
from station.store.db import Store, StoreError, alembic_config, open_store
from station.store.upgrade import (DatabaseTooNew, backup_sqlite, current_revisions, head_revisions,
                                   migration_lock, prune_backups, station_versions, upgrade_store)

NOW = datetime(2026, 11, 20, 15, 30, tzinfo=timezone.utc)
ORDERS = [f"11{i}-{1000000 + i:07d}-{2000000 + i:07d}" for i in range(6)]


def _store_at(url: str, revision: str) -> Store:
    store = Store(url)
    command.upgrade(alembic_config(store.engine), revision)
    return store


def _written_by_a_newer_app(url: str, revision: str, app_version: str) -> None:
    """A database at ``revision``, which this app does not know, recorded as written by ``app_version``."""
    store = open_store(url)
    with store.engine.begin() as db:
        db.execute(text("DELETE FROM alembic_version"))
        db.execute(text("INSERT INTO alembic_version (version_num) VALUES (:revision)"), {"revision": revision})
        db.execute(station_versions.insert().values(revision=revision, app_version=app_version, recorded_at=NOW))
    store.dispose()


def _at_head(store: Store) -> bool:
    return set(current_revisions(store.engine)) == head_revisions(store.engine)


def _fill_first_schema(store: Store) -> None:
    """Rows as the first release wrote them: raw SQL against revision 0001's tables."""
    with store.engine.begin() as db:
        for i, order_id in enumerate(ORDERS):
            db.execute(text(
                "INSERT INTO orders (order_id, marketplace_id, amazon_status, pack_status, fulfilled_by,"
                " purchase_date, ship_by, is_prime, is_gift, is_business, is_replacement, station, operator,"
                " created_at, updated_at) VALUES (:id, 'ATVPDKIKX0DER', 'Unshipped', :pack, 'MFN', :pd, :sb,"
                " :prime, false, false, false, 'bench-1', 'ana', :now, :now)"),
                {"id": order_id, "pack": "packing" if i % 2 else "new", "pd": NOW - timedelta(hours=i),
                 "sb": NOW + timedelta(days=1), "prime": i % 3 == 0, "now": NOW})
            db.execute(text(
                "INSERT INTO buyer_info (order_id, ship_name, address_line1, city, postal_code, country_code,"
                " fetched_at) VALUES (:id, 'Zoë Tremblay', '12 rue Sainte-Catherine', 'Montréal', 'H2X 1Y4',"
                " 'CA', :now)"), {"id": order_id, "now": NOW})
            db.execute(text("INSERT INTO products (sku, title, updated_at) VALUES (:sku, :title, :now)"),
                       {"sku": f"SKU-{i}", "title": f"Widget {i} – blue, 2 pack", "now": NOW})
            db.execute(text("INSERT INTO product_barcodes (sku, code, match_key) VALUES (:sku, :code, :code)"),
                       {"sku": f"SKU-{i}", "code": f"0001234500{i:03d}"})
            db.execute(text(
                "INSERT INTO order_lines (order_id, order_item_id, position, sku, title, quantity,"
                " quantity_shipped, condition, gift_wrap) VALUES (:id, :item, 0, :sku, 'Widget', 2, 0, 'New',"
                " false)"), {"id": order_id, "item": f"{5000 + i}", "sku": f"SKU-{i}"})
            for n in range(3):
                db.execute(text(
                    "INSERT INTO scans (order_id, code, outcome, message, order_item_id, sku, package_no, station,"
                    " operator, created_at) VALUES (:id, :code, 'accepted', 'ok', :item, :sku, 1, 'bench-1', 'ana',"
                    " :now)"), {"id": order_id, "code": f"0001234500{i:03d}", "item": f"{5000 + i}",
                                "sku": f"SKU-{i}", "now": NOW + timedelta(seconds=n)})
        db.execute(text(
            "INSERT INTO packages (order_id, package_reference_id, items, status, carrier, tracking_number,"
            " confirmed, created_at) VALUES (:id, 1, :items, 'packed', 'UPS', '1Z999AA10123456784', false, :now)"),
            {"id": ORDERS[1], "items": '[{"order_item_id": "5001", "quantity": 2}]', "now": NOW})
        for n, status in enumerate(("pending", "pending", "failed")):
            db.execute(text(
                "INSERT INTO outbox (kind, dedupe_key, order_id, payload, status, attempts, next_attempt_at,"
                " last_error, created_at) VALUES ('confirm_shipment', :key, :id, :payload, :status, 1, :now,"
                " :err, :now)"),
                {"key": f"confirm:{ORDERS[1]}:{n}", "id": ORDERS[1],
                 "payload": '{"packageReferenceId": "1"}', "status": status,
                 "err": "HTTP 503" if status == "failed" else None, "now": NOW})
        db.execute(text("INSERT INTO sync_state (key, value, updated_at) VALUES ('orders.last_updated_after',"
                        " '2026-11-20T00:00:00Z', :now)"), {"now": NOW})


def _snapshot(store: Store) -> dict[str, list]:
    tables = {"orders": "order_id", "buyer_info": "order_id", "products": "sku", "product_barcodes": "id",
              "order_lines": "id", "scans": "id", "packages": "id", "outbox": "id", "sync_state": "key"}
    columns = {"orders": "order_id, amazon_status, pack_status, is_prime, station, operator",
               "buyer_info": "order_id, ship_name, city", "products": "sku, title",
               "product_barcodes": "sku, code", "order_lines": "order_id, order_item_id, quantity",
               "scans": "id, order_id, code, outcome, station, operator",
               "packages": "order_id, tracking_number, confirmed", "outbox": "id, order_id, status, last_error",
               "sync_state": "key, value"}
    with store.engine.connect() as db:
        return {t: [tuple(r) for r in db.execute(text(f"SELECT {columns[t]} FROM {t} ORDER BY {key}"))]
                for t, key in tables.items()}


def test_first_release_database_upgrades_with_nothing_lost(database_url, tmp_path):
    old = _store_at(database_url, "0001")
    _fill_first_schema(old)
    before = _snapshot(old)
    old.dispose()
    assert len(before["scans"]) == 18 and len(before["outbox"]) == 3

    store = open_store(database_url, backup_dir=tmp_path / "backups")
    try:
        assert _at_head(store) and "0001" not in head_revisions(store.engine)
        assert _snapshot(store) == before
        with store.engine.connect() as db:
            recorded = db.execute(station_versions.select()).all()
        assert {(head, __version__) for head in head_revisions(store.engine)} <= {
            (r.revision, r.app_version) for r in recorded}
        with store.engine.connect() as db:  # the upgraded tables still take the rows the app writes
            pending = db.execute(text("SELECT count(*) FROM outbox WHERE status = 'pending'")).scalar()
        assert pending == 2
    finally:
        store.dispose()

    backups = list((tmp_path / "backups").glob("station-*.db"))
    if database_url.startswith("sqlite"):
        assert len(backups) == 1 and "rev0001" in backups[0].name
        with sqlite3.connect(backups[0]) as copy:  # the copy is the database as it was before the upgrade
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert copy.execute("SELECT count(*) FROM scans").fetchone() == (18,)
    else:
        assert backups == []


def test_second_start_does_nothing(database_url, tmp_path):
    open_store(database_url, backup_dir=tmp_path / "b").dispose()
    store = open_store(database_url, backup_dir=tmp_path / "b")
    try:
        result = upgrade_store(store, backup_dir=tmp_path / "b")
    finally:
        store.dispose()
    assert not result.migrated and result.backup is None
    assert not (tmp_path / "b").exists()  # nothing to migrate: nothing copied


def test_database_newer_than_the_app_is_refused(database_url, tmp_path):
    _written_by_a_newer_app(database_url, "0099", "9.4.1")

    with pytest.raises(DatabaseTooNew) as refused:
        open_store(database_url, backup_dir=tmp_path / "backups")
    message = str(refused.value)
    assert "9.4.1" in message and __version__ in message and "Install Packing Station 9.4.1" in message
    assert isinstance(refused.value, StoreError)  # callers show StoreError messages as they are
    assert not (tmp_path / "backups").exists()
    check = Store(database_url)
    try:
        assert check.current_revision() == "0099"  # left exactly as it was
    finally:
        check.dispose()


def test_newer_database_without_a_recorded_version_still_refused(database_url):
    store = open_store(database_url)
    with store.engine.begin() as db:
        db.execute(text("DELETE FROM alembic_version"))
        db.execute(text("INSERT INTO alembic_version (version_num) VALUES ('ffff1234')"))
        db.execute(text("DELETE FROM station_versions"))
    store.dispose()
    with pytest.raises(DatabaseTooNew, match="Install the newest Packing Station"):
        open_store(database_url)


def test_backups_keep_the_last_five(tmp_path):
    database = tmp_path / "station.db"
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (42)")
    made = [backup_sqlite(database, tmp_path / "backups", "0001") for _ in range(7)]
    kept = sorted((tmp_path / "backups").glob("station-*.db"))
    assert kept == made[-5:]
    with sqlite3.connect(kept[-1]) as copy:
        assert copy.execute("SELECT x FROM t").fetchone() == (42,)
    assert prune_backups(tmp_path / "backups", keep=2) == made[2:5]


@pytest.mark.postgres
def test_postgres_other_stations_wait_for_the_one_that_migrates(pg_schema):
    """While one station holds the migration lock, another's start-up waits; then finds nothing to do."""
    old = _store_at(pg_schema, "0001")
    _fill_first_schema(old)
    holder = Store(pg_schema)
    results: dict[str, object] = {}

    def other_station() -> None:
        try:
            store = open_store(pg_schema)
            results["at_head"] = _at_head(store)
            store.dispose()
        except Exception as exc:  # noqa: BLE001 - reported to the test below
            results["error"] = exc

    with migration_lock(holder.engine):
        waiting = threading.Thread(target=other_station)
        waiting.start()
        waiting.join(timeout=1.5)
        assert waiting.is_alive(), "a station migrated while another held the migration lock"
        assert old.current_revision() == "0001"
    waiting.join(timeout=60)
    assert not waiting.is_alive() and "error" not in results, results
    assert results["at_head"]
    old.dispose()
    holder.dispose()


@pytest.mark.postgres
def test_postgres_many_stations_start_at_once(pg_schema):
    old = _store_at(pg_schema, "0001")
    _fill_first_schema(old)
    before = _snapshot(old)
    old.dispose()
    errors: list[Exception] = []

    def start() -> None:
        try:
            open_store(pg_schema).dispose()
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    store = Store(pg_schema)
    try:
        assert _at_head(store)
        assert _snapshot(store) == before
    finally:
        store.dispose()


def test_shipped_heads_read_without_alembic_match_alembic(tmp_path):
    from station.store.upgrade import shipped_heads

    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        assert shipped_heads() == head_revisions(store.engine)
    finally:
        store.dispose()


def test_an_up_to_date_start_does_not_load_alembic(tmp_path):
    """Alembic costs ~0.5 s to import; a start with nothing to migrate must not pay it."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'station.db'}"
    open_store(url).dispose()
    code = ("import sys; from station.store.db import open_store; open_store(sys.argv[1]).dispose(); "
            "print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_the_station_command_refuses_a_newer_database_in_plain_words(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'station.db'}"
    _written_by_a_newer_app(url, "0999", "3.0.0")
    done = subprocess.run([sys.executable, "-m", "station", "--data-dir", str(tmp_path), "--database-url", url,
                           "orders", "list", "--json"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "STATION_NO_LOG_FILE": "1"})
    assert done.returncode == 1
    assert "Install Packing Station 3.0.0 or newer" in done.stderr and "Traceback" not in done.stderr


def test_a_tracking_number_on_two_live_packages_stops_the_upgrade_with_the_orders_named(database_url, tmp_path):
    from station.domain.order import AmazonStatus, Order, OrderLine
    from station.store.models import PackageRow
    from station.store.repositories import OrderRepository

    old = _store_at(database_url, "0040")  # the schema of the release before, when the race could happen
    with old.session() as db:
        for order_id in ORDERS[:2]:
            OrderRepository(db).save(Order(order_id, AmazonStatus.UNSHIPPED, [OrderLine("1", "MUG", 1)]))
            db.add(PackageRow(order_id=order_id, package_reference_id=1, items={"1": 1}, status="confirming",
                              tracking_number="1Z999AA10123456784"))
    old.dispose()
    with pytest.raises(StoreError, match=f"1Z999AA10123456784 on orders {ORDERS[0]} and {ORDERS[1]}"):
        open_store(database_url, backup_dir=tmp_path / "backups")
    still = Store(database_url)
    try:
        assert still.current_revision() == "0040"  # nothing half-done: fixed and started again, it upgrades
        with still.engine.begin() as db:
            db.execute(text("UPDATE packages SET status = 'voided' WHERE order_id = :o"), {"o": ORDERS[1]})
    finally:
        still.dispose()
    open_store(database_url, backup_dir=tmp_path / "backups").dispose()
