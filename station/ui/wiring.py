"""The station's background services, wired to the window: devices and printing, shipping, sync, outbox.

Each piece runs on its own thread (never the GUI thread) and reports through a Qt signal
of ``Bridge``, so callbacks from plain Python threads land on the GUI thread. A piece that
cannot start (no credentials yet, a damaged shipping.json, a device URI that is wrong) is
a notice on screen, never a crash: the bench still packs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


log = logging.getLogger(__name__)


class Bridge(QObject):
    """Signals that worker threads emit; Qt queues them to the GUI thread."""

    cancelled = Signal(str)  # an order the sync saw cancelled on Amazon
    synced = Signal(object)  # SyncResult after each pass

    # Callbacks for worker threads: the signals deliver them on the GUI thread.
    def on_cancelled(self, order_id: str) -> None:
        self.cancelled.emit(order_id)

    def on_synced(self, result) -> None:
        self.synced.emit(result)


@dataclass
class Services:
    bridge: Bridge
    workers: list = field(default_factory=list)  # objects with stop()
    ship: object | None = None
    print_queue: object | None = None
    notices: list[str] = field(default_factory=list)
    devices: object | None = None  # station.devices.hub.Devices
    device_bridge: object | None = None  # station.ui.device_status.DeviceBridge

    def stop(self) -> None:
        for worker in reversed(self.workers):
            try:
                worker.stop()
            except Exception:  # noqa: BLE001 - closing down anyway
                log.warning("%s did not stop cleanly", worker.__class__.__name__, exc_info=True)
        self.workers.clear()


def start_devices(ctx, services: Services) -> None:
    """The bench devices from the settings (station.devices.hub): print worker, serial scanner, scale.
    Their callbacks go through the devices engineer's DeviceBridge (Qt signals, GUI thread)."""
    try:
        from station.devices.hub import Devices
        from station.ui.device_status import DeviceBridge
    except ImportError as exc:
        services.notices.append(f"Printing and serial devices are off: {exc}")
        return
    bridge = DeviceBridge()
    services.device_bridge = bridge
    try:
        devices = Devices(ctx.settings, ctx.store, ctx.station_name, on_scan=bridge.on_scan, on_state=bridge.on_state,
                          on_scale=bridge.on_scale, on_job=bridge.on_job, on_printer=bridge.on_printer)
        devices.start()
    except Exception as exc:  # noqa: BLE001 - the bench still packs without printers
        log.warning("devices not started: %s", exc)
        services.notices.append(f"Printing and serial devices are off: {exc}")
        return
    services.devices = devices
    services.workers.append(devices)
    services.print_queue = devices.queue()


def start_housekeeping(ctx, services: Services, claim_timeout_s: float) -> None:
    """Issue 7's background duties: keep this bench's order claims alive (and free those of stations
    that died), and purge buyer data past its retention window on schedule."""
    from station.services.purge import PurgeJob
    from station.store.claims import ClaimHeartbeat

    for job in (ClaimHeartbeat(ctx.store, ctx.station_name, timeout_s=claim_timeout_s),
                PurgeJob(ctx.store, ctx.station_name, ctx.settings)):
        job.start()
        services.workers.append(job)


def install_shipping(ctx, bench, services: Services) -> None:
    """Ship-and-confirm on the bench (issue 8); without it the bench marks confirmed orders packed."""
    try:
        from station.amazon.client import make_client
        from station.services.ship import ShipConfig, ShipService

        config = ShipConfig.load(ctx.settings, ctx.data_dir)
        devices = services.devices

        def grams() -> float | None:  # the scale's stable weight right now, read on the bench thread
            scale = getattr(devices, "scale", None)
            value = scale.reading if scale is not None else None
            return value.grams if value is not None and value.stable else None

        service = ShipService(ctx.store, lambda: make_client(ctx.settings), services.print_queue, config,
                              station=ctx.station_name, operator=bench.operator,
                              scale=grams if devices is not None else None)
        service.install(bench)
        services.ship = service
    except Exception as exc:  # noqa: BLE001
        log.warning("shipping not installed: %s", exc)
        services.notices.append(f"Shipping is off ({exc}); a confirmed order is marked packed.")


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
