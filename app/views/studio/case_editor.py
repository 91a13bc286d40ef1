"""The case editor: one case file (docs/case-format.md) as fields — id (fixed once saved),
title, industry, outcome, topics, lessons, the paired case (cases of the other outcome),
whether it is a reported event — each ``## `` section as one text, the discussion questions
as a list, a preview drawn by the case page's own renderer and the problems ``content check``
would report, each outlining its field.

One history (Ctrl+Z / Ctrl+Shift+Z), checks and preview once typing pauses, Ctrl+S writes the
file atomically (and, when the paired case is a layer file naming no pair, names this case
in it, so the two point at each other) and warns while problems remain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.cases.schema import INDUSTRIES
from app.common.document import DraftError
from app.common.problems import Problem
from app.common.render import case_html
from app.studio.case_draft import CaseDraft, case_context, link_back
from app.views.cases import case_meta_line
from app.views.labels import industry_names
from app.views.safe_text import SafeTextBrowser
from app.views.studio.editing import FileEditing, side_by_side
from app.views.studio.fields import FLAGGED_STYLE, HistoryKeys, flag, text_box
from app.views.studio.lesson_form import split_list
from app.views.studio.problems import ProblemList, describe_problem
from app.views.studio.undo import push_edit, push_structure
from app.views.theme import html_theme, show_html

CHECK_DELAY_MS = 300
PREVIEW_PT = 12.5
NO_PAIR = ""


class CaseEditor(FileEditing, QWidget):
    """Edits the case file at ``path`` (created on the first save if it does not exist).
    Raises DraftError if the file cannot be opened (``open_editor`` says why)."""

    saved = Signal(str)

    def __init__(self, academy, colors, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.path = Path(path)
        self.draft = CaseDraft.load(self.path)
        own = self.draft.front.get("id") if self.path.exists() else ""
        self.context = case_context(academy.content, self.path, academy.assets,
                                    own if isinstance(own, str) else "")  # fmt: skip
        self.problems: list[Problem] = []
        self._setup_history()
        self._keys = HistoryKeys(self)
        self._syncing = False
        self.widgets: dict[tuple, QWidget] = {}

        self.preview = SafeTextBrowser(self.context.assets)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.document().setDocumentMargin(18)
        self.problem_list = ProblemList()
        self.problem_list.picked.connect(self.go_to_problem)

        self.page = QWidget()
        self.page.setStyleSheet(FLAGGED_STYLE)
        self.column = QVBoxLayout(self.page)
        self.column.setContentsMargins(6, 4, 10, 8)
        self._build_fields()
        self._build_sections()
        self.column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.page)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview)
        right.addWidget(self.problem_list)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)
        split = side_by_side((self.scroll, 1, 380), (right, 1, 320))
        self.split = split

        self._lay_out(self._history_row(), split)
        self._add_keys()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.sync()
        self.check_now()
        self._show_title()

    @classmethod
    def open_editor(cls, academy, colors, path: Path, parent=None) -> CaseEditor | None:
        try:
            return cls(academy, colors, path, parent)
        except DraftError as exc:
            title = QCoreApplication.translate("CaseEditor", "Cannot open the case")
            QMessageBox.warning(parent, title, str(exc))
            return None

    # building ----------------------------------------------------------------------------
    def _field(self, path: tuple, widget: QWidget) -> QWidget:
        widget.installEventFilter(self._keys)
        self.widgets[path] = widget
        return widget

    def _line(self, path: tuple, split: str = "") -> QLineEdit:
        line = QLineEdit()
        line.textEdited.connect(
            lambda text: self.edit(path, split_list(text, True) if split else text, True)
        )
        return self._field(path, line)

    def _build_fields(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.column.addLayout(form)
        self.id_edit = self._line(("front", "id"))
        self.id_edit.setReadOnly(self.path.exists())
        self.title_edit = self._line(("front", "title"))
        self.industry = self._field(("front", "industry"), QComboBox())
        names = industry_names()
        for ind in INDUSTRIES:
            self.industry.addItem(names.get(ind, ind), ind)
        self.industry.activated.connect(
            lambda i: self.edit(("front", "industry"), self.industry.itemData(i))
        )
        self.outcome = self._field(("front", "outcome"), QComboBox())
        self.outcome.addItem(QCoreApplication.translate("CasesPage", "success"), "success")
        self.outcome.addItem(QCoreApplication.translate("CasesPage", "failure"), "failure")
        self.outcome.activated.connect(
            lambda i: self.edit(("front", "outcome"), self.outcome.itemData(i))
        )
        self.topics = self._line(("front", "topics"), split="ids")
        self.topics.setPlaceholderText(", ".join(list(self.context.sections)[:3]) + " …")
        self.lessons = self._line(("front", "lessons"), split="ids")
        done = QCompleter(list(self.context.lessons), self.lessons)
        done.setFilterMode(Qt.MatchFlag.MatchContains)
        self.lessons.setCompleter(done)
        self.pair = self._field(("front", "pair"), QComboBox())
        self.pair.activated.connect(self._pair_chosen)
        self.real = self._field(("front", "real"), QCheckBox(self.tr("A reported public event")))
        self.real.toggled.connect(lambda on: self._syncing or self.edit(("front", "real"), on))
        for label, widget in (
            (self.tr("&Id:"), self.id_edit),
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Industry:"), self.industry),
            (self.tr("&Outcome:"), self.outcome),
            (self.tr("To&pics (section ids):"), self.topics),
            (self.tr("&Lessons (ids):"), self.lessons),
            (self.tr("Pai&red case:"), self.pair),
            ("", self.real),
        ):
            if label:
                name = QLabel(label)
                name.setBuddy(widget)
                form.addRow(name, widget)
            else:
                form.addRow(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":："))

    def _build_sections(self) -> None:
        self.question_box: QGroupBox | None = None
        for i, s in enumerate(self.draft.data["sections"]):
            if s["text"] is None:
                self._build_discussion(s["title"])
                continue
            box = QGroupBox(s["title"])
            inner = QVBoxLayout(box)
            text = self._field(("sections", i, "text"), text_box(4, grow=True))
            text.setAccessibleName(s["title"])
            text.textChanged.connect(
                lambda i=i, w=text: (
                    self._syncing or self.edit(("sections", i, "text"), w.toPlainText(), True)
                )
            )
            inner.addWidget(text)
            self.column.addWidget(box)

    def _build_discussion(self, title: str) -> None:
        box = QGroupBox(title)
        self.question_box = box
        self.questions = QVBoxLayout(box)
        self.question_rows: list[QWidget] = []
        self.questions_at = self.questions.count()
        add = QPushButton(self.tr("Add a discussion question"))
        add.clicked.connect(self.add_question)
        self.add_question_btn = add
        self.questions.addWidget(add)
        label = QLabel(self.tr("Presenter &notes for the discussion:"))
        notes = self._field(("notes",), text_box(2, grow=True))
        notes.textChanged.connect(
            lambda: self._syncing or self.edit(("notes",), notes.toPlainText(), True)
        )
        label.setBuddy(notes)
        self.questions.addWidget(label)
        self.questions.addWidget(notes)
        self.column.addWidget(box)

    def _question_rows(self) -> None:
        """One line per question (with a remove button), rebuilt when their count changes."""
        count = len(self.draft.data["questions"])
        if len(self.question_rows) == count:
            return
        for row in self.question_rows:
            row.deleteLater()
        self.question_rows = []
        for path in [p for p in self.widgets if p[0] == "questions"]:
            del self.widgets[path]
        for i in range(count):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            number = QLabel(f"{i + 1}.")
            edit = self._line(("questions", i))
            edit.setAccessibleName(self.tr("Question %1").replace("%1", str(i + 1)))
            number.setBuddy(edit)
            remove = QPushButton(self.tr("Remove"))
            remove.clicked.connect(lambda _c=False, i=i: self.remove_question(i))
            line.addWidget(number)
            line.addWidget(edit, 1)
            line.addWidget(remove)
            self.questions.insertWidget(self.questions_at + i, row)
            self.question_rows.append(row)

    # edits -------------------------------------------------------------------------------
    def edit(self, path: tuple, value: Any, typing: bool = False) -> None:
        if not self._syncing:
            push_edit(self, path, value, typing)

    def _structure(self, text: str, change) -> None:
        push_structure(self, text, change, None)

    def add_question(self) -> None:
        self._structure(self.tr("Add a question"), lambda d: d.data["questions"].append(""))
        rows = self.question_rows
        if rows:
            self.widgets[("questions", len(rows) - 1)].setFocus()

    def remove_question(self, index: int) -> None:
        self._structure(self.tr("Remove a question"),
                        lambda d: d.data["questions"].pop(index))  # fmt: skip

    def _pair_chosen(self, index: int) -> None:
        value = self.pair.itemData(index)
        self.edit(("front", "pair"), value or None)

    def changed(self, _select: Any = None) -> None:
        self.sync()
        self._timer.start()
        self._show_title()

    def sync(self) -> None:
        """Every field as the document has it (after an undo, say); a field that already
        shows its value is left alone."""
        self._syncing = True
        try:
            self._question_rows()
            front = self.draft.front
            for path, widget in self.widgets.items():
                value = self.draft.get(path)
                if isinstance(widget, QLineEdit):
                    if isinstance(value, list):
                        if split_list(widget.text(), True) != value:
                            widget.setText(", ".join(str(v) for v in value))
                    elif widget.text() != (value if isinstance(value, str) else ""):
                        widget.setText(value if isinstance(value, str) else "")
                elif isinstance(widget, QPlainTextEdit) and widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
            self.industry.setCurrentIndex(self.industry.findData(front.get("industry")))
            self.outcome.setCurrentIndex(self.outcome.findData(front.get("outcome")))
            self.real.setChecked(front.get("real") is True)
            self._fill_pairs()
        finally:
            self._syncing = False

    def _fill_pairs(self) -> None:
        """Cases of the other outcome first (the usual pair: the same situation handled the
        other way), then the rest (the course also pairs two ways of succeeding)."""
        outcome = self.draft.front.get("outcome")
        current = self.draft.front.get("pair") or NO_PAIR
        self.pair.clear()
        self.pair.addItem(self.tr("(none)"), NO_PAIR)
        first = self.context.pair_choices(outcome if isinstance(outcome, str) else "")
        rest = [c for c in self.context.cases.values() if c not in first]
        for group in (first, rest):
            if group and self.pair.count() > 1:
                self.pair.insertSeparator(self.pair.count())
            for c in group:
                self.pair.addItem(f"{c.title} ({c.id})", c.id)
        index = self.pair.findData(current)
        if index < 0:
            self.pair.addItem(self.tr("⚠ %1 (no such case)").replace("%1", str(current)), current)
            index = self.pair.count() - 1
        self.pair.setCurrentIndex(index)

    # checks and preview --------------------------------------------------------------------
    def check_now(self) -> None:
        self._timer.stop()
        self.problems = self.draft.problems(self.context)
        fields: dict[tuple, list[str]] = {}
        places: dict[int, str] = {}
        for i, p in enumerate(self.problems):
            for path in self.fields_of(p):
                fields.setdefault(path, []).append(describe_problem(p))
                widget = self.widgets.get(path)
                if widget is not None:
                    places.setdefault(i, widget.accessibleName())
        self.problem_list.show_problems(self.problems, places)
        for path, widget in self.widgets.items():
            flag(widget, fields.get(path, []))
        if self.question_box is not None:
            flag(self.question_box, fields.get(("questions",), []))
        case = self.draft.case(self.context.shown)
        if case is not None:
            theme = html_theme(self.colors, self.academy.lang, PREVIEW_PT)
            bar = self.preview.verticalScrollBar()
            at = bar.value()
            show_html(self.preview, case_html(case, theme, self.context.assets,
                                              meta_line=case_meta_line(case),
                                              terms=self.academy.content.glossary.values()),
                      theme.base_pt)  # fmt: skip
            bar.setValue(at)

    def fields_of(self, p: Problem) -> list[tuple]:
        """The fields a problem is about."""
        sections = self.draft.data["sections"]
        if p.kind == "structure" and "needs the sections" in p.message:
            missing = p.message.rsplit(" ", 1)[-1].split("、")
            return [
                ("sections", i, "text") if s["text"] is not None else ("questions",)
                for i, s in enumerate(sections)
                if any(s["title"].startswith(m) for m in missing)
            ]
        index = self.draft.section_at(p.line)
        if index is None:
            quoted = p.message.split("'")
            named = quoted[1].split(".")[0] if len(quoted) > 2 else ""
            lines = {line: key for key, line in self._front_lines().items()}
            key = lines.get(p.line) or (named if ("front", named) in self.widgets else "id")
            return [("front", key)]
        if sections[index]["text"] is None:
            return [("questions",)]
        return [("sections", index, "text")]

    def _front_lines(self) -> dict[str, int]:
        from app.common.frontmatter import YamlProblem, parse_yaml

        try:
            parsed = parse_yaml(self.draft.front_text(), first_line=2)
        except YamlProblem:
            return {}
        return {str(k[0]): line for k, line in parsed.key_lines.items() if len(k) == 1}

    def go_to_problem(self, p: Problem) -> None:
        for path in self.fields_of(p):
            widget = self.widgets.get(path) or (self.question_box if path == ("questions",)
                                                else None)  # fmt: skip
            if widget is not None:
                self.scroll.ensureWidgetVisible(widget, 20, 40)
                widget.setFocus()
                return

    # save --------------------------------------------------------------------------------
    def _write(self) -> None:
        """The file, and (when the paired case is a layer file naming no pair) this case's
        id in the pair, so the two point at each other."""
        self.draft.save(self.path)
        pair = self.draft.front.get("pair")
        other = self.context.folders.get(pair) if isinstance(pair, str) else None
        self._linked = other is not None and link_back(other, str(self.draft.front.get("id")))

    def _after_save(self) -> None:
        if self._linked:  # the pair now points back: the checks must see it
            own = self.draft.front.get("id")
            self.context = case_context(self.academy.content, self.path, self.academy.assets,
                                        own if isinstance(own, str) else "")  # fmt: skip
        self.id_edit.setReadOnly(True)

    def problem_count(self) -> int:
        return len(self.problems)

    def title_text(self) -> str:
        """The case's title (its file name while it has none)."""
        name = self.draft.front.get("title")
        return name if isinstance(name, str) and name else self.path.name
