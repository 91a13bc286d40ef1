"""Render a named view offscreen to a PNG — for docs, reviews and visual checks.

Without ``--data-dir`` a temporary data dir with a demo learner is used, so screenshots
never touch a real learner's progress.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.languages import font_language

CLASSROOM_VIEWS = ("projector", "presenter", "livequiz", "handout")
PROGRESS_VIEWS = ("dashboard", "trainer", "certificate")
TRAINER_VIEWS = ("trainer", "examrules")  # shown with the trainer's profile open
STUDIO_VIEWS = (
    "studio",
    "studio-scenario",
    "studio-lesson",
    "studio-case",
    "studio-question",
    "studio-glossary",
)


def render_view(
    view: str,
    out: Path,
    size: tuple[int, int],
    *,
    lang: str = "zh-CN",
    data_dir: str | None = None,
    lesson_id: str | None = None,
    section: int = 1,
    theme: str = "light",
    large: bool = False,
    query: str | None = None,
) -> Path:
    from PySide6.QtWidgets import QApplication

    from app.demo import demo_profile
    from app.services import Academy
    from app.views.application import create_qapp
    from app.views.i18n import install_language
    from app.views.icons import set_cache_dir
    from app.views.theme import apply_theme

    tmp = tempfile.TemporaryDirectory(prefix="academy-shot-") if data_dir is None else None
    academy = Academy(tmp.name if tmp else data_dir, lang=lang)
    qapp = create_qapp()
    set_cache_dir(academy.paths.cache / "icons")
    install_language(academy.lang)
    colors = apply_theme(qapp, academy.lang, theme)
    pid = academy.profiles.last_profile_id
    seed = False
    if pid is None:
        pid, seed = demo_profile(academy)
    if view in TRAINER_VIEWS and academy.profiles.trainer() is not None:
        pid = academy.profiles.trainer().id  # what the trainer sees
    try:
        if view in CLASSROOM_VIEWS:
            return _classroom_shot(view, out, size, academy, lesson_id, section)
        if view in STUDIO_VIEWS:
            from app.views.studio.shots import studio_view

            widget = studio_view(view, academy, colors, lesson_id, size)
        elif view == "profiles":
            from app.views.profiles import ProfileChooser

            widget = ProfileChooser(academy, colors)
            widget.resize(min(size[0], 640), min(size[1], 440))
        else:
            widget = _main_window(colors, academy, pid, seed, view, size, lesson_id, large)
            if view in PROGRESS_VIEWS:
                widget = _progress_state(widget, view, out)
                if widget is None:  # the certificate is a PDF page, already written
                    return out
            if view == "desk":
                widget = _desk_state(widget, query)
            elif view in ("search", "glossary", "notes"):
                _knowledge_state(widget, view, query)
        widget.show()
        for _ in range(5):
            QApplication.processEvents()
        if view == "lesson":
            if section > 1:
                widget.reader.scroll_to_section(section)
            else:
                widget.reader.page.verticalScrollBar().setValue(0)
            QApplication.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        shot = widget.grab()
        if large and view in ("case", "roleplay", "scenario", "debrief"):
            shot = _class_view_shot(widget, size) or shot
        if view == "examsubmit":  # the confirmation is its own window: drawn where it opens
            from PySide6.QtGui import QPainter

            box = widget.quiz.confirm
            box.adjustSize()
            QApplication.processEvents()
            drawn = box.grab()
            painter = QPainter(shot)
            painter.drawPixmap(
                (shot.width() - drawn.width()) // 2, (shot.height() - drawn.height()) // 2, drawn
            )
            painter.end()
        if not shot.save(str(out)):
            raise OSError(f"could not write {out}")
        if view == "examrules":
            from app.views.exam_rules import ExamRulesDialog

            dialog = ExamRulesDialog(academy, widget.quiz)
            dialog.tabs.setCurrentIndex(1)
            dialog.show()
            QApplication.processEvents()
            dialog.grab().save(str(out.with_name(f"{out.stem}-dialog{out.suffix}")))
            dialog.close()
        if view == "trainer":  # and the trainer's LRS form beside it
            from app.views.lrs_settings import LrsSettingsDialog

            dialog = LrsSettingsDialog(academy, widget)
            dialog.show()
            QApplication.processEvents()
            dialog.grab().save(str(out.with_name(f"{out.stem}-lrs{out.suffix}")))
            dialog.close()
        if view == "studio":  # and the publish dialog over it
            from app.views.studio.window import PublishDialog

            dialog = PublishDialog(widget.academy, widget)
            dialog.note.setPlainText("年费政策与两个新案例")  # course text, not interface text
            dialog.show()
            QApplication.processEvents()
            dialog.grab().save(str(out.with_name(f"{out.stem}-publish{out.suffix}")))
            dialog.close()
        if view == "settings":
            dialog = widget._settings_dialog
            dialog.show()
            QApplication.processEvents()
            dialog.grab().save(str(out))
        widget.close()
    finally:
        academy.close_learner()
        if tmp:
            tmp.cleanup()
    return out


def _main_window(colors, academy, pid, seed, view, size, lesson_id, large=False):
    from app.demo import seed_demo
    from app.views.main_window import MainWindow
    from app.views.settings import SettingsDialog

    academy.open_learner(pid)
    if seed:
        seed_demo(academy)
    window = MainWindow(academy, colors)
    window.on_ready(None)
    window.resize(*size)
    if view == "lesson":
        target = lesson_id or academy.content.lesson_order()[0]
        window.open_lesson(target, scroll=0.0)
    elif view == "settings":
        window._settings_dialog = SettingsDialog(academy, window)
    elif view in ("quiz", "review", "examstart", "exam", "examsubmit"):
        _quiz_state(window, view)
    elif view in ("quizstart", "examrules"):  # the start page: a learner's, the trainer's
        window.show_page("quiz")
    elif view == "case":
        window.show_page("cases")
        if lesson_id:  # --lesson names a case here
            window.cases.show_case(lesson_id)
        window.cases.large_btn.setChecked(large)
    elif view in ("roleplay", "scenario", "debrief"):
        _roleplay_state(window, view, lesson_id, large)
    elif view == "writing":
        _writing_state(window, lesson_id)
    return window


def _class_view_shot(window, size):
    """The full-screen window of "large text for class", drawn at the shot's size."""
    from PySide6.QtWidgets import QApplication

    page = window.cases if window.stack.currentWidget() is window._cases else window.roleplay
    view = page.class_view
    if view is None:
        return None
    view.showNormal()
    view.resize(*size)  # the page scales its text to the window's height
    for _ in range(5):
        QApplication.processEvents()
    return view.grab()


