"""A restartable daemon thread with stop/wake events: the shape of every periodic worker (sync, outbox)."""

from __future__ import annotations

import threading


class BackgroundLoop:
    """Subclasses implement ``_run`` (loop until ``self._stop`` is set, sleeping with ``_pause``)."""

    thread_name = "worker"

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self):
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
            self._thread.start()
        return self

    def wake(self) -> None:
        """Do the next pass now instead of at the end of the pause."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _pause(self, seconds: float) -> None:
        """Sleep until the next pass is due, ``wake()`` or ``stop()``."""
        self._wake.wait(seconds)
        self._wake.clear()

    def _run(self) -> None:
        raise NotImplementedError
