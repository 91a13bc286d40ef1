"""Saving a text box as the learner types, shared by the section notes and written practice.

A change is written 0.8 s after the last key, or at once by ``flush`` (on leaving the page
or the item); the status line says "Saving…" and then "Saved". Text the program puts into
the box (``load``) is not a change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit


class Autosave(QObject):
    def __init__(self, edit: QPlainTextEdit, status: QLabel, write: Callable[[str], bool],
                 interval_ms: int = 800) -> None:  # fmt: skip
        """``write(text)`` stores the text and returns True, or False when there is
        nowhere to store it yet (no learner, no item): the change then stays pending."""
        super().__init__(edit)
        self._edit, self._status, self._write = edit, status, write
        self._pending = False
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=interval_ms)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._changed)

    def load(self, text: str) -> None:
        """Show ``text`` as the stored version (nothing pending, the status cleared)."""
        self._loading = True
        self._edit.setPlainText(text)
        self._loading = False
        self._pending = False
        self._timer.stop()
        self._status.clear()

    def _changed(self) -> None:
        if not self._loading:
            self._pending = True
            self._status.setText(self.tr("Saving…"))
            self._timer.start()

    def flush(self) -> None:
        """Write the pending text now."""
        self._timer.stop()
        if not self._pending:
            return
        self._pending = False
        if self._write(self._edit.toPlainText()):
            self._status.setText(self.tr("Saved"))
        else:
            self._pending = True
