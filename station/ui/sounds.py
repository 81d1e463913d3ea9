"""Bench sounds: a short beep per accepted scan, a loud buzz on a stop, a chime when complete.

QtMultimedia may be missing (no libpulse) or have no audio device (offscreen CI, a
bench PC with muted hardware): the app must run on regardless, so every failure
here turns into "no sound" and a log line, and the error screen stays the signal.

The WAV files in resources/sounds/ are made by ``generate()`` (stdlib ``wave``):
``python -m station.ui.sounds`` rewrites them.
"""

from __future__ import annotations

import logging
import math
import struct
import sys
import wave
from pathlib import Path

from station.resourcefiles import resources_path

log = logging.getLogger(__name__)

RATE = 22050
SOUNDS = ("success", "error", "complete")


def _tone(parts: list[tuple[float, float, float, str]], volume: float) -> bytes:
    """parts: (frequency Hz, seconds, gap after s, shape 'sine'|'square'); 16-bit mono PCM."""
    frames = bytearray()
    for freq, seconds, gap, shape in parts:
        n = int(RATE * seconds)
        fade = max(int(RATE * 0.005), 1)  # 5 ms ramps: no clicks
        for i in range(n):
            phase = math.sin(2 * math.pi * freq * i / RATE)
            value = (1.0 if phase >= 0 else -1.0) * 0.6 if shape == "square" else phase
            envelope = min(1.0, i / fade, (n - i) / fade)
            frames += struct.pack("<h", int(32767 * volume * envelope * value))
        frames += b"\x00\x00" * int(RATE * gap)
    return bytes(frames)


def generate(folder: Path | None = None) -> list[Path]:
    folder = folder or resources_path("sounds")
    folder.mkdir(parents=True, exist_ok=True)
    specs = {
        "success": [(1760, 0.07, 0.0, "sine")],  # short high beep: one unit counted
        "error": [(180, 0.22, 0.05, "square"), (140, 0.22, 0.05, "square"), (180, 0.35, 0.0, "square")],
        "complete": [(1047, 0.12, 0.01, "sine"), (1319, 0.12, 0.01, "sine"), (1568, 0.25, 0.0, "sine")],
    }
    paths = []
    for name, parts in specs.items():
        path = folder / f"{name}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(_tone(parts, 0.9 if name == "error" else 0.5))
        paths.append(path)
    return paths


class Sounds:
    """Plays the bench sounds; silent (never failing) when disabled or without audio."""

    def __init__(self, enabled: bool = True, parent=None) -> None:
        self.enabled = enabled
        self._effects: dict = {}
        self._parent = parent
        self._unavailable: str | None = None

    def _load(self) -> None:
        if self._effects or self._unavailable:
            return
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # e.g. libpulse missing on a minimal system
            self._unavailable = f"QtMultimedia unavailable ({exc})"
            log.info("sounds off: %s", self._unavailable)
            return
        try:
            if not QMediaDevices.audioOutputs():
                self._unavailable = "no audio output device"
                log.info("sounds off: %s", self._unavailable)
                return
            for name in SOUNDS:
                effect = QSoundEffect(self._parent)
                effect.setSource(QUrl.fromLocalFile(str(resources_path(f"sounds/{name}.wav"))))
                effect.setVolume(1.0 if name == "error" else 0.6)
                self._effects[name] = effect
        except Exception as exc:  # noqa: BLE001 - sound is a nicety; the screen carries the message
            self._unavailable = f"audio failed: {exc}"
            log.warning("sounds off: %s", self._unavailable)

    @property
    def status(self) -> str:
        if not self.enabled:
            return "off"
        self._load()
        return self._unavailable or "on"

    def play(self, name: str) -> None:
        if not self.enabled:
            return
        self._load()
        effect = self._effects.get(name)
        if effect is None:
            return
        try:
            effect.play()
        except Exception:  # noqa: BLE001
            log.debug("could not play %s", name, exc_info=True)


if __name__ == "__main__":
    for written in generate(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(written)
