"""Shared helpers for the documents tests: sample orders, PDF -> images -> decoded barcodes, PDF text.

(No tests here; the other test_documents*.py files import it from this folder.)
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from decimal import Decimal

import pypdfium2 as pdfium
import zxingcpp

from station.domain.order import Address, AmazonStatus, BuyerInfo, Money, Order, OrderLine

SELLER_ADDRESS = ("Returns Dept.", "500 Industrial Way", "Reno, NV 89502", "USA")


def make_order(n_lines: int = 3, order_id: str = "113-1234567-1234567", title: str | None = None,
               marketplace: str = "ATVPDKIKX0DER", currency: str = "USD", **flags) -> Order:
    lines = [
        OrderLine(order_item_id=f"{10000000000000 + i}", sku=f"SKU-{i:04d}-BLUE", quantity=1 + i % 3,
                  title=title if title is not None else f"Insulated Water Bottle {i}, 32 oz, Wide Mouth, Straw Lid",
                  asin=f"B0{i:08d}", condition="New" if i % 2 == 0 else "UsedVeryGood",
                  unit_price=Money(Decimal("19.99"), currency), bin=f"A-{i % 4}")
        for i in range(n_lines)
    ]
    buyer = flags.pop("buyer", None) or BuyerInfo(
        buyer_name="Zoë Ångström",
        ship_to=Address(name="Zoë Ångström", company="Ωmega Дизайн", line1="1234 Rue Saint-Étienne", line2="Apt 5",
                        city="Montréal", state_or_region="QC", postal_code="H2X 1Y4", country_code="CA",
                        phone="+1 555 867 5309"),
        gift_message=flags.pop("gift_message", None))
    return Order(order_id=order_id, status=AmazonStatus.UNSHIPPED, lines=lines, marketplace_id=marketplace,
                 purchase_date=datetime(2026, 11, 20, 15, 30, tzinfo=timezone.utc),
                 ship_by=datetime(2026, 11, 24, 20, 0, tzinfo=timezone.utc), ship_service_level="Std US D2D Dom",
                 buyer=buyer, **flags)


def pages(pdf: bytes) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(pdf)


def page_images(pdf: bytes, dpi: float = 200):
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil() for page in doc]
    finally:
        doc.close()


def decode(pdf: bytes, dpi: float = 200) -> list[list[str]]:
    """Decoded barcode texts, page by page."""
    return [[r.text for r in zxingcpp.read_barcodes(image)] for image in page_images(pdf, dpi)]


def decode_formats(pdf: bytes, dpi: float = 200) -> list[list[tuple[str, str]]]:
    return [[(r.format.name, r.text) for r in zxingcpp.read_barcodes(image)] for image in page_images(pdf, dpi)]


def page_texts(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for page in doc:
            text_page = page.get_textpage()
            out.append(text_page.get_text_range())
            text_page.close()
        return out
    finally:
        doc.close()


def flat(text: str) -> str:
    """Whitespace collapsed (wrapped lines come back with line breaks)."""
    return re.sub(r"\s+", " ", text).strip()


def char_boxes_outside(pdf: bytes, inset: float = 0.0) -> list[tuple[int, str, tuple]]:
    """Characters whose box leaves the page (less ``inset`` on every side): (page, char, box)."""
    doc = pdfium.PdfDocument(pdf)
    bad = []
    try:
        for number, page in enumerate(doc):
            width, height = page.get_size()
            text_page = page.get_textpage()
            text = text_page.get_text_range()
            for i in range(text_page.count_chars()):
                ch = text[i] if i < len(text) else "?"
                if ch.isspace():
                    continue
                left, bottom, right, top = text_page.get_charbox(i)
                if right - left <= 0 and top - bottom <= 0:
                    continue  # generated characters (line breaks) have no box
                if left < inset - 0.5 or bottom < inset - 0.5 or right > width - inset + 0.5 or \
                        top > height - inset + 0.5:
                    bad.append((number, ch, (left, bottom, right, top)))
            text_page.close()
    finally:
        doc.close()
    return bad
