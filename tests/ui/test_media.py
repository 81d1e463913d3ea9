"""Sounds and product images: present when possible, never a crash when not."""

from __future__ import annotations

import wave

from PySide6.QtGui import QColor, QImage

from station.resourcefiles import resources_path
from station.ui.images import ImageCache
from station.ui.sounds import SOUNDS, Sounds, generate
from station.ui.tasks import Pool


def test_bundled_sounds_are_short_valid_wavs(tmp_path):
    for name in SOUNDS:
        with wave.open(str(resources_path(f"sounds/{name}.wav"))) as wav:
            seconds = wav.getnframes() / wav.getframerate()
            assert wav.getnchannels() == 1 and wav.getsampwidth() == 2 and 0.05 <= seconds <= 1.5
    assert [p.name for p in generate(tmp_path)] == [f"{n}.wav" for n in SOUNDS]  # the generator still works


def test_sounds_never_fail_without_audio_and_can_be_switched_off(qapp):
    sounds = Sounds(enabled=True)
    for name in (*SOUNDS, "no-such-sound"):
        sounds.play(name)  # offscreen CI: no device (or no QtMultimedia) -> silent, no exception
    assert sounds.status in ("on", "off") or sounds.status.startswith(("QtMultimedia", "no audio", "audio"))
    assert Sounds(enabled=False).status == "off"


def test_product_image_loads_off_the_gui_thread_and_a_missing_one_is_the_placeholder(qtbot, tmp_path):
    picture = tmp_path / "mug.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(picture))
    pool = Pool()
    cache = ImageCache(pool, size=96)
    with qtbot.waitSignal(cache.loaded, timeout=5000):
        first = cache.pixmap(str(picture))
    assert first.toImage() == cache.placeholder.toImage()  # while loading
    loaded = cache.pixmap(str(picture))
    assert max(loaded.width(), loaded.height()) == 96 and loaded.toImage().pixelColor(40, 30) == QColor("red")
    assert cache.pixmap(str(tmp_path / "missing.png")).toImage() == cache.placeholder.toImage()
    assert cache.pixmap(None).toImage() == cache.placeholder.toImage()
    pool.wait()
