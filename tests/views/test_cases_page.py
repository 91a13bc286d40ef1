"""The case library: filters, reading a case, its pair, and links to lessons."""

from pathlib import Path

import pytest

from app.services import Academy
from app.views.cases import CasesPage
from app.views.theme import LIGHT
from tests.content.test_cases import _write
from tests.views.pages import title_pt


@pytest.fixture
def page(qtbot, content_copy: Path, tmp_path: Path):
    for old in (content_copy / "cases").glob("*.md"):
        old.unlink()
    for old in (content_copy / "quizzes").glob("case-*.yaml"):
        old.unlink()
    _write(content_copy, "bank-a", pair="pair: bank-b\n")
    _write(content_copy, "bank-b", outcome="failure", pair="pair: bank-a\n")
    academy = Academy(
        tmp_path / "d", content_root=content_copy, assets=content_copy.parent / "assets"
    )
    academy.open_learner(academy.profiles.create("甲").id)
    assert not academy.content.problems, academy.content.problems
    p = CasesPage(academy, LIGHT)
    qtbot.addWidget(p)
    p.show()
    p.refresh()
    yield p
    academy.close_learner()


def test_filters_and_reading(page):
    assert page.list.count() == 2
    page.outcome.setCurrentIndex(page.outcome.findData("failure"))
    assert page.list.count() == 1 and page.case_id == "bank-b"
    assert "背景" in page.page.toPlainText() and "课堂讨论" in page.page.toPlainText()
    page.outcome.setCurrentIndex(0)
    page.industry.setCurrentIndex(page.industry.findData("banking"))
    assert page.list.count() == 2


def test_pair_and_lesson_links(page, qtbot):
    from PySide6.QtCore import QUrl

    page.show_case("bank-a")
    assert page.pair_btn.isVisible()
    page.pair_btn.click()
    assert page.case_id == "bank-b"
    with qtbot.waitSignal(page.open_lesson) as signal:
        page._link(QUrl("lesson:principles-and-techniques#2"))
    assert signal.args[:2] == ["principles-and-techniques", 2]


def test_large_text_for_class_fills_the_classroom_screen_and_esc_returns(qtbot, learner):
    """Issue 20.3: the case goes full screen on the chosen screen, in type scaled to that
    screen; Esc (or F5, or the same button) brings it back at the section being read."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from app.views.cases import large_case_pt

    page = CasesPage(learner, LIGHT)  # the course's cases: long enough to scroll
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    case = next(c for c in learner.content.cases.values() if len(c.sections) >= 4)
    page.show_case(case.id, section=3)
    qtbot.waitUntil(lambda: page.current_section() == 3)
    normal = page.page.document().defaultFont().pointSizeF()
    page.large_btn.click()
    view = page.class_view
    qtbot.waitUntil(view.isActiveWindow)
    assert view.isFullScreen() and view.screen() in QGuiApplication.screens()
    assert view.geometry() == view.screen().geometry()
    assert page.page.window() is view and page.large_btn.window() is view
    assert page.list.isVisible(), "the list stays on the page, to pick the next case"
    pt = large_case_pt(view.screen().geometry().height())
    assert page.page.document().defaultFont().pointSizeF() == pytest.approx(pt)
    assert title_pt(page.page) > pt, "headings grow with the text"
    assert large_case_pt(1080) == 32 and large_case_pt(1440) > 32, "scaled to the screen"
    qtbot.waitUntil(lambda: page.current_section() == 3)

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert page.class_view is None and not page.large_btn.isChecked()
    assert page.page.window() is page.window() and page.page.isVisible()
    assert page.page.document().defaultFont().pointSizeF() == pytest.approx(normal)
    qtbot.waitUntil(lambda: page.current_section() == 3)

    page.large_btn.click()
    qtbot.waitUntil(lambda: page.class_view is not None and page.class_view.isActiveWindow())
    qtbot.keyClick(page.class_view, Qt.Key.Key_F5)  # F5 leaves too
    assert page.class_view is None and page.page.window() is page.window()


def test_a_case_section_takes_a_bookmark_and_a_note(page, qtbot):
    academy = page.academy
    page.show_case("bank-a", section=2)
    qtbot.waitUntil(lambda: page.note_box.place is not None)
    section = page.current_section()
    assert page.note_box.place == ("case", "bank-a", section)
    page.bookmark_btn.click()
    assert academy.knowledge.is_bookmarked("case", "bank-a", section)
    page.note_box.edit.insertPlainText("柜台先查证件有效期")
    page.show_case("bank-b")  # moving on saves the note at once
    assert [(n["ref"], n["section"], n["text"]) for n in academy.knowledge.notes()] == [
        ("bank-a", section, "柜台先查证件有效期")
    ]
    assert not page.bookmark_btn.isChecked()
    page.show_case("bank-a", section=section)
    assert page.note_box.edit.toPlainText() == "柜台先查证件有效期"
    assert page.bookmark_btn.isChecked()


def test_the_note_box_says_it_holds_notes_on_the_case(page):
    """Issue 20.4: not "my note on this section" (a lesson's words) on a case page."""
    page.show_case("bank-a")
    assert page.note_box.caption.isVisible()
    assert page.note_box.caption.text() == "My notes on this case"
    assert page.note_box.edit.accessibleName() == "My notes on this case"


def test_counts_use_qt_plural_forms(page, qtbot):
    """Issue 20.8: a count is the %n of a plural-form string (a translator gives "1 case",
    "2 cases"), not a number pasted into "(s)"."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Plural(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if source == "%n case(s)":
                return "ONE %n" if n == 1 else "MANY %n"
            return ""

    plural = Plural()
    QCoreApplication.installTranslator(plural)
    try:
        page.refresh()
        assert page.count.text() == "MANY 2"
        page.outcome.setCurrentIndex(page.outcome.findData("failure"))
        assert page.count.text() == "ONE 1"
    finally:
        QCoreApplication.removeTranslator(plural)
