"""AppContext: the one place that wires settings, store and identity for a command or the GUI."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from station import paths
from station.settings import Settings
from station.store.db import Store, open_store, sqlite_url


@dataclass
class AppContext:
    data_dir: Path
    database_url: str
    demo: bool = False
    _store: Store | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args) -> "AppContext":
        data_dir = paths.data_dir(getattr(args, "data_dir", None))
        url = getattr(args, "database_url", None) or os.environ.get("STATION_DATABASE_URL") or sqlite_url(data_dir)
        return cls(data_dir=data_dir, database_url=url, demo=bool(getattr(args, "demo", False)))

    @cached_property
    def settings(self) -> Settings:
        return Settings(self.data_dir)

    @property
    def store(self) -> Store:
        """The store, migrated to this app's schema on first use."""
        if self._store is None:
            self._store = open_store(self.database_url)
        return self._store

    @property
    def station_name(self) -> str:
        return self.settings.get("station.name") or socket.gethostname()

    @property
    def printed_dir(self) -> Path:
        return self.data_dir / "printed"

    def close(self) -> None:
        if self._store is not None:
            self._store.dispose()
            self._store = None
