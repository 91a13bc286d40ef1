"""The definition of a glossary term, in a small pop-up next to the term.

A tooltip at the mouse pointer was wrong for a term opened from the keyboard (the pointer is
anywhere) and could not be closed with Esc. This is a Qt popup: Esc or a click elsewhere
closes it, and keyboard focus goes back to the text it was opened from (a popup never takes
the window's focus widget away). Any other key closes it and is passed on to that text, so
stepping on to the next link needs no extra key press.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

GAP = 4  # pixels between the term and the pop-up


class TermPopup(QFrame):
    def __init__(self, colors, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("TermPopup")
        self.setStyleSheet(
            f"#TermPopup {{ background: {colors.base}; border: 1px solid {colors.border};"
            " border-radius: 6px; }"
            f"#TermPopup QLabel {{ color: {colors.text}; }}"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
        self.label.setWordWrap(True)
        self.label.setMaximumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.label)
        self._return_to: QWidget | None = None

    def show_term(self, term, where: str, anchor: QRect, return_to: QWidget) -> None:
        """Show ``term`` below the global rectangle ``anchor`` (above it if there is no room)."""
        e = html.escape
        text = f"<p><b>{e(term.term)}</b> · <i>{e(term.en)}</i></p><p>{e(term.definition)}</p>"
        if where:
            text += f"<p>{e(where)}</p>"
        self.label.setText(text)
        self.setAccessibleName(term.term)
        self._return_to = return_to
        self.adjustSize()
        self.move(self._position(anchor))
        self.show()

    def _position(self, anchor: QRect) -> QPoint:
        screen = QGuiApplication.screenAt(anchor.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = self.sizeHint()
        x = min(max(anchor.left(), area.left()), area.right() - size.width())
        y = anchor.bottom() + GAP
        if y + size.height() > area.bottom():
            y = max(area.top(), anchor.top() - GAP - size.height())
        return QPoint(x, y)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                           Qt.Key.Key_Meta):  # fmt: skip
            return
        self.close()
        target = self._return_to
        if event.key() != Qt.Key.Key_Escape and target is not None:
            copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            QApplication.sendEvent(target, copy)
