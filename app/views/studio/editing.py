"""What every studio editor does with its one file: a single undo history with its buttons and
keys (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, Ctrl+S), a title that shows unsaved steps with a star,
and an atomic save that warns, without refusing, while problems remain (only publishing
refuses them).

A mixin for a QWidget editor that has ``path``, ``draft`` (whose ``save(path)`` writes
atomically), a ``saved`` signal, ``check_now()``, ``problem_count()`` and ``title_text()``;
an editor that writes more than its file, or learns something from the save, overrides
``_write`` or ``_after_save``. Every studio editor uses it: role-play, lesson, case, question
and the reference tables. Its strings have one context, "StudioEditor", for every editor."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.common.document import DraftError
from app.views.elided import ElidedLabel
from app.views.theme import mark


def side_by_side(*panes: tuple[QWidget, int, int], sizes: list[int] | None = None) -> QSplitter:
    """The editor's panes left to right, each (widget, stretch, minimum width; 0: none),
    never collapsed to nothing; ``sizes``: their first widths."""
    split = QSplitter(Qt.Orientation.Horizontal)
    for i, (widget, stretch, minimum) in enumerate(panes):
        split.addWidget(widget)
        split.setStretchFactor(i, stretch)
        if minimum:
            widget.setMinimumWidth(minimum)
    split.setChildrenCollapsible(False)
    if sizes:
        split.setSizes(sizes)
    return split


class FileEditing:
    def _setup_history(self) -> None:
        """The undo stack, the title and status lines, and the Undo, Redo and Save buttons."""
        self.undo_stack = QUndoStack(self)
        self.title = mark(ElidedLabel(), "PageTitle")
        self.status = mark(QLabel(), "Muted")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_btn = QPushButton(QCoreApplication.translate("StudioEditor", "Undo"))
        self.undo_btn.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_btn.setEnabled)
        self.redo_btn = QPushButton(QCoreApplication.translate("StudioEditor", "Redo"))
        self.redo_btn.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_btn.setEnabled)
        self.undo_btn.setEnabled(False)
        self.redo_btn.setEnabled(False)
        self.save_btn = mark(
            QPushButton(QCoreApplication.translate("StudioEditor", "Save (Ctrl+S)")), "Primary"
        )
        self.save_btn.clicked.connect(self.save)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _history_row(self, tools: list[QWidget] = ()) -> QHBoxLayout:
        """``tools``, then Undo and Redo, and Save at the right."""
        row = QHBoxLayout()
        for tool in tools:
            row.addWidget(tool)
        if tools:
            row.addSpacing(12)
        row.addWidget(self.undo_btn)
        row.addWidget(self.redo_btn)
        row.addStretch(1)
        row.addWidget(self.save_btn)
        return row

    def _lay_out(self, buttons, body) -> None:
        """Title, the row of ``buttons`` (a layout), the status line, and ``body``."""
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(self.title)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addWidget(body, 1)

    def _add_keys(self, *extra: tuple) -> None:
        """Save and the history's keys, and ``extra`` (keys, slot) pairs, anywhere in the
        editor (a field passes them on: app.views.studio.fields)."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            ("Ctrl+Shift+Z", self.undo_stack.redo),
            ("Ctrl+Y", self.undo_stack.redo),
            *extra,
        ):
            QShortcut(QKeySequence(keys), self, slot, context=context)

    def save(self) -> bool:
        try:
            self._write()
        except (OSError, DraftError) as exc:
            text = QCoreApplication.translate("StudioEditor", "Could not save %1: %2")
            reason = getattr(exc, "strerror", None) or str(exc)
            self.status.setText(text.replace("%1", str(self.path)).replace("%2", reason))
            return False
        self.undo_stack.setClean()
        self._after_save()
        self.check_now()
        n = self.problem_count()
        if n:
            left = QCoreApplication.translate(
                "StudioEditor",
                "Saved with %n problem(s) left: publishing refuses it until they are fixed.",
                "",
                n,
            )
            self.status.setText(left)
        else:
            self.status.setText(
                QCoreApplication.translate("StudioEditor", "Saved. No problems found.")
            )
        self._show_title()
        self.saved.emit(str(self.path))
        return True

    def _write(self) -> None:
        """Write the file atomically (OSError or DraftError: not saved, the status says why)."""
        self.draft.save(self.path)

    def _after_save(self) -> None:
        """What the editor learns from the file being saved, before the checks run again."""

    def _clean_changed(self, _clean: bool) -> None:
        # A stack dropped with unsaved steps says so from its destructor, after the title.
        if shiboken6.isValid(self.undo_stack) and shiboken6.isValid(self.title):
            self._show_title()

    def _show_title(self) -> None:
        star = "" if self.undo_stack.isClean() else " *"
        self.title.set_full_text(f"{self.title_text()}{star}")
