"""`station products import FILE.csv` / `station products list [--json]`."""

from __future__ import annotations

import dataclasses
import json
import sys

from station.app import AppContext
from station.services.catalog import CatalogImportError, import_products_csv
from station.store.repositories import ProductRepository


def run(args) -> int:
    ctx = AppContext.from_args(args)
    if args.action == "import":
        try:
            count = import_products_csv(ctx.store, args.file)
        except CatalogImportError as exc:
            print(f"station: {args.file}: {exc}", file=sys.stderr)
            return 1
        print(f"{count} products imported")
        return 0
    with ctx.store.session() as db:
        products = ProductRepository(db).list()
    if args.json:
        print(json.dumps([dataclasses.asdict(p) for p in products], indent=2, ensure_ascii=False))
    else:
        for p in products:
            print(f"{p.sku:24} {p.bin or '':8} {' | '.join(p.barcodes):40} {p.title[:60]}")
    return 0
