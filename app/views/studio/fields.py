"""The fields of the studio's forms: the keys that go to the editor's one history rather than
to the focused field (``is_history_key``, ``HistoryKeys``), the red outline on a field the
checks name (``flag``), a text box without a history of its own (``text_box``), and
``FieldForm``, a form whose fields are each bound to a path in the file's document.

A form changes nothing by itself: each edit is reported as (path in the document, new value,
typing) so the editor can make it undoable; ``sync`` shows the document again after an undo
without reporting edits, and ``mark`` outlines the fields the checks name, with the reason in
their tooltip. Ctrl+Z, Ctrl+Shift+Z and Ctrl+S in a field go to the editor, so one history
covers the whole file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.views.plain import tip

FLAGGED_STYLE = '[flagged="true"] { border: 2px solid #C62828; border-radius: 3px; }'


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


def text_box(lines: int, grow: bool = False) -> QPlainTextEdit:
    """A text field ``lines`` high (at least, if it may ``grow``) whose typing the editor's
    history undoes."""
    box = QPlainTextEdit()
    box.setUndoRedoEnabled(False)  # the editor's history undoes typing too
    box.setTabChangesFocus(True)  # Tab moves on through the form, as in every other field
    height = int(box.fontMetrics().lineSpacing() * lines + 14)
    if grow:
        box.setMinimumHeight(height)
    else:
        box.setFixedHeight(height)
    return box


class FieldForm(QScrollArea):
    """A scrolling form whose fields are ``widgets`` (document path → widget)."""

    edited = Signal(tuple, object, bool)  # (path, value, typing: may merge with the last)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.widgets: dict[tuple, QWidget] = {}
        self.setWidget(QWidget())

    def _new_page(self) -> tuple[QWidget, QVBoxLayout]:
        """A fresh page for the form (set with ``setWidget`` once filled) and its column;
        outlined fields are drawn red on it."""
        page = QWidget()
        page.setStyleSheet(FLAGGED_STYLE)
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 4, 8, 8)
        return page, column

    def _focused_path(self) -> tuple | None:
        for path, widget in self.widgets.items():
            if widget.hasFocus():
                return path
        return None

    # fields ------------------------------------------------------------------------------
    def _text(self, path: tuple, lines: int) -> QPlainTextEdit:
        box = text_box(lines)
        box.textChanged.connect(lambda: self.edited.emit(path, box.toPlainText(), True))
        box.installEventFilter(self)
        self.widgets[path] = box
        return box

    def _line(self, path: tuple) -> QLineEdit:
        line = QLineEdit()
        line.textEdited.connect(lambda text: self.edited.emit(path, text, True))
        line.installEventFilter(self)
        self.widgets[path] = line
        return line

    def _spin(self, path: tuple, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value: self._spun(path, value))
        spin.installEventFilter(self)
        self.widgets[path] = spin
        return spin

    def _spun(self, path: tuple, value: int) -> None:
        self.edited.emit(path, value, False)

    def _check(self, path: tuple, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(lambda on: self.edited.emit(path, on, False))
        box.installEventFilter(self)
        self.widgets[path] = box
        return box

    def _combo(self, path: tuple, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        combo.activated.connect(lambda index: self._picked(path, combo, index))
        combo.installEventFilter(self)
        self.widgets[path] = combo
        return combo

    def _picked(self, path: tuple, combo: QComboBox, index: int) -> None:
        value = combo.itemData(index)
        if value is not None:
            self.edited.emit(path, value, False)

    # showing the document ---------------------------------------------------------------
    def sync(self, draft) -> None:
        """Every field as the document has it now (after an undo, say), without reporting
        these as edits; fields that already show it are left alone (the cursor stays)."""
        for path, widget in self.widgets.items():
            value = draft.get(path)
            widget.blockSignals(True)
            try:
                if isinstance(widget, QPlainTextEdit):
                    text = value if isinstance(value, str) else ""
                    if widget.toPlainText() != text:
                        widget.setPlainText(text)
                elif isinstance(widget, QLineEdit):
                    text = value if isinstance(value, str) else ""
                    if widget.text() != text:
                        widget.setText(text)
                        widget.setCursorPosition(0)  # the start of the text, not its end
                elif isinstance(widget, QSpinBox):
                    number = value if isinstance(value, int) and not isinstance(value, bool) else 0
                    widget.setValue(number)
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(value is True)
                elif isinstance(widget, QComboBox):
                    self._sync_combo(widget, value)
            finally:
                widget.blockSignals(False)

    def _sync_combo(self, combo: QComboBox, value) -> None:
        index = combo.findData(value)
        missing = combo.property("missing")
        if index < 0:  # a value that is not (or no longer) offered: shown, flagged by checks
            missing_text = QCoreApplication.translate("StudioForm", "⚠ %1 (missing)")
            label = missing_text.replace("%1", str(value or "—"))
            if missing:
                combo.setItemText(0, label)
                combo.setItemData(0, value)
            else:
                combo.insertItem(0, label, value)
                combo.setProperty("missing", True)
            index = 0
        elif missing and index != 0:
            combo.removeItem(0)
            combo.setProperty("missing", False)
            index = combo.findData(value)
        combo.setCurrentIndex(index)

    def _messages_for(self, path: tuple, messages: dict[tuple, list[str]]) -> list[str]:
        """What ``mark`` shows on the field at ``path`` (a form may gather several paths)."""
        return messages.get(path, [])

    def mark(self, messages: dict[tuple, list[str]]) -> None:
        """Outline each field with a problem (path → messages) and say why in its tooltip."""
        for path, widget in self.widgets.items():
            flag(widget, self._messages_for(path, messages))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z, Ctrl+Shift+Z and Ctrl+S in a field go to the editor, so there is one
        history for the whole file (a field would otherwise take the key first)."""
        if event.type() == QEvent.Type.ShortcutOverride and is_history_key(event):
            return True
        return super().eventFilter(watched, event)

    def reveal_flagged(self) -> None:
        """Scroll the first outlined field into view (a problem picked from the list), once
        the form has its layout."""

        def reveal() -> None:
            for widget in self.widgets.values():
                if widget.property("flagged"):
                    self.ensureWidgetVisible(widget, 20, 40)
                    return

        QTimer.singleShot(0, self, reveal)

    def first_field(self) -> QWidget | None:
        return next(iter(self.widgets.values()), None)
