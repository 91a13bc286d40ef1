"""The quiz page driven by keys, with one question of every type, on a real database."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services import Academy
from app.views.answer_widgets import (
    ChoiceAnswer,
    MatchingAnswer,
    OrderingAnswer,
    ShortAnswer,
    TrueFalseAnswer,
)
from app.views.quiz import QuizPage
from app.views.theme import LIGHT

COMMON = (
    "    topic: s01\n    difficulty: 1\n    lesson: what-is-a-complaint#1\n"
    "    explanation: 因为如此。\n"
)
BANK = "questions:\n" + "".join(
    f"  - id: {qid}\n    type: {qtype}\n{COMMON}{body}"
    for qid, qtype, body in [
        (
            "t-single",
            "single",
            "    stem: 单选题干\n    options:\n      - {text: 对, correct: true, feedback: 好}\n"
            "      - {text: 错甲}\n      - {text: 错乙}\n",
        ),
        (
            "t-multi",
            "multiple",
            "    stem: 多选题干\n    options:\n      - {text: 甲, correct: true}\n"
            "      - {text: 乙, correct: true}\n      - {text: 丙}\n      - {text: 丁}\n",
        ),
        ("t-tf", "truefalse", "    stem: 判断题干\n    answer: true\n"),
        ("t-order", "ordering", "    stem: 排序题干\n    items: [一, 二, 三]\n"),
        (
            "t-match",
            "matching",
            "    stem: 配对题干\n    pairs:\n      - {left: 左一, right: 右一}\n"
            "      - {left: 左二, right: 右二}\n      - {left: 左三, right: 右三}\n",
        ),
        ("t-short", "short", "    stem: 简答题干\n    answers: [3F 法则, 3F]\n"),
        (
            "t-sit",
            "situational",
            "    stem: 情境题干\n    customer: 你们到底管不管？\n    options:\n"
            "      - {text: 我来跟进, correct: true, feedback: 稳住}\n"
            "      - {text: 先别激动, feedback: 激化}\n      - {text: 不归我管, feedback: 推诿}\n",
        ),
    ]
)


@pytest.fixture
def page(qtbot, content_copy: Path, tmp_path: Path):
    for old in (content_copy / "quizzes").glob("*.yaml"):
        old.unlink()
    (content_copy / "quizzes").mkdir(exist_ok=True)
    (content_copy / "quizzes" / "t.yaml").write_text(BANK, encoding="utf-8")
    academy = Academy(
        tmp_path / "d", content_root=content_copy, assets=content_copy.parent / "assets"
    )
    academy.open_learner(academy.profiles.create("甲").id)
    assert not academy.content.problems, academy.content.problems
    p = QuizPage(academy, LIGHT)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    p.refresh()
    yield p
    academy.close_learner()


def _answer_correctly(page, qtbot) -> None:
    """Give the right answer for whatever question is shown, using keys where they apply."""
    presented = page.session.current
    q, w = presented.question, page.widget
    if isinstance(w, TrueFalseAnswer):
        qtbot.keyClick(page, Qt.Key.Key_1)  # 1 = 对
    elif isinstance(w, ChoiceAnswer):
        for pos in presented.option_positions(correct=True):
            qtbot.keyClick(page, chr(ord("A") + pos))  # letter keys choose
    elif isinstance(w, OrderingAnswer):
        for target in range(len(q.items)):  # move each item up into place with Alt+↑
            row = next(
                r
                for r in range(w.list.count())
                if presented.order[w.list.item(r).data(Qt.ItemDataRole.UserRole)] == target
            )
            w.list.setCurrentRow(row)
            for _ in range(row - target):
                qtbot.keyClick(w.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    elif isinstance(w, MatchingAnswer):
        for left, box in enumerate(w.boxes):
            box.setCurrentIndex(box.findData(presented.order.index(left)))
    elif isinstance(w, ShortAnswer):
        # Chinese comes through an input method; QTest can only type ASCII keys.
        w.edit.insert("３Ｆ 法則")  # full width, Traditional: still right


def test_practice_every_type_by_keyboard_with_feedback(page, qtbot):
    page.start("practice", topic="s01")
    seen = set()
    for _ in range(7):
        seen.add(page.session.current.question.type)
        _answer_correctly(page, qtbot)
        qtbot.keyClick(page, Qt.Key.Key_Return)  # Enter submits
        assert page.submitted and page.feedback.isVisible()
        assert "Correct" in page.feedback.text() or "正确" in page.feedback.text(), (
            page.session.current.question.id,
            page.feedback.text(),
        )
        qtbot.keyClick(page, Qt.Key.Key_Right)  # → goes on
    assert seen == {
        "single",
        "multiple",
        "truefalse",
        "ordering",
        "matching",
        "short",
        "situational",
    }
    stored = page.academy.reports.records()["answers"]
    assert len(stored) == 7 and all(a["correct"] for a in stored)


def test_wrong_answer_shows_the_right_one_and_the_option_feedback(page, qtbot):
    page.start("practice", topic="s01")
    page.skip_to("situational")
    page.widget.choose(page.session.current.option_positions(correct=False)[0])
    page._submit()
    text = page.feedback.text()
    assert "我来跟进" in text and ("激化" in text or "推诿" in text)


def test_exam_hides_feedback_and_times_out_to_the_review_screen(page, qtbot):
    page.start("exam", topics=["s01"], per_topic=7, pass_mark=0.5, time_limit_s=60)
    assert page.stack.currentIndex() == 3, "the rules come first"
    assert "7" in page.intro_rules.text() and "50" in page.intro_rules.text()
    qtbot.keyClick(page, Qt.Key.Key_Return)  # start
    assert page.stack.currentIndex() == 1 and page.clock.text()
    _answer_correctly(page, qtbot)
    qtbot.keyClick(page, Qt.Key.Key_Return)  # Enter moves on; nothing graded yet
    assert page.session.index == 1 and not page.feedback.isVisible()
    assert page.session.drafts and not page.session.grades
    page.deadline = 0  # the time is up
    page._tick()
    assert page.stack.currentIndex() == 2
    text = page.review.toPlainText()
    assert text.count("Right answer:") == 7 and "Time ran out: unanswered" in text
    history = page.academy.quizzes.exam_history()
    assert history[-1]["finished_at"] is not None and history[-1]["passed"] is False
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0 and page.history.topLevelItemCount() == 1


def test_exam_map_flag_change_and_submit_with_confirmation(page, qtbot):
    """Issue 16.1: free navigation, a flag, an answer changed, and a confirmation naming
    what is unanswered and flagged before the attempt is submitted."""
    from PySide6.QtWidgets import QMessageBox

    page.start("exam", topics=["s01"], per_topic=7, pass_mark=0.5, time_limit_s=600)
    page._begin()
    _answer_correctly(page, qtbot)
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # flag 1
    page.exam_bar.cells[3].click()  # jump to question 4 on the map
    assert page.session.index == 3 and 0 in page.session.drafts
    assert "⚑" in page.exam_bar.cells[0].text()
    qtbot.keyClick(page, Qt.Key.Key_Left)
    assert page.session.index == 2
    page.exam_bar.cells[0].click()  # back to 1: its answer is shown again
    assert page.widget.response() == page.session.drafts[0]
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = page.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Unanswered: 2, 3, 4, 5, 6, 7" in box.text() and "Flagged for review: 1" in box.text()
    box.buttons()[-1].click()  # keep working
    assert page.stack.currentIndex() == 1 and page.confirm is None
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    next(b for b in page.confirm.buttons() if b.text() == "Submit").click()
    assert page.stack.currentIndex() == 2
    result = page.result_line.text()
    assert "1 of 7 right" in result and "6 unanswered" in result
    answers = page.academy.quizzes.exam_history()
    assert answers[-1]["finished_at"] is not None


def test_backing_out_of_the_rules_screen_is_not_an_attempt(page, qtbot):
    page.start("exam", topics=["s01"], per_topic=3, pass_mark=0.5, time_limit_s=60)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0 and page.academy.quizzes.exam_history() == []


def test_ending_practice_early_asks_and_counts_only_what_was_answered(page, qtbot):
    page.start("practice", topic="s01")
    _answer_correctly(page, qtbot)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert "You answered 1 of 7" in page.confirm.text()
    next(b for b in page.confirm.buttons() if b.text() == "End").click()
    assert page.stack.currentIndex() == 2
    assert page.result_line.text().startswith("Answered 1, 1 right, score 100%")
    assert page.review.toPlainText().count("Right answer:") == 1


def test_todays_review_lists_what_was_missed(page, qtbot):
    page.start("practice", topic="s01")
    page.skip_to("single")
    page.widget.choose(page.session.current.option_positions(correct=False)[0])
    page._submit()
    missed = page.session.current.question
    assert not page.session.grades[missed.id].correct
    page.refresh()
    assert page.due.topLevelItemCount() == 1 and page.due.topLevelItem(0).text(0) == missed.stem
    assert page.review_btn.isEnabled()
    page.review_btn.click()
    assert page.session.mode == "review" and page.session.current.question.id == missed.id


def test_import_preview_then_practise_and_remove_a_moodle_bank(page, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.views.quiz_import import ImportDialog

    gift = Path(__file__).parents[1] / "quiz" / "moodle_doc_examples.gift"
    dialog = ImportDialog(page.academy, gift, page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.report.imported == 11 and dialog.skipped.topLevelItemCount() == 3
    assert page.academy.quizzes.banks() == [], "nothing is stored by the preview"
    dialog.import_btn.click()
    qtbot.waitUntil(lambda: page.academy.quizzes.banks() != [])
    page.refresh()
    assert page.banks.count() == 1
    page._practise_bank()
    assert page.session.current.question.id.startswith("imported:moodle_doc_examples:")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page._stop()
    page.refresh()
    page._remove_bank()
    assert page.academy.quizzes.banks() == [] and page.banks.count() == 0


def test_a_refused_file_is_explained_in_the_dialog(page, qtbot, tmp_path):
    from app.views.quiz_import import ImportDialog

    bad = tmp_path / "bad.xml"
    bad.write_text("<quiz><question", encoding="utf-8")
    dialog = ImportDialog(page.academy, bad, page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.summary.text())
    assert not dialog.import_btn.isEnabled()


def test_enter_with_nothing_chosen_asks_for_an_answer(page, qtbot, store_of):
    """Issue 16.2: no blank answer is graded or stored by accident."""
    page.start("practice", topic="s01")
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert not page.submitted and page.feedback.isVisible()
    assert "first" in page.feedback.text() or "先" in page.feedback.text()
    assert store_of(page.academy).answers() == []
    assert page.academy.quizzes.due_review_ids() == []


def test_a_right_review_answer_can_be_rated_and_then_review_is_done_for_today(page, qtbot):
    """Issue 16.7: rate with a key after a right answer; afterwards the start page says
    review is done for today and when the next one is."""
    page.start("practice", topic="s01")
    page.skip_to("single")
    page.widget.choose(next(iter(page.session.current.option_positions(correct=False))))
    page._submit()
    page.refresh()
    page.review_btn.click()
    assert page.session.mode == "review"
    _answer_correctly(page, qtbot)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert page.rating.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_3)  # Easy: and on to the end of today's review
    assert not page.rating.isVisible()
    if page.stack.currentIndex() == 2:
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    page.refresh()
    assert not page.review_btn.isEnabled()
    assert "Done for today" in page.review_label.text() or "今天" in page.review_label.text()


def test_a_long_option_wraps_instead_of_being_cut_off(qtbot):
    """Issue 16.4: the whole text of an option is on screen at any width."""
    long = "本来打算用这笔钱，现在要多等一个季度，换谁都会着急。" * 4
    w = ChoiceAnswer([long, "短"], multiple=False)
    qtbot.addWidget(w)
    w.resize(420, 400)
    w.show()
    qtbot.waitExposed(w)
    label = w.texts[0]
    assert label.geometry().right() <= w.width()
    lines = label.height() // label.fontMetrics().lineSpacing()
    assert lines >= 3, "wrapped onto several lines"
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)  # the text chooses, as the button does
    assert w.response() == 0


def _focused_answer_part(page):
    """What has the keyboard focus, checked to be the shown question's answer input."""
    from PySide6.QtWidgets import QApplication

    w, focused = page.widget, QApplication.focusWidget()
    expected = {
        ShortAnswer: lambda: w.edit,
        OrderingAnswer: lambda: w.list,
        MatchingAnswer: lambda: w.boxes[0],
    }.get(type(w), lambda: w.group.button(0))()
    assert focused is expected, (page.session.current.question.type, focused)
    return focused


