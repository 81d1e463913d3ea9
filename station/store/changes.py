"""A cheap "something changed" signal for every station's queue (issue 7).

PostgreSQL: statement triggers on orders, scans, packages, outbox and order_claims add a row to
``station_changes`` and ``pg_notify('station_changes', ...)`` (delivered at commit).
SQLite: row triggers bump ``change_version.version``.

Two ways to use it from the queue model (never on the GUI thread if the database is remote):
- poll: ``ChangeFeed(store).version()`` every second or two and refresh when the token differs;
- listen: ``ChangeListener(store, callback).start()`` (PostgreSQL LISTEN; on SQLite it polls).

The PostgreSQL token is (rows visible, highest id) of that journal: it moves exactly when a
changing transaction commits, however long it ran. Old journal rows are pruned now and then.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import text

from station.store.db import Store

log = logging.getLogger(__name__)

CHANNEL = "station_changes"
PRUNE_ABOVE = 20_000  # journal rows kept; pruning makes every station refresh once, nothing more
WATCHED = ("orders", "scans", "packages", "outbox", "order_claims")

# (trigger name, SQL) for SQLite; created by the migration and again at start-up (IF NOT EXISTS),
# because a batch ALTER of a watched table in a later migration recreates the table without them.
SQLITE_TRIGGERS: list[tuple[str, str]] = []
for _table in WATCHED:
    for _event in ("INSERT", "UPDATE", "DELETE"):
        if _table == "scans" and _event != "INSERT":
            continue
        _on = f"UPDATE OF station ON {_table}" if (_table, _event) == ("order_claims", "UPDATE") else \
            f"{_event} ON {_table}"
        _name = f"station_chg_{_table}_{_event.lower()}"
        SQLITE_TRIGGERS.append((_name, f"CREATE TRIGGER IF NOT EXISTS {_name} AFTER {_on} BEGIN "
                                       "UPDATE change_version SET version = version + 1 WHERE id = 1; END"))


def ensure_sqlite_triggers(connection) -> None:
    connection.execute(text("CREATE TABLE IF NOT EXISTS change_version "
                            "(id INTEGER PRIMARY KEY, version INTEGER NOT NULL)"))
    connection.execute(text("INSERT OR IGNORE INTO change_version (id, version) VALUES (1, 0)"))
    for _name, sql in SQLITE_TRIGGERS:
        connection.execute(text(sql))


class ChangeFeed:
    """``version()``: an opaque token that differs whenever another station (or this one) changed
    orders, scans, packages, uploads or claims. Compare with ``!=``; it is not ordered."""

    def __init__(self, store: Store) -> None:
        self.store = store
        if store.is_sqlite:
            with store.engine.begin() as connection:
                ensure_sqlite_triggers(connection)

    def version(self) -> str:
        with self.store.engine.connect() as connection:
            if self.store.is_sqlite:
                return str(connection.execute(text("SELECT version FROM change_version WHERE id = 1")).scalar())
            count, top = connection.execute(text("SELECT count(*), coalesce(max(id), 0) FROM station_changes")).one()
            if count > PRUNE_ABOVE:
                connection.execute(text("DELETE FROM station_changes WHERE id <= :keep_above"),
                                   {"keep_above": top - PRUNE_ABOVE // 2})
                connection.commit()
            return f"{count}.{top}"

    def changed_since(self, token: str | None) -> tuple[bool, str]:
        current = self.version()
        return current != token, current


class ChangeListener(threading.Thread):
    """Calls ``callback()`` (on this thread) soon after any station commits a change.

    PostgreSQL: LISTEN on its own connection, with ``poll_s`` as a fallback wake-up; SQLite (one
    bench): polls ``ChangeFeed.version`` every ``poll_s``. The callback must be thread-safe (in Qt:
    emit a signal; the queue model reloads on the GUI side of a queued connection).
    """

    def __init__(self, store: Store, callback: Callable[[], None], poll_s: float = 2.0) -> None:
        super().__init__(name="change-listener", daemon=True)
        self.store = store
        self.callback = callback
        self.poll_s = poll_s
        self._halt = threading.Event()
        self.feed = ChangeFeed(store)

    def stop(self) -> None:
        self._halt.set()

    def run(self) -> None:
        token = None
        while not self._halt.is_set():
            try:
                if self.store.is_sqlite:
                    token = self._poll(token)
                    self._halt.wait(self.poll_s)
                else:
                    token = self._listen(token)
            except Exception as exc:  # noqa: BLE001 - a lost database connection: retry, never die
                log.warning("change listener: %s: %s", exc.__class__.__name__, str(exc).splitlines()[0:1])
                self._halt.wait(min(self.poll_s * 2, 10))

    def _poll(self, token: str | None) -> str:
        changed, token_now = self.feed.changed_since(token)
        if changed and token is not None:
            self.callback()
        return token_now

    def _listen(self, token: str | None) -> str | None:
        raw = self.store.engine.raw_connection()
        dbapi = raw.driver_connection
        raw.detach()  # our own autocommit connection, never handed back to the pool
        try:
            dbapi.autocommit = True
            dbapi.execute(f"LISTEN {CHANNEL}")
            token = self._poll(token)
            last_poll = time.monotonic()
            while not self._halt.is_set():
                # psycopg 3: notifies() returns after a notification or the timeout (to notice stop())
                got = any(True for _ in dbapi.notifies(timeout=1.0, stop_after=1))
                if got:
                    token = self.feed.version()
                    self.callback()
                elif time.monotonic() - last_poll >= self.poll_s:
                    token = self._poll(token)  # fallback: a missed NOTIFY is still seen
                    last_poll = time.monotonic()
        finally:
            raw.close()
        return token


__all__ = ["ChangeFeed", "ChangeListener", "CHANNEL", "ensure_sqlite_triggers"]
