"""Shared fixtures: a store on SQLite and, when STATION_TEST_DATABASE_URL is set, on PostgreSQL too.

Each PostgreSQL test gets its own schema, dropped at the end, so runs never see each other's rows.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("STATION_NO_LOG_FILE", "1")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
# One buyer-data key for every test process, so nothing is written to the real user data folder.
os.environ.setdefault("STATION_DATA_KEY", "dGVzdC1rZXktdGVzdC1rZXktdGVzdC1rZXktdGVzdC0=")

PG_URL = os.environ.get("STATION_TEST_DATABASE_URL")
ENGINES = ["sqlite"] + (["postgresql"] if PG_URL else [])


def pg_schema_url(base_url: str, schema: str) -> str:
    url = make_url(base_url)
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@pytest.fixture
def pg_schema():
    """A fresh PostgreSQL schema; yields its URL; dropped afterwards."""
    if not PG_URL:
        pytest.skip("STATION_TEST_DATABASE_URL not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield pg_schema_url(PG_URL, schema)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=ENGINES)
def database_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'station.db'}"
    else:
        yield request.getfixturevalue("pg_schema")


@pytest.fixture
def store(database_url):
    from station.store.db import open_store

    store = open_store(database_url)
    yield store
    store.dispose()


@pytest.fixture
def seeded(store):
    """A store holding two orders and their products; returns (store, [orders], {sku: product})."""
    from support.orders import seed_orders

    return (store, *seed_orders(store))
