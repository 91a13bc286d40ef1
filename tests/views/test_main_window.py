"""Start-up paths of the GUI: warnings, recovery messages, language switch, profiles, fonts."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from app.main import Gui
from app.services import Academy
from app.views.main_window import MainWindow
from app.views.profiles import ProfileChooser
from app.views.theme import LIGHT, font_families


def _sections_with_lessons(academy) -> int:
    """Sections the home outline lists for a new learner (the core: no track chosen)."""
    course = academy.content.course
    core = set(course.followed_sections("general"))
    return sum(1 for s in course.sections if s.lesson_ids and s.id in core)


def test_broken_content_file_shows_a_banner_and_the_rest_works(qtbot, content_copy, tmp_path):
    (content_copy / "lessons" / "broken.md").write_text("---\nid: [\n---\n", encoding="utf-8")
    academy = Academy(
        tmp_path / "data", content_root=content_copy, assets=content_copy.parent / "assets"
    )
    academy.open_learner(academy.profiles.create("甲").id)
    w = MainWindow(academy, LIGHT)
    qtbot.addWidget(w)
    w.on_ready(None)
    w.show()
    assert w.banner.isVisible()
    assert "content/lessons/broken.md" in w.banner.text.text()
    assert w.home.outline.topLevelItemCount() == _sections_with_lessons(academy)
    academy.close_learner()


def test_restored_database_is_explained_to_the_learner(qtbot, academy, monkeypatch):
    pid = academy.profiles.create("甲").id
    academy.open_learner(pid)
    academy.close_learner()
    from app.progress.database import prepare_database

    folder = academy.paths.learner_dir(pid)
    prepare_database(folder, now=datetime.now() + timedelta(days=1))
    (folder / "progress.db").write_bytes(b"garbage" * 50)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    report = academy.open_learner(pid)
    w = MainWindow(academy, LIGHT)
    qtbot.addWidget(w)
    w.on_ready(report)
    assert shown and "restored from the backup" in shown[0]
    assert str(report.set_aside) in w.banner.text.text()


def test_language_switch_keeps_the_learners_place(qtbot, learner):
    gui = Gui(learner)
    gui.window = MainWindow(learner, gui.colors)
    qtbot.addWidget(gui.window)
    gui.window.on_ready(None)
    gui.window.resize(1366, 768)
    gui.window.show()
    gui.window.open_lesson("why-customers-complain", section=4)
    qtbot.waitUntil(lambda: gui.window.reader.current_section() == 4)
    place = gui.window.place()
    learner.set_language("zh-TW")
    old = gui.window
    gui.rebuild_window(place)  # the Traditional course is loaded off the window's thread first
    qtbot.waitUntil(lambda: gui.window is not old, timeout=30_000)
    qtbot.addWidget(gui.window)
    reader = gui.window.reader
    assert reader.lesson_id == "why-customers-complain"
    assert reader.title.text() == learner.lesson("why-customers-complain").title
    assert "為什麼" in reader.title.text() or "為何" in reader.title.text()
    qtbot.waitUntil(lambda: reader.current_section() == 4)
    learner.set_language("zh-CN")


def test_every_page_and_the_open_case_survive_a_colour_switch(qtbot, learner):
    gui = Gui(learner)
    gui.window = MainWindow(learner, gui.colors)
    qtbot.addWidget(gui.window)
    gui.window.on_ready(None)
    gui.window.show()
    case_id = sorted(learner.content.cases)[3]
    for page in ("quiz", "cases", "knowledge", "progress", "writing"):
        gui.window.show_page(page)
        if page == "cases":
            gui.window.cases.show_case(case_id)
        old = gui.window
        gui.rebuild_window(gui.window.place())
        qtbot.waitUntil(lambda old=old: gui.window is not old, timeout=30_000)
        qtbot.addWidget(gui.window)
        assert gui.window.current_page() == page
        if page == "cases":
            assert gui.window.cases.case_id == case_id


def test_settings_keep_the_language_while_a_quiz_is_under_way(qtbot, learner):
    from app.views.settings import SettingsDialog

    window = MainWindow(learner, LIGHT)
    qtbot.addWidget(window)
    window.on_ready(None)
    window.show_page("quiz")
    assert not window.quiz_running
    window.quiz.start("practice", topic="s01")
    assert window.quiz_running
    dlg = SettingsDialog(learner, window, quiz_running=window.quiz_running)
    qtbot.addWidget(dlg)
    assert not dlg.language.isEnabled() and not dlg.theme.isEnabled()


def test_role_play_mid_dialogue_survives_a_language_switch(qtbot, learner):
    from PySide6.QtCore import Qt

    gui = Gui(learner)
    gui.window = MainWindow(learner, gui.colors)
    qtbot.addWidget(gui.window)
    gui.window.on_ready(None)
    gui.window.show()
    gui.window.activateWindow()
    qtbot.waitUntil(gui.window.isActiveWindow)
    qtbot.keyClick(gui.window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut "animates" the click: the page changes a moment later.
    qtbot.waitUntil(lambda: gui.window.stack.currentWidget() is gui.window._roleplay)
    page = gui.window.roleplay
    page.select("telecom-billing-error")
    page.start()
    qtbot.keyClick(page, "2")
    path = page.run.path
    learner.set_language("zh-TW")
    old = gui.window
    gui.rebuild_window(gui.window.place())
    qtbot.waitUntil(lambda: gui.window is not old, timeout=30_000)
    qtbot.addWidget(gui.window)
    page = gui.window.roleplay
    assert gui.window.stack.currentWidget() is page and page.run.path == path
    assert page.customer_line.text() == page.run.node.customer
    assert "話費" in page.play_title.text()  # the Traditional text of the same scenario
    learner.set_language("zh-CN")


def test_profile_chooser_asks_for_the_pin(qtbot, academy, monkeypatch):
    academy.profiles.create("甲", pin="2468")
    chooser = ProfileChooser(academy, LIGHT)
    qtbot.addWidget(chooser)
    answers = iter([("1111", True), ("2468", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    chooser.list.setCurrentRow(0)
    chooser._open()
    assert chooser.chosen == academy.profiles.all()[0].id


def test_profile_chooser_delete_then_undo(qtbot, academy, monkeypatch):
    p = academy.profiles.create("乙")
    chooser = ProfileChooser(academy, LIGHT)
    qtbot.addWidget(chooser)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    chooser.list.setCurrentRow(0)
    chooser._delete()
    assert academy.profiles.get(p.id) is None
    assert not chooser.undo_btn.isHidden()
    chooser.undo_btn.click()
    assert academy.profiles.get(p.id) is not None
    assert chooser.list.currentItem().text() == "乙"


@pytest.mark.parametrize(("lang", "face"), [("zh-CN", "SC"), ("zh-TW", "TC")])
def test_chinese_font_per_script_covers_the_course(qapp, lang, face):
    """Without a CJK font Chinese renders as boxes; without a per-script family, Qt picks the
    Japanese face. Every character of the course's titles must be in the chosen font."""
    from app.common.script import script_for_language
    from app.course.library import load_library
    from app.paths import assets_dir, content_dir

    font = QFont()
    font.setFamilies(font_families(lang))
    info = QFontInfo(font)
    assert "CJK" in info.family() or "YaHei" in info.family() or "JhengHei" in info.family()
    if "CJK" in info.family():
        assert info.family().endswith(face)
    metrics = QFontMetrics(font)
    bundle = load_library(content_dir(), assets_dir(), script_for_language(lang))
    text = "".join(s.title for s in bundle.course.sections)
    text += "".join(lsn.title + lsn.sections[0].markdown for lsn in bundle.lessons.values())
    missing = {ch for ch in text if not ch.isspace() and not metrics.inFontUcs4(ord(ch))}
    assert not missing, f"glyphs missing in {info.family()}: {''.join(sorted(missing))[:40]}"


