"""Every text browser and laid-out document loads resources from the assets folder only.

The HTML the app builds escapes untrusted text and keeps only lesson images inside the assets
(see test_hostile_text.py); these tests check the second line of defence: were a hostile
``<img>`` to reach a browser anyway, Qt is answered with a blank image and reads nothing.
Each risky step is bounded: a read of a FIFO or ``/dev/zero`` fails the test instead of
hanging it (a thread with a timeout for the plain functions, the process ended for widgets).
"""

import faulthandler
import os
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

import app.views.safe_text as safe_text
from app.views.safe_text import SafeTextBrowser, SafeTextDocument, asset_file, read_asset

IMAGE = QTextDocument.ResourceType.ImageResource.value


@pytest.fixture(autouse=True)
def bounded():
    """A widget test that opens a FIFO would block; the run is ended instead."""
    faulthandler.dump_traceback_later(60, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def within(seconds: float, fn, *args):
    """``fn(*args)`` on a thread; the test fails if it has not returned in ``seconds``."""
    out: list = []
    worker = threading.Thread(target=lambda: out.append(fn(*args)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"{fn.__name__}{args} still running after {seconds} s"
    return out[0]


@pytest.fixture
def assets(tmp_path: Path) -> Path:
    root = tmp_path / "assets"
    (root / "images").mkdir(parents=True)
    image = QImage(4, 3, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(root / "images" / "red.png"))
    (root / "images" / "zero").symlink_to("/dev/zero")
    os.mkfifo(root / "images" / "fifo.png")
    (tmp_path / "outside.png").write_bytes((root / "images" / "red.png").read_bytes())
    (root / "images" / "out.png").symlink_to(tmp_path / "outside.png")
    return root


def hostile(assets: Path) -> list[str]:
    fifo = assets / "images" / "fifo.png"
    outside = assets.parent / "outside.png"
    return [
        "/dev/zero",
        "file:///dev/zero",
        str(fifo),
        fifo.as_uri(),
        "images/fifo.png",
        "images/zero",
        "images/out.png",
        "../outside.png",
        str(outside),
        outside.as_uri(),
        "http://127.0.0.1:9/x.png",
        "ftp://127.0.0.1:9/x.png",
        "qrc:/qt-project.org/styles/commonstyle/images/file-16.png",
        ":/qt-project.org/styles/commonstyle/images/file-16.png",
        "//server/share/x.png",
        "javascript:alert(1)",
    ]


def test_only_regular_files_inside_the_assets_resolve(assets):
    red = assets / "images" / "red.png"
    assert asset_file(QUrl(red.as_uri()), assets) == red.resolve()
    assert asset_file("images/red.png", assets) == red.resolve()
    assert within(5, read_asset, QUrl(red.as_uri()), assets) == red.read_bytes()
    for src in hostile(assets):
        assert asset_file(QUrl(src), assets) is None, src
        assert within(5, read_asset, QUrl(src), assets) is None, src
    assert asset_file(QUrl(red.as_uri()), None) is None, "no assets folder: nothing at all"
    assert within(5, read_asset, QUrl(red.as_uri()), assets, 10) is None, "over the size cap"


def test_a_fifo_swapped_in_after_the_check_is_not_read(assets, monkeypatch):
    fifo = assets / "images" / "fifo.png"
    monkeypatch.setattr(safe_text, "asset_file", lambda url, root: fifo)
    assert within(5, read_asset, QUrl("images/red.png"), assets) is None


@pytest.fixture
def asked(monkeypatch):
    """Every resource a safe browser or document was asked for, with what it answered."""
    calls: list[tuple[str, bytes | None]] = []
    real = safe_text.read_asset

    def spy(url, root, *args):
        data = real(url, root, *args)
        calls.append((url.toString(), data))
        return data

    monkeypatch.setattr(safe_text, "read_asset", spy)
    return calls


def hostile_html(assets: Path) -> str:
    imgs = "".join(f'<img src="{src}">' for src in hostile(assets))
    return (
        f'<p style="background-image:url(/dev/zero)">text {imgs}</p>'
        '<table background="/dev/zero"><tr><td>cell</td></tr></table>'
        '<a href="javascript:alert(1)">js</a> <a href="file:///dev/zero">zero</a>'
        '<link rel="stylesheet" href="/dev/zero">'
    )


def assert_refused(doc: QTextDocument, assets: Path, asked: list) -> None:
    assert asked, "the safe loader was asked"
    assert all(data is None for _url, data in asked), asked
    for src in hostile(assets):
        image = doc.resource(IMAGE, QUrl(src))
        if image is not None and hasattr(image, "size"):
            assert image.size().width() <= 1 and image.size().height() <= 1, src


@pytest.mark.parametrize("with_assets", [True, False])
def test_a_safe_browser_loads_nothing_hostile(qtbot, assets, asked, with_assets):
    browser = SafeTextBrowser(assets if with_assets else None)
    qtbot.addWidget(browser)
    assert not browser.openLinks() and not browser.openExternalLinks()
    clicked = []
    browser.anchorClicked.connect(clicked.append)
    start = time.monotonic()
    browser.setHtml(hostile_html(assets))
    browser.resize(600, 400)
    browser.show()
    browser.grab()
    assert time.monotonic() - start < 10
    assert_refused(browser.document(), assets, asked)
    browser.setSource(QUrl("file:///dev/zero"))  # not followed: nothing read
    assert all(data is None for _url, data in asked)


def test_a_safe_document_loads_nothing_hostile(qtbot, assets, asked):
    from PySide6.QtGui import QPainter

    doc = SafeTextDocument(assets)
    start = time.monotonic()
    doc.setHtml(hostile_html(assets))
    doc.setTextWidth(500)
    image = QImage(500, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    assert time.monotonic() - start < 10
    assert_refused(doc, assets, asked)


def test_an_image_inside_the_assets_is_still_shown(qtbot, assets):
    red = assets / "images" / "red.png"
    for holder in (SafeTextBrowser(assets), SafeTextDocument(assets)):
        if isinstance(holder, QTextBrowser):
            qtbot.addWidget(holder)
        holder.setHtml(f'<p><img src="{red.as_uri()}"> <img src="images/red.png"></p>')
        doc = holder.document() if isinstance(holder, QTextBrowser) else holder
        for src in (red.as_uri(), "images/red.png"):
            shown = doc.resource(IMAGE, QUrl(src))
            assert shown is not None and (shown.width(), shown.height()) == (4, 3), src


def test_a_lesson_image_from_the_course_is_shown_in_the_reader(qtbot, window):
    """s01 shows assets/images/expectation-gap.svg."""
    reader = window.reader
    window.open_lesson("what-is-a-complaint")
    reader.page.grab()
    src = (window.academy.assets / "images" / "expectation-gap.svg").resolve().as_uri()
    shown = reader.page.document().resource(IMAGE, QUrl(src))
    assert shown is not None and shown.width() > 1 and shown.height() > 1


def test_every_text_browser_of_the_app_is_a_safe_one(qtbot, window):
    """Guards code to come: a plain QTextBrowser anywhere in the windows fails here."""
    from app.views.classroom.shows import DeckShow
    from app.views.classroom.windows import PresenterWindow

    for name in ("reader", "quiz", "cases", "roleplay", "knowledge", "progress"):
        getattr(window, name)
    window.open_desk()
    lesson = window.academy.lesson("what-is-a-complaint")
    from app.classroom.slides import lesson_slides

    show = DeckShow(lesson.title, lesson_slides(lesson), ("Sans",), window.academy.assets)
    presenter = PresenterWindow(show)
    qtbot.addWidget(presenter)
    browsers = window.findChildren(QTextBrowser) + presenter.findChildren(QTextBrowser)
    assert len(browsers) >= 9
    for browser in browsers:
        assert isinstance(browser, SafeTextBrowser), (browser.accessibleName(), browser)
        assert not browser.openLinks() and not browser.openExternalLinks()


def test_course_titles_in_tooltips_are_escaped_when_they_look_like_html(qtbot, tmp_path,
                                                                        content_copy):  # fmt: skip
    """A tooltip is shown as rich text when it looks like HTML; a pack's titles are not
    trusted, so such a title is escaped there."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtWidgets import QListWidget, QTreeWidget

    from app.services import Academy
    from app.views.cases import CasesPage
    from app.views.plain import tip
    from app.views.reader import LessonReader
    from app.views.theme import LIGHT

    evil = '<img src="/dev/zero"><b>x</b>'
    assert tip("什么是投诉") == "什么是投诉" and tip("a < b") == "a < b"
    assert "&lt;img" in tip(evil) and "<img" not in tip(evil)
    lesson = content_copy / "lessons" / "s01-what-is-a-complaint.md"
    text = lesson.read_text("utf-8").replace("title: 什么是投诉", f"title: '{evil}'", 1)
    text = text.replace("\n## ", f"\n## {evil} ", 1)
    lesson.write_text(text, "utf-8")
    case = content_copy / "cases" / "balance-ordinary-customer.md"
    case.write_text(case.read_text("utf-8").replace("\ntitle: ", f"\ntitle: {evil}", 1), "utf-8")
    academy = Academy(tmp_path / "d", content_root=content_copy,
                      assets=content_copy.parent / "assets")  # fmt: skip
    academy.open_learner(academy.profiles.create("甲").id)
    try:
        reader = LessonReader(academy, LIGHT)
        qtbot.addWidget(reader)
        reader.refresh()
        reader.open_lesson("what-is-a-complaint")
        cases = CasesPage(academy, LIGHT)
        qtbot.addWidget(cases)
        cases.refresh()
        cases.show_case("balance-influencer")
        tips = [cases.pair_btn.toolTip()]
        for widget in (reader, cases):
            for lst in widget.findChildren(QListWidget):
                tips += [lst.item(i).toolTip() for i in range(lst.count())]
            for tree in widget.findChildren(QTreeWidget):
                items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
                while items:
                    item = items.pop()
                    tips.append(item.toolTip(0))
                    items += [item.child(j) for j in range(item.childCount())]
        shown = [t for t in tips if "img" in t]
        assert len(shown) >= 4, tips  # outline, table of contents, case list, pair button
        for t in shown:
            assert "<img" not in t and GuiQt.mightBeRichText(t), t
    finally:
        academy.close_learner()


def test_a_search_snippet_is_escaped_around_its_hit_marks():
    """Snippets come from learners' notes and imported questions too."""
    from app.knowledge.index import MARK_CLOSE, MARK_OPEN
    from app.views.knowledge import marked_html

    shown = marked_html(f'<img src="/dev/zero"> {MARK_OPEN}投诉{MARK_CLOSE} <a href="x">')
    assert "<img" not in shown and "<a " not in shown and "&lt;img" in shown
    assert shown.count("<span") == 1 and "投诉</span>" in shown
