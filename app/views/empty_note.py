"""A word inside an empty list — what would be listed there and how it fills — instead of a
blank box a first-time learner cannot read anything from."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from app.views.theme import mark


class EmptyNote(QLabel):
    """Shown over ``view``'s empty area while its model has no rows; hidden otherwise."""

    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(text, view.viewport())
        mark(self, "Muted")
        self.view = view
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(16, 16, 16, 16)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.update_shown)
        view.viewport().installEventFilter(self)
        self.update_shown()

    def update_shown(self, *_args) -> None:
        empty = self.view.model().rowCount() == 0
        self.setVisible(empty and bool(self.text()))
        if empty:
            self.setGeometry(self.view.viewport().rect())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.update_shown()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False
