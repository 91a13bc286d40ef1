"""The lesson editor on a bundled lesson copied into a layer: the preview follows the text
(debounced) with its table and image, a broken link is named at its line and choosing it
puts the cursor there, one undo history for form and text, a save the real loader reads
back without problems, an image copied into the layer with its description asked for, a
.docx draft asking for its section, and a long lesson previewed without lag."""

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from app.course.checks import check_lesson
from app.lessons.loader import load_lesson
from app.paths import content_dir
from app.studio.docx_import import SECTION_PLACEHOLDER
from app.views.studio.lesson_editor import CHECK_DELAY_MS, LessonEditor
from app.views.theme import LIGHT

BUNDLED = content_dir() / "lessons" / "s01-what-is-a-complaint.md"
IMAGE = content_dir().parent / "assets" / "images" / "expectation-gap.svg"


@pytest.fixture
def layer(tmp_path) -> Path:
    layer = tmp_path / "data" / "organisation"
    (layer / "lessons").mkdir(parents=True)
    (layer / "assets" / "images").mkdir(parents=True)
    shutil.copy(IMAGE, layer / "assets" / "images" / IMAGE.name)
    return layer


@pytest.fixture
def copied(layer) -> Path:
    text = BUNDLED.read_text(encoding="utf-8").replace("id: what-is-a-complaint", "id: our-intro")
    path = layer / "lessons" / "our-intro.md"
    path.write_text(text, encoding="utf-8")
    return path


def _open(qtbot, academy, path: Path) -> LessonEditor:
    editor = LessonEditor(academy, LIGHT, path)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts (Ctrl+Z, Ctrl+S) need an active window
    return editor


@pytest.fixture
def editor(qtbot, academy, copied) -> LessonEditor:
    return _open(qtbot, academy, copied)


