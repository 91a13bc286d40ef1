"""The GUI's start-up: QApplication, theme, translators, profile choice, main window.

Order matters for start-up time: the window is shown and painted first; content loading and
opening the learner's database (SQLAlchemy, maybe Alembic) follow on the thread pool.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from app import APP_TITLE

T0 = time.perf_counter()
SMOKE_TIMEOUT_MS = 60_000
LOG_SETTINGS: dict = {}  # filled by the CLI: where and how verbosely to log


def _log():
    import logging  # not before the first paint: see docs/architecture.md, start-up

    return logging.getLogger(__name__)


def start_logging() -> None:
    if LOG_SETTINGS.get("dir") and not LOG_SETTINGS.get("started"):
        from app import __version__, diagnostics

        diagnostics.setup_logging(LOG_SETTINGS["dir"], LOG_SETTINGS.get("verbose", False))
        LOG_SETTINGS["started"] = True
        _log().info("started %s", __version__)


def _mark(name: str) -> None:
    """Timing markers read by ``bench/``; printed only when ACADEMY_TIMING is set."""
    if os.environ.get("ACADEMY_TIMING"):
        import contextlib

        with contextlib.suppress(OSError):  # the reader went away: never fail a run for it
            print(f"@{name} {time.perf_counter() - T0:.4f} rss={resident_kib()}", flush=True)


def resident_kib() -> int:
    """Current resident memory in KiB (Linux), else the peak, else 0."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, ValueError, AttributeError):
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak
    except ImportError:
        return 0


