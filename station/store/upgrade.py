"""Start-up upgrade of a station's database: version check, backup, Alembic migration.

Order of work, on every start:

1. a database whose revision this app does not know was made by a newer app: refuse it, and
   name the version to install (read from ``station_versions``, which every app writes after it
   upgrades, so an older app can still read who brought the schema where);
2. if a migration is pending, copy the database first (SQLite: the online backup API into
   ``<data-dir>/backups/``, the last few kept);
3. migrate to head and record ``(revision, app version)``.

On PostgreSQL several stations share one database, so steps 1 to 3 run under an advisory
lock: one station migrates, the others wait and then find nothing left to do.
"""

from __future__ import annotations

import ast
import contextlib
import logging
import sqlite3
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Column, DateTime, Engine, MetaData, String, Table, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from station import __version__
from station.store.db import MIGRATIONS, Store, StoreError, alembic_config

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

KEEP_BACKUPS = 5
BACKUP_PREFIX = "station-"
# The first key of pg_advisory_lock(int, int); the second is the schema's hash, so stations on
# one schema queue up while test runs on other schemas of the same server do not.
PG_LOCK_CLASS = 0x5354  # "ST"

# Deliberately outside station.store.models: this table's shape must never change, because apps
# of every version read it (migration 0010 creates it).
_versions_metadata = MetaData()
station_versions = Table(
    "station_versions", _versions_metadata,
    Column("revision", String(64), primary_key=True),
    Column("app_version", String(40), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
)


class DatabaseTooNew(StoreError):
    """The database was upgraded by a newer app; this one must not touch it."""


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str | None
    backup: Path | None = None

    @property
    def migrated(self) -> bool:
        return self.from_revision != self.to_revision


def _script(engine: Engine) -> "ScriptDirectory":
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine))


def shipped_heads(versions: Path = MIGRATIONS / "versions") -> set[str]:
    """The head revision(s) of the migrations shipped with this app, read from the revision files'
    ``revision``/``down_revision`` assignments without importing Alembic (it is slow to import,
    and on a normal start there is nothing to migrate)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if name in ("revision", "down_revision"):
                    value = ast.literal_eval(node.value)
                    values = value if isinstance(value, (tuple, list)) else (value,) if value else ()
                    (revisions if name == "revision" else parents).update(values)
    return revisions - parents


def stored_revisions(engine: Engine) -> tuple[str, ...]:
    """What alembic_version says, by plain SQL (no Alembic import); empty for a new database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return ()
        return tuple(sorted(row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))))


def head_revisions(engine: Engine) -> set[str]:
    """The newest revision(s) this app ships."""
    return set(_script(engine).get_heads())


def current_revisions(engine: Engine) -> tuple[str, ...]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return tuple(MigrationContext.configure(connection).get_current_heads())


def recorded_app_version(engine: Engine, revision: str) -> str | None:
    """The app version that brought this database to ``revision``, if it was recorded."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("station_versions"):
            return None
        return connection.execute(
            select(station_versions.c.app_version).where(station_versions.c.revision == revision)).scalar()


def check_not_newer(store: Store, script: ScriptDirectory | None = None) -> None:
    """Raise DatabaseTooNew when the database is at a revision this app does not ship."""
    script = script or _script(store.engine)
    known = {rev.revision for rev in script.walk_revisions()}
    for revision in current_revisions(store.engine):
        if revision in known:
            continue
        needed = recorded_app_version(store.engine, revision)
        wanted = f"Packing Station {needed} or newer" if needed else "the newest Packing Station"
        raise DatabaseTooNew(
            f"This database was upgraded by a newer version of Packing Station (schema {revision}); "
            f"this is version {__version__}. Install {wanted} on this station. "
            "The database was not changed.")


def _record_version(engine: Engine, revision: str | None) -> None:
    if revision is None:
        return
    with engine.begin() as connection:
        if not inspect(connection).has_table("station_versions"):
            return
        exists = connection.execute(
            select(station_versions.c.revision).where(station_versions.c.revision == revision)).first()
        if exists is None:
            with contextlib.suppress(IntegrityError):  # another process recorded it a moment ago
                with connection.begin_nested():
                    connection.execute(station_versions.insert().values(
                        revision=revision, app_version=__version__, recorded_at=datetime.now(timezone.utc)))


def sqlite_file(store: Store) -> Path | None:
    database = make_url(store.url).database
    if not store.is_sqlite or not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def backup_sqlite(database: Path, backup_dir: Path, revision: str | None, keep: int = KEEP_BACKUPS) -> Path:
    """Copy a live SQLite database with the online backup API (consistent even while others write)."""
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)  # the copy holds buyer data: user-only
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"{BACKUP_PREFIX}{stamp}-rev{revision or 'none'}.db"
    source = sqlite3.connect(database, timeout=30)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    target.chmod(0o600)
    prune_backups(backup_dir, keep)
    log.info("database backed up to %s", target)
    return target


def prune_backups(backup_dir: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` backups (names sort by time); returns the deleted ones."""
    backups = sorted(backup_dir.glob(f"{BACKUP_PREFIX}*.db"))
    doomed = backups[:-keep] if keep > 0 else backups
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


@contextlib.contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, hold a session advisory lock so only one station migrates at a time."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        key = zlib.crc32(str(connection.exec_driver_sql("SELECT current_schema()").scalar()).encode()) - 2**31
        keys = {"a": PG_LOCK_CLASS, "b": key}
        if not connection.execute(text("SELECT pg_try_advisory_lock(:a, :b)"), keys).scalar():
            log.info("another station is upgrading the database; waiting for it to finish")
            connection.execute(text("SELECT pg_advisory_lock(:a, :b)"), keys)
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:a, :b)"), keys)


# One upgrade at a time in a process: reading the revision files compiles Python, and CPython 3.11's
# compiler run from several threads at once fails ("AST constructor recursion depth mismatch").
# Other processes queue on migration_lock.
_upgrading = threading.Lock()


def upgrade_store(store: Store, backup_dir: Path | None = None, keep: int = KEEP_BACKUPS) -> UpgradeResult:
    """Check, back up and migrate ``store`` to this app's newest schema. Safe to call on every start."""
    with _upgrading:
        return _upgrade(store, backup_dir, keep)


def _upgrade(store: Store, backup_dir: Path | None, keep: int) -> UpgradeResult:
    try:
        heads = shipped_heads()
    except (OSError, SyntaxError, ValueError):  # unreadable revision files: let Alembic say what is wrong
        heads = set()
    if heads and set(stored_revisions(store.engine)) == heads:
        return UpgradeResult(",".join(sorted(heads)), ",".join(sorted(heads)))  # the usual start: up to date
    from alembic import command

    script = _script(store.engine)
    heads = set(script.get_heads())  # one, by the team's rule; a forgotten merge must not stop a bench
    with migration_lock(store.engine):
        check_not_newer(store, script)
        current = current_revisions(store.engine)
        before = ",".join(sorted(current)) or None
        after = ",".join(sorted(heads))
        backup = None
        if set(current) != heads:
            database = sqlite_file(store)
            if current and database is not None and database.exists():
                backup = backup_sqlite(database, backup_dir or database.parent / "backups", before, keep)
            elif current and not store.is_sqlite:
                log.info("PostgreSQL: back the database up with the server's own tools (pg_dump)")
            log.info("upgrading the database from %s to %s", before or "empty", after)
            command.upgrade(alembic_config(store.engine), "heads")
        for head in heads:
            _record_version(store.engine, head)
    return UpgradeResult(before, after, backup)