def test_each_question_takes_the_keyboard_focus_when_it_appears(page, qtbot):
    """Issue 20.5: typing goes into a short answer at once (no Tab first); a choice question
    has its first option focused; so in practice, review, exams and lesson checks alike."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.start("practice", topic="s01")
    for _ in range(7):
        focused = _focused_answer_part(page)
        if isinstance(page.widget, ShortAnswer):
            qtbot.keyClicks(focused, "3F")
            assert page.widget.edit.text() == "3F"
            page.widget.edit.clear()
        _answer_correctly(page, qtbot)
        qtbot.keyClick(page, Qt.Key.Key_Return)
        qtbot.keyClick(page, Qt.Key.Key_Right)
    page._finish()

    page.start("practice", topic="s01")
    page.skip_to("single")
    page.widget.choose(page.session.current.option_positions(correct=False)[0])
    page._submit()
    page._finish()
    page.refresh()
    page.review_btn.click()  # today's review
    assert page.session.mode == "review"
    _focused_answer_part(page)
    page._finish()

    page.start("exam", topics=["s01"], per_topic=7, pass_mark=0.5, time_limit_s=600)
    qtbot.keyClick(page, Qt.Key.Key_Return)  # the rules, then the first question
    for index in range(7):
        page._go(index)
        _focused_answer_part(page)


def test_a_lesson_check_from_the_reader_takes_the_focus(window, qtbot):
    lesson = next(
        lid for lid in window.academy.content.lesson_order()
        if any(q.lesson.partition("#")[0] == lid for q in window.academy.content.questions)
    )  # fmt: skip
    window.start_lesson_check(lesson)
    quiz = window.quiz
    assert quiz.session.mode == "lesson" and quiz.stack.currentIndex() == 1
    _focused_answer_part(quiz)


def test_bank_buttons_wait_for_an_imported_bank_and_say_why(page, qtbot):
    """Issue 20.6: with no imported bank, Practise and Remove are off and say what to do."""
    assert page.banks.count() == 0
    for button in (page.bank_practice, page.bank_remove):
        assert not button.isEnabled() and "Import" in button.toolTip()
    assert page.banks.placeholderText()
    gift = Path(__file__).parents[1] / "quiz" / "moodle_doc_examples.gift"
    page.academy.quizzes.import_bank(gift)
    page.refresh()
    assert page.banks.count() == 1
    for button in (page.bank_practice, page.bank_remove):
        assert button.isEnabled() and "Import" not in button.toolTip()
    page.bank_practice.click()
    assert page.session is not None and page.stack.currentIndex() == 1


def test_empty_review_and_exam_lists_say_how_they_fill(page, qtbot):
    """Issue 20.7: an empty 'due today' list says why it is empty and what to do; so does
    the exam history. The words go once there is something to list."""
    qtbot.waitExposed(page)
    assert page.due.topLevelItemCount() == 0
    assert page.due_note.isVisible() and "practice" in page.due_note.text()
    assert page.due_note.geometry().intersects(page.due.viewport().rect())
    assert page.history_note.isVisible() and "exam" in page.history_note.text()

    page.start("practice", topic="s01")
    page.skip_to("single")
    page.widget.choose(page.session.current.option_positions(correct=False)[0])
    page._submit()
    page._finish()
    page.refresh()
    assert page.due.topLevelItemCount() == 1 and not page.due_note.isVisible()


def test_a_damaged_bank_is_labelled_and_practising_it_explains_instead_of_failing(
    page, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    folder = page.academy.paths.imported_banks
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "edited.json").write_text('{"questions": [{"stem": 3}]}', encoding="utf-8")
    page.refresh()
    assert page.banks.count() == 1 and "edited" in page.banks.itemText(0)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    page._practise_bank()
    assert said and "edited.json, question 1" in said[0], said
    assert page.stack.currentIndex() == 0, "still on the quiz menu"
