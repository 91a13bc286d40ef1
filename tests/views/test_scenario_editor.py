"""The role-play graph editor on a copy of a bundled scenario: every node drawn, a broken
target flagged on the graph, in the list and on the form and cleared when fixed, undo, an
atomic save the real loader reads back, play from any node, and the keyboard."""

import shutil
import time
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.common.problems import Problem
from app.paths import content_dir
from app.scenario.loader import load_scenarios
from app.views.studio.scenario_editor import ScenarioEditor
from app.views.theme import LIGHT
from tests.views.pages import studio_shot

BUNDLED = content_dir() / "scenarios" / "bank-account-limit.yaml"
BROKEN = ("nodes", "b1", "choices", 1, "next")


def _open(qtbot, academy, path: Path) -> ScenarioEditor:
    editor = ScenarioEditor(academy, LIGHT, path)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts (Ctrl+Z, F5) need an active window
    return editor


@pytest.fixture
def copied(tmp_path) -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    return Path(shutil.copy(BUNDLED, folder / BUNDLED.name))


@pytest.fixture
def editor(qtbot, academy, copied) -> ScenarioEditor:
    return _open(qtbot, academy, copied)


def _loaded(folder: Path):
    problems: list[Problem] = []
    scenarios, _ = load_scenarios(folder, folder.parent, problems)
    return scenarios, problems


def test_the_graph_shows_every_node_and_ending_and_nothing_is_flagged(editor):
    scenario, _problems = _loaded(BUNDLED.parent)
    s = scenario["bank-account-limit"]
    assert set(editor.graph.cards) == set(s.nodes) | set(s.endings)
    assert not any(card.flagged for card in editor.graph.cards.values())
    assert editor.findings_panel.texts() == []
    assert editor.graph.cards["loyal"].ending == "loyal"


def test_a_broken_target_is_flagged_and_fixing_it_clears_the_flag_and_undo_restores(qtbot, editor):
    editor.edit(BROKEN, "n99")
    qtbot.waitUntil(lambda: editor.graph.cards["b1"].flagged)  # the live check, debounced
    assert any("b1" in t and "n99" in t for t in editor.findings_panel.texts())
    assert "n99" in editor.graph.cards["b1"].toolTip()
    # Picking the problem in the list selects the node and outlines the field at fault.
    editor.findings_panel.list.setCurrentRow(0)
    editor.findings_panel._picked(editor.findings_panel.list.item(0))
    assert editor.graph.current_id() == "b1"
    combo = editor.form.widgets[BROKEN]
    assert combo.property("flagged") is True and "n99" in combo.currentText()
    # Fix it in the form: the target combo, by keyboard.
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not editor.graph.cards["b1"].flagged)
    assert editor.draft.get(BROKEN) != "n99"
    assert editor.findings_panel.texts() == []
    assert not editor.form.widgets[BROKEN].property("flagged")
    # Undo (Ctrl+Z) brings the broken target back, and its flag; once more, the original.
    qtbot.keyClick(editor.graph, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.graph.cards["b1"].flagged)
    assert editor.draft.get(BROKEN) == "n99"
    qtbot.keyClick(editor.graph, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.graph.cards["b1"].flagged)
    assert (
        editor.draft.get(BROKEN)
        == yaml.safe_load(BUNDLED.read_text())["nodes"]["b1"]["choices"][1]["next"]
    )
    qtbot.keyClick(
        editor.graph,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
    )
    assert editor.draft.get(BROKEN) == "n99"  # Ctrl+Shift+Z redoes


def test_typing_in_a_field_is_one_step_undone_by_ctrl_z_in_that_field(qtbot, editor):
    editor.show_item("n3")
    box = editor.form.widgets[("nodes", "n3", "customer")]
    before = box.toPlainText()
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, "again")  # QTest types ASCII only
    assert editor.draft.get(("nodes", "n3", "customer")) == before + "again"
    assert editor.undo_stack.count() == 1
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.get(("nodes", "n3", "customer")) == before
    assert box.toPlainText() == before


