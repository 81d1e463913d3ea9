"""The station's background services, wired to the window: sync, outbox, printing, shipping, devices.

Each piece runs on its own thread (never the GUI thread) and reports through a Qt signal
of ``Bridge``, so callbacks from plain Python threads land on the GUI thread. A piece that
cannot start (no credentials yet, a damaged shipping.json, a device URI that is wrong) is
a notice on screen, never a crash: the bench still packs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from station.ui.tasks import emit

log = logging.getLogger(__name__)


class Bridge(QObject):
    """Signals that worker threads emit; Qt queues them to the GUI thread."""

    cancelled = Signal(str)  # an order the sync saw cancelled on Amazon
    synced = Signal(object)  # SyncResult after each pass
    scanned = Signal(str)  # a serial scanner's scan
    device_state = Signal(object)  # DeviceState
    print_job = Signal(object)  # PrintJob

    # Callbacks for worker threads (emit() keeps PySide6 6.12's reference count of True whole).
    def on_cancelled(self, order_id: str) -> None:
        emit(self.cancelled, order_id)

    def on_synced(self, result) -> None:
        emit(self.synced, result)

    def on_scan(self, scan) -> None:
        emit(self.scanned, scan.text)

    def on_state(self, state) -> None:
        emit(self.device_state, state)

    def on_job(self, job) -> None:
        emit(self.print_job, job)


@dataclass
class Services:
    bridge: Bridge
    workers: list = field(default_factory=list)  # objects with stop()
    ship: object | None = None
    print_queue: object | None = None
    notices: list[str] = field(default_factory=list)
    scale: object | None = None

    def stop(self) -> None:
        for worker in reversed(self.workers):
            try:
                worker.stop()
            except Exception:  # noqa: BLE001 - closing down anyway
                log.warning("%s did not stop cleanly", worker.__class__.__name__, exc_info=True)
        self.workers.clear()


def install_shipping(ctx, bench, services: Services) -> None:
    """Print queue + ship-and-confirm on the bench (issue 8); without them the bench marks orders packed."""
    try:
        from station.devices.printqueue import PrintWorker

        printer = PrintWorker(ctx.store, ctx.settings, station=ctx.station_name, on_job=services.bridge.on_job,
                              on_printer=services.bridge.on_state)
        printer.start()
        services.workers.append(printer)
        services.print_queue = printer.queue(operator=bench.operator)
    except Exception as exc:  # noqa: BLE001
        log.warning("print queue not started: %s", exc)
        services.notices.append(f"Printing is off: {exc}")
    try:
        from station.amazon.client import make_client
        from station.services.ship import ShipConfig, ShipService

        config = ShipConfig.load(ctx.settings, ctx.data_dir)
        scale = services.scale

        def grams() -> float | None:
            value = scale.reading if scale is not None else None
            return value.grams if value is not None and value.stable else None

        service = ShipService(ctx.store, lambda: make_client(ctx.settings), services.print_queue, config,
                              station=ctx.station_name, operator=bench.operator,
                              scale=grams if scale is not None else None)
        service.install(bench)
        services.ship = service
    except Exception as exc:  # noqa: BLE001
        log.warning("shipping not installed: %s", exc)
        services.notices.append(f"Shipping is off ({exc}); a confirmed order is marked packed.")


def start_devices(ctx, services: Services) -> None:
    """A serial scanner and a scale when the settings name them (the wedge needs nothing)."""
    settings = ctx.settings
    uri = settings.get("scanner")
    if isinstance(uri, str) and uri.startswith("serial:"):
        try:
            from station.devices.scanner import SerialScanner

            scanner = SerialScanner(uri, services.bridge.on_scan, services.bridge.on_state)
            scanner.start()
            services.workers.append(scanner)
        except Exception as exc:  # noqa: BLE001
            services.notices.append(f"The serial scanner did not start: {exc}")
    uri = settings.get("scale")
    if isinstance(uri, str) and uri.startswith("serial:"):
        try:
            from station.devices.scale import SerialScale

            scale = SerialScale(uri, on_state=services.bridge.on_state)
            scale.start()
            services.workers.append(scale)
            services.scale = scale
        except Exception as exc:  # noqa: BLE001
            services.notices.append(f"The scale did not start: {exc}")


def start_amazon(ctx, services: Services) -> None:
    """Order sync (cancellations reach the bench at once) and the confirmation outbox."""
    workers = []
    try:
        from station.amazon.sync import SyncWorker

        workers.append(SyncWorker.from_context(ctx, on_cancelled=services.bridge.on_cancelled,
                                               on_result=services.bridge.on_synced))
    except Exception as exc:  # noqa: BLE001
        services.notices.append(f"Order sync did not start: {exc}")
    try:
        from station.amazon.outbox import OutboxWorker

        workers.append(OutboxWorker.from_context(ctx))
    except Exception as exc:  # noqa: BLE001
        services.notices.append(f"Confirmation uploads did not start: {exc}")
    try:  # several stations on one database: only the leading one talks to Amazon (issue 7)
        from station.store.lease import AMAZON, LeaderGate, LeaderLease

        gate = LeaderGate(LeaderLease(ctx.store, AMAZON, station=ctx.station_name), workers)
        gate.start()
        services.workers.append(gate)
    except ImportError:
        for worker in workers:
            worker.start()
            services.workers.append(worker)
