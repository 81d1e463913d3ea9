"""Issue 7: the audit log (append-only, who/what/when/where, redacted CSV export) and operators
(sign-in by badge or PIN, roles, supervisor approval at the bench, idle sign-out)."""

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from station.domain.barcodes import gs1_check_digit
from station.domain.commands import Command
from station.domain.order import AmazonStatus, Order, OrderLine, Product
from station.domain.pack import Outcome, Problem
from station.security.roles import Action, NotAuthorized, Role
from station.services.bench import Bench, EventKind
from station.services.operators import MAX_PIN_TRIES, OperatorError, Operators, Shift
from station.store import audit
from station.store.audit import AuditAction, AuditLog, write_csv
from station.store.models import AuditRow, OperatorRow
from station.store.repositories import OrderRepository, ProductRepository


def seed(store):
    products = {}
    orders = []
    for n in range(2):
        body = f"0777{n:08d}"
        gtin = body + str(gs1_check_digit(body))
        sku = f"SKU-A{n}"
        products[sku] = Product(sku, f"Audit item {n}", barcodes=[gtin])
        orders.append(Order(f"401-000000{n}-000000{n}", AmazonStatus.UNSHIPPED, [OrderLine("1", sku, 2, "x")],
                            ship_by=datetime.now(timezone.utc) + timedelta(hours=3)))
    with store.session() as db:
        for product in products.values():
            ProductRepository(db).upsert(product)
        for order in orders:
            OrderRepository(db).save(order)
    return orders, products


@pytest.fixture
def team(store):
    ops = Operators(store, "bench-1")
    sam = ops.create("Sam Supervisor", Role.SUPERVISOR, pin="4821", badge="BADGE:sam-0001")
    ana = ops.create("Ana Packer", Role.PACKER, pin="5930", badge="BADGE:ana-0001", by=sam)
    return ops, sam, ana


def test_audit_log_is_append_only(store):
    log = AuditLog(store, "bench-1")
    log.record(AuditAction.PRINT, "ana", "401-0000000-0000000", details={"printer": "tcp://10.0.0.5:9100"})
    for statement in (update(AuditRow).values(operator="someone else"), delete(AuditRow)):
        with pytest.raises(DBAPIError, match="append-only"):
            with store.session() as db:
                db.execute(statement)
    if not store.is_sqlite:
        with pytest.raises(DBAPIError, match="append-only"):
            with store.session() as db:
                db.execute(text("TRUNCATE audit_log"))
    [entry] = log.entries()
    assert (entry.station, entry.operator, entry.action, entry.order_id) == \
        ("bench-1", "ana", "print", "401-0000000-0000000")
    assert entry.details == {"printer": "tcp://10.0.0.5:9100"} and entry.at.tzinfo is not None


def test_every_scan_and_confirm_is_audited_with_station_and_operator(store, team):
    ops, sam, ana = team
    orders, products = seed(store)
    bench = Bench(store, "bench-1", policy=ops.policy())
    assert bench.scan(orders[0].order_id).kind is EventKind.REFUSED  # nobody signed in
    bench.sign_in(ana)
    bench.scan(orders[0].order_id)
    code = products["SKU-A0"].barcodes[0]
    bench.scan(code)
    bench.scan("NOT-A-CODE")
    bench.acknowledge()
    bench.scan(code)
    assert bench.bare_enter().kind is EventKind.CLOSED
    actions = [(e.action, e.operator) for e in AuditLog(store, "bench-1").entries(newest_first=False)
               if e.order_id == orders[0].order_id]
    assert actions == [("scan.accepted", "Ana Packer"), ("scan.refused", "Ana Packer"),
                       ("scan.command", "Ana Packer"), ("scan.accepted", "Ana Packer"),
                       ("scan.command", "Ana Packer"), ("confirm", "Ana Packer")]


