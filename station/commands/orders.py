"""`station orders list [--status S] --json` (shape: DESIGN.md 3.5)."""

from __future__ import annotations

import json

from station.app import AppContext
from station.domain.order import AmazonStatus, Order, PackStatus
from station.store.repositories import OrderRepository


def order_json(order: Order) -> dict:
    return {
        "order_id": order.order_id,
        "status": order.status.value,
        "pack_status": order.pack_status.value,
        "ship_by": order.ship_by.isoformat() if order.ship_by else None,
        "marketplace_id": order.marketplace_id,
        "is_prime": order.is_prime,
        "is_gift": order.is_gift,
        "is_business": order.is_business,
        "is_replacement": order.is_replacement,
        "purchase_date": order.purchase_date.isoformat() if order.purchase_date else None,
        "lines": [{"order_item_id": line.order_item_id, "sku": line.sku, "asin": line.asin, "title": line.title,
                   "quantity": line.quantity, "scanned": line.scanned, "barcodes": line.barcodes,
                   "condition": line.condition, "bin": line.bin} for line in order.lines],
        "packages": [{"package_reference_id": p.package_reference_id, "carrier": p.carrier,
                      "tracking_number": p.tracking_number, "confirmed": p.confirmed} for p in order.packages],
    }


def run(args) -> int:
    ctx = AppContext.from_args(args)
    amazon, pack = None, None
    if args.status:
        amazon_values = {s.value.casefold(): s.value for s in AmazonStatus}
        pack_values = {s.value for s in PackStatus}
        if args.status.casefold() in amazon_values:
            amazon = [amazon_values[args.status.casefold()]]
        elif args.status.casefold() in pack_values:
            pack = [args.status.casefold()]
        else:
            from station.cli import UsageError

            raise UsageError(f"unknown status {args.status!r}; use one of "
                             f"{', '.join([s.value for s in AmazonStatus] + sorted(pack_values))}")
    with ctx.store.session() as db:
        orders = OrderRepository(db).list(pack_statuses=pack, amazon_statuses=amazon)
    if args.json:
        print(json.dumps([order_json(o) for o in orders], indent=2, ensure_ascii=False))
    else:
        for o in orders:
            ship_by = o.ship_by.strftime("%Y-%m-%d %H:%M") if o.ship_by else "-"
            print(f"{o.order_id}  {o.status.value:16} {o.pack_status.value:9} ship by {ship_by}  "
                  f"{o.scanned_units}/{o.units} units")
    return 0