def test_crash_handler_writes_a_log_and_tells_where(tmp_path: Path):
    import sys

    from app import diagnostics

    told: list[Path] = []
    old = sys.excepthook
    try:
        diagnostics.install_excepthook(tmp_path, lambda path, exc: told.append(path))
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert told and told[0].exists()
    text = told[0].read_text(encoding="utf-8")
    assert "RuntimeError: boom" in text and "faulthandler" in text


def test_window_geometry_is_remembered(qtbot, learner):
    w = MainWindow(learner, LIGHT)
    qtbot.addWidget(w)
    w.on_ready(None)
    w.resize(780, 560)  # offscreen's screen is 800×600; restoring clamps to it
    w.show()
    qtbot.waitExposed(w)
    w.close()
    again = MainWindow(learner, LIGHT)
    qtbot.addWidget(again)
    again.on_ready(None)
    assert (again.width(), again.height()) == (780, 560)
    QApplication.processEvents()


def test_frame_first_then_attach(qtbot, learner):
    """Start-up paints the frame before the facade exists, then attaches the pages."""
    w = MainWindow(None, LIGHT)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.academy is None and w.stack.currentWidget() is w.loading
    assert not w.nav_buttons["lesson"].isEnabled()
    w.attach(learner)
    w.on_ready(None)
    assert w.stack.currentWidget() is w.home
    assert w.home.outline.topLevelItemCount() == _sections_with_lessons(learner)
    assert w.menuBar().actions(), "menus are built when the facade is attached"
    assert w.nav_buttons["lesson"].isEnabled()


