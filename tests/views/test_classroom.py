"""Classroom mode in real windows: presentation keys, the live quiz with hand counts, pages
that fit a 1280×720 projector, the PDF handout, and two screens."""

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.views.main_window import MainWindow
from app.views.theme import LIGHT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, learner):
    w = MainWindow(learner, LIGHT)
    qtbot.addWidget(w)
    w.on_ready(None)
    w.show()
    yield w
    room = getattr(w, "classroom", None)
    if room is not None:
        room.show.end()


def test_presentation_keys_drive_the_projector(qtbot, window):
    room = window.teaching.teach_lesson("seven-step-emotion-first")
    assert room.presenter is None, "one screen: slides only"
    proj = room.projector
    assert proj.isFullScreen()
    show = room.show
    n = show.count()
    assert n > 11
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
        before = show.position()
        qtbot.keyClick(proj, key)
        assert show.position() == before + 1
    qtbot.keyClick(proj, Qt.Key.Key_Left)
    qtbot.keyClick(proj, Qt.Key.Key_PageUp)
    assert show.position() == 1
    qtbot.keyClick(proj, Qt.Key.Key_End)
    assert show.position() == n - 1
    qtbot.keyClick(proj, Qt.Key.Key_Home)
    assert show.position() == 0
    qtbot.keyClicks(proj, "5")
    qtbot.keyClick(proj, Qt.Key.Key_Return)
    assert show.position() == 4, "a number then Enter jumps"
    qtbot.keyClick(proj, Qt.Key.Key_B)
    assert show.blank == "black"
    qtbot.keyClick(proj, Qt.Key.Key_B)
    assert show.blank is None
    qtbot.keyClick(proj, Qt.Key.Key_W)
    assert show.blank == "white"
    qtbot.keyClick(proj, Qt.Key.Key_Right)
    assert show.blank is None and show.position() == 5
    pt = show.theme().base_pt
    qtbot.keyClick(proj, Qt.Key.Key_Plus)
    assert show.theme().base_pt > pt
    qtbot.keyClick(proj, Qt.Key.Key_Minus)
    qtbot.keyClick(proj, Qt.Key.Key_Minus)
    assert show.theme().base_pt < pt
    with qtbot.waitSignal(show.ended):
        qtbot.keyClick(proj, Qt.Key.Key_Escape)
    window.teaching.current = None


def test_body_text_is_28pt_at_1080_and_no_page_is_clipped_at_720(qtbot, window):
    from app.classroom.slides import lesson_slides
    from app.views.classroom.deck import content_height, content_width, document
    from app.views.classroom.shows import DeckShow

    families = window.teaching.families()
    show = DeckShow("t", [], families, window.academy.assets)
    show.set_size((1920, 1080))
    assert show.theme().base_pt == pytest.approx(28.0)
    shrunk = total = 0
    for lesson in window.academy.content.lessons.values():
        show = DeckShow(lesson.title, lesson_slides(lesson), families, window.academy.assets)
        show.set_size((1280, 720))
        for i in range(show.count()):
            doc = document(show.html(i), content_width(1280), show.theme().base_pt)
            fit = min(1.0, content_height(720) / doc.size().height())
            total += 1
            shrunk += fit < 1.0
            assert fit > 0.4, f"{lesson.id} page {i + 1} would be unreadably small"
    # Only a few pages (a wide comparison table) need shrinking; none is ever cut off, since
    # the projector draws a page scaled to fit.
    assert shrunk / total < 0.05, (shrunk, total)


def test_live_quiz_countdown_reveal_and_hand_chart(qtbot, window):
    room = window.teaching.live_quiz("s04", count=3, seconds=2, seed=1)
    show = room.show
    assert show.count() == 6 and show.position() == 0
    assert "<b>0:02</b>" in show.html()
    show.start_countdown()
    show.tick()
    show.tick()  # time is up: the answer is shown
    assert show.quiz.revealed and not show.running and show.position() == 1
    q = show.quiz.question
    show.set_hands(0, 6)
    show.set_hands(1, 2)
    html = show.html()
    assert "6（75%）" in html and "2（25%）" in html and "✔" in html
    assert q.explanation.replace("“", "")[:10] in html.replace("&quot;", "").replace("“", "")
    qtbot.keyClick(room.projector, Qt.Key.Key_Right)
    assert show.position() == 2 and not show.quiz.revealed
    qtbot.keyClick(room.projector, Qt.Key.Key_Right)
    assert show.running and not show.quiz.revealed, "→ first starts the countdown"
    qtbot.keyClick(room.projector, Qt.Key.Key_Right)
    assert show.quiz.revealed and not show.running, "→ then reveals before going on"


def test_case_discussion_and_role_play_on_the_projector(qtbot, window):
    room = window.teaching.discuss_case("bank-account-limit")
    pages = [room.show.html(i) for i in range(room.show.count())]
    assert any("课堂讨论 1/" in page for page in pages)
    assert any("课堂讨论 4/4" in page for page in pages)
    room.show.end()
    proj = window.teaching.project_scenario("hotel-overbooking")
    page = proj.page
    qtbot.waitUntil(proj.isFullScreen)
    assert page.large_btn.isChecked()
    assert page.stack.currentIndex() == 1 and page.meter.isVisible()
    qtbot.keyClick(page, "1")  # the trainer clicks/types the class's choice
    assert len(page.run.steps) == 1
    proj.close()


def test_handout_pdf_has_every_slide_and_chinese_text(qtbot, tmp_path, window):
    pdfium = pytest.importorskip("pypdfium2")
    op = window.files.export_handout("seven-step-emotion-first", str(tmp_path / "讲义.pdf"))
    qtbot.waitUntil(lambda: op.is_finished, timeout=30_000)
    out = op.result
    pdf = pdfium.PdfDocument(str(out))
    lesson = window.academy.lesson("seven-step-emotion-first")
    assert len(pdf) >= len(lesson.sections) + 1
    text = unicodedata.normalize(
        "NFKC", "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    )

    def fold(t: str) -> str:
        return unicodedata.normalize("NFKC", t)

    assert fold(lesson.title) in text and window.tr("Presenter notes") in text
    assert fold(lesson.sections[2].title) in text
    assert fold(lesson.sections[2].notes.strip()[:12]) in text.replace("\r\n", "")
    pdf.close()


def test_two_screens_projector_and_presenter(tmp_path):
    config = {
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
            {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080},
        ]
    }
    cfg = tmp_path / "screens.json"
    cfg.write_text(json.dumps(config), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={cfg}"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "views" / "two_screens_check.py")],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "two screens ok" in result.stdout