def ensure_platform(offscreen_default: bool) -> None:
    if (
        offscreen_default
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (
            os.environ.get("DISPLAY")
            or os.environ.get("WAYLAND_DISPLAY")
            or sys.platform in ("win32", "darwin")
        )
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def first_geometry(area, small=(1440, 900)):
    """The window's first-run place in a screen's free ``area`` (a QRect): None on a small
    screen (a 1366×768 laptop), where it should open maximised; on a larger one a comfortable
    share — three quarters of the width, 85 % of the height, at least 1280×800 — centred."""
    from PySide6.QtCore import QRect

    if area.width() <= small[0] or area.height() <= small[1]:
        return None
    w = min(area.width(), max(1280, int(area.width() * 0.75)))
    h = min(area.height(), max(800, int(area.height() * 0.85)))
    return QRect(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h)


def fit_to_screen(window) -> bool:
    """Size ``window`` for its first run; True when it should be shown maximised."""
    screen = window.screen() or (window.windowHandle() and window.windowHandle().screen())
    if screen is None:
        window.resize(1280, 800)
        return False
    place = first_geometry(screen.availableGeometry())
    if place is None:  # the whole free area too, where no window manager maximises it
        window.setGeometry(screen.availableGeometry())
        return True
    window.setGeometry(place)
    return False


def leave_process(code: int) -> None:
    """End a process that ran Qt widgets, after everything is saved.

    PySide6 can crash while the interpreter finalises (refcount errors as widgets are
    garbage-collected after QApplication; PYSIDE-2254, seen here as ``bool_dealloc`` after
    Ctrl+Q). Everything that matters is done by now: the learner's database is closed, so
    finish background tasks, flush logs and streams, and skip finalisation.
    """
    import logging as _logging

    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    _logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


class Gui:
    """Holds the application-wide pieces and moves between chooser and main window."""

    def __init__(
        self, academy=None, *, paths=None, lang: str | None = None, smoke: bool = False
    ) -> None:
        """Either an ``academy``, or the data ``paths`` and ``lang`` to create one with later
        (``ensure_academy``), so a window can be painted before the facade is imported."""
        from app.views.i18n import install_language
        from app.views.theme import apply_theme

        self.academy = academy
        self.paths = academy.paths if academy is not None else paths
        self._lang = lang
        self.smoke = smoke
        from app.views.application import create_qapp

        self.app = create_qapp()
        if self.paths is not None:
            from app.views.icons import set_cache_dir

            set_cache_dir(self.paths.cache / "icons")
        install_language(self.lang)
        self.theme_choice = "system"
        self.colors = apply_theme(self.app, self.lang, self.theme_choice)
        self.window = None
        self._watching_scheme = False
        self.failed: BaseException | None = None

    @property
    def lang(self) -> str:
        return self.academy.lang if self.academy is not None else self._lang

    def ensure_academy(self):
        if self.academy is None:
            from app.services import Academy

            self.academy = Academy(self.paths.root, lang=self.lang)
        return self.academy

    # profile choice ------------------------------------------------------------------------
    def choose_profile(self) -> str | None:
        from app.views.i18n import install_language
        from app.views.profiles import ProfileChooser
        from app.views.style import use_app_style

        use_app_style(self.app)
        while True:
            chooser = ProfileChooser(self.academy, self.colors)
            switched: list[str] = []

            def relaunch(lang: str, dialog=chooser, chosen=switched) -> None:
                chosen.append(lang)
                dialog.done(2)

            chooser.language_changed.connect(relaunch)
            result = chooser.exec()
            if switched:  # rebuild the chooser in the new language
                self.academy.set_language(switched[-1])
                install_language(self.academy.lang)
                self.apply_theme()
                continue
            return chooser.chosen if result else None

    # main window ---------------------------------------------------------------------------
    def start(self, profile_id, on_ready=None, place: dict | None = None) -> None:
        """Show the main window, then open a learner: ``profile_id``, or a callable that picks
        one from the facade (None: a scratch learner).

        Order, for start-up time: the window's frame is painted first; then the facade and
        pages are built and the content and database are loaded on the thread pool."""
        from app.views.main_window import MainWindow

        window = MainWindow(self.academy, self.colors)
        self.window = window
        window.switch_profile_requested.connect(self.switch_profile)
        window.settings_requested.connect(self.open_settings)
        window.rebuild_requested.connect(lambda: self.rebuild_window(self.window.place()))
        window.first_painted.connect(
            lambda: self._after_first_paint(window, profile_id, on_ready, place)
        )
        # a saved geometry, if any, replaces this once the learner is open
        if fit_to_screen(window) and not self.smoke:
            window.showMaximized()
        else:
            window.show()
        # After the profile chooser closes, nothing else makes this the active window where
        # no window manager does (a kiosk, a bare X session): its shortcuts, which act only
        # in the active window, would stay silent until a click.
        window.activateWindow()

    def _after_first_paint(self, window, profile_id, on_ready, place) -> None:
        from app.views.ops import run_op

        _mark("painted")
        start_logging()
        self.confirm_color_scheme(window)
        academy = self.ensure_academy()
        if window.academy is None:
            window.attach(academy)
        pid = profile_id(academy) if callable(profile_id) else profile_id
        built_lang = academy.lang

        def load(progress):
            academy.load_content(progress)  # counts files on a first load: the home page's bar
            if pid is None:
                return academy.open_scratch_learner()
            return academy.open_learner(pid)

        def done(report):
            from app.views.i18n import install_language

            _mark("ready")
            self.theme_choice = academy.setting("theme", "system")
            if self.smoke and report is not None and report.recovered:
                # A smoke run never waits on a dialog: say it on stderr instead.
                print(f"note: the progress file was repaired ({report.damaged})", file=sys.stderr)
                report = None
            window.on_ready(report)
            # The learner's own language or colours differ from what the window was built
            # with: rebuild it once, in place.
            if self.theme_choice != "system" or academy.lang != built_lang:
                install_language(academy.lang)
                self.apply_theme()
                self.rebuild_window(place or window.place())
            elif place:
                window.restore_place(place)
            if on_ready:
                on_ready(self.window)
            else:  # off the GUI thread: load the ORM, so the first write does not wait, and
                # build the search index if the content is new, so the first search does not
                run_op(
                    window, lambda _p: academy.warm_up(), name="warm-up",
                    failed=lambda e: _log().error("warm-up: %s", e),
                )  # fmt: skip

        def failed(exc):
            self.failed = exc
            self._report_open_failure(exc)
            if on_ready:
                on_ready(None)

        op = run_op(window, load, name="open the course and the learner", done=done, failed=failed)
        op.relay.progressed.connect(window.home.show_load_progress)

    def _report_open_failure(self, exc: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from app.services.errors import DatabaseTooNew, DatabaseUnavailable

        if self.smoke:
            print(f"error: {exc}", file=sys.stderr)
            return
        if isinstance(exc, DatabaseUnavailable):
            text = (
                QCoreApplication.translate(
                    "MainWindow",
                    "This profile's progress cannot be opened or saved right now (%1). "
                    "Nothing was changed. Check that the disk has free space and that the "
                    "folder can be written, then open the profile again.\n\nFile: %2",
                )
                .replace("%1", exc.reason)
                .replace("%2", str(exc.path))
            )
        elif isinstance(exc, DatabaseTooNew):
            text = QCoreApplication.translate(
                "MainWindow",
                "This profile's progress was saved by a newer version of "
                "客诉学堂 and cannot be opened by this one. Nothing was changed.\n\n"
                "File: %1",
            ).replace("%1", str(exc.path))
        else:
            text = (
                QCoreApplication.translate(
                    "MainWindow",
                    "The profile could not be opened: %1\n\nDetails are in the log folder: %2",
                )
                .replace("%1", str(exc))
                .replace("%2", str(self.academy.paths.logs))
            )
        QMessageBox.critical(self.window, APP_TITLE, text)
        self.switch_profile()

    def switch_profile(self) -> None:
        if self.window is not None:
            self.window.save_state()
            self.window.hide()
        self.academy.close_learner()
        pid = self.choose_profile()
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        if pid is None:
            self.app.quit()
            return
        self.start(pid)

    def confirm_color_scheme(self, window) -> None:
        """After the first paint: check the palette-based guess against the system's colour
        scheme, and from now on follow the system's light/dark switch live."""
        from app.views.theme import is_dark, system_prefers_dark

        if not self._watching_scheme:
            self.app.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
            self._watching_scheme = True
        wanted = system_prefers_dark()
        if self.theme_choice == "system" and wanted is not None and wanted != is_dark("system"):
            self.apply_theme(dark=wanted)
            window.recolor(self.colors)

    def _system_scheme_changed(self, _scheme) -> None:
        if self.theme_choice == "system" and self.window is not None and self.window.ready:
            self.apply_theme()
            self.rebuild_window(self.window.place())

    def apply_theme(self, dark: bool | None = None) -> None:
        from app.views.theme import apply_theme, system_prefers_dark

        choice = self.theme_choice
        if choice == "system":
            # Before the first paint the palette guess in theme.is_dark() decides; after it,
            # our own palette has replaced the platform's, so ask the system directly.
            if dark is None and self._watching_scheme:
                dark = system_prefers_dark()
            if dark is not None:
                choice = "dark" if dark else "light"
        self.colors = apply_theme(self.app, self.lang, choice)

    def open_settings(self) -> None:
        from app.views.i18n import install_language
        from app.views.settings import SettingsDialog

        dlg = SettingsDialog(self.academy, self.window, quiz_running=self.window.quiz_running)
        if not dlg.exec():
            return
        lang, theme = dlg.chosen()
        if lang == self.academy.lang and theme == self.theme_choice:
            return
        place = self.window.place()
        self.window.save_state()
        self.academy.set_setting("theme", theme)
        self.theme_choice = theme
        self.academy.set_language(lang)
        install_language(self.academy.lang)
        self.apply_theme()
        self.rebuild_window(place)

    def rebuild_window(self, place: dict) -> None:
        """Recreate the window in the new language/colours and put the learner back. A course
        not loaded yet (another script, a new pack) is loaded off the window's thread first."""
        if not self.academy.content_loaded:
            from PySide6.QtCore import QCoreApplication

            from app.views.ops import run_op

            academy = self.academy
            run_op(
                self.window, academy.load_content, name="load the course",
                label=QCoreApplication.translate("Gui", "Loading the course…"),
                done=lambda _bundle: self._rebuild(place),
            )  # fmt: skip
            return
        self._rebuild(place)

    def _rebuild(self, place: dict) -> None:
        from app.views.main_window import MainWindow

        old = self.window
        window = MainWindow(self.academy, self.colors)
        window.switch_profile_requested.connect(self.switch_profile)
        window.settings_requested.connect(self.open_settings)
        window.rebuild_requested.connect(lambda: self.rebuild_window(self.window.place()))
        self.window = window
        window.on_ready(None)
        window.setGeometry(old.geometry())
        window.show()
        window.activateWindow()  # keys go to the new window, not the one being replaced
        window.restore_place(place)
        old.hide()
        old.deleteLater()


def run_gui(paths, lang: str) -> int:
    from PySide6.QtCore import QLockFile

    from app import diagnostics

    gui = Gui(paths=paths, lang=lang)
    diagnostics.install_excepthook(paths.logs, _crash_dialog)
    lock = QLockFile(str(paths.root / "app.lock"))
    if not lock.tryLock(200):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            None,
            APP_TITLE,
            "客诉学堂已在运行（同一数据目录）。\n"
            "客诉学堂 is already running with this data folder.",
        )
        return 1
    academy = gui.ensure_academy()  # the chooser needs the profile list
    _explain_profile_recovery(academy.profiles.recovery_note)
    pid = gui.choose_profile()
    if pid is None:
        return 0
    gui.start(pid)
    code = gui.app.exec()
    academy.close_learner()
    lock.unlock()
    return code


def _explain_profile_recovery(note: str | None) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    texts = {
        "previous-copy": QCoreApplication.translate(
            "ProfileChooser",
            "The list of profiles was damaged; its previous copy was used. "
            "A profile created just before may be missing from the list; its progress "
            "folder is kept.",
        ),
        "rebuilt": QCoreApplication.translate(
            "ProfileChooser",
            "The list of profiles was damaged and has been rebuilt from the progress folders. "
            "Names were lost: please rename the profiles. No progress was lost.",
        ),
    }
    if note in texts:
        _log().warning("profile list recovered: %s", note)
        QMessageBox.warning(None, APP_TITLE, texts[note])


def _crash_dialog(path: Path, exc: BaseException) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        raise exc
    QMessageBox.critical(
        None,
        APP_TITLE,
        f"An unexpected error occurred: {exc}\n\n"
        f"A crash report was written to:\n{path}\n\n"
        f"发生意外错误，崩溃报告已保存到上述位置。请把该文件发给培训负责人。",
    )


def run_smoke(paths, lang: str) -> int:
    """Start the GUI, load content, open the DB, show the main window, exit 0 (else 1)."""
    gui = Gui(paths=paths, lang=lang, smoke=True)

    def pick(academy) -> str | None:
        # Without any profile, a throwaway learner: a smoke run never adds a real one.
        profiles = academy.profiles
        return profiles.last_profile_id or next((p.id for p in profiles.all()), None)

    result = {"code": 1}

    def finished(window):
        from PySide6.QtCore import QTimer

        if window is not None and gui.failed is None:
            gui.academy.warm_up()  # after the ready mark: prove the ORM store opens and reads
            gui.academy.study.lesson_states()
            _mark("steady")  # what a running app holds once the background loading is done
        ok = (
            window is not None
            and window.ready
            and gui.failed is None
            and window.isVisible()
            and window.home.outline.topLevelItemCount() > 0
        )
        result["code"] = 0 if ok and not result.get("timed_out") else 1
        if not ok and gui.failed is None:
            print("error: the main window did not become ready", file=sys.stderr)
        QTimer.singleShot(0, gui.app.quit)

    def fail(exc_type, exc, tb):  # in a smoke run an error ends the run; no dialog
        import traceback

        _log().error("smoke run failed", exc_info=(exc_type, exc, tb))
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        result["code"] = 1
        gui.app.exit(1)

    from PySide6.QtCore import QTimer

    sys.excepthook = fail
    watchdog = QTimer(singleShot=True, interval=SMOKE_TIMEOUT_MS)

    def too_late() -> None:  # whatever still runs (a dialog, a load) ends with exit 1
        result["timed_out"] = True
        result["code"] = 1
        print("error: not ready in time", file=sys.stderr)
        gui.app.exit(1)

    watchdog.timeout.connect(too_late)
    watchdog.start()
    gui.start(pick, on_ready=finished)
    gui.app.exec()
    if gui.window is not None:
        gui.window.close()
    if gui.academy is not None:
        gui.academy.close_learner()
    _mark("exit")
    return result["code"]
