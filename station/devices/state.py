"""Device state as the UI shows it: one value per device, reported through plain callbacks.

No Qt here: devices run on plain threads and call ``on_state(DeviceState)`` from
those threads; the UI wraps the callbacks into Qt signals (station.ui.device_status).
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


class Status(str, enum.Enum):
    STOPPED = "stopped"  # not started, or stopped by the app
    CONNECTING = "connecting"
    CONNECTED = "connected"  # ready
    DISCONNECTED = "disconnected"  # unplugged / switched off; retrying by itself
    ERROR = "error"  # something a person has to fix (wrong URI, no permission ...)
    BUSY = "busy"  # printer: sending a job
    WAITING = "waiting"  # printer: a job waits for the printer to come back


@dataclass(frozen=True)
class DeviceState:
    device: str  # "scanner", "scale", "printer:label", "printer:slip"
    status: Status
    message: str = ""  # plain language, for the packer
    uri: str = ""
    at: float = field(default_factory=time.monotonic)

    @property
    def ok(self) -> bool:
        return self.status in (Status.CONNECTED, Status.BUSY)


StateCallback = Callable[[DeviceState], None]


def safe_call(callback: Callable | None, *args) -> None:
    """Call a UI callback from a device thread; a bug in the callback must not kill the reader."""
    if callback is None:
        return
    try:
        callback(*args)
    except Exception:  # noqa: BLE001 - logged, the device keeps running
        log.exception("device callback %r failed", callback)
