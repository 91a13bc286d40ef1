"""What every studio editor shares: one undo history for a whole file (a field edit is an
undoable step; typing on in the same field stays one step), the keys that go to that history
rather than to the focused field, the red outline on a field the checks name, and (for the
lesson and case editors) the Undo / Redo / Save bar, the starred title and the save message."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.views.plain import tip
from app.views.theme import mark

FLAGGED_STYLE = '[flagged="true"] { border: 2px solid #C62828; border-radius: 3px; }'
ABSENT = object()  # the key was not in the document before the edit


class EditField(QUndoCommand):
    """One field changed; typing on in the same field stays one step. ``editor`` has a
    ``draft`` (get / set / unset by path) and ``changed()``, called after each change."""

    def __init__(self, editor, path: tuple, old: Any, new: Any, typing: bool) -> None:
        super().__init__(editor.tr("Edit %1").replace("%1", str(path[-1])))
        self.editor, self.path, self.old, self.new = editor, path, old, new
        self.typing = typing

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditField) or other.path != self.path:
            return False
        if not (self.typing and other.typing):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.editor.draft.set(self.path, self.new)
        self.editor.changed()

    def undo(self) -> None:
        if self.old is ABSENT:
            self.editor.draft.unset(self.path)
        else:
            self.editor.draft.set(self.path, self.old)
        self.editor.changed()


class EditStructure(QUndoCommand):
    """Items added or removed (nodes, replies, questions): the document before and after;
    ``editor.changed(select)`` shows it with ``select`` chosen."""

    def __init__(self, editor, text: str, before: dict, after: dict,
                 select_before: str | None, select_after: str | None) -> None:  # fmt: skip
        super().__init__(text)
        self.editor, self.before, self.after = editor, before, after
        self.select_before, self.select_after = select_before, select_after

    def redo(self) -> None:
        self.editor.draft.restore(self.after)
        self.editor.changed(self.select_after)

    def undo(self) -> None:
        self.editor.draft.restore(self.before)
        self.editor.changed(self.select_before)


def push_edit(editor, path: tuple, value: Any, typing: bool = False) -> None:
    """Set the value at ``path`` of ``editor.draft`` as a step of ``editor.undo_stack``."""
    old = editor.draft.get(path) if editor.draft.has(path) else ABSENT
    if old != value:
        editor.undo_stack.push(EditField(editor, path, old, value, typing))


def is_history_key(event: QEvent) -> bool:
    """Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y and Ctrl+S: the editor's, not the focused field's."""
    return (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or event.matches(QKeySequence.StandardKey.Save)
        or event.keyCombination()
        == QKeyCombination(
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z
        )
    )


class HistoryKeys(QObject):
    """Installed on a field, it leaves the history keys to the editor's shortcuts (a field
    would otherwise take them first and keep a history of its own)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and is_history_key(event):
            return True
        return super().eventFilter(watched, event)


def flag(widget: QWidget, messages: list[str]) -> None:
    """Outline ``widget`` while the checks name it, saying why in its tooltip."""
    flagged = bool(messages)
    text = "\n".join(f"⚠ {m}" for m in messages)
    if widget.property("flagged") != flagged or widget.toolTip() != tip(text):
        widget.setProperty("flagged", flagged)
        widget.setToolTip(tip(text))
        widget.setAccessibleDescription(text)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def history_bar(editor, tools: list[QWidget] = ()) -> QHBoxLayout:
    """``tools``, Undo, Redo and, at the right, Save (Ctrl+S) over ``editor.undo_stack``,
    with the keys of one history (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y, Ctrl+S) anywhere in it."""
    stack = editor.undo_stack
    bar = QHBoxLayout()
    for tool in tools:
        bar.addWidget(tool)
    if tools:
        bar.addSpacing(12)
    editor.undo_btn = QPushButton(QCoreApplication.translate("StudioEditor", "Undo"))
    editor.undo_btn.clicked.connect(stack.undo)
    stack.canUndoChanged.connect(editor.undo_btn.setEnabled)
    editor.redo_btn = QPushButton(QCoreApplication.translate("StudioEditor", "Redo"))
    editor.redo_btn.clicked.connect(stack.redo)
    stack.canRedoChanged.connect(editor.redo_btn.setEnabled)
    editor.undo_btn.setEnabled(False)
    editor.redo_btn.setEnabled(False)
    editor.save_btn = mark(
        QPushButton(QCoreApplication.translate("StudioEditor", "Save (Ctrl+S)")), "Primary"
    )
    editor.save_btn.clicked.connect(editor.save)
    bar.addWidget(editor.undo_btn)
    bar.addWidget(editor.redo_btn)
    bar.addStretch(1)
    bar.addWidget(editor.save_btn)
    context = Qt.ShortcutContext.WidgetWithChildrenShortcut
    for keys, slot in (
        (QKeySequence.StandardKey.Save, editor.save),
        (QKeySequence.StandardKey.Undo, stack.undo),
        ("Ctrl+Shift+Z", stack.redo),
        ("Ctrl+Y", stack.redo),
    ):
        QShortcut(QKeySequence(keys), editor, slot, context=context)
    stack.cleanChanged.connect(lambda _clean: _title_if_alive(editor))
    return bar


def _title_if_alive(editor) -> None:
    # A stack dropped with unsaved steps says so from its destructor, after the title.
    if shiboken6.isValid(editor.undo_stack) and shiboken6.isValid(editor.title):
        show_title(editor)


def show_title(editor) -> None:
    """The file's title (its name while it has none), starred while unsaved."""
    name = editor.draft.front.get("title")
    name = name if isinstance(name, str) and name else editor.path.name
    star = "" if editor.undo_stack.isClean() else " *"
    editor.title.set_full_text(f"{name}{star}")


def save_failed(editor, exc: Exception) -> None:
    reason = getattr(exc, "strerror", None) or str(exc)
    editor.status.setText(
        QCoreApplication.translate("StudioEditor", "Could not save %1: %2")
        .replace("%1", str(editor.path))
        .replace("%2", reason)
    )


def saved(editor, problems: int) -> None:
    """Say what the save left to fix (it is written anyway; publishing refuses it)."""
    if problems:
        editor.status.setText(
            QCoreApplication.translate(
                "StudioEditor",
                "Saved with %n problem(s) left: publishing refuses it until they are fixed.",
                None,
                problems,
            )
        )
    else:
        editor.status.setText(
            QCoreApplication.translate("StudioEditor", "Saved. No problems found.")
        )
    show_title(editor)
    editor.saved.emit(str(editor.path))
