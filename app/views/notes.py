"""A note box for the section being read: typed text is saved by itself (a moment after
typing stops, and when the section changes or the page is left), so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.views.autosave import Autosave
from app.views.theme import mark


class NoteBox(QWidget):
    saved = Signal()

    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.place: tuple[str, str, int] | None = None
        self.caption = mark(QLabel(self.tr("My note on this section")), "Muted")
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(self.tr("Type a note; it is saved as you go."))
        self.edit.setAccessibleName(self.tr("My note on this section"))
        self.edit.setTabChangesFocus(True)
        self.status = mark(QLabel(), "Muted")
        self._autosave = Autosave(self.edit, self.status, self._write)
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
        self._autosave.load(note["text"] if note else "")

    def save(self) -> None:
        """Write the pending text now (called on leaving, too)."""
        self._autosave.flush()

    def _write(self, text: str) -> bool:
        if self.place is None or not self.academy.learner_open:
            return False
        self.academy.knowledge.save_note(*self.place, text)
        self.saved.emit()
        return True
