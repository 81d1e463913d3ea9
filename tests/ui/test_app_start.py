"""`station` as a process: opens straight into the window and logs `ready for scans` (DESIGN.md 3.1)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest


def _run_until_ready(args: list[str], timeout: float = 60) -> tuple[list[str], int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STATION_NO_LOG_FILE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "station", *args], env=env, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stderr:
            lines.append(line)
            if "ready for scans" in line:
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        ready.wait(timeout)
    finally:
        proc.terminate()
        code = proc.wait(20)
    return lines, code


def test_a_configured_station_is_ready_for_scans_and_a_damaged_settings_file_is_no_crash(tmp_path):
    from station.settings import Settings

    Settings(tmp_path).set("station.name", "bench-7")
    (tmp_path / "settings.json").write_text("{ damaged", encoding="utf-8")  # set aside, not a crash
    lines, code = _run_until_ready(["--data-dir", str(tmp_path)])
    assert any("ready for scans" in line for line in lines), "".join(lines)
    assert not any("Traceback" in line for line in lines), "".join(lines)
    assert list(tmp_path.glob("settings.json.corrupt-*"))


@pytest.mark.slow
def test_demo_is_ready_for_scans_with_orders_from_the_sandbox(tmp_path):
    from station.store.db import open_store
    from station.store.repositories import OrderRepository

    lines, _ = _run_until_ready(["--demo", "--data-dir", str(tmp_path)], timeout=90)
    assert any("ready for scans" in line for line in lines), "".join(lines)
    store = open_store(f"sqlite:///{tmp_path / 'station.db'}", migrate=False)
    with store.session() as db:
        assert OrderRepository(db).count_by_status().get("new", 0) > 10  # the real sync brought them
    store.dispose()