def test_installing_a_pack_from_the_window_asks_for_a_rebuild(
    qtbot, content_copy, tmp_path, course
):
    from app.course.packs import build_pack
    from app.services import Academy

    academy = Academy(tmp_path / "d", course=course)
    academy.open_learner(academy.profiles.create("讲师").id)
    window = MainWindow(academy, LIGHT)
    qtbot.addWidget(window)
    window.on_ready(None)
    lesson = content_copy / "lessons" / "s01-what-is-a-complaint.md"
    lesson.write_text(lesson.read_text("utf-8").replace("title: 什么是投诉", "title: 投诉是什么"),
                      encoding="utf-8")  # fmt: skip
    pack = build_pack(content_copy, tmp_path / "p.zip", pack_id="update", version="2.0",
                      title="更新")  # fmt: skip
    with qtbot.waitSignal(window.rebuild_requested, timeout=30_000):
        op = window.files.install_pack(str(pack), confirm=False)
    report = op.result
    assert (
        report.manifest.id == "update"
        and academy.lesson("what-is-a-complaint").title == "投诉是什么"
    )
    academy.close_learner()


def test_a_progress_file_that_cannot_be_written_now_is_explained(qtbot, learner, monkeypatch):
    """Disk full or read-only: the learner is told what to check, and nothing is moved."""
    from app.services.errors import DatabaseUnavailable
    from app.views.i18n import install_language

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    gui = Gui(learner)
    monkeypatch.setattr(gui, "switch_profile", lambda: None)
    install_language("zh-CN")
    path = Path("/data/learners/x/progress.db")
    gui._report_open_failure(DatabaseUnavailable(path, "database or disk is full"))
    assert "database or disk is full" in shown[0] and str(path) in shown[0]
    assert "磁盘" in shown[0], "in the learner's language"


def test_the_first_window_is_maximised_on_a_laptop_and_a_comfortable_share_of_a_big_screen():
    from PySide6.QtCore import QRect

    from app.main import first_geometry

    assert first_geometry(QRect(0, 0, 1366, 740)) is None  # 1366×768 less a task bar
    assert first_geometry(QRect(0, 0, 1440, 870)) is None
    big = first_geometry(QRect(0, 0, 1920, 1040))
    assert (big.width(), big.height()) == (1440, 884)
    assert big.center().x() in (959, 960) and big.top() > 0
    other = first_geometry(QRect(1920, 0, 2560, 1400))  # a second, larger screen to the right
    assert other.left() >= 1920 and other.width() == 1920


