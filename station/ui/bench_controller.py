"""The GUI's handle on the bench: every call runs on the bench's one worker thread, in order.

The Bench (station.services.bench) commits each scan before it returns its event; this
controller only moves the calls off the GUI thread and brings the events back by signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from station.services.bench import Bench, BenchEvent
from station.ui.tasks import SerialExecutor

log = logging.getLogger(__name__)


class BenchController(QObject):
    event = Signal(object)  # BenchEvent, on the GUI thread, in the order the calls were made
    failed = Signal(str)  # the call did not happen (database down ...): the packer must know
    resumed = Signal(object)  # BenchEvent | None: start-up resume finished
    # (BenchEvent, retry): the bench wants a supervisor (extra["needs_approval"]); call retry(approver)
    # once one approved, and the same action runs again, approved (issue 7)
    approval_needed = Signal(object, object)

    def __init__(self, bench: Bench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.executor = SerialExecutor("bench", self)
        self.pending = 0  # calls submitted and not answered yet

    def _submit(self, fn: Callable[[], BenchEvent | None], what: str, signal=None,
                retry: Callable[[object], BenchEvent | None] | None = None) -> None:
        self.pending += 1

        def done(event: BenchEvent | None) -> None:
            self.pending -= 1
            if signal is not None:
                signal.emit(event)
            elif event is not None:
                self.event.emit(event)
                if retry is not None and event.extra.get("needs_approval"):
                    self.approval_needed.emit(event, lambda approver: self._submit(
                        lambda: retry(approver), f"{what} (approved)"))

        def error(exc: BaseException) -> None:
            self.pending -= 1
            log.error("bench call %s failed", what, exc_info=exc)
            detail = str(exc).splitlines()[0] if str(exc) else ""
            self.failed.emit(f"{what} was NOT saved ({exc.__class__.__name__}: {detail}). Scan it again.")

        self.executor.submit(fn, done, error)

    # -- what the packer does ----------------------------------------------------------------
    def scan(self, raw: str) -> None:
        self._submit(lambda: self.bench.scan(raw), "The scan",
                     retry=lambda approver: self.bench.scan(raw, approver=approver))

    def bare_enter(self) -> None:
        self._submit(self.bench.bare_enter, "Enter", retry=lambda approver: self.bench.acknowledge(approver=approver))

    def acknowledge(self) -> None:
        self._submit(self.bench.acknowledge, "The acknowledgement",
                     retry=lambda approver: self.bench.acknowledge(approver=approver))

    def close_order(self, message: str = "Order set aside") -> None:
        self._submit(lambda: self.bench.close(message), "Setting the order aside")

    def resume(self, recover: Callable[[Bench], BenchEvent | None] | None = None) -> None:
        """Reopen the order this station had open; ``recover(bench)`` instead when shipping is installed."""
        fn = (lambda: recover(self.bench)) if recover is not None else self.bench.resume
        self._submit(fn, "Reopening the last order", self.resumed)

    def amazon_cancelled(self, order_id: str) -> None:
        """The sync saw ``order_id`` cancelled on Amazon: if it is on the bench, stop loudly."""
        self._submit(lambda: self.bench.amazon_cancelled(order_id), "The cancellation stop")

    def run(self, fn: Callable[[Bench], BenchEvent | None], what: str = "The action") -> None:
        """Any other bench action (ship-and-confirm, reprint ...), on the same thread and in order."""
        self._submit(lambda: fn(self.bench), what)

    def shutdown(self) -> bool:
        return self.executor.shutdown()
