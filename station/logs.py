"""Logging: stderr plus a rotating file in the platform's log folder, with station/operator/order context."""

from __future__ import annotations

import contextvars
import logging
import logging.handlers
import os
import sys

from station import paths

station_var: contextvars.ContextVar[str] = contextvars.ContextVar("station", default="-")
operator_var: contextvars.ContextVar[str] = contextvars.ContextVar("operator", default="-")
order_var: contextvars.ContextVar[str] = contextvars.ContextVar("order", default="-")

FORMAT = "%(asctime)s %(levelname)s %(name)s [station=%(station)s operator=%(operator)s order=%(order)s] %(message)s"


class ContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.station = station_var.get()
        record.operator = operator_var.get()
        record.order = order_var.get()
        return True


def setup_logging(verbose: bool = False, console: bool = True) -> None:
    """Console: warnings for commands, info for the desktop app (it announces 'ready for scans')."""
    root = logging.getLogger()
    if getattr(root, "_station_configured", False):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    context = ContextFilter()
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.DEBUG if verbose else (logging.WARNING if console else logging.INFO))
    stderr.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    stderr.addFilter(context)
    root.addHandler(stderr)
    if os.environ.get("STATION_NO_LOG_FILE") != "1":
        try:
            handler = logging.handlers.RotatingFileHandler(paths.log_dir() / "station.log",
                                                           maxBytes=2_000_000, backupCount=5, encoding="utf-8")
            handler.setFormatter(logging.Formatter(FORMAT))
            handler.addFilter(context)
            root.addHandler(handler)
        except OSError as exc:  # a read-only home must not stop the bench
            stderr.handle(logging.makeLogRecord({"msg": f"no log file: {exc}", "levelno": logging.WARNING,
                                                 "levelname": "WARNING"}))
    for noisy in ("urllib3", "sp_api", "botocore", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    root._station_configured = True  # type: ignore[attr-defined]
