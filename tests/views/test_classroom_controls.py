"""The classroom on one screen (a laptop mirrored to a projector): the live quiz run from the
projection itself by keys, the control strip, the page number at the bottom edge, the
presenter's question count and notes size, and the show following the screens."""

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication


def end(window, room) -> None:
    room.show.end()
    window.teaching.current = None


def test_one_screen_live_quiz_runs_from_the_keyboard_alone(qtbot, window):
    room = window.teaching.live_quiz("s04", count=3, seconds=3, seed=1)
    assert room.presenter is None, "offscreen has one screen: no presenter view"
    proj, show = room.projector, room.show
    proj.activateWindow()
    qtbot.waitUntil(proj.isActiveWindow)
    strip = proj.strip
    assert strip.isVisible(), "with one screen the controls are shown once at the start"
    strip._timer.setInterval(200)
    strip._maybe_hide()
    assert not strip.isVisible() and proj.cursor().shape() == Qt.CursorShape.BlankCursor

    qtbot.keyClick(proj, Qt.Key.Key_Space)  # a clicker's "next": start the countdown
    assert show.running
    qtbot.waitUntil(lambda: show.quiz.remaining < 3, timeout=2500)
    assert "<b>0:0" in show.html() and not show.quiz.revealed
    qtbot.keyClick(proj, Qt.Key.Key_S)
    assert not show.running, "S pauses"
    paused = show.quiz.remaining
    qtbot.keyClick(proj, Qt.Key.Key_S)
    assert show.running and show.quiz.remaining == paused, "S starts again where it stopped"
    qtbot.keyClick(proj, Qt.Key.Key_PageDown)  # "next" again: the answer
    assert show.quiz.revealed and not show.running

    qtbot.keyClick(proj, Qt.Key.Key_H)  # type the hands counted
    assert strip.isVisible()
    spins = strip.quiz.spins
    assert QApplication.focusWidget() is spins[0]
    qtbot.keyClicks(spins[0], "6")
    qtbot.keyClick(spins[0], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is spins[1], "Enter goes on to option B"
    qtbot.keyClicks(spins[1], "2")
    qtbot.keyClick(spins[1], Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is proj, "Esc gives the keys back to the show"
    assert show.quiz.hands()[:2] == [6, 2] and show.quiz.index == 0
    html = show.html()
    assert "6（75%）" in html and "2（25%）" in html, "the chart shows"

    qtbot.keyClick(proj, Qt.Key.Key_Right)
    assert show.quiz.index == 1 and not show.quiz.revealed and not show.running
    qtbot.keyClick(proj, Qt.Key.Key_R)
    assert show.quiz.revealed, "R reveals without the countdown"
    end(window, room)


def test_the_strip_appears_on_mouse_move_and_works_by_mouse(qtbot, window):
    room = window.teaching.live_quiz("s04", count=3, seconds=30, seed=1)
    proj, show, strip = room.projector, room.show, room.projector.strip
    strip._maybe_hide()
    assert not strip.isVisible()
    # Sent to the slide itself: offscreen routes the pointer to whichever window it likes.
    pos = QPointF(210, 220)
    move = QMouseEvent(
        QEvent.Type.MouseMove, pos, proj.view.mapToGlobal(pos), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(proj.view, move)
    assert strip.isVisible()
    assert proj.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert strip.geometry().bottom() == proj.height() - 1 and strip.width() == proj.width()
    assert strip.geometry().height() < proj.height() * 0.3, "it covers only the bottom"
    qtbot.mouseClick(strip.quiz.go_btn, Qt.MouseButton.LeftButton)
    assert show.running
    strip.quiz.spins[1].setValue(4)
    qtbot.mouseClick(strip.quiz.reveal_btn, Qt.MouseButton.LeftButton)
    assert show.quiz.revealed and "4（100%）" in show.html()
    assert "Question 1 of 3" in strip.place_label.text()
    end(window, room)


def test_the_page_number_is_large_and_at_the_bottom_edge(qtbot, window):
    room = window.teaching.teach_lesson("seven-step-emotion-first")
    proj, show = room.projector, room.show
    assert show.position() == 0 and "1 / " not in show.html(), "not after the text"
    assert show.page_label() == f"1 / {show.count()}"
    proj.strip.hide()
    image = proj.view.grab().toImage()
    w, h = image.width(), image.height()
    background = QColor("#0d1014")

    def lit_rows(top: int, bottom: int) -> list[int]:
        rows = []
        for y in range(top, bottom):
            if any(
                abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60
                for x in range(int(w * 0.8), int(w * 0.96), 2)
            ):
                rows.append(y)
        return rows

    rows = lit_rows(int(h * 0.9), h)
    assert rows, "the number is drawn in the bottom margin"
    assert rows[-1] > h * 0.96, "pinned to the bottom edge"
    assert rows[-1] - rows[0] >= h * 0.018, "tall enough to read from the back of a room"
    end(window, room)


def test_presenter_counts_questions_and_notes_zoom(qtbot, window):
    from app.views.classroom.shows import LiveQuizShow
    from app.views.classroom.windows import NOTES_PT, PresenterWindow

    questions = [q for q in window.academy.content.questions if q.type == "single"][:10]
    show = LiveQuizShow("s04", questions, window.teaching.families(), window.academy.assets)
    presenter = PresenterWindow(show)
    qtbot.addWidget(presenter)
    presenter.show()
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    assert presenter.position.text().startswith("Question 1 of 10"), presenter.position.text()
    show.next()
    assert "countdown" in presenter.position.text()
    show.reveal()
    assert presenter.position.text() == "Question 1 of 10 · answer shown"
    show.next()
    assert presenter.position.text().startswith("Question 2 of 10")

    assert presenter.notes.font().pointSizeF() == NOTES_PT > window.font().pointSizeF()
    sizes = []
    presenter.notes_pt_changed.connect(sizes.append)
    qtbot.keyClick(presenter, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(presenter, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert presenter.notes.font().pointSizeF() == NOTES_PT + 2 and sizes[-1] == NOTES_PT + 2
    qtbot.keyClick(presenter, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert presenter.notes.font().pointSizeF() == NOTES_PT + 1
    assert show.scale == 1.0, "Ctrl+= is the notes' zoom, not the slide's text size"
    viewport = presenter.notes.viewport()
    pos = QPointF(10, 10)
    wheel = QWheelEvent(
        pos, viewport.mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, wheel)
    assert presenter.notes.font().pointSizeF() == NOTES_PT + 2, "Ctrl+wheel zooms too"
    assert PresenterWindow(show, notes_pt=NOTES_PT + 2).notes_pt == NOTES_PT + 2, "remembered"


def test_projector_screen_gone_brings_the_show_back_at_the_same_place(qtbot, window):
    room = window.teaching.teach_lesson("seven-step-emotion-first")
    show = room.show
    show.go(4)
    room.projector_key = "HDMI-1@1366,0,1920x1080"  # it was projecting on a screen now gone
    remaining = [QGuiApplication.primaryScreen()]
    room.screens_changed(remaining)
    assert room.projector.screen() is remaining[0] and room.projector.isFullScreen()
    assert room.presenter is None and room.projector_key.startswith(remaining[0].name())
    assert show.position() == 4, "the place is kept"
    qtbot.keyClick(room.projector, Qt.Key.Key_Right)
    assert show.position() == 5
    end(window, room)
