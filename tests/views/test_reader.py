"""The lesson reader, driven through real widgets and a real database."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.views.main_window import MainWindow
from app.views.outline import STATUS_ROLE
from app.views.reader import StudyClock
from app.views.theme import LIGHT
from tests.views.pages import title_pt


def _shown_window(qtbot, academy) -> MainWindow:
    w = MainWindow(academy, LIGHT)
    qtbot.addWidget(w)
    w.on_ready(None)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, learner):
    return _shown_window(qtbot, learner)


def test_outline_lists_sections_and_lessons(window):
    outline = window.home.outline
    course = window.academy.content.course
    core = set(course.followed_sections("general"))  # a new learner: the core, no track
    sections = [s for s in course.sections if s.lesson_ids and s.id in core]
    assert outline.topLevelItemCount() == len(sections)
    assert outline.topLevelItem(0).child(0).text(0) == "什么是投诉"
    assert outline.topLevelItem(3).childCount() == len(sections[3].lesson_ids)


def test_open_lesson_shows_toc_and_jumps_to_sections(window, qtbot):
    window.open_lesson("what-is-a-complaint", scroll=0.0)
    reader = window.reader
    assert window.stack.currentWidget() is reader
    assert reader.toc.count() == len(window.academy.lesson("what-is-a-complaint").sections)
    qtbot.waitUntil(lambda: reader.current_section() == 1)
    qtbot.waitUntil(lambda: reader.toc.currentRow() == 0)
    item = reader.toc.item(4)
    reader._toc_activated(item)
    assert reader.current_section() == 5
    assert reader.toc.currentRow() == 4
    assert "什么是投诉" in window.windowTitle()


def test_zoom_keys_change_and_remember_text_size(window, qtbot):
    window.open_lesson("what-is-a-complaint")
    reader = window.reader
    reader.page.setFocus()
    before = title_pt(reader.page)
    qtbot.keyClick(reader.page, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert reader.zoom == 110
    assert title_pt(reader.page) == pytest.approx(before * 1.1), "headings zoom with the text"
    qtbot.keyClick(reader.page, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(reader.page, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert reader.zoom == 90
    assert window.academy.setting("reader_zoom") == 90
    qtbot.keyClick(reader.page, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.zoom == 100
    assert reader.zoom_label.text() == "100%"


def test_mark_as_learned_updates_database_and_outline(window, qtbot):
    window.open_lesson("why-customers-complain")
    reader = window.reader
    reader.page.setFocus()
    qtbot.keyClick(reader.page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.academy.study.lesson_states()["why-customers-complain"].learned
    assert reader.learned_btn.isChecked()
    qtbot.waitUntil(
        lambda: reader.outline.topLevelItem(1).child(0).data(0, STATUS_ROLE) == "learned"
    )
    reader.learned_btn.click()
    assert not window.academy.study.lesson_states()["why-customers-complain"].learned


def test_previous_and_next_follow_course_order(window, qtbot):
    window.open_lesson("what-is-a-complaint")
    reader = window.reader
    assert not reader.prev_btn.isEnabled()
    reader.page.setFocus()
    qtbot.keyClick(reader.page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert reader.lesson_id == "why-customers-complain"
    reader.go_next()
    assert reader.lesson_id == "customer-psychology"
    reader.go_previous()
    assert reader.lesson_id == "why-customers-complain"
    last = window.academy.content.lesson_order()[-1]
    window.open_lesson(last)
    assert not reader.next_btn.isEnabled()


def test_links_between_lessons_open_the_target(window, qtbot):
    from PySide6.QtCore import QUrl

    window.open_lesson("customer-psychology")
    window.reader._link_clicked(QUrl("lesson:what-is-a-complaint#3"))
    assert window.reader.lesson_id == "what-is-a-complaint"
    qtbot.waitUntil(lambda: window.reader.current_section() == 3)


def test_reopening_returns_to_where_the_learner_left_off(window, qtbot, learner):
    window.open_lesson("what-is-a-complaint")
    reader = window.reader
    reader.scroll_to_section(6)
    section = reader.current_section()
    window.show_page("home")  # leaving the reader saves the place
    window.close()

    again = _shown_window(qtbot, learner)
    assert "什么是投诉" in again.home.resume_label.text()
    again.home.resume_btn.click()
    assert again.reader.lesson_id == "what-is-a-complaint"
    qtbot.waitUntil(lambda: again.reader.current_section() == section)


def test_study_clock_saves_active_time_and_stops_when_idle(qtbot):
    saved: list[tuple[str, int]] = []
    clock = StudyClock(lambda lid, secs, start: saved.append((lid, secs)))
    clock.start("a")
    clock._started = datetime.now() - timedelta(seconds=30)
    clock.note_input()
    clock.flush()
    assert saved and saved[0][0] == "a" and 29 <= saved[0][1] <= 31
    # Ten minutes without any input: only time up to the last input counts.
    clock._started = datetime.now() - timedelta(minutes=10)
    clock._last_input = clock._started + timedelta(seconds=40)
    clock.flush()
    assert saved[-1][1] == 40
    clock.flush()
    assert len(saved) == 2, "nothing more is counted while idle"
    clock.stop()


def test_time_spent_reading_reaches_the_database(window, learner):
    window.open_lesson("customer-psychology")
    window.reader.clock._started = datetime.now() - timedelta(seconds=50)
    window.reader.clock.note_input()
    window.show_page("home")
    assert learner.study.lesson_states()["customer-psychology"].seconds_spent >= 49


def test_study_clock_after_the_learner_is_closed_does_nothing(window, learner):
    window.open_lesson("what-is-a-complaint")
    clock = window.reader.clock
    clock._started = datetime.now() - timedelta(seconds=30)
    learner.close_learner()  # e.g. switching profile while the timer is running
    clock.flush()  # must not raise in the Qt event loop
    window.reader.leave()
    assert not clock._timer.isActive(), "leaving the reader stops the clock's timer"


def test_self_check_answers_stay_hidden_until_asked(qtbot, window):
    """Issue 17: the learner tries the self-check first; one click shows its answers."""
    reader = window.reader
    window.open_lesson("what-is-a-complaint", scroll=0.0)
    text = reader.page.toPlainText()
    assert "参考答案" in text and "Show the answers (try first)" in text
    lesson = window.academy.lesson("what-is-a-complaint")
    answer_part = lesson.sections[-1].markdown.split("参考答案", 1)[1]
    lines = [line.strip(" -1234.*") for line in answer_part.splitlines() if len(line) > 12]
    shown = lambda page: sum(line[:12] in page for line in lines)  # noqa: E731
    assert lines and shown(text) < len(lines) / 2, "the answers are not on the page yet"
    before = len(text)
    reader.reveal_answers(0)
    after = reader.page.toPlainText()
    assert shown(after) == len(lines) and len(after) > before
    assert reader.lesson_id == "what-is-a-complaint"


def _longest_title_lesson(academy) -> str:
    return max(academy.content.lessons.values(), key=lambda lesson: len(lesson.title)).id


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_a_long_title_stays_on_one_line_and_the_page_keeps_the_height(qtbot, learner, lang):
    """Issue 20: a wrapped title stood five to eight lines high and left the page ~340 px."""
    from app.views.i18n import install_language

    install_language(lang)  # the buttons beside the title are wider in one or the other
    window = _shown_window(qtbot, learner)
    lesson_id = _longest_title_lesson(learner)
    window.open_lesson(lesson_id)
    reader = window.reader
    title = reader.title
    one_line = title.fontMetrics().height()
    for learned in (False, True):  # "Learned" and "Mark as learned" differ in width
        if reader.learned_btn.isChecked() != learned:
            reader.learned_btn.click()
        qtbot.wait(20)  # the layout settles after the button's new text
        assert title.height() <= one_line * 1.5, "one line high"
        shown = title.text()
        assert shown != title.full_text(), "there is no room: the title is cut, not wrapped"
        assert shown == "" or (shown.endswith("…") and len(shown) > 5), "no two-letter stub"
        assert title.full_text() == learner.lesson(lesson_id).title
        assert learner.lesson(lesson_id).title in title.toolTip()
        assert reader.page.height() > reader.height() * 0.8, "the page keeps most of the height"
        assert learner.lesson(lesson_id).title in reader.page.toPlainText()


def test_a_short_title_is_shown_whole_after_marking_as_learned(qtbot, window):
    window.open_lesson("what-is-a-complaint")
    reader = window.reader
    reader.learned_btn.click()
    assert reader.learned_btn.isChecked()
    qtbot.wait(20)
    assert reader.title.text() == "什么是投诉"
    assert reader.title.height() <= reader.title.fontMetrics().height() * 1.5


def test_bookmarking_says_so_and_a_removal_can_be_undone(qtbot, window):
    """Issue 20: the icon greying was the only feedback; now a message, a filled icon, a
    tooltip that says the state, and Undo (button or Ctrl+Z) after a removal."""
    academy = window.academy
    window.open_lesson("what-is-a-complaint", section=2)
    reader = window.reader
    qtbot.waitUntil(lambda: reader.current_section() == 2)
    place = ("lesson", "what-is-a-complaint", 2)
    unmarked_look = reader.bookmark_btn.grab().toImage()
    qtbot.keyClick(reader.page, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert academy.knowledge.is_bookmarked(*place)
    assert reader.toast.isVisible() and reader.toast.label.text() == "Bookmarked"
    assert not reader.toast.action_btn.isVisible()
    assert reader.bookmark_btn.isChecked() and "is bookmarked" in reader.bookmark_btn.toolTip()
    assert reader.bookmark_btn.grab().toImage() != unmarked_look
    toast_box = reader.toast.geometry()
    assert reader.page.geometry().contains(toast_box), "shown over the page, not off it"

    qtbot.keyClick(reader.page, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not academy.knowledge.is_bookmarked(*place)
    assert reader.toast.label.text() == "Bookmark removed"
    assert reader.toast.action_btn.isVisible() and "Undo" in reader.toast.action_btn.text()
    assert not reader.bookmark_btn.isChecked()
    assert "is bookmarked" not in reader.bookmark_btn.toolTip()
    qtbot.keyClick(reader.page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert academy.knowledge.is_bookmarked(*place), "Ctrl+Z brought it back"
    assert reader.bookmark_btn.isChecked()
    qtbot.keyClick(reader.page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert academy.knowledge.is_bookmarked(*place), "a second Ctrl+Z has nothing to undo"

    reader.bookmark_btn.click()  # and with the mouse: the toast's own Undo button
    assert not academy.knowledge.is_bookmarked(*place)
    reader.toast.action_btn.click()
    assert academy.knowledge.is_bookmarked(*place) and not reader.toast.has_action()
