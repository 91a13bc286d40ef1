"""Text from outside the bundled course is shown as text: an ``<img>`` in it loads nothing.

Qt's rich-text engine reads whatever an ``<img src>`` names: ``/dev/zero`` until memory runs
out, a FIFO forever. A learner's name, an imported question, a pack's title and a lesson's
image each get such strings; every test is bounded (the process is ended if one hangs).
"""

import faulthandler
import html
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTextBrowser

from app.services import Academy
from app.views.theme import LIGHT

HOSTILE = [
    '<img src="/dev/zero">',
    '<img src="file:///dev/zero">',
    "<a href=x>link</a>",
    "<b>bold</b>",
]


@pytest.fixture(autouse=True)
def bounded():
    """A hang (a FIFO opened for reading) ends the test run instead of blocking it."""
    faulthandler.dump_traceback_later(120, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return path


def _shown_safely(widget, needle: str) -> list[QLabel]:
    """The labels under ``widget`` showing ``needle``; each must show it as plain text."""
    found = [w for w in widget.findChildren(QLabel) if needle in w.text()]
    for label in found:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    return found


def _safe_for_auto_format(text: str) -> bool:
    """What a static QMessageBox / QInputDialog shows: rich only when escaped."""
    return "<img" not in text and "<a " not in text and "<b>" not in text


@pytest.mark.parametrize("evil", HOSTILE)
def test_a_learners_name_is_plain_text_on_home_chooser_and_dashboard(
    qtbot, tmp_path, evil, monkeypatch
):
    from app.views.dashboard import LearnerDashboard
    from app.views.home import HomePage
    from app.views.profiles import ProfileChooser

    academy = Academy(tmp_path / "d")
    profile = academy.profiles.create(evil)
    chooser = ProfileChooser(academy, LIGHT)
    qtbot.addWidget(chooser)
    chooser.show()
    assert chooser.list.item(0).text() == evil  # list items are plain text
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    chooser._delete()
    assert asked and _safe_for_auto_format(asked[0]) and html.escape(evil) in asked[0]
    academy.open_learner(profile.id)
    try:
        home = HomePage(academy, LIGHT)
        qtbot.addWidget(home)
        home.refresh()
        home.show()
        assert _shown_safely(home, evil), "the greeting names the learner"
        board = LearnerDashboard(academy)
        qtbot.addWidget(board)
        board.refresh()
        board.show()
        _shown_safely(board, evil)
        for label in (board.cert_label, board.next_label, board.status):
            assert label.textFormat() == Qt.TextFormat.PlainText
    finally:
        academy.close_learner()


def test_an_imported_question_is_never_rendered_as_html(qtbot, tmp_path, fifo):
    from app.views.quiz import QuizPage

    gift = tmp_path / "evil.gift"
    gift.write_text(
        f'::q1:: {HOSTILE[0]} stem <img src="{fifo}"> {{\n'
        f'  ={HOSTILE[1]} right#{HOSTILE[2]} fb <img src="{fifo}">\n'
        f'  ~{HOSTILE[3]} wrong#<img src="/dev/zero">\n}}\n',
        encoding="utf-8",
    )
    academy = Academy(tmp_path / "d")
    academy.open_learner(academy.profiles.create("甲").id)
    try:
        academy.quizzes.import_bank(gift)
        page = QuizPage(academy, LIGHT)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        page.refresh()
        page._practise_bank()
        q = page.session.current.question
        assert q.id.startswith("imported:")
        assert "<img" in page.stem.text()
        assert page.stem.textFormat() == Qt.TextFormat.PlainText
        assert page.customer.textFormat() == Qt.TextFormat.PlainText
        for pos in page.session.current.option_positions(correct=False):
            qtbot.keyClick(page, chr(ord("A") + pos))
            break
        page._submit()
        qtbot.wait(50)  # painted: a loaded image would hang or fail here
        shown = page.feedback.text()
        assert "<img" not in shown and "&lt;img" in shown
        page.grab()
    finally:
        academy.close_learner()


def test_a_pack_title_is_escaped_in_the_install_question(qtbot, tmp_path, content_copy, course,
                                                         monkeypatch):  # fmt: skip
    from app.course.packs import build_pack
    from app.views.main_window import MainWindow

    academy = Academy(tmp_path / "d", course=course)
    academy.open_learner(academy.profiles.create("讲师").id)
    window = MainWindow(academy, LIGHT)
    qtbot.addWidget(window)
    window.on_ready(None)
    evil = HOSTILE[0] + HOSTILE[3]
    pack = build_pack(content_copy, tmp_path / "p.zip", pack_id="evil", version="2.0",
                      title=evil)  # fmt: skip
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    window.files.install_pack(str(pack), confirm=True)
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    assert _safe_for_auto_format(asked[0]) and html.escape(evil) in asked[0]
    assert asked[0].startswith("<p>")  # rich, so the escaped text is shown literally
    academy.close_learner()


def test_lesson_images_load_only_files_inside_the_assets(qtbot, tmp_path, content_copy, fifo):
    from app.common.render import HtmlTheme, lesson_html

    assets = content_copy.parent / "assets"
    (assets / "images" / "link-out").symlink_to("/dev/zero")
    lesson = content_copy / "lessons" / "s01-what-is-a-complaint.md"
    text = lesson.read_text("utf-8") + (
        "\n\n![zero](/dev/zero) ![uri](file:///dev/zero) "
        f"![fifo]({fifo}) ![up](../../{fifo.name}) ![up2](../../../../../../../dev/zero) "
        "![sym](images/link-out)\n\n"
        f'<img src="{fifo}"> <img src="file://{fifo}">\n'
    )
    lesson.write_text(text, encoding="utf-8")
    academy = Academy(tmp_path / "d", content_root=content_copy, assets=assets)
    page = lesson_html(academy.lesson("what-is-a-complaint"), HtmlTheme(), academy.assets)
    root = assets.resolve()
    srcs = re.findall(r'<img[^>]*\ssrc="([^"]*)"', page)
    assert srcs, "the lesson's own image is still shown"
    for src in srcs:
        assert src.startswith("file://")
        path = Path(src.removeprefix("file://"))
        assert path.is_relative_to(root) and path.is_file(), src
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(page)
    browser.show()
    browser.grab()
