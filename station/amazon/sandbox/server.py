"""The sandbox over HTTP (stdlib ThreadingHTTPServer), in a background thread or standalone.

    from station.amazon.sandbox.server import start_in_thread
    handle = start_in_thread(orders=40, seed=7)          # port 0: a free port
    handle.url          # "http://127.0.0.1:54321" -> amazon.endpoint
    handle.lwa_url      # handle.url + "/auth/o2/token" -> amazon.lwa_endpoint
    handle.sandbox      # the Sandbox: state, journal, catalog
    handle.stop()

Simulated time: ``start_in_thread(clock=VirtualClock(...))`` -- see clock.py.
"""

from __future__ import annotations

import json
import logging
import socket
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from station.amazon.sandbox.app import LWA_PATH, Sandbox
from station.amazon.sandbox.messages import Request, Response

log = logging.getLogger(__name__)
MAX_BODY = 10 * 1024 * 1024


class _Handler(BaseHTTPRequestHandler):
    server_version = "SP-API-Sandbox/1.0"
    protocol_version = "HTTP/1.1"
    sandbox: Sandbox  # set on the subclass made per server

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.send_error(413)
            return
        body = self.rfile.read(length) if length else b""
        request = Request(
            method=self.command, path=parts.path,
            query={k: v for k, v in parse_qs(parts.query, keep_blank_values=True).items()},
            headers={k.lower(): v for k, v in self.headers.items()}, body=body,
        )
        try:
            response = self.sandbox.handle(request)
        except Exception:  # never a traceback on the wire; Amazon answers 500 too
            log.exception("sandbox failed on %s %s", request.method, request.path)
            response = Response(500, {"errors": [{"code": "InternalFailure",
                                                  "message": "We encountered an internal error. Please try again."}]})
        if response.drop:
            self.close_connection = True
            try:  # RST rather than FIN, as a broken network does
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            except OSError:
                pass
            return
        payload = b"" if response.body is None else json.dumps(response.body, ensure_ascii=False).encode("utf-8")
        if response.raw is not None:
            payload = response.raw
        self.send_response(response.status)
        if payload:
            ctype = "application/json;charset=UTF-8" if request.path != LWA_PATH else "application/json"
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if payload and self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        # Paths carry order ids only; bodies (PII, secrets) are never logged.
        log.debug("sandbox %s", format % args)


class SandboxServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, sandbox: Sandbox, host: str = "127.0.0.1", port: int = 0):
        handler = type("BoundHandler", (_Handler,), {"sandbox": sandbox})
        super().__init__((host, port), handler)
        self.sandbox = sandbox

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


class SandboxHandle:
    """A running sandbox: ``url``, ``lwa_url``, ``sandbox`` and ``stop()``; a context manager."""

    def __init__(self, server: SandboxServer, thread: threading.Thread):
        self.server, self.thread = server, thread
        self.sandbox = server.sandbox
        self.url = server.url
        self.lwa_url = self.url + LWA_PATH

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def __enter__(self) -> "SandboxHandle":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_in_thread(host: str = "127.0.0.1", port: int = 0, **sandbox_options: Any) -> SandboxHandle:
    """Start a sandbox in a daemon thread; options are those of ``Sandbox`` (orders, seed,
    fault_rate, timeline, clock, token_ttl, pii_roles, require_rdt, void_window, ...)."""
    sandbox = sandbox_options.pop("sandbox", None) or Sandbox(**sandbox_options)
    server = SandboxServer(sandbox, host, port)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="sp-api-sandbox",
                              daemon=True)
    thread.start()
    return SandboxHandle(server, thread)
