"""Lucide icons (ISC licence, ``assets/icons``) tinted to the current palette.

Rendered through Qt's SVG image plugin rather than the QtSvg module, which would cost an
extra module import before the first paint.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap

from app.paths import assets_dir


@lru_cache(maxsize=256)
def icon(name: str, color: str = "#1f2933", size: int = 64) -> QIcon:
    path = assets_dir() / "icons" / f"{name}.svg"
    svg = path.read_text(encoding="utf-8").replace("currentColor", color)
    svg = svg.replace('width="24"', f'width="{size}"').replace('height="24"', f'height="{size}"')
    pix = QPixmap()
    pix.loadFromData(QByteArray(svg.encode()), "SVG")
    return QIcon(pix)
