"""The role-play page, driven with keys and clicks: a dialogue, take-back, the debrief, the
stored best result, replay, large text, and keeping a run across a window rebuild."""

import sqlite3

import pytest
from PySide6.QtCore import Qt, QUrl

from app.views.roleplay import RolePlayPage
from app.views.theme import LIGHT
from tests.helpers import database_of
from tests.scenario.walk import path_to

SID = "bank-account-limit"


@pytest.fixture
def page(qtbot, learner):
    p = RolePlayPage(learner, LIGHT)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    p.refresh()
    p.select(SID)
    return p


def _stored_runs(academy) -> list[tuple]:
    with sqlite3.connect(database_of(academy)) as conn:
        return conn.execute(
            "SELECT scenario_id, ending_kind, total, mode FROM scenario_run ORDER BY id"
        ).fetchall()


def _play_with_keys(qtbot, page, path) -> None:
    for node_id, index in path:
        assert page.run.node_id == node_id
        qtbot.keyClick(page, str(index + 1))


def test_a_dialogue_played_with_number_keys_ends_in_a_stored_debrief(qtbot, page):
    scenario = page.academy.content.scenarios[SID]
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert page.stack.currentIndex() == 1
    assert page.customer_line.text() == scenario.nodes[scenario.start].customer
    assert [b.isVisible() for b in page.replies].count(True) == len(
        scenario.nodes[scenario.start].choices
    )
    assert page.meter.level == scenario.emotion == 4

    path = path_to(scenario, "loyal")
    _play_with_keys(qtbot, page, path[:1])
    assert page.meter.level == 3 and "calmer" in page.meter.trend.text()
    assert len(page.run.steps) == 1 and _stored_runs(page.academy) == []

    _play_with_keys(qtbot, page, path[1:])
    assert page.stack.currentIndex() == 2
    text = page.debrief.toPlainText()
    assert scenario.endings[page.run.ending.id].text in text
    assert "Resolved, customer kept" in text and "Followed" in text
    assert text.count("Study:") == len(path)
    runs = _stored_runs(page.academy)
    assert len(runs) == 1 and runs[0][:2] == (SID, "loyal") and runs[0][3] == "self"
    assert "First run saved" in page.new_best.text()


def test_take_back_restores_the_turn_and_a_worse_replay_keeps_the_best(qtbot, page):
    scenario = page.academy.content.scenarios[SID]
    page.start()
    first_line = page.customer_line.text()
    calming = path_to(scenario, "loyal")[0][1]
    qtbot.keyClick(page, str(calming + 1))
    assert page.customer_line.text() != first_line and page.meter.level == 3
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.customer_line.text() == first_line and page.run.steps == []
    assert page.meter.level == 4 and not page.undo_btn.isEnabled()

    _play_with_keys(qtbot, page, path_to(scenario, "loyal"))
    best_total = page.run.total()
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # play again
    assert page.stack.currentIndex() == 1 and page.run.steps == []
    _play_with_keys(qtbot, page, path_to(scenario, "lost"))
    assert page.run.ending.kind == "lost"
    assert "best remains" in page.new_best.text() and f"{best_total:+d}" in page.new_best.text()
    assert [r[1] for r in _stored_runs(page.academy)] == ["loyal", "lost"]

    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0
    assert "Resolved, customer kept" in page.list.currentItem().text()
    assert "2 run" in page.best_label.text()  # "2 run(s)", or "2 runs" once translated
    page.best_debrief_btn.click()
    assert page.stack.currentIndex() == 2 and page.run.ending.kind == "loyal"


def test_every_reply_of_every_turn_fits_at_1366x768(qtbot, page):
    """The current turn is never cut: the transcript gives way, however long the replies."""
    scenario = page.academy.content.scenarios[SID]
    page.start()
    for node_id, index in path_to(scenario, "loyal"):
        qtbot.wait(20)
        assert page.turn_area.verticalScrollBar().maximum() == 0, node_id
        assert page.transcript.height() >= 90
        qtbot.keyClick(page, str(index + 1))


def test_leaving_mid_dialogue_keeps_the_run_to_continue(qtbot, page):
    page.start()
    qtbot.keyClick(page, "2")
    line = page.customer_line.text()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0 and page.continue_btn.isVisible()
    page.continue_btn.click()
    assert page.stack.currentIndex() == 1 and page.customer_line.text() == line


