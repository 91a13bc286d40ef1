"""The form beside the graph: the selected node (the customer's line, news that stirs them up,
each reply with its target, emotion change, scores, feedback, principle and lesson link), the
selected ending, or — with nothing selected — the scenario itself.

The form changes nothing by itself: each edit is reported as (path in the document, new value)
so the editor can make it undoable; ``sync`` shows the document again after an undo, and
``mark`` outlines the fields the checks name, with the reason in their tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.scenario.draft import ScenarioDraft
from app.scenario.model import DIMENSIONS, ENDING_KINDS
from app.views.labels import dimension_names, emotion_names, ending_names
from app.views.studio.fields import FLAGGED_STYLE, flag, is_history_key
from app.views.theme import mark

NEW_NODE = "\x00new"  # the target combo's "new node" entry


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setUndoRedoEnabled(False)  # the editor's history undoes typing too
    box.setTabChangesFocus(True)  # Tab moves on through the form, as in every other field
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setFixedHeight(int(height))
    return box


class ScenarioForm(QScrollArea):
    edited = Signal(tuple, object, bool)  # (path, value, typing: may merge with the last)
    add_reply = Signal(str)
    remove_reply = Signal(str, int)
    new_node_for = Signal(str, int)  # a reply's target set to a new node

    def __init__(self, lesson_refs: list[str], parent=None) -> None:
        super().__init__(parent)
        self.lesson_refs = lesson_refs
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the graph to the fields
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.widgets: dict[tuple, QWidget] = {}
        self.kind = ""  # "scenario", "node" or "ending"
        self.item_id: str | None = None
        self._shape: tuple = ()
        self.add_btn: QPushButton | None = None
        self.boxes: list[QGroupBox] = []
        self.setWidget(QWidget())

    # building ----------------------------------------------------------------------------
    def show_item(self, draft: ScenarioDraft, item_id: str | None) -> None:
        """The form for node or ending ``item_id`` (None: the scenario's own fields)."""
        if item_id in draft.nodes:
            kind = "node"
        elif item_id in draft.endings:
            kind = "ending"
        else:
            kind, item_id = "scenario", None
        shape = (
            kind,
            item_id,
            len(draft.choices(item_id)) if kind == "node" else 0,
            tuple(draft.nodes),
            tuple(draft.endings),
        )
        if shape != self._shape:
            focused = self._focused_path()
            self.kind, self.item_id, self._shape = kind, item_id, shape
            self._build(draft)
            if focused in self.widgets:
                self.widgets[focused].setFocus()
        self.sync(draft)

    def _focused_path(self) -> tuple | None:
        for path, widget in self.widgets.items():
            if widget.hasFocus():
                return path
        return None

    def _build(self, draft: ScenarioDraft) -> None:
        self.widgets = {}
        self.boxes = []
        self.add_btn = None
        page = QWidget()
        page.setStyleSheet(FLAGGED_STYLE)
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 4, 8, 8)
        title = QLabel()
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 2)
        title.setFont(font)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        column.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(form)
        if self.kind == "node":
            nid = self.item_id
            title.setText(self.tr("Node %1").replace("%1", nid))
            base = ("nodes", nid)
            form.addRow(self.tr("Customer says(&C):"), self._text((*base, "customer"), 4))
            upset = self._spin((*base, "upset"), 0, 2)
            upset.setToolTip(self.tr("News in this line that stirs the customer up again (0–2)"))
            form.addRow(self.tr("Stirs up again(&U):"), upset)
            for i in range(len(draft.choices(nid))):
                column.addWidget(self._reply_box(draft, nid, i))
            self.add_btn = QPushButton(self.tr("Add reply"))
            self.add_btn.clicked.connect(lambda: self.add_reply.emit(nid))
            self.add_btn.setEnabled(len(draft.choices(nid)) < 4)
            self.widgets[(*base, "choices")] = self.add_btn
            column.addWidget(self.add_btn, 0, Qt.AlignmentFlag.AlignLeft)
        elif self.kind == "ending":
            eid = self.item_id
            title.setText(self.tr("Ending %1").replace("%1", eid))
            base = ("endings", eid)
            kind = self._combo((*base, "kind"), [(ending_names()[k], k) for k in ENDING_KINDS])
            form.addRow(self.tr("Kind(&K):"), kind)
            form.addRow(self.tr("Title(&T):"), self._line((*base, "title")))
            form.addRow(self.tr("What happens(&W):"), self._text((*base, "text"), 4))
        else:
            title.setText(self.tr("Scenario"))
            form.addRow(self.tr("Title(&T):"), self._line(("title",)))
            form.addRow(self.tr("Id(&I):"), self._line(("id",)))
            form.addRow(self.tr("Industry(&N):"), self._line(("industry",)))
            form.addRow(self.tr("Background(&B):"), self._text(("intro",), 4))
            form.addRow(
                self.tr("Start node(&S):"),
                self._combo(("start",), [(n, n) for n in draft.nodes]),
            )
            moods = [(f"{i} · {name}", i) for i, name in enumerate(emotion_names())]
            form.addRow(self.tr("Starting mood(&M):"), self._combo(("emotion",), moods))
            hint = mark(QLabel(self.tr("Select a node or an ending in the graph to edit it.")),
                        "Muted")  # fmt: skip
            hint.setWordWrap(True)
            column.addWidget(hint)
        column.addStretch(1)
        self.setWidget(page)

    def _reply_box(self, draft: ScenarioDraft, nid: str, i: int) -> QGroupBox:
        box = QGroupBox(self.tr("Reply %1").replace("%1", str(i + 1)))
        self.boxes.append(box)
        base = ("nodes", nid, "choices", i)
        self.widgets[base] = box
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Reply:"), self._text((*base, "text"), 3))
        targets = [(n, n) for n in draft.nodes]
        targets += [(self.tr("Ending: %1").replace("%1", e), e) for e in draft.endings]
        targets.append((self.tr("New node…"), NEW_NODE))
        target = self._combo((*base, "next"), targets)
        form.addRow(self.tr("Leads to:"), target)
        form.addRow(self.tr("Emotion change:"), self._spin((*base, "emotion"), -2, 2))
        names = dimension_names()
        for dim in DIMENSIONS:
            spin = self._spin((*base, "scores", dim), -2, 2)
            spin.setAccessibleName(names[dim])
            form.addRow(self.tr("%1:").replace("%1", names[dim]), spin)
        form.addRow(self.tr("Feedback:"), self._line((*base, "feedback")))
        form.addRow(self.tr("Principle:"), self._line((*base, "principle")))
        lesson = self._line((*base, "lesson"))
        completer = QCompleter(self.lesson_refs, lesson)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        lesson.setCompleter(completer)
        lesson.setPlaceholderText("lesson-id#2")
        form.addRow(self.tr("Lesson:"), lesson)
        remove = QPushButton(self.tr("Remove reply %1").replace("%1", str(i + 1)))
        remove.clicked.connect(lambda: self.remove_reply.emit(nid, i))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(remove)
        form.addRow(row)
        return box

    # fields ------------------------------------------------------------------------------
    def _text(self, path: tuple, lines: int) -> QPlainTextEdit:
        box = _text_box(lines)
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
        if len(path) >= 2 and path[-2] == "scores":  # the whole mapping, in the usual order
            self.edited.emit(path[:-1], self._scores(path[:-1]), False)
        else:
            self.edited.emit(path, value, False)

    def _scores(self, scores_path: tuple) -> dict[str, int]:
        return {dim: self.widgets[(*scores_path, dim)].value() for dim in DIMENSIONS}

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
        if value == NEW_NODE:
            self.new_node_for.emit(path[1], path[3])
        elif value is not None:
            self.edited.emit(path, value, False)

    # showing the document ---------------------------------------------------------------
    def sync(self, draft: ScenarioDraft) -> None:
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
                elif isinstance(widget, QComboBox):
                    self._sync_combo(widget, value)
            finally:
                widget.blockSignals(False)

    def _sync_combo(self, combo: QComboBox, value) -> None:
        index = combo.findData(value)
        missing = combo.property("missing")
        if index < 0:  # a target that is not (or no longer) there: shown, flagged by checks
            label = self.tr("⚠ %1 (missing)").replace("%1", str(value or "—"))
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

    def mark(self, messages: dict[tuple, list[str]]) -> None:
        """Outline each field with a problem (path → messages) and say why in its tooltip."""
        for path, widget in self.widgets.items():
            found = messages.get(path, [])
            if len(path) >= 2 and path[-2] == "scores":
                found = messages.get(path[:-1], [])
            flag(widget, found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z, Ctrl+Shift+Z and Ctrl+S in a field go to the editor, so there is one
        history for the whole scenario (a field would otherwise take the key first)."""
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
