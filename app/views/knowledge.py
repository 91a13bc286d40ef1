"""The knowledge base page: search as you type, the glossary (by topic or pinyin), and the
learner's bookmarks and notes. ``SearchPanel`` is also the search of the desk window.

Keys: Ctrl+K (or Ctrl+F) focuses the search box; ↓ moves into the results; Enter opens the
selected hit; Esc clears the box. Queries run off the GUI thread (the first one may build the
index), and an answer to an older query is dropped.

Nothing opens blank: until the first query the search shows what it covers and example
queries to click, the glossary says how to pick a term, and an empty bookmark or note list
says how to add one.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.knowledge.index import MARK_CLOSE, MARK_OPEN
from app.views.highlight import HIT_COLOR
from app.views.labels import kind_names, preview_labels
from app.views.ops import describe, run_op
from app.views.page import ChangeAware
from app.views.plain import tip
from app.views.safe_text import SafeTextBrowser, SafeTextDocument
from app.views.theme import html_theme, mark, show_html

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
PLACE_ROLE = Qt.ItemDataRole.UserRole + 3  # a bookmark's (kind, ref, section)

# Queries to try from the empty search page, as staff type them (Simplified; shown in the
# reader's script). Each finds its answer in the top 3 (tests/knowledge/relevance.yaml).
EXAMPLE_QUERIES = ("怎么安抚愤怒的客户", "客户投诉处理流程", "服务补救", "退款", "empathy")


def empty_hint(text: str) -> QLabel:
    """A muted, centred, wrapped line that stands in for an empty list or pane."""
    label = mark(QLabel(text), "Muted")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
    label.setMargin(24)
    label.setFrameShape(QLabel.Shape.StyledPanel)  # the outline of the list it stands for
    label.setAutoFillBackground(True)
    label.setBackgroundRole(QPalette.ColorRole.Base)
    return label


def marked_html(text: str) -> str:
    """Snippet text with its hit markers as a highlighted span (everything else escaped)."""
    return (
        html.escape(text)
        .replace(MARK_OPEN, f'<span style="background:{HIT_COLOR}; color:#1f2933">')
        .replace(MARK_CLOSE, "</span>")
    )


class HtmlDelegate(QStyledItemDelegate):
    """List items drawn as rich text (title line, muted kind, highlighted snippet)."""

    def __init__(self, muted: str, parent=None) -> None:
        super().__init__(parent)
        self.muted = muted

    def _doc(self, option, index) -> QTextDocument:
        doc = SafeTextDocument()  # search results: text only, no images
        doc.setDefaultFont(option.font)
        text = index.data(HTML_ROLE) or ""
        if option.state & QStyle.StateFlag.State_Selected:  # muted grey is unreadable there
            selected = option.palette.color(QPalette.ColorRole.HighlightedText).name()
            text = text.replace(f"color:{self.muted}", f"color:{selected}")
        doc.setHtml(text)
        doc.setTextWidth(max(100, option.rect.width() - 12))
        return doc

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        doc = self._doc(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        self.initStyleOption(option, index)
        doc = self._doc(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 8)


class SearchPanel(QWidget):
    """Search box, filters, ranked results and a preview of the selected hit."""

    open_hit = Signal(object, list)  # Hit, query terms

    def __init__(self, academy, colors, *, compact: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.compact = compact
        self._seq = 0
        self.hits: list = []
        self.terms: list[str] = []
        self.box = QLineEdit()
        self.box.setPlaceholderText(
            self.tr("Search lessons, cases, glossary, phrases, notes… (Ctrl+K)")
        )
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search"))
        self.box.textChanged.connect(self._schedule)
        self.box.returnPressed.connect(self._enter)
        self.box.installEventFilter(self)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Everything"), None)
        for key, name in kind_names().items():
            self.kind.addItem(name, key)
        self.kind.currentIndexChanged.connect(self._search_now)
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Section"))
        self.topic.addItem(self.tr("All sections"), None)
        for s in academy.content.course.sections:
            self.topic.addItem(f"{s.number}. {s.title}", s.id)
        self.topic.currentIndexChanged.connect(self._search_now)
        self.status = mark(QLabel(), "Muted")
        self.status.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
        self.status.setOpenExternalLinks(False)
        self.status.linkActivated.connect(self.box.setText)  # "did you mean" searches it
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setItemDelegate(HtmlDelegate(colors.muted, self.results))
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.currentRowChanged.connect(self._preview)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.preview = SafeTextBrowser(academy.assets)
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(self._preview_link)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.open_btn = mark(QPushButton(self.tr("Open (Enter)")), "Primary")
        self.open_btn.clicked.connect(self.open_current)
        self.copy_btn = QPushButton(self.tr("Copy the phrase"))
        self.copy_btn.clicked.connect(self._copy_phrase)
        self._timer = QTimer(self, singleShot=True, interval=180)
        self._timer.timeout.connect(self._search_now)

        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.topic, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_btn)
        buttons.addWidget(self.open_btn)
        rl.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        if compact:  # the desk window: results above a short preview
            self.splitter = QSplitter(Qt.Orientation.Vertical)
        else:
            self.splitter = QSplitter()
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.guide = SafeTextBrowser()  # until the first query: what to search, and how
        self.guide.setOpenLinks(False)
        self.guide.setAccessibleName(self.tr("How to search"))
        self.guide.anchorClicked.connect(self._example_clicked)
        self.body = QStackedWidget()
        self.body.addWidget(self.guide)
        self.body.addWidget(self.splitter)
        layout.addWidget(self.body, 1)
        self._show_guide()
        self._show_preview(None)

    def _show_guide(self) -> None:
        """What the search covers, example queries (links that search for themselves) and the
        keys: shown while the box is empty, instead of two blank panes."""
        from app.common.script import converter_for, script_for_language

        e = html.escape
        convert = converter_for(script_for_language(self.academy.lang))
        theme = html_theme(self.colors, self.academy.lang, 11.5 if self.compact else 12.5)
        examples = "　".join(
            f'<a href="search:{e(q, quote=True)}">{e(convert(q))}</a>' for q in EXAMPLE_QUERIES
        )
        fonts = ", ".join(f"'{f}'" for f in theme.font_families)
        title = self.tr("Search the whole course")
        covers = self.tr(
            "Lessons, cases, the glossary, ready phrases, quiz explanations, role-plays, "
            "desk checklists and your own notes. Type as you would ask a colleague: "
            "Simplified or Traditional Chinese, or an English term."
        )
        try_label = self.tr("Try:")
        keys = self.tr(
            "Ctrl+K searches from anywhere · ↓ moves to the results · Enter opens · "
            "Esc clears the box"
        )
        body = (
            f'<h3 style="color:{theme.heading}">{e(title)}</h3><p>{e(covers)}</p>'
            f"<p><b>{e(try_label)}</b> {examples}</p>"
            f'<p style="color:{theme.muted}">{e(keys)}</p>'
        )
        show_html(
            self.guide,
            f'<html><body style="font-family:{fonts}; color:{theme.text}; '
            f'font-size:{theme.base_pt}pt; line-height:160%;">{body}</body></html>',
            theme.base_pt,
        )

    def _example_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("search:"):
            from app.common.script import converter_for, script_for_language

            convert = converter_for(script_for_language(self.academy.lang))
            self.box.setText(convert(QUrl.fromPercentEncoding(text[len("search:") :].encode())))
            self.box.setFocus()

    # searching ----------------------------------------------------------------------------
    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def _schedule(self) -> None:
        self._timer.start()

    def _search_now(self) -> None:
        self._timer.stop()
        query = self.box.text().strip()
        self._seq += 1
        seq = self._seq
        if not query:
            self._show([], [], "")
            self.body.setCurrentWidget(self.guide)
            return
        self.body.setCurrentWidget(self.splitter)
        kinds = [self.kind.currentData()] if self.kind.currentData() else None
        topic = self.topic.currentData()
        academy = self.academy
        if not academy.knowledge.ready:
            self.status.setText(self.tr("Preparing the search index (first search only)…"))

        def work(_progress):
            hits = academy.knowledge.search(query, kinds=kinds, topic=topic, limit=60)
            # the words to mark where a hit opens: the query's, their pieces and synonyms
            marks = academy.knowledge.marks(query)
            return hits, marks, ([] if hits else academy.knowledge.suggest(query))

        run_op(
            self, work, name="search",
            done=lambda result: self._current(seq) and self._show(*result[:2], query, result[2]),
            failed=lambda exc: (
                self._current(seq)
                and self.status.setText(self.tr("Search failed: %1").replace("%1", str(exc)))
            ),
        )  # fmt: skip

    def _current(self, seq: int) -> bool:
        """An answer is shown only for the newest query, and only while the panel exists."""
        from shiboken6 import isValid

        return isValid(self) and seq == self._seq

    def _show(self, hits: list, terms: list[str], query: str, suggestions=()) -> None:
        self.hits, self.terms = hits, terms
        names = kind_names()
        self.results.clear()
        muted = self.colors.muted
        for i, h in enumerate(hits):
            item = QListWidgetItem()
            kind = names.get(h.kind, h.kind)
            item.setData(
                HTML_ROLE,
                f"<b>{html.escape(h.title)}</b> "
                f'<span style="color:{muted}">· {html.escape(kind)}</span><br>'
                f'<span style="color:{muted}">{marked_html(h.snippet)}</span>',
            )
            item.setData(HIT_ROLE, i)
            item.setToolTip(tip(h.title))
            self.results.addItem(item)
        if not query:
            self.status.clear()
        elif hits:
            self.status.setText(self.tr("%1 result(s)").replace("%1", str(len(hits))))
            self.results.setCurrentRow(0)
        else:
            text = html.escape(
                self.tr("Nothing found for “%1”. Try fewer or shorter words.").replace("%1", query)
            )
            if suggestions:  # "did you mean": each a link that searches for it
                links = "、".join(
                    f'<a href="{html.escape(w, quote=True)}">{html.escape(w)}</a>'
                    for w in suggestions
                )
                text += " " + html.escape(self.tr("Did you mean: %1?")).replace("%1", links)
            self.status.setText(text)
            self._show_preview(None)

    def current_hit(self):
        row = self.results.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def open_current(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.open_hit.emit(hit, list(self.terms))

    def _enter(self) -> None:
        if self._timer.isActive():
            self._search_now()
        else:
            self.open_current()

    def eventFilter(self, obj, event) -> bool:
        from PySide6.QtCore import QEvent

        if obj is self.box and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(
                    min(self.results.currentRow() + 1, self.results.count() - 1)
                )
                return True
            if event.key() == Qt.Key.Key_Escape and self.box.text():
                self.box.clear()
                return True
        return super().eventFilter(obj, event)

    # preview --------------------------------------------------------------------------------
    def _preview(self, _row: int) -> None:
        self._show_preview(self.current_hit())

    def _show_preview(self, hit) -> None:
        self.open_btn.setEnabled(hit is not None)
        self.copy_btn.setVisible(hit is not None and hit.kind == "phrase")
        theme = html_theme(self.colors, self.academy.lang, 11.5 if self.compact else 12.5)
        if hit is None:
            show_html(self.preview, "", theme.base_pt)
            return
        body = preview_html(self.academy, hit, self)
        fonts = ", ".join(f"'{f}'" for f in theme.font_families)
        show_html(
            self.preview,
            f'<html><body style="font-family:{fonts}; color:{theme.text}; '
            f'font-size:{theme.base_pt}pt; line-height:150%;">{body}</body></html>',
            theme.base_pt,
        )
        from app.views.highlight import display_terms, highlight_terms

        highlight_terms(self.preview, display_terms(self.terms, self.academy.lang))

    def _copy_phrase(self) -> None:
        hit = self.current_hit()
        phrase = find_phrase(self.academy.content, hit.ref) if hit else None
        if phrase is not None:
            QApplication.clipboard().setText(phrase.say)
            self.status.setText(self.tr("Copied: %1").replace("%1", phrase.say))

    def _preview_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("lesson:"):
            ref = text[len("lesson:") :]
            lesson_id, _, section = ref.partition("#")
            from app.knowledge.index import Hit

            target = Hit("lesson", lesson_id, int(section) if section.isdigit() else 1, "", "",
                         0.0, "", ref)  # fmt: skip
            self.open_hit.emit(target, [])


def find_phrase(bundle, phrase_id: str):
    return next((p for g in bundle.phrase_groups for p in g.phrases if p.id == phrase_id), None)


def preview_html(academy, hit, widget: QWidget) -> str:
    """The whole item behind a hit, for the preview pane."""
    from app.common.render import markdown_to_html

    e = html.escape
    bundle = academy.content
    theme = html_theme(widget.colors, academy.lang, 12)
    t = preview_labels()
    if hit.kind in ("lesson", "case"):
        item = bundle.lessons.get(hit.ref) if hit.kind == "lesson" else bundle.cases.get(hit.ref)
        if item is None or not 0 < hit.section <= len(item.sections):
            return e(hit.title)
        s = item.sections[hit.section - 1]
        return (
            f'<h3 style="color:{theme.heading}">{e(item.title)} · {e(s.title)}</h3>'
            + markdown_to_html(s.markdown, theme, academy.assets)
        )
    if hit.kind == "term":
        term = bundle.glossary.get(hit.ref)
        if term is None:
            return e(hit.title)
        return term_html(term, bundle, theme)
    if hit.kind == "phrase":
        p = find_phrase(bundle, hit.ref)
        if p is None:
            return e(hit.title)
        return (
            f'<p style="color:{theme.muted}">{e(p.situation)}</p>'
            f'<p><b style="color:#0072B2">{e(t["say"])}：</b>{e(p.say)}</p>'
            f'<p><b style="color:#D55E00">{e(t["avoid"])}：</b>{e(p.avoid)}</p>'
            f"<p><b>{e(t['why'])}：</b>{e(p.why)}</p>" + lesson_link(bundle, p.lesson)
        )
    if hit.kind == "question":
        q = next((q for q in bundle.questions if q.id == hit.ref), None)
        if q is None:
            return e(hit.title)
        customer = f"<p><i>“{e(q.customer)}”</i></p>" if q.customer else ""
        return (
            f"{customer}<p><b>{e(q.stem)}</b></p>"
            f'<p style="color:{theme.muted}">{e(t["explanation"])}：{e(q.explanation)}</p>'
            + lesson_link(bundle, q.lesson)
        )
    if hit.kind == "scenario":
        sc = bundle.scenarios.get(hit.ref)
        if sc is None:
            return e(hit.title)
        return f'<h3 style="color:{theme.heading}">{e(sc.title)}</h3><p>{e(sc.intro)}</p>'
    if hit.kind == "checklist":
        c = next((c for c in bundle.checklists if c.id == hit.ref), None)
        if c is None:
            return e(hit.title)
        items = "".join(f"<li>{e(i)}</li>" for i in c.items)
        return (
            f'<h3 style="color:{theme.heading}">{e(c.title)}</h3>'
            f'<p style="color:{theme.muted}">{e(c.when)}</p><ol>{items}</ol>'
        )
    if hit.kind == "note":
        note = next((n for n in academy.knowledge.notes() if str(n["id"]) == hit.ref), None)
        text = note["text"] if note else ""
        return (
            f'<h3 style="color:{theme.heading}">{e(hit.title)}</h3>'
            f"<p>{e(text).replace(chr(10), '<br>')}</p>"
        )
    return e(hit.title)


def lesson_link(bundle, ref: str) -> str:
    lesson_id, _, section = ref.partition("#")
    lesson = bundle.lessons.get(lesson_id)
    if lesson is None:
        return ""
    where = lesson.title
    if section.isdigit() and 0 < int(section) <= len(lesson.sections):
        where += f" · {lesson.sections[int(section) - 1].title}"
    label = preview_labels()["read"].replace("%1", where)
    return f'<p><a href="lesson:{html.escape(ref)}">{html.escape(label)}</a></p>'


def term_html(term, bundle, theme) -> str:
    e = html.escape
    aliases = "、".join(term.aliases)
    label = preview_labels()["also"]
    also = f'<p style="color:{theme.muted}">{e(label)}：{e(aliases)}</p>' if aliases else ""
    return (
        f'<h3 style="color:{theme.heading}">{e(term.term)}</h3>'
        f'<p style="color:{theme.muted}">{e(term.en)}</p>{also}'
        f"<p>{e(term.definition)}</p>" + lesson_link(bundle, term.lesson)
    )


class GlossaryPanel(QWidget):
    """Every term, grouped by course section or by the first letter of its pinyin."""

    open_lesson = Signal(str, int, float)

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.order = QComboBox()
        self.order.setAccessibleName(self.tr("Order"))
        self.order.addItem(self.tr("By section"), "topic")
        self.order.addItem(self.tr("By pinyin (A–Z)"), "pinyin")
        self.order.currentIndexChanged.connect(self.refresh)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter terms"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.refresh)
        self.tree = mark(QTreeWidget(), "List")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Glossary terms"))
        self.tree.currentItemChanged.connect(lambda item, _p: self._show(item))
        self.card = SafeTextBrowser()
        self.card.setOpenLinks(False)
        self.card.anchorClicked.connect(self._link)
        self.card.setAccessibleName(self.tr("Definition"))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        row.addWidget(self.order)
        ll.addLayout(row)
        ll.addWidget(self.tree, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.card)
        splitter.setSizes([380, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        from app.common.script import to_simplified

        bundle = self.academy.content
        wanted = to_simplified(self.filter.text().strip()).lower()
        terms = [
            t for t in bundle.glossary.values()
            if not wanted
            or wanted in to_simplified(f"{t.term} {' '.join(t.aliases)}").lower()
            or wanted in t.en.lower()
        ]  # fmt: skip
        groups: dict[str, list] = {}
        if self.order.currentData() == "pinyin":
            for t in sorted(terms, key=lambda t: t.pinyin):
                letter = t.pinyin[:1].upper()
                groups.setdefault(letter if letter.isalpha() else "#", []).append(t)
            labels = {k: k for k in groups}
        else:
            titles = {s.id: f"{s.number}. {s.title}" for s in bundle.course.sections}
            for t in terms:
                lesson = bundle.lessons.get(t.lesson.split("#")[0])
                groups.setdefault(lesson.section if lesson else "", []).append(t)
            order = [s.id for s in bundle.course.sections]
            groups = dict(sorted(groups.items(), key=lambda kv: order.index(kv[0])
                                 if kv[0] in order else 99))  # fmt: skip
            labels = {k: titles.get(k, "—") for k in groups}
        current = self.current_term()
        self.tree.clear()  # (the card keeps showing the term until another is picked)
        for key, items in groups.items():
            head = QTreeWidgetItem([f"{labels[key]}  ({len(items)})"])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            for t in items:
                child = QTreeWidgetItem([f"{t.term}  ·  {t.en}"])
                child.setData(0, Qt.ItemDataRole.UserRole, t.id)
                head.addChild(child)
        self.tree.expandAll()
        if not (current and self.select(current)):
            self._show(self.tree.currentItem())

    def current_term(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def select(self, term_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount()):
                if head.child(j).data(0, Qt.ItemDataRole.UserRole) == term_id:
                    self.tree.setCurrentItem(head.child(j))
                    self.tree.scrollToItem(head.child(j))
                    return True
        return False

    def _show(self, item) -> None:
        term = self.academy.content.glossary.get(
            item.data(0, Qt.ItemDataRole.UserRole) if item else ""
        )
        theme = html_theme(self.colors, self.academy.lang, 13)
        body = term_html(term, self.academy.content, theme) if term else self._hint(theme)
        fonts = ", ".join(f"'{f}'" for f in theme.font_families)
        show_html(
            self.card,
            f'<html><body style="font-family:{fonts}; color:{theme.text}; '
            f'font-size:{theme.base_pt}pt; line-height:160%;">{body}</body></html>',
            theme.base_pt,
        )

    def _hint(self, theme) -> str:
        """What the empty card says: how to pick a term, or that the filter matched none."""
        wanted = self.filter.text().strip()
        if wanted and self.tree.topLevelItemCount() == 0:
            text = self.tr("No term matches “%1”.").replace("%1", wanted)
        else:
            text = self.tr(
                "Pick a term on the left to see its definition, its English name and the "
                "lesson that teaches it. Type in the filter to narrow the list (Chinese or "
                "English)."
            )
        return f'<p style="color:{theme.muted}">{html.escape(text)}</p>'

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("lesson:"):
            lesson_id, _, section = text[len("lesson:") :].partition("#")
            self.open_lesson.emit(lesson_id, int(section) if section.isdigit() else 0, -1.0)


class NotesPanel(QWidget):
    """Bookmarks and notes: open, remove a bookmark or delete a note (Delete key, button or
    context menu; Ctrl+Z brings it back), export all notes as Markdown. An empty list says
    how to add to it."""

    open_target = Signal(str)  # "lesson-id#N" or "case:ID#N"

    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        # What was removed, newest last: ("note", id) or ("bookmark", (kind, ref, section)).
        self.deleted: list[tuple[str, object]] = []
        self.bookmarks = mark(QListWidget(), "List")
        self.bookmarks.setAccessibleName(self.tr("Bookmarks"))
        self.bookmarks.itemActivated.connect(self._open)
        self.notes = mark(QListWidget(), "List")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setWordWrap(True)
        self.notes.itemActivated.connect(self._open)
        for view in (self.bookmarks, self.notes):
            view.installEventFilter(self)  # the Delete key
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            menu_at = lambda pos, v=view: self._context_menu(v, pos)  # noqa: E731
            view.customContextMenuRequested.connect(menu_at)
        self.no_bookmarks = empty_hint(
            self.tr(
                "No bookmarks yet. While reading a lesson or a case, press Ctrl+D (or the "
                "bookmark button) to bookmark the section you are on."
            )
        )
        self.no_notes = empty_hint(
            self.tr(
                "No notes yet. Write in the box “My note on this section” beside a lesson or "
                "a case; it is saved as you type."
            )
        )
        self.open_btn = QPushButton(self.tr("Open"))
        self.open_btn.clicked.connect(self._open_selected)
        self.remove_btn = QPushButton(self.tr("Remove bookmark (Del)"))
        self.remove_btn.clicked.connect(self.remove_selected_bookmark)
        self.delete_btn = QPushButton(self.tr("Delete note"))
        self.delete_btn.clicked.connect(self.delete_selected_note)
        self.undo_btn = QPushButton(self.tr("Undo delete (Ctrl+Z)"))
        self.undo_btn.setShortcut("Ctrl+Z")
        self.undo_btn.clicked.connect(self.undo_delete)
        self.export_btn = QPushButton(self.tr("Export notes as Markdown…"))
        self.export_btn.clicked.connect(self.export)
        self.status = mark(QLabel(), "Muted")
        self.status.setWordWrap(True)
        self.bookmark_stack = QStackedWidget()
        self.note_stack = QStackedWidget()
        cols = QHBoxLayout()
        for title, stack, widget, hint in (
            (self.tr("Bookmarks"), self.bookmark_stack, self.bookmarks, self.no_bookmarks),
            (self.tr("My notes"), self.note_stack, self.notes, self.no_notes),
        ):
            stack.addWidget(widget)
            stack.addWidget(hint)
            box = QVBoxLayout()
            box.addWidget(mark(QLabel(title), "Muted"))
            box.addWidget(stack, 1)
            cols.addLayout(box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_btn)
        buttons.addWidget(self.remove_btn)
        buttons.addWidget(self.delete_btn)
        buttons.addWidget(self.undo_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.export_btn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cols, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        if not self.academy.learner_open:
            return
        self.bookmarks.clear()
        for b in self.academy.knowledge.bookmarks():
            item = QListWidgetItem(b["title"])
            item.setData(Qt.ItemDataRole.UserRole, b["target"])
            item.setData(PLACE_ROLE, (b["kind"], b["ref"], b["section"]))
            self.bookmarks.addItem(item)
        self.notes.clear()
        for n in self.academy.knowledge.notes():
            first = n["text"].strip().splitlines()[0] if n["text"].strip() else ""
            item = QListWidgetItem(f"{n['title']}\n{first[:80]}")
            item.setData(Qt.ItemDataRole.UserRole, n["target"])
            item.setData(Qt.ItemDataRole.UserRole + 1, n["id"])
            self.notes.addItem(item)
        for view, stack, hint in ((self.bookmarks, self.bookmark_stack, self.no_bookmarks),
                                  (self.notes, self.note_stack, self.no_notes)):  # fmt: skip
            stack.setCurrentWidget(view if view.count() else hint)
        self.undo_btn.setEnabled(bool(self.deleted))
        self.open_btn.setEnabled(self.bookmarks.count() + self.notes.count() > 0)
        self.remove_btn.setEnabled(self.bookmarks.count() > 0)
        self.delete_btn.setEnabled(self.notes.count() > 0)
        self.export_btn.setEnabled(self.notes.count() > 0)

    def _open(self, item) -> None:
        self.open_target.emit(item.data(Qt.ItemDataRole.UserRole))

    def _open_selected(self) -> None:
        item = self.notes.currentItem() if self.notes.hasFocus() else None
        item = item or self.bookmarks.currentItem() or self.notes.currentItem()
        if item is not None:
            self._open(item)

    def eventFilter(self, obj, event) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeySequence

        undo = QKeySequence.StandardKey.Undo
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(undo):
            event.accept()  # the list takes Ctrl+Z itself (the button's shortcut missed it)
            return True
        if event.type() == QEvent.Type.KeyPress and event.matches(undo):
            self.undo_delete()
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            if obj is self.bookmarks:
                self.remove_selected_bookmark()
                return True
            if obj is self.notes:
                self.delete_selected_note()
                return True
        return super().eventFilter(obj, event)

    def _context_menu(self, view: QListWidget, pos) -> None:
        item = view.itemAt(pos)
        if item is None:
            return
        view.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._open(item))
        if view is self.bookmarks:
            menu.addAction(self.tr("Remove bookmark"), self.remove_selected_bookmark)
        else:
            menu.addAction(self.tr("Delete note"), self.delete_selected_note)
        menu.popup(view.viewport().mapToGlobal(pos))

    def remove_selected_bookmark(self) -> None:
        item = self.bookmarks.currentItem()
        if item is None:
            return
        row = self.bookmarks.row(item)
        place = tuple(item.data(PLACE_ROLE))
        if self.academy.knowledge.is_bookmarked(*place):
            self.academy.knowledge.toggle_bookmark(*place)  # removes it
            self.deleted.append(("bookmark", place))
            self.status.setText(self.tr("Bookmark removed. Undo with Ctrl+Z."))
        self.refresh()
        self._keep_focus(self.bookmarks, row)

    def delete_selected_note(self) -> None:
        item = self.notes.currentItem()
        if item is None:
            return
        row = self.notes.row(item)
        note_id = item.data(Qt.ItemDataRole.UserRole + 1)
        if self.academy.knowledge.delete_note(note_id):
            self.deleted.append(("note", note_id))
            self.status.setText(self.tr("Note deleted. Undo with Ctrl+Z."))
        self.refresh()
        self._keep_focus(self.notes, row)

    def _keep_focus(self, view: QListWidget, row: int) -> None:
        """After a removal the next item is selected, so Delete can go on; an emptied list
        hands the focus to Undo."""
        if view.count():
            view.setCurrentRow(min(row, view.count() - 1))
            view.setFocus()
        elif self.undo_btn.isEnabled():
            self.undo_btn.setFocus()

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        what, key = self.deleted.pop()
        if what == "bookmark":
            if not self.academy.knowledge.is_bookmarked(*key):
                self.academy.knowledge.toggle_bookmark(*key)
            self.status.setText(self.tr("Bookmark restored."))
        elif self.academy.knowledge.restore_note(key):
            self.status.setText(self.tr("Note restored."))
        else:
            self.status.setText(
                self.tr("That section has a newer note, so the deleted one was not restored.")
            )
        self.refresh()

    def export(self, path: str | None = None):
        """Every note as Markdown, written off the window's thread; returns the Op."""
        if not path:
            from pathlib import Path

            suggested = str(Path.home() / "notes.md")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export notes"), suggested, self.tr("Markdown (*.md)")
            )
            if not path:
                return None
        return run_op(
            self, lambda _p: self.academy.knowledge.export_notes(path), name="export notes",
            label=self.tr("Exporting notes…"),
            done=lambda out: self.status.setText(
                self.tr("Notes exported to %1").replace("%1", str(out))),
            failed=lambda exc: self.status.setText(
                self.tr("Could not write %1: %2").replace("%1", path)
                .replace("%2", describe(exc))),
        )  # fmt: skip


