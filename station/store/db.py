"""Engine, sessions and migrations for one station's store.

SQLite (WAL, one file in the data folder) on a single bench; PostgreSQL by URL
when several stations share one database. Nothing is created at import time.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a migration runs (station.store.upgrade checks without it):
# it costs about half a second of every start otherwise.
log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(RuntimeError):
    """The database cannot be used; the message says why in plain words."""


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{Path(data_dir) / 'station.db'}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer at the bench
    cursor.execute("PRAGMA synchronous=FULL")  # a committed scan survives a power cut, not only a crash
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def alembic_config(engine: Engine) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


class Store:
    """One database: a session factory plus its schema version."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on error. One per caller, never shared."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def head_revision(self) -> str | None:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(alembic_config(self.engine)).get_current_head()

    def migrate(self) -> None:
        """Bring the schema to the newest revision this app knows."""
        from alembic import command

        command.upgrade(alembic_config(self.engine), "head")

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(url: str, migrate: bool = True, backup_dir: Path | None = None) -> Store:
    """Open the database; with ``migrate``, refuse one newer than this app, back it up and upgrade it
    (station.store.upgrade). SQLite backups go to ``backup_dir`` (default: ``backups/`` beside the file)."""
    store = Store(url)
    if migrate:
        from station.store.upgrade import upgrade_store  # imports this module

        try:
            upgrade_store(store, backup_dir=backup_dir)
        except StoreError:
            store.dispose()
            raise
        except Exception as exc:  # noqa: BLE001 - turned into a message for the packer
            store.dispose()
            raise StoreError(f"cannot open the database {make_url(url).render_as_string(hide_password=True)}: "
                             f"{exc.__class__.__name__}: {str(exc).splitlines()[0]}") from exc
    return store
