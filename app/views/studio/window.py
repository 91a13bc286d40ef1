"""The course studio: the trainer's window onto the organisation layer.

On the left, every file of the layer by kind (lessons, drafts from Word, cases, question
files, role-plays, glossary / phrases / synonyms) with the number of problems ``content
check`` finds in each; on the right, the editor of the file picked (app/views/studio/*);
below, the layer's problems (double-click opens the file). The toolbar makes new items,
imports a Word document or a table of questions, and publishes the layer as a pack for every
installed copy. One window per app: ``open_studio`` raises the open one.

Only the trainer opens it (the facade refuses every write otherwise). What is saved here
reaches the main window when the studio closes: the course is rebuilt with the layer then,
not under the trainer's hands at every save.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.views.ops import describe, run_op
from app.views.theme import mark

_OPEN: StudioWindow | None = None
PATH_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def open_studio(academy, colors, course_changed: Callable[[], None], parent=None) -> StudioWindow:
    """The studio window, made or raised. ``course_changed`` is called when it closes after
    something was saved, so the main window shows the course with the layer."""
    global _OPEN
    if _OPEN is None:
        _OPEN = StudioWindow(academy, colors, course_changed)
        if parent is not None:
            _OPEN.resize(parent.size())
    _OPEN.show()
    _OPEN.raise_()
    _OPEN.activateWindow()
    return _OPEN


class StudioWindow(QMainWindow):
    def __init__(self, academy, colors, course_changed: Callable[[], None]) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.academy = academy
        self.colors = colors
        self._course_changed = course_changed
        self.changed = False  # something was saved: the main window rebuilds on close
        self.editor: QWidget | None = None
        self._reading = 0  # refreshes asked for; only the last one's result is shown
        self.setWindowTitle(self.tr("Course studio"))

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("The organisation's files"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.stack = QStackedWidget()
        self.empty = mark(QLabel(), "Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.stack.addWidget(self.empty)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems in the organisation's files"))
        self.problems.itemActivated.connect(self._problem_activated)
        self.problems_title = QLabel()
        bold = self.problems_title.font()
        bold.setBold(True)
        self.problems_title.setFont(bold)

        self.lower = lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(8, 4, 8, 4)
        low.addWidget(self.problems_title)
        low.addWidget(self.problems)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.stack)
        right.addWidget(lower)
        right.setStretchFactor(0, 5)
        right.setStretchFactor(1, 1)
        right.setSizes([620, 130])  # the editor first; the problems a few lines below
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(1, 4)
        split.setSizes([260, 1000])
        self.setCentralWidget(split)
        self._build_toolbar()
        self.refresh()

    # the toolbar -----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Studio"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("new", self.tr("&New…"), QKeySequence.StandardKey.New, self.new_item),
            ("docx", self.tr("Import a &Word document…"), "Ctrl+Shift+W", self.import_docx),
            ("questions", self.tr("Import &questions…"), "Ctrl+Shift+Q", self.import_questions),
            ("paste", self.tr("P&aste questions from a spreadsheet"), "Ctrl+Shift+V",
             self.paste_questions),
            ("publish", self.tr("&Publish for all installed copies…"), "Ctrl+Shift+P",
             self.publish),
        ):  # fmt: skip
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            keys_text = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys_text})")
            bar.addAction(act)
            self.actions_by_name[name] = act
        self.version_label = mark(QLabel(), "Muted")
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy())  # fmt: skip
        bar.addWidget(spacer)
        bar.addWidget(self.version_label)

    # the list of files ---------------------------------------------------------------------
    def kind_names(self) -> dict[str, str]:
        return {
            "lesson": self.tr("Lessons"), "draft": self.tr("Drafts (from Word)"),
            "case": self.tr("Cases"), "questions": self.tr("Question files"),
            "scenario": self.tr("Role-plays"),
            "reference": self.tr("Glossary, phrases, synonyms"),
        }  # fmt: skip

    def refresh(self) -> None:
        """Read the layer's files and problems again (after a save, an import…), off the
        window's thread: the course is loaded again with the layer, which takes a moment."""
        self.problems_title.setText(self.tr("Checking the organisation's files…"))
        studio = self.academy.studio
        self._reading += 1
        asked = self._reading

        def done(state) -> None:
            if asked == self._reading:  # an older reading that ends late shows nothing
                self.show_state(state)

        run_op(self, lambda _p: (studio.items(), studio.problems(), studio.version()),
               done=done, failed=self._unreadable, name="read the layer")  # fmt: skip

    def _unreadable(self, exc: BaseException) -> None:
        self.problems_title.setText(self.tr("Could not read the layer: %1").replace(
            "%1", describe(exc)))  # fmt: skip

    def show_state(self, state) -> None:
        items, problems, version = state
        current = self.editor.path if self.editor is not None else None
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for kind, name in self.kind_names().items():
            group = QTreeWidgetItem([name])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            groups[kind] = group
        for item in items:
            if item.kind == "reference" and not item.path.exists():
                continue
            label = item.title if item.title == item.id else f"{item.title}  ({item.id})"
            if item.problems:  # first: a long title is cut at the end
                label = "⚠ " + label
            node = QTreeWidgetItem([label])
            node.setData(0, PATH_ROLE, str(item.path))
            node.setData(0, KIND_ROLE, item.kind)
            node.setToolTip(0, "\n".join(
                [str(item.path)] + ([self.tr("%n problem(s)", "", item.problems)]
                                    if item.problems else [])))  # fmt: skip
            groups[item.kind].addChild(node)
            if current is not None and Path(current) == item.path:
                self.tree.setCurrentItem(node)
        for group in groups.values():
            group.setText(0, f"{group.text(0)} · {group.childCount()}")
            group.setExpanded(True)
        self.problems.clear()
        for p in problems:
            entry = QListWidgetItem(f"{p.file}:{p.line}: {p.message}")
            entry.setData(PATH_ROLE, p.file)
            entry.setData(KIND_ROLE, p.line)
            self.problems.addItem(entry)
        self.problems.setVisible(bool(problems))  # the title says there are none
        self.lower.setMaximumHeight(16_777_215 if problems else
                                    self.problems_title.sizeHint().height() + 12)  # fmt: skip
        self.problems_title.setText(
            self.tr("No problems: the layer can be published.") if not problems
            else self.tr("%n problem(s): fix them before publishing.", "", len(problems))
        )  # fmt: skip
        self.version_label.setText(
            self.tr("Layer %1, version %2").replace("%1", version[0]).replace("%2", version[1])
            if version else self.tr("No layer yet")
        )  # fmt: skip
        if self.editor is None:
            self.empty.setText(self.tr(
                "Your organisation's own lessons, cases, questions and role-plays live here, "
                "over the bundled course.\n\nPick a file on the left, or start with New… "
                "(Ctrl+N), Import a Word document… or Import questions…. When there are no "
                "problems, Publish makes one pack that every installed copy installs with "
                "File → Install a course pack."))  # fmt: skip

    def _activated(self, node: QTreeWidgetItem, _column: int = 0) -> None:
        path = node.data(0, PATH_ROLE)
        if path:
            self.open_file(Path(path), node.data(0, KIND_ROLE))

    def _problem_activated(self, entry: QListWidgetItem) -> None:
        shown = entry.data(PATH_ROLE)
        folder = self.academy.studio.folder
        path = folder.parent / shown
        kind = _kind_of(path, folder)
        if kind is not None:
            self.open_file(path, kind)

    # editors -------------------------------------------------------------------------------
    def open_file(self, path: Path, kind: str) -> QWidget | None:
        """Show ``path`` in its editor (asking first if the open one has unsaved changes)."""
        if self.editor is not None and Path(self.editor.path) == Path(path):
            return self.editor
        if not self._may_leave():
            return None
        editor = _editor_for(kind, self.academy, self.colors, Path(path), self)
        if editor is None:
            return None
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
        self.editor = editor
        editor.saved.connect(self._saved)
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        editor.setFocus()
        return editor

    def _may_leave(self) -> bool:
        """No editor, a saved one, or the trainer chose to save or discard its changes."""
        editor = self.editor
        stack = getattr(editor, "undo_stack", None)
        if editor is None or stack is None or stack.isClean():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to %1?").replace("%1", Path(editor.path).name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Save:
            return bool(editor.save())
        return answer == QMessageBox.StandardButton.Discard

    def _saved(self, _path: str) -> None:
        self.changed = True
        self.academy.studio.saved(Path(_path))
        self.refresh()

    # making and bringing in ------------------------------------------------------------------
    def new_item(self) -> Path | None:
        dialog = NewItemDialog(self.academy, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.make_item(*dialog.values())

    def make_item(self, kind: str, item_id: str, section: str | None) -> Path | None:
        """A new file from the scaffold (it passes ``content check`` as it is), opened."""
        try:
            path = self.academy.studio.new_item(kind, item_id, section)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot make it"), str(exc))
            return None
        self.changed = True
        self.refresh()
        self.open_file(path, {"question": "questions"}.get(kind, kind))
        return path

    def import_docx(self, path: str | None = None):
        path = path or QFileDialog.getOpenFileName(
            self, self.tr("Import a Word document"), str(Path.home()),
            self.tr("Word documents (*.docx)"))[0]  # fmt: skip
        if not path:
            return None

        def done(draft) -> None:
            self.changed = True
            self.refresh()
            self.open_file(draft.draft, "draft")
            notes = [str(p) for p in draft.problems] + list(draft.messages)
            if notes:
                self.statusBar().showMessage(self.tr("Imported as a draft; to check: %1")
                                             .replace("%1", "; ".join(notes[:3])))  # fmt: skip
            else:
                self.statusBar().showMessage(self.tr("Imported as a draft lesson."))

        return run_op(self, lambda _p: self.academy.studio.import_docx(Path(path)),
                      done=done, failed=self._failed, name="import a Word document",
                      label=self.tr("Importing %1…").replace("%1", Path(path).name))  # fmt: skip

    def paste_questions(self, text: str | None = None):
        """Rows copied in Excel or WPS (with the header row) become a quiz file."""
        from PySide6.QtWidgets import QApplication

        text = text if text is not None else QApplication.clipboard().text()
        return run_op(self, lambda _p: self.academy.studio.paste_questions(text),
                      done=self._questions_imported, failed=self._failed,
                      name="paste questions",
                      label=self.tr("Reading the pasted rows…"))  # fmt: skip

    def import_questions(self, path: str | None = None):
        path = path or QFileDialog.getOpenFileName(
            self, self.tr("Import questions"), str(Path.home()),
            self.tr("Questions (*.csv *.tsv *.txt *.gift *.xml)"))[0]  # fmt: skip
        if not path:
            return None

        def done(report) -> None:
            self.changed = True
            self.refresh()
            if report.file is not None:
                self.open_file(report.file, "questions")
            text = self.tr("%n question(s) imported.", "", len(report.ids))
            if report.problems:
                text += " " + self.tr("Left out: %1").replace(
                    "%1", "; ".join(f"{p.file}:{p.line}: {p.message}" for p in report.problems[:3])
                )
            self.statusBar().showMessage(text)

        return run_op(self, lambda _p: self.academy.studio.import_questions(Path(path)),
                      done=done, failed=self._failed, name="import questions",
                      label=self.tr("Importing %1…").replace("%1", Path(path).name))  # fmt: skip

    def _questions_imported(self, report) -> None:
        self.changed = True
        self.refresh()
        if report.file is not None:
            self.open_file(report.file, "questions")
        text = self.tr("%n question(s) imported.", "", len(report.ids))
        if report.problems:
            text += " " + self.tr("Left out: %1").replace(
                "%1", "; ".join(f"{p.file}:{p.line}: {p.message}" for p in report.problems[:3]))
        self.statusBar().showMessage(text)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not imported"), describe(exc))

    # publishing ------------------------------------------------------------------------------
    def publish(self) -> None:
        if not self._may_leave():
            return
        problems = self.academy.studio.problems()
        if problems:
            QMessageBox.warning(self, self.tr("Not ready to publish"), self.tr(
                "The layer has %n problem(s). They are listed below the editor; fix them, "
                "then publish.", "", len(problems)))  # fmt: skip
            return
        dialog = PublishDialog(self.academy, self)
        dialog.exec()
        if dialog.published is not None:
            self.refresh()  # layer.yaml now records the version published

    def closeEvent(self, event) -> None:
        global _OPEN
        if not self._may_leave():
            event.ignore()
            return
        super().closeEvent(event)
        if _OPEN is self:
            _OPEN = None
        if self.changed:
            with contextlib.suppress(RuntimeError):  # the window that opened it was rebuilt
                self._course_changed()


def _kind_of(path: Path, layer: Path) -> str | None:
    rel = path.relative_to(layer).as_posix() if path.is_relative_to(layer) else ""
    for prefix, kind in (("drafts/lessons/", "draft"), ("lessons/", "lesson"),
                         ("cases/", "case"), ("quizzes/", "questions"),
                         ("scenarios/", "scenario")):  # fmt: skip
        if rel.startswith(prefix):
            return kind
    return "reference" if rel in ("glossary.yaml", "phrases.yaml", "synonyms.yaml") else None


def _editor_for(kind: str, academy, colors, path: Path, parent) -> QWidget | None:
    if kind in ("lesson", "draft"):
        from app.views.studio.lesson_editor import LessonEditor as Editor
    elif kind == "case":
        from app.views.studio.case_editor import CaseEditor as Editor
    elif kind == "scenario":
        from app.views.studio.scenario_editor import ScenarioEditor as Editor
    elif kind == "questions":
        from app.views.studio.question_editor import QuestionEditor as Editor
    else:
        from app.views.studio.reference_tables import ReferenceTableEditor as Editor
    return Editor.open_editor(academy, colors, path, parent)


class NewItemDialog(QDialog):
    """Kind, id and section of a new item (the id rules are the scaffold's: it says why)."""

    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New"))
        self.kind = QComboBox()
        for kind, text in (("lesson", self.tr("Lesson")), ("case", self.tr("Case")),
                           ("question", self.tr("Question file")),
                           ("scenario", self.tr("Role-play"))):  # fmt: skip
            self.kind.addItem(text, kind)
        self.item_id = QLineEdit()
        self.item_id.setPlaceholderText(self.tr("lowercase letters, digits and -, e.g. card-fees"))
        hint = self.item_id.fontMetrics().horizontalAdvance(self.item_id.placeholderText())
        self.item_id.setMinimumWidth(hint + 24)  # the example stays readable
        self.section = QComboBox()
        for s in academy.content.course.sections:
            self.section.addItem(f"{s.number}. {s.title}", s.id)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Id:"), self.item_id)
        form.addRow(self.tr("&Section:"), self.section)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.item_id.setFocus()

    def values(self) -> tuple[str, str, str | None]:
        return self.kind.currentData(), self.item_id.text().strip(), self.section.currentData()


class PublishDialog(QDialog):
    """Version, change note and where to write the pack; then the pack is built (checked
    first: nothing invalid is published) and the trainer told how copies install it."""

    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        from app.course.layer_pack import next_version

        self.academy = academy
        self.setWindowTitle(self.tr("Publish for all installed copies"))
        layer_id, current = academy.studio.version() or ("organisation", "1.0")
        self.version = QLineEdit(next_version(current))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What changed, for the people who install it"))
        self.note.setTabChangesFocus(True)
        self.out = QLineEdit(str(Path.home() / f"{layer_id}-{self.version.text()}.pack"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout(self)
        form.addRow(self.tr("Current version:"), QLabel(current))
        form.addRow(self.tr("&New version:"), self.version)
        form.addRow(self.tr("&Change note:"), self.note)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAutoDefault(False)  # Enter publishes, wherever the focus is
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.out, 1)
        where.addWidget(choose)
        label = QLabel(self.tr("&Save the pack as:"))
        label.setBuddy(self.out)  # the mnemonic needs a widget; the row is a layout
        form.addRow(label, where)
        form.addRow(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = self.buttons.addButton(
            self.tr("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.publish_button.setDefault(True)  # Enter in the version or the path publishes
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.publish_button.click)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.published = None
        self.resize(560, self.sizeHint().height())
        self.note.setFocus()  # the version is filled in already: what changed is not

    def _choose(self) -> None:
        title, kinds = self.tr("Save the pack as"), self.tr("Packs (*.pack)")
        path, _ = QFileDialog.getSaveFileName(self, title, self.out.text(), kinds)
        if path:
            self.out.setText(path if path.endswith(".pack") else path + ".pack")

    def run(self) -> None:
        note = self.note.toPlainText().strip() or None

        def done(published) -> None:
            self.published = published
            m = published.manifest
            self.result_label.setText(self.tr(
                "Published %1 version %2 as %3. Every installed copy installs it with "
                "File → Install a course pack; learners keep their progress on unchanged "
                "items.").replace("%1", m.title).replace("%2", m.version)
                .replace("%3", str(published.path)))  # fmt: skip
            self.publish_button.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

        def failed(exc: BaseException) -> None:
            self.result_label.setText(self.tr("Not published: %1").replace("%1", describe(exc)))
            self.publish_button.setEnabled(True)

        self.publish_button.setEnabled(False)
        self.result_label.setText(self.tr("Checking and building the pack…"))
        run_op(self, lambda _p: self.academy.studio.publish(
            Path(self.out.text()), self.version.text().strip() or None, note),
            done=done, failed=failed, name="publish the layer")  # fmt: skip
