"""The frozen one-folder bundle (DESIGN.md 3.6), built with PyInstaller and run as a bench PC would.

Slow (a build takes a minute or two), so it runs only with STATION_TEST_BUNDLE=1 and where
PyInstaller is installed (the ``packaging`` extra). STATION_BUNDLE_DIR=dist/station reuses a
bundle built beforehand instead of building one.

The bundle is copied to a new folder and started with a clean environment whose PATH holds no
Python, from another working directory, so nothing can come from the source tree or the venv;
where strace exists, every file the program opens is checked for that too.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import re
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
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("STATION_TEST_BUNDLE") != "1", reason="set STATION_TEST_BUNDLE=1 to build"),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller not installed"),
    pytest.mark.timeout(900),
]


def build_bundle(workdir: Path) -> tuple[Path, float]:
    """``pyinstaller packaging/station.spec`` from the project root; returns (dist/station, seconds)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "packaging/station.spec", "--noconfirm",
                           "--distpath", str(workdir / "dist"), "--workpath", str(workdir / "build")],
                          cwd=ROOT, capture_output=True, text=True, timeout=1200)
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stderr[-5000:]
    return workdir / "dist" / "station", seconds


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The bundle, copied away from where it was built; returns the folder holding the executable."""
    prebuilt = os.environ.get("STATION_BUNDLE_DIR")
    source = Path(prebuilt) if prebuilt else build_bundle(tmp_path_factory.mktemp("pyinstaller"))[0]
    moved = tmp_path_factory.mktemp("installed") / "station"
    shutil.copytree(source, moved, symlinks=True)
    return moved


@pytest.fixture
def bench(tmp_path, bundle):
    """A clean environment: empty PATH folder (no python), its own HOME and data folder, cwd elsewhere."""
    (tmp_path / "bin").mkdir()
    (tmp_path / "home").mkdir()
    (tmp_path / "elsewhere").mkdir()
    env = {
        "PATH": str(tmp_path / "bin"), "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8",
        "STATION_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "TMPDIR": str(tmp_path),
    }
    if sys.platform == "win32":
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "TMP") if k in os.environ})

    def run(*args: str, timeout: float = 120, check: bool = True, **extra: str) -> subprocess.CompletedProcess:
        done = subprocess.run([str(bundle / EXE_NAME), *args], cwd=tmp_path / "elsewhere", env={**env, **extra},
                              capture_output=True, text=True, timeout=timeout)
        if check:
            assert done.returncode == 0, f"station {' '.join(args)} -> {done.returncode}\n{done.stderr[-3000:]}"
        return done

    run.env = env
    run.exe = bundle / EXE_NAME
    run.cwd = tmp_path / "elsewhere"
    return run


def test_version_from_package_metadata(bench):
    done = bench("--version")
    assert done.stdout.strip() == f"station {importlib.metadata.version('packing-station')}"


def test_usage_error_exit_code(bench):
    assert bench("orders", "frobnicate", check=False).returncode == 2


@pytest.fixture
def sandbox(bench):
    process = subprocess.Popen([str(bench.exe), "sandbox", "--port", "0", "--orders", "30", "--seed", "11",
                                "--no-timeline"], cwd=bench.cwd, env=bench.env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        match = re.match(r"listening (http://[\d.]+:\d+)", line)
        assert match, f"first line {line!r}; stderr: {process.stderr.read() if process.poll() is not None else ''}"
        yield match.group(1)
    finally:
        stop(process, 10)


def _configure(bench, url: str) -> dict[str, str]:
    bench("config", "set", "amazon.endpoint", url)
    bench("config", "set", "amazon.lwa_endpoint", f"{url}/auth/o2/token")
    bench("config", "set", "station.name", "bundle-bench")
    return {"STATION_LWA_CLIENT_ID": "amzn1.application-oa2-client.bundle", "STATION_LWA_CLIENT_SECRET": "secret-b",
            "STATION_LWA_REFRESH_TOKEN": "Atzr|bundle-refresh"}


def test_sync_list_and_render_a_slip(bench, sandbox, tmp_path):
    creds = _configure(bench, sandbox)
    bench("sync", "--once", timeout=180, **creds)
    orders = json.loads(bench("orders", "list", "--json", **creds).stdout)
    assert orders and {"order_id", "status", "pack_status", "ship_by", "lines", "packages"} <= set(orders[0])
    unshipped = [o for o in orders if o["status"] == "Unshipped"]
    assert unshipped
    order_id = unshipped[0]["order_id"]
    out = tmp_path / "slip.pdf"
    bench("render", "slip", order_id, "--out", str(out), **creds)
    assert out.read_bytes().startswith(b"%PDF")
    if importlib.util.find_spec("pypdfium2") and importlib.util.find_spec("zxingcpp"):
        import pypdfium2
        import zxingcpp

        page = pypdfium2.PdfDocument(str(out))[0]
        image = page.render(scale=3).to_pil()
        assert order_id in [r.text for r in zxingcpp.read_barcodes(image)]
    for command in (("render", "picklist", "--out", str(tmp_path / "p.pdf")),
                    ("render", "commands", "--out", str(tmp_path / "c.pdf")), ("outbox", "--json"),
                    ("tracking", "1Z999AA10123456784", "--json"), ("products", "list", "--json")):
        bench(*command, **creds)


def test_gui_offscreen_reaches_ready_for_scans(bench, sandbox):
    creds = _configure(bench, sandbox)
    seconds, stderr = start_until_ready(bench.exe, bench.cwd, {**bench.env, **creds})
    assert "ready for scans" in stderr


def start_until_ready(exe: Path, cwd: Path, env: dict[str, str], timeout: float = 90,
                      args: list[str] | None = None) -> tuple[float, str]:
    """Start the desktop app, wait for 'ready for scans' on stderr, close it; returns (seconds, stderr).
    The app runs in a session of its own, so a wrapper (strace) and the app are stopped together."""
    started = time.perf_counter()
    process = subprocess.Popen([str(exe), *(args or [])], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, start_new_session=sys.platform != "win32")
    lines: list[str] = []
    try:
        while time.perf_counter() - started < timeout:
            line = process.stderr.readline()
            if not line and process.poll() is not None:
                break
            lines.append(line)
            if "ready for scans" in line:
                return time.perf_counter() - started, "".join(lines)
        raise AssertionError("no 'ready for scans' in time:\n" + "".join(lines)[-3000:])
    finally:
        _stop_group(process)


def _stop_group(process: subprocess.Popen) -> None:
    if sys.platform == "win32":
        process.terminate()
    else:
        import signal

        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


@pytest.mark.skipif(shutil.which("strace") is None or sys.platform != "linux", reason="needs strace")
def test_nothing_read_from_the_source_tree_or_venv(bench, tmp_path):
    """Every file the bundle opens or looks at, in a command that renders PDFs with the fonts and
    in the GUI up to 'ready for scans', is inside the bundle or the station's own folders."""
    strace = shutil.which("strace")
    bench("config", "set", "station.name", "traced")
    trace = tmp_path / "trace"
    calls = "trace=open,openat,stat,newfstatat,statx,access,readlink,execve"
    done = subprocess.run([strace, "-f", "-e", calls, "-o", f"{trace}.render", str(bench.exe), "render", "commands",
                           "--out", str(tmp_path / "cards.pdf")], cwd=bench.cwd, env=bench.env, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    start_until_ready(Path(strace), bench.cwd, bench.env, timeout=180,
                      args=["-f", "-e", calls, "-o", f"{trace}.gui", str(bench.exe)])
    venv = Path(sys.prefix).resolve()
    touched = [line for name in (f"{trace}.render", f"{trace}.gui") for line in Path(name).read_text().splitlines()
               if str(ROOT) in line or str(venv) in line or "site-packages" in line]
    assert touched == [], "\n".join(touched[:20])


@pytest.fixture
def xvfb(tmp_path):
    """A display of our own (never another test's or engineer's): the first free number from a
    per-process start, so parallel runs do not collide."""
    if sys.platform != "linux" or not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool")
    number = 300 + os.getpid() % 500
    while Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
        number += 1
    display = f":{number}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stderr=(tmp_path / "xvfb.log").open("w"))
    try:
        for _ in range(100):  # until a client can talk to it
            if subprocess.run(["xdotool", "getmouselocation"], env={**os.environ, "DISPLAY": display},
                              capture_output=True, timeout=10).returncode == 0:
                break
            assert server.poll() is None, (tmp_path / "xvfb.log").read_text()[-2000:]
            time.sleep(0.1)
        else:
            pytest.fail(f"Xvfb on {display} does not answer: {(tmp_path / 'xvfb.log').read_text()[-2000:]}")
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def _catalogue_csv(url: str, path: Path) -> Path:
    import csv
    import urllib.request

    with urllib.request.urlopen(f"{url}/_sandbox/catalog", timeout=30) as answer:
        products = json.load(answer)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sku", "title", "barcodes", "asin", "bin", "weight_g"])
        for p in products:
            writer.writerow([p["sku"], p["title"], "|".join(p["barcodes"]), p["asin"], p["bin"], p["weight_g"]])
    return path


def test_pack_an_order_by_wedge_scans_under_xvfb(bench, sandbox, xvfb, tmp_path):
    """The issue's acceptance run: the moved bundle syncs, a packer scans an order with a wedge
    scanner (xdotool types as fast as one), confirms, and the packing slip comes out."""
    creds = _configure(bench, sandbox)
    printed = tmp_path / "printed"
    # xdotool is not a scanner's hardware clock: on a busy machine its keys can come 50 ms apart
    for key, value in (("printers.slip", f"file:{printed}"), ("printers.label", f"file:{printed}"),
                       ("scanner.max_key_gap_ms", "150")):
        bench("config", "set", key, value)
    bench("products", "import", str(_catalogue_csv(sandbox, tmp_path / "catalogue.csv")))
    bench("sync", "--once", timeout=180, **creds)
    orders = json.loads(bench("orders", "list", "--status", "Unshipped", "--json", **creds).stdout)
    order = next(o for o in orders if all(line["barcodes"] for line in o["lines"]))

    env = {**bench.env, **creds, "DISPLAY": xvfb}
    env.pop("QT_QPA_PLATFORM")
    gui = subprocess.Popen([str(bench.exe)], cwd=bench.cwd, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)

    def xdotool(*args: str) -> None:
        subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": xvfb}, check=True, timeout=30)

    def scan(code: str) -> None:  # a wedge scanner: keys a few ms apart, then Enter
        xdotool("type", "--delay", "8", code)
        xdotool("key", "Return")
        time.sleep(0.4)

    try:
        started, seen = time.perf_counter(), []
        while "ready for scans" not in (line := gui.stderr.readline()):
            seen.append(line)
            assert line or gui.poll() is None, "the GUI exited before 'ready for scans':\n" + "".join(seen)
            assert time.perf_counter() - started < 90, "no 'ready for scans':\n" + "".join(seen)
        # no window manager on a bare X server: give the window the keyboard focus ourselves
        xdotool("search", "--sync", "--onlyvisible", "--name", "Packing station", "windowfocus", "--sync")
        scan(order["order_id"])
        for line in order["lines"]:
            for _ in range(line["quantity"]):
                scan(line["barcodes"][0])
        wanted = [(ln["sku"], ln["quantity"]) for ln in order["lines"]]
        deadline = time.perf_counter() + 20  # the bench commits each scan on its worker thread
        while True:
            now = {o["order_id"]: o for o in json.loads(bench("orders", "list", "--json", **creds).stdout)}
            scanned = [(ln["sku"], ln["scanned"]) for ln in now[order["order_id"]]["lines"]]
            if scanned == wanted or time.perf_counter() > deadline:
                break
            time.sleep(0.5)
        assert scanned == wanted
        scan("CMD:CONFIRM")
        deadline = time.perf_counter() + 30
        while not list(printed.glob("*.pdf")) and time.perf_counter() < deadline:
            time.sleep(0.5)
        assert list(printed.glob("*.pdf")), f"no packing slip printed to {printed} (screenshot {tmp_path})"
    finally:
        if shutil.which("import"):  # what the packer saw, for whoever reads a failure
            subprocess.run(["import", "-window", "root", str(tmp_path / "packed.png")],
                           env={**os.environ, "DISPLAY": xvfb}, timeout=30, check=False)
        stop(gui)


def test_a_new_station_opens_on_the_setup_page(bench, xvfb):
    env = {**bench.env, "DISPLAY": xvfb}
    env.pop("QT_QPA_PLATFORM")
    gui = subprocess.Popen([str(bench.exe)], cwd=bench.cwd, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    try:
        found = subprocess.run(["timeout", "60", "xdotool", "search", "--sync", "--onlyvisible", "--name",
                                "set up this station"], env={**os.environ, "DISPLAY": xvfb},
                               capture_output=True, text=True)
        assert found.returncode == 0 and found.stdout.strip(), "no setup window on a new station"
        assert gui.poll() is None
        assert not (Path(bench.env["STATION_DATA_DIR"]) / "settings.json").exists()
    finally:
        stop(gui)


def test_translations_and_resources_are_inside(bundle):
    internal = bundle / "_internal"
    resources = internal / "station" / "resources"
    ours = sorted(p.name for p in (resources / "translations").glob("*.qm"))
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert [f"{p.stem}.qm" for p in sources] == ours  # every catalogue compiled and shipped, no .ts
    assert not list(resources.rglob("*.ts"))
    qt = next(internal.rglob("qtbase_fr.qm"), None)
    assert qt is not None and next(internal.rglob("qtbase_es.qm"), None) is not None
    assert not list(internal.rglob("qtbase_de.qm"))  # only the station's languages
    for relative in ("sp-api-models/orders_2026-01-01.json", "sp-api-models/LICENSE", "fonts/DejaVuSans.ttf",
                     "icons/app/station.svg"):
        assert (resources / relative).is_file(), relative
    versions = internal / "station" / "store" / "migrations" / "versions"
    assert sorted(p.name for p in versions.glob("*.py")) == sorted(
        p.name for p in (ROOT / "station" / "store" / "migrations" / "versions").glob("*.py"))
