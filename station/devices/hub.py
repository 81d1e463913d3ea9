"""All bench devices of one station, started and stopped together from the settings. No Qt.

The main window::

    devices = Devices(ctx.settings, ctx.store, ctx.station_name,
                      on_scan=bridge.on_scan, on_state=bridge.on_state, on_scale=bridge.on_scale,
                      on_job=bridge.on_job, on_printer=bridge.on_printer)
    devices.start()                 # serial scanner (unless 'wedge'), scale (unless 'none'), print worker
    queue = devices.queue("ann")    # PrintQueue: enqueue / jobs / reprint
    devices.states()                # {"scanner": DeviceState, "scale": ..., "printer:label": ...}
    devices.restart()               # after the settings page saved
    devices.stop()                  # on quit; pending print jobs stay in the database

Every callback runs on a device thread; wrap them in Qt signals (station.ui.device_status.DeviceBridge).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from station.devices.checks import check_printer
from station.devices.printqueue import JobCallback, PrinterCallback, PrintQueue, PrintWorker
from station.devices.scale import HidScale, ReadingCallback, SerialScale, make_scale
from station.devices.scanner import Scan, SerialScanner
from station.devices.state import DeviceState, StateCallback, Status, safe_call
from station.devices.uris import DeviceUriError
from station.store.db import Store

log = logging.getLogger(__name__)


class Devices:
    def __init__(self, settings, store: Store, station: str | None, *,
                 on_scan: Callable[[Scan], None] | None = None, on_state: StateCallback | None = None,
                 on_scale: ReadingCallback | None = None, on_job: JobCallback | None = None,
                 on_printer: PrinterCallback | None = None) -> None:
        self.settings = settings
        self.store = store
        self.station = station
        self.on_scan, self.on_state, self.on_scale = on_scan, on_state, on_scale
        self.worker = PrintWorker(store, settings, station, on_job=on_job, on_printer=on_printer)
        self.scanner: SerialScanner | None = None
        self.scale: SerialScale | HidScale | None = None
        self._problems: dict[str, DeviceState] = {}

    def queue(self, operator: str | None = None) -> PrintQueue:
        return self.worker.queue(operator)

    def start(self) -> None:
        self.worker.start()
        self._start_scanner()
        self._start_scale()
        self.check_printers()

    def check_printers(self) -> threading.Thread:
        """Asks each chosen printer whether it is there (on a thread), so the status bar shows a printer that
        is off before the first label, not after."""
        def work() -> None:
            for role in ("label", "slip"):
                uri = self.settings.get(f"printers.{role}") or ""
                device = f"printer:{role}"
                if not uri:
                    state = DeviceState(device, Status.ERROR, f"No {role} printer chosen (Settings > Devices)", "")
                else:
                    result = check_printer(uri)
                    state = DeviceState(device, Status.CONNECTED if result.ok else Status.WAITING, result.message,
                                        uri)
                if device not in self.worker.printer_states():  # a job's outcome is newer news than a check
                    self._report(state)

        thread = threading.Thread(target=work, name="printer-check", daemon=True)
        thread.start()
        return thread

    def _start_scanner(self) -> None:
        uri = self.settings.get("scanner")
        self._problems.pop("scanner", None)
        if not uri or uri == "wedge":
            self._report(DeviceState("scanner", Status.CONNECTED, "Keyboard scanner (wedge)", "wedge"))
            return
        try:
            self.scanner = SerialScanner(uri, self._scan, self.on_state)
        except (DeviceUriError, ValueError) as exc:
            self._report(DeviceState("scanner", Status.ERROR, f"Scanner setting is wrong: {exc}", uri))
            return
        self.scanner.start()

    def _start_scale(self) -> None:
        uri = self.settings.get("scale")
        self._problems.pop("scale", None)
        try:
            self.scale = make_scale(uri, self.on_scale, self.on_state)
        except (DeviceUriError, ValueError) as exc:
            self._report(DeviceState("scale", Status.ERROR, f"Scale setting is wrong: {exc}", uri))
            return
        if self.scale is None:
            self._report(DeviceState("scale", Status.STOPPED, "No scale", "none"))
            return
        self.scale.start()

    def _scan(self, scan: Scan) -> None:
        safe_call(self.on_scan, scan)

    def _report(self, state: DeviceState) -> None:
        self._problems[state.device] = state
        safe_call(self.on_state, state)

    def stop(self) -> None:
        for device in (self.scanner, self.scale):
            if device is not None:
                device.stop()
        self.scanner = self.scale = None
        self.worker.stop()

    def restart(self) -> None:
        """Applies changed settings: reopens scanner and scale; the worker reads printers per job anyway."""
        for device in (self.scanner, self.scale):
            if device is not None:
                device.stop()
        self.scanner = self.scale = None
        self._start_scanner()
        self._start_scale()
        self.worker.retry_now()
        self.check_printers()

    def states(self) -> dict[str, DeviceState]:
        states = dict(self._problems)  # wedge, no scale, wrong settings, printer checks
        for device in (self.scanner, self.scale):
            if device is not None:
                states[device.device] = device.state
        states.update(self.worker.printer_states())
        return states
