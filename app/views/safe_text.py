"""Rich text that loads nothing from outside the course's assets folder.

Qt's rich-text engine reads whatever a document names: an ``<img src>``, a CSS
``background-image``, a ``<table background>``. ``/dev/zero`` is read until memory runs out, a
FIFO blocks forever. Text is escaped and lesson images are checked where the HTML is built
(``app.common.render``); this is the second line: every text browser and every document the
app lays out answers resource requests itself, with the bytes of a regular file inside
``assets`` (the academy's assets folder) and nothing else — no other file, device, FIFO, link
out of the folder, network or ``qrc:`` address. The app registers no Qt resources of its own.

A refused image is answered with a blank 1×1 image rather than nothing: given nothing, Qt's
image handler would try to load the file by name itself.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

MAX_RESOURCE_BYTES = 16 * 1024 * 1024  # far above any course image


def asset_file(url: QUrl | str, assets: Path | None) -> Path | None:
    """The regular file inside ``assets`` that ``url`` names (a ``file:`` URL, or a path
    relative to ``assets``), or None for anything else."""
    if assets is None:
        return None
    url = QUrl(url) if isinstance(url, str) else url
    scheme = url.scheme().lower()
    if scheme == "file":
        if url.host():  # file://server/share: a network path
            return None
        name = url.toLocalFile()
    elif not scheme and url.isRelative() and not url.host():
        name = url.path()
        if not name or name.startswith(("/", "\\")):
            return None
    else:  # http, ftp, qrc, data, javascript, a Windows drive letter…
        return None
    try:
        root = Path(assets).resolve()
        path = (root / name).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            return None
    except (OSError, ValueError, RuntimeError):
        return None
    return path


def read_asset(url: QUrl | str, assets: Path | None,
               limit: int = MAX_RESOURCE_BYTES) -> bytes | None:  # fmt: skip
    """The bytes of the asset ``url`` names, or None. Opened without blocking and checked
    again once open, so a file swapped for a FIFO or device after the check is not read."""
    path = asset_file(url, assets)
    if path is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) <= limit else None


def _blank_image() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


def load_safe_resource(kind: int, url: QUrl, assets: Path | None):
    """What a document gets for a resource: the asset's image or bytes, else a blank image
    (for images) or empty bytes."""
    kind = int(getattr(kind, "value", kind))
    data = read_asset(url, assets)
    if kind == QTextDocument.ResourceType.ImageResource.value:
        if data is not None:
            image = QImage()
            suffix = Path(url.path()).suffix.lstrip(".").lower()
            if image.loadFromData(data, suffix or None) or image.loadFromData(data):
                return image
        return _blank_image()
    return QByteArray(data or b"")


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that shows images from ``assets`` only and follows no link by itself:
    the page handles ``anchorClicked``."""

    def __init__(self, assets: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.assets = assets
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind, url):
        return load_safe_resource(kind, url, self.assets)


class SafeTextDocument(QTextDocument):
    """A QTextDocument (printing, PDFs, slides, list items) with the same rule."""

    def __init__(self, assets: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.assets = assets
        self._loaded: dict[tuple[int, str], object] = {}

    def loadResource(self, kind, url):
        key = (int(getattr(kind, "value", kind)), url.toString())
        if key not in self._loaded:  # Qt asks again on every layout of a subclass
            self._loaded[key] = load_safe_resource(kind, url, self.assets)
        return self._loaded[key]
