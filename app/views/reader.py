"""The lesson reader: outline, page, table of contents; remembers place and time spent.

Keys (while the reader has focus): Alt+←/→ previous/next lesson, Ctrl+M mark as learned,
Ctrl+L check this lesson, Ctrl+D bookmark the section (Ctrl+Z undoes a removal), F5 teach,
Ctrl+=/−/0 text size. The page is one stop in the Tab order (a lesson links dozens of glossary
terms); inside it Alt+↓/Alt+↑ step through its links and Enter opens one (a term's definition
pops up beside it, Esc closes it).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCursor, QIcon, QKeySequence, QShortcut, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.common.render import AnswerBlocks, lesson_html
from app.views.elided import ElidedLabel
from app.views.highlight import section_anchors
from app.views.icons import icon
from app.views.outline import OutlineTree
from app.views.page import ChangeAware
from app.views.plain import tip
from app.views.safe_text import SafeTextBrowser
from app.views.theme import html_theme, mark, show_html
from app.views.toast import Toast

ZOOM_STEPS = (70, 80, 90, 100, 110, 125, 140, 160, 180, 200)
BASE_PT = 12.5
IDLE_SECONDS = 120  # reading time stops counting after two minutes without input
FLUSH_SECONDS = 60  # and is saved at least every minute, so a crash loses little


class StudyClock(QObject):
    """Counts active reading time for one lesson and hands it to ``save`` in slices."""

    def __init__(self, save, parent=None) -> None:
        super().__init__(parent)
        self._save = save
        self.lesson_id: str | None = None
        self.last_term: str | None = None
        self._started: datetime | None = None
        self._last_input = datetime.now()
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_SECONDS * 1000)
        self._timer.timeout.connect(self.flush)

    def note_input(self) -> None:
        now = datetime.now()
        if self.lesson_id and self._started is None:
            self._started = now
        self._last_input = now

    def start(self, lesson_id: str) -> None:
        self.stop()
        self.lesson_id = lesson_id
        self._started = datetime.now()
        self._last_input = self._started
        self._timer.start()

    def pause(self) -> None:
        self.flush()
        self._started = None

    def stop(self) -> None:
        self.flush()
        self.lesson_id = None
        self._started = None
        self._timer.stop()

    def flush(self) -> None:
        if not self.lesson_id or self._started is None:
            return
        now = datetime.now()
        idle_cutoff = (now - self._last_input).total_seconds() > IDLE_SECONDS
        end = self._last_input if idle_cutoff else now
        seconds = int((end - self._started).total_seconds())
        if seconds > 0:
            self._save(self.lesson_id, seconds, self._started)
        self._started = None if idle_cutoff else now


class LessonReader(ChangeAware, QWidget):
    """Shows one lesson. Emits ``lesson_changed`` so the window can update its title."""

    lesson_changed = Signal(str)
    check_requested = Signal(str)  # a lesson id: the learner wants its 5–10 question check
    teach_requested = Signal(str)  # a lesson id: a trainer wants to present it to a class

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.lesson_id: str | None = None
        self.revealed: set[int] = set()  # self-check answer blocks the learner has opened
        self.zoom = int(academy.setting("reader_zoom", 100) or 100)
        self._anchors: list[int] = []
        self.clock = StudyClock(self._save_study_time, self)
        self._save_timer = QTimer(self, singleShot=True, interval=1500)
        self._save_timer.timeout.connect(self.save_position)
        self._build()

    # layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        c = self.colors
        self.outline = OutlineTree(c)
        self.outline.lesson_activated.connect(self.open_lesson)
        self.outline.setMinimumWidth(200)

        self.prev_btn = self._tool(
            "chevron-left", self.tr("Previous lesson (Alt+Left)"), self.go_previous
        )
        self.next_btn = self._tool(
            "chevron-right", self.tr("Next lesson (Alt+Right)"), self.go_next
        )
        # One line, elided: the full title is in its tooltip and at the top of the page.
        # the page itself opens with the whole title: a stub of two characters helps nobody
        self.title = mark(ElidedLabel(min_shown=5), "PageTitle")
        self.zoom_out_btn = self._tool("zoom-out", self.tr("Smaller text (Ctrl+−)"), self.zoom_out)
        self.zoom_label = QLabel()
        mark(self.zoom_label, "Muted")
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_btn = self._tool("zoom-in", self.tr("Larger text (Ctrl++)"), self.zoom_in)
        self.learned_btn = QPushButton()
        mark(self.learned_btn, "Primary")
        self.learned_btn.setCheckable(True)
        self.learned_btn.clicked.connect(self.toggle_learned)

        bar = QHBoxLayout()
        bar.addWidget(self.prev_btn)
        bar.addWidget(self.next_btn)
        bar.addSpacing(8)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.zoom_out_btn)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_btn)
        self.check_btn = QPushButton(self.tr("Check this lesson"))
        self.check_btn.setToolTip(self.tr("5–10 questions on this lesson, with feedback (Ctrl+L)"))
        self.check_btn.clicked.connect(
            lambda: self.lesson_id and self.check_requested.emit(self.lesson_id)
        )
        self.bookmark_btn = self._tool(
            "bookmark", self.tr("Bookmark this section (Ctrl+D)"), self.toggle_bookmark
        )
        self.bookmark_btn.setCheckable(True)
        marked = QIcon()  # bookmarked: filled, in the accent colour
        marked.addPixmap(icon("bookmark", c.text).pixmap(64), QIcon.Mode.Normal, QIcon.State.Off)
        marked.addPixmap(
            icon("bookmark-filled", c.accent).pixmap(64), QIcon.Mode.Normal, QIcon.State.On
        )
        self.bookmark_btn.setIcon(marked)
        self.bookmark_btn.toggled.connect(self._bookmark_state_shown)
        bar.addWidget(self.bookmark_btn)
        self.teach_btn = QPushButton(self.tr("Teach (F5)"))
        self.teach_btn.setToolTip(
            self.tr("Present this lesson: slides on the projector, notes on this screen")
        )
        self.teach_btn.clicked.connect(
            lambda: self.lesson_id and self.teach_requested.emit(self.lesson_id)
        )
        bar.addSpacing(8)
        bar.addWidget(self.teach_btn)
        bar.addWidget(self.check_btn)
        bar.addWidget(self.learned_btn)
        bar.addSpacing(10)

        self.page = SafeTextBrowser(self.academy.assets)
        self.page.setOpenLinks(False)
        # A word wider than its table column (ISO terms in English) may break rather than
        # push the page sideways.
        self.page.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.setAccessibleName(self.tr("Lesson text"))
        self.page.setAccessibleDescription(self.link_keys_hint())
        self.page.anchorClicked.connect(self._link_clicked)
        self.page.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.page.viewport().installEventFilter(self)
        self.page.installEventFilter(self)  # Tab leaves the page; Alt+↓/↑ step through links
        self._link_hint_shown = False
        self.page.document().setDocumentMargin(28)
        # Layout finishes after setHtml returns; the current section is only known then.
        self.page.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self._sync_toc()
        )

        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(bar)
        cl.addWidget(self.page, 1)
        self.toast = Toast(centre, c)
        self._undo_bookmark = None  # the place of a bookmark just removed here

        self.toc = mark(QListWidget(), "List")
        self.toc.setAccessibleName(self.tr("Sections of this lesson"))
        self.toc.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toc.itemActivated.connect(self._toc_activated)
        self.toc.itemClicked.connect(self._toc_activated)
        toc_box = QWidget()
        tl = QVBoxLayout(toc_box)
        tl.setContentsMargins(0, 0, 0, 0)
        toc_title = QLabel(self.tr("In this lesson"))
        mark(toc_title, "Muted")
        tl.addWidget(toc_title)
        tl.addWidget(self.toc, 3)
        from app.views.notes import NoteBox

        self.note_box = NoteBox(self.academy)
        tl.addWidget(self.note_box, 2)
        toc_box.setMinimumWidth(170)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(toc_box)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 800, 240])
        self.splitter.setChildrenCollapsible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter)

        shortcuts = [
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.zoom_reset),
            (QKeySequence("Alt+Left"), self.go_previous),
            (QKeySequence("Alt+Right"), self.go_next),
            (QKeySequence("Ctrl+PgUp"), self.go_previous),
            (QKeySequence("Ctrl+PgDown"), self.go_next),
            (QKeySequence("Ctrl+M"), self.learned_btn.click),
            (QKeySequence("Ctrl+L"), self.check_btn.click),
            (QKeySequence("Ctrl+D"), self.toggle_bookmark),
            (QKeySequence("Ctrl+Z"), self.toast.trigger),  # the note box keeps its own Ctrl+Z
            (QKeySequence("Alt+Down"), lambda: self.step_link(True)),
            (QKeySequence("Alt+Up"), lambda: self.step_link(False)),
            (QKeySequence("F5"), self.teach_btn.click),
        ]
        for seq, slot in shortcuts:
            QShortcut(seq, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_zoom_label()
        self.setTabOrder(self.outline, self.prev_btn)

    def _tool(self, icon_name: str, tip: str, slot) -> QToolButton:
        b = QToolButton()
        b.setIcon(icon(icon_name, self.colors.text))
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.setAutoRaise(True)
        b.clicked.connect(slot)
        return b

    # lessons ------------------------------------------------------------------------------
    def affected_by(self, changes, initiator) -> bool:
        return changes.touches("lessons", "notes")

    def refresh(self) -> None:
        """Ticks in the outline, the learned button, this section's bookmark and note."""
        self.refresh_outline()
        if self.lesson_id:
            self._update_learned()
            self._shown_place = None
            self._section_shown(self.current_section())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.lesson_id and self.clock.lesson_id is None:
            self.clock.start(self.lesson_id)  # back from another page: the clock runs again

    def refresh_outline(self) -> None:
        self.outline.populate(self.academy.content, self.academy.study.lesson_states())
        if self.lesson_id:
            self.outline.select_lesson(self.lesson_id)

    def open_lesson(
        self, lesson_id: str, section: int | None = None, scroll: float | None = None
    ) -> bool:
        lesson = self.academy.lesson(lesson_id)
        if lesson is None:
            return False
        if self.lesson_id and self.lesson_id != lesson_id:
            self.save_position()
        state = self.academy.study.open_lesson(lesson_id)
        if lesson_id != self.lesson_id:
            self.revealed = set()  # a lesson's self-check answers start hidden
        self.lesson_id = lesson_id
        self.clock.start(lesson_id)
        self._render()
        if scroll is None and section is None:
            section, scroll = state.last_section, state.scroll
        QTimer.singleShot(0, lambda: self._restore(section, scroll))
        self.outline.select_lesson(lesson_id)
        self.lesson_changed.emit(lesson_id)
        return True

    def _render(self) -> None:
        lesson = self.academy.lesson(self.lesson_id)
        bundle = self.academy.content
        section = bundle.section_of(lesson.id)
        label = (
            self.tr("Section %1").replace("%1", str(section.number)) + f" · {section.title}"
            if section
            else ""
        )
        theme = html_theme(self.colors, self.academy.lang, BASE_PT * self.zoom / 100)
        self.page.assets = self.academy.assets_of(lesson)  # a layer lesson: the layer's images
        show_html(
            self.page,
            lesson_html(
                lesson,
                theme,
                self.page.assets,
                section_label=label,
                objectives_label=self.tr("Learning objectives"),
                minutes_label=self.tr("about {n} min"),
                key_terms_label=self.tr("Key terms"),
                terms=bundle.glossary.values(),
                answers=AnswerBlocks(
                    frozenset(self.revealed), self.tr("Show the answers (try first)")
                ),
            ),
            theme.base_pt,
        )
        self._fit_measure()
        self.title.set_full_text(lesson.title)
        self.toc.clear()
        for s in lesson.sections:
            item = QListWidgetItem(f"{s.number}. {s.title}")
            item.setToolTip(tip(s.title))  # long titles are elided in the narrow pane
            item.setData(Qt.ItemDataRole.UserRole, s.number)
            self.toc.addItem(item)
        self._anchors = section_anchors(self.page, len(lesson.sections))
        prev_id, next_id = bundle.neighbours(lesson.id)
        self.prev_btn.setEnabled(prev_id is not None)
        self.next_btn.setEnabled(next_id is not None)
        self._update_learned()

    def _restore(self, section: int | None, scroll: float | None) -> None:
        """Go back to a place. The section decides; the scroll fraction only refines it,
        because a different window size or zoom lays the page out anew."""
        if section is None:
            self._set_scroll(scroll or 0.0)
            return
        self.scroll_to_section(section)
        if scroll is not None:
            at_section = self.page.verticalScrollBar().value()
            self._set_scroll(scroll)
            if self.current_section() != section:
                self.page.verticalScrollBar().setValue(at_section)
                self._sync_toc()

    def current_section(self) -> int:
        from app.views.highlight import section_at_top

        return section_at_top(self.page, self._anchors) if self._anchors else 1

    def scroll_to_section(self, number: int) -> None:
        self.page.scrollToAnchor(f"sec-{number}")
        self.page.horizontalScrollBar().setValue(0)  # a wide table must not shift the page
        self._sync_toc()

    def _toc_activated(self, item: QListWidgetItem) -> None:
        self.scroll_to_section(item.data(Qt.ItemDataRole.UserRole))
        self.page.setFocus()

    def _scroll_fraction(self) -> float:
        bar = self.page.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def _set_scroll(self, fraction: float) -> None:
        bar = self.page.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))
        self._sync_toc()

    def _scrolled(self, _value: int) -> None:
        self._sync_toc()
        self._save_timer.start()
        self.clock.note_input()

    def _sync_toc(self) -> None:
        n = self.current_section()
        if 0 < n <= self.toc.count() and self.toc.currentRow() != n - 1:
            self.toc.blockSignals(True)
            self.toc.setCurrentRow(n - 1)
            self.toc.blockSignals(False)
        self._section_shown(n)

    def _section_shown(self, n: int) -> None:
        """The bookmark button and the note box follow the section being read."""
        if not self.lesson_id or not self.academy.learner_open:
            return
        if getattr(self, "_shown_place", None) == (self.lesson_id, n):
            return  # scrolling within the section: nothing to reload
        self._shown_place = (self.lesson_id, n)
        self.note_box.set_place("lesson", self.lesson_id, n)
        on = self.academy.knowledge.is_bookmarked("lesson", self.lesson_id, n)
        if self.bookmark_btn.isChecked() != on:
            self.bookmark_btn.setChecked(on)

    def toggle_bookmark(self) -> None:
        """Bookmark the section being read, or remove its bookmark, and say which (with Undo
        for a removal: the icon alone changing was easy to miss)."""
        if not self.lesson_id:
            return
        place = ("lesson", self.lesson_id, self.current_section())
        on = self.academy.knowledge.toggle_bookmark(*place)
        self.bookmark_btn.setChecked(on)
        if on:
            self.toast.show_message(self.tr("Bookmarked"))
        else:
            self.toast.show_message(
                self.tr("Bookmark removed"), self.tr("Undo (Ctrl+Z)"),
                lambda: self._restore_bookmark(place),
            )  # fmt: skip

    def _restore_bookmark(self, place: tuple[str, str, int]) -> None:
        if not self.academy.learner_open or self.academy.knowledge.is_bookmarked(*place):
            return
        self.academy.knowledge.toggle_bookmark(*place)
        if self._shown_place_is(place):
            self.bookmark_btn.setChecked(True)
        self.toast.show_message(self.tr("Bookmark restored"))

    def _shown_place_is(self, place: tuple[str, str, int]) -> bool:
        return ("lesson", self.lesson_id, self.current_section()) == place

    def _bookmark_state_shown(self, on: bool) -> None:
        """The tooltip says the state, not only what a click would do."""
        text = (
            self.tr("This section is bookmarked; click to remove (Ctrl+D)")
            if on
            else self.tr("Bookmark this section (Ctrl+D)")
        )
        self.bookmark_btn.setToolTip(text)
        self.bookmark_btn.setAccessibleName(text)

    def highlight(self, terms: list[str], section: int) -> int:
        """Mark a search hit's terms and show the first one in ``section``."""
        from app.views.highlight import display_terms, highlight_terms

        start = self._anchors[section - 1] if 0 < section <= len(self._anchors) else 0
        return highlight_terms(self.page, display_terms(terms, self.academy.lang), start)

    def save_position(self) -> None:
        if self.lesson_id and self.academy.learner_open:
            self.academy.study.save_position(
                self.lesson_id, self.current_section(), self._scroll_fraction()
            )

    def leave(self) -> None:
        """Called when the reader is hidden or the window closes."""
        self.note_box.save()
        self._save_timer.stop()
        self.save_position()
        self.clock.stop()  # no timer left to fire after the learner is closed

    def _save_study_time(self, lesson_id: str, seconds: int, started_at) -> None:
        if self.academy.learner_open:  # the learner may have been switched meanwhile
            self.academy.study.add_study_time(lesson_id, seconds, started_at)

    def go_previous(self) -> None:
        if self.lesson_id:
            prev_id, _ = self.academy.content.neighbours(self.lesson_id)
            if prev_id:
                self.open_lesson(prev_id, scroll=0.0)

    def go_next(self) -> None:
        if self.lesson_id:
            _, next_id = self.academy.content.neighbours(self.lesson_id)
            if next_id:
                self.open_lesson(next_id, scroll=0.0)

    def toggle_learned(self) -> None:
        if not self.lesson_id:
            return
        state = self.academy.study.lesson_states().get(self.lesson_id)
        self.academy.study.set_learned(self.lesson_id, not (state and state.learned))
        self._update_learned()

    def _update_learned(self) -> None:
        state = self.academy.study.lesson_states().get(self.lesson_id) if self.lesson_id else None
        learned = bool(state and state.learned)
        self.learned_btn.setChecked(learned)
        self.learned_btn.setText(self.tr("Learned") if learned else self.tr("Mark as learned"))
        self.learned_btn.setIcon(
            icon("circle-check-big" if learned else "check", self.colors.accent_text)
        )
        self.learned_btn.setToolTip(
            self.tr("Learned; click to mark as not learned (Ctrl+M)")
            if learned
            else self.tr("Mark this lesson as learned (Ctrl+M)")
        )

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "reveal":
            self.reveal_answers(int(url.path() or url.toString()[len("reveal:") :] or 0))
            return
        if url.scheme() == "term":
            self.show_term(url.path() or url.toString()[len("term:") :])
            return
        if url.scheme() == "lesson":
            target = url.path() or url.toString()[len("lesson:") :].split("#")[0]
            fragment = url.fragment()
            self.open_lesson(
                target,
                section=int(fragment) if fragment.isdigit() else None,
                scroll=None if fragment.isdigit() else 0.0,
            )

    def reveal_answers(self, index: int) -> None:
        """Show one self-check's answers, where the learner is reading."""
        bar = self.page.verticalScrollBar()
        at = bar.value()
        self.revealed.add(index)
        self._render()
        bar.setValue(at)

    def show_term(self, term_id: str) -> None:
        """A glossary term was opened: its definition in a pop-up beside the term (under the
        pointer if it was clicked there, else at the link the keyboard selected)."""
        from app.views.term_popup import TermPopup

        term = self.academy.content.glossary.get(term_id)
        if term is None:
            return
        lesson_id = term.lesson.partition("#")[0]
        lesson = self.academy.lesson(lesson_id)
        where = self.tr("Taught in: %1").replace("%1", lesson.title) if lesson else ""
        self.last_term = term_id
        if getattr(self, "term_popup", None) is None:
            self.term_popup = TermPopup(self.colors, self)
        self.term_popup.show_term(term, where, self._term_rect(term_id), self.page)

    def _term_rect(self, term_id: str) -> QRect:
        """Where the term is on screen (global coordinates): the link under the pointer when
        the click came from there, otherwise the link selected in the text."""
        viewport = self.page.viewport()
        pointer = viewport.mapFromGlobal(QCursor.pos())
        if viewport.rect().contains(pointer) and self.page.anchorAt(pointer) == f"term:{term_id}":
            return QRect(QCursor.pos(), QCursor.pos())
        cursor = self.page.textCursor()
        start, end = QTextCursor(cursor), QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        end.setPosition(cursor.selectionEnd())
        rect = self.page.cursorRect(start).united(self.page.cursorRect(end))
        return QRect(viewport.mapToGlobal(rect.topLeft()), rect.size())

    # links from the keyboard --------------------------------------------------------------
    def links(self) -> list[tuple[int, int, str]]:
        """Every link of the page as (start, end, href), in reading order."""
        found: list[tuple[int, int, str]] = []
        block = self.page.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.isAnchor() and fmt.anchorHref():
                    start, href = frag.position(), fmt.anchorHref()
                    end = start + frag.length()
                    if found and found[-1][1] == start and found[-1][2] == href:
                        found[-1] = (found[-1][0], end, href)  # one link in several formats
                    else:
                        found.append((start, end, href))
                it += 1
            block = block.next()
        return found

    def step_link(self, forward: bool = True) -> bool:
        """Select the next (or previous) link after the text cursor and show it; Enter then
        opens it. Returns False at the end of the page (the selection stays)."""
        cursor = self.page.textCursor()
        if forward:
            after = cursor.selectionEnd() if cursor.hasSelection() else self._top_position()
            target = next((link for link in self.links() if link[0] >= after), None)
        else:
            before = cursor.selectionStart() if cursor.hasSelection() else self._top_position()
            target = next((link for link in reversed(self.links()) if link[1] <= before), None)
        if target is None:
            return False
        cursor.setPosition(target[0])
        cursor.setPosition(target[1], QTextCursor.MoveMode.KeepAnchor)
        self.page.setTextCursor(cursor)
        self.page.ensureCursorVisible()
        if not self.page.hasFocus():
            self.page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _top_position(self) -> int:
        """The document position at the top of the view: stepping starts where one reads."""
        return self.page.cursorForPosition(self.page.viewport().rect().topLeft()).position()

    # zoom ---------------------------------------------------------------------------------
    def _set_zoom(self, value: int) -> None:
        if value == self.zoom:
            return
        fraction = self._scroll_fraction()
        self.zoom = value
        self._update_zoom_label()
        if self.academy.learner_open:
            self.academy.set_setting("reader_zoom", value)
        if self.lesson_id:
            self._render()
            QTimer.singleShot(0, lambda: self._set_scroll(fraction))

    def zoom_in(self) -> None:
        bigger = [z for z in ZOOM_STEPS if z > self.zoom]
        if bigger:
            self._set_zoom(bigger[0])

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom]
        if smaller:
            self._set_zoom(smaller[-1])

    def zoom_reset(self) -> None:
        self._set_zoom(100)

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{self.zoom}%")
        self.zoom_in_btn.setEnabled(self.zoom < ZOOM_STEPS[-1])
        self.zoom_out_btn.setEnabled(self.zoom > ZOOM_STEPS[0])

    def _fit_measure(self) -> None:
        """Keep lines readable on wide screens (about 44 characters of body text per line) by
        widening the left and right margins of the page; top and bottom stay as they are."""
        char = self.page.fontMetrics().horizontalAdvance("字") * 1.2 * self.zoom / 100
        # The document margin lives in the same frame format: never go below it.
        margin = int(self.page.document().documentMargin())
        side = max(margin, (self.page.viewport().width() - int(char * 44)) // 2)
        root = self.page.document().rootFrame()
        fmt = root.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            root.setFrameFormat(fmt)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.page:
            return self._page_event(event) or super().eventFilter(obj, event)
        if event.type() == QEvent.Type.Resize:
            self._fit_measure()
        if (
            event.type() == QEvent.Type.Wheel
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            return True
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.Wheel):
            self.clock.note_input()
        return super().eventFilter(obj, event)

    def link_keys_hint(self) -> str:
        return self.tr("Alt+↓ / Alt+↑ go through the links in the text; Enter opens one.")

    def _page_event(self, event) -> bool:
        """Tab and Shift+Tab leave the page instead of visiting each of its links."""
        kind = event.type()
        if kind == QEvent.Type.FocusIn and event.reason() in (
            Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason
        ) and not self._link_hint_shown:  # fmt: skip
            self._link_hint_shown = True  # once: how to reach the links without Tab
            self.toast.show_message(self.link_keys_hint())
        if kind != QEvent.Type.KeyPress:
            return False
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.focusNextPrevChild(forward)
            return True
        return False

    def place(self) -> dict:
        return {
            "lesson": self.lesson_id,
            "section": self.current_section(),
            "scroll": self._scroll_fraction(),
        }
