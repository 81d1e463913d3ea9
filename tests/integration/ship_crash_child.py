"""Child process of test_ship_crash: packs one order and confirms it; dies by SIGKILL at a chosen point.

argv: DATABASE_URL DATA_DIR SANDBOX_URL ORDER_ID WHEN   (WHEN: after_purchase | before_purchase)
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))  # tests/, for support.ship

from support.ship import Packer, RealApiExcept, settings_for

from station.amazon.client import ApiConfig, SpApi
from station.devices.printqueue import PrintQueue
from station.services.bench import Bench
from station.services.ship import ShipConfig, ShipService
from station.store.db import open_store
from station.store.repositories import OrderRepository
from support.ship import CREDS


class KillAt(RealApiExcept):
    def __init__(self, api, when):
        super().__init__(api)
        self.when = when

    def purchase_shipment(self, body, idempotency_key=None):
        if self.when == "before_purchase":
            os.kill(os.getpid(), signal.SIGKILL)
        self.api.purchase_shipment(body, idempotency_key=idempotency_key)
        os.kill(os.getpid(), signal.SIGKILL)  # Amazon sold the label; we never record or print it


def main() -> None:
    url, data_dir, sandbox_url, order_id, when = sys.argv[1:6]
    store = open_store(url)
    settings = settings_for(Path(data_dir))
    api = SpApi(ApiConfig(endpoint=sandbox_url, lwa_endpoint=sandbox_url + "/auth/o2/token",
                          marketplace_id="ATVPDKIKX0DER"), CREDS, use_rdt=False)
    ship = ShipService(store, KillAt(api, when), PrintQueue(store, settings, station="bench-1"),
                       ShipConfig.load(settings), station="bench-1")
    bench = ship.install(Bench(store, "bench-1"))
    with store.session() as db:
        order = OrderRepository(db).get(order_id)
    packer = Packer(bench)
    packer.pack(order)
    print(packer.scan("CMD:CONFIRM").message, flush=True)
    sys.exit(3)  # never reached: the kill comes first


if __name__ == "__main__":
    main()
