"""The one place that finds bundled files (fonts, sounds, icons, models, translations).

Works from a source checkout, an installed wheel and a PyInstaller bundle alike,
because everything lives in the package ``station.resources``.
"""

from __future__ import annotations

import pathlib
from importlib import resources


def resources_path(relative: str = "") -> pathlib.Path:
    """Path of a file or folder under resources/, e.g. ``resources_path("sounds/error.wav")``."""
    root = pathlib.Path(str(resources.files("station.resources")))
    return root / relative if relative else root