class KnowledgePage(ChangeAware, QWidget):
    """Search, glossary, bookmarks and notes in three tabs."""

    open_hit = Signal(object, list)
    open_target = Signal(str)
    open_lesson = Signal(str, int, float)

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.search = SearchPanel(academy, colors)
        self.search.open_hit.connect(self._open_hit)
        self.glossary = GlossaryPanel(academy, colors)
        self.glossary.open_lesson.connect(self.open_lesson)
        self.notes = NotesPanel(academy)
        self.notes.open_target.connect(self.open_target)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.search, self.tr("Search"))
        self.tabs.addTab(self.glossary, self.tr("Glossary"))
        self.tabs.addTab(self.notes, self.tr("Bookmarks and notes"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(mark(QLabel(self.tr("Knowledge base")), "PageTitle"))
        layout.addWidget(self.tabs, 1)
        self.glossary.refresh()

    def affected_by(self, changes, initiator) -> bool:
        return changes.touches("notes")

    def refresh(self) -> None:
        """Bookmarks and notes are read again; the glossary only when the course changed."""
        self.notes.refresh()

    def on_changes(self, changes, initiator) -> None:
        if changes.content:
            self.glossary.refresh()
        super().on_changes(changes, initiator)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_box()

    def show_term(self, term_id: str) -> None:
        self.glossary.filter.clear()
        self.tabs.setCurrentWidget(self.glossary)
        self.glossary.select(term_id)

    def _open_hit(self, hit, terms: list) -> None:
        if hit.kind == "term":
            self.show_term(hit.ref)
        else:
            self.open_hit.emit(hit, terms)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.notes:
            self.notes.refresh()
