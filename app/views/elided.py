"""A one-line label that cuts its text with … instead of wrapping.

A word-wrapped QLabel in a toolbar takes whatever height its text needs once the buttons have
taken the width: a long lesson title stood five lines high (eight in English) and left the
page below it a few hundred pixels. This label keeps one line, gives up its width first, and
keeps the whole text in its tooltip and accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from app.views.plain import tip


class ElidedLabel(QLabel):
    """Plain text on one line, elided at the right when it does not fit."""

    def __init__(self, text: str = "", parent=None, *, min_shown: int = 1) -> None:
        """``min_shown``: with room for fewer characters than this, show nothing rather
        than a stub such as "服…" (where the same text is shown in full nearby)."""
        super().__init__(parent)
        self._min_shown = min_shown
        self.setTextFormat(Qt.TextFormat.PlainText)  # titles may come from a course pack
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._full = ""
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        """Show ``text`` (elided as needed); the tooltip and accessible name hold all of it."""
        self._full = text
        self.setToolTip(tip(text))
        self.setAccessibleName(text)
        self.updateGeometry()
        self._elide()

    def is_elided(self) -> bool:
        return self.text() != self._full

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width())
        )
        if shown != self._full and len(shown) - 1 < self._min_shown:
            shown = ""
        if shown != self.text():
            super().setText(shown)

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + m.left() + m.right() + 2
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """Room for a character and the ellipsis: the layout may squeeze the rest away."""
        m = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance("字…") + m.left() + m.right()
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self._elide()
