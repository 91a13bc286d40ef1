"""The Markdown text of a lesson: a plain-text editor whose line numbers are the file's (the
front matter above it counts), whose typing is part of the editor's one history, and which
completes links to lessons, lesson sections and glossary terms as the content format writes
them (``[[`` offers all three; ``](lesson:`` and ``](term:`` the targets)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QKeySequence,
    QPainter,
    QStandardItem,
    QStandardItemModel,
    QTextCursor,
    QUndoCommand,
)
from PySide6.QtWidgets import QCompleter, QPlainTextEdit, QWidget

from app.views.studio.fields import is_history_key

ROLE_INSERT = Qt.ItemDataRole.UserRole + 1
ROLE_SEARCH = Qt.ItemDataRole.UserRole + 2


class TextStep(QUndoCommand):
    """One step of the text's own undo history, kept in order with the form's edits: undoing
    it asks the text document to undo its last step (typing merges as Qt merges it)."""

    def __init__(self, edit: QPlainTextEdit, text: str) -> None:
        super().__init__(text)
        self.edit = edit
        self._done = True  # the document made the change before the step was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.edit.document().redo()

    def undo(self) -> None:
        self.edit.document().undo()


class _Gutter(QWidget):
    def __init__(self, edit: MarkdownEdit) -> None:
        super().__init__(edit)
        self.edit = edit

    def sizeHint(self) -> QSize:
        return QSize(self.edit.gutter_width(), 0)

    def paintEvent(self, event) -> None:
        self.edit.paint_gutter(event)


class MarkdownEdit(QPlainTextEdit):
    """``first_line``: the file line of the text's first line. Ctrl+Z / Ctrl+Shift+Z are
    reported (``undo_requested``, ``redo_requested``) for the editor's one history."""

    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.first_line = 1
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), self.font().pointSizeF()))
        self.setFont(font)
        self.setTabChangesFocus(True)  # keyboard users leave with Tab; indent with spaces
        self.gutter = _Gutter(self)
        self.blockCountChanged.connect(self._fit_gutter)
        self.updateRequest.connect(self._scroll_gutter)
        self._fit_gutter()
        self.completer = QCompleter(self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionRole(ROLE_SEARCH)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[QModelIndex].connect(self._complete)
        self._offer: Callable[[str], list[tuple[str, str, str]]] = lambda kind: []
        self._kind: str | None = None
        self._typed = ""

    # line numbers ----------------------------------------------------------------------
    def set_first_line(self, line: int) -> None:
        if line != self.first_line:
            self.first_line = line
            self._fit_gutter()
            self.gutter.update()

    def gutter_width(self) -> int:
        digits = len(str(self.blockCount() + self.first_line))
        return 10 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def _fit_gutter(self, *_args) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, event) -> None:
        painter = QPainter(self.gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.alternateBase())
        painter.setPen(QColor(palette.placeholderText().color()))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                painter.drawText(0, top, self.gutter.width() - 5, height,
                                 Qt.AlignmentFlag.AlignRight,
                                 str(block.blockNumber() + self.first_line))  # fmt: skip
            block = block.next()
            top = bottom
        painter.end()

    # places ----------------------------------------------------------------------------
    def go_to_line(self, file_line: int) -> None:
        """Put the cursor at the start of a file line, shown near the top."""
        block = self.document().findBlockByNumber(max(0, file_line - self.first_line))
        if not block.isValid():
            block = self.document().lastBlock()
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(min(bar.maximum(), block.blockNumber()))  # a block a step
        self.ensureCursorVisible()

    def current_line(self) -> int:
        return self.textCursor().blockNumber() + self.first_line

    # keys and completion ---------------------------------------------------------------
    def set_completions(self, offer: Callable[[str], list[tuple[str, str, str]]]) -> None:
        """``offer(kind)``: (shown, searched, inserted) for "any", "lesson" or "term"."""
        self._offer = offer
        self._kind = None

    def event(self, event) -> bool:
        if event.type() == event.Type.ShortcutOverride and is_history_key(event):
            event.ignore()  # left to the editor's shortcuts: its history, not the text's
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if is_history_key(event):  # no shortcut took it: still never the document's own undo
            if event.matches(QKeySequence.StandardKey.Save):
                event.ignore()
                return
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_requested.emit()
            else:
                self.redo_requested.emit()
            return
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (
            Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):  # fmt: skip
            event.ignore()  # the completer's
            return
        super().keyPressEvent(event)
        if event.text() or event.key() == Qt.Key.Key_Backspace:
            self.offer_completion()

    def offer_completion(self) -> bool:
        """Show the choices the text before the cursor asks for; True if it asks."""
        from app.studio.lesson_draft import completion_context

        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        found = completion_context(before)
        popup = self.completer.popup()
        if found is None:
            popup.hide()
            return False
        kind, typed = found
        if kind != self._kind:
            model = QStandardItemModel(self.completer)
            for shown, searched, inserted in self._offer(kind):
                item = QStandardItem(shown)
                item.setData(inserted, ROLE_INSERT)
                item.setData(searched, ROLE_SEARCH)
                model.appendRow(item)
            self.completer.setModel(model)
            self._kind = kind
        self._typed = typed
        self.completer.setCompletionPrefix(typed)
        if self.completer.completionCount() == 0:
            popup.hide()
            return True
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(min(self.viewport().width(), 520))
        self.completer.complete(rect)
        return True

    def _complete(self, index) -> None:
        inserted = index.data(ROLE_INSERT) if hasattr(index, "data") else None
        if not isinstance(inserted, str):
            return
        cursor = self.textCursor()
        remove = len(self._typed) + (2 if self._kind == "any" else 0)
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor,
                            remove)  # fmt: skip
        cursor.insertText(inserted)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.completer.popup().hide()
