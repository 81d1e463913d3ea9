"""qt: printers: PDF pages painted through QPrinter on the print worker's thread (QPrinter writing a PDF file
stands in for the office printer: the same painting path, checked by rendering what came out)."""

from __future__ import annotations

import io
import time

import pypdfium2
import pytest
import zxingcpp
from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from station.devices.printers import PrintRefused, QtPrinter
from station.devices.printqueue import PrintWorker
from station.devices.uris import parse_printer_uri


def slip_pdf(pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=letter)
    for page in range(pages):
        code128.Code128(f"113-000000{page}-1234567", barHeight=60, barWidth=1.4).drawOn(canvas, 72, 600)
        canvas.drawString(72, 560, f"Packing slip page {page + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


class Settings(dict):
    def get(self, key, default=None):
        return super().get(key, default)


def test_pdf_slip_prints_through_qprinter_on_the_worker_thread(qapp, store, tmp_path):
    target = tmp_path / "printed.pdf"
    worker = PrintWorker(store, Settings({"printers.slip": "qt:Office Laser"}),
                         printer_factory=lambda uri: QtPrinter(parse_printer_uri(uri), output_file=str(target)))
    queue = worker.queue()
    job_id = queue.enqueue("slip", "packing_slip", slip_pdf(2), "application/pdf", order_id="113-0000000-1234567")
    worker.start()
    try:
        deadline = time.monotonic() + 30
        while queue.job(job_id).status not in ("printed", "failed") and time.monotonic() < deadline:
            qapp.processEvents()
            time.sleep(0.05)
        assert queue.job(job_id).status == "printed", queue.job(job_id).last_error
    finally:
        worker.stop()
    document = pypdfium2.PdfDocument(str(target))
    assert len(document) == 2
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (612, 792)  # the page size of the job
    for index in range(2):
        image = document[index].render(scale=2).to_pil()
        codes = {b.text for b in zxingcpp.read_barcodes(image)}
        assert f"113-000000{index}-1234567" in codes


def test_qt_printer_takes_no_zpl(qapp):
    with pytest.raises(PrintRefused, match="needs a raw printer"):
        QtPrinter(parse_printer_uri("qt:Office")).send(b"^XA^XZ", "application/zpl")


def test_unknown_qt_printer_is_named(qapp):
    from station.devices.printers import PrinterUnavailable

    with pytest.raises(PrinterUnavailable, match="'No Such Printer' is not installed"):
        QtPrinter(parse_printer_uri("qt:No Such Printer")).check()
