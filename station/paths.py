"""Where a station keeps its files (platformdirs), honouring --data-dir and STATION_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "packing-station"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    chosen = explicit or os.environ.get("STATION_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    path = Path(chosen).expanduser()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)  # buyer data lives here: user-only
    return path


def log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
