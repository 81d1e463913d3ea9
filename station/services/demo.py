"""``station --demo``: the built-in SP-API sandbox in-process, and the queue filled through the real client.

    handle = start_demo(ctx)     # sandbox up, settings pointed at it, catalogue imported, one real sync done
    ...                          # the UI starts its SyncWorker/OutboxWorker as on a real station
    handle.stop()

Demo credentials are given to this process only (STATION_LWA_* environment variables, which
take precedence over the keyring and are never written anywhere); the keyring is not touched.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import httpx

from station.amazon.client import ssl_context
from station.amazon.credentials import Credentials, export_to_environment
from station.amazon.sandbox import SandboxHandle, start_in_thread
from station.amazon.sync import SyncResult, build_sync
from station.domain.order import Product
from station.services.catalog import save_products

log = logging.getLogger(__name__)

DEMO_CREDENTIALS = Credentials("amzn1.application-oa2-client.demo", "demo-client-secret", "Atzr|demo-refresh-token")
DEMO_ORDERS = 60
DEMO_SEED = 7
DEMO_MARKETPLACES = ("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8")  # the sandbox seller's: US, CA, MX


@dataclass
class DemoHandle:
    sandbox: SandboxHandle
    url: str
    sync_result: SyncResult
    products: int
    seconds: float
    marketplaces: tuple[str, ...] = field(default=DEMO_MARKETPLACES)

    def stop(self) -> None:
        self.sandbox.stop()


def start_demo(ctx, orders: int = DEMO_ORDERS, seed: int = DEMO_SEED) -> DemoHandle:
    """Start the sandbox, point this station at it, import its catalogue and run one real sync."""
    started = time.perf_counter()
    sandbox = start_in_thread(orders=orders, seed=seed)
    try:
        printed = ctx.printed_dir
        printed.mkdir(parents=True, exist_ok=True)
        ctx.settings.update({
            "amazon.endpoint": sandbox.url, "amazon.lwa_endpoint": sandbox.lwa_url,
            "amazon.marketplace": DEMO_MARKETPLACES[0], "amazon.region": "NA",
            "amazon.marketplaces": ",".join(DEMO_MARKETPLACES),  # the sandbox seller sells in the US, CA and MX
            "printers.label": f"file:{printed}", "printers.slip": f"file:{printed}", "label.format": "zpl203",
            "seller.name": "Demo Seller", "seller.return_address": "2100 Dock Street, Door 4|Tacoma WA 98421|US",
        })
        export_to_environment(DEMO_CREDENTIALS)
        products = _import_catalog(ctx, sandbox.url)
        sync = build_sync(ctx, credentials=DEMO_CREDENTIALS, marketplaces=DEMO_MARKETPLACES)
        try:
            result = sync.run_once()
        finally:
            sync.api.close()
        if result.error:
            raise RuntimeError(f"the demo sync failed: {result.error}")
    except BaseException:
        sandbox.stop()
        raise
    seconds = time.perf_counter() - started
    log.info("demo: sandbox at %s, %d products, %d orders synced in %.2fs", sandbox.url, products, result.seen,
             seconds)
    return DemoHandle(sandbox, sandbox.url, result, products, seconds)


def _import_catalog(ctx, url: str) -> int:
    response = httpx.get(f"{url}/_sandbox/catalog", timeout=10, verify=ssl_context())
    response.raise_for_status()
    products = [Product(sku=p["sku"], title=p.get("title") or "", barcodes=list(p.get("barcodes") or []),
                        asin=p.get("asin"), bin=p.get("bin"), weight_g=p.get("weight_g"))
                for p in response.json()]
    save_products(ctx.store, products)
    return len(products)