def test_large_text_for_class_and_lesson_links(qtbot, page):
    """The text size of large mode, as the projector window uses it (already full screen)."""
    page.start()
    normal = page.customer_line.font().pointSizeF()
    page.set_large(True)
    assert page.large_btn.isChecked() and page.class_view is None
    assert page.scale >= 1.4 and not page.transcript.isVisible()
    assert page.customer_line.font().pointSizeF() == pytest.approx(normal * page.scale)
    assert page.replies[0].text_label.font().pointSizeF() >= 15
    qtbot.waitUntil(lambda: page.turn_area.widget().height() <= page.turn_area.height())
    assert page.turn_area.verticalScrollBar().maximum() == 0, "every reply fits, no scrolling"
    page.resize(1920, 1080)  # moved to the projector: larger still
    qtbot.waitUntil(lambda: page.scale == 2.0)
    assert page.replies[0].text_label.font().pointSizeF() == pytest.approx(22)
    scenario = page.academy.content.scenarios[SID]
    _play_with_keys(qtbot, page, path_to(scenario, "escalated"))
    assert _stored_runs(page.academy)[-1][3] == "classroom"
    with qtbot.waitSignal(page.open_lesson) as signal:
        page._link(QUrl("lesson:seven-step-emotion-first#2"))
    assert signal.args[:2] == ["seven-step-emotion-first", 2]


def test_large_text_for_class_fills_the_classroom_screen_and_esc_returns(qtbot, page):
    """Issue 20.3: the dialogue goes full screen on the chosen screen, in text scaled to that
    screen; keys still play it; Esc brings it back to the page at the same turn."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from app.views.roleplay.page import large_scale

    path = path_to(page.academy.content.scenarios[SID], "loyal")
    page.start()
    qtbot.keyClick(page, str(path[0][1] + 1))
    normal = page.customer_line.font().pointSizeF()
    qtbot.keyClick(
        page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    view = page.class_view
    assert view is not None and page.large_btn.isChecked()
    qtbot.waitUntil(view.isActiveWindow)
    assert view.isFullScreen() and view.screen() in QGuiApplication.screens()
    assert view.geometry() == view.screen().geometry()
    assert page.customer_line.window() is view and page.large_btn.window() is view
    assert view.placeholder.isVisible(), "the page says where its content went"
    height = view.screen().geometry().height()
    assert page.scale == pytest.approx(large_scale(height))
    assert page.customer_line.font().pointSizeF() == pytest.approx(normal * page.scale)
    assert large_scale(1080) == 2.0 and large_scale(1440) > 2.0, "scaled to the screen"
    assert view.isAncestorOf(QApplication.focusWidget()), "keys go to the dialogue"
    qtbot.keyClick(QApplication.focusWidget(), str(path[1][1] + 1))  # the class's choice
    assert len(page.run.steps) == 2
    line = page.customer_line.text()

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert page.class_view is None and not page.large_btn.isChecked()
    assert page.customer_line.window() is page.window() and page.scale == 1.0
    assert page.stack.currentIndex() == 1 and page.customer_line.text() == line
    assert page.customer_line.font().pointSizeF() == pytest.approx(normal)
    assert page.stack.isVisible() and not view.isVisible()

    page.large_btn.click()  # the same button leaves, too
    qtbot.waitUntil(lambda: page.class_view is not None and page.class_view.isActiveWindow())
    page.large_btn.click()
    assert page.class_view is None and page.stack.window() is page.window()


def test_a_run_survives_a_rebuild_of_the_page(qtbot, page, learner):
    page.start()
    qtbot.keyClick(page, "4")
    qtbot.keyClick(page, "1")
    place = page.place()
    other = RolePlayPage(learner, LIGHT)
    qtbot.addWidget(other)
    other.restore_place(place)
    assert other.stack.currentIndex() == 1
    assert (
        other.run.path == page.run.path and other.customer_line.text() == page.customer_line.text()
    )


def test_the_transcript_follows_the_latest_line_unless_scrolled_up(qtbot, page):
    """Issue 20.2: after each reply the newest exchange is in view; a learner who scrolled
    up to reread keeps their place until the next reply."""
    from PySide6.QtWidgets import QAbstractSlider

    scenario = page.academy.content.scenarios[SID]
    page.start()
    bar = page.transcript.verticalScrollBar()
    path = path_to(scenario, "loyal")
    for _node_id, index in path[:-1]:
        qtbot.keyClick(page, str(index + 1))
        qtbot.wait(30)  # the layout settles; the turn below takes its height
        assert bar.value() == bar.maximum()
    assert bar.maximum() > 0, "the conversation is longer than its box"
    lines = page.transcript.toPlainText()
    assert lines.rstrip().endswith(page.run.steps[-1].choice.text)

    bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)  # the learner rereads
    reading = bar.value()
    assert reading < bar.maximum()
    page.resize(1366, 700)  # the box changes height: the place being read stays
    qtbot.wait(30)
    assert bar.value() <= reading + 1 and bar.value() < bar.maximum()
    page.undo()  # a new turn shown: the newest line comes back into view
    qtbot.wait(30)
    assert bar.value() == bar.maximum()
