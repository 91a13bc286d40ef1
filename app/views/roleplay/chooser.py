"""The scenario chooser: every scenario with its best result so far, the situation of the one
selected, and the ways into it (start, continue, the debrief of the best run, the projector).

It only asks: the page that holds it starts the run, shows the debrief or opens the projector.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.scenario.engine import ScenarioRun, decisions_to_best
from app.views.labels import ending_names, industry_names
from app.views.plain import tip
from app.views.roleplay.common import page_html
from app.views.safe_text import SafeTextBrowser
from app.views.theme import html_theme, mark, show_html
from app.views.two_line_list import use_two_lines

ID_ROLE = Qt.ItemDataRole.UserRole


class ScenarioChooser(QWidget):
    start_requested = Signal(str)  # a scenario id ("" if none is selected)
    continue_requested = Signal()  # go back to the run left unfinished
    best_run_requested = Signal(object)  # the best run, replayed: show its debrief
    project_requested = Signal(str)  # a scenario id: play it with a class on the projector

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.scale = 1.0
        self.resumable: str | None = None  # the scenario of a run left unfinished, if any
        self.list = mark(QListWidget(), "List")
        self.list.setAccessibleName(self.tr("Scenarios"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        use_two_lines(self.list)  # title and industry · status, both always shown
        self.list.currentItemChanged.connect(lambda *_: self.show_intro())
        self.list.itemActivated.connect(lambda *_: self._request_start())
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(mark(QLabel(self.tr("Role-play")), "PageTitle"))
        hint = mark(
            QLabel(
                self.tr(
                    "Talk an upset customer through a complaint. Each reply changes the "
                    "customer's mood; the debrief shows which principles you followed."
                )
            ),
            "Muted",
        )
        hint.setWordWrap(True)
        ll.addWidget(hint)
        ll.addWidget(self.list, 1)

        card = mark(QFrame(), "Card")
        cl = QVBoxLayout(card)
        cl.setContentsMargins(20, 16, 20, 16)
        self.intro_title = QLabel()
        self.intro_title.setWordWrap(True)
        font = self.intro_title.font()
        font.setPointSizeF(15)
        font.setBold(True)
        self.intro_title.setFont(font)
        self.intro_meta = mark(QLabel(), "Muted")
        self.intro_text = SafeTextBrowser()
        self.intro_text.setFrameShape(QFrame.Shape.NoFrame)
        self.intro_text.setAccessibleName(self.tr("Situation"))
        self.best_label = QLabel()
        self.best_label.setWordWrap(True)
        self.start_btn = mark(QPushButton(self.tr("Start (Enter)")), "Primary")
        self.start_btn.clicked.connect(self._request_start)
        self.continue_btn = QPushButton(self.tr("Continue where I left off"))
        self.continue_btn.clicked.connect(self.continue_requested)
        self.best_debrief_btn = QPushButton(self.tr("Debrief of my best run"))
        self.best_debrief_btn.clicked.connect(self._request_best_run)
        buttons = QHBoxLayout()
        buttons.addWidget(self.best_debrief_btn)
        buttons.addStretch(1)
        self.tools = QHBoxLayout()  # the page puts its "large text" button here
        buttons.addLayout(self.tools)
        self.project_btn = QPushButton(self.tr("Play with a class on the projector"))
        self.project_btn.clicked.connect(
            lambda: self.selected_id() and self.project_requested.emit(self.selected_id())
        )
        buttons.addWidget(self.project_btn)
        buttons.addWidget(self.continue_btn)
        buttons.addWidget(self.start_btn)
        cl.addWidget(self.intro_title)
        cl.addWidget(self.intro_meta)
        cl.addWidget(self.intro_text, 1)
        cl.addWidget(self.best_label)
        cl.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(card)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def refresh(self, resumable: str | None = None) -> None:
        """Fill the scenario list with each scenario's best result so far; ``resumable`` is the
        scenario of a run left unfinished (it gets a "continue" button)."""
        self.resumable = resumable
        current = self.selected_id()
        best = self.academy.roleplay.best_results()  # empty when no learner is open
        names, endings = industry_names(), ending_names()
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.academy.content.scenarios.values():
            b = best.get(s.id)
            status = endings[b["ending_kind"]] if b else self.tr("not played yet")
            item = QListWidgetItem(f"{s.title}\n{names.get(s.industry, s.industry)} · {status}")
            item.setData(ID_ROLE, s.id)
            item.setToolTip(tip(s.title))
            self.list.addItem(item)
            if s.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.show_intro()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, scenario_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == scenario_id:
                self.list.setCurrentRow(row)
                return

    def show_intro(self) -> None:
        s = self.academy.content.scenarios.get(self.selected_id() or "")
        self.start_btn.setEnabled(s is not None)
        if s is None:
            self.intro_title.setText(self.tr("No scenarios are available."))
            self.intro_text.clear()
            self.best_label.clear()
            self.continue_btn.hide()
            self.best_debrief_btn.hide()
            return
        self.intro_title.setText(s.title)
        self.intro_meta.setText(
            self.tr("%1 · at least %n reply(s) to the best ending · %2 endings", "",
                    decisions_to_best(s))
            .replace("%1", industry_names().get(s.industry, s.industry))
            .replace("%2", str(len(s.endings)))
        )  # fmt: skip
        theme = html_theme(self.colors, self.academy.lang, 12.5 * self.scale)
        show_html(
            self.intro_text, page_html(theme, f"<p>{html.escape(s.intro)}</p>"), theme.base_pt
        )
        best = self.academy.roleplay.best_results().get(s.id)
        if best:
            self.best_label.setText(
                self.tr(
                    "Your best result: %1 · %2 points · %n run(s)",
                    "",
                    len(self.academy.roleplay.runs(s.id)),
                )
                .replace("%1", ending_names()[best["ending_kind"]])
                .replace("%2", f"{best['total']:+d}")
            )
        else:
            self.best_label.setText(self.tr("You have not played this scenario yet."))
        self.continue_btn.setVisible(self.resumable == s.id)
        self.best_debrief_btn.setVisible(best is not None)

    def start_selected(self) -> None:
        """Enter: start the selected scenario, if there is one."""
        if self.start_btn.isEnabled():
            self._request_start()

    def focus_first(self) -> None:
        self.list.setFocus()

    def set_scale(self, scale: float) -> None:
        """Classroom text size; the situation takes it when it is next shown."""
        self.scale = scale

    def _request_start(self) -> None:
        self.start_requested.emit(self.selected_id() or "")

    def _request_best_run(self) -> None:
        sid = self.selected_id()
        best = self.academy.roleplay.best_results().get(sid or "")
        if best is None:
            return
        try:
            run = ScenarioRun.replayed(self.academy.content.scenarios[sid], best["path"])
        except (KeyError, ValueError):
            self.best_label.setText(
                self.tr(
                    "This scenario has changed since your best run, so that run cannot be "
                    "shown again. Your result is kept."
                )
            )
            return
        self.best_run_requested.emit(run)
