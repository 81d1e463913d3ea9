"""Repositories: domain objects in, domain objects out; callers own the session/transaction."""

from __future__ import annotations

import json

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, object_session, selectinload

from station.domain.barcodes import ScannedCode, product_keys
from station.domain.commands import Command
from station.domain.order import (Address, AmazonStatus, BuyerInfo, Money, Order, OrderLine, Package, PackStatus,
                                  Product)
from station.domain.pack import Outcome, Problem, ScanResult
from station.security.redact import remember as remember_pii
from station.store.keycheck import buyer_cipher
from station.store.models import (BuyerInfoRow, OrderLineRow, OrderRow, ProductBarcodeRow, ProductRow, ScanRow,
                                  SyncStateRow)

BUYER_SEALED = ("buyer_name", "gift_message", "ship_name", "ship_company", "address_line1", "address_line2",
                "address_line3", "city", "state_or_region", "postal_code", "phone")  # encrypted columns


class ProductRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def upsert(self, product: Product) -> None:
        """Insert or replace a product and its codes (re-importing a SKU updates it)."""
        row = self.session.get(ProductRow, product.sku) or ProductRow(sku=product.sku)
        for name in ("title", "asin", "fnsku", "bin", "weight_g", "length_mm", "width_mm", "height_mm", "image"):
            setattr(row, name, getattr(product, name) if name != "title" else product.title or "")
        codes = [c for c in dict.fromkeys([*product.barcodes]) if c]
        row.barcodes = [ProductBarcodeRow(code=code, match_key=key)
                        for code in codes for key in product_keys(code)[:1]]
        # SKU, ASIN and FNSKU match as text too.
        for text in filter(None, (product.sku, product.asin, product.fnsku)):
            row.barcodes.append(ProductBarcodeRow(code=text, match_key=f"text:{text.casefold()}"))
        self.session.add(row)

    def get(self, sku: str) -> Product | None:
        row = self.session.get(ProductRow, sku)
        return _product(row) if row else None

    def many(self, skus: Iterable[str]) -> dict[str, Product]:
        rows = self.session.scalars(select(ProductRow).where(ProductRow.sku.in_(list(set(skus))))
                                    .options(selectinload(ProductRow.barcodes)))
        return {row.sku: _product(row) for row in rows}

    def list(self) -> list[Product]:
        rows = self.session.scalars(select(ProductRow).order_by(ProductRow.sku)
                                    .options(selectinload(ProductRow.barcodes)))
        return [_product(row) for row in rows]

    def sku_for(self, code: ScannedCode) -> str | None:
        """The catalogue's SKU for a scanned code, or None."""
        return self.session.scalar(select(ProductBarcodeRow.sku)
                                   .where(ProductBarcodeRow.match_key.in_(code.keys)).limit(1))


def _product(row: ProductRow) -> Product:
    text_keys = {f"text:{t.casefold()}" for t in (row.sku, row.asin, row.fnsku) if t}
    return Product(sku=row.sku, title=row.title, asin=row.asin, fnsku=row.fnsku, bin=row.bin,
                   weight_g=row.weight_g, length_mm=row.length_mm, width_mm=row.width_mm,
                   height_mm=row.height_mm, image=row.image,
                   barcodes=[b.code for b in row.barcodes if b.match_key not in text_keys])


class OrderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _query(self):
        return select(OrderRow).options(selectinload(OrderRow.lines), selectinload(OrderRow.buyer),
                                        selectinload(OrderRow.packages))

    def get(self, order_id: str, with_buyer: bool = True) -> Order | None:
        row = self.session.scalar(self._query().where(OrderRow.order_id == order_id))
        return self._to_domain([row], with_buyer)[0] if row else None

    def list(self, pack_statuses: Sequence[str] | None = None, amazon_statuses: Sequence[str] | None = None,
             with_buyer: bool = False) -> list[Order]:
        query = self._query().order_by(OrderRow.ship_by, OrderRow.order_id)
        if pack_statuses:
            query = query.where(OrderRow.pack_status.in_([str(getattr(s, "value", s)) for s in pack_statuses]))
        if amazon_statuses:
            query = query.where(OrderRow.amazon_status.in_([str(getattr(s, "value", s)) for s in amazon_statuses]))
        return self._to_domain(list(self.session.scalars(query)), with_buyer)

    def _to_domain(self, rows: list[OrderRow], with_buyer: bool) -> list[Order]:
        products = ProductRepository(self.session).many(line.sku for row in rows for line in row.lines)
        scanned = self._accepted_counts([row.order_id for row in rows])
        return [order_from_row(row, products, scanned, with_buyer) for row in rows]

    def _accepted_counts(self, order_ids: list[str]) -> dict[tuple[str, str], int]:
        """Units scanned per (order, line) since the last shipment, from the scan log."""
        if not order_ids:
            return {}
        counts: dict[tuple[str, str], int] = {}
        for chunk in (order_ids[i:i + 500] for i in range(0, len(order_ids), 500)):
            rows = self.session.execute(
                select(ScanRow.order_id, ScanRow.order_item_id, func.count())
                .where(ScanRow.order_id.in_(chunk), ScanRow.outcome == Outcome.ACCEPTED.value)
                .group_by(ScanRow.order_id, ScanRow.order_item_id))
            counts.update({(o, i): n for o, i, n in rows})
        return counts

    def save(self, order: Order, station: str | None = None, last_updated: datetime | None = None,
             fulfilled_by: str = "MERCHANT") -> OrderRow:
        """Insert or update an order from Amazon, keeping our pack status and scans."""
        row = self.session.get(OrderRow, order.order_id)
        if row is None:
            row = OrderRow(order_id=order.order_id, pack_status=order.pack_status.value)
            self.session.add(row)
        row.marketplace_id = order.marketplace_id
        row.amazon_status = order.status.value
        row.fulfilled_by = fulfilled_by
        for name in ("purchase_date", "ship_by", "deliver_by", "is_prime", "is_gift", "is_business",
                     "is_replacement", "replaced_order_id", "purchase_order_number", "ship_service_level"):
            setattr(row, name, getattr(order, name))
        row.last_updated = last_updated or row.last_updated
        row.station = station or row.station
        if order.status == AmazonStatus.CANCELED and row.pack_status != PackStatus.SHIPPED.value:
            row.pack_status = PackStatus.CANCELLED.value
        elif order.status == AmazonStatus.SHIPPED:
            row.pack_status = PackStatus.SHIPPED.value
        existing = {line.order_item_id: line for line in row.lines}
        for position, line in enumerate(order.lines):
            line_row = existing.pop(line.order_item_id, None) or OrderLineRow(order_item_id=line.order_item_id)
            line_row.position = position
            line_row.sku, line_row.asin, line_row.title = line.sku, line.asin, line.title
            line_row.quantity, line_row.quantity_shipped = line.quantity, line.quantity_shipped
            line_row.condition, line_row.condition_note = line.condition, line.condition_note
            line_row.unit_price = line.unit_price.amount if line.unit_price else None
            line_row.currency = line.unit_price.currency if line.unit_price else None
            if line_row not in row.lines:
                row.lines.append(line_row)
        for stale in existing.values():
            row.lines.remove(stale)
        if order.buyer is not None:
            self.save_buyer(row, order.buyer)
        return row

    def save_buyer(self, row: OrderRow, buyer: BuyerInfo) -> None:
        """Buyer fields are sealed with the station's data key (station.security.crypto) before they
        reach the session; only the country code stays plain (it decides customs forms, names no one)."""
        info = row.buyer or BuyerInfoRow(order_id=row.order_id)
        address = buyer.ship_to or Address()
        plain = {"buyer_name": buyer.buyer_name, "gift_message": buyer.gift_message,
                 "ship_name": address.name or None, "ship_company": address.company,
                 "address_line1": address.line1, "address_line2": address.line2, "address_line3": address.line3,
                 "city": address.city, "state_or_region": address.state_or_region,
                 "postal_code": address.postal_code, "phone": address.phone}
        remember_pii([buyer.buyer_name, address.name], words=True)
        remember_pii(plain.values())
        cipher = buyer_cipher(self.session)
        for name, value in plain.items():
            stored = getattr(info, name)
            if stored is not None and value is not None and stored.startswith("v1:") and \
                    cipher.decrypt(stored, row.order_id, name) == value:
                continue  # unchanged: keep the ciphertext, no needless UPDATE at every sync
            setattr(info, name, cipher.encrypt(value, row.order_id, name))
        info.country_code = address.country_code
        row.buyer = info

    def set_pack_status(self, order_id: str, status: PackStatus, station: str | None = None,
                        operator: str | None = None) -> None:
        row = self.session.get(OrderRow, order_id)
        if row is not None:
            row.pack_status = status.value
            row.station, row.operator = station or row.station, operator or row.operator

    def set_quantities(self, order_id: str, quantities: dict[str, int]) -> None:
        """Amazon's current quantity per order item (from getOrder); a line Amazon no longer lists gets 0
        (the next sync removes it)."""
        row = self.session.get(OrderRow, order_id)
        for line in row.lines if row is not None else ():
            line.quantity = quantities.get(line.order_item_id, 0)

    def count_by_status(self) -> dict[str, int]:
        rows = self.session.execute(select(OrderRow.pack_status, func.count()).group_by(OrderRow.pack_status))
        return dict(rows.all())


