"""The Progress page with an LRS configured: what waits is shown, and "Send my records now"
sends it off the window's thread. A real LRS, a real window."""

import json

from tests.reports.test_reports import _study


def test_the_progress_page_shows_and_sends_what_waits(qtbot, learner, lrs):
    from app.views.main_window import MainWindow
    from app.views.theme import LIGHT

    _study(learner)
    org = {"lrs": {"endpoint": lrs.endpoint}}
    (learner.paths.root / "organisation.json").write_text(json.dumps(org), encoding="utf-8")
    w = MainWindow(learner, LIGHT)
    qtbot.addWidget(w)
    w.on_ready(None)
    w.show()
    w.show_page("progress")
    page = w.progress.learner
    assert page.sync_btn.isVisible()
    waiting = len(learner.reports.statements())
    qtbot.waitUntil(lambda: f"{waiting} waiting" in page.sync_label.text(), timeout=20000)
    page.sync_btn.click()
    qtbot.waitUntil(lambda: "waiting: 0" in page.status.text(), timeout=20000)
    assert f"Records sent: {waiting}" in page.status.text()
    qtbot.waitUntil(lambda: "0 waiting" in page.sync_label.text(), timeout=20000)
    assert lrs.endpoint in page.sync_label.text()


def test_without_an_lrs_nothing_about_it_is_shown(qtbot, learner):
    from app.views.main_window import MainWindow
    from app.views.theme import LIGHT

    w = MainWindow(learner, LIGHT)
    qtbot.addWidget(w)
    w.on_ready(None)
    w.show()
    w.show_page("progress")
    assert not w.progress.learner.sync_btn.isVisible()
    assert getattr(w, "_sync_timer", None) is None
