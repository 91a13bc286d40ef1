"""A short message over the bottom of a pane ("Bookmarked", "Bookmark removed · Undo") that
goes away by itself. Feedback that is only an icon turning grey is missed; a dialog for it
would be too much."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SHOW_MS = 3000
WITH_ACTION_MS = 8000  # time enough to reach for Undo


class Toast(QFrame):
    """Floats at the bottom centre of ``host`` (its parent), above whatever is there.

    The action button is not in the Tab chain: a message that comes and goes must not move
    keyboard focus around; the owner gives the action a key of its own (the reader: Ctrl+Z).
    """

    def __init__(self, host: QWidget, colors) -> None:
        super().__init__(host)
        self.setObjectName("Toast")
        self.setStyleSheet(
            f"#Toast {{ background: {colors.text}; border-radius: 8px; }}"
            f"#Toast QLabel {{ color: {colors.base}; }}"
            f"#Toast QPushButton {{ color: {colors.base}; background: transparent;"
            f" border: 1px solid {colors.base}; border-radius: 4px; padding: 3px 12px;"
            " font-weight: 600; }"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.action_btn = QPushButton()
        self.action_btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.action_btn.clicked.connect(self._act)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 10, 8)
        layout.setSpacing(14)
        layout.addWidget(self.label)
        layout.addWidget(self.action_btn)
        self._action: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.dismiss)
        host.installEventFilter(self)
        self.hide()

    def show_message(
        self, text: str, action: str = "", callback: Callable[[], None] | None = None
    ) -> None:
        """Show ``text``; with ``action`` and ``callback``, a button that runs it once."""
        self.label.setText(text)
        self._action = callback if action else None
        self.action_btn.setText(action)
        self.action_btn.setVisible(bool(action))
        self.setAccessibleName(text)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self._timer.start(WITH_ACTION_MS if self._action else SHOW_MS)

    def has_action(self) -> bool:
        return self.isVisible() and self._action is not None

    def trigger(self) -> bool:
        """Run the pending action (the owner's key for it); False if there is none."""
        if not self.has_action():
            return False
        self._act()
        return True

    def dismiss(self) -> None:
        self._timer.stop()
        self._action = None
        self.hide()

    def _act(self) -> None:
        callback, self._action = self._action, None
        self.hide()
        if callback is not None:
            callback()

    def _place(self) -> None:
        host = self.parentWidget()
        x = max(0, (host.width() - self.width()) // 2)
        y = max(0, host.height() - self.height() - 24)
        self.move(x, y)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return super().eventFilter(obj, event)
