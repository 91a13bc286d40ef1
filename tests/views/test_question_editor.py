"""The question editor on a layer quiz file in tmp_path: a question of every type written
through the form by keyboard and read back by the real loader, problems flagged on the field
and listed without blocking anything, Try it graded exactly as app.quiz.grading grades,
undo, and the keys."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from app.common.problems import Problem
from app.paths import content_dir
from app.quiz.bank import load_bank
from app.quiz.grading import grade
from app.views.studio.question_editor import QuestionEditor
from app.views.theme import LIGHT
from tests.views.pages import studio_shot

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
LESSON = "what-is-a-complaint"


def _open(qtbot, academy, path: Path) -> QuestionEditor:
    editor = QuestionEditor(academy, LIGHT, path)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts (Ctrl+Z, F5) need an active window
    return editor


def _loaded(folder: Path):
    problems: list[Problem] = []
    questions, _refs = load_bank(folder, folder.parent, problems)
    return {q.id: q for q in questions}, problems


@pytest.fixture
def empty(qtbot, academy, tmp_path) -> QuestionEditor:
    """The editor on a quiz file of the layer that does not exist yet."""
    return _open(qtbot, academy, tmp_path / "organisation" / "quizzes" / "week.yaml")


@pytest.fixture
def bundled(qtbot, academy, tmp_path) -> QuestionEditor:
    """The editor on a copy of a bundled quiz file (every question valid) under another id
    prefix, so its ids do not clash with the course's."""
    folder = tmp_path / "organisation" / "quizzes"
    folder.mkdir(parents=True)
    text = (content_dir() / "quizzes" / "s04.yaml").read_text(encoding="utf-8")
    (folder / "mine.yaml").write_text(text.replace("id: s04-", "id: mine-"), encoding="utf-8")
    return _open(qtbot, academy, folder / "mine.yaml")


def _first(editor, qtype: str) -> int:
    return next(i for i, q in enumerate(editor.draft.questions) if q["type"] == qtype)


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    qtbot.keyClicks(widget, text)  # QTest types ASCII only


def _field(editor, *path):
    return editor.form.widgets[("questions", editor.current, *path)]


def _fill_common(qtbot, editor, stem: str) -> None:
    if not editor.draft.questions[editor.current]["topic"]:  # a later one takes the last's
        section = _field(editor, "topic")
        section.setFocus()
        qtbot.keyClick(section, Qt.Key.Key_Down)  # from "(missing)" to the first section
    _type(qtbot, _field(editor, "lesson"), LESSON)
    _type(qtbot, _field(editor, "stem"), stem)
    _type(qtbot, _field(editor, "explanation"), "Because it is so.")


def _fill_entries(qtbot, editor, field: str, texts: list[str], sub: str = "") -> None:
    for j, text in enumerate(texts):
        if ("questions", editor.current, field, j, *((sub,) if sub else ())) not in (
            editor.form.widgets
        ):
            editor.form.add_entry.emit(editor.current, field)
        _type(qtbot, _field(editor, field, j, *((sub,) if sub else ())), text)


