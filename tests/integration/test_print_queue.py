"""Print queue + worker against real printers: a raw 9100 listener on 127.0.0.1 and a folder."""

from __future__ import annotations

import time

import pytest

from station.devices.labelcheck import LabelMismatch
from station.devices.printqueue import LabelRefused, PrintQueue, PrintQueueError, PrintWorker
from station.devices.state import Status
from support.printers import DictSettings, RawPrinter, free_port

ZPL_A = b"^XA^PW812^LL1218^FO50,50^BCN,100^FDA-1^FS^XZ"
ZPL_B = b"^XA^PW812^LL1218^FO50,50^BCN,100^FDB-2^FS^XZ"


def wait_until(predicate, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


@pytest.fixture
def listener():
    printer = RawPrinter()
    yield printer
    printer.close()


def test_jobs_reach_a_9100_printer_byte_exact_and_in_order(store, listener):
    settings = DictSettings({"printers.label": f"tcp://127.0.0.1:{listener.port}", "label.format": "zpl203"})
    events = []
    worker = PrintWorker(store, settings, station="bench-1", on_job=events.append)
    queue = worker.queue(operator="ann")
    ids = [queue.enqueue("label", "shipping_label", payload, "application/zpl", order_id=f"113-000000{i}-0000001")
           for i, payload in enumerate([ZPL_A, ZPL_B, ZPL_A + b"\r\n"])]
    worker.start()
    try:
        assert listener.wait_jobs(3) == [ZPL_A, ZPL_B, ZPL_A + b"\r\n"]
        assert wait_until(lambda: all(j.status == "printed" for j in queue.jobs()))
    finally:
        worker.stop()
    history = queue.jobs()
    assert [j.id for j in history] == sorted(ids, reverse=True)
    assert all(j.printed_at is not None and j.attempts == 1 and j.operator == "ann" and j.station == "bench-1"
               for j in history)
    statuses = [(e.id, e.status) for e in events]
    assert statuses.index((ids[0], "sending")) < statuses.index((ids[0], "printed")) < statuses.index((ids[1], "sending"))


def test_printer_off_then_on_job_waits_then_prints(store):
    port = free_port()
    settings = DictSettings({"printers.label": f"tcp://127.0.0.1:{port}", "label.format": "zpl203"})
    printer_states = []
    worker = PrintWorker(store, settings, station="b", on_printer=printer_states.append, backoff_s=(0.1, 0.2))
    queue = worker.queue()
    first = queue.enqueue("label", "shipping_label", ZPL_A, "application/zpl")
    second = queue.enqueue("label", "shipping_label", ZPL_B, "application/zpl")
    worker.start()
    listener = None
    try:
        assert wait_until(lambda: queue.job(first).status == "waiting")
        job = queue.job(first)
        assert f"Printer at 127.0.0.1:{port} does not answer: is it switched on?" in job.last_error
        assert queue.job(second).status == "queued"  # in order: the second waits behind the first
        waiting = [s for s in printer_states if s.status is Status.WAITING]
        assert waiting and waiting[-1].device == "printer:label" and "switched on" in waiting[-1].message
        listener = RawPrinter(port)  # the printer is switched on
        assert listener.wait_jobs(2) == [ZPL_A, ZPL_B]
        assert wait_until(lambda: queue.job(second).status == "printed")
        assert queue.job(first).attempts >= 2
        assert wait_until(lambda: worker.printer_states()["printer:label"].status is Status.CONNECTED)
    finally:
        worker.stop()
        if listener:
            listener.close()


def test_one_printer_off_does_not_hold_up_the_other(store, listener, tmp_path):
    settings = DictSettings({"printers.label": f"tcp://127.0.0.1:{free_port()}", "label.format": "zpl203",
                             "printers.slip": f"file:{tmp_path / 'slips'}"})
    worker = PrintWorker(store, settings, backoff_s=(0.2,))
    queue = worker.queue()
    label = queue.enqueue("label", "shipping_label", ZPL_A, "application/zpl", order_id="113-1")
    slip = queue.enqueue("slip", "packing_slip", b"%PDF-1.4 slip", "application/pdf", order_id="113-1")
    worker.start()
    try:
        assert wait_until(lambda: queue.job(slip).status == "printed")
        assert queue.job(label).status in ("waiting", "sending")
        files = list((tmp_path / "slips").iterdir())
        assert [f.read_bytes() for f in files] == [b"%PDF-1.4 slip"]
        assert files[0].name == f"{slip:06d}-slip-packing_slip-113-1.pdf"
    finally:
        worker.stop()


def test_label_of_wrong_resolution_is_refused_before_printing_and_kept(store, listener):
    settings = DictSettings({"printers.label": f"tcp://127.0.0.1:{listener.port}", "label.format": "zpl203"})
    worker = PrintWorker(store, settings)
    queue = worker.queue()
    big = b"^XA^PW1200^LL1800^FO100,100^BCN,150^FDX^FS^XZ"  # 4x6 at 300 dpi
    with pytest.raises(LabelRefused) as refused:
        queue.enqueue("label", "shipping_label", big, "application/zpl", order_id="113-9")
    assert "made for 300 dpi (1200 x 1800 dots)" in str(refused.value) and "set to 203 dpi" in str(refused.value)
    job = queue.job(refused.value.job_id)
    assert job.status == "failed" and job.last_error == str(refused.value)
    with pytest.raises(LabelMismatch, match="set for ZPL at 203 dpi"):
        queue.enqueue("label", "shipping_label", b"%PDF-1.4", "application/pdf")
    worker.start()
    try:
        time.sleep(0.3)
        assert listener.jobs == []  # nothing of it reached the printer
        settings["label.format"] = "zpl300"  # the supervisor fixes the setting; reprint from history
        new_id = queue.reprint(refused.value.job_id)
        assert listener.wait_jobs(1) == [big]
        assert wait_until(lambda: queue.job(new_id).status == "printed")
        assert queue.job(new_id).reprint_of == refused.value.job_id
    finally:
        worker.stop()


def test_reprint_goes_to_the_printer_set_now(store, listener, tmp_path):
    settings = DictSettings({"printers.label": f"file:{tmp_path / 'out'}", "label.format": "zpl203"})
    worker = PrintWorker(store, settings)
    queue = worker.queue()
    worker.start()
    try:
        first = queue.enqueue("label", "shipping_label", ZPL_A, "application/zpl", order_id="113-5")
        assert wait_until(lambda: queue.job(first).status == "printed")
        settings["printers.label"] = f"tcp://127.0.0.1:{listener.port}"
        again = queue.reprint(first)
        assert listener.wait_jobs(1) == [ZPL_A]
        assert wait_until(lambda: queue.job(again).status == "printed")
        assert [j.id for j in queue.jobs(order_id="113-5")] == [again, first]
        with pytest.raises(PrintQueueError, match="no print job 999"):
            queue.reprint(999)
    finally:
        worker.stop()


def test_job_without_printer_waits_until_one_is_chosen(store, listener):
    settings = DictSettings({"printers.label": "", "label.format": "zpl203"})
    worker = PrintWorker(store, settings, poll_s=0.1)
    queue = worker.queue()
    job_id = queue.enqueue("label", "shipping_label", ZPL_A, "application/zpl")
    worker.start()
    try:
        assert wait_until(lambda: queue.job(job_id).status == "waiting")
        assert "No label printer chosen" in queue.job(job_id).last_error
        settings["printers.label"] = f"tcp://127.0.0.1:{listener.port}"
        assert listener.wait_jobs(1) == [ZPL_A]
        assert wait_until(lambda: queue.job(job_id).status == "printed")
    finally:
        worker.stop()


def test_pdf_to_raw_printer_fails_with_reason_and_next_job_prints(store, listener):
    worker = PrintWorker(store, DictSettings({"printers.slip": f"tcp://127.0.0.1:{listener.port}"}))
    queue = worker.queue()
    bad = queue.enqueue("slip", "packing_slip", b"%PDF-1.4 x", "application/pdf")
    good = queue.enqueue("slip", "packing_slip", b"plain text slip", "text/plain")
    worker.start()
    try:
        assert wait_until(lambda: queue.job(good).status == "printed")
        assert queue.job(bad).status == "failed" and "takes ZPL" in queue.job(bad).last_error
        assert listener.jobs == [b"plain text slip"]
    finally:
        worker.stop()


def test_other_stations_jobs_are_left_alone(store, listener):
    settings = DictSettings({"printers.label": f"tcp://127.0.0.1:{listener.port}", "label.format": "zpl203"})
    other = PrintQueue(store, settings, station="bench-2").enqueue("label", "x", ZPL_B, "application/zpl")
    worker = PrintWorker(store, settings, station="bench-1")
    mine = worker.queue().enqueue("label", "x", ZPL_A, "application/zpl")
    worker.start()
    try:
        assert listener.wait_jobs(1) == [ZPL_A]
        assert wait_until(lambda: worker.queue().job(mine).status == "printed")
        time.sleep(0.2)
        assert worker.queue().job(other).status == "queued" and len(listener.jobs) == 1
    finally:
        worker.stop()


class Zebra(RawPrinter):
    """A ZPL printer that answers ~HS host status; ``paper_out`` as the front panel would say."""

    def __init__(self) -> None:
        self.paper_out = True
        super().__init__()

    def _receive(self, conn, data: bytes = b""):
        data = conn.recv(65536)
        if data.startswith(b"~HS"):
            flag = b"1" if self.paper_out else b"0"
            conn.sendall(b"\x02030," + flag + b",0,1245,000,0,0,0,000,0,0,0\x03\r\n"
                         b"\x02000,0,0,0,0,2,4,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n")
            return b"", 0.0  # a status query, not a job
        return super()._receive(conn, data)


def test_out_of_labels_printer_makes_the_job_wait_then_prints(store):
    zebra = Zebra()
    settings = DictSettings({"printers.label": f"tcp://127.0.0.1:{zebra.port}?status=zpl", "label.format": "zpl203"})
    worker = PrintWorker(store, settings, backoff_s=(0.1,))
    queue = worker.queue()
    job_id = queue.enqueue("label", "shipping_label", ZPL_A, "application/zpl")
    worker.start()
    try:
        assert wait_until(lambda: queue.job(job_id).status == "waiting")
        assert "out of labels: load labels and it prints by itself" in queue.job(job_id).last_error
        assert zebra.jobs == []
        zebra.paper_out = False
        assert zebra.wait_jobs(1) == [ZPL_A]
        assert wait_until(lambda: queue.job(job_id).status == "printed")
    finally:
        worker.stop()
        zebra.close()


def test_waiting_jobs_move_to_a_new_printer_in_order(store, listener):
    dead = f"tcp://127.0.0.1:{free_port()}"
    settings = DictSettings({"printers.label": dead, "label.format": "zpl203"})
    worker = PrintWorker(store, settings, station="b", backoff_s=(0.2,))
    queue = worker.queue()
    ids = [queue.enqueue("label", "shipping_label", p, "application/zpl") for p in (ZPL_A, ZPL_B)]
    worker.start()
    try:
        assert wait_until(lambda: queue.job(ids[0]).status == "waiting")
        settings["printers.label"] = f"tcp://127.0.0.1:{listener.port}"
        assert queue.reroute_pending("label", settings["printers.label"]) == 2
        assert listener.wait_jobs(2) == [ZPL_A, ZPL_B]
        assert wait_until(lambda: all(queue.job(i).status == "printed" for i in ids))
        assert {queue.job(i).printer_uri for i in ids} == {settings["printers.label"]}
    finally:
        worker.stop()
