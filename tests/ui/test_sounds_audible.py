"""The error sound really comes out of the speaker: played through QtMultimedia into a private PulseAudio
server's null sink and recorded from its monitor. Skipped where PulseAudio is not installed (CI)."""

from __future__ import annotations

import array
import math
import os
import shutil
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(not (shutil.which("pulseaudio") and shutil.which("parec")),
                                reason="needs pulseaudio and parec (apt-get install pulseaudio pulseaudio-utils)")

PLAY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from station.ui.sounds import Sounds
app = QApplication(sys.argv)
sounds = Sounds(True)
print(sounds.status, flush=True)
QTimer.singleShot(300, lambda: sounds.play("error"))
QTimer.singleShot(2500, app.quit)
app.exec()
"""


@pytest.fixture
def pulse(tmp_path):
    runtime = tmp_path / "xdg"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path)}
    server = subprocess.Popen(["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "-F", "/dev/null",
                               "--load=module-native-protocol-unix", "--load=module-null-sink sink_name=bench"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = runtime / "pulse" / "native"
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    if not socket.exists():
        server.kill()
        pytest.skip("pulseaudio did not start here")
    yield env
    server.kill()
    server.wait()


def test_the_error_sound_is_loud(pulse):
    recorder = subprocess.Popen(["parec", "-d", "bench.monitor", "--format=s16le", "--channels=1", "--rate=8000"],
                                env=pulse, stdout=subprocess.PIPE)
    time.sleep(0.3)
    played = subprocess.run([sys.executable, "-c", PLAY], env={**pulse, "QT_QPA_PLATFORM": "offscreen"},
                            capture_output=True, text=True, timeout=60)
    recorder.terminate()
    samples = array.array("h", recorder.communicate(timeout=10)[0])
    assert played.returncode == 0 and played.stdout.strip() == "on", played.stdout + played.stderr
    chunk = 800  # 0.1 s
    levels = [math.sqrt(sum(s * s for s in samples[i:i + chunk]) / chunk) for i in range(0, len(samples) - chunk, chunk)]
    loud = [level for level in levels if level > 8000]  # a quarter of full scale and more
    assert len(loud) >= 5, levels  # at least half a second of it