def _tick(qtbot, box: QCheckBox) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def test_every_type_written_in_the_form_is_what_the_real_loader_reads(qtbot, empty, tmp_path):
    editor = empty
    for qtype in ("single", "multiple", "truefalse", "ordering", "matching", "short",
                  "situational"):  # fmt: skip
        editor.new_type.setCurrentIndex(editor.new_type.findData(qtype))
        qtbot.keyClick(editor.list, Qt.Key.Key_N, CTRL)
        assert editor.draft.questions[editor.current]["type"] == qtype
        _fill_common(qtbot, editor, f"Question of type {qtype}?")
        if qtype in ("single", "situational"):
            _fill_entries(qtbot, editor, "options", ["Red", "Green", "Blue"], "text")
            _tick(qtbot, _field(editor, "options", 1, "correct"))
            _tick(qtbot, _field(editor, "options", 2, "correct"))  # the one right option moves
        if qtype == "situational":
            _type(qtbot, _field(editor, "customer"), "Where is my parcel?")
            for j in range(3):
                _type(qtbot, _field(editor, "options", j, "feedback"), f"Feedback {j}")
        if qtype == "multiple":
            _fill_entries(qtbot, editor, "options", ["One", "Two", "Three", "Four"], "text")
            _tick(qtbot, _field(editor, "options", 0, "correct"))
            _tick(qtbot, _field(editor, "options", 3, "correct"))
            assert [label.text() for label in editor.form.fraction_labels] == [
                "+50 %", "-50 %", "-50 %", "+50 %"
            ]  # fmt: skip
        if qtype == "truefalse":
            answer = _field(editor, "answer")
            answer.setFocus()
            qtbot.keyClick(answer, Qt.Key.Key_Down)
        if qtype == "ordering":
            _fill_entries(qtbot, editor, "items", ["First", "Second", "Third", "Fourth"])
            editor.form.move_entry.emit(editor.current, "items", 3, -1)  # the ↑ button
        if qtype == "matching":
            for j, (left, right) in enumerate([("a", "A"), ("b", "B"), ("c", "C")]):
                _type(qtbot, _field(editor, "pairs", j, "left"), left)
                _type(qtbot, _field(editor, "pairs", j, "right"), right)
        if qtype == "short":
            _fill_entries(qtbot, editor, "answers", ["yes", "yep"])
    editor.check_now()
    assert editor.faults == [], editor.faults
    qtbot.keyClick(editor.list, Qt.Key.Key_S, CTRL)
    assert editor.undo_stack.isClean()
    loaded, problems = _loaded(editor.path.parent)
    assert problems == []
    assert list(loaded) == [f"week-{n:03d}" for n in range(1, 8)]
    by_type = {q.type: q for q in loaded.values()}
    section = editor.academy.content.course.sections[0].id
    for i, q in enumerate(loaded.values()):
        assert q == editor.draft.question(i, q.source)  # what Try it shows is what loads
        assert (q.topic, q.lesson, q.difficulty) == (section, LESSON, 2)
        assert q.explanation == "Because it is so."
    assert [(o.text, o.correct) for o in by_type["single"].options] == [
        ("Red", False), ("Green", False), ("Blue", True)]  # fmt: skip
    assert by_type["multiple"].correct_indices == {0, 3}
    assert by_type["truefalse"].answer is False
    assert by_type["ordering"].items == ("First", "Second", "Fourth", "Third")
    assert by_type["matching"].pairs == (("a", "A"), ("b", "B"), ("c", "C"))
    assert by_type["short"].answers == ("yes", "yep")
    sit = by_type["situational"]
    assert sit.customer == "Where is my parcel?"
    assert [o.feedback for o in sit.options] == ["Feedback 0", "Feedback 1", "Feedback 2"]
    assert not list(editor.path.parent.glob("*.tmp"))


def test_a_wrong_field_is_flagged_and_listed_and_blocks_nothing(qtbot, bundled):
    editor = bundled
    assert editor.faults == [] and editor.problems.count() == 0
    editor.select(2)
    lesson = _field(editor, "lesson")
    _type(qtbot, lesson, "no-such-lesson")
    qtbot.waitUntil(lambda: lesson.property("flagged") is True)  # the debounced check
    assert "no-such-lesson" in lesson.toolTip()
    assert editor.problems.count() == 1
    assert "mine-" in editor.problems.item(0).text()
    assert not editor.list.item(2).icon().isNull()
    assert editor.list.item(1).icon().isNull()
    # A rule about the whole list (a single question with two right options) flags the box.
    single = _first(editor, "single")
    editor.select(single)
    wrong = next(
        j for j, o in enumerate(editor.draft.questions[single]["options"]) if not o.get("correct")
    )
    editor.edit(("questions", single, "options", wrong, "correct"), True)
    editor.check_now()
    assert editor.form.entries_box.property("flagged") is True
    assert editor.problems.count() == 2
    # Nothing is blocked: another question edits and tries, and the file saves with a warning.
    editor.select(next(i for i in range(3, 9) if i != single))
    editor.try_it()
    assert editor.try_panel.widget is not None
    assert editor.save()
    assert "problem" in editor.status.text()
    assert "no-such-lesson" in editor.path.read_text(encoding="utf-8")
    # Picking the problem in the list shows its question.
    editor.problems.setCurrentRow(0)
    editor._problem_picked(editor.problems.item(0))
    assert editor.current == min(2, single)


