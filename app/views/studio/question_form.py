"""The form of one question: the fields every question has (id, type, section, difficulty,
lesson, stem, explanation) and those of its type — options with their correct flags, share of
the marks and feedback; the true-or-false answer; the items in their right order; the pairs;
the accepted answers; the customer's words.

Fields, undoable edits and flags are app.views.studio.fields'. Adding, removing and moving
an option (or item, pair, answer) and changing the type are reported as signals: they change
the question's structure, which the editor makes one undoable step each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from app.quiz.fractions import percent_text
from app.quiz.model import TYPES
from app.studio.quiz_draft import SIZES, TYPE_FIELD, QuizDraft
from app.views.answer_widgets import LETTERS
from app.views.labels import question_type_names
from app.views.studio.fields import FieldForm
from app.views.theme import mark

SINGLE_RIGHT = ("single", "situational")  # exactly one option is right


class QuestionForm(FieldForm):
    type_changed = Signal(int, str)
    add_entry = Signal(int, str)  # (question, "options" | "items" | "pairs" | "answers")
    remove_entry = Signal(int, str, int)
    move_entry = Signal(int, str, int, int)  # (question, field, entry, step)
    only_correct = Signal(int, int)  # (question, option): the one right option

    def __init__(
        self, sections: list[tuple[str, str]], lesson_refs: list[str], parent=None
    ) -> None:
        """``sections``: (id, title) of the course's and the layer's sections."""
        super().__init__(parent)
        self.sections = sections
        self.lesson_refs = lesson_refs
        self.index: int | None = None
        self.qtype = ""
        self._shape: tuple = ()
        self.fraction_labels: list[QLabel] = []
        self.entries_box: QGroupBox | None = None

    # building ----------------------------------------------------------------------------
    def show_question(self, draft: QuizDraft, index: int | None) -> None:
        """The form for question ``index`` (None: no question, a hint)."""
        if index is not None and not 0 <= index < len(draft.questions):
            index = None
        q = draft.questions[index] if index is not None else {}
        field = TYPE_FIELD.get(str(q.get("type")), ("", 0))[0]
        entries = q.get(field)
        shape = (index, q.get("type"), len(entries) if isinstance(entries, list) else -1)
        if shape != self._shape:
            focused = self._focused_path()
            self.index, self.qtype, self._shape = index, str(q.get("type") or ""), shape
            self._build(draft)
            if focused in self.widgets:
                self.widgets[focused].setFocus()
        self.sync(draft)
        self.show_fractions(draft)

    def _build(self, draft: QuizDraft) -> None:
        self.widgets = {}
        self.fraction_labels = []
        self.entries_box = None
        page, column = self._new_page()
        if self.index is None:
            hint = mark(QLabel(self.tr("Add a question (Ctrl+N) or choose one in the list.")),
                        "Muted")  # fmt: skip
            hint.setWordWrap(True)
            column.addWidget(hint)
            column.addStretch(1)
            self.setWidget(page)
            return
        base = ("questions", self.index)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(form)
        names = question_type_names()
        kind = self._combo((*base, "type"), [(names[t], t) for t in TYPES])
        kind.activated.disconnect()  # a new type reshapes the question: one structural step
        kind.activated.connect(lambda i: self.type_changed.emit(self.index, kind.itemData(i)))
        form.addRow(self.tr("Type(&T):"), kind)
        form.addRow(self.tr("Id(&I):"), self._line((*base, "id")))
        sections = [(f"{sid} · {title}" if title else sid, sid) for sid, title in self.sections]
        form.addRow(self.tr("Section(&E):"), self._combo((*base, "topic"), sections))
        levels = [(self.tr("1 · easy"), 1), (self.tr("2 · medium"), 2), (self.tr("3 · hard"), 3)]
        form.addRow(self.tr("Difficulty(&D):"), self._combo((*base, "difficulty"), levels))
        lesson = self._line((*base, "lesson"))
        completer = QCompleter(self.lesson_refs, lesson)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        lesson.setCompleter(completer)
        lesson.setPlaceholderText("lesson-id#2")
        form.addRow(self.tr("Lesson(&L):"), lesson)
        form.addRow(self.tr("Question(&Q):"), self._text((*base, "stem"), 3))
        if self.qtype == "situational":
            form.addRow(self.tr("Customer says(&C):"), self._text((*base, "customer"), 2))
        if self.qtype == "truefalse":
            answers = [(self.tr("True"), True), (self.tr("False"), False)]
            form.addRow(self.tr("Answer(&A):"), self._combo((*base, "answer"), answers))
        elif self.qtype in TYPE_FIELD:
            column.addWidget(self._entries(draft))
        tail = QFormLayout()
        tail.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        tail.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        tail.addRow(self.tr("Explanation(&X):"), self._text((*base, "explanation"), 3))
        column.addLayout(tail)
        column.addStretch(1)
        self.setWidget(page)

    def _entries(self, draft: QuizDraft) -> QGroupBox:
        field = TYPE_FIELD[self.qtype][0]
        base = ("questions", self.index, field)
        entries = draft.get(base)
        count = len(entries) if isinstance(entries, list) else 0
        titles = {
            "options": self.tr("Options"),
            "items": self.tr("Items, in the right order"),
            "pairs": self.tr("Pairs (left · right)"),
            "answers": self.tr("Accepted answers"),
        }
        box = QGroupBox(titles[field])
        self.entries_box = box
        self.widgets[base] = box  # where a rule about the whole list is flagged
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        for j in range(count):
            self._entry_row(grid, field, j, count)
        add_texts = {
            "options": self.tr("Add option"),
            "items": self.tr("Add item"),
            "pairs": self.tr("Add pair"),
            "answers": self.tr("Add answer"),
        }
        add = QPushButton(add_texts[field])
        add.setEnabled(count < SIZES.get(self.qtype, 1))
        add.clicked.connect(lambda: self.add_entry.emit(self.index, field))
        grid.addWidget(add, grid.rowCount(), 1, Qt.AlignmentFlag.AlignLeft)
        return box

    def _entry_row(self, grid: QGridLayout, field: str, j: int, count: int) -> None:
        path = ("questions", self.index, field, j)
        row = grid.rowCount()
        grid.addWidget(QLabel(f"{LETTERS[j] if j < len(LETTERS) else j + 1}."), row, 0)
        if field == "options":
            text = self._line((*path, "text"))
            text.setAccessibleName(self.tr("Option %1").replace("%1", LETTERS[j]))
            grid.addWidget(text, row, 1)
            right = self._check((*path, "correct"), self.tr("Right"))
            if self.qtype in SINGLE_RIGHT:
                right.toggled.disconnect()
                right.toggled.connect(lambda on: self._right_toggled(j, on))
            grid.addWidget(right, row, 2)
            share = mark(QLabel(), "Muted")
            share.setToolTip(self.tr("Share of the marks for ticking this option"))
            self.fraction_labels.append(share)
            grid.addWidget(share, row, 3)
            feedback = self._line((*path, "feedback"))
            feedback.setPlaceholderText(self.tr("Feedback on this option"))
            feedback.setAccessibleName(self.tr("Feedback %1").replace("%1", LETTERS[j]))
            grid.addWidget(feedback, row + 1, 1, 1, 3)
        elif field == "pairs":
            pair = QHBoxLayout()
            left, right = self._line((*path, "left")), self._line((*path, "right"))
            left.setAccessibleName(self.tr("Left %1").replace("%1", str(j + 1)))
            right.setAccessibleName(self.tr("Right %1").replace("%1", str(j + 1)))
            pair.addWidget(left, 1)
            pair.addWidget(QLabel("→"))
            pair.addWidget(right, 1)
            grid.addLayout(pair, row, 1, 1, 3)
        else:
            grid.addWidget(self._line(path), row, 1, 1, 3)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for text, tip_text, slot, enabled in (
            ("↑", self.tr("Move up"), lambda: self.move_entry.emit(self.index, field, j, -1),
             j > 0),
            ("↓", self.tr("Move down"), lambda: self.move_entry.emit(self.index, field, j, 1),
             j < count - 1),
            ("✕", self.tr("Remove"), lambda: self.remove_entry.emit(self.index, field, j), True),
        ):  # fmt: skip
            b = QPushButton(text)
            b.setToolTip(tip_text)
            b.setAccessibleName(f"{tip_text} {j + 1}")
            b.setFixedWidth(b.fontMetrics().horizontalAdvance("✕✕") + 16)
            b.setEnabled(enabled)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        grid.addLayout(buttons, row, 4)

    def _right_toggled(self, option: int, on: bool) -> None:
        if on:
            self.only_correct.emit(self.index, option)
        else:
            self.edited.emit(("questions", self.index, "options", option, "correct"), False, False)

    def show_fractions(self, draft: QuizDraft) -> None:
        """Each option's share of the marks, as the grader and a Moodle export count it."""
        if self.index is None or not self.fraction_labels:
            return
        fractions = draft.fractions(self.index)
        for label, fraction in zip(self.fraction_labels, fractions, strict=False):
            text = percent_text(fraction)
            label.setText(f"{'+' if fraction > 0 else ''}{text} %")
