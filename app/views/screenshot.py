"""Render a named view offscreen to a PNG — for docs, reviews and visual checks.

Without ``--data-dir`` a temporary data dir with a demo learner is used, so screenshots
never touch a real learner's progress.
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

DEMO_NAME = "演示学员"


def _seed_demo(academy) -> None:
    order = academy.content.lesson_order()
    if not order:
        return
    start = datetime.now() - timedelta(days=1)
    academy.open_lesson(order[0])
    academy.add_study_time(order[0], 1260, start)
    academy.set_learned(order[0])
    if len(order) > 1:
        academy.open_lesson(order[1])
        academy.add_study_time(order[1], 540, start + timedelta(hours=1))
        academy.save_position(order[1], 2, 0.3)


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
) -> Path:
    from PySide6.QtWidgets import QApplication

    from app.main import Gui
    from app.services import Academy

    tmp = tempfile.TemporaryDirectory(prefix="academy-shot-") if data_dir is None else None
    academy = Academy(tmp.name if tmp else data_dir, lang=lang)
    gui = Gui(academy)
    gui.theme_choice = theme
    gui.apply_theme()
    pid = academy.profiles.last_profile_id
    if pid is None:
        pid = academy.profiles.create(DEMO_NAME).id
        academy.profiles.create("王芳", "1234")
        academy.profiles.create("Li Ming")
        seed = True
    else:
        seed = False
    try:
        if view == "profiles":
            from app.views.profiles import ProfileChooser

            widget = ProfileChooser(academy, gui.colors)
            widget.resize(min(size[0], 640), min(size[1], 440))
        else:
            widget = _main_window(gui, academy, pid, seed, view, size, lesson_id, large)
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
        if not widget.grab().save(str(out)):
            raise OSError(f"could not write {out}")
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


def _main_window(gui, academy, pid, seed, view, size, lesson_id, large=False):
    from app.views.main_window import MainWindow
    from app.views.settings import SettingsDialog

    academy.open_learner(pid)
    if seed:
        _seed_demo(academy)
    window = MainWindow(academy, gui.colors)
    window.on_ready(None)
    window.resize(*size)
    if view == "lesson":
        target = lesson_id or academy.content.lesson_order()[0]
        window.open_lesson(target, scroll=0.0)
    elif view == "settings":
        window._settings_dialog = SettingsDialog(academy, window)
    elif view in ("quiz", "review"):
        _quiz_state(window, view)
    elif view == "case":
        window.show_page("cases")
        if lesson_id:  # --lesson names a case here
            window.cases.show_case(lesson_id)
        window.cases.large_btn.setChecked(large)
    elif view in ("roleplay", "scenario", "debrief"):
        _roleplay_state(window, view, lesson_id, large)
    return window


def _roleplay_state(window, view: str, scenario_id: str | None, large: bool) -> None:
    """The scenario list, a dialogue four replies in, or the debrief of a good run."""
    window.show_page("roleplay")
    page = window.roleplay
    if scenario_id:  # --lesson names a scenario here
        known = window.academy.content.scenarios
        if scenario_id not in known:
            raise ValueError(f"no scenario {scenario_id!r}; there are: {', '.join(known)}")
        page.select(scenario_id)
    page.set_large(large)
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
    """A situational question answered (feedback showing), or an exam's review screen."""
    page = window.quiz
    window.show_page("quiz")
    if view == "quiz":
        page.start("practice", topic="s04")
        page.skip_to("situational")
        page.widget.choose(page.session.current.option_positions(correct=False)[0])
        page._submit()
    else:
        page.start("exam", topics=["s01", "s04"], per_topic=4, time_limit_s=600)
        for _ in range(5):
            presented = page.session.current
            if presented.question.type in ("single", "situational"):
                page.widget.choose(presented.option_positions(correct=True)[0])
            page._submit()
            page._next()
        page._finish(timed_out=True)
