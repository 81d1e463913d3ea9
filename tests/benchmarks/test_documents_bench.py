"""Document rendering speed: one slip, and a batch of 500 slips into one PDF (target: under 5 s).

Run: pytest tests/benchmarks/test_documents_bench.py --benchmark-enable
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal


from station.documents.picklist import render_picklist
from station.documents.slip import SellerInfo, render_slip, render_slips
from station.documents.zpl import product_label_zpl
from station.domain.order import Address, AmazonStatus, BuyerInfo, Money, Order, OrderLine, Product

SELLER = SellerInfo("Acme Outdoor Goods", ("Returns Dept.", "500 Industrial Way", "Reno, NV 89502", "USA"))


def order(i: int, n_lines: int) -> Order:
    lines = [OrderLine(f"{i:07d}{k:07d}", f"SKU-{(i + k) % 400:04d}", 1 + k % 3,
                       title=f"Stainless Steel Insulated Water Bottle {k}, 32 oz, Wide Mouth with Straw Lid, "
                             f"Keeps Cold 24 Hours, Leak Proof, BPA Free",
                       asin=f"B0{k:08d}", unit_price=Money(Decimal("19.99"), "USD"), bin=f"A-{k % 12}")
             for k in range(n_lines)]
    return Order(f"11{i % 10}-{i:07d}-{i * 7 % 10_000_000:07d}", AmazonStatus.UNSHIPPED, lines,
                 purchase_date=datetime(2026, 11, 20, tzinfo=timezone.utc),
                 ship_by=datetime(2026, 11, 24, tzinfo=timezone.utc), ship_service_level="Std US D2D Dom",
                 is_gift=i % 7 == 0,
                 buyer=BuyerInfo("Zoë Ångström", Address("Zoë Ångström", None, "1234 Rue Saint-Étienne", "Apt 5",
                                                         None, "Montréal", "QC", "H2X 1Y4", "CA"),
                                 gift_message="Happy birthday!" if i % 7 == 0 else None))


ORDERS = [order(i, 1 + i % 4) for i in range(500)]  # 1-4 lines each, as a day's FBM queue looks


def test_one_slip(benchmark):
    pdf = benchmark(render_slip, ORDERS[3], SELLER, "letter")
    assert pdf.startswith(b"%PDF")


def test_one_slip_4x6(benchmark):
    pdf = benchmark(render_slip, ORDERS[3], SELLER, "4x6")
    assert pdf.startswith(b"%PDF")


def test_500_slips_in_one_pdf(benchmark):
    pdf = benchmark.pedantic(render_slips, args=(ORDERS, SELLER, "letter"), rounds=3, iterations=1)
    assert pdf.count(b"/Type /Page\n") >= 500 or len(pdf) > 100_000


def test_picklist_of_500_orders(benchmark):
    pdf = benchmark.pedantic(render_picklist, args=(ORDERS, "letter"), rounds=3, iterations=1)
    assert pdf.startswith(b"%PDF")


def test_product_label_zpl(benchmark):
    product = Product("BOTTLE-32", "Stainless Steel Insulated Water Bottle", ["036000291452"])
    assert benchmark(product_label_zpl, product, 203).startswith("^XA")
