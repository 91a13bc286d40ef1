"""The case editor on bundled cases copied into a layer: sections as fields, problems with
content check's case rules outlining their field, one undo history, and a new case that
saves, loads with the real loader and pairs with a layer case (which is made to point back)."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.cases.loader import load_cases
from app.course.checks import check_cases
from app.paths import content_dir
from app.studio.case_draft import CaseDraft, split_discussion
from app.views.studio.case_editor import CaseEditor
from app.views.theme import LIGHT

CASES = content_dir() / "cases"


@pytest.fixture
def layer(tmp_path) -> Path:
    layer = tmp_path / "data" / "organisation"
    (layer / "cases").mkdir(parents=True)
    return layer


def _open(qtbot, academy, path: Path) -> CaseEditor:
    editor = CaseEditor(academy, LIGHT, path)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def _checked(folder: Path, academy):
    problems: list = []
    cases = load_cases(folder, folder.parents[1], problems)
    every = {**academy.content.cases, **cases}
    sections = {s.id for s in academy.content.course.sections}
    check_cases(every, academy.content.lessons, sections, problems)
    return cases, [p for p in problems if "organisation" in p.file]


def test_a_bundled_case_round_trips_unchanged_through_the_draft(tmp_path):
    for path in sorted(CASES.glob("*.md")):
        draft = CaseDraft.load(path)
        assert draft.text() == path.read_text(encoding="utf-8"), path.name


def test_discussion_questions_and_notes_are_read_from_the_section():
    lead, questions, notes = split_discussion("先想一想。\n\n1. 甲？\n2. 乙\n   续？\n\n???\n提示")
    assert (lead, questions, notes) == ("先想一想。", ["甲？", "乙 续？"], "提示")


def test_a_case_shows_its_fields_and_a_broken_lesson_is_flagged_then_undone(qtbot, academy, layer):
    path = Path(shutil.copy(CASES / "balance-influencer.md", layer / "cases"))
    editor = _open(qtbot, academy, path)
    assert editor.problem_list.texts() == []
    assert editor.pair.currentData() == "balance-ordinary-customer"
    assert not editor.pair.currentText().startswith("⚠")  # offered (same outcome: after)
    assert editor.title.full_text() == "掉涂层的空气炸锅（下）：三百万粉丝的博主来投诉"
    assert editor.outcome.currentData() == "success" and editor.id_edit.isReadOnly()
    assert len(editor.question_rows) == 4
    lessons = editor.widgets[("front", "lessons")]
    lessons.setFocus()
    lessons.end(False)
    qtbot.keyClicks(lessons, ", no-such-lesson")
    qtbot.waitUntil(lambda: lessons.property("flagged") is True)
    assert any("no-such-lesson" in t for t in editor.problem_list.texts())
    qtbot.keyClick(lessons, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    editor.check_now()
    assert not lessons.property("flagged") and editor.problem_list.texts() == []
    # an emptied section is not written, so the loader names it missing, on that field
    background = editor.widgets[("sections", 0, "text")]
    background.setFocus()
    background.selectAll()
    qtbot.keyClick(background, Qt.Key.Key_Delete)
    editor.check_now()
    assert background.property("flagged") is True
    (text,) = editor.problem_list.texts()
    assert "背景" in text
    editor.problem_list.list.setCurrentRow(0)
    editor.problem_list._picked(editor.problem_list.list.item(0))
    assert QApplication.focusWidget() is background


def test_a_new_case_saves_loads_and_pairs_with_a_layer_case(qtbot, academy, layer):
    other = layer / "cases" / "refund-failure.md"
    text = (CASES / "balance-influencer.md").read_text(encoding="utf-8")
    text = text.replace("id: balance-influencer", "id: refund-failure")
    text = text.replace("outcome: success", "outcome: failure")
    other.write_text(text.replace("pair: balance-ordinary-customer\n", ""), encoding="utf-8")
    path = layer / "cases" / "refund-success.md"
    editor = _open(qtbot, academy, path)
    assert not editor.id_edit.isReadOnly() and editor.id_edit.text() == "refund-success"
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, "Refund done right")
    editor.edit(("front", "topics"), ["s08"])
    editor.edit(("front", "lessons"), ["balance-point-and-value"])
    for i, s in enumerate(editor.draft.data["sections"]):
        if s["text"] is not None:
            box = editor.widgets[("sections", i, "text")]
            box.setFocus()
            qtbot.keyClicks(box, f"Text of section {i + 1}.")
    for q in ("Why?", "What next?", "Who decides?"):
        editor.add_question()
        qtbot.keyClicks(editor.widgets[("questions", len(editor.question_rows) - 1)], q)
    pair = editor.pair
    index = pair.findData("refund-failure")
    assert index == 1  # a case of the other outcome is offered first
    assert pair.findData("balance-ordinary-customer") > pair.findData("freight-busan-failure")
    pair.setCurrentIndex(index)
    pair.activated.emit(index)
    editor.check_now()
    assert any("point back" in p.message for p in editor.problems)
    assert editor.save()
    assert "No problems" in editor.status.text()
    cases, problems = _checked(layer / "cases", academy)
    assert problems == []
    mine = cases["refund-success"]
    assert mine.pair == "refund-failure" and cases["refund-failure"].pair == "refund-success"
    assert mine.title == "Refund done right" and mine.topics == ("s08",)
    discussion = mine.sections[-1]
    assert discussion.markdown == "1. Why?\n2. What next?\n3. Who decides?"
    editor.remove_question(1)
    assert editor.draft.data["questions"] == ["Why?", "Who decides?"]
    assert [editor.widgets[("questions", i)].text() for i in range(2)] == ["Why?", "Who decides?"]
    editor.undo_stack.undo()
    assert editor.draft.data["questions"] == ["Why?", "What next?", "Who decides?"]
