"""The lesson editor: one lesson file (a layer lesson or a draft) as a form for its front
matter, its Markdown in a text editor with the file's line numbers, a preview drawn by the
reader's own renderer, the slides (``## `` sections) with their presenter notes, and the
problems ``content check`` would report.

One history for the whole file (Ctrl+Z / Ctrl+Shift+Z): form edits and the text's own steps
in the order they were made. A moment after the last change the checks run (the loader's
code on the unsaved text: app.studio.lesson_draft) and the preview is drawn again. Ctrl+S
writes the file atomically and warns, without refusing, while problems remain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.classroom.slides import lesson_slides
from app.common.document import DraftError
from app.common.frontmatter import YamlProblem, parse_yaml
from app.common.problems import Problem
from app.common.render import CALLOUT_TITLES, lesson_html
from app.studio.docx_import import SECTION_PLACEHOLDER
from app.studio.lesson_draft import (
    CALLOUT_KINDS,
    TABLE_SKELETON,
    LessonDraft,
    add_image,
    completions,
    lesson_context,
)
from app.views.plain import tip
from app.views.safe_text import SafeTextBrowser
from app.views.studio.editing import FileEditing, side_by_side
from app.views.studio.lesson_form import LessonForm
from app.views.studio.markdown_edit import MarkdownEdit, TextStep
from app.views.studio.problems import ProblemList, describe_problem
from app.views.studio.undo import push_edit
from app.views.theme import html_theme, mark, show_html

CHECK_DELAY_MS = 300  # checks and preview once typing pauses, not on every key
PREVIEW_PT = 12.5
LINE_ROLE = Qt.ItemDataRole.UserRole


def reader_labels() -> dict[str, str]:
    """The reader's words around a lesson (its translations), for a preview that looks the
    same."""
    t = QCoreApplication.translate
    return {
        "objectives_label": t("LessonReader", "Learning objectives"),
        "minutes_label": t("LessonReader", "about {n} min"),
        "key_terms_label": t("LessonReader", "Key terms"),
    }


class LessonEditor(FileEditing, QWidget):
    """Edits the lesson file at ``path`` (created on the first save if it does not exist).
    Raises DraftError if the file cannot be opened (``open_editor`` says why)."""

    saved = Signal(str)

    def __init__(self, academy, colors, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.path = Path(path)
        self.draft = LessonDraft.load(self.path)
        own_id = self.draft.front.get("id") if self.path.exists() else ""
        self.context = lesson_context(academy.content, self.path, academy.assets,
                                      own_id if isinstance(own_id, str) else "")  # fmt: skip
        self.problems: list[Problem] = []
        self.timings: list[float] = []  # seconds per check + preview (measured, see tests)
        self._setup_history()

        self.form = LessonForm(self.context.sections, list(self.context.lessons))
        self.form.edited.connect(self.edit)
        self.form.set_id_fixed(self.path.exists())
        self.form.sync(self.draft.front)

        self.text = MarkdownEdit()
        self.text.setAccessibleName(self.tr("Lesson text (Markdown)"))
        self.text.setPlainText(self.draft.body)
        self.text.set_first_line(self.draft.body_first_line)
        self.text.set_completions(lambda kind: completions(kind, self.context))
        doc = self.text.document()
        doc.undoCommandAdded.connect(
            lambda: self.undo_stack.push(TextStep(self.text, self.tr("Typing")))
        )
        doc.contentsChanged.connect(self._text_changed)
        self.text.undo_requested.connect(self.undo_stack.undo)
        self.text.redo_requested.connect(self.undo_stack.redo)

        self.preview = SafeTextBrowser(self.context.assets)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.document().setDocumentMargin(18)

        self.slides = mark(QListWidget(), "List")
        self.slides.setAccessibleName(self.tr("Slides"))
        self.slides.setWordWrap(True)
        self.slides.itemActivated.connect(self._slide_picked)
        self.slides.itemClicked.connect(self._slide_picked)
        self.slides.currentRowChanged.connect(self._show_notes)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Presenter notes"))
        self.notes.setPlaceholderText(
            self.tr("No presenter notes: write them after a line “???” in the section.")
        )
        self._slides: list = []
        slides_page = QWidget()
        sl = QVBoxLayout(slides_page)
        sl.setContentsMargins(0, 4, 0, 0)
        sl.addWidget(self.slides, 3)
        notes_label = QLabel(self.tr("Presenter &notes:"))
        notes_label.setBuddy(self.notes)
        sl.addWidget(notes_label)
        sl.addWidget(self.notes, 2)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Details"))
        self.tabs.addTab(slides_page, self.tr("Slides"))
        self.problem_list = ProblemList()
        self.problem_list.picked.connect(self.go_to_problem)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tabs)
        left.addWidget(self.problem_list)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)

        split = side_by_side((left, 3, 240), (self.text, 5, 300), (self.preview, 5, 260),
                             sizes=[320, 540, 500])  # fmt: skip
        self.split = split

        self.actions: dict[str, QPushButton] = {}
        for name, label, keys, slot in (
            ("bold", self.tr("Bold"), "Ctrl+B", self.bold),
            ("heading", self.tr("Section"), "Ctrl+H", self.heading),
            ("list", self.tr("List"), "Ctrl+Shift+U", self.bullet_list),
            ("table", self.tr("Table"), "Ctrl+Shift+T", self.table),
            ("callout", self.tr("Callout"), "Ctrl+Shift+C", self.callout),
            ("image", self.tr("Image…"), "Ctrl+Shift+I", self.choose_image),
            ("link", self.tr("Link"), "Ctrl+Shift+K", self.link),
        ):
            button = QPushButton(label)
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{label.rstrip('…')} ({shown})")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            QShortcut(QKeySequence(keys), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
            self.actions[name] = button
        self._lay_out(self._history_row(list(self.actions.values())), split)
        self._add_keys()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.check_now()
        self._show_title()
        if self.draft.front.get("section") in (SECTION_PLACEHOLDER, "", None):
            self.status.setText(self.tr("Choose the course section this lesson belongs to."))
            self.tabs.setCurrentIndex(0)
            QTimer.singleShot(0, self.form.section_combo.setFocus)

    @classmethod
    def open_editor(cls, academy, colors, path: Path, parent=None) -> LessonEditor | None:
        """The editor, or None after telling the author why the file cannot be edited."""
        try:
            return cls(academy, colors, path, parent)
        except DraftError as exc:
            title = QCoreApplication.translate("LessonEditor", "Cannot open the lesson")
            QMessageBox.warning(parent, title, str(exc))
            return None

    # edits -------------------------------------------------------------------------------
    def edit(self, path: tuple, value: Any, typing: bool = False) -> None:
        push_edit(self, path, value, typing)

    def changed(self) -> None:
        """A form edit (or its undo): the form at once, checks and preview once typing
        pauses; the text's line numbers follow the front matter's length."""
        self.form.sync(self.draft.front)
        self.text.set_first_line(self.draft.body_first_line)
        self._timer.start()
        self._show_title()

    def _text_changed(self) -> None:
        self.draft.data["body"] = self.text.toPlainText()
        self._timer.start()

    # checks, preview, slides ---------------------------------------------------------------
    def check_now(self) -> None:
        import time

        began = time.perf_counter()
        self._timer.stop()
        self.problems = self.draft.problems(self.context)
        lesson = self.draft.lesson(self.context.shown)
        self._show_problems()
        self._render(lesson)
        self._show_slides(lesson)
        self.timings.append(time.perf_counter() - began)

    def _front_lines(self) -> dict[int, str]:
        """Front-matter line → its top-level key (the field a problem there is about)."""
        try:
            parsed = parse_yaml(self.draft.front_text(), first_line=2)
        except YamlProblem:
            return {}
        return {line: str(key[0]) for key, line in parsed.key_lines.items()}

    def field_of(self, p: Problem) -> str | None:
        """The form field a problem is about, or None for one in the text."""
        if p.line >= self.draft.body_first_line:
            return None
        lines = self._front_lines()
        if p.line in lines:
            return lines[p.line]
        quoted = p.message.split("'")
        key = quoted[1].split(".")[0] if len(quoted) > 2 else ""
        return key if key in self.form.widgets else "id"

    def _show_problems(self) -> None:
        names = self.form.names()
        fields: dict[str, list[str]] = {}
        places: dict[int, str] = {}
        for i, p in enumerate(self.problems):
            key = self.field_of(p)
            if key is not None:
                fields.setdefault(key, []).append(describe_problem(p))
                places[i] = names.get(key, key)
        self.problem_list.show_problems(self.problems, places)
        self.form.mark(fields)

    def _render(self, lesson) -> None:
        bundle = self.academy.content
        title = self.context.sections.get(lesson.section)
        number = next((s.number for s in bundle.course.sections if s.id == lesson.section), None)
        label = ""
        if title:
            label = f"{title}" if number is None else (
                QCoreApplication.translate("LessonReader", "Section %1").replace(
                    "%1", str(number)) + f" · {title}")  # fmt: skip
        theme = html_theme(self.colors, self.academy.lang, PREVIEW_PT)
        bar = self.preview.verticalScrollBar()
        at = bar.value()
        page = lesson_html(lesson, theme, self.context.assets, section_label=label,
                           terms=bundle.glossary.values(), **reader_labels())  # fmt: skip
        show_html(self.preview, page, theme.base_pt)
        bar.setValue(at)

    def _show_slides(self, lesson) -> None:
        slides = lesson_slides(lesson)
        shown = [(s.title, s.notes) for s in slides]
        if shown == [(s.title, s.notes) for s in self._slides]:
            self._slides = slides
            return
        row = self.slides.currentRow()
        self._slides = slides
        self.slides.clear()
        lines = [None] + [s.line for s in lesson.sections]
        for i, s in enumerate(slides):
            label = s.title if i == 0 else f"{i}. {s.title}"
            mark_notes = "" if s.notes else "  " + self.tr("(no notes)")
            item = QListWidgetItem(f"{label}{mark_notes}")
            item.setToolTip(tip(s.notes or s.title))
            item.setData(LINE_ROLE, lines[i] if i < len(lines) else None)
            self.slides.addItem(item)
        if 0 <= row < self.slides.count():
            self.slides.setCurrentRow(row)

    def _show_notes(self, row: int) -> None:
        notes = self._slides[row].notes if 0 <= row < len(self._slides) else ""
        self.notes.setPlainText(notes)

    def _slide_picked(self, item: QListWidgetItem) -> None:
        """The section in the text (its heading at the top) and in the preview."""
        row = self.slides.row(item)
        line = item.data(LINE_ROLE)
        if line:
            self.text.go_to_line(line)
            self.preview.scrollToAnchor(f"sec-{row}")
        else:
            self.text.go_to_line(self.draft.body_first_line)
            self.preview.verticalScrollBar().setValue(0)
        self._show_notes(row)

    def go_to_problem(self, p: Problem) -> None:
        key = self.field_of(p)
        if key is None:
            self.text.go_to_line(p.line)
            self.text.setFocus()
        else:
            self.tabs.setCurrentIndex(0)
            widget = self.form.widgets[key]
            self.form.ensureWidgetVisible(widget)
            widget.setFocus()

    # toolbar -------------------------------------------------------------------------------
    def _edit_text(self, change) -> None:
        """One undoable step on the text at the cursor."""
        cursor = self.text.textCursor()
        cursor.beginEditBlock()
        change(cursor)
        cursor.endEditBlock()
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    def bold(self) -> None:
        def change(c: QTextCursor) -> None:
            selected = c.selectedText()
            c.insertText(f"**{selected}**")
            if not selected:
                c.movePosition(QTextCursor.MoveOperation.Left, n=2)

        self._edit_text(change)

    def _line_starts(self, c: QTextCursor) -> list[int]:
        doc = self.text.document()
        first = doc.findBlock(c.selectionStart()).blockNumber()
        last = doc.findBlock(c.selectionEnd()).blockNumber()
        return list(range(first, last + 1))

    def _prefix_lines(self, prefix: str) -> None:
        def change(c: QTextCursor) -> None:
            doc = self.text.document()
            for n in self._line_starts(c):
                block = doc.findBlockByNumber(n)
                if not block.text().startswith(prefix):
                    at = QTextCursor(block)
                    at.insertText(prefix)
            c.movePosition(QTextCursor.MoveOperation.EndOfBlock)

        self._edit_text(change)

    def heading(self) -> None:
        self._prefix_lines("## ")

    def bullet_list(self) -> None:
        self._prefix_lines("- ")

    def _insert_block(self, text: str, back: int = 0) -> None:
        """``text`` as a block of its own (blank lines around it) at the cursor."""

        def change(c: QTextCursor) -> None:
            c.clearSelection()
            before = c.block().text()[: c.positionInBlock()]
            c.insertText(("\n\n" if before.strip() else "\n" if before else "") + text + "\n")
            if back:
                c.movePosition(QTextCursor.MoveOperation.Left, n=back)

        self._edit_text(change)

    def table(self) -> None:
        self._insert_block(TABLE_SKELETON)

    def callout(self) -> None:
        selected = self.text.textCursor().selectedText().replace("\u2029", "\n")
        body = "\n".join(f"    {line}" for line in (selected or "").splitlines()) or "    "
        kind = CALLOUT_KINDS[0]
        title = CALLOUT_TITLES[kind]  # the course's language, as the reader titles it
        self._insert_block(f'!!! {kind} "{title}"\n{body}', 1 if not selected else 0)

    def link(self) -> None:
        def change(c: QTextCursor) -> None:
            selected = c.selectedText()
            c.insertText(f"[{selected}](lesson:)")
            c.movePosition(QTextCursor.MoveOperation.Left)

        self._edit_text(change)
        self.text.offer_completion()

    def choose_image(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.svg *.bmp *.webp)"),
        )  # fmt: skip
        if name:
            self.insert_image(Path(name))

    def insert_image(self, source: Path) -> None:
        """Copy the picture into the layer's images and ask for its description; the
        image is inserted when the author answers (an empty answer is a problem shown)."""
        try:
            target = add_image(source, self.context.assets)
        except (ValueError, OSError) as exc:
            self.status.setText(self.tr("Cannot add the image: %1").replace("%1", str(exc)))
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Describe the image"))
        dialog.setLabelText(
            self.tr("What does the image show? (Read aloud to learners who cannot see it.)")
        )
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.finished.connect(lambda _r: self._image_described(target, dialog.textValue()))
        self.alt_dialog = dialog
        dialog.open()

    def _image_described(self, target: str, alt: str) -> None:
        alt = alt.replace("]", "）").replace("[", "（").strip()
        self._insert_block(f"![{alt}]({target})")
        self.check_now()

    # save (app.views.studio.editing) -----------------------------------------------------
    def _after_save(self) -> None:
        self.form.set_id_fixed(True)
        if not self.context.own_id:
            own = self.draft.front.get("id")
            self.context.own_id = own if isinstance(own, str) else ""

    def problem_count(self) -> int:
        return len(self.problems)

    def title_text(self) -> str:
        """The lesson's title (its file name while it has none)."""
        name = self.draft.front.get("title")
        return name if isinstance(name, str) and name else self.path.name
