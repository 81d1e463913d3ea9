"""Shared set-up for the ship tests: a sandbox on 127.0.0.1, a synced store, a bench with the ship flow."""

from __future__ import annotations

import json
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from station.amazon.client import ApiConfig, SpApi
from station.amazon.credentials import Credentials
from station.amazon.sync import OrderSync
from station.domain.order import Product
from station.services.bench import Bench
from station.services.ship import ShipConfig, ShipService
from station.settings import Settings
from station.store.db import Store
from station.store.repositories import OrderRepository, ProductRepository

MARKETS = ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8"]
CREDS = Credentials("amzn1.application-oa2-client.test", "secret-value", "Atzr|refresh")


class RealApiExcept:
    """A test double: the real API, except the calls a subclass overrides (``self.api`` is the real one)."""

    def __init__(self, api) -> None:
        self.api = api

    def __getattr__(self, name):
        return getattr(self.api, name)


def make_api(handle) -> SpApi:
    return SpApi(ApiConfig(endpoint=handle.url, lwa_endpoint=handle.lwa_url, marketplace_id="ATVPDKIKX0DER"),
                 CREDS, use_rdt=False)


def settings_for(data_dir: Path, **values) -> Settings:
    settings = Settings(data_dir)
    settings.update({"seller.name": "Demo Seller", "seller.return_address": "2100 Dock St|Tacoma, WA 98421|US",
                     "station.name": "bench-1", **values})
    return settings


def sync_into(store: Store, handle) -> None:
    with store.session() as db:
        for entry in handle.sandbox.catalog_json():
            ProductRepository(db).upsert(Product(entry["sku"], entry["title"], list(entry["barcodes"]),
                                                 asin=entry.get("asin"), bin=entry.get("bin"),
                                                 weight_g=entry.get("weight_g")))
    api = make_api(handle)
    try:
        result = OrderSync(store, api, marketplaces=MARKETS, station="bench-1").run_once()
        assert result.ok, result.error
    finally:
        api.close()


def journal(handle) -> list[dict]:
    with urllib.request.urlopen(handle.url + "/_sandbox/journal", timeout=10) as resp:
        return json.loads(resp.read())


def packable(store: Store, marketplace: str = "ATVPDKIKX0DER", prime: bool | None = False, min_units: int = 1):
    """Unshipped orders whose every line has a product barcode."""
    with store.session() as db:
        orders = OrderRepository(db).list(pack_statuses=["new"], amazon_statuses=["Unshipped"])
    return [o for o in orders if o.marketplace_id == marketplace and all(line.barcodes for line in o.lines)
            and (prime is None or o.is_prime == prime) and o.units >= min_units]


@dataclass
class Packer:
    """Plays the packer: every call is one input (a scan or a key), counted."""

    bench: Bench
    inputs: int = 0

    def scan(self, text: str):
        self.inputs += 1
        return self.bench.scan(text)

    def enter(self):
        self.inputs += 1
        return self.bench.bare_enter()

    def pack(self, order, next_box_after: int | None = None):
        events = [self.scan(order.order_id)]
        done = 0
        for line in order.lines:
            for _ in range(line.to_pack):
                if next_box_after is not None and done == next_box_after:
                    events.append(self.scan("CMD:NEXT-BOX"))
                events.append(self.scan(line.barcodes[0]))
                done += 1
        return events


def make_ship(store: Store, settings: Settings, api, printing, **kwargs) -> tuple[Bench, ShipService]:
    service = ShipService(store, api, printing, ShipConfig.load(settings), station="bench-1", operator="ann",
                          **kwargs)
    bench = Bench(store, "bench-1", "ann")
    service.install(bench)
    return bench, service