def order_from_row(row: OrderRow, products: dict[str, Product], scanned: dict[tuple[str, str], int],
                   with_buyer: bool) -> Order:
    lines = []
    for line in row.lines:
        product = products.get(line.sku)
        lines.append(OrderLine(
            order_item_id=line.order_item_id, sku=line.sku, quantity=line.quantity, title=line.title,
            asin=line.asin, condition=line.condition, condition_note=line.condition_note,
            unit_price=Money(line.unit_price, line.currency or "USD") if line.unit_price is not None else None,
            quantity_shipped=line.quantity_shipped,
            scanned=scanned.get((row.order_id, line.order_item_id), 0),
            barcodes=product.barcodes if product else [],
            bin=product.bin if product else None, image=product.image if product else None,
            weight_g=product.weight_g if product else None))
    buyer = None
    if with_buyer and row.buyer is not None:  # decrypted only here: to show or print
        b = row.buyer
        cipher = buyer_cipher(object_session(row))
        d = {name: cipher.decrypt(getattr(b, name), row.order_id, name) for name in BUYER_SEALED}
        remember_pii([d["buyer_name"], d["ship_name"]], words=True)
        remember_pii(d.values())
        buyer = BuyerInfo(buyer_name=d["buyer_name"], gift_message=d["gift_message"], ship_to=Address(
            name=d["ship_name"] or "", company=d["ship_company"], line1=d["address_line1"] or "",
            line2=d["address_line2"], line3=d["address_line3"], city=d["city"] or "",
            state_or_region=d["state_or_region"], postal_code=d["postal_code"] or "",
            country_code=b.country_code or "", phone=d["phone"]))
    return Order(
        order_id=row.order_id, status=AmazonStatus(row.amazon_status), lines=lines,
        marketplace_id=row.marketplace_id, pack_status=PackStatus(row.pack_status),
        purchase_date=row.purchase_date, ship_by=row.ship_by, deliver_by=row.deliver_by, is_prime=row.is_prime,
        is_gift=row.is_gift, is_business=row.is_business, is_replacement=row.is_replacement,
        replaced_order_id=row.replaced_order_id, purchase_order_number=row.purchase_order_number,
        ship_service_level=row.ship_service_level, buyer=buyer,
        packages=[Package(p.package_reference_id, dict(p.items or {}), p.carrier or p.carrier_name,
                          p.tracking_number, p.confirmed, p.weight_g) for p in row.packages])


class ScanRepository:
    """The scan log. Appending is the commit point of every accepted scan."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def append(self, order_id: str, result: ScanResult, station: str | None, operator: str | None) -> ScanRow:
        row = ScanRow(order_id=order_id, code=result.code[:600], outcome=result.outcome.value,
                      problem=result.problem.value if result.problem else None,
                      command=result.command.value if result.command else None, message=result.message,
                      order_item_id=result.order_item_id, sku=result.sku, package_no=result.package_no,
                      station=station, operator=operator)
        self.session.add(row)
        return row

    def history(self, order_id: str) -> list[ScanResult]:
        rows = self.session.scalars(select(ScanRow).where(ScanRow.order_id == order_id).order_by(ScanRow.id))
        return [ScanResult(code=r.code, outcome=Outcome(r.outcome), message=r.message,
                           order_item_id=r.order_item_id, sku=r.sku,
                           problem=Problem(r.problem) if r.problem else None,
                           command=Command(r.command) if r.command else None, package_no=r.package_no)
                for r in rows]

    def clear(self, order_id: str) -> None:
        """Forget an order's scans (a supervisor restarting a pack from zero)."""
        self.session.execute(delete(ScanRow).where(ScanRow.order_id == order_id))


class SyncState:
    """Small key/value facts: last sync time, last error, high-water marks."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str) -> str | None:
        row = self.session.get(SyncStateRow, key)
        return row.value if row else None

    def set(self, key: str, value: str | None) -> None:
        row = self.session.get(SyncStateRow, key) or SyncStateRow(key=key)
        row.value = value
        self.session.add(row)


def json_dict(value: str | None) -> dict[str, str]:
    """A SyncState value holding a JSON object; {} when unset or unreadable (a bad value never stops a sync)."""
    try:
        parsed = json.loads(value or "{}")
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}