def _writing_state(window, task_id: str | None) -> None:
    """A task in the middle of its check: a draft written, the rubric shown, some points
    ticked (the demo learner's text is the first half of the model answer)."""
    from app.views.writing import ID_ROLE

    academy = window.academy
    window.show_page("writing")
    page = window.writing
    tasks = academy.writing.tasks()
    task = academy.writing.task(task_id) if task_id else None
    task = task or next((t for t in tasks if t.kind == "email"), tasks[0])
    page.show_task(task.id)
    rows = [page.list.item(r).data(ID_ROLE) for r in range(page.list.count())]
    page.list.setCurrentRow(rows.index(task.id))
    paragraphs = task.model_answer.split("\n\n")
    page.editor.setPlainText("\n\n".join(paragraphs[: max(1, len(paragraphs) // 2)]))
    page.save()
    page.start_check()
    for box in list(page.boxes.values())[:3]:
        box.setChecked(True)


def _wait_for(condition, seconds: float = 20.0) -> None:
    """Let queued work (searches run on a worker thread) finish before the picture."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def _knowledge_state(window, view: str, query: str | None) -> None:
    """Search results for a query (--lesson gives it), the glossary, or notes and bookmarks."""
    academy = window.academy
    window.show_page("knowledge")
    page = window.knowledge
    if view == "search":
        page.search.box.setText(query or "道歉")
        page.search._search_now()
        _wait_for(lambda: page.search.results.count() > 0)
    elif view == "glossary":
        page.tabs.setCurrentWidget(page.glossary)
        page.glossary.order.setCurrentIndex(1)
        page.glossary.select(query or "service-recovery-paradox")
    else:
        from app.demo import seed_notes

        seed_notes(academy)
        page.tabs.setCurrentWidget(page.notes)
        page.notes.refresh()


def _desk_state(window, query: str | None):
    window.open_desk()
    desk = window._desk
    desk.resize(460, 680)
    if query:
        desk.search.box.setText(query)
        desk.search._search_now()
        desk.tabs.setCurrentWidget(desk.search)
        _wait_for(lambda: desk.search.results.count() > 0)
    else:
        desk.tabs.setCurrentIndex(1)
    return desk


def _roleplay_state(window, view: str, scenario_id: str | None, large: bool) -> None:
    """The scenario list, a dialogue four replies in, or the debrief of a good run."""
    window.show_page("roleplay")
    page = window.roleplay
    if scenario_id:  # --lesson names a scenario here
        known = window.academy.content.scenarios
        if scenario_id not in known:
            raise ValueError(f"no scenario {scenario_id!r}; there are: {', '.join(known)}")
        page.select(scenario_id)
    page.large_btn.setChecked(large)
    if view == "roleplay":
        return
    page.start()
    turns = 4 if view == "scenario" else 40
    for _ in range(turns):
        if page.run.finished:
            break
        choices = page.run.node.choices
        page.choose(max(range(len(choices)), key=lambda i: sum(choices[i].scores.values())))


def _quiz_state(window, view: str) -> None:
    """A situational question answered (feedback showing); an exam's rules, an exam mid-way
    (question map, a flagged question), its submit confirmation, or its review screen."""
    page = window.quiz
    window.show_page("quiz")
    if view == "quiz":
        page.start("practice", topic="s04")
        page.skip_to("situational")
        page.widget.choose(page.session.current.option_positions(correct=False)[0])
        page._submit()
        return
    page.start("final")
    if view == "examstart":
        return
    page._begin()
    for n in range(6):
        presented = page.session.current
        if presented.question.type in ("single", "situational", "multiple") and n != 2:
            page.widget.choose(presented.option_positions(correct=n % 3 != 1)[0])
        if n == 1:
            page._flag()
        page._go(n + 1)
    if view == "exam":
        return
    if view == "examsubmit":
        page._ask_submit()
        return
    page._finish()


def _classroom_shot(view, out: Path, size, academy, item_id: str | None, section: int) -> Path:
    """The projector or presenter view of a lesson (page ``section``), a live quiz question
    after the reveal with hands counted, or page ``section`` of a lesson's PDF handout."""
    from PySide6.QtWidgets import QApplication

    from app.classroom.slides import lesson_slides
    from app.views.classroom.shows import DeckShow, LiveQuizShow
    from app.views.classroom.windows import PresenterWindow, ProjectorWindow
    from app.views.theme import installed_families

    families = tuple(installed_families(font_language(academy.lang)))
    lesson = academy.lesson(item_id or "") or next(iter(academy.content.lessons.values()))
    out.parent.mkdir(parents=True, exist_ok=True)
    if view == "handout":
        return _handout_png(academy, lesson, families, out, section)
    if view == "livequiz":
        import random

        from app.classroom.live_quiz import draw_questions

        picked = draw_questions(academy.content.questions, "s04", 5, random.Random(7))
        show = LiveQuizShow("s04", picked, families, academy.assets)
        for k, hands in enumerate((3, 14, 2, 1)[: len(show.quiz.hands())]):
            show.set_hands(k, hands)
        show.reveal()
    else:
        show = DeckShow(lesson.title, lesson_slides(lesson), families, academy.assets)
    show.set_size(size if view != "presenter" else (1920, 1080))
    if view != "livequiz":
        show.go(max(0, section - 1))
    widget = ProjectorWindow(show) if view != "presenter" else PresenterWindow(show)
    widget.resize(*size)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    widget.close()
    return out


def _handout_png(academy, lesson, families, out: Path, page: int) -> Path:
    """Render one page of the real PDF (pypdfium2, a development tool) to PNG."""
    import tempfile
    from dataclasses import replace

    from PySide6.QtGui import QImage

    from app.common.html_theme import HtmlTheme
    from app.views.classroom.handout import export_handout

    try:
        import pypdfium2 as pdfium
    except ImportError as exc:
        raise ValueError("the handout view needs pypdfium2 (pip install -e '.[dev]')") from exc
    theme = replace(HtmlTheme(), font_families=families, base_pt=11)
    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = export_handout(
            lesson, Path(tmp) / "handout.pdf", theme, academy.assets,
            notes_label="讲师备注", course="客诉学堂",
        )  # fmt: skip
        pdf = pdfium.PdfDocument(str(pdf_path))
        bitmap = pdf[max(0, min(len(pdf) - 1, page - 1))].render(scale=1.4)
        image = QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
            QImage.Format.Format_BGR888,
        )  # fmt: skip
        if not image.save(str(out)):
            raise OSError(f"could not write {out}")
        pdf.close()
    return out


def _progress_state(window, view: str, out: Path):
    """The dashboard of a learner well into the course, the trainer's cohort of three, or
    the certificate (rendered from its PDF)."""
    import tempfile

    from app.demo import ALL, seed_cohort_exports, seed_progress

    academy = window.academy
    if view == "trainer":
        folder = Path(tempfile.mkdtemp(prefix="cohort-", dir=academy.paths.cache))
        exports = seed_cohort_exports(academy, folder)
        window.show_page("progress")
        page = window.progress
        page.tabs.setCurrentWidget(page.trainer)
        page.trainer.import_files([str(p) for p in sorted(exports)])
        return window
    tracks = academy.content.course.tracks
    if view == "certificate" and tracks:  # the certificate names the graduate's track
        academy.study.set_track(tracks[0].id)
    seed_progress(academy, ALL if view == "certificate" else 11, 0.8, 3, final=True)
    window.show_page("progress")
    if view == "certificate":
        import pypdfium2 as pdfium
        from PySide6.QtCore import QEventLoop
        from PySide6.QtGui import QImage

        pdf_path = out.with_suffix(".pdf")
        op = window.progress.learner.save_certificate(str(pdf_path))
        if op is None:
            raise ValueError("the demo learner did not earn the certificate")
        if not op.is_finished:  # written on the thread pool: wait for it
            loop = QEventLoop()
            op.finished.connect(loop.quit)
            loop.exec()
        if op.error is not None:
            raise op.error
        pdf = pdfium.PdfDocument(str(pdf_path))
        bitmap = pdf[0].render(scale=1.4)
        QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
            QImage.Format.Format_BGR888,
        ).save(str(out))  # fmt: skip
        pdf.close()
        return None
    return window
