"""Large text for a class: a page's content, full screen on the classroom screen (the
projector the trainer chose, as the slides use: ``screens_for_show``), and back.

The content widget itself moves into the full-screen window — the same role-play run or
case, the same buttons — and a note takes its place on the page ("shown full screen…").
Esc, F5, the page's own "large text" button or closing the window put it back where it was.
The page scales its text to the window's height (``resized``), so a 1080-line projector gets
larger text than a laptop screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.views.theme import mark


class ClassView(QWidget):
    """Full screen on the classroom screen, holding ``content`` until ``leave``."""

    leaving = Signal()  # about to give the content back (the page notes its place)
    left = Signal()  # the content is back on its page
    resized = Signal(int)  # the window's new height: the page scales its text to it

    def __init__(
        self,
        content: QWidget,
        preferred_screen: str | None,
        keys: tuple[tuple[str, Callable], ...] = (),
        key_handler: Callable | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Large text for class — 客诉学堂"))
        self.content = content
        self.key_handler = key_handler  # keys the content lets through (1–4 in a role-play)
        self._gone = False
        self.placeholder = self._placeholder()
        holder = content.parentWidget()
        if isinstance(holder, QSplitter):
            holder.replaceWidget(holder.indexOf(content), self.placeholder)
        else:
            holder.layout().replaceWidget(content, self.placeholder)
        self.holder = holder
        self.placeholder.show()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addWidget(content)
        content.show()
        for sequence in ("Escape", "F5"):
            QShortcut(QKeySequence(sequence), self, self.leave)
        for sequence, slot in keys:
            QShortcut(QKeySequence(sequence), self, slot)
        from app.views.classroom.windows import screens_for_show

        screen, _presenter = screens_for_show(preferred_screen)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def _placeholder(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        note = mark(
            QLabel(
                self.tr(
                    "Shown full screen in large text. Press Esc or F5 there, or click below, "
                    "to come back here."
                )
            ),
            "Muted",
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        back = QPushButton(self.tr("Back to the normal view"))
        back.clicked.connect(self.leave)
        layout.addStretch(1)
        layout.addWidget(note)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.back_btn = back
        return box

    def leave(self) -> None:
        """Give the content back to its page, where it was, and close."""
        if self._gone:
            return
        self._gone = True
        self.leaving.emit()
        holder = self.holder
        if isinstance(holder, QSplitter):
            holder.replaceWidget(holder.indexOf(self.placeholder), self.content)
        else:
            holder.layout().replaceWidget(self.placeholder, self.content)
        self.content.show()
        self.placeholder.hide()
        self.placeholder.deleteLater()
        self.hide()
        home = holder.window()  # the keys go back to the window the content came from
        home.raise_()
        home.activateWindow()
        self.left.emit()
        self.deleteLater()

    def keyPressEvent(self, event) -> None:
        if self.key_handler is not None and self.key_handler(event):
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._gone and event.size().height() != event.oldSize().height():
            self.resized.emit(event.size().height())

    def closeEvent(self, event) -> None:
        """Closed another way (Alt+F4): the content still goes back to its page."""
        self.leave()
        super().closeEvent(event)
