"""Product images for the pack view, loaded off the GUI thread and cached.

A product's ``image`` is a file path or an http(s) URL (CSV column ``image``). Files and
downloads are read into a QImage in the pool (QImage, unlike QPixmap, may be made on any
thread); the GUI turns it into a pixmap when it lands. Missing or broken images get the
placeholder, and a failure is never retried in a loop.
"""

from __future__ import annotations

import logging
import urllib.request
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap

from station.ui.tasks import Pool

log = logging.getLogger(__name__)
MAX_DOWNLOAD = 5_000_000


def _read(source: str, size: int) -> QImage | None:
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=5) as response:  # noqa: S310 - product image URL
            data = response.read(MAX_DOWNLOAD)
        image = QImage.fromData(data)
    else:
        path = Path(source.removeprefix("file://")).expanduser()
        image = QImage(str(path)) if path.is_file() else QImage()
    if image.isNull():
        return None
    return image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class ImageCache(QObject):
    loaded = Signal(str)

    def __init__(self, pool: Pool, size: int = 96, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self.size = size
        self._pixmaps: dict[str, QPixmap | None] = {}
        self._placeholder: QPixmap | None = None

    @property
    def placeholder(self) -> QPixmap:
        if self._placeholder is None:
            from station.ui.pack_view import placeholder_pixmap

            self._placeholder = placeholder_pixmap(self.size)
        return self._placeholder

    def pixmap(self, source: str | None) -> QPixmap:
        if not source:
            return self.placeholder
        if source not in self._pixmaps:
            self._pixmaps[source] = None  # loading; asked once
            self.pool.run(lambda: _read(source, self.size), lambda image: self._done(source, image),
                          lambda exc: log.info("no image for a product (%s)", exc.__class__.__name__))
        return self._pixmaps.get(source) or self.placeholder

    def _done(self, source: str, image: QImage | None) -> None:
        if image is not None:
            self._pixmaps[source] = QPixmap.fromImage(image)
            self.loaded.emit(source)
