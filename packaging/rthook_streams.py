"""PyInstaller runtime hook: a windowed executable (station-gui.exe on Windows) has no console,
so sys.stdout/sys.stderr are None; give them a sink so a print or a log line never fails."""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
