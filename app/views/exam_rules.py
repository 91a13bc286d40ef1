"""The trainer's dialog for the exams' rules on this installation.

One tab per kind of exam (practice exam, final): questions per section, minutes, pass mark,
attempts (0: unlimited) and, for the final, the sections it draws from (none ticked: the
core and the learner's track).
Only a kind whose values changed is written, so a kind left alone keeps following the
course. Enter saves, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.quiz.exam_rules import ATTEMPTS, KINDS, MINUTES, PASS_MARK, PER_SECTION, ExamRule
from app.views.plain import as_rich
from app.views.theme import mark


class RuleForm(QWidget):
    """The values of one kind of exam."""

    def __init__(self, rule: ExamRule, sections: list[tuple[str, str]] | None, parent=None):
        super().__init__(parent)
        self.per_section = QSpinBox(minimum=PER_SECTION[0], maximum=PER_SECTION[1])
        self.minutes = QSpinBox(minimum=MINUTES[0], maximum=MINUTES[1], suffix=self.tr(" min"))
        self.pass_mark = QSpinBox(
            minimum=round(PASS_MARK[0] * 100), maximum=round(PASS_MARK[1] * 100), suffix="%"
        )
        self.attempts = QSpinBox(minimum=ATTEMPTS[0], maximum=ATTEMPTS[1])
        self.attempts.setSpecialValueText(self.tr("unlimited"))
        form = QFormLayout(self)
        for text, box in (
            (self.tr("&Questions per section:"), self.per_section),
            (self.tr("&Time:"), self.minutes),
            (self.tr("&Pass mark:"), self.pass_mark),
            (self.tr("&Attempts per learner:"), self.attempts),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            box.setAccessibleName(text.replace("&", "").rstrip(":："))
            form.addRow(label, box)
        self.sections: QListWidget | None = None
        if sections is not None:
            self.sections = QListWidget()
            self.sections.setAccessibleName(self.tr("Sections the exam draws from"))
            for sid, title in sections:
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, sid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.sections.addItem(item)
            label = QLabel(self.tr("&Sections (none ticked: the core and each learner's track):"))
            label.setBuddy(self.sections)
            form.addRow(label)
            form.addRow(self.sections)
        self.show_rule(rule)

    def show_rule(self, rule: ExamRule) -> None:
        self.per_section.setValue(rule.per_section)
        self.minutes.setValue(rule.minutes)
        self.pass_mark.setValue(round(rule.pass_mark * 100))
        self.attempts.setValue(rule.attempts)
        if self.sections is not None:
            for i in range(self.sections.count()):
                item = self.sections.item(i)
                ticked = item.data(Qt.ItemDataRole.UserRole) in rule.sections
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def rule(self, base: ExamRule) -> ExamRule:
        sections = base.sections
        if self.sections is not None:
            sections = tuple(
                self.sections.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.sections.count())
                if self.sections.item(i).checkState() == Qt.CheckState.Checked
            )
        return ExamRule(
            per_section=self.per_section.value(),
            minutes=self.minutes.value(),
            pass_mark=self.pass_mark.value() / 100,
            attempts=self.attempts.value(),
            sections=sections,
        )


class ExamRulesDialog(QDialog):
    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.setWindowTitle(self.tr("Exam rules"))
        self.rules = academy.quizzes.exam_rules()
        course = academy.content.course
        with_questions = set(academy.quizzes.exam_sections("final")) | {
            q.topic for q in academy.content.questions
        }
        sections = [(s.id, f"{s.number}. {s.title}") for s in course.sections
                    if s.id in with_questions]  # fmt: skip
        self.tabs = QTabWidget()
        self.forms = {
            "exam": RuleForm(self.rules.exam, None),
            "final": RuleForm(self.rules.final, sections),
        }
        self.tabs.addTab(self.forms["exam"], self.tr("&Exam"))
        self.tabs.addTab(self.forms["final"], self.tr("&Final exam"))
        note = mark(
            QLabel(
                self.tr(
                    "These rules apply to every learner on this installation and replace "
                    "the course's. Attempts already made count."
                )
            ),
            "Muted",
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(self.tr("&Course's rules"))
        restore.setAutoDefault(False)  # Enter saves, even with this button focused
        restore.clicked.connect(self._course_rules)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        # Default only once inside the dialog: Enter saves from any field of either tab.
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.setMinimumWidth(420)
        self.forms["exam"].per_section.setFocus()

    def _course_rules(self) -> None:
        """Show the course's own values (saved only with Save)."""
        course = self.academy.content.course.exams
        for kind in KINDS:
            self.forms[kind].show_rule(course.of(kind))

    def save(self) -> None:
        from app.services.errors import ProfileError
        from app.views.profiles import profile_error_text

        course = self.academy.content.course.exams
        try:
            for kind in KINDS:
                rule = self.forms[kind].rule(self.rules.of(kind))
                if rule == self.rules.of(kind):
                    continue
                if rule == course.of(kind):
                    self.academy.quizzes.reset_exam_rules(kind)
                else:
                    values = {k: getattr(rule, k) for k in rule.__dataclass_fields__}
                    self.academy.quizzes.set_exam_rules(kind, **values)
        except (ProfileError, ValueError) as exc:
            text = profile_error_text(str(exc)) if isinstance(exc, ProfileError) else str(exc)
            QMessageBox.warning(self, self.windowTitle(), as_rich(text))
            return
        self.accept()
