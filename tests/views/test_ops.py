"""run_op: work off the window's thread, with progress, cancel and a message on failure."""

import threading
import time

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from app.views.ops import run_op


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def _dialogs(parent) -> list[QProgressDialog]:
    return [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_slow_work_shows_a_determinate_bar_and_the_window_keeps_turning(qtbot, parent):
    gui = threading.get_ident()
    release = threading.Event()
    seen = {}

    def work(progress):
        seen["thread"] = threading.get_ident()
        for i in range(4):
            progress.step(i, 4, f"step {i}")
            if i == 2:
                release.wait(10)
        return "done"

    op = run_op(parent, work, label="Working…")
    ticks = []
    timer = qtbot_timer(ticks)
    qtbot.waitUntil(lambda: bool(_dialogs(parent)), timeout=3000)
    dialog = _dialogs(parent)[0]
    qtbot.waitUntil(lambda: dialog.value() == 2 and dialog.maximum() == 4)
    assert dialog.labelText() == "step 2" and not op.is_finished
    assert ticks, "the event loop turned while the work ran"
    release.set()
    qtbot.waitUntil(lambda: op.is_finished)
    timer.stop()
    assert op.result == "done" and seen["thread"] != gui
    assert not _dialogs(parent), "the dialog goes when the work is done"


def test_quick_work_shows_no_dialog(qtbot, parent):
    op = run_op(parent, lambda _p: 42, label="Quick")
    qtbot.waitUntil(lambda: op.is_finished)
    qtbot.wait(500)
    assert op.result == 42 and not _dialogs(parent)


def test_cancel_stops_the_work_between_steps_and_calls_nothing(qtbot, parent):
    done = []
    steps = []

    def work(progress):
        for i in range(1000):
            steps.append(i)
            progress.step(i, 1000)
            time.sleep(0.01)
        return "finished"

    op = run_op(parent, work, label="Long", cancellable=True, done=done.append)
    qtbot.waitUntil(lambda: bool(_dialogs(parent)), timeout=3000)
    from PySide6.QtWidgets import QPushButton

    _dialogs(parent)[0].findChild(QPushButton).click()
    qtbot.waitUntil(lambda: op.is_finished, timeout=3000)
    assert done == [] and len(steps) < 1000 and op.result is None


def test_a_failure_is_given_to_the_caller_or_shown_as_plain_text(qtbot, parent, monkeypatch):
    errors = []
    op = run_op(parent, lambda _p: 1 / 0, failed=errors.append)
    qtbot.waitUntil(lambda: op.is_finished)
    assert isinstance(errors[0], ZeroDivisionError)

    shown = []

    def capture(box):
        shown.append((box.text(), box.textFormat()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    op = run_op(parent, _raise_os_error, label="Saving")
    qtbot.waitUntil(lambda: op.is_finished)
    from PySide6.QtCore import Qt

    assert shown == [("<b>disk</b> is full", Qt.TextFormat.PlainText)]


def _raise_os_error(_progress):
    raise OSError("<b>disk</b> is full")


def qtbot_timer(ticks: list):
    """A zero-interval timer fires each time the event loop turns."""
    from PySide6.QtCore import QTimer

    timer = QTimer(QApplication.instance())
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    return timer


def test_refusals_of_crafted_files_are_shown_in_their_own_words(qtbot, parent, monkeypatch):
    """A pack or cohort file refused (issue 15 item 14) is bad input, not a bug: the message
    names the file and the reason, with no apology and no traceback in the log."""
    from app.services.errors import CohortImportError, PackRefused
    from app.views.ops import USER_ERRORS, show_failure

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    words = [
        "evil.zip: 'content/a.md' is damaged (Bad CRC-32)",
        "deep.json: not an xAPI export (JSON): nested too deeply",
    ]
    for error in (PackRefused(words[0]), CohortImportError(words[1])):
        assert isinstance(error, USER_ERRORS)
        show_failure(parent, "Title", error)
    assert shown == words
