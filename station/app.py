"""AppContext: the one place that wires settings, store and identity for a command or the GUI."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from station import paths
from station.logs import set_context
from station.security.crypto import cipher_for_dir, install_cipher, set_document_cipher
from station.security.redact import install_log_redaction
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
        ctx = cls(data_dir=data_dir, database_url=url, demo=bool(getattr(args, "demo", False)))
        set_context(station=ctx.station_name)  # every log line of this process names the bench
        return ctx

    @cached_property
    def settings(self) -> Settings:
        return Settings(self.data_dir)

    @property
    def store(self) -> Store:
        """The store, migrated to this app's schema on first use."""
        if self._store is None:
            store = open_store(self.database_url)
            # buyer data and stored documents use this station's key (data folder or keyring), whatever engine
            cipher = cipher_for_dir(self.data_dir)
            install_cipher(store.engine, cipher)
            set_document_cipher(cipher)
            install_log_redaction()
            self._store = store
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