def _type_at_end(qtbot, editor: LessonEditor, text: str, in_section: bool = False) -> None:
    """Typed key by key (QTest types ASCII only; a line break is the Return key) at the end
    of the text (its last section's presenter notes) or ``in_section``: after the first
    section's heading."""
    editor.text.setFocus()
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    if in_section:
        block = editor.text.document().begin()
        while not block.text().startswith("## "):
            block = block.next()
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        editor.text.setTextCursor(cursor)
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(editor.text, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(editor.text, line)


def _loaded(path: Path, layer: Path):
    problems: list = []
    lesson = load_lesson(path, layer.parent, problems)
    return lesson, problems


def test_a_copied_lesson_opens_with_no_problems_its_slides_and_notes(editor):
    assert editor.problem_list.texts() == []
    assert editor.form.title_edit.text() == "什么是投诉"
    assert editor.form.section_combo.currentData() == "s01"
    assert editor.form.id_edit.isReadOnly()  # saved already: learners' progress keeps it
    lesson, _ = _loaded(BUNDLED, BUNDLED.parents[2])
    assert editor.slides.count() == 1 + len(lesson.sections)  # the title slide, then each
    editor.slides.setCurrentRow(1)
    assert editor.notes.toPlainText() == lesson.sections[0].notes
    # the image of the bundled lesson is shown from the layer's own assets
    assert "expectation-gap.svg" in editor.preview.toHtml()


def test_edits_reach_the_preview_after_a_pause_with_a_table_and_an_image(qtbot, editor):
    editor.actions["table"].click()
    qtbot.keyClicks(editor.text, "TBLMARK")
    html = editor.preview.toHtml()
    assert "TBLMARK" not in html  # not on every key: the preview waits for a pause
    qtbot.waitUntil(lambda: "TBLMARK" in editor.preview.toHtml(), timeout=CHECK_DELAY_MS * 10)
    page = editor.preview.toHtml()
    assert page.count("<table") > html.count("<table")  # the skeleton became a table
    _type_at_end(qtbot, editor, "\n\n![A gap](images/expectation-gap.svg)\n", in_section=True)
    qtbot.waitUntil(lambda: editor.preview.toHtml().count("expectation-gap.svg") == 2)
    image = editor.preview.document().resource(
        QTextDocument.ResourceType.ImageResource,
        QUrl((editor.context.assets / "images" / "expectation-gap.svg").as_uri()),
    )
    assert not image.isNull() and image.width() > 100  # the picture itself, from the layer
    assert editor.problem_list.texts() == []


def test_a_broken_link_is_named_at_its_line_and_choosing_it_moves_the_cursor(qtbot, editor):
    _type_at_end(qtbot, editor, "\n\nSee [more](lesson:no-such-lesson#2).\n")
    qtbot.waitUntil(lambda: bool(editor.problem_list.texts()))
    line = editor.text.document().blockCount() + editor.text.first_line - 2
    (text,) = editor.problem_list.texts()
    assert f"Line {line}" in text and "no-such-lesson" in text
    editor.text.moveCursor(QTextCursor.MoveOperation.Start)
    editor.problem_list.list.setCurrentRow(0)
    editor.problem_list.list.setFocus()
    qtbot.keyClick(editor.problem_list.list, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor.text
    assert editor.text.current_line() == line
    assert "no-such-lesson" in editor.text.textCursor().block().text()


def test_one_history_for_form_and_text_undone_with_ctrl_z(qtbot, editor):
    before_title = editor.form.title_edit.text()
    before_text = editor.text.toPlainText()
    editor.form.title_edit.setFocus()
    editor.form.title_edit.end(False)
    qtbot.keyClicks(editor.form.title_edit, "X")
    _type_at_end(qtbot, editor, "abc")
    assert editor.draft.body.endswith("abc") and editor.draft.front["title"].endswith("X")
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text.toPlainText() == before_text and editor.draft.body == before_text
    assert editor.draft.front["title"] == before_title + "X"  # the text went first
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.front["title"] == before_title
    assert editor.form.title_edit.text() == before_title
    qtbot.keyClick(
        editor.text, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert editor.draft.front["title"] == before_title + "X"
    assert editor.undo_stack.canRedo()


def test_save_writes_what_the_real_loader_and_checks_read_without_problems(
    qtbot, academy, editor, copied, layer
):
    editor.form.title_edit.setFocus()
    editor.form.title_edit.selectAll()
    qtbot.keyClicks(editor.form.title_edit, "Our intro")
    editor.actions["table"].click()
    _type_at_end(qtbot, editor, "\n\n![A gap](images/expectation-gap.svg)\n")
    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.undo_stack.isClean() and "No problems" in editor.status.text()
    lesson, problems = _loaded(copied, layer)
    assert problems == []
    lessons = dict(academy.content.lessons) | {lesson.id: lesson}
    check_lesson(lesson, lessons, set(academy.content.glossary), layer / "assets", problems)
    assert problems == []
    assert lesson.title == "Our intro" and lesson.id == "our-intro"
    assert "| 列一 | 列二 | 列三 |" in copied.read_text(encoding="utf-8")
    original, _ = _loaded(BUNDLED, BUNDLED.parents[2])
    assert lesson.objectives == original.objectives and lesson.related == original.related
    assert not list(copied.parent.glob("*.tmp"))
    # with a problem left the file is written anyway, with a warning
    _type_at_end(qtbot, editor, "[x](lesson:gone)")
    assert editor.save() and "problem" in editor.status.text()
    _lesson, problems = _loaded(copied, layer)
    check_lesson(_lesson, lessons, set(), layer / "assets", problems)
    assert [p.kind for p in problems] == ["broken-link"]


def test_an_image_is_copied_into_the_layer_and_its_description_asked_for(
    qtbot, editor, layer, tmp_path
):
    picture = tmp_path / "流程 图.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    assert image.save(str(picture), "PNG")
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert_image(picture)
    copied = layer / "assets" / "images" / "liu-cheng-tu.png"
    assert copied.read_bytes() == picture.read_bytes()
    dialog = editor.alt_dialog
    assert dialog.isVisible()
    dialog.setTextValue("")  # no description: inserted, and flagged
    dialog.accept()
    assert "![](images/liu-cheng-tu.png)" in editor.text.toPlainText()
    assert any("no description" in t for t in editor.problem_list.texts())
    editor.undo_stack.undo()
    editor.insert_image(picture)  # the same picture again: the same file, not a copy
    assert sorted(p.name for p in copied.parent.iterdir()) == ["expectation-gap.svg",
                                                                copied.name]  # fmt: skip
    editor.alt_dialog.setTextValue("处理流程")
    editor.alt_dialog.accept()
    assert "![处理流程](images/liu-cheng-tu.png)" in editor.text.toPlainText()
    assert editor.problem_list.texts() == []


def test_completion_offers_lessons_sections_and_terms(qtbot, academy, editor):
    _type_at_end(qtbot, editor, "\n\n[[six-step")
    popup = editor.text.completer.popup()
    assert popup.isVisible()
    assert "six-step-conversation" in editor.text.completer.currentCompletion()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    line = editor.text.textCursor().block().text()
    title = academy.content.lessons["six-step-conversation"].title
    assert line == f"[{title}](lesson:six-step-conversation)"
    qtbot.keyClicks(editor.text, " [x](term:")
    assert editor.text.completer.popup().isVisible()
    assert editor.text.completer.completionCount() == len(academy.content.glossary)


def test_a_docx_draft_asks_for_its_section(qtbot, academy, layer):
    draft = layer / "drafts" / "lessons" / "policy.md"
    draft.parent.mkdir(parents=True)
    draft.write_text(
        f'---\nid: policy\ntitle: 退货政策\nsection: "{SECTION_PLACEHOLDER}"  # to choose\n'
        "order: 99\nminutes: 3\nobjectives: []\nkey_terms: []\n---\n\n## 总则\n\n七日内。\n",
        encoding="utf-8",
    )
    editor = _open(qtbot, academy, draft)
    assert "section" in editor.status.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.form.section_combo)
    assert editor.form.section_combo.property("flagged") is True
    assert any("section" in t for t in editor.problem_list.texts())
    combo = editor.form.section_combo
    combo.setCurrentIndex(combo.findData("s10"))
    combo.activated.emit(combo.currentIndex())
    editor.check_now()
    assert editor.problem_list.texts() == [] and not combo.property("flagged")
    assert editor.save()
    text = draft.read_text(encoding="utf-8")
    assert "section: s10\n" in text and "title: 退货政策\n" in text


def test_a_new_file_gets_an_editable_id_fixed_once_saved(qtbot, academy, layer):
    path = layer / "lessons" / "fresh-one.md"
    editor = _open(qtbot, academy, path)
    assert not editor.form.id_edit.isReadOnly() and editor.form.id_edit.text() == "fresh-one"
    assert editor.form.title_edit.property("flagged") is True  # no title yet
    editor.form.title_edit.setFocus()
    qtbot.keyClicks(editor.form.title_edit, "Fresh")
    combo = editor.form.section_combo
    combo.setCurrentIndex(combo.findData("s02"))
    combo.activated.emit(combo.currentIndex())
    assert editor.save()
    assert editor.form.id_edit.isReadOnly()
    lesson, problems = _loaded(path, layer)
    assert problems == [] and lesson.id == "fresh-one" and lesson.section == "s02"


def test_a_ten_thousand_character_lesson_previews_without_lag(qtbot, academy, layer):
    body = "".join(
        f"## 第{i}节\n\n" + "顾客说他等了很久，我们先道歉再核实。" * 20 + "\n\n"
        "| 项目 | 说明 |\n|---|---|\n| 甲 | 乙 |\n\n???\n备注。\n\n"
        for i in range(1, 30)
    )
    assert len(body) > 10_000
    path = layer / "lessons" / "long.md"
    path.write_text("---\nid: long\ntitle: 长课\nsection: s01\norder: 9\n---\n\n" + body,
                    encoding="utf-8")  # fmt: skip
    editor = _open(qtbot, academy, path)
    editor.timings.clear()
    began = time.perf_counter()
    for _ in range(40):  # typing: each key costs little, the check waits for the pause
        qtbot.keyClick(editor.text, Qt.Key.Key_A)
    typing = time.perf_counter() - began
    qtbot.waitUntil(lambda: bool(editor.timings), timeout=CHECK_DELAY_MS * 10)
    assert len(editor.timings) == 1  # one check and preview for the whole burst
    assert typing < 2.0 and editor.timings[0] < 1.0, (typing, editor.timings)
    print(f"40 keys {typing:.3f} s; check + preview {editor.timings[0]:.3f} s")


@pytest.mark.parametrize("view", ["studio-lesson", "studio-case"])
def test_the_screenshot_views_show_an_editor_with_a_problem(tmp_path, view):
    import subprocess
    import sys

    out = tmp_path / f"{view}.png"
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), "--lang", "en",
         "screenshot", view, str(out), "--size", "1366x768"],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    if view == "studio-case":  # the field at fault is outlined
        red = sum(
            1
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
            if image.pixelColor(x, y).name() == "#c62828"
        )
        assert red > 30
