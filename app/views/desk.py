"""The desk quick-reference: a small window to keep beside a real conversation with a customer.

Checklists of the handling processes (ticked as you go, cleared for the next customer), the
phrase library by situation with one-click copy, and search. It can stay on top of other
windows (remembered per learner). Keys: Ctrl+1/2/3 switch tabs, Ctrl+K searches, Ctrl+T keeps
it on top, Esc closes it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.views.knowledge import SearchPanel
from app.views.theme import mark


class ChecklistTab(QWidget):
    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Checklist"))
        for c in academy.content.checklists:
            self.choice.addItem(c.title, c.id)
        self.choice.currentIndexChanged.connect(self._show)
        self.when = mark(QLabel(), "Muted")
        self.when.setWordWrap(True)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Steps"))
        self.items.setWordWrap(True)
        self.items.itemClicked.connect(self._toggle_row)
        self.progress = mark(QLabel(), "Muted")
        self.items.itemChanged.connect(lambda _i: self._count())
        clear = QPushButton(self.tr("Clear for the next customer"))
        clear.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.when)
        layout.addWidget(self.items, 1)
        layout.addLayout(row)
        self._show()

    def _show(self) -> None:
        c = next(
            (c for c in self.academy.content.checklists if c.id == self.choice.currentData()),
            None,
        )
        self.items.blockSignals(True)
        self.items.clear()
        if c is not None:
            self.when.setText(self.tr("When: %1").replace("%1", c.when))
            for text in c.items:
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.items.addItem(item)
        self.items.blockSignals(False)
        self._count()

    def _toggle_row(self, item: QListWidgetItem) -> None:
        # A click anywhere on the row ticks it, not only on the small box.
        item.setCheckState(
            Qt.CheckState.Unchecked
            if item.checkState() == Qt.CheckState.Checked
            else Qt.CheckState.Checked
        )

    def checked(self) -> int:
        return sum(
            self.items.item(i).checkState() == Qt.CheckState.Checked
            for i in range(self.items.count())
        )

    def _count(self) -> None:
        self.progress.setText(
            self.tr("%1 of %2 done")
            .replace("%1", str(self.checked()))
            .replace("%2", str(self.items.count()))
        )

    def clear(self) -> None:
        for i in range(self.items.count()):
            self.items.item(i).setCheckState(Qt.CheckState.Unchecked)


class PhraseCard(QFrame):
    def __init__(self, phrase, on_copy, parent=None) -> None:
        super().__init__(parent)
        mark(self, "Card")
        self.phrase = phrase
        situation = mark(QLabel(phrase.situation), "Muted")
        situation.setWordWrap(True)
        say = QLabel(f"<b>{html.escape(phrase.say)}</b>")
        say.setWordWrap(True)
        say.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        avoid = QLabel(html.escape(self.tr("Avoid: %1").replace("%1", phrase.avoid)))
        avoid.setWordWrap(True)
        avoid.setStyleSheet("color:#B34700;")
        self.copy_btn = QPushButton(self.tr("Copy"))
        self.copy_btn.setToolTip(self.tr("Copy the suggested words to the clipboard"))
        self.copy_btn.clicked.connect(lambda: on_copy(phrase))
        top = QHBoxLayout()
        top.addWidget(situation, 1)
        top.addWidget(self.copy_btn, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(say)
        layout.addWidget(avoid)


class PhrasesTab(QWidget):
    copied = Signal(str)

    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Situation"))
        for g in academy.content.phrase_groups:
            self.group.addItem(f"{g.title}（{len(g.phrases)}）", g.id)
        self.group.currentIndexChanged.connect(self._show)
        self.cards: list[PhraseCard] = []
        self.inner = QWidget()
        self.inner_layout = QVBoxLayout(self.inner)
        self.inner_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.group)
        layout.addWidget(scroll, 1)
        self._show()

    def _show(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        while self.inner_layout.count():
            self.inner_layout.takeAt(0)
        group = next(
            (g for g in self.academy.content.phrase_groups if g.id == self.group.currentData()),
            None,
        )
        for p in group.phrases if group else ():
            card = PhraseCard(p, self.copy)
            self.cards.append(card)
            self.inner_layout.addWidget(card)
        self.inner_layout.addStretch(1)

    def copy(self, phrase) -> None:
        QApplication.clipboard().setText(phrase.say)
        self.copied.emit(phrase.say)


class DeskWindow(QWidget):
    """A separate, small top-level window."""

    open_hit = Signal(object, list)

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.academy = academy
        self.setWindowTitle(self.tr("Desk reference — 客诉学堂"))
        self.resize(460, 680)
        self.checklists = ChecklistTab(academy)
        self.phrases = PhrasesTab(academy)
        self.search = SearchPanel(academy, colors, compact=True)
        self.search.open_hit.connect(self.open_hit)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checklists, self.tr("Checklists"))
        self.tabs.addTab(self.phrases, self.tr("Phrases"))
        self.tabs.addTab(self.search, self.tr("Search"))
        self.on_top = QCheckBox(self.tr("Keep on top (Ctrl+T)"))
        self.on_top.setChecked(bool(academy.setting("desk_on_top", True)))
        self.on_top.toggled.connect(self.set_on_top)
        self.status = mark(QLabel(), "Muted")
        self.status.setWordWrap(True)
        self.phrases.copied.connect(
            lambda text: self.status.setText(self.tr("Copied: %1").replace("%1", text))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addWidget(self.on_top)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        for keys, slot in (
            ("Ctrl+1", lambda: self.tabs.setCurrentIndex(0)),
            ("Ctrl+2", lambda: self.tabs.setCurrentIndex(1)),
            ("Ctrl+3", lambda: self.tabs.setCurrentIndex(2)),
            ("Ctrl+K", self.focus_search),
            ("Ctrl+F", self.focus_search),
            ("Ctrl+T", self.on_top.toggle),
            ("Escape", self.close),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self._apply_on_top(self.on_top.isChecked())

    def show_checklist(self, checklist_id: str) -> None:
        """The checklists tab, on ``checklist_id`` (a search hit)."""
        index = self.checklists.choice.findData(checklist_id)
        if index >= 0:
            self.checklists.choice.setCurrentIndex(index)
        self.tabs.setCurrentWidget(self.checklists)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_box()

    def set_on_top(self, on: bool) -> None:
        if self.academy.learner_open:
            self.academy.set_setting("desk_on_top", bool(on))
        self._apply_on_top(on)

    def _apply_on_top(self, on: bool) -> None:
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:  # changing a window flag hides the window
            self.show()
