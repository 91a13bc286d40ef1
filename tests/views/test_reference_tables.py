"""The glossary, phrases and synonyms tables on copies of the bundled files: search filters
the rows, a duplicate id and a word in two synonym groups are flagged on their cells, edits in
place and rows added or deleted are undone, and what is saved loads with the real loaders."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.common.problems import Problem
from app.paths import content_dir
from app.reference.glossary import load_glossary
from app.reference.phrases import load_phrases
from app.reference.synonyms import load_synonyms
from app.views.studio.reference_tables import FLAG_TINT, ReferenceTableEditor
from app.views.theme import LIGHT
from tests.views.pages import studio_shot

CTRL = Qt.KeyboardModifier.ControlModifier
LOADERS = {"glossary": load_glossary, "phrases": load_phrases, "synonyms": load_synonyms}


def _open(qtbot, academy, tmp_path, name: str) -> ReferenceTableEditor:
    layer = tmp_path / "organisation"
    layer.mkdir(exist_ok=True)
    path = Path(shutil.copy(content_dir() / f"{name}.yaml", layer / f"{name}.yaml"))
    editor = ReferenceTableEditor(academy, LIGHT, path)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def _load(path: Path):
    problems: list[Problem] = []
    loaded = LOADERS[path.stem](path, path.parent, problems)
    return loaded, problems


def _edit_cell(qtbot, editor, row: int, column: str, text: str) -> None:
    """Type into a cell as an author does: select it, F2, the text, Enter."""
    col = editor.draft.columns.index(column)
    index = editor.proxy.mapFromSource(editor.model.index(row, col))
    editor.table.setFocus()
    editor.table.setCurrentIndex(index)
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    _commit(qtbot, editor, field)


def _commit(qtbot, editor, field) -> None:
    """Enter: Qt commits the cell once the event loop turns."""
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.state() != QAbstractItemView.State.EditingState)


def _tint(editor, row: int, column: str):
    col = editor.draft.columns.index(column)
    return editor.model.index(row, col).data(Qt.ItemDataRole.BackgroundRole)


def test_search_filters_the_rows_and_ctrl_f_goes_to_it(qtbot, academy, tmp_path):
    editor = _open(qtbot, academy, tmp_path, "glossary")
    total = editor.proxy.rowCount()
    assert total == len(editor.draft.rows) > 100
    qtbot.keyClick(editor.table, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is editor.search
    qtbot.keyClicks(editor.search, "expectation")
    shown = [editor.proxy.index(r, 0).data() for r in range(editor.proxy.rowCount())]
    assert 0 < len(shown) < total and "expectation-gap" in shown
    assert "of" in editor.count.text()
    editor.search.clear()
    assert editor.proxy.rowCount() == total


def test_a_duplicate_glossary_id_is_flagged_and_fixing_it_clears_the_flag(qtbot, academy, tmp_path):
    editor = _open(qtbot, academy, tmp_path, "glossary")
    assert editor.faults == []
    first = editor.draft.rows[0]["id"]
    _edit_cell(qtbot, editor, 3, "id", first)
    assert editor.draft.rows[3]["id"] == first
    assert _tint(editor, 3, "id") == FLAG_TINT
    assert _tint(editor, 3, "term") is None
    assert first in editor.model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert editor.model.headerData(3, Qt.Orientation.Vertical).startswith("⚠")
    assert editor.problems.count() == 1 and first in editor.problems.item(0).text()
    # The file saves with the problem (a warning), and the real loader reports the same.
    assert editor.save() and "problem" in editor.status.text()
    _, problems = _load(editor.path)
    assert [p.kind for p in problems] == ["duplicate-id"]
    # Undo (Ctrl+Z) takes the edit back and the flag with it.
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    assert editor.draft.rows[3]["id"] != first and editor.faults == []
    assert _tint(editor, 3, "id") is None


def test_a_wrong_lesson_link_and_a_short_definition_are_flagged_per_cell(qtbot, academy, tmp_path):
    editor = _open(qtbot, academy, tmp_path, "glossary")
    _edit_cell(qtbot, editor, 1, "lesson", "no-such-lesson")
    _edit_cell(qtbot, editor, 2, "definition", "abc")
    flagged = {(f.row, f.column) for f in editor.faults}
    assert flagged == {(1, "lesson"), (2, "definition")}
    assert _tint(editor, 1, "lesson") == FLAG_TINT
    assert _tint(editor, 2, "definition") == FLAG_TINT


def test_rows_added_and_deleted_by_keyboard_are_undone_and_saved_as_the_loader_reads(
    qtbot, academy, tmp_path
):
    editor = _open(qtbot, academy, tmp_path, "glossary")
    n = len(editor.draft.rows)
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.proxy.index(0, 0))
    qtbot.keyClick(editor.table, Qt.Key.Key_N, CTRL)
    assert len(editor.draft.rows) == n + 1 and editor.current_row == 1
    field = QApplication.focusWidget()  # the new row's id, being edited
    qtbot.keyClicks(field, "refund-policy")
    _commit(qtbot, editor, field)
    for column, text in (
        ("term", "Refund"),
        ("en", "refund policy"),
        ("definition", "What the shop gives back, and when."),
        ("lesson", "what-is-a-complaint"),
        ("aliases", "refunds, money back"),
    ):
        _edit_cell(qtbot, editor, 1, column, text)
    assert editor.faults == []
    assert editor.draft.rows[1]["aliases"] == ["refunds", "money back"]
    editor.table.setCurrentIndex(editor.proxy.index(2, 0))
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert len(editor.draft.rows) == n
    removed = editor.draft.rows[2]["id"]
    qtbot.keyClick(editor.table, Qt.Key.Key_S, CTRL)
    assert editor.undo_stack.isClean()
    terms, problems = _load(editor.path)
    assert problems == []
    terms = terms[0]
    assert terms["refund-policy"].aliases == ("refunds", "money back")
    assert len(terms) == n and removed in terms
    original, _ = _load(content_dir() / "glossary.yaml")
    assert {k: v for k, v in terms.items() if k != "refund-policy"} == {
        k: v for k, v in original[0].items() if k != list(original[0])[1]
    }
    # Ctrl+Z twice: the deleted row comes back, then the last cell typed is taken back.
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    assert len(editor.draft.rows) == n + 1
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    assert "aliases" not in editor.draft.rows[1]


def test_phrases_save_in_their_groups_as_the_loader_reads(qtbot, academy, tmp_path):
    editor = _open(qtbot, academy, tmp_path, "phrases")
    group = editor.draft.rows[0]["group"]
    size = sum(1 for r in editor.draft.rows if r["group"] == group)
    _edit_cell(qtbot, editor, 0, "title", "Opening")
    assert all(r["title"] == "Opening" for r in editor.draft.rows if r["group"] == group)
    _edit_cell(qtbot, editor, 1, "say", "")
    assert {(f.row, f.column) for f in editor.faults} == {(1, "say")}
    _edit_cell(qtbot, editor, 1, "say", "Hello, I am listening.")
    assert editor.save()
    groups, problems = _load(editor.path)
    assert problems == []
    assert groups[0][0].title == "Opening" and len(groups[0][0].phrases) == size
    assert groups[0][0].phrases[1].say == "Hello, I am listening."
    original, _ = _load(content_dir() / "phrases.yaml")
    assert groups[0][1:] == original[0][1:]


def test_a_word_in_two_synonym_groups_is_flagged_like_content_check(qtbot, academy, tmp_path):
    editor = _open(qtbot, academy, tmp_path, "synonyms")
    _edit_cell(qtbot, editor, 0, "words", "alpha, beta")  # QTest types ASCII only
    assert editor.faults == []
    _edit_cell(qtbot, editor, 2, "words", "alpha, gamma")
    assert editor.draft.rows[2]["words"] == ["alpha", "gamma"]
    assert [(f.row, f.column) for f in editor.faults] == [(2, "words")]
    assert _tint(editor, 2, "words") == FLAG_TINT
    editor.save()
    groups, problems = _load(editor.path)
    assert len(problems) == 1 and "already in group 1" in problems[0].message
    assert len(groups) == len(editor.draft.rows) - 1  # the rest still loads


@pytest.mark.parametrize("name", ["glossary", "phrases", "synonyms"])
def test_a_file_not_there_yet_starts_empty_and_saves(qtbot, academy, tmp_path, name):
    path = tmp_path / "organisation" / f"{name}.yaml"
    path.parent.mkdir()
    editor = ReferenceTableEditor(academy, LIGHT, path)
    qtbot.addWidget(editor)
    assert editor.proxy.rowCount() == 0
    editor.add_row()
    assert editor.save() and path.exists()


def test_the_screenshot_view_shows_the_glossary_with_a_flagged_id(tmp_path):
    image, _red = studio_shot(tmp_path, "studio-glossary")
    assert (image.width(), image.height()) == (1366, 768)
