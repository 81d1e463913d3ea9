"""``station`` / ``station --demo``: the desktop app (DESIGN.md 3.1).

Opens straight into the scan-ready main window. ``ready for scans`` is logged (INFO, stderr)
once the bench worker runs and the order this station had open is back on screen
(and, with --demo, once the demo's orders are in).
"""

from __future__ import annotations

import logging
import sys
import tempfile
from dataclasses import dataclass

from station.app import AppContext
from station.store.db import StoreError

log = logging.getLogger("station.ui")


@dataclass
class Running:
    """What ``start_window`` built; ``shutdown()`` finishes pending scans and stops the workers."""

    window: object
    controller: object
    pool: object
    services: object | None = None

    def shutdown(self) -> None:
        self.window.queue_view.stop()
        self.controller.shutdown()  # every submitted scan is committed before the thread ends
        if self.services is not None:
            self.services.stop()
        self.pool.wait(10_000)


def start_window(ctx: AppContext, queue_refresh_ms: int = 5000, operator: str | None = None,
                 with_services: bool = False) -> Running:
    """The main window over ``ctx``, shown, with the bench resuming. Needs a QApplication.

    ``with_services``: also the print queue, ship-and-confirm, serial devices (station.ui.wiring);
    Amazon sync and outbox are started by ``start_amazon`` once settings and credentials are final.
    """
    from station.services.bench import Bench
    from station.ui.bench_controller import BenchController
    from station.ui.main_window import MainWindow
    from station.ui.tasks import Pool
    from station.ui.wiring import Bridge, Services, install_shipping, start_devices, start_housekeeping

    store = ctx.store  # opened and migrated before any window exists (StoreError -> message)
    claim_timeout_s = float(ctx.settings.get("stations.claim_timeout_s"))
    bench = Bench(store, ctx.station_name, operator, claim_timeout_s=claim_timeout_s)
    services = None
    if with_services:
        services = Services(Bridge())
        start_devices(ctx, services)
        install_shipping(ctx, bench, services)
        start_housekeeping(ctx, services, claim_timeout_s)
    controller = BenchController(bench)
    pool = Pool()
    window = MainWindow(ctx.settings, store, controller, pool, ctx.station_name, context=ctx,
                        queue_refresh_ms=queue_refresh_ms)
    controller.setParent(window)
    pool.setParent(window)
    notices = [ctx.settings.problem] if ctx.settings.problem else []
    if services is not None:
        window.connect_services(services)
        notices += services.notices
        _attach_optional(window, ctx, services)
    if notices:
        window.show_notice("\n".join(notices))
    window.show()
    window.start(recover=getattr(services.ship, "recover", None) if services is not None else None)
    return Running(window, controller, pool, services)


def _attach_optional(window, ctx: AppContext, services) -> None:
    """Shipping and operator screens (issues 7 and 8), when this build has them."""
    if services.ship is not None:
        try:
            from station.ui.ship_widgets import attach_ship_ui

            attach_ship_ui(window, services.ship)
        except ImportError:
            pass
    try:
        from station.ui.operators_ui import attach_operators

        attach_operators(window, ctx)
    except ImportError:
        pass


def _start_demo(ctx: AppContext):
    """The in-process sandbox and a first sync (station.services.demo), or None if not in this build."""
    try:
        from station.services.demo import start_demo
    except ImportError:
        return None
    return start_demo(ctx)


def run(args) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Packing Station")
    app.setOrganizationName("packing-station")
    if getattr(args, "demo", False) and not getattr(args, "data_dir", None):
        args.data_dir = tempfile.mkdtemp(prefix="station-demo-")
    ctx = AppContext.from_args(args)
    try:  # the packer's language, before any window takes its texts (issue 10)
        from station.i18n import install

        install(ctx.settings.get("locale"), app)
    except ImportError:
        pass
    try:
        from station.ui.first_run import OUTCOME_DEMO, needs_first_run, run_first_run
    except ImportError:
        needs_first_run = None
    if needs_first_run is not None and not ctx.settings.problem and needs_first_run(ctx):
        outcome = run_first_run(ctx)  # a station never configured: the setup page, once
        if outcome is None:
            return 0
        if outcome == OUTCOME_DEMO:
            args.demo, args.data_dir = True, tempfile.mkdtemp(prefix="station-demo-")
            ctx = AppContext.from_args(args)
    try:
        running = start_window(ctx, with_services=True)
    except StoreError as exc:
        QMessageBox.critical(None, "Packing station", f"The station cannot start:\n\n{exc}")
        print(f"station: {exc}", file=sys.stderr)
        return 1
    window = running.window
    screen = app.primaryScreen()
    if screen is not None:  # no window manager (kiosk, Xvfb): take the screen ourselves
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()  # the bench screen is the station's
    demo = {"handle": None, "done": not ctx.demo}

    def start_amazon() -> None:
        from station.ui.wiring import start_amazon as start

        start(ctx, running.services)
        if running.services.notices:
            window.show_notice("\n".join(running.services.notices))

    if not ctx.demo:
        start_amazon()
    else:
        log.info("demo data folder: %s", ctx.data_dir)
        window.bench_status.setText("Starting the demo: fetching orders from the built-in Amazon sandbox ...")

        def demo_started(handle) -> None:
            demo["handle"], demo["done"] = handle, True
            if handle is None:
                window.show_notice("This build has no demo sandbox (station.services.demo): the station opened "
                                   "on an empty demo data folder. Import products and sync to fill the queue.")
            else:
                start_amazon()
                devices = getattr(running.services, "devices", None)
                if devices is not None:  # the demo has just chosen its folder printers
                    devices.restart()
            window.queue_view.refresh(full=True)
            announce()

        def demo_failed(exc: BaseException) -> None:
            demo["done"] = True
            log.error("demo start failed: %s", exc)
            window.show_notice(f"The demo sandbox did not start ({exc.__class__.__name__}: {exc}). "
                               "The station works, but the queue stays empty.")
            announce()

        running.pool.run(lambda: _start_demo(ctx), demo_started, demo_failed)

    def announce() -> None:
        if window.is_ready and demo["done"] and not getattr(window, "_announced", False):
            window._announced = True
            log.info("ready for scans (station %s, data folder %s)", ctx.station_name, ctx.data_dir)

    window.ready.connect(announce)
    code = app.exec()
    running.shutdown()
    handle = demo["handle"]
    if handle is not None:
        try:
            handle.stop()
        except Exception:  # noqa: BLE001 - closing down anyway
            log.warning("demo sandbox did not stop cleanly", exc_info=True)
    ctx.close()
    return code
