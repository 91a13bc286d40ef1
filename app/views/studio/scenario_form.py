"""The form beside the graph: the selected node (the customer's line, news that stirs them up,
each reply with its target, emotion change, scores, feedback, principle and lesson link), the
selected ending, or — with nothing selected — the scenario itself.

Its fields, their undoable edits and their flags are app.views.studio.fields'."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from app.scenario.draft import ScenarioDraft
from app.scenario.model import DIMENSIONS, ENDING_KINDS
from app.views.labels import dimension_names, emotion_names, ending_names
from app.views.studio.fields import FieldForm
from app.views.theme import mark

NEW_NODE = "\x00new"  # the target combo's "new node" entry


class ScenarioForm(FieldForm):
    add_reply = Signal(str)
    remove_reply = Signal(str, int)
    new_node_for = Signal(str, int)  # a reply's target set to a new node

    def __init__(self, lesson_refs: list[str], parent=None) -> None:
        super().__init__(parent)
        self.lesson_refs = lesson_refs
        self.kind = ""  # "scenario", "node" or "ending"
        self.item_id: str | None = None
        self._shape: tuple = ()
        self.add_btn: QPushButton | None = None
        self.boxes: list[QGroupBox] = []

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

    def _build(self, draft: ScenarioDraft) -> None:
        self.widgets = {}
        self.boxes = []
        self.add_btn = None
        page, column = self._new_page()
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

    def _spun(self, path: tuple, value: int) -> None:
        if len(path) >= 2 and path[-2] == "scores":  # the whole mapping, in the usual order
            self.edited.emit(path[:-1], self._scores(path[:-1]), False)
        else:
            self.edited.emit(path, value, False)

    def _scores(self, scores_path: tuple) -> dict[str, int]:
        return {dim: self.widgets[(*scores_path, dim)].value() for dim in DIMENSIONS}

    def _picked(self, path: tuple, combo: QComboBox, index: int) -> None:
        value = combo.itemData(index)
        if value == NEW_NODE:
            self.new_node_for.emit(path[1], path[3])
        else:
            super()._picked(path, combo, index)

    def _messages_for(self, path: tuple, messages: dict[tuple, list[str]]) -> list[str]:
        if len(path) >= 2 and path[-2] == "scores":  # one message for the four spin boxes
            return messages.get(path[:-1], [])
        return messages.get(path, [])
