"""The main window: a sidebar of pages, a warning banner, and the pages themselves."""

from __future__ import annotations

import base64

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
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.views.icons import icon
from app.views.theme import mark

PAGES = ("home", "lesson", "quiz", "cases", "roleplay", "knowledge", "progress")


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
        self._knowledge = None  # a KnowledgePage, likewise
        self._progress = None  # a ProgressPage, likewise
        self._desk = None  # the desk reference window, opened on request
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
        sl = QVBoxLayout(sidebar)
        sl.setContentsMargins(8, 14, 8, 12)
        sl.setSpacing(4)
        title = QLabel(self.tr("Complaint Academy"))
        title.setWordWrap(True)
        sl.addWidget(title)
        sl.addSpacing(12)
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
        settings_btn = self._side_button(
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

    def recolor(self, colors) -> None:
        """New colours for the frame (the pages are built with them by ``attach``)."""
        self.colors = colors
        mark(self.sidebar, "Sidebar")
        mark(self.loading, "Loading")

    def attach(self, academy) -> None:
        """Build the pages and menus that need the facade."""
        from app.views.banner import Banner
        from app.views.bridge import ChangeRelay
        from app.views.home import HomePage

        self.academy = academy
        self.relay = ChangeRelay(academy.events, self)
        self.relay.changed.connect(self._on_change)
        self.banner = Banner(self.colors)
        self.right.insertWidget(0, self.banner)
        self.home = HomePage(academy, self.colors)
        self.home.open_lesson.connect(self.open_lesson)
        self.stack.addWidget(self.home)
        self.stack.setCurrentWidget(self.home)
        self._build_menus()
        from PySide6.QtGui import QKeySequence

        for key, keys in (
            ("home", "Ctrl+1"),
            ("lesson", "Ctrl+2"),
            ("quiz", "Ctrl+3"),
            ("cases", "Ctrl+4"),
            ("roleplay", "Ctrl+5"),
            ("knowledge", "Ctrl+6"),
            ("progress", "Ctrl+7"),
        ):
            self.nav_buttons[key].setShortcut(QKeySequence(keys))

    @property
    def reader(self):
        if self._reader is None:
            from app.views.reader import LessonReader

            self._reader = LessonReader(self.academy, self.colors)
            self._reader.lesson_changed.connect(self._lesson_changed)
            self._reader.check_requested.connect(self.start_lesson_check)
            self._reader.teach_requested.connect(self.teach_lesson)
            self.stack.addWidget(self._reader)
            if self.ready:
                self._reader.refresh_outline()
        return self._reader

    def _side_button(self, icon_name: str, label: str, tip: str) -> QToolButton:
        b = QToolButton()
        b.setIcon(icon(icon_name, self.colors.sidebar_text))
        b.setIconSize(b.iconSize() * 1.5)
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
        self._action(
            file_menu, self.tr("Export the lesson &handout (PDF)…"), None, self._handout_current
        )
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Export this learner (to move to another PC)…"), None,
            self.export_learner,
        )  # fmt: skip
        self._action(file_menu, self.tr("&Import a learner…"), None, self.import_learner)
        self._action(file_menu, self.tr("Install a course &pack…"), None, self.install_pack)
        file_menu.addSeparator()
        from PySide6.QtGui import QKeySequence

        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view_menu = bar.addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Home"), None, lambda: self.show_page("home"))
        self._action(view_menu, self.tr("&Lessons"), None, lambda: self.show_page("lesson"))
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
            lambda: self._open_folder(self.academy.paths.root),
        )
        self._action(
            help_menu,
            self.tr("Open the &log folder"),
            None,
            lambda: self._open_folder(self.academy.paths.logs),
        )
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About 客诉学堂"), None, self._about)

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
        self.ready = True
        self.nav_buttons["lesson"].setEnabled(bool(self.academy.content.lessons))
        self.nav_buttons["quiz"].setEnabled(bool(self.academy.content.questions))
        self.nav_buttons["cases"].setEnabled(bool(self.academy.content.cases))
        self.nav_buttons["roleplay"].setEnabled(bool(self.academy.content.scenarios))
        self.nav_buttons["knowledge"].setEnabled(True)
        self.nav_buttons["progress"].setEnabled(True)
        self.profile_btn.setText(self.academy.profile.name if self.academy.profile else "")
        self.restore_geometry()
        self.home.refresh()
        if self._reader is not None:
            self._reader.refresh_outline()
        self.statusBar().clearMessage()
        if self.stack.currentWidget() is self.home:
            self.home.resume_btn.setFocus()  # Enter continues where the learner left off
        self._show_content_problems()
        if report is not None:
            self._show_open_report(report)

    def _show_content_problems(self) -> None:
        bundle = self.academy.content
        if not bundle.problems:
            return
        skipped = bundle.skipped_files
        if skipped:
            text = (
                self.tr("%1 content file(s) could not be read and were skipped: %2")
                .replace("%1", str(len(skipped)))
                .replace("%2", ", ".join(skipped))
            )
        else:
            text = self.tr(
                "Some course content has problems (%1). The rest works normally."
            ).replace("%1", str(len(bundle.problems)))
        self.banner.show_message(text, "\n".join(str(p) for p in bundle.problems))

    def _show_open_report(self, report) -> None:
        if not report.recovered:
            return
        if report.restored_from is not None:
            when = report.restored_from.taken_at.strftime("%Y-%m-%d %H:%M")
            text = (
                self.tr(
                    "Your progress file was damaged, so it was restored from the backup of "
                    "%1. Anything you did after that time is not in it; please check "
                    "your last lessons. The damaged file was kept at %2."
                )
                .replace("%1", when)
                .replace("%2", str(report.set_aside))
            )
        else:
            text = self.tr(
                "Your progress file was damaged and no backup could be used, so "
                "progress starts afresh. The damaged file was kept at %1."
            ).replace("%1", str(report.set_aside))
        self.banner.show_message(text, f"{report.damaged}")
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Progress restored"), text)

    @property
    def quiz(self):
        if self._quiz is None:
            from app.views.quiz import QuizPage

            self._quiz = QuizPage(self.academy, self.colors)
            self._quiz.open_lesson.connect(self.open_lesson)
            self._quiz.live_quiz_requested.connect(self.live_quiz)
            self.stack.addWidget(self._quiz)
        return self._quiz

    @property
    def cases(self):
        if self._cases is None:
            from app.views.cases import CasesPage

            self._cases = CasesPage(self.academy, self.colors)
            self._cases.open_lesson.connect(self.open_lesson)
            self._cases.discuss_requested.connect(self.discuss_case)
            self.stack.addWidget(self._cases)
        return self._cases

    @property
    def roleplay(self):
        if self._roleplay is None:
            from app.views.roleplay import RolePlayPage

            self._roleplay = RolePlayPage(self.academy, self.colors)
            self._roleplay.open_lesson.connect(self.open_lesson)
            self._roleplay.project_requested.connect(self.project_scenario)
            self.stack.addWidget(self._roleplay)
            self._roleplay.refresh()
        return self._roleplay

    @property
    def knowledge(self):
        if self._knowledge is None:
            from app.views.knowledge import KnowledgePage

            self._knowledge = KnowledgePage(self.academy, self.colors)
            self._knowledge.open_hit.connect(self.open_hit)
            self._knowledge.open_target.connect(self.open_target)
            self._knowledge.open_lesson.connect(self.open_lesson)
            self.stack.addWidget(self._knowledge)
        return self._knowledge

    @property
    def progress(self):
        if self._progress is None:
            from app.views.dashboard import ProgressPage

            self._progress = ProgressPage(self.academy, self.colors)
            self._progress.open_lesson.connect(self.open_lesson)
            self._progress.review_requested.connect(self._start_review)
            self.stack.addWidget(self._progress)
        return self._progress

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

    # classroom ------------------------------------------------------------------------------
    def _families(self) -> tuple[str, ...]:
        from app.views.theme import installed_families

        return tuple(installed_families("zh-TW" if self.academy.lang == "zh-TW" else "zh-CN"))

    def _open_classroom(self, show):
        from app.views.classroom.windows import Classroom

        if getattr(self, "classroom", None) is not None:
            self.classroom.close()
        self.classroom = Classroom(show, self.academy, self)
        show.ended.connect(lambda: setattr(self, "classroom", None))
        return self.classroom

    def teach_lesson(self, lesson_id: str):
        """Slides of the lesson on the projector, the presenter view on this screen."""
        from app.classroom.slides import lesson_slides
        from app.views.classroom.shows import DeckShow

        lesson = self.academy.lesson(lesson_id)
        if lesson is None:
            return None
        show = DeckShow(lesson.title, lesson_slides(lesson), self._families(), self.academy.assets)
        return self._open_classroom(show)

    def discuss_case(self, case_id: str):
        from app.classroom.slides import case_discussion_slides
        from app.views.classroom.shows import DeckShow

        case = self.academy.content.cases.get(case_id)
        if case is None:
            return None
        slides = case_discussion_slides(case)
        show = DeckShow(case.title, slides, self._families(), self.academy.assets)
        return self._open_classroom(show)

    def live_quiz(self, topic: str, count: int = 10, seconds: int = 30, seed: int | None = None):
        """A show-of-hands quiz on a course section: ``count`` questions drawn at random."""
        import random

        from app.classroom.live_quiz import hand_questions
        from app.views.classroom.shows import LiveQuizShow

        pool = hand_questions([q for q in self.academy.content.questions if q.topic == topic])
        if not pool:
            return None
        picked = random.Random(seed).sample(pool, min(count, len(pool)))
        show = LiveQuizShow(topic, picked, self._families(), self.academy.assets, seconds)
        return self._open_classroom(show)

    def project_scenario(self, scenario_id: str):
        """The role-play on the projector in large text; the trainer clicks the class's reply."""
        from app.views.classroom.roleplay import ScenarioProjector

        if getattr(self, "scenario_projector", None) is not None:
            self.scenario_projector.close()
        self.scenario_projector = ScenarioProjector(self.academy, self.colors, scenario_id, self)
        return self.scenario_projector

    def export_handout(self, lesson_id: str, path: str | None = None):
        """The lesson's slides and notes as a PDF (asks where to save it when no path)."""
        from dataclasses import replace

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from app.common.html_theme import HtmlTheme
        from app.views.classroom.handout import export_handout

        lesson = self.academy.lesson(lesson_id)
        if lesson is None:
            return None
        if not path:
            from pathlib import Path

            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the handout"),
                str(Path.home() / f"{lesson.title}.pdf"),
                self.tr("PDF (*.pdf)"),
            )
            if not path:
                return None
        theme = replace(HtmlTheme(), font_families=self._families(), base_pt=11)
        try:
            written = export_handout(
                lesson, path, theme, self.academy.assets,
                notes_label=self.tr("Presenter notes"), course=self.tr("Complaint Academy"),
            )  # fmt: skip
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export the handout"),
                self.tr("Could not write %1: %2").replace("%1", path).replace("%2", str(exc)),
            )
            return None
        self.statusBar().showMessage(self.tr("Handout saved to %1").replace("%1", str(written)))
        return written

    def export_learner(self, path: str | None = None):
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from app.progress.transfer import TransferError

        name = self.academy.profile.name if self.academy.profile else "learner"
        if not path:
            from pathlib import Path

            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export this learner"),
                str(Path.home() / f"{name}.academy-learner"),
                self.tr("Learner files (*.academy-learner)"),
            )  # fmt: skip
            if not path:
                return None
        try:
            out = self.academy.export_learner(path)
        except (TransferError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export this learner"), str(exc))
            return None
        self.statusBar().showMessage(
            self.tr("%1 saved to %2. Import it on the other PC with File → Import a learner.")
            .replace("%1", name)
            .replace("%2", str(out))
        )
        return out

    def import_learner(self, path: str | None = None):
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from app.progress.transfer import TransferError

        if not path:
            from pathlib import Path

            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a learner"), str(Path.home()),
                self.tr("Learner files (*.academy-learner)"),
            )  # fmt: skip
            if not path:
                return None
        try:
            profile = self.academy.import_learner(path)
        except (TransferError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Import a learner"), str(exc))
            return None
        self.statusBar().showMessage(
            self.tr("%1 was added. Switch to them with File → Switch learner.").replace(
                "%1", profile.name
            )
        )
        return profile

    def install_pack(self, path: str | None = None, confirm: bool = True):
        """Check a course pack, say what it is, install it and show the new course."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from app.course.packs import PackRefused, inspect_pack

        title = self.tr("Install a course pack")
        if not path:
            from pathlib import Path

            path, _ = QFileDialog.getOpenFileName(
                self, title, str(Path.home()), self.tr("Course packs (*.zip)")
            )
            if not path:
                return None
        try:
            manifest = inspect_pack(path)
            if confirm:
                answer = QMessageBox.question(
                    self, title,
                    self.tr("Install “%1” (version %2)? The current course is kept in the "
                            "archive, and learners keep their progress.")
                    .replace("%1", manifest.title).replace("%2", manifest.version),
                )  # fmt: skip
                if answer != QMessageBox.StandardButton.Yes:
                    return None
            report = self.academy.install_pack(path)
        except (PackRefused, OSError) as exc:
            QMessageBox.warning(self, title, str(exc))
            return None
        self.statusBar().showMessage(
            self.tr("Installed %1 %2: %3 added, %4 changed, %5 removed (archived).")
            .replace("%1", manifest.title).replace("%2", manifest.version)
            .replace("%3", str(len(report.added))).replace("%4", str(len(report.changed)))
            .replace("%5", str(len(report.removed)))
        )  # fmt: skip
        self.rebuild_requested.emit()
        return report

    def _handout_current(self) -> None:
        """The handout of the lesson being read (or the one to continue, or the first)."""
        lesson_id = self._reader.lesson_id if self._reader is not None else None
        if not lesson_id:
            resume = self.academy.resume_point()
            lesson_id = resume.lesson_id if resume else self.academy.content.lesson_order()[0]
        self.export_handout(lesson_id)

    def start_lesson_check(self, lesson_id: str) -> None:
        self.show_page("quiz")
        self.quiz.start("lesson", lesson_id=lesson_id)

    def show_page(self, key: str) -> None:
        if (
            key in ("lesson", "quiz", "cases", "roleplay", "knowledge", "progress")
            and not self.ready
        ):
            return
        if (
            self._reader is not None
            and self.stack.currentWidget() is self._reader
            and key != "lesson"
        ):
            self._reader.leave()
        if self._cases is not None and self.stack.currentWidget() is self._cases:
            self._cases.note_box.save()
        if key == "home":
            if self.ready:
                self.home.refresh()
            self.stack.setCurrentWidget(self.home)
            self.home.resume_btn.setFocus()
        elif key == "lesson":
            if self.reader.lesson_id is None:
                resume = self.academy.resume_point()
                lid = resume.lesson_id if resume else self.academy.next_lesson_to_study()
                if lid:
                    self.reader.open_lesson(lid, scroll=resume.scroll if resume else 0.0)
            else:
                self.reader.clock.start(self.reader.lesson_id)
            self.stack.setCurrentWidget(self.reader)
        elif key == "quiz":
            if self.stack.currentWidget() is not self._quiz or self.quiz.session is None:
                self.quiz.refresh()
            self.stack.setCurrentWidget(self.quiz)
        elif key == "cases":
            if self._cases is None:
                self.cases.refresh()
            self.stack.setCurrentWidget(self.cases)
        elif key == "knowledge":
            self.stack.setCurrentWidget(self.knowledge)
        elif key == "progress":
            self.stack.setCurrentWidget(self.progress)
            self.progress.refresh()
        elif key == "roleplay":
            if self.stack.currentWidget() is not self.roleplay and self.roleplay.run is None:
                self.roleplay.refresh()
            self.stack.setCurrentWidget(self.roleplay)
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

    def _on_change(self, change) -> None:
        if not self.ready:
            return
        if change.kind == "lesson-progress":
            if self._reader is not None:
                self._reader.refresh_outline()
            if self.stack.currentWidget() is self.home:
                self.home.refresh()

    def place(self) -> dict:
        if self._roleplay is not None and self.stack.currentWidget() is self._roleplay:
            return {"page": "roleplay", **self._roleplay.place()}
        if self._reader is None:
            return {"page": "home"}
        page = "lesson" if self.stack.currentWidget() is self._reader else "home"
        return {"page": page, **self._reader.place()}

    def restore_place(self, place: dict) -> None:
        # By section rather than by scroll fraction: after a change of script or colours the
        # page is laid out anew and fractions no longer point at the same text.
        if place.get("page") == "lesson" and place.get("lesson"):
            self.open_lesson(place["lesson"], section=place.get("section") or 1)
        elif place.get("page") == "roleplay" and self.ready:
            self.show_page("roleplay")
            self.roleplay.restore_place(place)
        else:
            self.show_page("home")

    # window state -------------------------------------------------------------------------
    def restore_geometry(self) -> None:
        saved = self.academy.setting("window_geometry")
        if saved:
            from PySide6.QtCore import QByteArray

            self.restoreGeometry(QByteArray(base64.b64decode(saved)))

    def save_state(self) -> None:
        if self.academy.store is None:
            return
        if self._reader is not None:
            self._reader.leave()
        if self._cases is not None:
            self._cases.note_box.save()
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

    def _open_folder(self, path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _about(self) -> None:
        """Version, course version, where the data is, and a button that opens it."""
        from PySide6.QtWidgets import QMessageBox

        from app.paths import portable_data_dir

        bundle = self.academy.content
        portable = portable_data_dir() is not None
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About 客诉学堂"))
        box.setText(
            self.tr(
                "<h3>客诉学堂 · Complaint Handling Academy</h3>"
                "<p>Version %1 · course version %2</p><p>Data folder: %3</p>"
                "<p>Icons: Lucide (ISC licence).</p>"
            )
            .replace("%1", __version__)
            .replace("%2", bundle.course.version)
            .replace("%3", str(self.academy.paths.root))
            + (
                self.tr("<p>Portable copy: the data stays beside the program.</p>")
                if portable
                else ""
            )
        )
        open_btn = box.addButton(self.tr("Open the data folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self._about_box = box
        box.exec()
        if box.clickedButton() is open_btn:
            self._open_folder(self.academy.paths.root)