def test_packer_cannot_skip_or_clear_a_wrong_item_alone_but_a_supervisor_badge_approves(store, team):
    ops, sam, ana = team
    orders, products = seed(store)
    bench = Bench(store, "bench-1", policy=ops.policy(supervisor_ack_wrong_item=True))
    bench.sign_in(ana)
    bench.scan(orders[0].order_id)
    refused = bench.scan(Command.SKIP.value)
    assert refused.kind is EventKind.REFUSED and refused.extra["needs_approval"] == Action.SKIP_UNIT.value
    assert bench.session.order.scanned_units == 0
    not_super = ops.approver_for_badge("BADGE:ana-0001", Action.SKIP_UNIT, ana)
    assert not not_super.ok and "not a supervisor" in not_super.message
    assert not ops.approver_for_badge("BADGE:nobody", Action.SKIP_UNIT, ana).ok
    approval = ops.approver_for_badge("BADGE:sam-0001", Action.SKIP_UNIT, ana, orders[0].order_id)
    assert approval.ok and approval.operator == sam
    skipped = bench.scan(Command.SKIP.value, approver=approval.operator)
    assert skipped.result.outcome is Outcome.ACCEPTED and bench.session.order.scanned_units == 1

    wrong = bench.scan(products["SKU-A1"].barcodes[0])
    assert wrong.result.problem is Problem.WRONG_ITEM
    assert bench.bare_enter().extra["needs_approval"] == Action.ACK_WRONG_ITEM.value
    assert bench.scan(Command.ACK.value).extra["needs_approval"] == Action.ACK_WRONG_ITEM.value
    assert bench.session.stop is not None
    assert bench.acknowledge(approver=sam).stopped is None
    overrides = AuditLog(store, "bench-1").entries(actions=[AuditAction.OVERRIDE], newest_first=False)
    assert [(o.approver, o.details["action"]) for o in overrides] == [
        ("Sam Supervisor", "skip_unit"), ("Sam Supervisor", "skip_unit"), ("Sam Supervisor", "ack_wrong_item")]
    # the supervisor alone needs nobody
    bench.sign_in(sam)
    assert bench.scan(Command.SKIP.value).result.outcome is Outcome.ACCEPTED


def test_without_operators_the_bench_runs_open(store):
    orders, _ = seed(store)
    ops = Operators(store, "bench-1")
    assert not ops.sign_in_required()
    bench = Bench(store, "bench-1", policy=ops.policy())
    bench.scan(orders[0].order_id)
    assert bench.scan(Command.SKIP.value).result.outcome is Outcome.ACCEPTED


def test_operator_management_rules(store, team):
    ops, sam, ana = team
    with pytest.raises(NotAuthorized):
        ops.create("Bo", Role.PACKER, pin="7391", by=ana)  # packers do not manage operators
    with pytest.raises(NotAuthorized):
        ops.create("Bo", Role.PACKER, pin="7391")
    with pytest.raises(OperatorError, match="already exists"):
        ops.create("Ana Packer", Role.PACKER, pin="7391", by=sam)
    with pytest.raises(OperatorError, match="supervisor must remain"):
        ops.deactivate("Sam Supervisor", by=sam)
    _, code = ops.set_badge("Ana Packer", by=sam)
    assert code.startswith("BADGE:") and ops.sign_in_badge(code).operator == ana
    assert not ops.sign_in_badge("BADGE:ana-0001").ok  # the old badge no longer works
    ops.set_role("Ana Packer", Role.SUPERVISOR, by=sam)
    ops.deactivate("Sam Supervisor", by=ops.get("Ana Packer"))
    assert not ops.sign_in_badge("BADGE:sam-0001").ok and [o.name for o in ops.list()] == ["Ana Packer"]
    with store.session() as db:  # no PIN and no badge in clear anywhere
        rows = db.execute(select(OperatorRow.pin_hash, OperatorRow.badge_digest)).all()
    assert not any("4821" in (p or "") or "sam-0001" in (b or "") for p, b in rows)


def test_first_operator_must_be_a_supervisor(store):
    with pytest.raises(OperatorError, match="supervisor"):
        Operators(store, "bench-1").create("Ana", Role.PACKER, pin="5930")


