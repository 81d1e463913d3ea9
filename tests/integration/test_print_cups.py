"""CUPS for real: a private cupsd (own config, own socket) with a raw queue to a socket 'printer' on 127.0.0.1.

Skipped when cupsd/lpadmin are not installed (``apt-get install cups cups-bsd``).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
import subprocess
import time

import pytest

from station.devices.printers import CupsPrinter, PrinterUnavailable, cups_queues
from station.devices.printqueue import PrintWorker
from station.devices.uris import parse_printer_uri
from support.printers import DictSettings, RawPrinter

CUPSD = shutil.which("cupsd") or (shutil.which("cupsd", path="/usr/sbin:/sbin"))
LPADMIN = shutil.which("lpadmin") or shutil.which("lpadmin", path="/usr/sbin:/sbin")
pytestmark = pytest.mark.skipif(not (CUPSD and LPADMIN and shutil.which("lp") and shutil.which("lpstat")),
                                reason="CUPS (cupsd, lpadmin, lp, lpstat) is not installed")


@pytest.fixture
def cups(monkeypatch):
    # cupsd runs backends as the 'lp' user: the spool must be reachable by it (pytest's tmp_path is not)
    root = Path(tempfile.mkdtemp(prefix="station-cups-"))
    root.chmod(0o755)
    for sub in ("state", "cache", "spool", "tmp", "log"):
        (root / sub).mkdir(parents=True)
    (root / "tmp").chmod(0o1777)
    sock = root / "cups.sock"
    (root / "cupsd.conf").write_text(f"""Listen {sock}
LogLevel warn
WebInterface No
Browsing No
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
    (root / "cups-files.conf").write_text(f"""ServerRoot {root}
StateDir {root}/state
CacheDir {root}/cache
RequestRoot {root}/spool
TempDir {root}/tmp
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
""")
    daemon = subprocess.Popen([CUPSD, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while not sock.exists() and time.monotonic() < deadline and daemon.poll() is None:
        time.sleep(0.05)
    if not sock.exists():
        daemon.kill()
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"cupsd would not start here: {daemon.stderr.read().decode(errors='replace')[:300]}")
    monkeypatch.setenv("CUPS_SERVER", str(sock))  # lp/lpstat/lpadmin talk to this private cupsd only
    printer = RawPrinter()
    subprocess.run([LPADMIN, "-p", "bench", "-v", f"socket://127.0.0.1:{printer.port}", "-E"], check=True,
                   capture_output=True)  # no PPD: a raw queue
    yield printer
    daemon.terminate()
    daemon.wait(10)
    printer.sock.close()
    shutil.rmtree(root, ignore_errors=True)


def test_raw_jobs_through_cups_arrive_byte_exact_in_order(store, cups):
    assert "bench" in cups_queues()
    labels = [b"^XA^PW812^LL1218^FO20,20^BCN,80^FDCUPS-1^FS^XZ", b"^XA^PW812^LL1218^FO20,20^FDCUPS-2\xe9^FS^XZ"]
    worker = PrintWorker(store, DictSettings({"printers.label": "cups:bench", "label.format": "zpl203"}))
    queue = worker.queue()
    ids = [queue.enqueue("label", "shipping_label", data, "application/zpl") for data in labels]
    worker.start()
    try:
        assert cups.wait_jobs(2, timeout=30) == labels
        assert [queue.job(i).status for i in ids] == ["printed", "printed"]
    finally:
        worker.stop()


def test_stopped_cups_queue_makes_the_job_wait(store, cups):
    subprocess.run(["cupsdisable", "bench"], check=True, capture_output=True)
    worker = PrintWorker(store, DictSettings({"printers.label": "cups:bench", "label.format": "zpl203"}),
                         backoff_s=(0.2,))
    queue = worker.queue()
    job_id = queue.enqueue("label", "shipping_label", b"^XA^PW812^FDW^FS^XZ", "application/zpl")
    worker.start()
    try:
        deadline = time.monotonic() + 10
        while queue.job(job_id).status != "waiting" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "CUPS printer bench is stopped" in queue.job(job_id).last_error
        subprocess.run(["cupsenable", "bench"], check=True, capture_output=True)
        assert cups.wait_jobs(1) == [b"^XA^PW812^FDW^FS^XZ"]
    finally:
        worker.stop()


def test_unknown_queue_is_named(cups):
    with pytest.raises(PrinterUnavailable, match="CUPS has no printer called 'nope'"):
        CupsPrinter(parse_printer_uri("cups:nope")).check()
    assert CupsPrinter(parse_printer_uri("cups:bench")).check() == "CUPS printer bench is ready."