@pytest.mark.parametrize("lang", ["en", "zh-CN", "zh-TW"])
def test_the_sidebar_fits_a_maximised_laptop_window_unclipped(qtbot, qapp, learner, lang):
    """1366×768 less a task bar and title bar leaves about 680 px: every button keeps its
    full height (a squeezed one clipped its label) and all of them are in view."""
    from app.views.i18n import install_language
    from app.views.theme import apply_theme

    install_language(lang)
    colors = apply_theme(qapp, lang)
    w = MainWindow(learner, colors)
    qtbot.addWidget(w)
    w.on_ready(None)
    w.resize(1366, 680)
    w.show()
    qtbot.waitExposed(w)
    viewport = w.sidebar_scroll.viewport()
    buttons = [*w.nav_buttons.values(), w.profile_btn, w.settings_btn]
    for b in buttons:
        assert b.height() >= b.sizeHint().height(), b.text()
        bottom = b.mapTo(viewport, b.rect().bottomLeft()).y()
        assert bottom <= viewport.height(), f"{b.text()} is below the sidebar's edge"
    install_language("en")


def test_the_view_menu_reaches_every_page_and_the_shortcuts_are_listed(qtbot, window):
    from PySide6.QtCore import Qt

    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    keys = {a.shortcut().toString() for a in view.actions() if not a.isSeparator()}
    assert {f"Ctrl+{n}" for n in range(1, 9)} <= keys
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "cases"
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if type(w).__name__ == "ShortcutsDialog" and w.isVisible())  # fmt: skip
    qtbot.addWidget(dialog)
    listed = [dialog.table.topLevelItem(i).text(0) for i in range(dialog.table.topLevelItemCount())]
    assert "Ctrl+4" in listed and "Ctrl+K" in listed and "Ctrl+M" in listed


def test_home_shows_a_moving_bar_not_a_blank_button_while_the_course_loads(qtbot, learner):
    w = MainWindow(learner, LIGHT)
    qtbot.addWidget(w)
    w.show()
    home = w.home
    assert home.loading_bar.isVisible() and not home.card.isVisible()
    w.on_ready(None)
    assert not home.loading_bar.isVisible() and home.card.isVisible()
    assert home.resume_btn.text() and home.resume_btn.isEnabled()


def test_menu_labels_in_the_shortcut_list_drop_their_accelerators():
    from app.views.shortcuts import _plain_label

    assert _plain_label("退出(&Q)") == "退出" and _plain_label("&Search…") == "Search"
    assert _plain_label("柜台速查（保持在最前）(&D)") == "柜台速查（保持在最前）"


def test_the_ready_window_draws_a_focus_ring_and_no_stock_button_icons(qtbot, window):
    from PySide6.QtWidgets import QStyle

    from app.views.style import AppStyle
    from app.views.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app.style(), AppStyle)
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert app.style().styleHint(hint) == 0
    apply_theme(app, "en", "dark")  # a change of colours keeps it
    assert isinstance(app.style(), AppStyle)
    apply_theme(app, "en", "light")


def test_while_loading_the_bar_sits_under_the_greeting(qtbot, learner):
    w = MainWindow(learner, LIGHT)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    home = w.home
    gap = home.loading_bar.geometry().top() - home.subtitle.geometry().bottom()
    assert 0 <= gap < 60, "the bar follows the line that says the course is loading"



def test_on_a_real_x_server_the_main_window_is_active_after_the_chooser_closes(tmp_path):
    """Offscreen, every shown window becomes active by itself; on X without a window manager
    (a kiosk, a bare session, Xvfb) it does not, and Qt's shortcuts act only in the active
    window: Alt+→ did nothing until a click. Runs where an Xvfb is installed (Linux:
    tools/system-deps.sh installs one)."""
    import os
    import shutil
    import subprocess
    import sys
    import time

    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("no Xvfb here")
    # a display number no other server holds (Xvfb's -displayfd failed under pytest-xdist:
    # "cannot write display number to fd")
    number = next(n for n in range(90 + os.getpid() % 100, 400)
                  if not Path(f"/tmp/.X{n}-lock").exists()
                  and not Path(f"/tmp/.X11-unix/X{n}").exists())  # fmt: skip
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        for _ in range(200):  # the server is ready once its socket is there
            if socket.exists() or server.poll() is not None:
                break
            time.sleep(0.05)
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        check = Path(__file__).with_name("x11_activation_check.py")
        done = subprocess.run([sys.executable, str(check), str(tmp_path)], env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
    finally:
        server.terminate()
        _, server_said = server.communicate(timeout=10)
    assert done.returncode == 0, f"{done.stdout}{done.stderr}\nXvfb: {server_said}"
