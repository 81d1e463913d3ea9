"""A crash between the label purchase and its printing (issue 8): no second label, ever.

A child process packs and confirms an order against the sandbox on 127.0.0.1 and is killed
(SIGKILL) right after Amazon sold the label, before the station recorded the answer or
printed. On restart the open purchase is resolved by asking Amazon: the label is recorded
and printed once, and the sandbox journal shows exactly one label bought.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select


from support.ship import journal, make_api, make_ship, packable, settings_for, sync_into

from station.amazon.sandbox import start_in_thread
from station.devices.printqueue import PrintQueue
from station.services.bench import EventKind
from station.store.labels import LabelPurchaseRow
from station.store.models import OrderRow, PrintJobRow

CHILD = Path(__file__).with_name("ship_crash_child.py")


@pytest.fixture
def sandbox():
    handle = start_in_thread(orders=30, seed=4, timeline=False)
    yield handle
    handle.stop()


def bought(handle):
    return [e for e in journal(handle) if e["path"] == "/shipping/v2/shipments" and e["status"] == 200
            and "nothing bought" not in (e.get("effect") or "")]


def run_child(database_url, tmp_path, sandbox, order_id, when):
    settings_for(tmp_path)  # the child reads the same settings file
    proc = subprocess.run([sys.executable, str(CHILD), database_url, str(tmp_path), sandbox.url, order_id, when],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr


@pytest.mark.parametrize("when", ["after_purchase", "before_purchase"])
def test_killed_around_the_purchase_never_buys_twice(store, database_url, sandbox, tmp_path, when):
    sync_into(store, sandbox)
    order = packable(store)[0]
    run_child(database_url, tmp_path, sandbox, order.order_id, when)
    with store.session() as db:
        rows = db.scalars(select(LabelPurchaseRow).where(LabelPurchaseRow.order_id == order.order_id)).all()
        assert [r.state for r in rows] == ["requested"]  # recorded before the call, nothing after
        assert not db.scalars(select(PrintJobRow).where(PrintJobRow.role == "label")).all()
    assert len(bought(sandbox)) == (1 if when == "after_purchase" else 0)

    # Restart: a new service and bench on the same database.
    settings = settings_for(tmp_path, **{"printers.label": f"file:{tmp_path / 'labels'}"})
    api = make_api(sandbox)
    bench, ship = make_ship(store, settings, api, PrintQueue(store, settings, station="bench-1"))
    event = ship.recover(bench)
    with store.session() as db:
        states = db.scalars(select(LabelPurchaseRow.state).where(LabelPurchaseRow.order_id == order.order_id)).all()
        labels = db.scalars(select(PrintJobRow).where(PrintJobRow.role == "label")).all()
        pack_status = db.get(OrderRow, order.order_id).pack_status
    if when == "after_purchase":
        assert states == ["purchased"] and len(labels) == 1 and pack_status == "shipped"
        tracking = sandbox.sandbox.orders[order.order_id].packages[0].tracking_number
        assert tracking in bytes(labels[0].payload).decode()
        assert event.kind is EventKind.CLOSED and tracking in event.message  # the bench says SHIPPED, and is free
        assert bench.session is None
    else:
        assert states == ["requested"] and labels == [] and pack_status != "shipped"  # nothing bought unasked
        assert event.kind is EventKind.OPENED and bench.session is not None  # the packer confirms again
        done = bench.scan("CMD:CONFIRM")  # the replay of the recorded purchase buys it, once
        assert done.extra.get("shipped"), done.message
    assert len(bought(sandbox)) == 1  # exactly one label, whatever happened
    api.close()
