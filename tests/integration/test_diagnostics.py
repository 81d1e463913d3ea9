"""Diagnostics zip and log redaction: what support needs is there, no secret and no buyer data is."""

from __future__ import annotations

import json
import logging
import logging.handlers
import zipfile

import pytest

from station import __version__, paths
from station.app import AppContext
from station.diagnostics import write_diagnostics_zip
from station.logs import FORMAT, ContextFilter, RedactingFormatter, log_context, redact, register_secret
from station.store.db import open_store, sqlite_url

CLIENT_ID = "amzn1.application-oa2-client.0123456789abcdef"
CLIENT_SECRET = "amzn1.oa2-cs.v1.9f8e7d6c5b4a39281706f5e4d3c2b1a0"
REFRESH = "Atzr|IwEBIA-refresh-token-value-that-must-never-leak-1234567890"
ACCESS = "Atza|IwEBIP-access-token-value-that-must-never-leak-0987654321"
RDT = "Atz.sprdt|IQEBLjAsAhRmHjNgHpi0U-Dme37rR6CuUpSREXAMPLE"
ODD_SECRET = "plain-looking-s3cret-without-a-shape"  # only the registered value catches this one
SECRETS = (CLIENT_SECRET, REFRESH, ACCESS, RDT, ODD_SECRET, "IwEBIA-refresh", "IwEBIP-access", "IQEBLjAsAhRm",
           "pg-passw0rd")


@pytest.fixture
def log_folder(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    folder.mkdir()
    monkeypatch.setattr(paths, "log_dir", lambda: folder)
    return folder


@pytest.fixture
def ctx(tmp_path, monkeypatch):
    monkeypatch.setenv("STATION_LWA_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("STATION_LWA_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("STATION_LWA_REFRESH_TOKEN", REFRESH)
    data = tmp_path / "data"
    data.mkdir()
    context = AppContext(data_dir=data, database_url=sqlite_url(data))
    context.settings.set("station.name", "bench-7")
    context.settings.set("printers.label", "tcp://192.168.1.40:9100")
    open_store(context.database_url).dispose()
    yield context
    context.close()


def _file_logger(path, name: str) -> logging.Logger:
    """A logger wired as station.logs wires the file handler."""
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(RedactingFormatter(FORMAT))
    handler.addFilter(ContextFilter())
    logger = logging.getLogger(name)
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    return logger


def test_log_lines_are_redacted_and_carry_context(log_folder):
    register_secret(ODD_SECRET)
    logger = _file_logger(log_folder / "station.log", "station.test.redact")
    with log_context(station="bench-7", operator="ana", order="113-1234567-1234567"):
        logger.info("token answer %s", {"access_token": ACCESS, "refresh_token": REFRESH})
        logger.debug("POST /auth/o2/token client_secret=%s&refresh_token=%s", CLIENT_SECRET, REFRESH)
        logger.debug("headers {'Authorization': 'Bearer %s', 'x-amz-access-token': '%s'}", ACCESS, ACCESS)
        logger.info("restricted data token %s for getOrderAddress", RDT)
        logger.warning("odd %s and url postgresql+psycopg://station:pg-passw0rd@db/stations", ODD_SECRET)
        try:
            raise RuntimeError(f"LWA said no to {REFRESH}")
        except RuntimeError:
            logger.exception("sync failed")
    logger.info("after the order")
    text = (log_folder / "station.log").read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in text
    assert "station=bench-7 operator=ana order=113-1234567-1234567" in text
    assert "order=-] after the order" in text
    assert "Traceback" in text and "RuntimeError: LWA said no to ***" in text
    assert "postgresql+psycopg://station:***@db/stations" in text


def test_redact_keeps_what_support_needs():
    line = "order 113-1234567-1234567 scanned 0012345678905 tracking 1Z999AA10123456784 grant_type=refresh_token"
    assert redact(line) == line


def test_diagnostics_zip_has_everything_and_no_secret(ctx, log_folder, tmp_path):
    # a log written by a careless earlier version: the zip redacts again on the way out
    (log_folder / "station.log.1").write_text(
        f"2026-11-23 INFO station.amazon [station=bench-7 operator=ana order=-] refresh {REFRESH} "
        f"secret {CLIENT_SECRET}\n", encoding="utf-8")
    (log_folder / "station.log").write_text(
        f"2026-11-23 INFO station.bench [station=bench-7 operator=ana order=113-1234567-1234567] "
        f"order 113-1234567-1234567 packed; Authorization: Bearer {ACCESS}\n", encoding="utf-8")

    written = write_diagnostics_zip(ctx, tmp_path / "out" / "diag.zip")

    with zipfile.ZipFile(written) as archive:
        names = set(archive.namelist())
        contents = {name: archive.read(name).decode("utf-8") for name in names}
    assert {"versions.json", "settings.json", "devices.json", "database.json", "station.json",
            "logs/station.log", "logs/station.log.1"} <= names
    everything = "\n".join(contents.values())
    for secret in SECRETS:
        assert secret not in everything, secret
    assert "Zoë" not in everything and "Sainte-Catherine" not in everything

    versions = json.loads(contents["versions.json"])
    assert versions["station"] == __version__
    assert versions["packages"]["SQLAlchemy"] and versions["qt"].get("runtime")
    settings = json.loads(contents["settings.json"])
    assert settings["values"]["station.name"] == "bench-7"
    assert settings["values"]["printers.label"] == "tcp://192.168.1.40:9100"
    devices = json.loads(contents["devices.json"])
    assert isinstance(devices["serial_ports"], list) and "printers" in devices and "hid_devices" in devices
    database = json.loads(contents["database.json"])
    assert database["revisions"] and set(database["revisions"]) == set(database["app_revisions"])
    assert "counts" in database
    station = json.loads(contents["station.json"])
    assert station["credentials"] == {"present": True, "complete": True, "source": "environment"}
    assert "order 113-1234567-1234567 packed" in contents["logs/station.log"]


def test_diagnostics_of_a_broken_database_still_written(tmp_path, log_folder):
    data = tmp_path / "data"
    data.mkdir()
    (data / "station.db").write_bytes(b"this is not a database" * 100)
    context = AppContext(data_dir=data, database_url=sqlite_url(data))
    with zipfile.ZipFile(write_diagnostics_zip(context, tmp_path / "d.zip")) as archive:
        database = json.loads(archive.read("database.json"))
    assert "error" in database


def test_process_context_reaches_worker_threads(log_folder):
    import threading

    from station import logs

    logger = _file_logger(log_folder / "station.log", "station.test.threads")
    logs.set_context(station="bench-9", operator="li")
    try:
        worker = threading.Thread(target=lambda: logger.info("from a worker"))
        worker.start()
        worker.join()
        with log_context(order="114-7654321-7654321"):
            logger.info("in the order")
    finally:
        logs.set_context(station="-", operator="-")
    text = (log_folder / "station.log").read_text(encoding="utf-8")
    assert "[station=bench-9 operator=li order=-] from a worker" in text
    assert "[station=bench-9 operator=li order=114-7654321-7654321] in the order" in text
