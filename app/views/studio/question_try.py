""" "Try it": the question being written, shown with the quiz page's own answer input
(shuffled as a learner sees it) and graded by the real grader (app.quiz.grading), with the
score and the feedback a learner would read. Nothing is stored: it is a rehearsal."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.quiz.grading import Grade, grade, is_unanswered
from app.quiz.model import Question
from app.quiz.session import Presented, present
from app.views.answer_widgets import AnswerWidget
from app.views.plain import plain
from app.views.quiz import answer_widget, feedback_html
from app.views.theme import mark


class TryItPanel(QWidget):
    closed = Signal()

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy, self.colors = academy, colors
        self.presented: Presented | None = None
        self.widget: AnswerWidget | None = None
        self.result: Grade | None = None
        self.rng = random.Random()
        heading = QLabel(self.tr("Try it — as a learner sees it"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.note = mark(QLabel(), "Muted")
        self.note.setWordWrap(True)
        self.stem = plain(QLabel())
        self.stem.setWordWrap(True)
        font = self.stem.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.stem.setFont(font)
        self.customer = plain(mark(QLabel(), "Card"))
        self.customer.setWordWrap(True)
        self.customer.setContentsMargins(12, 8, 12, 8)
        self.answer_box = QVBoxLayout()
        self.score = QLabel()
        font = self.score.font()
        font.setBold(True)
        self.score.setFont(font)
        self.feedback = mark(QLabel(), "Card")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setContentsMargins(12, 8, 12, 8)
        self.check_btn = mark(QPushButton(self.tr("Check (Ctrl+Enter)")), "Primary")
        self.check_btn.clicked.connect(self.check)
        self.again_btn = QPushButton(self.tr("Again (Ctrl+R)"))
        self.again_btn.clicked.connect(self.again)
        close = QPushButton(self.tr("Close (Esc)"))
        close.clicked.connect(self.closed.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_btn)
        buttons.addWidget(self.again_btn)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.note)
        layout.addWidget(self.stem)
        layout.addWidget(self.customer)
        layout.addLayout(self.answer_box)
        layout.addLayout(buttons)
        layout.addWidget(self.score)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+Return", self.check),
            ("Ctrl+Enter", self.check),
            ("Ctrl+R", self.again),
            ("Esc", self.closed.emit),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=context)
        self.show_question(None)

    def show_question(self, question: Question | None, problems: int = 0) -> None:
        """``question`` shuffled afresh (None: it cannot be tried — the bank's rules refuse
        it; ``problems`` says how many to fix)."""
        if self.widget is not None:
            self.answer_box.removeWidget(self.widget)
            self.widget.hide()
            self.widget.deleteLater()
            self.widget = None
        self.result = None
        self.score.hide()
        self.feedback.hide()
        self.presented = None if question is None else present(question, self.rng)
        self.check_btn.setEnabled(question is not None)
        self.again_btn.setEnabled(question is not None)
        if question is None:
            self.stem.clear()
            self.customer.hide()
            self.note.setText(
                self.tr("Fix this question's %n problem(s) to try it.", "", problems)
                if problems
                else self.tr("Choose a question to try.")
            )
            return
        self.note.setText(self.tr("Not stored. Ctrl+Enter checks the answer."))
        self.stem.setText(question.stem)
        said = question.customer.strip().strip('“”"「」')
        self.customer.setVisible(bool(said))
        self.customer.setText(self.tr("Customer: “%1”").replace("%1", said))
        self.widget = answer_widget(self.presented)
        self.answer_box.addWidget(self.widget)

    def focus_answer(self) -> None:
        if self.widget is not None:
            self.widget.focus_answer()

    def again(self) -> None:
        if self.presented is not None:
            self.show_question(self.presented.question)
            self.focus_answer()

    def check(self) -> Grade | None:
        """Grade the answer given, as the quiz would; None if nothing was answered."""
        if self.presented is None or self.widget is None:
            return None
        response = self.widget.response()
        if is_unanswered(response):
            self.score.setText(self.tr("Choose or type an answer first."))
            self.score.show()
            self.feedback.hide()
            self.focus_answer()
            return None
        q = self.presented.question
        self.result = grade(q, self.presented.to_question_terms(response))
        percent = round(self.result.score * 100)
        self.score.setText(self.tr("Score: %1 %").replace("%1", str(percent)))
        self.score.show()
        self.feedback.setText(feedback_html(self.academy, self.colors, q, self.result))
        self.feedback.show()
        return self.result
