"""The question editor: one layer quiz file (``quizzes/<name>.yaml``). Its questions are listed
on the left (id, type, the stem cut to fit, a warning where the checks find a problem), with
the problems below; the form of the chosen question in the middle; "Try it" (F5) beside it.

Every edit is an undoable step on the file's document (Ctrl+Z / Ctrl+Shift+Z); a moment after
the last one the checks run again — the bank's own schema and the course's section and lesson
checks, the rules of ``content check`` (app.studio.quiz_draft) — and the list, the problems
and the form's fields show what they find. Ctrl+S writes the file atomically and warns,
without refusing, while problems remain (only publishing refuses them).

Keys: Ctrl+N adds a question (of the chosen type), Ctrl+D duplicates, Alt+↑ / Alt+↓ move it,
Delete in the list removes it, Ctrl+L goes to the list, F5 tries the question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.common.document import DraftError
from app.quiz.model import TYPES
from app.studio.known import known_from
from app.studio.quiz_draft import TYPE_FIELD, QuestionFault, QuizDraft
from app.views.labels import question_type_names
from app.views.plain import tip
from app.views.studio.editing import FileEditing, side_by_side
from app.views.studio.question_form import QuestionForm
from app.views.studio.question_try import TryItPanel
from app.views.studio.undo import ABSENT, push_edit, push_structure
from app.views.theme import mark

CHECK_DELAY_MS = 300  # checks run once typing pauses, not on every key
INDEX_ROLE = Qt.ItemDataRole.UserRole


def layer_of(path: Path) -> Path:
    """The layer folder of a quiz file (``<layer>/quizzes/x.yaml``)."""
    return path.parent.parent if path.parent.name == "quizzes" else path.parent


def field_names() -> dict[str, str]:
    """The fields of a question as the form names them (for the list of problems)."""
    return {
        "id": QCoreApplication.translate("QuestionEditor", "id"),
        "type": QCoreApplication.translate("QuestionEditor", "type"),
        "topic": QCoreApplication.translate("QuestionEditor", "section"),
        "difficulty": QCoreApplication.translate("QuestionEditor", "difficulty"),
        "lesson": QCoreApplication.translate("QuestionEditor", "lesson"),
        "stem": QCoreApplication.translate("QuestionEditor", "question"),
        "explanation": QCoreApplication.translate("QuestionEditor", "explanation"),
        "customer": QCoreApplication.translate("QuestionEditor", "customer"),
        "options": QCoreApplication.translate("QuestionEditor", "option"),
        "items": QCoreApplication.translate("QuestionEditor", "item"),
        "pairs": QCoreApplication.translate("QuestionEditor", "pair"),
        "answers": QCoreApplication.translate("QuestionEditor", "accepted answer"),
        "answer": QCoreApplication.translate("QuestionEditor", "answer"),
        "text": QCoreApplication.translate("QuestionEditor", "text"),
        "feedback": QCoreApplication.translate("QuestionEditor", "feedback"),
        "correct": QCoreApplication.translate("QuestionEditor", "right"),
        "left": QCoreApplication.translate("QuestionEditor", "left"),
        "right": QCoreApplication.translate("QuestionEditor", "right side"),
    }


class QuestionEditor(FileEditing, QWidget):
    """Edits the quiz file at ``path`` (a file not there yet starts empty). Raises
    DraftError if the file cannot be opened for editing (``open_editor`` says why)."""

    saved = Signal(str)

    def __init__(self, academy, colors, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.academy, self.colors = academy, colors
        self.path = Path(path)
        self.draft = QuizDraft.load(self.path)
        self.faults: list[QuestionFault] = []
        self._setup_history()
        bundle = academy.content
        known = known_from(bundle, layer_of(self.path))
        self._lessons = known.lessons
        self._sections = set(known.sections)
        mine = self.path.resolve().as_posix()
        self._other_ids = {
            q.id for q in bundle.questions if not (q.source and mine.endswith(q.source))
        }
        titles = {s.id: s.title for s in bundle.course.sections}
        refs = []
        for lid, lesson in self._lessons.items():
            refs.append(lid)
            refs += [f"{lid}#{i}" for i in range(1, len(lesson.sections) + 1)]

        self.list = mark(QListWidget(), "List")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.installEventFilter(self)
        list_label = QLabel(self.tr("&Questions"))
        list_label.setBuddy(self.list)
        self.problems_heading = QLabel()
        font = self.problems_heading.font()
        font.setBold(True)
        self.problems_heading.setFont(font)
        self.problems = mark(QListWidget(), "List")
        self.problems.setWordWrap(True)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.itemActivated.connect(self._problem_picked)
        self.problems.itemClicked.connect(self._problem_picked)
        self.problems_heading.setBuddy(self.problems)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(list_label)
        column.addWidget(self.list, 3)
        column.addWidget(self.problems_heading)
        column.addWidget(self.problems, 2)

        self.form = QuestionForm(sorted(titles.items()) + sorted(
            (s, "") for s in self._sections - set(titles)), refs)  # fmt: skip
        self.form.edited.connect(self.edit)
        self.form.type_changed.connect(self.change_type)
        self.form.add_entry.connect(self.add_entry)
        self.form.remove_entry.connect(self.remove_entry)
        self.form.move_entry.connect(self.move_entry)
        self.form.only_correct.connect(self.only_correct)
        self.try_panel = TryItPanel(academy, colors)
        self.try_panel.closed.connect(self.close_try)
        self.try_panel.hide()

        names = question_type_names()
        self.new_type = QComboBox()
        for t in TYPES:
            self.new_type.addItem(names[t], t)
        self.new_type.setAccessibleName(self.tr("Type of a new question"))
        self.new_type.setToolTip(self.tr("Type of a new question"))
        add = QPushButton(self.tr("Add (Ctrl+N)"))
        add.clicked.connect(lambda: self.add_question())
        self.dup_btn = QPushButton(self.tr("Duplicate (Ctrl+D)"))
        self.dup_btn.clicked.connect(self.duplicate)
        self.delete_btn = QPushButton(self.tr("Delete"))
        self.delete_btn.clicked.connect(self.delete)
        self.up_btn = QPushButton(self.tr("Up (Alt+↑)"))
        self.up_btn.clicked.connect(lambda: self.move(-1))
        self.down_btn = QPushButton(self.tr("Down (Alt+↓)"))
        self.down_btn.clicked.connect(lambda: self.move(1))
        self.try_btn = QPushButton(self.tr("Try it (F5)"))
        self.try_btn.clicked.connect(self.try_it)
        buttons = QHBoxLayout()
        for w in (self.undo_btn, self.redo_btn, self.new_type, add, self.dup_btn,
                  self.delete_btn, self.up_btn, self.down_btn, self.try_btn):  # fmt: skip
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)

        split = side_by_side((left, 2, 200), (self.form, 4, 380), (self.try_panel, 3, 300),
                             sizes=[300, 640, 420])  # fmt: skip
        self.split = split
        self._lay_out(buttons, split)
        self._add_keys(
            ("Ctrl+N", lambda: self.add_question()),
            ("Ctrl+D", self.duplicate),
            ("Ctrl+L", self.list.setFocus),
            ("F5", self.try_it),
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._fill_list()
        self.select(0 if self.draft.questions else None)
        self.check_now()
        self._show_title()

    @classmethod
    def open_editor(cls, academy, colors, path: Path, parent=None) -> QuestionEditor | None:
        """The editor, or None after telling the author why the file cannot be edited."""
        try:
            return cls(academy, colors, path, parent)
        except DraftError as exc:
            title = QCoreApplication.translate("QuestionEditor", "Cannot open the quiz file")
            QMessageBox.warning(parent, title, str(exc))
            return None

    # the list ------------------------------------------------------------------------------
    @property
    def current(self) -> int | None:
        row = self.list.currentRow()
        return row if 0 <= row < len(self.draft.questions) else None

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i in range(len(self.draft.questions)):
            item = QListWidgetItem()
            item.setData(INDEX_ROLE, i)
            self.list.addItem(item)
            self._label(i)
        self.list.blockSignals(False)

    def _label(self, i: int) -> None:
        q = self.draft.questions[i]
        item = self.list.item(i)
        if item is None:
            return
        names = question_type_names()
        stem = str(q.get("stem") or "").replace("\n", " ")
        qtype = names.get(str(q.get("type")), str(q.get("type") or "?"))
        item.setText(f"{q.get('id') or '—'} · {qtype} · {stem}")
        item.setToolTip(tip(stem))

    def select(self, index: int | None) -> None:
        """Show question ``index`` in the list and the form (None: none)."""
        if index is not None and 0 <= index < self.list.count():
            self.list.setCurrentRow(index)  # the form follows (_row_changed)
        else:
            self.list.setCurrentRow(-1)
        self._row_changed(self.list.currentRow())

    def _row_changed(self, _row: int) -> None:
        self.form.show_question(self.draft, self.current)
        self.form.mark(self._fields_of(self.faults))
        has = self.current is not None
        for b in (self.dup_btn, self.delete_btn, self.up_btn, self.down_btn, self.try_btn):
            b.setEnabled(has)
        if self.try_panel.isVisible():
            self._show_try()

    def eventFilter(self, watched, event) -> bool:
        """In the list: Delete removes the question, Alt+↑ / Alt+↓ move it."""
        if watched is self.list and event.type() == event.Type.KeyPress:
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_Delete:
                self.delete()
                return True
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    # edits ---------------------------------------------------------------------------------
    def edit(self, path: tuple, value: Any, typing: bool = False) -> None:
        """Set the value at ``path`` as an undoable step; typing on in the same field stays
        one step."""
        push_edit(self, path, value, typing)

    def _structure(self, text: str, change, select_after=None) -> Any:
        return push_structure(self, text, change, self.current, select_after)

    def add_question(self, qtype: str | None = None) -> int:
        """A new question of ``qtype`` (the type chosen beside the button) after the current
        one, in its section and lesson; returns its index."""
        qtype = qtype or self.new_type.currentData()
        at = self.current
        start = self.draft.questions[at] if at is not None else {}
        fields = {k: start[k] for k in ("topic", "lesson", "difficulty") if k in start}
        qid = self.draft.new_id(self.path.stem, self._other_ids)

        def change(d: QuizDraft) -> int:
            return d.add_question(qtype, qid, at, **fields)

        return self._structure(self.tr("Add question"), change, lambda i: i)

    def duplicate(self) -> None:
        at = self.current
        if at is not None:
            qid = self.draft.new_id(self.path.stem, self._other_ids)
            self._structure(self.tr("Duplicate question"), lambda d: d.duplicate(at, qid),
                            lambda i: i)  # fmt: skip

    def delete(self) -> None:
        at = self.current
        if at is not None:
            after = min(at, len(self.draft.questions) - 2)
            self._structure(self.tr("Delete question"), lambda d: d.remove(at),
                            after if after >= 0 else None)  # fmt: skip

    def move(self, step: int) -> None:
        at = self.current
        if at is None:
            return
        target = max(0, min(len(self.draft.questions) - 1, at + step))
        if target != at:
            self._structure(self.tr("Move question"), lambda d: d.move(at, step), target)

    def change_type(self, index: int, qtype: str) -> None:
        if self.draft.questions[index].get("type") != qtype:
            self._structure(self.tr("Change type"), lambda d: d.change_type(index, qtype), index)

    def add_entry(self, index: int, field: str) -> None:
        j = self._structure(self.tr("Add"), lambda d: d.add_entry(index, field), index)
        first = ("questions", index, field, j) + (("text",) if field == "options" else ())
        first = first + (("left",) if field == "pairs" else ())
        if first in self.form.widgets:
            self.form.widgets[first].setFocus()

    def remove_entry(self, index: int, field: str, at: int) -> None:
        self._structure(self.tr("Remove"), lambda d: d.remove_entry(index, field, at), index)

    def move_entry(self, index: int, field: str, at: int, step: int) -> None:
        self._structure(self.tr("Move"), lambda d: d.move_entry(index, field, at, step), index)

    def only_correct(self, index: int, at: int) -> None:
        self._structure(self.tr("Right option"), lambda d: d.set_only_correct(index, at), index)

    def changed(self, select: Any = ABSENT) -> None:
        """The document changed. A field edit: the form and the list's line at once, the
        checks once typing pauses. Questions or entries added, removed or moved (``select``:
        the question to show then): everything now."""
        if select is ABSENT:
            self.form.show_question(self.draft, self.current)
            if self.current is not None:
                self._label(self.current)
            self._timer.start()
        else:
            count = len(self.draft.questions)
            if self.list.count() != count:
                self._fill_list()
            for i in range(count):
                self._label(i)
            self.list.blockSignals(True)
            self.list.setCurrentRow(select if isinstance(select, int) and select < count else -1)
            self.list.blockSignals(False)
            self._row_changed(self.list.currentRow())
            self.check_now()
        if self.try_panel.isVisible():
            self._show_try()
        self._show_title()

    # checks ---------------------------------------------------------------------------------
    def check_now(self) -> None:
        """Run the checks; show what they find in the list, the problems and the form."""
        self._timer.stop()
        self.faults = self.draft.faults(
            sections=self._sections, lessons=self._lessons, other_ids=self._other_ids
        )
        flagged = {f.index for f in self.faults}
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setIcon(warning if i in flagged else QIcon())
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                         self.tr("has problems") if i in flagged else "")  # fmt: skip
        self.problems.clear()
        n = len(self.faults)
        heading = self.tr("%n problem(s)", "", n) if n else self.tr("No problems")
        self.problems_heading.setText(heading)
        for f in self.faults:
            item = QListWidgetItem(f"⚠ {self.describe(f)}")
            item.setData(INDEX_ROLE, f.index)
            item.setToolTip(tip(f.message))
            self.problems.addItem(item)
        self.form.mark(self._fields_of(self.faults))

    def describe(self, f: QuestionFault) -> str:
        """The question and field a problem is about, and the check's own words."""
        if f.index is None:
            return self.tr("The file: %1").replace("%1", f.message)
        q = self.draft.questions[f.index]
        who = str(q.get("id") or f"#{f.index + 1}")
        names = field_names()
        where = " ".join(str(p + 1) if isinstance(p, int) else names.get(p, p) for p in f.loc)
        message = self.tr("is empty") if f.message == "is empty" else f.message
        return f"{who} · {where}: {message}" if where else f"{who}: {message}"

    def _fields_of(self, faults: list[QuestionFault]) -> dict[tuple, list[str]]:
        """Each fault on the form's field: a rule about a whole list (how many options, how
        many right) on the list's box."""
        fields: dict[tuple, list[str]] = {}
        for f in faults:
            if f.index is None:
                continue
            loc = f.loc
            if not loc:
                q = self.draft.questions[f.index]
                if "customer" in f.message:
                    loc = ("customer",)
                else:
                    loc = (TYPE_FIELD.get(str(q.get("type")), ("type",))[0],)
            if loc[0] == "options" and len(loc) == 2:
                loc = (*loc, "text")
            fields.setdefault(("questions", f.index, *loc), []).append(f.message)
        return fields

    def _problem_picked(self, item: QListWidgetItem) -> None:
        index = item.data(INDEX_ROLE)
        if index is not None:
            self.select(index)
            self.form.reveal_flagged()

    # try it and save ---------------------------------------------------------------------
    def try_it(self) -> None:
        """Show the current question as a learner sees it, graded by the real grader."""
        if self.current is None:
            self.status.setText(self.tr("Choose a question to try."))
            return
        self.try_panel.show()
        self._show_try()
        self.try_panel.focus_answer()

    def _show_try(self) -> None:
        at = self.current
        if at is None:
            self.try_panel.show_question(None)
            return
        question = self.draft.question(at, self.path.name)
        problems = 0 if question else sum(1 for f in self.draft.faults() if f.index == at)
        self.try_panel.show_question(question, problems)

    def close_try(self) -> None:
        self.try_panel.hide()
        self.list.setFocus()

    def problem_count(self) -> int:
        return len(self.faults)

    def title_text(self) -> str:
        count = self.tr("%n question(s)", "", len(self.draft.questions))
        return f"{self.path.name} · {count}"
