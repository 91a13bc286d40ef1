"""The case library: filter by industry, outcome and section; read a case; jump to its pair
or to the lessons its analysis links to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
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

from app.common.render import case_html
from app.views.highlight import section_anchors, section_at_top
from app.views.labels import industry_names
from app.views.page import ChangeAware
from app.views.plain import tip
from app.views.safe_text import SafeTextBrowser
from app.views.theme import html_theme, mark, show_html
from app.views.two_line_list import use_two_lines

ID_ROLE = Qt.ItemDataRole.UserRole


def large_case_pt(height: int) -> float:
    """Case text for a room: 32 pt on a 1080-line screen, in proportion on others, never
    below the 24 pt a laptop screen gets."""
    return max(24.0, 32.0 * height / 1080)


def case_meta_line(case) -> str:
    """The line above a case's title: industry · outcome · reported or invented."""
    t = QCoreApplication.translate
    names = industry_names()
    if case.real:
        kind = t("CasesPage", "Reported event")
    else:
        kind = t("CasesPage", "Invented, realistic case")
    tag = t("CasesPage", "success") if case.outcome == "success" else t("CasesPage", "failure")
    return f"{names.get(case.industry, case.industry)} · {tag} · {kind}"


class CasesPage(ChangeAware, QWidget):
    open_lesson = Signal(str, int, float)
    discuss_requested = Signal(str)  # a case id: its discussion questions as slides

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.case_id: str | None = None
        self.large = False
        self.large_pt = 24.0
        self.class_view = None  # the full-screen window of "large text for class", if open
        self._reading = 0  # the section read when the case last changed size
        self.industry = QComboBox()
        self.outcome = QComboBox()
        self.topic = QComboBox()
        for box, name in (
            (self.industry, self.tr("Industry")),
            (self.outcome, self.tr("Outcome")),
            (self.topic, self.tr("Section")),
        ):
            box.setAccessibleName(name)
            box.currentIndexChanged.connect(self._filter)
        self.list = mark(QListWidget(), "List")
        self.list.setAccessibleName(self.tr("Cases"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        use_two_lines(self.list)  # title and industry · status, both always shown
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(
            lambda item, _prev: item is not None and self.show_case(item.data(ID_ROLE))
        )
        self.count = mark(QLabel(), "Muted")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(mark(QLabel(self.tr("Case library")), "PageTitle"))
        for box in (self.industry, self.outcome, self.topic):
            ll.addWidget(box)
        ll.addWidget(self.count)
        ll.addWidget(self.list, 3)
        from app.views.notes import NoteBox

        self.note_box = NoteBox(academy)
        # Notes here are on the case (kept per section, as bookmarks are), not on a lesson.
        self.note_box.caption.setText(self.tr("My notes on this case"))
        self.note_box.edit.setAccessibleName(self.tr("My notes on this case"))
        ll.addWidget(self.note_box, 2)
        self.page = SafeTextBrowser(academy.assets)
        self.page.setOpenLinks(False)
        self.page.anchorClicked.connect(self._link)
        self.page.setAccessibleName(self.tr("Case text"))
        self.page.document().setDocumentMargin(24)
        self.page.verticalScrollBar().valueChanged.connect(lambda _v: self._section_shown())
        self._anchors: list[int] = []
        self._shown_place = None
        from app.views.icons import icon

        self.bookmark_btn = QToolButton()
        self.bookmark_btn.setIcon(icon("bookmark", colors.text))
        self.bookmark_btn.setCheckable(True)
        self.bookmark_btn.setToolTip(self.tr("Bookmark this section (Ctrl+D)"))
        self.bookmark_btn.setAccessibleName(self.tr("Bookmark this section (Ctrl+D)"))
        self.bookmark_btn.clicked.connect(self.toggle_bookmark)
        QShortcut(
            QKeySequence("Ctrl+D"),
            self,
            self.toggle_bookmark,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.pair_btn = QPushButton()
        self.pair_btn.clicked.connect(self._open_pair)
        self.large_btn = QPushButton(self.tr("Large text for class"))
        self.large_btn.setCheckable(True)
        self.large_btn.setToolTip(
            self.tr("Full screen in large text for a class; Esc or F5 returns (Ctrl+Shift+L)")
        )
        self.large_btn.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.large_btn.toggled.connect(self.set_large)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.discuss_btn = QPushButton(self.tr("Discuss in class (F5)"))
        self.discuss_btn.setToolTip(self.tr("The discussion questions as slides on the projector"))
        self.discuss_btn.clicked.connect(
            lambda: self.case_id and self.discuss_requested.emit(self.case_id)
        )
        QShortcut(
            QKeySequence("F5"),
            self,
            self.discuss_btn.click,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        bar.addWidget(self.bookmark_btn)
        bar.addWidget(self.discuss_btn)
        bar.addWidget(self.large_btn)
        bar.addWidget(self.pair_btn)
        rl.addLayout(bar)
        rl.addWidget(self.page, 1)
        self.left = left
        self.right = right  # what "large text for class" shows full screen
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

    def affected_by(self, changes, initiator) -> bool:
        return changes.touches("notes") and initiator is not self

    def leave(self) -> None:
        """Called when another page is shown or the window closes."""
        self.note_box.save()

    def refresh(self) -> None:
        """The filters and the list; the open case's bookmark and note are read again."""
        self._shown_place = None
        self._section_shown()
        cases = self.academy.content.cases
        names = industry_names()
        for box in (self.industry, self.outcome, self.topic):
            box.blockSignals(True)
            box.clear()
        self.industry.addItem(self.tr("All industries"), None)
        for key in sorted({c.industry for c in cases.values()}):
            self.industry.addItem(names.get(key, key), key)
        self.outcome.addItem(self.tr("Successes and failures"), None)
        self.outcome.addItem(self.tr("Successes"), "success")
        self.outcome.addItem(self.tr("Failures"), "failure")
        self.topic.addItem(self.tr("All sections"), None)
        used = {t for c in cases.values() for t in c.topics}
        for s in self.academy.content.course.sections:
            if s.id in used:
                self.topic.addItem(f"{s.number}. {s.title}", s.id)
        for box in (self.industry, self.outcome, self.topic):
            box.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        industry, outcome, topic = (
            self.industry.currentData(),
            self.outcome.currentData(),
            self.topic.currentData(),
        )
        self.list.clear()
        names = industry_names()
        shown = 0
        for case in self.academy.content.cases.values():
            if (industry and case.industry != industry) or (outcome and case.outcome != outcome):
                continue
            if topic and topic not in case.topics:
                continue
            tag = self.tr("success") if case.outcome == "success" else self.tr("failure")
            item = QListWidgetItem(
                f"{case.title}\n{names.get(case.industry, case.industry)} · {tag}"
            )
            item.setData(ID_ROLE, case.id)
            item.setToolTip(tip(case.title))
            self.list.addItem(item)
            shown += 1
        self.count.setText(self.tr("%n case(s)", "", shown))
        if self.list.count():
            self.list.setCurrentRow(0)

    def show_case(self, case_id: str, section: int = 0, terms: list | None = None) -> None:
        """Show a case; with ``section``, scroll to it; with ``terms``, mark them there."""
        case = self.academy.content.cases.get(case_id)
        if case is None:
            return
        if section or terms:
            self._select_in_list(case_id)
        self.case_id = case_id
        meta = case_meta_line(case)
        theme = html_theme(self.colors, self.academy.lang, self.large_pt if self.large else 12.5)
        show_html(
            self.page,
            case_html(
                case,
                theme,
                self.academy.assets,
                meta_line=meta,
                terms=self.academy.content.glossary.values(),
            ),
            theme.base_pt,
        )
        pair = self.academy.content.cases.get(case.pair) if case.pair else None
        self.pair_btn.setVisible(pair is not None)
        if pair is not None:
            label = self.tr("Compare: the other version →")
            self.pair_btn.setText(label)
            self.pair_btn.setToolTip(tip(pair.title))
        self._anchors = section_anchors(self.page, len(case.sections))
        if section:
            self.page.scrollToAnchor(f"sec-{section}")
        self._section_shown()
        if terms:
            from app.views.highlight import display_terms, highlight_terms

            start = self._anchors[section - 1] if 0 < section <= len(self._anchors) else 0
            highlight_terms(self.page, display_terms(terms, self.academy.lang), start)

    def current_section(self) -> int:
        return section_at_top(self.page, self._anchors)

    def _section_shown(self) -> None:
        """The note box and the bookmark button follow the section being read."""
        if not self.case_id or not self.academy.learner_open:
            return
        place = (self.case_id, self.current_section())
        if place == self._shown_place:
            return
        self._shown_place = place
        self.note_box.set_place("case", *place)
        self.bookmark_btn.setChecked(self.academy.knowledge.is_bookmarked("case", *place))

    def toggle_bookmark(self) -> None:
        if self.case_id:
            on = self.academy.knowledge.toggle_bookmark(
                "case", self.case_id, self.current_section()
            )
            self.bookmark_btn.setChecked(on)

    def set_large(self, on: bool) -> None:
        """Classroom reading: the case full screen on the classroom screen, in type scaled to
        it for the back row; off (or Esc / F5 there), back here at the same section."""
        if on and self.class_view is None:
            from app.views.class_view import ClassView

            self._reading = self.current_section() if self.case_id else 0

            self.class_view = view = ClassView(
                self.right,
                self.academy.setting("projector_screen"),
                keys=(("Ctrl+D", self.toggle_bookmark),),
                parent=self,
            )
            view.leaving.connect(self._note_section)
            view.left.connect(self._class_view_left)
            view.resized.connect(self._class_view_resized)
            self._rerender(True, large_case_pt(view.height()))
            self.large_btn.setText(self.tr("Back to the normal view (Esc)"))
            self.page.setFocus()
        elif not on and self.class_view is not None:
            self.class_view.leave()  # then _class_view_left

    def _class_view_left(self) -> None:
        self.large_btn.setText(self.tr("Large text for class"))
        self.class_view = None
        if self.large_btn.isChecked():
            self.large_btn.blockSignals(True)
            self.large_btn.setChecked(False)
            self.large_btn.blockSignals(False)
        self._rerender(False, self.large_pt)
        self.page.setFocus()

    def _class_view_resized(self, height: int) -> None:
        if abs(large_case_pt(height) - self.large_pt) > 0.5:
            self._note_section()
            self._rerender(True, large_case_pt(height))

    def _note_section(self) -> None:
        """The section being read, noted before the case moves (a new width moves the text)."""
        self._reading = self.current_section() if self.case_id else 0

    def _rerender(self, large: bool, pt: float) -> None:
        """The open case at another size, scrolled back to the section noted in _reading."""
        self.large, self.large_pt = large, pt
        if self.case_id:
            section = self._reading
            self.show_case(self.case_id)
            self._scroll_to_section(section)
            # Again once the new width has laid the page out (the window has just changed).
            QTimer.singleShot(0, self.page, lambda: self._scroll_to_section(section))

    def _scroll_to_section(self, section: int) -> None:
        if section > 1:
            self.page.scrollToAnchor(f"sec-{section}")
        else:
            self.page.verticalScrollBar().setValue(0)
        self._section_shown()

    def _open_pair(self) -> None:
        case = self.academy.content.cases.get(self.case_id or "")
        if case and case.pair:
            for row in range(self.list.count()):
                if self.list.item(row).data(ID_ROLE) == case.pair:
                    self.list.setCurrentRow(row)
                    return
            self.show_case(case.pair)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "lesson":
            target = url.path() or url.toString()[len("lesson:") :].split("#")[0]
            fragment = url.fragment()
            self.open_lesson.emit(target, int(fragment) if fragment.isdigit() else 0, -1.0)

    def _select_in_list(self, case_id: str) -> None:
        """Make the list show the case (clearing filters that hide it) without re-rendering."""
        rows = [self.list.item(r).data(ID_ROLE) for r in range(self.list.count())]
        if case_id not in rows:
            for box in (self.industry, self.outcome, self.topic):
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
            self._filter()
            rows = [self.list.item(r).data(ID_ROLE) for r in range(self.list.count())]
        if case_id in rows:
            self.list.blockSignals(True)
            self.list.setCurrentRow(rows.index(case_id))
            self.list.blockSignals(False)
