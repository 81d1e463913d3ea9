"""Issue 7: buyer data encrypted at rest, decrypted only to show or print, never in logs, tracebacks,
audit or exports, purged after the window; user-only files."""

import logging
import os
import stat
import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from station import paths
from station.domain.order import Address, AmazonStatus, BuyerInfo, Order, OrderLine, PackStatus
from station.logs import FORMAT, ContextFilter
from station.security import crypto
from station.services.bench import Bench
from station.services.purge import PurgeJob, purge_expired
from station.settings import Settings
from station.store.audit import AuditLog
from station.store.db import open_store
from station.store.models import BuyerInfoRow, OrderRow, PackageRow
from station.store.repositories import OrderRepository

NAME = "Wilhelmina Quagliarello"
STREET = "8841 Zanzibar Crescent"
CITY = "Kapuskasing"
PHONE = "+1 416 555 0199"
GIFT = "Happy birthday dear Wilhelmina"
SECRETS = [NAME, "Wilhelmina", "Quagliarello", STREET, "Zanzibar", CITY, PHONE, GIFT]


def buyer_order(order_id: str = "301-0000001-0000001", **changes) -> Order:
    order = Order(order_id, AmazonStatus.UNSHIPPED, [OrderLine("1", "SKU-P1", 1, "Lamp")],
                  ship_by=datetime.now(timezone.utc) + timedelta(hours=8),
                  buyer=BuyerInfo(NAME, Address(NAME, "Quagliarello Imports", STREET, "Unit 4", None, CITY, "ON",
                                                "P5N 1A1", "CA", PHONE), GIFT))
    for key, value in changes.items():
        setattr(order, key, value)
    return order


def leaks(data: bytes) -> list[str]:
    found = []
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if secret.encode(encoding) in data or secret.lower().encode(encoding) in data.lower():
                found.append(f"{secret} ({encoding})")
    return found


def test_buyer_data_is_ciphertext_in_the_database_and_plain_only_when_asked(store):
    with store.session() as db:
        OrderRepository(db).save(buyer_order())
    with store.session() as db:
        row = db.get(BuyerInfoRow, "301-0000001-0000001")
        stored = [row.buyer_name, row.ship_name, row.address_line1, row.city, row.phone, row.gift_message]
        assert all(value.startswith("v1:") for value in stored)
        assert row.country_code == "CA"
        raw = db.execute(text("SELECT * FROM buyer_info")).all()
        assert not leaks(repr(raw).encode())
        shown = OrderRepository(db).get("301-0000001-0000001")
        listed = OrderRepository(db).list()
    assert shown.buyer.buyer_name == NAME and shown.buyer.ship_to.line1 == STREET
    assert shown.buyer.ship_to.phone == PHONE and shown.buyer.gift_message == GIFT
    assert listed[0].buyer is None  # the queue never decrypts


def test_resync_does_not_rewrite_unchanged_buyer_data(store):
    with store.session() as db:
        OrderRepository(db).save(buyer_order())
    with store.session() as db:
        before = db.get(BuyerInfoRow, "301-0000001-0000001").address_line1
    with store.session() as db:
        OrderRepository(db).save(buyer_order())
    with store.session() as db:
        assert db.get(BuyerInfoRow, "301-0000001-0000001").address_line1 == before


def test_no_buyer_name_anywhere_on_disk_logs_or_exports(tmp_path, monkeypatch):
    """The SQLite file (and its WAL), the log file and an audit export, grepped as raw bytes."""
    monkeypatch.delenv("STATION_DATA_KEY", raising=False)
    data_dir = paths.data_dir(tmp_path / "data")
    log_file = tmp_path / "station.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(ContextFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    store = open_store(f"sqlite:///{data_dir / 'station.db'}")
    try:
        with store.session() as db:
            OrderRepository(db).save(buyer_order())
        with store.session() as db:
            order = OrderRepository(db).get("301-0000001-0000001")  # shown on screen / printed
        log = logging.getLogger("station.careless")
        log.info("printing slip for %s at %s", order.buyer.buyer_name, order.buyer.ship_to.line1)
        log.warning(f"gift message: {order.buyer.gift_message}")
        try:
            raise RuntimeError(f"label failed for {order.buyer.ship_to.name}, {order.buyer.ship_to.city}")
        except RuntimeError:
            log.exception("label job failed")
        bench = Bench(store, "bench-1", "ana")
        bench.scan("301-0000001-0000001")
        bench.scan(f"{NAME} '; DROP TABLE orders; --")  # a buyer's name scanned by mistake
        audit = AuditLog(store, "bench-1")
        audit.record("print", "ana", "301-0000001-0000001", details={"note": f"slip for {NAME}",
                                                                        "to": [STREET, PHONE]})
        export = tmp_path / "audit.csv"
        assert audit.export_csv(export, exported_by="sam") >= 2
        assert "[redacted]" in export.read_text(encoding="utf-8")
        assert stat.S_IMODE(os.stat(export).st_mode) == 0o600
    finally:
        store.dispose()
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)
    log_text = log_file.read_text(encoding="utf-8")
    assert "printing slip for [redacted]" in log_text and "RuntimeError" in log_text
    files = [p for p in [*data_dir.rglob("*"), log_file, export] if p.is_file()]
    assert any(p.name == "station.db" for p in files)
    for path in files:
        assert not leaks(path.read_bytes()), path
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    key_file = data_dir / crypto.KEY_FILE  # no keyring in tests: the documented 0600 fallback
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600


