"""The controls of an exam in progress, as learners know them from Moodle: a map of the
questions (answered, flagged, current), previous / next, flag for review, and submit.

Keys (on the quiz page): ← / → or Page Up / Page Down move, Ctrl+M flags, Ctrl+Enter
submits the attempt.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.views.theme import mark

PER_ROW = 20


class ExamBar(QWidget):
    go = Signal(int)  # a question position
    flag = Signal()
    submit_all = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.map = mark(QWidget(), "QuestionMap")
        self.grid = QGridLayout(self.map)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(4)
        self.grid.setColumnStretch(PER_ROW, 1)  # the cells stay together on a wide screen
        self.cells: list[QPushButton] = []
        self.prev_btn = QPushButton(self.tr("← Previous"))
        self.prev_btn.clicked.connect(lambda: self.go.emit(self.index - 1))
        self.next_btn = QPushButton(self.tr("Next →"))
        self.next_btn.clicked.connect(lambda: self.go.emit(self.index + 1))
        self.flag_btn = QPushButton(self.tr("Flag for review (Ctrl+M)"))
        self.flag_btn.setCheckable(True)
        self.flag_btn.clicked.connect(self.flag.emit)
        self.submit_btn = mark(QPushButton(self.tr("Submit all… (Ctrl+Enter)")), "Primary")
        self.submit_btn.clicked.connect(self.submit_all.emit)
        self.index = 0
        buttons = QHBoxLayout()
        buttons.addWidget(self.prev_btn)
        buttons.addWidget(self.next_btn)
        buttons.addWidget(self.flag_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_btn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.map)
        layout.addLayout(buttons)

    def show_session(self, session) -> None:
        """Redraw the map: one cell per question, marked answered / flagged / current."""
        n = len(session.items)
        while len(self.cells) > n:
            self.cells.pop().deleteLater()
        while len(self.cells) < n:
            i = len(self.cells)
            cell = QPushButton(str(i + 1))
            cell.setFixedWidth(44)
            cell.clicked.connect(lambda _=False, i=i: self.go.emit(i))
            self.grid.addWidget(cell, i // PER_ROW, i % PER_ROW)
            self.cells.append(cell)
        self.index = session.index
        for i, cell in enumerate(self.cells):
            answered, flagged = i in session.drafts, i in session.flagged
            state = ("Current" if i == session.index else
                     "Answered" if answered else "Open")  # fmt: skip
            cell.setProperty("examState", state)
            cell.setText(f"{i + 1}{' ⚑' if flagged else ''}")
            words = [
                self.tr("Question %1").replace("%1", str(i + 1)),
                self.tr("answered") if answered else self.tr("not answered"),
            ]
            if flagged:
                words.append(self.tr("flagged"))
            cell.setAccessibleName(", ".join(words))
            cell.setToolTip(", ".join(words))
            cell.style().unpolish(cell)
            cell.style().polish(cell)
        self.prev_btn.setEnabled(session.index > 0)
        self.next_btn.setEnabled(session.index < n - 1)
        self.flag_btn.setChecked(session.index in session.flagged)
