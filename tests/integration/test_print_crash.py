"""A station killed (SIGKILL) with jobs queued and one half sent: the next worker prints them all, in order."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from station.devices.printqueue import PrintQueue, PrintWorker

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

CHILD = textwrap.dedent("""
    import sys, time
    from station.store.db import open_store
    from station.devices.printqueue import PrintWorker

    class Settings(dict):
        def get(self, key, default=None):
            return super().get(key, default)

    url, port = sys.argv[1], int(sys.argv[2])
    store = open_store(url)
    worker = PrintWorker(store, Settings({"printers.label": f"tcp://127.0.0.1:{port}", "label.format": "zpl203"}),
                         station="bench-1")
    queue = worker.queue()
    big = b"^XA^PW812^LL1218^FO0,0^FD" + b"x" * 8_000_000 + b"^FS^XZ"  # cannot fit in socket buffers
    ids = [queue.enqueue("label", "shipping_label", big, "application/zpl", order_id="113-0")]
    ids += [queue.enqueue("label", "shipping_label", f"^XA^PW812^LL1218^FO9,9^FDJOB{i}^FS^XZ".encode(),
                          "application/zpl", order_id=f"113-{i}") for i in range(1, 5)]
    print(" ".join(map(str, ids)), flush=True)
    worker.start()
    time.sleep(120)
""")


def payloads(store, ids):
    queue = PrintQueue(store)
    return [queue.payload(i) for i in ids]


def test_jobs_survive_a_crash_and_resume_in_order(store, database_url, tmp_path):
    stuck = socket.socket()  # a printer that takes the connection but never reads: the first job hangs
    stuck.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    stuck.bind(("127.0.0.1", 0))
    stuck.listen(4)
    port = stuck.getsockname()[1]
    held = []
    accepter = threading.Thread(target=lambda: held.append(stuck.accept()[0]), daemon=True)
    accepter.start()

    child = subprocess.Popen([sys.executable, "-c", CHILD, database_url, str(port)], stdout=subprocess.PIPE,
                             text=True, env={**os.environ})
    try:
        ids = [int(x) for x in child.stdout.readline().split()]
        assert len(ids) == 5
        queue = PrintQueue(store, station="bench-1")
        deadline = time.monotonic() + 20
        while queue.job(ids[0]).status != "sending" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert queue.job(ids[0]).status == "sending"
        accepter.join(5)
        assert held, "the child never connected"
    finally:
        child.send_signal(signal.SIGKILL)  # power cut / crash mid-job
        child.wait(10)
    for conn in held:
        conn.close()
    stuck.close()
    assert [queue.job(i).status for i in ids] == ["sending", "queued", "queued", "queued", "queued"]

    received: list[bytes] = []
    printer = socket.socket()
    printer.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    printer.bind(("127.0.0.1", port))
    printer.listen(8)

    def serve():
        while len(received) < 5:
            conn, _ = printer.accept()
            with conn:
                data = b""
                while chunk := conn.recv(1 << 20):
                    data += chunk
                received.append(data)

    server = threading.Thread(target=serve, daemon=True)
    server.start()

    class Settings(dict):
        def get(self, key, default=None):
            return super().get(key, default)

    worker = PrintWorker(store, Settings({"printers.label": f"tcp://127.0.0.1:{port}", "label.format": "zpl203"}),
                         station="bench-1")
    worker.start()
    try:
        server.join(30)
        assert received == payloads(store, ids)  # the half-sent job again, complete, then the rest in order
        deadline = time.monotonic() + 10
        while any(queue.job(i).status != "printed" for i in ids) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [queue.job(i).status for i in ids] == ["printed"] * 5
        assert queue.job(ids[0]).attempts == 2
    finally:
        worker.stop()
        printer.close()
