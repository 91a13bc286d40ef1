"""The trainer role in the window: learners see the exam rules but cannot change them and
see no cohort; the trainer changes the rules in a dialog and sees the cohort; the profile
chooser names the trainer and hands the role on."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QSpinBox

from app.views.exam_rules import ExamRulesDialog
from app.views.profiles import ProfileChooser
from app.views.theme import LIGHT


def make_open_learner_trainer(academy, pin: str = "1234") -> None:
    pid = academy.profile.id
    academy.profiles.set_pin(pid, pin)
    academy.profiles.make_trainer(pid, pid, pin)


def test_a_learner_sees_the_rules_but_no_spin_boxes_and_no_cohort(qtbot, window):
    window.show_page("quiz")
    quiz = window.quiz
    start = quiz.stack.widget(0)
    assert start.findChildren(QSpinBox) == [], "a learner sets no pass mark or time"
    assert quiz.rules_btn.isHidden()
    assert quiz.exam_rules.text().startswith("3 per section · 20 min · pass mark 80%")
    assert "30 min" in quiz.final_rules.text() and "unlimited" in quiz.final_rules.text()
    window.show_page("progress")
    page = window.progress
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.trainer))
    assert page.tabs.currentWidget() is page.learner


def test_the_trainer_sees_the_cohort_and_changes_the_rules_in_a_dialog(qtbot, window):
    academy = window.academy
    window.show_page("progress")
    page = window.progress
    make_open_learner_trainer(academy)
    assert page.tabs.isTabVisible(page.tabs.indexOf(page.trainer)), "shown as the role changes"
    window.show_page("quiz")
    quiz = window.quiz
    assert not quiz.rules_btn.isHidden()

    dialog = ExamRulesDialog(academy, quiz)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)  # Esc cancels: nothing is written
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert not (academy.paths.root / "exam-rules.json").exists()

    dialog = ExamRulesDialog(academy, quiz)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    final = dialog.forms["final"]
    dialog.tabs.setCurrentWidget(final)
    final.attempts.setFocus()
    final.attempts.selectAll()
    qtbot.keyClicks(final.attempts, "2")
    final.minutes.setValue(45)
    final.pass_mark.setValue(70)
    final.sections.item(0).setCheckState(Qt.CheckState.Checked)
    final.minutes.setFocus()
    qtbot.keyClick(final.minutes, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    rules = academy.quizzes.exam_rules()
    assert (rules.final.attempts, rules.final.minutes, rules.final.pass_mark) == (2, 45, 0.7)
    assert rules.final.sections == ("s01",) and rules.exam == academy.content.course.exams.exam
    text = quiz.final_rules.text()
    assert "45 min" in text and "70%" in text and "attempts left: 2 of 2" in text
    assert "Sections: 1" in text

    academy.profiles.drop_trainer(academy.profile.id, "1234")
    assert quiz.rules_btn.isHidden()
    window.show_page("progress")
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.trainer))


def test_with_no_attempt_left_the_exam_cannot_be_started(qtbot, window):
    academy = window.academy
    make_open_learner_trainer(academy)
    academy.quizzes.set_exam_rules("final", attempts=1)
    window.show_page("quiz")
    quiz = window.quiz
    assert quiz.final_btn.isEnabled() and "attempts left: 1 of 1" in quiz.final_rules.text()
    quiz.final_btn.click()
    assert quiz.stack.currentIndex() == 3 and quiz.session.mode == "final"  # its rules
    assert quiz.session.time_limit_s == 30 * 60 and quiz.session.pass_mark == 0.8
    qtbot.keyClick(quiz, Qt.Key.Key_Return)  # start
    qtbot.keyClick(quiz, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # hand it in
    next(b for b in quiz.confirm.buttons() if b.text() == "Submit").click()
    qtbot.keyClick(quiz, Qt.Key.Key_Escape)  # back to the start page
    assert quiz.stack.currentIndex() == 0
    assert not quiz.final_btn.isEnabled() and "attempts left: 0 of 1" in quiz.final_rules.text()


def test_the_chooser_names_the_trainer_and_hands_the_role_on(qtbot, academy, monkeypatch):
    a = academy.profiles.create("甲", "1111")
    b = academy.profiles.create("乙", "2222")
    chooser = ProfileChooser(academy, LIGHT)
    qtbot.addWidget(chooser)

    def select(pid):
        for i in range(chooser.list.count()):
            if chooser.list.item(i).data(Qt.ItemDataRole.UserRole) == pid:
                chooser.list.setCurrentRow(i)

    pins = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (pins.pop(0), True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    select(a.id)
    assert chooser.trainer_btn.text() == "Make &trainer…"
    pins[:] = ["1111"]
    chooser.trainer_btn.click()
    assert academy.profiles.trainer().id == a.id
    assert {chooser.list.item(i).text() for i in range(2)} == {"甲 · Trainer", "乙"}
    assert chooser.trainer_btn.text() == "Give up &trainer role…"
    select(b.id)
    pins[:] = ["2222", "0000", "1111"]  # 乙's own PIN is not the trainer's
    chooser.trainer_btn.click()
    assert academy.profiles.trainer().id == b.id and len(warned) == 2
    select(b.id)
    pins[:] = ["2222"]
    chooser.trainer_btn.click()
    assert academy.profiles.trainer() is None


def test_only_the_trainer_may_change_or_export_the_cohort(learner, tmp_path):
    from app.services.errors import ProfileError

    with pytest.raises(ProfileError, match="not-trainer"):
        learner.reports.import_cohort_files([tmp_path / "x.json"])
    with pytest.raises(ProfileError, match="not-trainer"):
        learner.reports.export_cohort_csv(tmp_path / "c.csv")
    make_open_learner_trainer(learner)
    assert learner.reports.import_cohort_files([]) == []
    assert learner.reports.export_cohort_csv(tmp_path / "c.csv").exists()
