"""Issue 7: bad and hostile input at the bench. Hypothesis drives Bench.scan on a real store; a locked or
vanished database gives a plain message and loses nothing; malformed CSV and settings files are refused
or set aside with a message."""

import json
import os
import shutil
import sqlite3
import unicodedata
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select, text

from station.domain.barcodes import GS, MAX_SCAN_LENGTH, gs1_check_digit
from station.domain.commands import Command
from station.domain.order import AmazonStatus, Order, OrderLine, Product
from station.domain.pack import Outcome
from station.services.bench import Bench, BenchEvent, EventKind
from station.services.catalog import CatalogImportError, import_products_csv
from station.settings import Settings
from station.store.db import open_store
from station.store.models import ScanRow
from station.store.repositories import OrderRepository, ProductRepository

ORDER_IDS = ["501-0000001-0000001", "501-0000002-0000002"]


def gtin(n: int) -> str:
    body = f"0555{n:08d}"
    return body + str(gs1_check_digit(body))


def seed(store):
    products = {f"SKU-F{n}": Product(f"SKU-F{n}", f"Fuzz item {n}", barcodes=[gtin(n)]) for n in range(3)}
    with store.session() as db:
        for product in products.values():
            ProductRepository(db).upsert(product)
        for i, order_id in enumerate(ORDER_IDS):
            OrderRepository(db).save(Order(order_id, AmazonStatus.UNSHIPPED,
                                           [OrderLine("1", f"SKU-F{i}", 3, "x"), OrderLine("2", "SKU-F2", 1, "y")],
                                           ship_by=datetime.now(timezone.utc) + timedelta(hours=2)))


HOSTILE = st.one_of(
    st.text(max_size=60),  # any unicode, control characters included
    st.text(alphabet=st.characters(max_codepoint=0x1f), max_size=20),  # only control characters
    st.builds(lambda c, n: c * n, st.sampled_from(["A", "9", "\x00", "é", "\u202e", GS]),
              st.integers(1, 10_240)),  # stuck keys, 10 kB "scans"
    st.sampled_from(["'; DROP TABLE orders; --", "1 OR 1=1", "\" OR \"\"=\"", "%", "_", "\\", "NULL",
                     "SELECT * FROM buyer_info", "<script>alert(1)</script>", "${jndi:ldap://x}", "\r\n\r\n",
                     "]C1010955500000001", "(01)00555000000001(17)250101", "]d2\x1d01", "CMD:", "cmd:skip",
                     "CMD:CONFIRM\x00", " CMD:NEXT-BOX ", "CMD:ACK", "CMD:CANCEL", "CMD:REPRINT"]),
    st.sampled_from(ORDER_IDS + [gtin(0), gtin(1), gtin(2), gtin(99)]),  # real codes, interleaved
    st.builds(lambda a, b: a + b, st.sampled_from(ORDER_IDS + [gtin(0)]), st.text(max_size=5)),
)


@pytest.fixture
def fuzz_store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'station.db'}")
    seed(store)
    yield store
    store.dispose()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(scans=st.lists(HOSTILE, min_size=1, max_size=25))
def test_scan_path_survives_hostile_input(fuzz_store, scans):
    store = fuzz_store
    bench = Bench(store, "bench-fuzz", "ana")
    for raw in [ORDER_IDS[0], *scans]:
        event = bench.scan(raw)
        assert isinstance(event, BenchEvent) and isinstance(event.message, str)
        if bench.session is not None:
            for line in bench.session.order.lines:
                assert 0 <= line.scanned <= line.to_pack  # never more units than ordered
    bench.scan(Command.ACK.value)
    bench.scan(Command.CANCEL.value)
    with store.session() as db:
        assert db.scalar(select(func.count()).select_from(text("orders"))) == len(ORDER_IDS)  # no injection
        codes = list(db.scalars(select(ScanRow.code)))
        for order_id in ORDER_IDS:
            order = OrderRepository(db).get(order_id, with_buyer=False)
            for line in order.lines:  # what the store holds = what the screen showed
                assert line.scanned <= line.to_pack
    for code in codes:
        assert len(code) <= MAX_SCAN_LENGTH
        assert all(ch == GS or unicodedata.category(ch)[0] != "C" for ch in code)
    resumed = Bench(store, "bench-fuzz", "ana")
    resumed.scan(ORDER_IDS[0])
    with store.session() as db:
        stored = OrderRepository(db).get(ORDER_IDS[0], with_buyer=False)
    assert [ln.scanned for ln in resumed.session.order.lines] == [ln.scanned for ln in stored.lines]
    resumed.scan(Command.CANCEL.value)


