"""The quiz page: choose a mode, answer questions, see feedback or the exam's review screen.

Keys: 1–9 or A–I choose an option, Enter submits (and then goes on), → goes on, Esc ends
(asking first when questions are left). Practice, lesson checks and review store each answer
the moment it is submitted. An exam starts with its rules, then runs as in Moodle: a question
map, ← / → to move, Ctrl+M to flag, answers changeable until Ctrl+Enter submits the whole
attempt (with a confirmation naming what is unanswered or flagged); at zero the time runs out
and the answers so far are submitted. The review shows every question in full.
"""

from __future__ import annotations

import html
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.views.answer_widgets import (
    LETTERS,
    AnswerWidget,
    ChoiceAnswer,
    MatchingAnswer,
    OrderingAnswer,
    ShortAnswer,
    TrueFalseAnswer,
)
from app.views.attempt_review import correct_answer_text, review_html
from app.views.empty_note import EmptyNote
from app.views.exam_bar import ExamBar
from app.views.page import ChangeAware
from app.views.plain import as_rich, plain
from app.views.theme import mark

if TYPE_CHECKING:
    from app.quiz.grading import Grade
    from app.quiz.model import Question
    from app.quiz.session import Presented


class QuizPage(ChangeAware, QWidget):
    open_lesson = Signal(str, int, float)
    live_quiz_requested = Signal(str)  # a course section: a show-of-hands quiz for a class

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.session = None
        self.widget = None
        self.submitted = False
        self.shown_at = 0.0
        self.deadline = 0.0
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self._tick)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_start())
        self.stack.addWidget(self._build_question())
        self.stack.addWidget(self._build_results())
        self.stack.addWidget(self._build_intro())
        self.confirm = None  # the open "submit / end?" question, if any
        self.low_time_said = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.addWidget(self.stack)
        for keys, slot in (
            ("Return", self._enter),
            ("Enter", self._enter),
            ("Right", self._next),
            ("Left", self._previous),
            ("PgDown", self._next),
            ("PgUp", self._previous),
            ("Ctrl+M", self._flag),
            ("Ctrl+Return", self._ask_submit),
            ("Ctrl+Enter", self._ask_submit),
            ("Escape", self._stop),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    # start ---------------------------------------------------------------------------------
    def _build_start(self) -> QWidget:
        page = QWidget()
        title = mark(QLabel(self.tr("Quizzes and review")), "PageTitle")
        self.review_label = QLabel()
        self.review_btn = QPushButton(self.tr("Start today's review"))
        self.review_btn.clicked.connect(lambda: self.start("review"))
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.practice_btn = practice_btn = QPushButton(self.tr("Practise this topic"))
        practice_btn.clicked.connect(lambda: self.start("practice", topic=self.topic.currentData()))
        self.exam_btn = QPushButton(self.tr("Start an exam"))
        self.exam_btn.clicked.connect(self._start_exam)
        self.final_btn = mark(QPushButton(self.tr("Take the final exam")), "Primary")
        self.final_btn.clicked.connect(lambda: self._start_exam("final"))
        # The rules as text for everyone; only the trainer gets the button to change them.
        self.exam_rules = mark(plain(QLabel()), "Muted")
        self.final_rules = mark(plain(QLabel()), "Muted")
        for label in (self.exam_rules, self.final_rules):
            label.setWordWrap(True)
        self.rules_btn = QPushButton(self.tr("Exam rules…"))
        self.rules_btn.setToolTip(self.tr("Set the exams' rules for this installation (trainer)"))
        self.rules_btn.clicked.connect(self._edit_rules)
        self.mastery = mark(QTreeWidget(), "List")
        self.mastery.setHeaderLabels([self.tr("Section"), self.tr("Mastery")])
        self.mastery.setRootIsDecorated(False)
        self.mastery.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.due = mark(QTreeWidget(), "List")
        self.due.setHeaderLabels([self.tr("Due today"), self.tr("Section")])
        self.due.setRootIsDecorated(False)
        self.due.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.due.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history = mark(QTreeWidget(), "List")
        self.history.setHeaderLabels(
            [self.tr("Exam"), self.tr("Date"), self.tr("Score"), self.tr("Result")]
        )
        self.history.setRootIsDecorated(False)
        # Empty lists say what would be there and how it fills (texts set in refresh).
        self.due_note = EmptyNote(self.due)
        self.history_note = EmptyNote(
            self.history,
            self.tr("No exams taken yet. Each exam you take is listed here with its score."),
        )

        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.review_label, 1)
        row.addWidget(self.review_btn)
        form.addRow(self.tr("Review:"), row)
        row = QHBoxLayout()
        row.addWidget(self.topic, 1)
        row.addWidget(practice_btn)
        self.live_btn = live_btn = QPushButton(self.tr("Live quiz for a class"))
        live_btn.setToolTip(
            self.tr("10 questions on the projector, a countdown, hands counted per option")
        )
        live_btn.clicked.connect(self._live_quiz)
        row.addWidget(live_btn)
        form.addRow(self.tr("Practice:"), row)
        row = QHBoxLayout()
        row.addWidget(self.exam_rules, 1)
        row.addWidget(self.rules_btn)
        row.addWidget(self.exam_btn)
        form.addRow(self.tr("Exam:"), row)
        row = QHBoxLayout()
        row.addWidget(self.final_rules, 1)
        row.addWidget(self.final_btn)
        form.addRow(self.tr("Final:"), row)
        self.banks = QComboBox()
        self.banks.setAccessibleName(self.tr("Imported question banks"))
        self.banks.setPlaceholderText(self.tr("No imported question banks yet"))
        self.bank_practice = bank_practice = QPushButton(self.tr("Practise"))
        bank_practice.clicked.connect(self._practise_bank)
        bank_import = QPushButton(self.tr("Import from Moodle…"))
        bank_import.clicked.connect(self._import_bank)
        self.bank_remove = QPushButton(self.tr("Remove"))
        self.bank_remove.clicked.connect(self._remove_bank)
        row = QHBoxLayout()
        row.addWidget(self.banks, 1)
        for b in (bank_practice, self.bank_remove, bank_import):
            row.addWidget(b)
        form.addRow(self.tr("Imported:"), row)
        tables = QHBoxLayout()
        tables.addWidget(self.due, 2)
        tables.addWidget(self.mastery, 1)
        tables.addWidget(self.history, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(tables, 1)
        return page

    def affected_by(self, changes, initiator) -> bool:
        return changes.touches("answers", "review", "banks", "rules", "profiles", "settings")

    def busy(self) -> bool:
        """A question or the results are on screen: the start page waits until they close."""
        return self.stack.currentIndex() != 0

    def refresh(self) -> None:
        """Fill the start page (due reviews, mastery, banks, exam history) and show it."""
        a = self.academy
        due_ids = a.quizzes.due_review_ids()
        due = len(due_ids)
        by_id = {q.id: q for q in a.content.questions}
        numbers = {s.id: s.number for s in a.content.course.sections}
        self.due.clear()
        for qid in due_ids:
            q = by_id.get(qid)
            if q is not None:
                row = QTreeWidgetItem(self.due, [q.stem, str(numbers.get(q.topic, ""))])
                row.setToolTip(0, as_rich(q.stem))
        upcoming = None if due else a.quizzes.next_review()
        if due:
            text = self.tr("%n question(s) due today", "", due)
        elif upcoming:
            text = self.tr("Done for today. Next review on %1: %n question(s).", "", upcoming.count)
            text = text.replace(
                "%1", QLocale().toString(upcoming.day, QLocale.FormatType.ShortFormat)
            )
        else:
            text = self.tr("Nothing to review: questions you miss come back here.")
        self.review_label.setText(text)
        self.due_note.setText(
            self.tr(
                "Nothing due today. The questions you missed come back here on their day; "
                "practise a topic meanwhile."
            )
            if upcoming
            else self.tr(
                "Nothing to review yet. Questions you miss in practice come back here on a "
                "schedule until you know them."
            )
        )
        self.review_btn.setEnabled(due > 0)
        current = self.topic.currentData()
        self.topic.clear()
        mastery = a.quizzes.topic_mastery()
        self.mastery.clear()
        for s in a.content.course.sections:
            if s.id in mastery:
                self.topic.addItem(f"{s.number}. {s.title}", s.id)
                QTreeWidgetItem(
                    self.mastery, [f"{s.number}. {s.title}", f"{round(mastery[s.id] * 100)}%"]
                )
        if current:
            self.topic.setCurrentIndex(max(0, self.topic.findData(current)))
        no_topic = self.tr("This course has no questions to practise yet.")
        for button in (self.practice_btn, self.live_btn):
            button.setEnabled(self.topic.count() > 0)
        self.practice_btn.setToolTip("" if self.topic.count() else no_topic)
        self.live_btn.setToolTip(
            self.tr("10 questions on the projector, a countdown, hands counted per option")
            if self.topic.count()
            else no_topic
        )
        self.banks.clear()
        for b in a.quizzes.banks():
            if b.get("damaged"):
                label = self.tr("%1 (damaged)").replace("%1", b["name"])
            else:
                label = self.tr("%1 (%n question(s))", "", b["questions"]).replace("%1", b["name"])
            self.banks.addItem(label, b["name"])
        if self.banks.count():  # with a placeholder set, the combo box selects none by itself
            self.banks.setCurrentIndex(0)
        self._bank_buttons()
        self._show_rules()
        self.history.clear()
        for h in reversed(a.quizzes.exam_history()):
            kind = self.tr("Final exam") if h["kind"] == "final" else self.tr("Exam")
            score = "—" if h["score"] is None else f"{round(h['score'] * 100)}%"
            result = (
                "—"
                if h["passed"] is None
                else self.tr("passed")
                if h["passed"]
                else self.tr("not passed")
            )
            QTreeWidgetItem(
                self.history, [kind, h["started_at"].strftime("%Y-%m-%d %H:%M"), score, result]
            )
        self.stack.setCurrentIndex(0)

    def _bank_buttons(self) -> None:
        """Practise and Remove act on an imported bank: off, saying why, until there is one."""
        has_bank = self.banks.count() > 0
        none_yet = self.tr("Import a question bank first (Import from Moodle…).")
        for button, tip_text in (
            (self.bank_practice, self.tr("Practise the questions of the chosen bank")),
            (self.bank_remove, self.tr("Remove the chosen bank")),
        ):
            button.setEnabled(has_bank)
            button.setToolTip(tip_text if has_bank else none_yet)

    def _practise_bank(self) -> None:
        from app.services.errors import ImportRefused

        if self.banks.currentData():
            try:
                self.start("practice", topic=f"imported:{self.banks.currentData()}")
            except ImportRefused as exc:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(
                    self,
                    self.tr("Question bank damaged"),
                    self.tr("This question bank cannot be read: %1\n\nRemove it and import "
                            "the file again.").replace("%1", str(exc)),
                )  # fmt: skip

    def _import_bank(self) -> None:
        from app.views.quiz_import import ImportDialog, choose_import_file

        path = choose_import_file(self)
        if path is not None and ImportDialog(self.academy, path, self).exec():
            self.refresh()

    def _remove_bank(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        name = self.banks.currentData()
        if not name:
            return
        text = self.tr(
            "Remove the imported bank “%1”? Answers already given stay in your history."
        ).replace("%1", name)
        answer = QMessageBox.question(self, self.tr("Remove bank"), as_rich(text))
        if answer == QMessageBox.StandardButton.Yes:
            self.academy.quizzes.remove_bank(name)
            self.refresh()

    def _rule_text(self, kind: str) -> str:
        """ "3 per section · 20 min · pass mark 80 % · attempts left: 2" and, for a final on
        some sections only, which."""
        quizzes = self.academy.quizzes
        rule = quizzes.exam_rules().of(kind)
        left = quizzes.attempts_left(kind)
        parts = [
            self.tr("%1 per section").replace("%1", str(rule.per_section)),
            self.tr("%1 min").replace("%1", str(rule.minutes)),
            self.tr("pass mark %1%").replace("%1", str(round(rule.pass_mark * 100))),
            self.tr("attempts: unlimited")
            if left is None
            else self.tr("attempts left: %1 of %2")
            .replace("%1", str(left))
            .replace("%2", str(rule.attempts)),
        ]
        text = " · ".join(parts)
        if rule.sections:
            numbers = {s.id: s.number for s in self.academy.content.course.sections}
            chosen = [str(numbers[s]) for s in quizzes.exam_sections(kind) if s in numbers]
            text += "\n" + self.tr("Sections: %1").replace("%1", ", ".join(chosen))
        elif kind == "final":
            course = self.academy.content.course
            track = course.track(self.academy.study.track())
            if course.tracks:
                text += "\n" + self.tr(
                    "The common core and your track (%1). Counts towards the certificate."
                ).replace("%1", track.title if track else self.tr("general"))
            else:
                text += "\n" + self.tr("Every section. Counts towards the certificate.")
        return text

    def _show_rules(self) -> None:
        """The exams' rules as text, the start buttons (off when no attempt is left) and,
        for the trainer only, the button that changes the rules."""
        quizzes = self.academy.quizzes
        for kind, label, button in (
            ("exam", self.exam_rules, self.exam_btn),
            ("final", self.final_rules, self.final_btn),
        ):
            label.setText(self._rule_text(kind))
            button.setEnabled(quizzes.attempts_left(kind) != 0)
        self.rules_btn.setVisible(self.academy.profiles.is_trainer())

    def _edit_rules(self) -> None:
        from app.views.exam_rules import ExamRulesDialog

        ExamRulesDialog(self.academy, self).exec()  # the change notice refreshes this page

    def _start_exam(self, kind: str = "exam") -> None:
        from app.services.errors import ExamRefused

        try:
            self.start(kind)
        except ExamRefused:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self,
                self.tr("No attempts left"),
                self.tr("You have used every attempt the trainer allows for this exam."),
            )
            self.refresh()

    def start(self, mode: str, **kwargs) -> None:
        self.session = self.academy.quizzes.start(mode, **kwargs)
        if not self.session.items:
            self.refresh()
            return
        if self.session.is_exam:
            self._show_intro()
            return
        if self.session.time_limit_s:
            self.deadline = time.monotonic() + self.session.time_limit_s
            self.timer.start()
        self.stack.setCurrentIndex(1)  # shown first: a hidden answer box cannot take focus
        self._show_current()

    def skip_to(self, qtype: str) -> None:
        """Move on until a question of this type is shown: for demos and screenshots."""
        while self.session.current.question.type != qtype:
            self.session.advance()
            self._show_current()

    # questions -----------------------------------------------------------------------------
    def _build_question(self) -> QWidget:
        page = QWidget()
        self.progress = mark(QLabel(), "Muted")
        self.clock = mark(QLabel(), "Clock")
        self.clock.setAccessibleName(self.tr("Time left"))
        self.exam_bar = ExamBar()
        self.exam_bar.go.connect(self._go)
        self.exam_bar.flag.connect(self._flag)
        self.exam_bar.submit_all.connect(self._ask_submit)
        self.stem = plain(QLabel())  # imported banks: stems are anybody's text
        self.stem.setWordWrap(True)
        font = self.stem.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.stem.setFont(font)
        self.customer = plain(mark(QLabel(), "Card"))
        self.customer.setWordWrap(True)
        self.customer.setContentsMargins(14, 10, 14, 10)
        self.answer_box = QVBoxLayout()
        self.feedback = mark(QLabel(), "Card")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setContentsMargins(14, 10, 14, 10)
        self.feedback.linkActivated.connect(self._open_lesson)
        self.rating = QWidget()  # today's review: how hard a right answer felt
        rating_row = QHBoxLayout(self.rating)
        rating_row.setContentsMargins(0, 0, 0, 0)
        rating_row.addWidget(QLabel(self.tr("How did it feel?")))
        self.rating_buttons = {}
        for key, (rating, label) in enumerate(
            (("hard", self.tr("Hard")), ("good", self.tr("Good")), ("easy", self.tr("Easy"))),
            start=1,
        ):
            b = QPushButton(f"{key} {label}")
            b.setToolTip(self.tr("Key %1").replace("%1", str(key)))
            b.clicked.connect(lambda _=False, r=rating: self._rate(r))
            rating_row.addWidget(b)
            self.rating_buttons[rating] = b
        rating_row.addStretch(1)
        self.rating.hide()
        self.submit_btn = mark(QPushButton(self.tr("Submit (Enter)")), "Primary")
        self.submit_btn.clicked.connect(self._submit)
        self.next_btn = QPushButton(self.tr("Next (→)"))
        self.next_btn.clicked.connect(self._next)
        self.stop_btn = QPushButton(self.tr("End"))
        self.stop_btn.clicked.connect(self._stop)
        head = QHBoxLayout()
        head.addWidget(self.progress, 1)
        head.addWidget(self.clock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_btn)
        buttons.addWidget(self.next_btn)
        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(self.stem)
        layout.addWidget(self.customer)
        layout.addLayout(self.answer_box)
        layout.addWidget(self.feedback)
        layout.addWidget(self.rating)
        layout.addStretch(1)
        layout.addWidget(self.exam_bar)
        layout.addLayout(buttons)
        return page

    def _show_current(self) -> None:
        p = self.session.current
        q = p.question
        if self.widget is not None:  # gone now, not at the next event-loop pass
            self.answer_box.removeWidget(self.widget)
            self.widget.hide()
            self.widget.deleteLater()
        self.widget = answer_widget(p)
        self.answer_box.addWidget(self.widget)
        n = len(self.session.items)
        counter = self.tr("Question %1 of %2").replace("%1", str(self.session.index + 1))
        self.progress.setText(counter.replace("%2", str(n)) + " · " + self._mode_name())
        self.stem.setText(q.stem)
        self.customer.setVisible(bool(q.customer))
        said = q.customer.strip().strip('“”"「」')  # authors may quote it themselves
        self.customer.setText(self.tr("Customer: “%1”").replace("%1", said))
        self.feedback.hide()
        self.rating.hide()
        self.submitted = False
        self.submit_btn.setEnabled(True)
        self.next_btn.setEnabled(False)
        exam = self.session.is_exam
        for b in (self.submit_btn, self.next_btn):
            b.setVisible(not exam)
        self.stop_btn.setText(self.tr("End") if not exam else self.tr("Submit all…"))
        self.stop_btn.setVisible(not exam)
        self.exam_bar.setVisible(exam)
        if exam:
            if self.session.index in self.session.drafts:
                self.widget.restore(self.session.drafts[self.session.index])
            self.exam_bar.show_session(self.session)
        self.shown_at = time.monotonic()
        self.widget.focus_answer()  # typing or 1–9 / A–I work at once, without Tab
        self._tick()

    def _mode_name(self) -> str:
        return {
            "lesson": self.tr("Lesson check"),
            "practice": self.tr("Practice"),
            "exam": self.tr("Exam"),
            "final": self.tr("Final exam"),
            "review": self.tr("Today's review"),
        }[self.session.mode]

    def _submit(self) -> None:
        if self.session is None or self.submitted:
            return
        from app.quiz.grading import is_unanswered

        response = self.widget.response()
        if is_unanswered(response):  # a blank is stored only when time runs out
            self.feedback.setText(html.escape(self.tr("Choose or type an answer first.")))
            self.feedback.show()
            self.widget.focus_answer()
            return
        result = self.academy.quizzes.submit(
            self.session, response, time.monotonic() - self.shown_at
        )
        self.submitted = True
        self.widget.lock()
        self.submit_btn.setEnabled(False)
        self.next_btn.setEnabled(True)
        if self.session.immediate_feedback:
            self._show_feedback(result)
        qid = self.session.current.question.id
        self.rating.setVisible(qid in self.session.review_before)
        self.next_btn.setFocus()

    def _rate(self, rating: str) -> None:
        """The learner's own rating of a right answer in review, then the next question."""
        if not self.rating.isVisible() or self.session is None:
            return
        self.academy.quizzes.rate(self.session, self.session.current.question.id, rating)
        self.rating.hide()
        self._next()

    def _show_feedback(self, result) -> None:
        q = self.session.current.question
        self.feedback.setText(feedback_html(self.academy, self.colors, q, result))
        self.feedback.show()

    def _enter(self) -> None:
        if self.stack.currentIndex() == 3:
            self._begin()
            return
        if self.stack.currentIndex() != 1:
            return
        if self.session.is_exam:
            self._go(self.session.index + 1)
            return
        self._next() if self.submitted else self._submit()

    # exams ---------------------------------------------------------------------------------
    def _save_draft(self) -> None:
        if self.session is not None and self.session.is_exam and not self.session.finished:
            self.session.set_draft(self.session.index, self.widget.response())

    def _go(self, index: int) -> None:
        s = self.session
        if self.stack.currentIndex() != 1 or s is None or not s.is_exam:
            return
        if not 0 <= index < len(s.items):
            return
        self._save_draft()
        s.goto(index)
        self._show_current()

    def _previous(self) -> None:
        if self.session is not None and self.session.is_exam:
            self._go(self.session.index - 1)

    def _flag(self) -> None:
        if self.stack.currentIndex() == 1 and self.session is not None and self.session.is_exam:
            self._save_draft()
            self.session.toggle_flag(self.session.index)
            self.exam_bar.show_session(self.session)

    def _ask_submit(self) -> None:
        """Submit the whole attempt, after saying what is unanswered or flagged."""
        s = self.session
        if self.stack.currentIndex() != 1 or s is None or not s.is_exam or self.confirm:
            return
        self._save_draft()
        numbers = lambda xs: ", ".join(str(i + 1) for i in sorted(xs))  # noqa: E731
        lines = [self.tr("Submit all your answers? You cannot change them afterwards.")]
        if s.unanswered():
            lines.append(self.tr("Unanswered: %1").replace("%1", numbers(s.unanswered())))
        if s.flagged:
            lines.append(self.tr("Flagged for review: %1").replace("%1", numbers(s.flagged)))
        self._ask(
            self.tr("Submit the attempt"), "\n".join(lines), self.tr("Submit"),
            self.tr("Keep working"), lambda: self._finish(),
        )  # fmt: skip

    def _ask(self, title: str, text: str, yes: str, no: str, then) -> None:
        """A question that does not block the window (the exam clock keeps running)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        self.confirm = box

        def answered(_result) -> None:
            self.confirm = None
            if box.clickedButton() is ok and self.stack.currentIndex() == 1:
                then()

        box.finished.connect(answered)
        box.open()

    def _build_intro(self) -> QWidget:
        page = QWidget()
        self.intro_title = mark(QLabel(), "PageTitle")
        self.intro_rules = QLabel()
        self.intro_rules.setWordWrap(True)
        self.intro_rules.setTextFormat(Qt.TextFormat.PlainText)
        font = self.intro_rules.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.intro_rules.setFont(font)
        self.begin_btn = mark(QPushButton(self.tr("Start the exam (Enter)")), "Primary")
        self.begin_btn.clicked.connect(self._begin)
        back = QPushButton(self.tr("Back (Esc)"))
        back.clicked.connect(self._abandon)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.begin_btn)
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro_title)
        layout.addWidget(self.intro_rules)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_intro(self) -> None:
        s = self.session
        minutes = s.time_limit_s // 60
        lines = [
            self.tr("%n question(s).", "", len(s.items)),
            self.tr("Time: %1 minutes, counted from when you start.").replace("%1", str(minutes))
            if minutes
            else self.tr("No time limit."),
            self.tr("Pass mark: %1%.").replace("%1", str(round(s.pass_mark * 100))),
            self._attempts_line(),
            self.tr(
                "Move between the questions freely (← / →, or the question map), flag any to "
                "come back to (Ctrl+M), and change your answers until you submit the whole "
                "attempt (Ctrl+Enter)."
            ),
            self.tr(
                "When the time runs out, the answers given so far are submitted; questions "
                "left blank count as unanswered."
            ),
            self.tr("The results and every question with its right answer are shown after."),
        ]
        if s.mode == "final":
            lines.append(self.tr("The final exam counts towards the certificate."))
        self.intro_title.setText(self._mode_name())
        self.intro_rules.setText("\n\n".join(lines))
        self.stack.setCurrentIndex(3)
        self.begin_btn.setFocus()

    def _attempts_line(self) -> str:
        left = self.academy.quizzes.attempts_left(self.session.mode)  # this one counted
        if left is None:
            return self.tr("Attempts: as many as you like.")
        return self.tr(
            "This attempt counts once you start; attempts left after it: %1. Going back "
            "now (Esc) does not use it."
        ).replace("%1", str(left))

    def _begin(self) -> None:
        if self.stack.currentIndex() != 3 or self.session is None:
            return
        if self.session.time_limit_s:
            self.deadline = time.monotonic() + self.session.time_limit_s
            self.timer.start()
        self.low_time_said = False
        self.stack.setCurrentIndex(1)
        self._show_current()

    def _abandon(self) -> None:
        """Back from the rules without starting: the attempt is not counted."""
        if self.session is not None and not self.session.finished:
            self.academy.quizzes.abandon(self.session)
        self.session = None
        self.refresh()

    def _next(self) -> None:
        if self.session is not None and self.session.is_exam:
            self._go(self.session.index + 1)
            return
        if self.stack.currentIndex() != 1 or not self.submitted:
            return
        if self.session.mode != "practice" and self.session.index + 1 >= len(self.session.items):
            self._finish()
            return
        self.session.advance()
        self._show_current()

    def _stop(self) -> None:
        index = self.stack.currentIndex()
        if index == 3:
            self._abandon()
        elif index == 1 and self.session is not None:
            s = self.session
            if s.is_exam:
                self._ask_submit()
                return
            answered = len(s.grades)
            if answered >= len(s.items) or self.confirm:
                self._finish()
                return
            text = self.tr(
                "End now? You answered %1 of %n question(s); only those count.", "", len(s.items)
            ).replace("%1", str(answered))
            self._ask(self.tr("End"), text, self.tr("End"), self.tr("Go on"), self._finish)
        elif index == 2:
            self.refresh()

    def _tick(self) -> None:
        if self.session is None or not self.session.time_limit_s or self.session.finished:
            self.clock.clear()
            return
        left = int(self.deadline - time.monotonic())
        if left <= 0:
            if self.confirm is not None:
                self.confirm.done(0)
            self._finish(timed_out=True)
            return
        self.clock.setText(self.tr("Time left %1").replace("%1", f"{left // 60}:{left % 60:02d}"))
        low = left <= max(60, self.session.time_limit_s // 10)
        if low and not self.low_time_said:  # once, and in words for screen readers too
            self.low_time_said = True
            mark(self.clock, "ClockLow")
            self.clock.setToolTip(
                self.tr("Less than %n minute(s) left", "", max(1, round(left / 60)))
            )
        elif not low and self.clock.objectName() != "Clock":
            mark(self.clock, "Clock")

    def _live_quiz(self) -> None:
        topic = self.topic.currentData()
        if topic and not str(topic).startswith("imported:"):
            self.live_quiz_requested.emit(topic)

    def keyPressEvent(self, event) -> None:
        if self.stack.currentIndex() == 1 and self.submitted and self.rating.isVisible():
            ratings = {"1": "hard", "2": "good", "3": "easy"}
            if event.text() in ratings:
                self._rate(ratings[event.text()])
                return
        if self.stack.currentIndex() == 1 and not self.submitted and self.widget is not None:
            text = event.text().upper()
            if text.isdigit() and text != "0":
                self.widget.choose(int(text) - 1)
                return
            if len(text) == 1 and text in LETTERS:
                self.widget.choose(LETTERS.index(text))
                return
        super().keyPressEvent(event)

    def _open_lesson(self, ref: str) -> None:
        lesson_id, _, section = ref.partition("#")
        self.open_lesson.emit(lesson_id, int(section) if section.isdigit() else 0, -1.0)

    # results -------------------------------------------------------------------------------
    def _build_results(self) -> QWidget:
        from app.views.safe_text import SafeTextBrowser

        page = QWidget()
        self.result_title = mark(QLabel(), "PageTitle")
        self.result_line = QLabel()
        self.result_line.setWordWrap(True)
        self.review = SafeTextBrowser()
        self.review.setAccessibleName(self.tr("Every question with your answer"))
        self.review.anchorClicked.connect(lambda url: self._open_lesson(url.toString()))
        back = QPushButton(self.tr("Back to quizzes (Esc)"))
        back.clicked.connect(self.refresh)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_line)
        layout.addWidget(self.review, 1)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _finish(self, timed_out: bool = False) -> None:
        self.timer.stop()
        s = self.session
        if s is None or s.finished:
            return
        self._save_draft()
        result = self.academy.quizzes.finish(s, timed_out=timed_out)
        self.result_title.setText(self._mode_name())
        verdict = ""
        if s.mode in ("exam", "final", "lesson"):
            verdict = " · " + (self.tr("passed") if result.passed else self.tr("not passed"))
        line = self.tr("%1 of %2 right, score %3").replace("%1", str(result.correct))
        line = line.replace("%2", str(result.asked)).replace("%3", f"{round(result.score * 100)}%")
        if s.is_exam and result.unanswered:
            line += " · " + self.tr("%1 unanswered").replace("%1", str(result.unanswered))
        elif not s.is_exam and result.asked < result.total and s.mode != "practice":
            line += " · " + self.tr("answered %1 of %2").replace("%1", str(result.asked)).replace(
                "%2", str(result.total)
            )
        elif s.mode == "practice":
            line = self.tr("Answered %1, %2 right, score %3").replace(
                "%1", str(result.asked)).replace("%2", str(result.correct)).replace(
                "%3", f"{round(result.score * 100)}%")  # fmt: skip
        self.result_line.setText(
            line + verdict + (" · " + self.tr("time ran out") if timed_out else "")
        )
        labels = {
            "True": self.tr("True"), "False": self.tr("False"), "Right": self.tr("Answered right"),
            "Wrong": self.tr("Wrong"), "Unanswered": self.tr("Unanswered"),
            "Time ran out: unanswered": self.tr("Time ran out: unanswered"),
            "Your answer:": self.tr("Your answer:"), "Right answer:": self.tr("Right answer:"),
        }  # fmt: skip
        self.review.setHtml(review_html(s, labels, self.colors))
        self.stack.setCurrentIndex(2)
        self.review.setFocus()


def answer_widget(p: Presented) -> AnswerWidget:
    """The input a learner answers ``p`` with (the quiz page's, and the studio's "try it")."""
    q = p.question
    options = p.display_options()
    return {
        "single": lambda: ChoiceAnswer(options, multiple=False),
        "situational": lambda: ChoiceAnswer(options, multiple=False),
        "multiple": lambda: ChoiceAnswer(options, multiple=True),
        "truefalse": lambda: TrueFalseAnswer(
            QCoreApplication.translate("QuizPage", "True"),
            QCoreApplication.translate("QuizPage", "False"),
        ),
        "ordering": lambda: OrderingAnswer(
            options,
            QCoreApplication.translate(
                "QuizPage", "Put these in order: drag them, or select one and press Alt+↑ / Alt+↓."
            ),
        ),
        "matching": lambda: MatchingAnswer(
            [a for a, _ in q.pairs], options, QCoreApplication.translate("QuizPage", "— choose —")
        ),
        "short": lambda: ShortAnswer(QCoreApplication.translate("QuizPage", "Type your answer")),
    }[q.type]()


def feedback_html(academy, c, q: Question, result: Grade) -> str:
    """What a learner reads after answering ``q``: right or not (with the share of the marks),
    the option's feedback, the right answer, the explanation and the lesson to read."""
    right_text, wrong_text = (
        QCoreApplication.translate("QuizPage", "Correct"),
        QCoreApplication.translate("QuizPage", "Not quite"),
    )
    if result.correct:
        verdict = f"<b style='color:{c.success}'>{right_text}</b>"
    else:
        partial = f" ({round(result.score * 100)}%)" if result.score else ""
        verdict = f"<b style='color:#c53030'>{wrong_text}</b>{partial}"
    parts = [verdict]
    if result.feedback:
        parts.append(html.escape(result.feedback))
    if not result.correct:
        parts.append(
            QCoreApplication.translate("QuizPage", "Answer: %1").replace(
                "%1",
                html.escape(
                    correct_answer_text(
                        q,
                        QCoreApplication.translate("QuizPage", "True"),
                        QCoreApplication.translate("QuizPage", "False"),
                    )
                ),
            )
        )
    parts.append(html.escape(q.explanation))
    lesson = academy.lesson(q.lesson.partition("#")[0])
    if lesson:
        link = html.escape(QCoreApplication.translate("QuizPage", "Read: %1")).replace(
            "%1", html.escape(lesson.title)
        )
        parts.append(f"<a href='{html.escape(q.lesson, quote=True)}'>{link}</a>")
    return "<br/>".join(parts)
