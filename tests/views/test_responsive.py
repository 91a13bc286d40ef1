"""Every slow action runs off the window's thread: while its work waits for a worker, the
window's event loop keeps turning, and the work then runs on a thread that is not the GUI's.

How it is shown without timing: every worker of the pool is first held by a blocker, so the
action's work cannot start. If the action did its work on the window's thread, it would be
finished before the action returned; instead the window keeps handling events (a zero-interval
timer fires) while the work waits. Then the blockers are released and the work completes.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QRunnable, QThreadPool, QTimer

from app.views.ops import OpTracker


class _Blocker(QRunnable):
    def __init__(self, gate: threading.Event, started: threading.Semaphore) -> None:
        super().__init__()
        self.gate, self.started = gate, started

    def run(self) -> None:
        self.started.release()
        self.gate.wait(30)


@contextmanager
def _pool_held():
    pool = QThreadPool.globalInstance()
    pool.waitForDone(30_000)  # nothing of an earlier test still running
    gate, started = threading.Event(), threading.Semaphore(0)
    for _ in range(pool.maxThreadCount()):
        pool.start(_Blocker(gate, started))
    for _ in range(pool.maxThreadCount()):
        assert started.acquire(timeout=10)
    try:
        yield gate
    finally:
        gate.set()


def watch(qtbot, action, timeout=60_000):
    """Run ``action``; return its operations after checking the window kept turning."""
    tracker = OpTracker()
    ops = []
    tracker.started.connect(ops.append)
    turns = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: turns.append(1))
    with _pool_held() as gate:
        action()
        qtbot.waitUntil(lambda: bool(ops), timeout=5000)  # some start after the next paint
        timer.start()
        qtbot.waitUntil(lambda: len(turns) >= 5, timeout=5000)
        assert not any(op.is_finished for op in ops), "no work done on the window's thread"
        gate.set()
        # an action may chain a second operation (check, then install)
        qtbot.waitUntil(lambda: all(op.is_finished for op in ops), timeout=timeout)
        QThreadPool.globalInstance().waitForDone(timeout)
        qtbot.waitUntil(lambda: all(op.is_finished for op in ops), timeout=timeout)
    timer.stop()
    tracker.stop()
    gui = threading.get_ident()
    assert all(op.worker_thread not in (None, gui) for op in ops)
    assert all(op.error is None for op in ops), [op.error for op in ops]
    return ops


def test_handout_pdf(qtbot, window, tmp_path):
    out = tmp_path / "讲义.pdf"
    watch(qtbot, lambda: window.files.export_handout("what-is-a-complaint", str(out)))
    assert out.read_bytes().startswith(b"%PDF")


def test_learner_export_and_import(qtbot, window, tmp_path):
    out = tmp_path / "me.academy-learner"
    watch(qtbot, lambda: window.files.export_learner(str(out)))
    before = len(window.academy.profiles.all())
    watch(qtbot, lambda: window.files.import_learner(str(out)))
    assert len(window.academy.profiles.all()) == before + 1


def test_pack_install(qtbot, window, content_copy, tmp_path):
    from app.course.packs import build_pack

    pack = build_pack(content_copy, tmp_path / "p.zip", pack_id="update", version="2", title="新版")
    with qtbot.waitSignal(window.rebuild_requested, timeout=60_000):
        watch(qtbot, lambda: window.files.install_pack(str(pack), confirm=False))


def test_notes_export(qtbot, window, tmp_path):
    window.academy.knowledge.save_note("lesson", "what-is-a-complaint", 1, "要点")
    window.show_page("knowledge")
    out = tmp_path / "notes.md"
    watch(qtbot, lambda: window.knowledge.notes.export(str(out)))
    assert "要点" in out.read_text(encoding="utf-8")


def test_first_search_builds_the_index(qtbot, window):
    window.show_page("knowledge")
    panel = window.knowledge.search
    watch(qtbot, lambda: (panel.box.setText("平衡点"), panel._search_now()))
    assert panel.results.count() > 0


def test_question_import(qtbot, window, tmp_path):
    from app.views.quiz_import import ImportDialog

    gift = tmp_path / "bank.gift"
    gift.write_text("::q1:: 投诉是礼物吗？ {TRUE}\n", encoding="utf-8")
    dialogs = []
    watch(qtbot, lambda: dialogs.append(ImportDialog(window.academy, gift, window)))
    watch(qtbot, dialogs[0]._import)
    assert [b["name"] for b in window.academy.quizzes.banks()] == ["bank"]


@pytest.mark.parametrize("fmt", ["csv", "xapi"])
def test_learner_report_export(qtbot, window, tmp_path, fmt):
    window.show_page("progress")
    out = tmp_path / f"me.{fmt}"
    watch(qtbot, lambda: window.progress.learner.export(fmt, str(out)))
    assert out.stat().st_size > 0


def test_certificate_pdf(qtbot, window, tmp_path):
    from app.demo import ALL, seed_progress

    seed_progress(window.academy, ALL, 1.0, 5, final=True)
    window.show_page("progress")
    out = tmp_path / "cert.pdf"
    watch(qtbot, lambda: window.progress.learner.save_certificate(str(out)))
    assert out.read_bytes().startswith(b"%PDF")


def test_cohort_import_and_reports(qtbot, window, tmp_path):
    from tests.reports.test_reports import two_learner_exports
    from tests.views.test_trainer_role import make_open_learner_trainer

    a, b = two_learner_exports(window.academy, tmp_path, ((False, 0.0), (True, 1.0)))
    make_open_learner_trainer(window.academy)  # the cohort tab is the trainer's
    window.show_page("progress")
    trainer = window.progress.trainer
    window.progress.tabs.setCurrentWidget(trainer)
    watch(qtbot, lambda: trainer.import_files([str(a), str(b)]))
    assert trainer.table.topLevelItemCount() == 2, "the panel refreshed from the change notice"
    csv_out, pdf_out = tmp_path / "cohort.csv", tmp_path / "cohort.pdf"
    watch(qtbot, lambda: trainer.export_csv(str(csv_out)))
    watch(qtbot, lambda: trainer.export_pdf(str(pdf_out)))
    assert csv_out.stat().st_size > 0 and pdf_out.read_bytes().startswith(b"%PDF")


def test_start_up_loads_the_course_and_opens_the_learner_off_the_window(qtbot, academy):
    from app.main import Gui

    pid = academy.profiles.create("甲").id
    gui = Gui(academy)
    ready = []
    watch(qtbot, lambda: gui.start(pid, on_ready=ready.append))
    qtbot.addWidget(gui.window)
    qtbot.waitUntil(lambda: bool(ready))
    assert ready[0] is gui.window and gui.window.ready and academy.learner_open
