"""Bundle figures: build time, size on disk, and cold start to 'ready for scans', frozen vs the venv.

Runs with STATION_TEST_BUNDLE=1 (and PyInstaller installed):
    STATION_TEST_BUNDLE=1 pytest tests/benchmarks/test_bundle_bench.py --benchmark-enable -s
(add STATION_BENCH_DROP_CACHES=1 as root for starts with an empty page cache)
STATION_BUNDLE_DIR=dist/station reuses a built bundle (the build time is then not measured).
The figures are printed and kept in the benchmark's extra_info.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.processes import stop

ROOT = Path(__file__).resolve().parents[2]
EXE_NAME = "station.exe" if sys.platform == "win32" else "station"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(os.environ.get("STATION_TEST_BUNDLE") != "1", reason="set STATION_TEST_BUNDLE=1 to build"),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller not installed"),
    pytest.mark.timeout(1800),
]

_built: dict[str, object] = {}


def _bundle(tmp_path_factory) -> Path:
    if "dir" not in _built:
        if os.environ.get("STATION_BUNDLE_DIR"):
            _built["dir"], _built["seconds"] = Path(os.environ["STATION_BUNDLE_DIR"]), None
        else:
            work = tmp_path_factory.mktemp("bench-build")
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "PyInstaller", "packaging/station.spec", "--noconfirm",
                                   "--distpath", str(work / "dist"), "--workpath", str(work / "build")],
                                  cwd=ROOT, capture_output=True, text=True, timeout=1500)
            assert done.returncode == 0, done.stderr[-3000:]
            _built["dir"], _built["seconds"] = work / "dist" / "station", time.perf_counter() - started
    return _built["dir"]  # type: ignore[return-value]


def _size_on_disk(folder: Path) -> int:
    return sum(p.lstat().st_blocks * 512 if hasattr(p.lstat(), "st_blocks") else p.lstat().st_size
               for p in folder.rglob("*") if not p.is_dir())


def test_build_time_and_size(benchmark, tmp_path_factory):
    bundle = benchmark.pedantic(lambda: _bundle(tmp_path_factory), rounds=1, iterations=1)
    size = _size_on_disk(bundle)
    benchmark.extra_info.update({"build_seconds": _built["seconds"], "size_mb": round(size / 1e6, 1),
                                 "files": sum(1 for p in bundle.rglob("*") if p.is_file())})
    print(f"\nbundle: build {_built['seconds'] and round(_built['seconds'], 1)} s, "
          f"{size / 1e6:.1f} MB on disk, {benchmark.extra_info['files']} files")


@pytest.fixture(scope="module")
def sandbox_url():
    from station.amazon.sandbox import start_in_thread

    handle = start_in_thread(orders=60, seed=7, timeline=False)
    yield handle.url
    handle.stop()


def _station_env(tmp_path: Path, url: str, keep_path: bool) -> dict[str, str]:
    env = {"HOME": str(tmp_path / "home"), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "STATION_DATA_DIR": str(tmp_path / "data"), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
           "STATION_LWA_CLIENT_ID": "amzn1.application-oa2-client.bench", "STATION_LWA_CLIENT_SECRET": "s",
           "STATION_LWA_REFRESH_TOKEN": "Atzr|bench", "PATH": os.environ["PATH"] if keep_path else str(tmp_path)}
    return env


def _prepare(command: list[str], env: dict[str, str], url: str, cwd: Path) -> None:
    """A configured station with a synced queue, as on a bench the morning after."""
    for key, value in (("amazon.endpoint", url), ("amazon.lwa_endpoint", f"{url}/auth/o2/token"),
                       ("station.name", "bench-bench")):
        subprocess.run([*command, "config", "set", key, value], env=env, cwd=cwd, check=True, capture_output=True)
    subprocess.run([*command, "sync", "--once"], env=env, cwd=cwd, check=True, capture_output=True, timeout=300)


def _cold_start(command: list[str], env: dict[str, str], cwd: Path, timeout: float = 90) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    try:
        while time.perf_counter() - started < timeout:
            line = process.stderr.readline()
            if "ready for scans" in line:
                return time.perf_counter() - started
            if not line and process.poll() is not None:
                break
        raise AssertionError("no 'ready for scans'")
    finally:
        stop(process)


def _drop_page_cache() -> None:
    """As after a reboot: the files must come from disk again (root only; the whole machine feels it)."""
    subprocess.run(["sync"], check=False)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


@pytest.mark.parametrize("cache", ["warm", "dropped"])
@pytest.mark.parametrize("flavour", ["frozen", "venv"])
def test_cold_start_to_ready_for_scans(benchmark, flavour, cache, tmp_path, tmp_path_factory, sandbox_url):
    """A new process each round. ``dropped`` also empties the page cache first (a first start after
    boot); it needs root and STATION_BENCH_DROP_CACHES=1, as it slows everything else on the machine."""
    if cache == "dropped" and (os.environ.get("STATION_BENCH_DROP_CACHES") != "1"
                               or not os.access("/proc/sys/vm/drop_caches", os.W_OK)):
        pytest.skip("set STATION_BENCH_DROP_CACHES=1 (as root) to measure with an empty page cache")
    (tmp_path / "home").mkdir()
    if flavour == "frozen":
        copy = tmp_path / "opt" / "station"
        shutil.copytree(_bundle(tmp_path_factory), copy, symlinks=True)
        command, env = [str(copy / EXE_NAME)], _station_env(tmp_path, sandbox_url, keep_path=False)
    else:
        command, env = [sys.executable, "-m", "station"], _station_env(tmp_path, sandbox_url, keep_path=True)
    cwd = tmp_path / "home"
    _prepare(command, env, sandbox_url, cwd)
    _cold_start(command, env, cwd)  # first start: migrations, font caches ... not what is measured

    def once() -> float:
        if cache == "dropped":
            _drop_page_cache()
        return _cold_start(command, env, cwd)

    seconds = benchmark.pedantic(once, rounds=5, iterations=1)
    benchmark.extra_info.update({"flavour": flavour, "page_cache": cache})
    print(f"\n{flavour} ({cache} page cache): ready for scans in {seconds:.2f} s (last round)")
