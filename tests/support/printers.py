"""A raw 9100 'printer' on 127.0.0.1 for the print tests and benchmarks."""

from __future__ import annotations

import socket
import threading
import time


class RawPrinter:
    """Every connection that carries bytes is one job; a connection without any (a liveness probe) is not.

    ``jobs`` holds each job's bytes and ``last_byte_at`` the perf_counter time its last byte arrived.
    """

    def __init__(self, port: int = 0) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.jobs: list[bytes] = []
        self.last_byte_at: list[float] = []
        self.arrived = threading.Condition()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                data, last_at = self._receive(conn)
            if data:
                with self.arrived:
                    self.jobs.append(data)
                    self.last_byte_at.append(last_at)
                    self.arrived.notify_all()

    def _receive(self, conn: socket.socket, data: bytes = b"") -> tuple[bytes, float]:
        """Read one job to the end of the connection (a subclass may answer status queries first)."""
        last_at = time.perf_counter()
        while chunk := conn.recv(65536):
            data += chunk
            last_at = time.perf_counter()
        return data, last_at

    def wait_jobs(self, count: int, timeout: float = 10.0) -> list[bytes]:
        """The jobs so far once ``count`` have arrived (fewer if ``timeout`` runs out first)."""
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.jobs) >= count, timeout)
            return list(self.jobs)

    def close(self) -> None:
        self.sock.close()


class DictSettings(dict):
    """Settings for a device under test: ``get`` as station.settings.Settings has it."""

    def get(self, name, default=None):
        return super().get(name, default)


def free_port() -> int:
    """A local port nobody listens on (a printer that is switched off)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
