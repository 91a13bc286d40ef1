"""Written practice: pick a task, read the situation, write the reply or the record (saved as
one types), then check it against the rubric point by point. The model answer and the
common faults come after the learner has written something, or when they ask for them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.changes import initiated_by
from app.common.render import writing_answer_html, writing_brief_html
from app.views.autosave import Autosave
from app.views.labels import writing_kind_names
from app.views.page import ChangeAware
from app.views.plain import plain, tip
from app.views.safe_text import SafeTextBrowser
from app.views.theme import html_theme, mark, show_html

ID_ROLE = Qt.ItemDataRole.UserRole


class WritingPage(ChangeAware, QWidget):
    open_lesson = Signal(str, int, float)

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.task_id: str | None = None
        self.boxes: dict[str, QCheckBox] = {}

        self.list = mark(QListWidget(), "List")
        self.list.setAccessibleName(self.tr("Writing tasks"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(
            lambda item, _prev: item is not None and self.show_task(item.data(ID_ROLE))
        )
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(mark(QLabel(self.tr("Written practice")), "PageTitle"))
        hint = mark(QLabel(self.tr("Write, then check your text against the rubric.")), "Muted")
        hint.setWordWrap(True)
        ll.addWidget(hint)
        ll.addWidget(self.list, 1)

        self.brief = SafeTextBrowser(academy.assets)
        self.brief.setOpenLinks(False)
        self.brief.setAccessibleName(self.tr("Situation and task"))
        self.brief.document().setDocumentMargin(12)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Your text"))
        self.editor.setPlaceholderText(self.tr("Write here; your text is saved as you go."))
        self.editor.setTabChangesFocus(True)
        self.status = plain(mark(QLabel(), "Muted"))
        self._autosave = Autosave(self.editor, self.status, self._write)
        self.check_btn = QPushButton(self.tr("Check against the rubric (Ctrl+Enter)"))
        self.check_btn.setObjectName("Primary")
        self.check_btn.clicked.connect(self.start_check)
        QShortcut(
            QKeySequence("Ctrl+Return"),
            self,
            self.start_check,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.lesson_btn = QPushButton(self.tr("Read the lesson"))
        self.lesson_btn.clicked.connect(self._open_lesson)
        work = QSplitter(Qt.Orientation.Vertical)
        work.addWidget(self.brief)
        editor_box = QWidget()
        el = QVBoxLayout(editor_box)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(mark(QLabel(self.tr("Your text")), "Muted"))
        el.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.lesson_btn)
        row.addWidget(self.check_btn)
        el.addLayout(row)
        work.addWidget(editor_box)
        work.setSizes([330, 300])

        # the check: one box per criterion, what good looks like, then the model answer
        self.check = QWidget()
        cl = QVBoxLayout(self.check)
        cl.setContentsMargins(8, 0, 0, 0)
        cl.addWidget(mark(QLabel(self.tr("Check point by point")), "PageTitle"))
        self.score = plain(mark(QLabel(), "Muted"))
        cl.addWidget(self.score)
        self.criteria_area = QScrollArea()
        self.criteria_area.setWidgetResizable(True)
        self.criteria_area.setFrameShape(QScrollArea.Shape.NoFrame)
        cl.addWidget(self.criteria_area, 5)
        self.reveal_btn = QPushButton(self.tr("Show the model answer"))
        self.reveal_btn.clicked.connect(lambda: self._show_answer(True))
        cl.addWidget(self.reveal_btn)
        self.answer = SafeTextBrowser(academy.assets)
        self.answer.setOpenLinks(False)
        self.answer.setAccessibleName(self.tr("Model answer and common faults"))
        self.answer.document().setDocumentMargin(10)
        cl.addWidget(self.answer, 4)
        self.check.setVisible(False)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(work)
        splitter.addWidget(self.check)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([230, 560, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

    # ChangeAware --------------------------------------------------------------------------
    def affected_by(self, changes, initiator) -> bool:
        return changes.touches("writing") and initiator is not self

    def leave(self) -> None:
        self.save()

    def refresh(self) -> None:
        """The task list with each task's state; the open task is read again."""
        self.save()
        attempts = self.academy.writing.attempts()
        names = writing_kind_names()
        keep = self.task_id
        self.list.blockSignals(True)
        self.list.clear()
        for task in self.academy.writing.tasks():
            attempt = attempts.get(task.id)
            if attempt is None or not (attempt["text"].strip() or attempt["assessment"]):
                state = self.tr("not started")
            elif attempt["assessment"]:
                met = sum(attempt["assessment"].values())
                state = self.tr("checked: %1 of %2").replace("%1", str(met))
                state = state.replace("%2", str(len(task.rubric)))
            else:
                state = self.tr("draft")
            item = QListWidgetItem(f"{task.title}\n{names.get(task.kind, task.kind)} · {state}")
            item.setData(ID_ROLE, task.id)
            item.setToolTip(tip(task.title))
            self.list.addItem(item)
        ids = [t.id for t in self.academy.writing.tasks()]
        self.list.blockSignals(False)
        if keep in ids:
            self.list.blockSignals(True)
            self.list.setCurrentRow(ids.index(keep))
            self.list.blockSignals(False)
            self.show_task(keep)
        elif ids:
            self.list.setCurrentRow(0)

    # a task -------------------------------------------------------------------------------
    def show_task(self, task_id: str) -> None:
        task = self.academy.writing.task(task_id)
        if task is None:
            return
        if task_id != self.task_id:
            self.save()
        self.task_id = task_id
        theme = html_theme(self.colors, self.academy.lang, 12)
        section = next((s for s in self.academy.content.course.sections
                        if s.id == task.section), None)  # fmt: skip
        meta = writing_kind_names().get(task.kind, task.kind)
        if section is not None:
            meta += f" · {section.number}. {section.title}"
        show_html(
            self.brief,
            writing_brief_html(
                task,
                theme,
                meta_line=meta,
                situation_label=self.tr("Situation"),
                task_label=self.tr("Your task"),
            ),
            theme.base_pt,
        )
        self.lesson_btn.setVisible(bool(task.lesson))
        attempt = self.academy.writing.attempt(task_id) or {}
        self._autosave.load(attempt.get("text", ""))
        self._build_criteria(task, attempt.get("assessment", {}))
        show_html(
            self.answer,
            writing_answer_html(
                task,
                theme,
                model_label=self.tr("Model answer"),
                faults_label=self.tr("Common faults"),
            ),
            theme.base_pt,
        )
        checked = bool(attempt.get("assessment"))
        self.check.setVisible(checked)
        self._show_answer(checked and bool(self.editor.toPlainText().strip()))

    def _build_criteria(self, task, marks: dict[str, bool]) -> None:
        holder = QWidget()
        criteria = QVBoxLayout(holder)
        criteria.setSpacing(2)
        criteria.setContentsMargins(0, 0, 4, 0)
        self.boxes = {}
        for n, c in enumerate(task.rubric, 1):
            box = QCheckBox(f"{n}. {c.text}")
            box.setChecked(bool(marks.get(c.id)))
            box.setAccessibleDescription(c.good)
            box.toggled.connect(self._assessed)
            good = plain(mark(QLabel(c.good), "Muted"))
            good.setWordWrap(True)
            good.setContentsMargins(24, 0, 0, 8)
            criteria.addWidget(box)
            criteria.addWidget(good)
            self.boxes[c.id] = box
        criteria.addStretch(1)
        self.criteria_area.setWidget(holder)  # the previous criteria are deleted with it
        self._show_score()

    def _show_score(self) -> None:
        met = sum(b.isChecked() for b in self.boxes.values())
        self.score.setText(
            self.tr("Tick each point your text meets: %1 of %2")
            .replace("%1", str(met))
            .replace("%2", str(len(self.boxes)))
        )

    def start_check(self) -> None:
        """Save the text, show the rubric; the model answer too if something is written."""
        if self.task_id is None:
            return
        self.save()
        self.check.setVisible(True)
        self._show_answer(bool(self.editor.toPlainText().strip()))
        if self.boxes:
            next(iter(self.boxes.values())).setFocus()

    def _show_answer(self, shown: bool) -> None:
        self.answer.setVisible(shown)
        self.reveal_btn.setVisible(not shown)
        if not shown:
            self.reveal_btn.setText(
                self.tr("Show the model answer (you have not written anything yet)")
                if not self.editor.toPlainText().strip()
                else self.tr("Show the model answer")
            )

    def _assessed(self) -> None:
        self._show_score()
        if self.task_id is None or not self.academy.learner_open:
            return
        self.save()
        marks = {cid: box.isChecked() for cid, box in self.boxes.items()}
        with initiated_by(self):
            self.academy.writing.save_assessment(self.task_id, marks)
        self._refresh_item()

    # saving -------------------------------------------------------------------------------
    def save(self) -> None:
        """Write the pending text now (also on leaving the page or the task)."""
        self._autosave.flush()

    def _write(self, text: str) -> bool:
        if self.task_id is None or not self.academy.learner_open:
            return False
        with initiated_by(self):
            self.academy.writing.save_draft(self.task_id, text)
        self._refresh_item()
        return True

    def _refresh_item(self) -> None:
        """The open task's line in the list, after a save (the rest is unchanged)."""
        item = self.list.currentItem()
        task = self.academy.writing.task(self.task_id or "")
        if item is None or task is None or item.data(ID_ROLE) != task.id:
            return
        attempt = self.academy.writing.attempt(task.id) or {}
        names = writing_kind_names()
        if attempt.get("assessment"):
            met = sum(attempt["assessment"].values())
            state = self.tr("checked: %1 of %2").replace("%1", str(met))
            state = state.replace("%2", str(len(task.rubric)))
        elif attempt.get("text", "").strip():
            state = self.tr("draft")
        else:
            state = self.tr("not started")
        item.setText(f"{task.title}\n{names.get(task.kind, task.kind)} · {state}")

    def _open_lesson(self) -> None:
        task = self.academy.writing.task(self.task_id or "")
        if task and task.lesson:
            lesson_id, _, section = task.lesson.partition("#")
            self.open_lesson.emit(lesson_id, int(section) if section.isdigit() else 0, -1.0)
