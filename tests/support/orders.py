"""Small, realistic orders for tests: real GTINs, a Montréal address, seeded into a store."""

from __future__ import annotations


def sample_order(order_id: str = "113-1234567-1234567", status: str = "Unshipped", lines: int = 2):
    """A small order with products whose barcodes are real GTINs."""
    from datetime import datetime, timedelta, timezone

    from station.domain.barcodes import gs1_check_digit
    from station.domain.order import Address, AmazonStatus, BuyerInfo, Order, OrderLine, Product

    products, order_lines = [], []
    for i in range(lines):
        body = f"0{int(order_id[-7:]) % 1000:03d}{i:07d}"
        gtin = body + str(gs1_check_digit(body))
        sku = f"SKU-{order_id[-4:]}-{i}"
        products.append(Product(sku, f"Product {i} with a long descriptive title", barcodes=[gtin], bin=f"A-{i:02d}"))
        order_lines.append(OrderLine(str(1000 + i), sku, 1 + i % 3, f"Product {i} with a long descriptive title"))
    now = datetime.now(timezone.utc)
    order = Order(order_id, AmazonStatus(status), order_lines, purchase_date=now - timedelta(hours=5),
                  ship_by=now + timedelta(hours=20),
                  buyer=BuyerInfo("Zoë Tremblay", Address("Zoë Tremblay", None, "12 rue Sainte-Catherine", None, None,
                                                          "Montréal", "QC", "H2X 1Y4", "CA")))
    return order, products


def seed_orders(store):
    """Two orders (2 and 3 lines) and their products in ``store``; returns ([orders], {sku: product})."""
    from station.store.repositories import OrderRepository, ProductRepository

    orders, products = [], {}
    for order_id, n in [("113-1234567-1234567", 2), ("114-7654321-7654321", 3)]:
        order, prods = sample_order(order_id, lines=n)
        orders.append(order)
        products.update({p.sku: p for p in prods})
    with store.session() as db:
        for p in products.values():
            ProductRepository(db).upsert(p)
        for o in orders:
            OrderRepository(db).save(o, station="test")
    return orders, products
