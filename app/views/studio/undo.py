"""The undoable steps every studio editor pushes on its one QUndoStack. An editor holds its
file's document as ``editor.draft`` (an ``app.common.document.EditableDocument``) and has a
``changed(select=…)`` that shows the document again after a step (re)done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

ABSENT = object()  # a key the document did not have before the edit


class EditField(QUndoCommand):
    """One field changed; typing on in the same field stays one step."""

    def __init__(self, editor: Any, path: tuple, old: Any, new: Any, typing: bool) -> None:
        text = QCoreApplication.translate("StudioEditor", "Edit %1")
        super().__init__(text.replace("%1", str(path[-1])))
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
    """Items added, removed or moved: the document before and after, and what to select."""

    def __init__(self, editor: Any, text: str, before: dict, after: dict,
                 select_before: Any, select_after: Any) -> None:  # fmt: skip
        super().__init__(text)
        self.editor, self.before, self.after = editor, before, after
        self.select_before, self.select_after = select_before, select_after

    def redo(self) -> None:
        self.editor.draft.restore(self.after)
        self.editor.changed(self.select_after)

    def undo(self) -> None:
        self.editor.draft.restore(self.before)
        self.editor.changed(self.select_before)


def push_edit(editor: Any, path: tuple, value: Any, typing: bool = False) -> None:
    """Set the value at ``path`` of ``editor.draft`` as one undoable step (unless it is
    already that value)."""
    draft = editor.draft
    old = draft.get(path) if draft.has(path) else ABSENT
    if old == value:
        return
    editor.undo_stack.push(EditField(editor, path, old, value, typing))


def push_structure(editor: Any, text: str, change, select_before: Any, select_after: Any = None):
    """Run ``change(draft)`` as one undoable step; returns what it returned. ``select_after``
    may be a function of that result."""
    draft = editor.draft
    before = draft.snapshot()
    result = change(draft)
    after = draft.snapshot()
    draft.restore(before)  # the command's redo makes the change
    target = select_after(result) if callable(select_after) else select_after
    editor.undo_stack.push(EditStructure(editor, text, before, after, select_before, target))
    return result
