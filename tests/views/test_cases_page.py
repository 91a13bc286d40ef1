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


def test_large_text_for_class_hides_the_list_and_enlarges_the_case(page):
    page.show_case("bank-a")
    page.large_btn.click()
    assert not page.list.isVisible()
    html = page.page.toHtml()
    assert "24pt" in html
    # Headings grow with the text (Qt sizes them from the document's default font).
    assert title_pt(page.page) > 24
    page.large_btn.click()
    assert page.list.isVisible() and "24pt" not in page.page.toHtml()


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