def test_save_writes_what_the_real_loader_reads_and_warns_about_problems_left(
    qtbot, editor, copied
):
    editor.show_item("n3")
    box = editor.form.widgets[("nodes", "n3", "customer")]
    box.setFocus()
    qtbot.keyClicks(box, "!")
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.undo_stack.isClean()
    saved, problems = _loaded(copied.parent)
    original, _ = _loaded(BUNDLED.parent)
    assert problems == []
    mine, theirs = saved["bank-account-limit"], original["bank-account-limit"]
    assert mine.nodes["n3"].customer == "!" + theirs.nodes["n3"].customer
    assert {k: v for k, v in mine.nodes.items() if k != "n3"} == {
        k: v for k, v in theirs.nodes.items() if k != "n3"
    }
    assert mine.endings == theirs.endings
    assert not list(copied.parent.glob("*.tmp"))
    assert "No problems" in editor.status.text()
    # With a problem left the file is still written, with a warning.
    editor.edit(BROKEN, "n99")
    assert editor.save()
    assert "n99" in copied.read_text(encoding="utf-8")
    assert "problem" in editor.status.text()
    _, problems = _loaded(copied.parent)
    assert any("n99" in p.message for p in problems)


def test_play_from_here_starts_the_engine_at_the_chosen_node(qtbot, editor):
    editor.show_item("n3")
    qtbot.keyClick(editor.graph, Qt.Key.Key_F5)
    dialog = editor.play_dialog
    qtbot.waitExposed(dialog)
    assert dialog.run.node_id == "n3" and dialog.run.steps == []
    assert dialog.dialogue.customer_line.text() == editor.draft.get(("nodes", "n3", "customer"))
    qtbot.keyClick(dialog.dialogue.replies[0], Qt.Key.Key_1)
    assert len(dialog.run.steps) == 1 and dialog.run.steps[0].node.id == "n3"
    dialog.reject()


def test_keyboard_tab_into_the_graph_arrows_move_enter_edits(qtbot, editor):
    editor.save_btn.setFocus()
    for _ in range(30):
        if QApplication.focusWidget() is editor.graph:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.graph
    start = editor.draft.data["start"]
    assert editor.graph.current_id() == start  # the start is selected on arrival
    qtbot.keyClick(editor.graph, Qt.Key.Key_Right)
    first = editor.graph.current_id()
    assert editor.graph.layout_.place[first][0] == 1
    qtbot.keyClick(editor.graph, Qt.Key.Key_Down)
    second = editor.graph.current_id()
    assert editor.graph.layout_.place[second] == (1, editor.graph.layout_.place[first][1] + 1)
    assert editor.form.item_id == second  # the form follows the selection
    qtbot.keyClick(editor.graph, Qt.Key.Key_Left)
    assert editor.graph.current_id() == start
    qtbot.keyClick(editor.graph, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor.form.widgets[("nodes", start, "customer")]


def test_adding_a_node_flags_what_it_still_needs_and_undo_removes_it(qtbot, editor):
    new = editor.add_node()
    assert new in editor.graph.cards and editor.graph.current_id() == new
    assert editor.graph.cards[new].flagged  # unreachable, no replies
    editor.add_reply(new)
    assert len(editor.form.boxes) == 1
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert new not in editor.graph.cards and new not in editor.draft.nodes


def test_two_hundred_nodes_open_and_recheck_without_freezing(qtbot, academy, tmp_path):
    nodes = {}
    for i in range(200):
        nxt = [f"n{(i + k) % 200}" for k in (1, 2, 7)] + ["loyal" if i == 199 else "lost"]
        nodes[f"n{i}"] = {
            "customer": f"第{i}句，顾客说了一段不短的话。",
            "choices": [
                {"text": "回答", "next": t, "emotion": -1, "feedback": "好", "principle": "原则",
                 "lesson": "seven-step-emotion-first#2",
                 "scores": {"empathy": 1, "compliance": 0, "solving": 0, "cost": 0}}
                for t in nxt
            ],
        }  # fmt: skip
    doc = {"id": "big", "title": "大", "industry": "banking", "intro": "背景。", "start": "n0",
           "emotion": 4, "nodes": nodes,
           "endings": {k: {"kind": k, "title": k, "text": "结局。"}
                       for k in ("loyal", "costly", "lost")}}  # fmt: skip
    path = tmp_path / "big.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    began = time.perf_counter()
    editor = _open(qtbot, academy, path)
    opened = time.perf_counter() - began
    assert len(editor.graph.cards) == 203
    editor.edit(("nodes", "n5", "choices", 0, "next"), "gone")
    began = time.perf_counter()
    editor.check_now()
    rechecked = time.perf_counter() - began
    assert editor.graph.cards["n5"].flagged
    assert opened < 5.0 and rechecked < 1.5, (opened, rechecked)


def test_the_screenshot_view_shows_the_editor_with_a_flagged_target(tmp_path):
    image, red = studio_shot(tmp_path, "studio-scenario")
    assert (image.width(), image.height()) == (1366, 768)
    assert red > 60  # the flagged card's border, its arrow, the form's outlined field
