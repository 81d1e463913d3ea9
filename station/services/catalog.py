"""Product catalogue import from CSV (DESIGN.md 3.5): all rows or none, errors name line and column."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from station.domain.barcodes import BarcodeError, product_keys
from station.domain.order import Product
from station.store.db import Store
from station.store.repositories import ProductRepository

COLUMNS = ["sku", "title", "barcodes", "asin", "fnsku", "bin", "weight_g", "length_mm", "width_mm", "height_mm",
           "image"]
INT_COLUMNS = {"weight_g", "length_mm", "width_mm", "height_mm"}
MAX_ERRORS_SHOWN = 20


@dataclass
class ImportError_(Exception):  # noqa: N801 - not the builtin ImportError
    problems: list[str]

    def __str__(self) -> str:
        shown = self.problems[:MAX_ERRORS_SHOWN]
        more = len(self.problems) - len(shown)
        return "nothing imported:\n  " + "\n  ".join(shown) + (f"\n  ... and {more} more" if more > 0 else "")


CatalogImportError = ImportError_


def parse_products_csv(text: str) -> list[Product]:
    """Parse and check every row; raises CatalogImportError listing every problem found."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = reader.fieldnames or []
    problems: list[str] = []
    unknown = [c for c in header if c not in COLUMNS]
    if unknown:
        problems.append(f"line 1: unknown column{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} "
                        f"(known: {', '.join(COLUMNS)})")
    if "sku" not in header:
        problems.append("line 1: the required column sku is missing")
    if problems:
        raise CatalogImportError(problems)
    products: dict[str, Product] = {}
    for row in reader:
        line = reader.line_num
        if None in row:
            problems.append(f"line {line}: more values than columns")
            continue
        values = {k: (v or "").strip() for k, v in row.items()}
        if not any(values.values()):
            continue
        sku = values.get("sku", "")
        if not sku:
            problems.append(f"line {line}, column sku: empty")
            continue
        numbers: dict[str, int | None] = {}
        for column in INT_COLUMNS:
            raw = values.get(column, "")
            try:
                numbers[column] = int(raw) if raw else None
                if numbers[column] is not None and numbers[column] < 0:
                    raise ValueError
            except ValueError:
                problems.append(f"line {line}, column {column}: {raw!r} is not a whole number of "
                                f"{'grams' if column == 'weight_g' else 'millimetres'}")
        codes = [c.strip() for c in values.get("barcodes", "").split("|") if c.strip()]
        for code in codes:
            try:
                product_keys(code)
            except BarcodeError as exc:
                problems.append(f"line {line}, column barcodes: {exc}")
        if sku in products:
            problems.append(f"line {line}, column sku: {sku} appears twice in this file")
        products[sku] = Product(sku=sku, title=values.get("title", ""), barcodes=codes,
                                asin=values.get("asin") or None, fnsku=values.get("fnsku") or None,
                                bin=values.get("bin") or None, image=values.get("image") or None, **numbers)
    if problems:
        raise CatalogImportError(problems)
    return list(products.values())


def import_products_csv(store: Store, path: Path) -> int:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CatalogImportError([f"{path}: not UTF-8 text (save the CSV as UTF-8)"]) from None
    except OSError as exc:
        raise CatalogImportError([f"{path}: {exc.strerror}"]) from None
    products = parse_products_csv(text)
    save_products(store, products)
    return len(products)


def save_products(store: Store, products: list[Product]) -> None:
    """One transaction: the catalogue changes whole or not at all."""
    with store.session() as db:
        repo = ProductRepository(db)
        for product in products:
            repo.upsert(product)