def test_a_locked_database_loses_nothing(fuzz_store, tmp_path):
    store = fuzz_store
    bench = Bench(store, "bench-1", "ana")
    bench.scan(ORDER_IDS[0])
    assert bench.scan(gtin(0)).result.outcome is Outcome.ACCEPTED
    blocker = sqlite3.connect(tmp_path / "station.db", timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the file (a backup tool, a stuck process)
    try:
        event = bench.scan(gtin(0))
        assert event.kind is EventKind.REFUSED and event.extra.get("database_error")
        assert "NOT recorded" in event.message and "Traceback" not in event.message
    finally:
        blocker.rollback()
        blocker.close()
    again = bench.scan(gtin(0))  # the packer scans it again
    assert again.result.outcome is Outcome.ACCEPTED and again.order.lines[0].scanned == 2
    with store.session() as db:
        assert OrderRepository(db).get(ORDER_IDS[0], with_buyer=False).lines[0].scanned == 2


def test_a_vanished_database_gives_a_message_not_a_crash(tmp_path):
    folder = tmp_path / "db"
    store = open_store(f"sqlite:///{folder / 'station.db'}")
    try:
        seed(store)
        bench = Bench(store, "bench-1", "ana")
        bench.scan(ORDER_IDS[0])
        bench.scan(gtin(0))
        store.engine.dispose()
        shutil.move(folder, tmp_path / "unplugged")  # a network share or USB disk gone
        for raw in (gtin(0), Command.CONFIRM.value, ORDER_IDS[1]):
            event = bench.scan(raw)
            assert event.kind is EventKind.REFUSED and event.extra.get("database_error")
        assert bench.bare_enter().extra.get("database_error")
        store.engine.dispose()
        shutil.move(tmp_path / "unplugged", folder)  # back
        event = bench.scan(gtin(0))
        assert event.result.outcome is Outcome.ACCEPTED and event.order.lines[0].scanned == 2
    finally:
        store.dispose()


@pytest.mark.postgres
def test_postgres_connections_cut_mid_order(pg_schema):
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    app_name = f"station-fuzz-{uuid.uuid4().hex[:8]}"  # so we cut only this station's connections
    url = make_url(pg_schema).update_query_dict({"application_name": app_name}).render_as_string(False)
    store = open_store(url)
    try:
        seed(store)
        bench = Bench(store, "bench-1", "ana")
        bench.scan(ORDER_IDS[0])
        bench.scan(gtin(0))
        admin = create_engine(os.environ["STATION_TEST_DATABASE_URL"], isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # as a server restart or a network cut would
            killed = conn.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                       "WHERE application_name = :name"), {"name": app_name}).scalar()
        admin.dispose()
        assert killed >= 1
        event = bench.scan(gtin(0))  # pool_pre_ping reconnects, or a plain message and a rescan
        if event.extra.get("database_error"):
            event = bench.scan(gtin(0))
        assert event.result.outcome is Outcome.ACCEPTED and event.order.lines[0].scanned == 2
        with store.session() as db:
            assert OrderRepository(db).get(ORDER_IDS[0], with_buyer=False).lines[0].scanned == 2
    finally:
        store.dispose()


@pytest.mark.parametrize("content", [
    b"\x00\x01\x02garbage\xff\xfe",
    "sku,title\n\"unterminated,quote\n".encode(),
    b"sku,title,evil_column\nA,B,C\n",
    b"",
    b"title\nno sku column\n",
    ("sku,title,barcodes\n" + "'; DROP TABLE products; --,x,123\n" + "A," + "x" * 20_000 + ",1|2|3\n").encode(),
    b"sku,weight_g\nA,heavy\nB,-5\n",
    "sku,barcodes\nA,\x1b[31m\x07\n".encode(),
])
def test_malformed_product_csv_is_refused_with_a_message(store, tmp_path, content):
    path = tmp_path / "products.csv"
    path.write_bytes(content)
    try:
        count = import_products_csv(store, path)
    except CatalogImportError as exc:
        message = str(exc)
        assert message and "Traceback" not in message
        with store.session() as db:
            assert ProductRepository(db).list() == []  # all rows or none
    else:
        assert isinstance(count, int)  # accepted: stored as plain data, nothing executed
        with store.session() as db:
            assert db.scalar(select(func.count()).select_from(text("orders"))) == 0
            assert len(ProductRepository(db).list()) == count


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[1, 2, 3]", b"null",
                                     json.dumps({"station.name": 5, "label.format": "bogus",
                                                 "printers.label": "'; rm -rf /"}).encode()])
def test_malformed_settings_file_is_set_aside_or_ignored(tmp_path, content):
    (tmp_path / "settings.json").write_bytes(content)
    settings_ = Settings(tmp_path)
    assert settings_.get("label.format") in ("zpl203", "zpl300", "pdf", "png")
    assert settings_.get("printers.label") in ("",)
    if settings_.problem:
        assert "set aside" in settings_.problem
        assert any(p.name.startswith("settings.json.corrupt-") for p in tmp_path.iterdir())


def test_a_scan_the_database_refused_is_not_shown_counted(fuzz_store, tmp_path):
    """The refusal's order is what the database holds: the unit that was not recorded is not on screen."""
    store = fuzz_store
    bench = Bench(store, "bench-1", "ana")
    bench.scan(ORDER_IDS[0])
    assert bench.scan(gtin(0)).order.lines[0].scanned == 1
    blocker = sqlite3.connect(tmp_path / "station.db", timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        event = bench.scan(gtin(0))
        assert event.extra.get("database_error")
        assert event.order is not None and event.order.lines[0].scanned == 1
    finally:
        blocker.rollback()
        blocker.close()
    blocker = sqlite3.connect(tmp_path / "station.db", timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:  # still locked at the next scan: the screen still shows what the database holds
        event = bench.scan(gtin(0))
        assert event.extra.get("database_error") and event.order.lines[0].scanned == 1
    finally:
        blocker.rollback()
        blocker.close()
    assert bench.scan(gtin(0)).order.lines[0].scanned == 2
