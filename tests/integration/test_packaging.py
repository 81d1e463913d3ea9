"""Desktop integration files: validated by the freedesktop tools, icons at every size, udev rules,
and the install/uninstall scripts run into a temporary home and a staging root."""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.packingstation.PackingStation"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
RULES = LINUX / "70-packing-station.rules"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="shell scripts for Linux")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed (apt-get install desktop-file-utils appstream)")
    return path


def test_desktop_file_validates():
    done = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates():
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_names_this_release_and_the_desktop_file():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == importlib.metadata.version("packing-station"), \
        "add a <release> for the new version to the metainfo file"


def test_desktop_entry_points_at_the_command_and_icon():
    text = DESKTOP.read_text(encoding="utf-8")
    assert re.search(r"^Exec=station$", text, re.M) and re.search(f"^Icon={APP_ID}$", text, re.M)
    assert re.search(r"^Exec=station --demo$", text, re.M)


def test_icons_at_every_hicolor_size():
    hicolor = LINUX / "icons" / "hicolor"
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert ET.parse(svg).getroot().tag.endswith("svg")
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "app" / "station.svg").read_bytes(), \
        "run packaging/make_icons.py after changing the app icon"
    for size in SIZES:
        with Image.open(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            assert image.getchannel("A").getextrema() == (0, 255)  # transparent corners, opaque body
    with Image.open(ROOT / "packaging" / "windows" / "station.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]


RULE_PART = re.compile(r'^(?:[A-Z_]+(?:\{[A-Za-z0-9_]+\})?\s*(?:==|!=|\+=|-=|:=|=)\s*"[^"]*")$')


def test_udev_rules_are_well_formed_and_cover_the_usual_chips():
    vendors = set()
    labels, gotos = set(), set()
    for number, line in enumerate(RULES.read_text().splitlines(), 1):
        line = line.split("  #")[0].strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(",")]
        for part in parts:
            assert RULE_PART.match(part), f"line {number}: {part!r}"
            if part.startswith("LABEL="):
                labels.add(part.split('"')[1])
            if part.startswith("GOTO="):
                gotos.add(part.split('"')[1])
        if any(p.startswith("ATTRS{idVendor}==") for p in parts):
            assert 'TAG+="uaccess"' in parts and 'GROUP="dialout"' in parts and 'MODE="0660"' in parts
            vendors.add(next(p for p in parts if p.startswith("ATTRS{idVendor}")).split('"')[1])
    assert gotos <= labels
    # FTDI, Prolific, CH340, CP210x; Honeywell, Zebra, Datalogic scanners; Mettler Toledo and DYMO scales
    assert {"0403", "067b", "1a86", "10c4", "0c2e", "0536", "05e0", "05f9", "0eb8", "0922"} <= vendors
    assert RULES.name < "73-seat-late.rules"  # uaccess must be tagged before logind applies the ACLs


@pytest.fixture
def fake_bundle(tmp_path):
    """A stand-in for dist/station (the real one is exercised by test_bundle.py)."""
    bundle = tmp_path / "dist" / "station"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "station").write_text("#!/bin/sh\necho 'station 0.1.0'\n")
    (bundle / "station").chmod(0o755)
    (bundle / "_internal" / "marker.txt").write_text("bundle")
    return bundle


def _run(script: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(["sh", str(LINUX / script), *args], capture_output=True, text=True, env=env, timeout=60)


@posix_only
def test_user_install_and_uninstall(fake_bundle, tmp_path):
    home = tmp_path / "home"
    data = home / ".local" / "share" / "packing-station"
    data.mkdir(parents=True)
    (data / "station.db").write_text("orders")  # the user's data: must survive both scripts
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}

    done = _run("install.sh", "--user", str(fake_bundle), env=env)
    assert done.returncode == 0, done.stderr
    app = home / ".local" / "opt" / "packing-station"
    assert (app / "_internal" / "marker.txt").read_text() == "bundle"
    link = home / ".local" / "bin" / "station"
    assert link.is_symlink() and os.readlink(link) == str(app / "station")
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={app}/station\n" in desktop.read_text() and f"Exec={app}/station --demo" in desktop.read_text()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(desktop)]).returncode == 0
    for size in SIZES:
        assert (home / ".local/share/icons/hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert "sudo" in done.stdout and "--udev-only" in done.stdout
    assert "station 0.1.0" in done.stdout

    # a second install (an upgrade) replaces the program in place
    (fake_bundle / "_internal" / "marker.txt").write_text("new")
    assert _run("install.sh", "--user", str(fake_bundle), env=env).returncode == 0
    assert (app / "_internal" / "marker.txt").read_text() == "new"

    done = _run("uninstall.sh", "--user", env=env)
    assert done.returncode == 0, done.stderr
    assert not app.exists() and not link.exists() and not desktop.exists()
    assert not list((home / ".local/share/icons").rglob(f"{APP_ID}.*"))
    assert (data / "station.db").read_text() == "orders"


@posix_only
def test_system_install_into_a_staging_root(fake_bundle, tmp_path):
    root = tmp_path / "root"
    env = {"HOME": str(tmp_path / "nohome"), "PATH": os.environ["PATH"], "DESTDIR": str(root)}
    done = _run("install.sh", str(fake_bundle), env=env)
    assert done.returncode == 0, done.stderr
    assert (root / "opt/packing-station/station").is_file()
    assert os.readlink(root / "usr/local/bin/station") == "/opt/packing-station/station"
    assert "Exec=/opt/packing-station/station\n" in (root / f"usr/share/applications/{APP_ID}.desktop").read_text()
    assert (root / "etc/udev/rules.d/70-packing-station.rules").read_bytes() == RULES.read_bytes()
    assert (root / f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()

    done = _run("uninstall.sh", env=env)
    assert done.returncode == 0, done.stderr
    left = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() or p.is_symlink())
    assert left == []


@posix_only
def test_install_without_a_bundle_says_what_to_do(tmp_path):
    env = {"HOME": str(tmp_path), "PATH": os.environ["PATH"]}
    done = _run("install.sh", "--user", str(tmp_path / "nothing"), env=env)
    assert done.returncode == 1 and "pyinstaller packaging/station.spec" in done.stderr
    assert _run("install.sh", "--bogus", env=env).returncode == 2


def test_inno_setup_script_points_at_the_bundle():
    iss = (ROOT / "packaging" / "windows" / "station.iss").read_text(encoding="utf-8")
    assert r'Source: "..\..\dist\station\*"' in iss and "recursesubdirs" in iss
    assert '#define AppExe "station-gui.exe"' in iss and "{autoprograms}" in iss
    spec = (ROOT / "packaging" / "station.spec").read_text(encoding="utf-8")
    assert 'name="station-gui"' in spec and 'name="station"' in spec