def test_pin_sign_in_and_lockout(store, team):
    ops, sam, ana = team
    assert ops.sign_in_pin("Ana Packer", "5930").operator == ana
    assert not ops.sign_in_pin("Ana Packer", "0000").ok
    assert not ops.sign_in_pin("Nobody", "5930").ok
    for _ in range(MAX_PIN_TRIES - 1):
        assert ops.sign_in_pin("Ana Packer", "1111").message == "Wrong PIN"
    locked = ops.sign_in_pin("Ana Packer", "5930")
    assert not locked.ok and "Too many" in locked.message  # even the right PIN, for a while
    assert ops.sign_in_badge("BADGE:ana-0001").ok  # the badge still works
    ops.unlock("Ana Packer", by=sam)
    assert ops.sign_in_pin("Ana Packer", "5930").ok
    failed = AuditLog(store, "bench-1").entries(actions=[AuditAction.SIGN_IN_FAILED])
    assert len(failed) >= MAX_PIN_TRIES + 1 and all("5930" not in e.details_text for e in failed)


def test_idle_sign_out(store, team):
    ops, sam, ana = team
    now = [0.0]
    gone = []
    shift = Shift(ops, idle_minutes=15, on_sign_out=lambda op, why: gone.append((op.name, why)),
                  clock=lambda: now[0])
    shift.start(ana)
    now[0] = 14 * 60
    assert not shift.check()
    shift.touch()
    now[0] = 28 * 60
    assert not shift.check() and shift.operator == ana
    now[0] = 29 * 60 + 1
    assert shift.check() and shift.operator is None
    assert gone == [("Ana Packer", "idle for 15 min")]
    assert AuditLog(store, "bench-1").entries(actions=[AuditAction.SIGN_OUT])[0].operator == "Ana Packer"


def test_csv_export_is_redacted_and_formula_safe(store):
    from station.security.redact import remember

    remember(["Octavia Brindlewood"], words=True)
    log = AuditLog(store, "bench-1")
    log.record(AuditAction.REPRINT, "=HYPERLINK(\"http://evil\")", "401-0000000-0000000",
               details={"note": "label for Octavia Brindlewood"})
    log.record(AuditAction.SETTINGS_CHANGE, "sam", details={"key": "printers.label", "old": "", "new": "file:/x"})
    out = io.StringIO()
    assert write_csv(log.entries(newest_first=False), out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == audit.CSV_COLUMNS
    assert rows[1][3].startswith("'=") and "Octavia" not in out.getvalue() and "Brindlewood" not in out.getvalue()
    assert rows[2][5] == "settings.change" and "printers.label" in rows[2][7]


def test_audit_filters(store):
    log = AuditLog(store, "bench-1")
    AuditLog(store, "bench-2").record(AuditAction.VOID, "bo", "401-0000001-0000001")
    log.record(AuditAction.PURCHASE, "ana", "401-0000000-0000000")
    assert [e.action for e in log.entries(station="bench-2")] == ["void"]
    assert [e.station for e in log.entries(order_id="401-0000000-0000000")] == ["bench-1"]
    assert [e.operator for e in log.entries(operator="bo")] == ["bo"]
    assert log.entries(since=datetime.now(timezone.utc) + timedelta(minutes=1)) == []
    assert len(log.entries(limit=1)) == 1


def test_only_a_supervisor_releases_another_stations_order(store, team):
    from station.services.operators import release_claim
    from station.store import claims

    ops, sam, ana = team
    orders, _ = seed(store)
    Bench(store, "bench-dead", "zed").scan(orders[0].order_id)
    with pytest.raises(NotAuthorized):
        release_claim(store, "bench-1", orders[0].order_id, ana, policy=ops.policy())
    gone = release_claim(store, "bench-1", orders[0].order_id, ana, approver=sam, policy=ops.policy())
    assert gone.station == "bench-dead"
    with store.session() as db:
        assert claims.holder(db, orders[0].order_id) is None
    [entry] = AuditLog(store, "bench-1").entries(actions=[AuditAction.CLAIM_RELEASED])
    assert (entry.operator, entry.approver, entry.details["held_by"]) == ("Ana Packer", "Sam Supervisor", "bench-dead")