@pytest.mark.parametrize("qtype", ["multiple", "ordering", "matching", "single"])
def test_try_it_grades_right_and_wrong_answers_as_the_grader_does(qtbot, bundled, qtype):
    editor = bundled
    index = next(i for i, q in enumerate(editor.draft.questions) if q["type"] == qtype)
    editor.select(index)
    qtbot.keyClick(editor.list, Qt.Key.Key_F5)
    panel = editor.try_panel
    assert panel.isVisible()
    presented = panel.presented
    q = presented.question
    assert q == editor.draft.question(index, editor.path.name)
    order = presented.order
    if qtype in ("single", "multiple"):
        for pos in presented.option_positions(True):
            panel.widget.choose(pos)
        right = panel.check()
        for b in panel.widget.group.buttons():
            b.setChecked(False)
        panel.widget.choose(presented.option_positions(False)[0])
        if qtype == "multiple":
            panel.widget.choose(presented.option_positions(True)[0])
    elif qtype == "ordering":
        panel.widget.restore([order.index(i) for i in range(len(order))])  # solved
        right = panel.check()
        panel.widget.restore(list(range(len(order))))  # as shuffled
    else:  # matching: each left to its own right, then the first two swapped
        solved = {left: order.index(left) for left in range(len(q.pairs))}
        panel.widget.restore(solved)
        right = panel.check()
        panel.widget.restore(solved | {0: solved[1], 1: solved[0]})
    assert right.score == 1.0 and right.correct
    assert "Score: 100 %" in panel.score.text()
    response = presented.to_question_terms(panel.widget.response())
    wrong = panel.check()
    assert wrong == grade(q, response)
    assert wrong.score < 1.0
    assert f"{round(wrong.score * 100)} %" in panel.score.text()
    assert panel.feedback.isVisible() and q.explanation in panel.feedback.text()
    # Nothing answered is not graded (the quiz asks for an answer).
    qtbot.keyClick(panel, Qt.Key.Key_R, CTRL)
    assert panel.check() is None


def test_a_question_the_bank_refuses_cannot_be_tried_until_fixed(qtbot, bundled):
    editor = bundled
    editor.select(0)
    editor.try_it()
    assert editor.try_panel.presented is not None
    stem = _field(editor, "stem")
    stem.setFocus()
    stem.selectAll()
    qtbot.keyClick(stem, Qt.Key.Key_Delete)
    assert editor.try_panel.presented is None and not editor.try_panel.check_btn.isEnabled()
    qtbot.keyClick(stem, Qt.Key.Key_Z, CTRL)
    assert editor.try_panel.presented is not None


