"""The File and Help menus' work: handouts, moving learners, course packs, the data folder.

Every action that reads or writes a file runs through ``run_op`` (off the window's thread,
with progress and a plain message on failure) and returns the ``Op``, so a caller (a test,
a script) can wait for it. A ``path`` argument skips the file dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal

from app.languages import font_language
from app.views.ops import Op, run_op
from app.views.page import WindowPart


class FileActions(WindowPart):
    course_installed = Signal()  # a pack was installed: the window rebuilds its pages

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text)

    def _save_path(self, title: str, name: str, filt: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / name), filt)
        return path or None

    def _open_path(self, title: str, filt: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, title, str(Path.home()), filt)
        return path or None

    # handouts -------------------------------------------------------------------------------
    def export_handout(self, lesson_id: str, path: str | None = None) -> Op | None:
        """The lesson's slides and notes as a PDF (asks where to save it when no path)."""
        from dataclasses import replace

        from app.common.html_theme import HtmlTheme
        from app.views.classroom.handout import export_handout
        from app.views.theme import installed_families

        lesson = self.academy.lesson(lesson_id)
        if lesson is None:
            return None
        title = self.tr("Export the handout")
        path = path or self._save_path(title, f"{lesson.title}.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return None
        lang = font_language(self.academy.lang)
        theme = replace(HtmlTheme(), font_families=tuple(installed_families(lang)), base_pt=11)
        notes_label, course = self.tr("Presenter notes"), self.tr("Complaint Academy")
        assets = self.academy.assets_of(lesson)  # a layer lesson: the layer's images
        return run_op(
            self.window,
            lambda _p: export_handout(lesson, Path(path), theme, assets,
                                      notes_label=notes_label, course=course),
            name="handout", label=self.tr("Writing the handout…"),
            done=lambda out: self._say(self.tr("Handout saved to %1").replace("%1", str(out))),
        )  # fmt: skip

    def handout_of_current_lesson(self) -> Op | None:
        """The handout of the lesson being read (or the one to continue, or the first)."""
        lesson_id = self.window.current_lesson_id()
        if not lesson_id:
            resume = self.academy.study.resume_point()
            lesson_id = resume.lesson_id if resume else self.academy.content.lesson_order()[0]
        return self.export_handout(lesson_id)

    # moving a learner ----------------------------------------------------------------------
    def export_learner(self, path: str | None = None) -> Op | None:
        name = self.academy.profile.name if self.academy.profile else "learner"
        path = path or self._save_path(
            self.tr("Export this learner"), f"{name}.academy-learner",
            self.tr("Learner files (*.academy-learner)"),
        )  # fmt: skip
        if not path:
            return None
        return run_op(
            self.window, lambda _p: self.academy.profiles.export_learner(Path(path)),
            name="export learner", label=self.tr("Exporting the learner…"),
            done=lambda out: self._say(
                self.tr("%1 saved to %2. Import it on the other PC with File → Import a learner.")
                .replace("%1", name).replace("%2", str(out))
            ),
        )  # fmt: skip

    def import_learner(self, path: str | None = None) -> Op | None:
        path = path or self._open_path(
            self.tr("Import a learner"), self.tr("Learner files (*.academy-learner)")
        )
        if not path:
            return None
        return run_op(
            self.window, lambda _p: self.academy.profiles.import_learner(Path(path)),
            name="import learner", label=self.tr("Importing the learner…"),
            done=self._imported,
        )  # fmt: skip

    def _imported(self, result) -> None:
        text = self.tr("%1 was added. Switch to them with File → Switch learner.").replace(
            "%1", result.profile.name
        )
        if result.left_out:
            text += " " + self.tr(
                "%n damaged record(s) in the file could not be read and were left out.", "",
                sum(result.left_out.values()),
            )  # fmt: skip
        self._say(text)

    # course packs ----------------------------------------------------------------------------
    def install_pack(self, path: str | None = None, confirm: bool = True) -> Op | None:
        """Check a course pack, say what it is, install it and show the new course."""
        from PySide6.QtWidgets import QMessageBox

        academy = self.academy
        title = self.tr("Install a course pack")
        path = path or self._open_path(title, self.tr("Course packs (*.zip *.pack)"))
        if not path:
            return None

        def install(_progress):
            return self.academy.install_pack(Path(path))

        def installed(report) -> None:
            m = report.manifest
            self._say(
                self.tr("Installed %1 %2: %3 added, %4 changed, %5 removed (archived).")
                .replace("%1", m.title).replace("%2", m.version)
                .replace("%3", str(len(report.added))).replace("%4", str(len(report.changed)))
                .replace("%5", str(len(report.removed)))
            )  # fmt: skip
            self.course_installed.emit()

        def checked(manifest) -> Op | None:
            if confirm:
                from app.views.plain import as_rich

                answer = QMessageBox.question(  # the pack's title and version: anybody's text
                    self.window, title,
                    as_rich(self.tr("Install “%1” (version %2)? The current course is kept in "
                                    "the archive, and learners keep their progress.")
                    .replace("%1", manifest.title).replace("%2", manifest.version)),
                )  # fmt: skip
                if answer != QMessageBox.StandardButton.Yes:
                    return None
            return run_op(
                self.window, install, name="install pack",
                label=self.tr("Installing the course pack…"), done=installed,
            )  # fmt: skip

        if not confirm:  # nothing to ask: install (which checks the pack itself) at once
            return run_op(
                self.window, install, name="install pack",
                label=self.tr("Installing the course pack…"), done=installed,
            )  # fmt: skip
        return run_op(
            self.window, lambda _p: academy.inspect_pack(path), name="check pack",
            label=self.tr("Checking the pack…"), done=checked,
        )  # fmt: skip

    # folders and about ---------------------------------------------------------------------
    def open_folder(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def about(self) -> None:
        """Version, course version, where the data is, and a button that opens it."""
        from PySide6.QtWidgets import QMessageBox

        from app import __version__
        from app.paths import portable_data_dir

        bundle = self.academy.content
        portable = portable_data_dir() is not None
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("About Complaint Academy"))
        box.setText(
            self.tr(
                "<h3>客诉学堂 · Complaint Handling Academy</h3>"
                "<p>Version %1 · course version %2</p><p>Data folder: %3</p>"
                "<p>Icons: Lucide (ISC licence).</p>"
            )
            .replace("%1", __version__)
            .replace("%2", _escape(bundle.course.version))
            .replace("%3", _escape(str(self.academy.paths.root)))
            + (
                self.tr("<p>Portable copy: the data stays beside the program.</p>")
                if portable
                else ""
            )
        )
        open_btn = box.addButton(self.tr("Open the data folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self.about_box = box
        box.exec()
        if box.clickedButton() is open_btn:
            self.open_folder(self.academy.paths.root)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