@pytest.mark.postgres
def test_postgres_rows_hold_no_plain_buyer_data(pg_schema, monkeypatch):
    monkeypatch.setenv("STATION_DATA_KEY", crypto.new_key())
    store = open_store(pg_schema)
    try:
        with store.session() as db:
            OrderRepository(db).save(buyer_order())
        with store.engine.connect() as connection:
            dump = connection.execute(text("SELECT b::text FROM buyer_info b")).scalars().all()
            dump += connection.execute(text("SELECT a::text FROM audit_log a")).scalars().all()
        assert dump and not leaks("\n".join(dump).encode())
    finally:
        store.dispose()


def test_settings_file_and_data_folder_are_user_only(tmp_path):
    data_dir = paths.data_dir(tmp_path / "fresh")
    settings = Settings(data_dir)
    settings.set("station.name", "bench-1")
    assert stat.S_IMODE(os.stat(settings.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700


# -- purge -------------------------------------------------------------------------------------------
def ship(store, order_id: str, shipped_at: datetime, deliver_by: datetime | None) -> None:
    with store.session() as db:
        row = db.get(OrderRow, order_id)
        row.pack_status, row.amazon_status, row.deliver_by = PackStatus.SHIPPED.value, "Shipped", deliver_by
        db.add(PackageRow(order_id=order_id, package_reference_id=1, items={"1": 1}, status="confirmed",
                          ship_date=shipped_at, confirmed=True))


def has_buyer(store, order_id: str) -> bool:
    with store.session() as db:
        return db.get(BuyerInfoRow, order_id) is not None


def test_purge_after_the_window(store):
    now = datetime.now(timezone.utc)
    ids = ["301-0000001-0000001", "301-0000002-0000002", "301-0000003-0000003", "301-0000004-0000004"]
    with store.session() as db:
        for order_id in ids:
            OrderRepository(db).save(buyer_order(order_id))
    ship(store, ids[0], now, deliver_by=now + timedelta(days=4))  # delivery date known
    ship(store, ids[1], now, deliver_by=None)  # unknown: ship date + days_after_ship
    cancelled = buyer_order(ids[2], status=AmazonStatus.CANCELED)
    with store.session() as db:
        OrderRepository(db).save(cancelled)
    # ids[3] is still to be packed: kept whatever the date

    assert purge_expired(store, now + timedelta(hours=1)).purged == 0
    assert all(has_buyer(store, i) for i in ids)
    assert purge_expired(store, now + timedelta(days=2)).purged == 1  # the cancelled one
    assert not has_buyer(store, ids[2])
    assert purge_expired(store, now + timedelta(days=33)).purged == 0  # delivered day 4: 30 days later
    assert purge_expired(store, now + timedelta(days=34, hours=1)).purged == 1
    assert not has_buyer(store, ids[0]) and has_buyer(store, ids[1])
    assert purge_expired(store, now + timedelta(days=37, hours=1), days_after_ship=37).purged == 1
    assert not has_buyer(store, ids[1])
    assert purge_expired(store, now + timedelta(days=400)).purged == 0
    assert has_buyer(store, ids[3])
    with store.session() as db:
        order = OrderRepository(db).get(ids[0])
    assert order is not None and order.buyer is None and order.lines  # the order itself stays


def test_purge_job_runs_by_itself(store):
    now = datetime.now(timezone.utc)
    with store.session() as db:
        OrderRepository(db).save(buyer_order())
    ship(store, "301-0000001-0000001", now - timedelta(days=60), deliver_by=now - timedelta(days=55))

    class Knobs:
        def get(self, key):
            return {"privacy.retention_days": 30, "privacy.days_after_ship": 37}[key]

    job = PurgeJob(store, "bench-1", Knobs(), interval_s=0.05)
    job.start()
    deadline = threading.Event()
    for _ in range(100):
        if not has_buyer(store, "301-0000001-0000001") and job.passes >= 2:
            break
        deadline.wait(0.05)
    job.stop()
    assert not has_buyer(store, "301-0000001-0000001") and job.passes >= 2
    with store.session() as db:
        assert db.scalar(select(BuyerInfoRow.order_id)) is None


def test_a_station_with_another_key_refuses_instead_of_mixing_keys(store, monkeypatch):
    from station.security.crypto import DataKeyError, install_cipher

    with store.session() as db:
        OrderRepository(db).save(buyer_order())
    other = crypto.BuyerCipher(os.urandom(32), "a new bench whose key was never copied")
    second = open_store(store.url, migrate=False)  # that station's own connection to the same database
    try:
        install_cipher(second.engine, other)
        with pytest.raises(DataKeyError, match="Copy the key"):
            with second.session() as db:
                OrderRepository(db).save(buyer_order("301-0000009-0000009"))
        with pytest.raises(DataKeyError):
            with second.session() as db:
                OrderRepository(db).get("301-0000001-0000001")
    finally:
        second.dispose()
    with store.session() as db:  # nothing was sealed with the wrong key
        assert db.get(BuyerInfoRow, "301-0000009-0000009") is None
        assert OrderRepository(db).get("301-0000001-0000001").buyer.buyer_name == NAME


def test_purge_also_empties_stored_print_jobs_of_the_order(store):
    from station.store.models import PrintJobRow

    now = datetime.now(timezone.utc)
    with store.session() as db:
        OrderRepository(db).save(buyer_order())
        OrderRepository(db).save(buyer_order("301-0000002-0000002"))
    ship(store, "301-0000001-0000001", now - timedelta(days=60), deliver_by=now - timedelta(days=50))
    with store.session() as db:
        for order_id in ("301-0000001-0000001", "301-0000002-0000002"):
            db.add(PrintJobRow(role="slip", kind="packing_slip", order_id=order_id, content_type="application/pdf",
                               payload=f"Ship to {NAME}".encode(), status="printed"))
    assert purge_expired(store, now).purged == 1
    with store.session() as db:
        payloads = dict(db.execute(select(PrintJobRow.order_id, PrintJobRow.payload)).all())
    assert payloads == {"301-0000001-0000001": b"", "301-0000002-0000002": f"Ship to {NAME}".encode()}


def test_print_jobs_kept_for_reprints_are_ciphertext_on_disk(tmp_path, monkeypatch):
    from station.devices.printqueue import PrintQueue
    from station.store.models import PrintJobRow

    monkeypatch.setenv("STATION_DATA_KEY", crypto.new_key())
    store = open_store(f"sqlite:///{tmp_path / 'station.db'}")
    slip = f"%PDF-1.4 Ship to: {NAME}, {STREET}, {CITY}".encode()
    try:
        queue = PrintQueue(store, station="bench-1")
        job_id = queue.enqueue("slip", "packing_slip", slip, "application/pdf", order_id="301-0000001-0000001")
        assert queue.payload(job_id) == slip  # plain to the print queue
        with store.engine.connect() as connection:
            raw = connection.execute(text("SELECT payload FROM print_jobs")).scalar()
        assert NAME.encode() not in bytes(raw)
        with store.session() as db:
            assert db.get(PrintJobRow, job_id).payload == slip
    finally:
        store.dispose()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert not leaks(path.read_bytes()), path


def test_buyer_rows_written_before_encryption_are_sealed_at_the_next_sync(store):
    with store.session() as db:
        OrderRepository(db).save(buyer_order())
    with store.session() as db:  # as an older version left it: plain text
        row = db.get(BuyerInfoRow, "301-0000001-0000001")
        row.buyer_name, row.address_line1 = NAME, STREET
    with store.session() as db:
        assert OrderRepository(db).get("301-0000001-0000001").buyer.buyer_name == NAME  # still readable
        OrderRepository(db).save(buyer_order())  # the next sync
    with store.session() as db:
        row = db.get(BuyerInfoRow, "301-0000001-0000001")
        assert row.buyer_name.startswith("v1:") and row.address_line1.startswith("v1:")


def test_the_buyer_data_key_is_copied_to_a_new_station_from_the_command_line(store, database_url, tmp_path):
    import subprocess
    import sys

    first, second = tmp_path / "bench-1", tmp_path / "bench-2"
    env = {k: v for k, v in os.environ.items() if k != crypto.ENV_KEY}  # each bench's own key, as in a warehouse

    def station(data_dir, *args, key_text=None):
        return subprocess.run([sys.executable, "-m", "station", "--data-dir", str(data_dir), "--database-url",
                               database_url, "config", "data-key", *args], input=key_text, env=env,
                              capture_output=True, text=True, timeout=120)

    with store.session() as db:  # buyer data sealed with bench 1's key (the tests' key)
        OrderRepository(db).save(buyer_order())
    bench_1_key = os.environ[crypto.ENV_KEY]
    crypto.import_key(bench_1_key, first)
    exported = station(first, "export")
    assert exported.returncode == 0 and exported.stdout.strip() == bench_1_key
    wrong = station(second, "import", key_text=crypto.new_key() + "\n")
    assert wrong.returncode == 1 and "NOT the key" in wrong.stderr
    garbled = station(second, "import", key_text="not a key\n")
    assert garbled.returncode == 1 and "base64" in garbled.stderr and "Traceback" not in garbled.stderr
    right = station(second, "import", key_text=exported.stdout)
    assert right.returncode == 0 and "It is the key" in right.stdout, right.stdout + right.stderr
    assert stat.S_IMODE((second / crypto.KEY_FILE).stat().st_mode) == 0o600