def test_undo_takes_back_typing_type_changes_and_deletions(qtbot, bundled):
    editor = bundled
    original = editor.draft.snapshot()["questions"]
    at = _first(editor, "multiple")
    editor.select(at)
    stem = _field(editor, "stem")
    before = stem.toPlainText()
    stem.setFocus()
    stem.moveCursor(stem.textCursor().MoveOperation.End)
    qtbot.keyClicks(stem, "more")
    assert editor.draft.questions[at]["stem"] == before + "more"
    assert editor.undo_stack.count() == 1  # typing in one field is one step
    assert editor.title.full_text().endswith("*")
    qtbot.keyClick(stem, Qt.Key.Key_Z, CTRL)
    assert _field(editor, "stem").toPlainText() == before
    # Changing the type keeps the texts, and undo brings the question back as it was.
    options = [o["text"] for o in editor.draft.questions[at]["options"]]
    editor.change_type(at, "ordering")
    assert editor.draft.questions[at]["items"] == options
    assert "options" not in editor.draft.questions[at]
    editor.undo_stack.undo()
    assert editor.draft.questions == original
    # Delete in the list removes the question; Ctrl+Z restores it, Ctrl+Shift+Z again.
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert len(editor.draft.questions) == len(original) - 1
    assert editor.list.count() == len(original) - 1
    qtbot.keyClick(editor.list, Qt.Key.Key_Z, CTRL)
    assert editor.draft.questions == original and editor.list.count() == len(original)
    assert editor.current == at
    qtbot.keyClick(editor.list, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(editor.draft.questions) == len(original) - 1


def test_keyboard_adds_duplicates_moves_and_tries(qtbot, bundled):
    editor = bundled
    ids = [q["id"] for q in editor.draft.questions]
    editor.select(0)
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_D, CTRL)
    assert editor.current == 1
    copy = editor.draft.questions[1]
    assert copy["id"] not in ids and copy["stem"] == editor.draft.questions[0]["stem"]
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, ALT)
    assert editor.current == 2 and editor.draft.questions[2]["id"] == copy["id"]
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, ALT)
    assert editor.current == 1
    qtbot.keyClick(editor.list, Qt.Key.Key_F5)
    assert editor.try_panel.isVisible()
    focused = QApplication.focusWidget()
    assert focused is not None and editor.try_panel.isAncestorOf(focused)  # answer at once
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert not editor.try_panel.isVisible() and QApplication.focusWidget() is editor.list
    qtbot.keyClick(editor.list, Qt.Key.Key_N, CTRL)
    new = editor.draft.questions[editor.current]
    assert new["topic"] == copy["topic"] and new["lesson"] == copy["lesson"]
    editor.check_now()
    assert any(f.index == editor.current for f in editor.faults)  # empty stem etc., listed


def test_a_copied_id_is_flagged_as_used_twice(qtbot, bundled):
    editor = bundled
    editor.select(1)
    _type(qtbot, _field(editor, "id"), editor.draft.questions[0]["id"])
    editor.check_now()
    assert _field(editor, "id").property("flagged") is True
    _type(qtbot, _field(editor, "id"), "s04-q001")  # the course's own
    editor.check_now()
    assert "course" in _field(editor, "id").toolTip()


def test_a_file_that_is_not_a_quiz_is_refused_with_its_line(qtbot, academy, tmp_path):
    from app.common.document import DraftError

    path = tmp_path / "bad.yaml"
    path.write_text("questions:\n  - id: a\n    options: 3\n", encoding="utf-8")
    with pytest.raises(DraftError, match=r"bad\.yaml:3: "):
        QuestionEditor(academy, LIGHT, path)


def test_the_screenshot_view_shows_a_flagged_question_and_try_it(tmp_path):
    image, red = studio_shot(tmp_path, "studio-question")
    assert (image.width(), image.height()) == (1366, 768)
    assert red > 30  # the outlined lesson field


def test_a_thousand_questions_open_and_recheck_without_freezing(qtbot, academy, tmp_path):
    import time

    from app.studio.layer_files import write_atomic
    from app.studio.quiz_yaml import quiz_yaml
    from app.views.studio.shots import file_form

    bank = [file_form(q) for q in academy.content.questions]
    questions = [bank[i % len(bank)] | {"id": f"big-{i:04d}"} for i in range(1000)]
    path = tmp_path / "organisation" / "quizzes" / "big.yaml"
    write_atomic(path, quiz_yaml(questions))
    began = time.perf_counter()
    editor = _open(qtbot, academy, path)
    opened = time.perf_counter() - began
    assert editor.list.count() == 1000 and editor.faults == []
    editor.edit(("questions", 500, "lesson"), "gone")
    began = time.perf_counter()
    editor.check_now()
    rechecked = time.perf_counter() - began
    assert [f.index for f in editor.faults] == [500]
    assert opened < 5.0 and rechecked < 1.0, (opened, rechecked)
