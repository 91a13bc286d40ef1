"""A note box for the section being read: typed text is saved by itself (a moment after
typing stops, and when the section changes or the page is left), so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.views.theme import mark


class NoteBox(QWidget):
    saved = Signal()

    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.place: tuple[str, str, int] | None = None
        self._loading = False
        self._dirty = False
        self.caption = mark(QLabel(self.tr("My note on this section")), "Muted")
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(self.tr("Type a note; it is saved as you go."))
        self.edit.setAccessibleName(self.tr("My note on this section"))
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self._changed)
        self.status = mark(QLabel(), "Muted")
        self._timer = QTimer(self, singleShot=True, interval=800)
        self._timer.timeout.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.status)

    def set_place(self, kind: str, ref: str, section: int) -> None:
        if self.place == (kind, ref, section):
            return
        self.save()
        self.place = (kind, ref, section)
        note = (
            self.academy.knowledge.note_for(kind, ref, section)
            if self.academy.learner_open
            else None
        )
        self._loading = True
        self.edit.setPlainText(note["text"] if note else "")
        self._loading = False
        self.status.clear()

    def _changed(self) -> None:
        if not self._loading:
            self._dirty = True
            self.status.setText(self.tr("Saving…"))
            self._timer.start()

    def save(self) -> None:
        """Write the pending text now (called on leaving, too)."""
        self._timer.stop()
        if not self._dirty or self.place is None or not self.academy.learner_open:
            return
        self._dirty = False
        self.academy.knowledge.save_note(*self.place, self.edit.toPlainText())
        self.status.setText(self.tr("Saved"))
        self.saved.emit()
