"""A diagnostics zip for a support request: logs, settings, versions, devices, database state.

Nothing secret and no buyer data goes in: settings carry no secrets by design and are filtered
again here; log lines pass through ``station.logs.redact`` a second time, with the station's own
credentials registered so even a value that slipped into a log by mistake comes out as ``***``;
the database part holds counts and revisions only.
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
import platform
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station import __version__, paths
from station.logs import log_file, redact, register_secret

if TYPE_CHECKING:  # Qt only for the Help-menu action, imported there
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from station.app import AppContext

log = logging.getLogger(__name__)

PACKAGES = ("packing-station", "PySide6", "SQLAlchemy", "alembic", "python-amazon-sp-api", "reportlab",
            "python-barcode", "pyserial", "keyring", "psycopg", "cryptography", "babel", "platformdirs",
            "jsonschema", "pillow")
SECRET_KEY = re.compile(r"(?i)secret|token|password|passwd|credential|api[_-]?key")
MAX_LOG_BYTES = 20_000_000  # the rotated set is ~12 MB; anything bigger is not ours


def _versions() -> dict[str, Any]:
    packages = {}
    for name in PACKAGES:
        try:
            packages[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            packages[name] = None
    info: dict[str, Any] = {
        "station": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": sys.version,
        "platform": platform.platform(),
        "machine": platform.machine(),
        "packages": packages,
    }
    try:
        from PySide6 import QtCore, __version__ as pyside_version

        info["qt"] = {"runtime": QtCore.qVersion(), "pyside6": pyside_version}
    except Exception as exc:  # noqa: BLE001 - a broken Qt is exactly what support wants to know
        info["qt"] = {"error": f"{exc.__class__.__name__}: {exc}"}
    return info


def _serial_ports() -> list[dict[str, Any]] | dict[str, str]:
    try:
        from serial.tools import list_ports

        return [{"device": p.device, "description": p.description, "hwid": p.hwid,
                 "vid": f"{p.vid:04x}" if p.vid is not None else None,
                 "pid": f"{p.pid:04x}" if p.pid is not None else None,
                 "manufacturer": p.manufacturer, "product": p.product}
                for p in sorted(list_ports.comports(), key=lambda p: p.device)]
    except Exception as exc:  # noqa: BLE001
        return {"error": f"{exc.__class__.__name__}: {exc}"}


def _hid_devices() -> list[dict[str, Any]] | dict[str, str]:
    """USB HID devices (point-of-sale scales are read this way): ids and names only."""
    try:
        import hid

        return [{"vid": f"{d['vendor_id']:04x}", "pid": f"{d['product_id']:04x}",
                 "manufacturer": d.get("manufacturer_string"), "product": d.get("product_string"),
                 "usage_page": d.get("usage_page")} for d in hid.enumerate()]
    except Exception as exc:  # noqa: BLE001 - hidapi missing or no permission: say so
        return {"error": f"{exc.__class__.__name__}: {exc}"}


def _run(command: list[str]) -> str | None:
    if shutil.which(command[0]) is None:
        return None
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"{exc.__class__.__name__}: {exc}"
    return (done.stdout + done.stderr).strip()


def _printers() -> dict[str, Any]:
    printers: dict[str, Any] = {}
    if sys.platform != "win32":
        printers["cups_queues"] = _run(["lpstat", "-e"])  # queue names
        printers["cups_devices"] = _run(["lpstat", "-v"])  # queue -> device URI
        printers["cups_default"] = _run(["lpstat", "-d"])
    else:
        printers["windows"] = _run(["powershell", "-NoProfile", "-Command",
                                    "Get-Printer | Select-Object Name,DriverName,PortName | ConvertTo-Json"])
    return printers


def _settings(ctx: "AppContext") -> dict[str, Any]:
    settings = ctx.settings
    values = {k: v for k, v in settings.as_dict().items() if not SECRET_KEY.search(k)}
    result: dict[str, Any] = {"file_exists": settings.exists, "values": values}
    if settings.problem:
        result["problem"] = settings.problem
    return result


def _credentials_summary() -> dict[str, Any]:
    """Which credentials the station has (never their values), and their values registered for redaction."""
    try:
        from station.amazon.credentials import from_environment, load_credentials

        creds = load_credentials()
        if creds is None:
            return {"present": False}
        register_secret(creds.client_secret, creds.refresh_token)
        return {"present": True, "complete": creds.complete,
                "source": "environment" if from_environment() is not None else "keyring"}
    except Exception as exc:  # noqa: BLE001
        return {"error": exc.__class__.__name__}


def _database(ctx: "AppContext") -> dict[str, Any]:
    """Schema revision, backups and row counts: enough to see the state of things, no buyer data."""
    from sqlalchemy import inspect, text
    from sqlalchemy.engine import make_url

    from station.store.db import Store
    from station.store.upgrade import current_revisions, head_revisions

    info: dict[str, Any] = {"url": make_url(ctx.database_url).render_as_string(hide_password=True)}
    store = Store(ctx.database_url)
    try:
        info["revisions"] = list(current_revisions(store.engine))
        info["app_revisions"] = sorted(head_revisions(store.engine))
        with store.engine.connect() as db:
            tables = set(inspect(db).get_table_names())
            counts = {}
            for table, column in (("orders", "pack_status"), ("outbox", "status")):
                if table in tables:
                    counts[table] = {str(k): n for k, n in db.execute(
                        text(f"SELECT {column}, count(*) FROM {table} GROUP BY {column}"))}
            if "scans" in tables:
                counts["scans"] = db.execute(text("SELECT count(*) FROM scans")).scalar()
            info["counts"] = counts
            if "outbox" in tables:  # the last errors of failed uploads: Amazon's messages, no buyer data
                info["outbox_errors"] = [
                    {"order_id": r[0], "kind": r[1], "status": r[2], "attempts": r[3], "last_error": r[4]}
                    for r in db.execute(text(
                        "SELECT order_id, kind, status, attempts, last_error FROM outbox "
                        "WHERE last_error IS NOT NULL ORDER BY id DESC LIMIT 20"))]
    except Exception as exc:  # noqa: BLE001 - a database that does not open is the support case itself
        info["error"] = f"{exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    finally:
        store.dispose()
    backups = ctx.data_dir / "backups"
    info["backups"] = sorted(p.name for p in backups.glob("*.db")) if backups.is_dir() else []
    return info


def _log_files() -> list[Path]:
    try:
        current = log_file()
    except OSError:
        return []
    return sorted(p for p in current.parent.glob(current.name + "*") if p.is_file())


def write_diagnostics_zip(ctx: "AppContext", path: str | Path) -> Path:
    """Write the diagnostics zip to ``path`` and return it. Safe to call from any thread."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    credentials = _credentials_summary()  # first: registers the secret values for redaction below
    parts: dict[str, Any] = {
        "versions.json": _versions(),
        "settings.json": _settings(ctx),
        "devices.json": {"serial_ports": _serial_ports(), "hid_devices": _hid_devices(), "printers": _printers()},
        "database.json": _database(ctx),
        "station.json": {"created": datetime.now(timezone.utc).isoformat(), "station": ctx.station_name,
                         "data_dir": str(ctx.data_dir), "log_dir": str(paths.log_dir()), "demo": ctx.demo,
                         "credentials": credentials},
    }
    tmp = path.with_name(f".{path.name}.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, redact(json.dumps(data, indent=2, ensure_ascii=False, default=str)))
        budget = MAX_LOG_BYTES
        for log_path in _log_files():
            raw = log_path.read_bytes()[-budget:]
            budget -= len(raw)
            archive.writestr(f"logs/{log_path.name}", redact(raw.decode("utf-8", errors="replace")))
            if budget <= 0:
                break
    tmp.replace(path)
    log.info("diagnostics written to %s", path)
    return path


def default_file_name() -> str:
    return f"station-diagnostics-{datetime.now():%Y%m%d-%H%M}.zip"


def diagnostics_action(parent: "QWidget", ctx: "AppContext") -> "QAction":
    """A Help-menu action: asks where to save, writes the zip off the GUI thread, says where it went."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from station.ui.tasks import Pool

    def tr(text: str) -> str:
        return QCoreApplication.translate("Diagnostics", text)

    action = QAction(tr("Save diagnostics for support…"), parent)
    action.setObjectName("diagnosticsAction")
    pool = Pool(action, max_threads=1)

    def done(written: Path) -> None:
        action.setEnabled(True)
        QMessageBox.information(parent, tr("Diagnostics saved"),
                                tr("Saved {path}.\nSend this file with your support request; it holds no "
                                   "passwords and no customer addresses.").format(path=written))

    def failed(exc: BaseException) -> None:
        action.setEnabled(True)
        QMessageBox.warning(parent, tr("Diagnostics not saved"),
                            tr("The diagnostics file could not be written: {reason}").format(reason=exc))

    def trigger() -> None:
        folder = (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
                  or str(Path.home()))
        chosen, _ = QFileDialog.getSaveFileName(parent, tr("Save diagnostics"), str(Path(folder) / default_file_name()),
                                                tr("Zip files (*.zip)"))
        if not chosen:
            return
        action.setEnabled(False)
        pool.run(lambda: write_diagnostics_zip(ctx, chosen), done, failed)

    action.triggered.connect(trigger)
    return action
