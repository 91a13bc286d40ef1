"""The main window: a sidebar of pages, the menus, a warning banner, and the pages themselves.

It holds navigation only. File work lives in ``file_actions``, classroom shows in
``classroom/launch``; change notices are handed to every page built so far, and each page
decides for itself whether to refresh (``page.ChangeAware``).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator

# Only what the first paint needs is imported here. PySide6 creates every nested Python enum
# of a class when the class is first imported (QMessageBox and QUrl have dozens), so classes
# used after the first paint are imported where they are used.
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.views.icons import icon
from app.views.theme import mark

PAGES = ("home", "lesson", "quiz", "cases", "roleplay", "knowledge", "progress", "writing")


class MainWindow(QMainWindow):
    switch_profile_requested = Signal()
    settings_requested = Signal()
    rebuild_requested = Signal()  # the course changed (a pack was installed)
    first_painted = Signal()

    def __init__(self, academy, colors, parent=None) -> None:
        """With ``academy`` None only the frame is built (sidebar, a loading page): start-up
        paints that first and calls ``attach`` right after, so the window appears sooner."""
        super().__init__(parent)
        self.academy = None
        self.colors = colors
        self.ready = False
        self._painted = False
        self._reader = None  # a LessonReader, built on first use: keeps start-up lean
        self._quiz = None  # a QuizPage, likewise
        self._cases = None  # a CasesPage, likewise
        self._roleplay = None  # a RolePlayPage, likewise
        self._writing = None  # a WritingPage, likewise
        self._knowledge = None  # a KnowledgePage, likewise
        self._progress = None  # a ProgressPage, likewise
        self._desk = None  # the desk reference window, opened on request
        self.files = None  # FileActions, once the facade is attached
        self.teaching = None  # Teaching (classroom shows), likewise
        self.setWindowTitle(self.tr("Complaint Academy"))
        self.setMinimumSize(760, 520)
        self._build_frame()
        if academy is not None:
            self.attach(academy)

    # building -----------------------------------------------------------------------------
    def _build_frame(self) -> None:
        sidebar = self.sidebar = QFrame()
        mark(sidebar, "Sidebar")
        sidebar.setFixedWidth(104)
        outer = QVBoxLayout(sidebar)
        outer.setContentsMargins(8, 12, 8, 8)
        outer.setSpacing(6)
        title = QLabel(self.tr("Complaint Academy"))
        title.setWordWrap(True)
        outer.addWidget(title)
        # The buttons never shrink below their size (a squeezed button clips its label):
        # on a screen too short for all of them the column scrolls instead.
        column = QWidget()
        column.setObjectName("SidebarColumn")
        sl = QVBoxLayout(column)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(1)
        sl.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.sidebar_scroll = QScrollArea()
        self.sidebar_scroll.setObjectName("SidebarScroll")
        self.sidebar_scroll.setWidget(column)
        self.sidebar_scroll.setWidgetResizable(True)
        self.sidebar_scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.sidebar_scroll, 1)
        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        self.nav_buttons: dict[str, QToolButton] = {}
        for i, (key, icon_name, label, keys) in enumerate(
            (
                ("home", "house", self.tr("Home"), "Ctrl+1"),
                ("lesson", "book-open", self.tr("Lessons"), "Ctrl+2"),
                ("quiz", "clipboard-list", self.tr("Quizzes"), "Ctrl+3"),
                ("cases", "lightbulb", self.tr("Cases"), "Ctrl+4"),
                ("roleplay", "message-square-quote", self.tr("Role-play"), "Ctrl+5"),
                ("knowledge", "search", self.tr("Knowledge"), "Ctrl+6"),
                ("progress", "circle-check-big", self.tr("Progress"), "Ctrl+7"),
                ("writing", "pencil", self.tr("Writing"), "Ctrl+8"),
            )
        ):
            b = self._side_button(icon_name, label, f"{label} ({keys})")
            b.setCheckable(True)
            self.nav.addButton(b, i)
            self.nav_buttons[key] = b
            sl.addWidget(b)
            b.clicked.connect(lambda _=False, k=key: self.show_page(k))
        sl.addStretch(1)
        self.profile_btn = self._side_button(
            "users-round", "", self.tr("Switch learner (Ctrl+Shift+P)")
        )
        self.profile_btn.clicked.connect(self.switch_profile_requested)
        settings_btn = self.settings_btn = self._side_button(
            "settings", self.tr("Settings"), self.tr("Settings (Ctrl+,)")
        )
        settings_btn.clicked.connect(self.settings_requested)
        sl.addWidget(self.profile_btn)
        sl.addWidget(settings_btn)

        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Loading the course…"))
        mark(self.loading, "Loading")
        self.stack.addWidget(self.loading)
        self.right = QVBoxLayout()
        self.right.setContentsMargins(10, 8, 10, 0)
        self.right.setSpacing(6)
        self.right.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(sidebar)
        row.addLayout(self.right, 1)
        self.setCentralWidget(central)
        self.nav_buttons["home"].setChecked(True)
        self.nav_buttons["lesson"].setEnabled(False)
        self.nav_buttons["quiz"].setEnabled(False)
        self.nav_buttons["cases"].setEnabled(False)
        self.nav_buttons["roleplay"].setEnabled(False)
        self.nav_buttons["knowledge"].setEnabled(False)
        self.nav_buttons["progress"].setEnabled(False)
        self.nav_buttons["writing"].setEnabled(False)

    def recolor(self, colors) -> None:
        """New colours for the frame (the pages are built with them by ``attach``)."""
        self.colors = colors
        mark(self.sidebar, "Sidebar")
        mark(self.loading, "Loading")

    def attach(self, academy) -> None:
        """Build the pages and menus that need the facade."""
        from PySide6.QtCore import Qt

        from app.views.banner import Banner
        from app.views.bridge import ChangeRelay
        from app.views.classroom.launch import Teaching
        from app.views.file_actions import FileActions
        from app.views.home import HomePage

        # no scroll bars: on a very short screen the column scrolls by wheel, and Tab
        # scrolls the focused button into view
        self.sidebar_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.academy = academy
        self.files = FileActions(self)
        self.files.course_installed.connect(self.rebuild_requested)
        self.teaching = Teaching(self)
        self.relay = ChangeRelay(academy.bus, self)
        self.relay.changed.connect(self.on_changes)
        self.banner = Banner(self.colors)
        self.right.insertWidget(0, self.banner)
        self.home = HomePage(academy, self.colors)
        self.home.open_lesson.connect(self.open_lesson)
        self.stack.addWidget(self.home)
        self.stack.setCurrentWidget(self.home)
        self._build_menus()

    @property
    def reader(self):
        if self._reader is None:
            from app.views.reader import LessonReader

            self._reader = LessonReader(self.academy, self.colors)
            self._reader.lesson_changed.connect(self._lesson_changed)
            self._reader.check_requested.connect(self.start_lesson_check)
            self._reader.teach_requested.connect(self.teaching.teach_lesson)
            self._add_page(self._reader)
        return self._reader

    def _side_button(self, icon_name: str, label: str, tip: str) -> QToolButton:
        b = QToolButton()
        b.setIcon(icon(icon_name, self.colors.sidebar_text))
        b.setIconSize(b.iconSize() * 1.25)
        b.setText(label)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.setSizePolicy(
            b.sizePolicy().horizontalPolicy().Expanding, b.sizePolicy().verticalPolicy()
        )
        return b

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu,
            self.tr("Switch &learner…"),
            "Ctrl+Shift+P",
            self.switch_profile_requested.emit,
        )
        self._action(file_menu, self.tr("&Settings…"), "Ctrl+,", self.settings_requested.emit)
        files = self.files
        self._action(
            file_menu, self.tr("Export the lesson &handout (PDF)…"), None,
            lambda: files.handout_of_current_lesson(),
        )  # fmt: skip
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Export this learner (to move to another PC)…"), None,
            lambda: files.export_learner(),
        )  # fmt: skip
        self._action(file_menu, self.tr("&Import a learner…"), None, lambda: files.import_learner())
        self._action(
            file_menu, self.tr("Install a course &pack…"), None, lambda: files.install_pack()
        )
        self._action(file_menu, self.tr("Course &studio…"), "Ctrl+Shift+E", self.open_studio)
        file_menu.addSeparator()
        from PySide6.QtGui import QKeySequence

        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view_menu = bar.addMenu(self.tr("&View"))
        # every page, with the keys that reach it (the sidebar's tooltips say them too)
        for n, (key, label) in enumerate((
            ("home", self.tr("&Home")), ("lesson", self.tr("&Lessons")),
            ("quiz", self.tr("&Quizzes")), ("cases", self.tr("&Cases")),
            ("roleplay", self.tr("&Role-play")), ("knowledge", self.tr("&Knowledge base")),
            ("progress", self.tr("&Progress")), ("writing", self.tr("&Written practice")),
        ), start=1):  # fmt: skip
            self._action(view_menu, label, f"Ctrl+{n}", lambda _=False, k=key: self.show_page(k))
        view_menu.addSeparator()
        self._action(view_menu, self.tr("&Search…"), "Ctrl+K", self.open_search)
        self._action(
            view_menu, self.tr("&Desk reference (stays on top)"), "Ctrl+Shift+D", self.open_desk
        )
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Larger text"), None, lambda: self.reader.zoom_in())
        self._action(view_menu, self.tr("Smaller text"), None, lambda: self.reader.zoom_out())
        self._action(view_menu, self.tr("Reset text size"), None, lambda: self.reader.zoom_reset())
        self._action(view_menu, self.tr("&Full screen"), "F11", self._toggle_fullscreen)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("Open the &data folder"),
            None,
            lambda: files.open_folder(self.academy.paths.root),
        )
        self._action(
            help_menu,
            self.tr("Open the &log folder"),
            None,
            lambda: files.open_folder(self.academy.paths.logs),
        )
        self._action(help_menu, self.tr("&Keyboard shortcuts"), "Ctrl+/", self.show_shortcuts)
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Complaint Academy"), None, files.about)

    def open_studio(self):
        """The trainer's course studio (app/views/studio/window.py); anyone else is told who
        may edit the organisation's course."""
        from PySide6.QtWidgets import QMessageBox

        if not self.academy.profiles.is_trainer():
            QMessageBox.information(self, self.tr("Course studio"), self.tr(
                "Only the trainer edits the organisation's own lessons, cases, questions and "
                "role-plays. A profile with a PIN becomes the trainer in File → Switch learner "
                "→ Make trainer."))  # fmt: skip
            return None
        from app.views.studio.window import open_studio

        return open_studio(self.academy, self.colors, self.rebuild_requested.emit, self)

    def show_shortcuts(self):
        """Help → Keyboard shortcuts; returns the dialog (open, not modal)."""
        from app.views.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.show()
        return dialog

    def _action(self, menu, text, shortcut, slot):
        from PySide6.QtGui import QAction, QKeySequence

        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    # life cycle ---------------------------------------------------------------------------
    def paintEvent(self, e) -> None:
        super().paintEvent(e)
        if not self._painted:
            QTimer.singleShot(0, self._emit_painted)

    def _emit_painted(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def on_ready(self, report) -> None:
        """Content is loaded and the learner's database is open: fill the pages."""
        from PySide6.QtWidgets import QApplication

        from app.views.style import use_app_style

        use_app_style(QApplication.instance())
        self.ready = True
        self.nav_buttons["lesson"].setEnabled(bool(self.academy.content.lessons))
        self.nav_buttons["quiz"].setEnabled(bool(self.academy.content.questions))
        self.nav_buttons["cases"].setEnabled(bool(self.academy.content.cases))
        self.nav_buttons["roleplay"].setEnabled(bool(self.academy.content.scenarios))
        self.nav_buttons["knowledge"].setEnabled(True)
        self.nav_buttons["progress"].setEnabled(True)
        self.nav_buttons["writing"].setEnabled(bool(self.academy.content.writing))
        self.profile_btn.setText(self.academy.profile.name if self.academy.profile else "")
        self.restore_geometry()
        for page in self.pages():
            page.refresh()
        self.statusBar().clearMessage()
        if self.stack.currentWidget() is self.home:
            self.home.resume_btn.setFocus()  # Enter continues where the learner left off
        self.banner.show_content_problems(self.academy.content)
        self._start_sync_timer()
        if report is not None and self.banner.show_open_report(report):
            from PySide6.QtWidgets import QMessageBox

            from app.views.plain import as_rich

            QMessageBox.warning(
                self, self.tr("Progress restored"), as_rich(self.banner.text.text())
            )

    @property
    def quiz(self):
        if self._quiz is None:
            from app.views.quiz import QuizPage

            self._quiz = QuizPage(self.academy, self.colors)
            self._quiz.open_lesson.connect(self.open_lesson)
            self._quiz.live_quiz_requested.connect(self.teaching.live_quiz)
            self._add_page(self._quiz)
        return self._quiz

    @property
    def cases(self):
        if self._cases is None:
            from app.views.cases import CasesPage

            self._cases = CasesPage(self.academy, self.colors)
            self._cases.open_lesson.connect(self.open_lesson)
            self._cases.discuss_requested.connect(self.teaching.discuss_case)
            self._add_page(self._cases)
        return self._cases

    @property
    def roleplay(self):
        if self._roleplay is None:
            from app.views.roleplay import RolePlayPage

            self._roleplay = RolePlayPage(self.academy, self.colors)
            self._roleplay.open_lesson.connect(self.open_lesson)
            self._roleplay.project_requested.connect(self.teaching.project_scenario)
            self._add_page(self._roleplay)
        return self._roleplay

    @property
    def writing(self):
        if self._writing is None:
            from app.views.writing import WritingPage

            self._writing = WritingPage(self.academy, self.colors)
            self._writing.open_lesson.connect(self.open_lesson)
            self._add_page(self._writing)
        return self._writing

    @property
    def knowledge(self):
        if self._knowledge is None:
            from app.views.knowledge import KnowledgePage

            self._knowledge = KnowledgePage(self.academy, self.colors)
            self._knowledge.open_hit.connect(self.open_hit)
            self._knowledge.open_target.connect(self.open_target)
            self._knowledge.open_lesson.connect(self.open_lesson)
            self._add_page(self._knowledge)
        return self._knowledge

    @property
    def progress(self):
        if self._progress is None:
            from app.views.dashboard import ProgressPage

            self._progress = ProgressPage(self.academy, self.colors)
            self._progress.open_lesson.connect(self.open_lesson)
            self._progress.review_requested.connect(self._start_review)
            self._add_page(self._progress)
        return self._progress

    def _add_page(self, page) -> None:
        """A page built on first use starts with what is there now."""
        self.stack.addWidget(page)
        if self.ready:
            page.refresh()

    def pages(self) -> Iterator:
        """Every page built so far."""
        for page in (self.home, self._reader, self._quiz, self._cases, self._roleplay,
                     self._writing, self._knowledge, self._progress):  # fmt: skip
            if page is not None:
                yield page

    def current_lesson_id(self) -> str | None:
        return self._reader.lesson_id if self._reader is not None else None

    def _start_review(self) -> None:
        self.show_page("quiz")
        self.quiz.start("review")

    def open_search(self) -> None:
        if self.ready:
            self.show_page("knowledge")
            self.knowledge.focus_search()

    def open_desk(self) -> None:
        """The desk reference window (one per main window), raised if already open."""
        if not self.ready:
            return
        if self._desk is None:
            from app.views.desk import DeskWindow

            self._desk = DeskWindow(self.academy, self.colors, self)
            self._desk.open_hit.connect(self.open_hit)
        self._desk.show()
        self._desk.raise_()
        self._desk.activateWindow()

    def _start_sync_timer(self) -> None:
        """With an LRS configured, records go on their own: soon after start, then every
        ten minutes, off the window's thread; a failure waits for the next round."""
        if getattr(self, "_sync_timer", None) is not None or not self.academy.sync.configured:
            return
        from PySide6.QtCore import QTimer

        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(10 * 60 * 1000)
        self._sync_timer.timeout.connect(self._sync_in_background)
        self._sync_timer.start()
        QTimer.singleShot(15_000, self._sync_in_background)

    def _sync_in_background(self) -> None:
        if not (self.academy.learner_open and self.academy.sync.configured):
            return
        from app.views.ops import run_op

        def work(_progress):
            try:
                return self.academy.sync.send_now()
            except ValueError:  # another run is going on, or the file went away
                return None

        run_op(self, work, name="sync in the background")

    def open_hit(self, hit, terms: list) -> None:
        """Go to a search hit and mark the words searched for."""
        if hit.kind == "term":
            self.show_page("knowledge")
            self.knowledge.show_term(hit.ref)
            return
        target = hit.target
        if hit.kind == "phrase":  # a phrase opens the lesson that teaches its principle
            from app.views.knowledge import find_phrase

            phrase = find_phrase(self.academy.content, hit.ref)
            target, terms = (phrase.lesson if phrase else ""), []
        elif hit.kind == "question":
            terms = []
        elif hit.kind == "scenario":  # shown in the role-play list, ready to start
            self.show_page("roleplay")
            self.roleplay.select(hit.ref)
            return
        elif hit.kind == "checklist":  # the desk reference, on that checklist
            self.open_desk()
            self._desk.show_checklist(hit.ref)
            return
        if target and not target.startswith(("phrase:", "question:", "term:")):
            self.open_target(target, terms)

    def open_target(self, target: str, terms: list | None = None) -> None:
        """``lesson-id#N`` or ``case:ID#N``: show that section (and mark ``terms``)."""
        ref, _, section = target.partition("#")
        n = int(section) if section.isdigit() else 1
        if ref.startswith("case:"):
            self.show_page("cases")
            self.cases.show_case(ref[len("case:") :], section=n, terms=terms or [])
        else:
            self.open_lesson(ref, section=n)
            if terms:
                self.reader.highlight(terms, n)
        self.raise_()
        self.activateWindow()

    def start_lesson_check(self, lesson_id: str) -> None:
        self.show_page("quiz")
        self.quiz.start("lesson", lesson_id=lesson_id)

    def show_page(self, key: str) -> None:
        """Navigation only: leave the current page, show the new one. Pages refresh from
        change notices (``on_changes``), not here."""
        if key != "home" and not self.ready:
            return
        current = self.stack.currentWidget()
        target = self.home if key == "home" else getattr(self, key if key != "lesson" else "reader")
        if current is not target and hasattr(current, "leave"):
            current.leave()
        if key == "lesson" and self.reader.lesson_id is None:
            resume = self.academy.study.resume_point()
            lid = resume.lesson_id if resume else self.academy.study.next_lesson()
            if lid:
                self.reader.open_lesson(lid, scroll=resume.scroll if resume else 0.0)
        self.stack.setCurrentWidget(target)
        if key == "home":
            self.home.resume_btn.setFocus()
        self.nav_buttons[key].setChecked(True)

    def open_lesson(self, lesson_id: str, section: int = 0, scroll: float = -1.0) -> None:
        self.stack.setCurrentWidget(self.reader)
        self.nav_buttons["lesson"].setChecked(True)
        self.reader.open_lesson(
            lesson_id, section=section or None, scroll=None if scroll < 0 else scroll
        )

    def _lesson_changed(self, lesson_id: str) -> None:
        lesson = self.academy.lesson(lesson_id)
        app_title = self.tr("Complaint Academy")
        self.setWindowTitle(f"{lesson.title} — {app_title}" if lesson else app_title)

    def on_changes(self, changes, initiator) -> None:
        """Hand a change notice to every page built so far; each decides for itself."""
        if not self.ready or changes.content:
            return  # a new course (pack, script) rebuilds the whole window: see Gui.rebuild_window
        if changes.profiles or changes.learner:
            self.profile_btn.setText(self.academy.profile.name if self.academy.profile else "")
        for page in self.pages():
            page.on_changes(changes, initiator)

    PAGE_KEYS = ("lesson", "quiz", "cases", "roleplay", "knowledge", "progress", "writing")

    def current_page(self) -> str:
        """The key of the page on show ("home" while loading)."""
        current = self.stack.currentWidget()
        for key in self.PAGE_KEYS:
            built = getattr(self, "_reader" if key == "lesson" else f"_{key}", None)
            if built is not None and built is current:
                return key
        return "home"

    @property
    def quiz_running(self) -> bool:
        """A quiz or exam is under way: rebuilding the window would lose its unsaved
        answers, so Settings keeps the language and colours until it ends."""
        session = getattr(self._quiz, "session", None) if self._quiz is not None else None
        return session is not None and not session.finished

    def place(self) -> dict:
        """Where the learner is, to come back to after the window is rebuilt (language,
        colours, a new course): the page, and the lesson section, case or role-play run."""
        page = self.current_page()
        out: dict = {"page": page}
        if page == "roleplay":
            out.update(self._roleplay.place())
        elif self._reader is not None:
            out.update(self._reader.place())
        if page == "cases" and self._cases.case_id:
            out["case"] = self._cases.case_id
        return out

    def restore_place(self, place: dict) -> None:
        # By section rather than by scroll fraction: after a change of script or colours the
        # page is laid out anew and fractions no longer point at the same text.
        page = place.get("page")
        if page == "lesson" and place.get("lesson"):
            self.open_lesson(place["lesson"], section=place.get("section") or 1)
        elif page == "roleplay" and self.ready:
            self.show_page("roleplay")
            self.roleplay.restore_place(place)
        elif page in self.PAGE_KEYS and self.ready:
            self.show_page(page)
            if page == "cases" and place.get("case") in self.academy.content.cases:
                self.cases.show_case(place["case"])
        else:
            self.show_page("home")

    # window state -------------------------------------------------------------------------
    def restore_geometry(self) -> None:
        saved = self.academy.setting("window_geometry")
        if saved:
            from PySide6.QtCore import QByteArray

            self.restoreGeometry(QByteArray(base64.b64decode(saved)))

    def save_state(self) -> None:
        if not self.academy.learner_open:
            return
        current = self.stack.currentWidget()
        if hasattr(current, "leave"):
            current.leave()
        geometry = base64.b64encode(bytes(self.saveGeometry())).decode("ascii")
        self.academy.set_setting("window_geometry", geometry)

    def closeEvent(self, event) -> None:
        try:
            self.save_state()
        except Exception:  # never block closing; the error is in the log
            import logging

            logging.getLogger(__name__).exception("could not save window state")
        super().closeEvent(event)

    def _toggle_fullscreen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
