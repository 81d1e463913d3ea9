"""Background work for the GUI, after Anki's taskman: one serial executor, one I/O pool.

- ``SerialExecutor``: ONE QThread that runs what it is given strictly in order. The bench
  (every scan and its database commit) lives there, so scans are never reordered and the
  GUI thread never waits on the database.
- ``run_in_pool``: small independent jobs (queue read model, images, sync status) on the
  global QThreadPool.

Either way the result (or the exception) comes back to a callback on the GUI thread through
a queued signal. Callbacks of a receiver that was destroyed meanwhile are dropped.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None] | None
ErrorCallback = Callable[[BaseException], None] | None


class _Relay(QObject):
    """Lives on the GUI thread; receives finished jobs by queued signal and calls their callbacks."""

    done = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done.connect(self._finish)

    @Slot(object)
    def _finish(self, packet: tuple) -> None:
        on_done, on_error, result, error = packet
        try:
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    log.error("background job failed", exc_info=error)
            elif on_done is not None:
                on_done(result)
        except RuntimeError as exc:  # the receiving widget was closed meanwhile
            if "already deleted" not in str(exc):
                raise


class _SerialThread(QThread):
    def __init__(self, jobs: "queue.Queue", relay: _Relay, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._jobs = jobs
        self._relay = relay

    def run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            fn, on_done, on_error = job
            try:
                result, error = fn(), None
            except Exception as exc:  # noqa: BLE001 - handed to the GUI, which shows it
                result, error = None, exc
            self._relay.done.emit((on_done, on_error, result, error))


class SerialExecutor(QObject):
    """Runs callables one after another on a single worker thread, in submission order."""

    def __init__(self, name: str = "bench", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue = queue.Queue()
        self._relay = _Relay(self)
        self._thread = _SerialThread(self._jobs, self._relay, name)
        self._thread.start()
        self._closed = False

    def submit(self, fn: Callable[[], Any], on_done: Callback = None, on_error: ErrorCallback = None) -> None:
        if self._closed:
            raise RuntimeError("executor is shut down")
        self._jobs.put((fn, on_done, on_error))

    @property
    def backlog(self) -> int:
        return self._jobs.qsize()

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Finish what was submitted (every scan must be committed), then stop the thread."""
        if self._closed:
            return True
        self._closed = True
        self._jobs.put(None)
        return self._thread.wait(timeout_ms)


class _PoolJob(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, on_done: Callback, on_error: ErrorCallback) -> None:
        super().__init__()
        self.fn, self.relay, self.on_done, self.on_error = fn, relay, on_done, on_error

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # noqa: BLE001 - handed to the GUI
            result, error = None, exc
        try:
            self.relay.done.emit((self.on_done, self.on_error, result, error))
        except RuntimeError:  # the window (and its relay) closed while this ran: nobody to tell
            log.debug("background result dropped: its receiver is gone")


class Pool(QObject):
    """Independent background jobs on the global thread pool, results on the GUI thread."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 3) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)

    def run(self, fn: Callable[[], Any], on_done: Callback = None, on_error: ErrorCallback = None) -> None:
        self._pool.start(_PoolJob(fn, self._relay, on_done, on_error))

    def wait(self, timeout_ms: int = 10000) -> bool:
        return self._pool.waitForDone(timeout_ms)
