"""The role-play page: pick a scenario, talk the customer through the complaint, read the
debrief, play again.

Keys: 1–4 choose a reply, Ctrl+Z takes the last reply back (a misclick in class), Esc leaves
the dialogue (the run is kept and can be continued), Ctrl+R plays again from the debrief,
Ctrl+Shift+L switches large text for a classroom. The engine is ``app.scenario.engine``; a run
is stored only when it reaches an ending (``Academy.finish_scenario``).
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.scenario.engine import decisions_to_best
from app.views.labels import dimension_names, emotion_names, ending_names, industry_names
from app.views.page import ChangeAware
from app.views.theme import html_theme, mark, show_html

ID_ROLE = Qt.ItemDataRole.UserRole


def large_scale(height: int) -> float:
    """Text scale in classroom mode: 2× on a 1080-line projector, less on a 720-line one so
    the customer's line and every reply still fit without scrolling."""
    return max(1.4, min(2.0, height / 540))


# Okabe–Ito colours, calm → furious: they stay distinct for colour-blind viewers and on a
# washed-out projector; every step is also labelled, so nothing depends on colour alone.
EMOTION_COLORS = ("#0072B2", "#56B4E9", "#F0E442", "#E69F00", "#D55E00")
EMOTION_TEXT = ("#ffffff", "#10222c", "#2b2700", "#2b1d00", "#ffffff")
ENDING_COLORS = {"loyal": "#0072B2", "costly": "#B07A00", "escalated": "#D55E00", "lost": "#8B1E00"}


class EmotionMeter(QWidget):
    """The customer's mood from 暴怒 (left) to 平静 (right); the current step is filled."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.level = 4
        self.scale = 1.0
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        self.caption = QLabel(self.tr("Customer's mood:"))
        row.addWidget(self.caption)
        self.steps: list[QLabel] = []
        for _level in range(4, -1, -1):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.steps.append(label)
            row.addWidget(label)
        self.trend = QLabel()
        row.addWidget(self.trend)
        row.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_level(4)

    def set_level(self, level: int, previous: int | None = None) -> None:
        self.level = level
        names = emotion_names()
        for label, lv in zip(self.steps, range(4, -1, -1), strict=True):
            label.setText(names[lv])
            pad = int(4 * self.scale)
            size = 10 * self.scale
            if lv == level:
                label.setStyleSheet(
                    f"background:{EMOTION_COLORS[lv]}; color:{EMOTION_TEXT[lv]}; "
                    f"border-radius:5px; padding:{pad}px {2 * pad}px; font-weight:700; "
                    f"font-size:{size + 1}pt;"
                )
            else:
                label.setStyleSheet(
                    f"border:1px solid {EMOTION_COLORS[lv]}; border-radius:5px; "
                    f"padding:{pad}px {2 * pad}px; font-size:{size}pt; color:palette(text);"
                )
        if previous is None or previous == level:
            self.trend.setText("")
        elif level < previous:
            self.trend.setText(self.tr("▼ calmer"))
        else:
            self.trend.setText(self.tr("▲ angrier"))
        self.setAccessibleName(self.tr("Customer's mood: %1").replace("%1", names[level]))

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        font = self.caption.font()
        font.setPointSizeF(10.5 * scale)
        self.caption.setFont(font)
        self.trend.setFont(font)
        self.set_level(self.level)


class ReplyButton(QPushButton):
    """A reply the learner can give: a number key and the wrapped text of the reply."""

    def __init__(self, number: int, parent=None) -> None:
        super().__init__(parent)
        self.number = QLabel(str(number))
        self.number.setFixedWidth(28)
        self.number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.number.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = QHBoxLayout(self)
        # The height follows the width (heightForWidth below); a layout-imposed minimum would be
        # the height of the text wrapped at its narrowest, leaving gaps under every reply.
        row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        row.setContentsMargins(10, 8, 12, 8)
        row.addWidget(self.number)
        row.addWidget(self.text_label, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setStyleSheet(
            "ReplyButton { text-align:left; border:1px solid palette(mid); border-radius:8px;"
            " background:palette(base); }"
            "ReplyButton:hover { border:1px solid palette(highlight); }"
            "ReplyButton:focus { border:2px solid palette(highlight); }"
        )

    def set_reply(self, text: str, scale: float) -> None:
        self.text_label.setText(text)
        self.setAccessibleName(f"{self.number.text()}. {text}")
        for label, extra in ((self.number, 1.0), (self.text_label, 0.0)):
            font = label.font()
            font.setPointSizeF((11 + extra) * scale)
            font.setBold(label is self.number)
            label.setFont(font)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = max(40, width - 28 - 22 - 6)
        return self.text_label.heightForWidth(inner) + 18

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(self.heightForWidth(self.width() if self.width() > 160 else 600))
        return hint

    def minimumSizeHint(self):
        # One line: the real height comes from heightForWidth at the width it is given.
        return QSize(160, self.text_label.fontMetrics().height() + 18)


class FitScrollArea(QScrollArea):
    """As tall as its content when there is room; scrolls only when there is not (large text
    on a 1280×720 projector), so a reply is never cut off."""

    def __init__(self, content: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self):
        hint = super().sizeHint()
        content = self.widget()
        needed = content.heightForWidth(max(200, self.viewport().width()))
        hint.setHeight(max(needed, content.minimumSizeHint().height()) + 2)
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # a new width wraps the replies anew


class RolePlayPage(ChangeAware, QWidget):
    open_lesson = Signal(str, int, float)
    project_requested = Signal(str)  # a scenario id: play it with a class on the projector

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.run = None
        self.started_at = 0.0
        self.scale = 1.0
        self.last_result: dict | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_chooser())
        self.stack.addWidget(self._build_dialogue())
        self.stack.addWidget(self._build_debrief())
        self.large_btn = QPushButton(self.tr("Large text for class"))
        self.large_btn.setCheckable(True)
        self.large_btn.setToolTip(self.tr("Large text for a projector (Ctrl+Shift+L)"))
        self.large_btn.toggled.connect(self.set_large)
        self.stack.currentChanged.connect(self._place_large_button)
        self._place_large_button(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.stack)
        for keys, slot in (
            ("Ctrl+Z", self.undo),
            ("Escape", self.leave_dialogue),
            ("Ctrl+R", self.play_again),
            ("Ctrl+Shift+L", self.large_btn.toggle),
            ("Return", self._enter),
            ("Enter", self._enter),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    # chooser -------------------------------------------------------------------------------
    def _build_chooser(self) -> QWidget:
        self.list = mark(QListWidget(), "List")
        self.list.setAccessibleName(self.tr("Scenarios"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentItemChanged.connect(lambda *_: self._show_intro())
        self.list.itemActivated.connect(lambda *_: self.start())
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
        self.intro_text = QTextBrowser()
        self.intro_text.setFrameShape(QFrame.Shape.NoFrame)
        self.intro_text.setAccessibleName(self.tr("Situation"))
        self.best_label = QLabel()
        self.best_label.setWordWrap(True)
        self.start_btn = mark(QPushButton(self.tr("Start (Enter)")), "Primary")
        self.start_btn.clicked.connect(self.start)
        self.continue_btn = QPushButton(self.tr("Continue where I left off"))
        self.continue_btn.clicked.connect(self.resume)
        self.best_debrief_btn = QPushButton(self.tr("Debrief of my best run"))
        self.best_debrief_btn.clicked.connect(self.show_best_debrief)
        buttons = QHBoxLayout()
        buttons.addWidget(self.best_debrief_btn)
        buttons.addStretch(1)
        self.chooser_tools = QHBoxLayout()
        buttons.addLayout(self.chooser_tools)
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
        return splitter

    def affected_by(self, changes, initiator) -> bool:
        return changes.touches("scenario_runs")

    def refresh(self) -> None:
        """Fill the scenario list with each scenario's best result so far."""
        current = self.selected_id()
        best = self.academy.roleplay.best_results() if self.academy.learner_open else {}
        names, endings = industry_names(), ending_names()
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.academy.content.scenarios.values():
            b = best.get(s.id)
            status = endings[b["ending_kind"]] if b else self.tr("not played yet")
            item = QListWidgetItem(f"{s.title}\n{names.get(s.industry, s.industry)} · {status}")
            item.setData(ID_ROLE, s.id)
            item.setToolTip(s.title)
            self.list.addItem(item)
            if s.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show_intro()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, scenario_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == scenario_id:
                self.list.setCurrentRow(row)
                return

    def _show_intro(self) -> None:
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
            self.tr("%1 · at least %2 replies to the best ending · %3 endings")
            .replace("%1", industry_names().get(s.industry, s.industry))
            .replace("%2", str(decisions_to_best(s)))
            .replace("%3", str(len(s.endings)))
        )
        theme = html_theme(self.colors, self.academy.lang, 12.5 * self.scale)
        show_html(
            self.intro_text, self._page(theme, f"<p>{html.escape(s.intro)}</p>"), theme.base_pt
        )
        best = self.academy.roleplay.best_results().get(s.id) if self.academy.learner_open else None
        if best:
            self.best_label.setText(
                self.tr("Your best result: %1 · %2 points · %3 run(s)")
                .replace("%1", ending_names()[best["ending_kind"]])
                .replace("%2", f"{best['total']:+d}")
                .replace("%3", str(len(self.academy.roleplay.runs(s.id))))
            )
        else:
            self.best_label.setText(self.tr("You have not played this scenario yet."))
        unfinished = self.run is not None and not self.run.finished and self.run.steps
        self.continue_btn.setVisible(bool(unfinished and self.run.scenario.id == s.id))
        self.best_debrief_btn.setVisible(best is not None)

    def _enter(self) -> None:
        if self.stack.currentIndex() == 0 and self.start_btn.isEnabled():
            self.start()

    # dialogue ------------------------------------------------------------------------------
    def _build_dialogue(self) -> QWidget:
        page = QWidget()
        self.play_title = QLabel()
        font = self.play_title.font()
        font.setPointSizeF(14)
        font.setBold(True)
        self.play_title.setFont(font)
        self.play_title.setWordWrap(True)
        self.meter = EmotionMeter()
        self.undo_btn = QPushButton(self.tr("Take back (Ctrl+Z)"))
        self.undo_btn.clicked.connect(self.undo)
        leave = QPushButton(self.tr("Leave (Esc)"))
        leave.clicked.connect(self.leave_dialogue)
        top = QHBoxLayout()
        top.addWidget(self.play_title, 1)
        self.play_tools = QHBoxLayout()
        top.addLayout(self.play_tools)
        top.addWidget(self.undo_btn)
        top.addWidget(leave)
        self.transcript = QTextBrowser()
        self.transcript.setAccessibleName(self.tr("Conversation so far"))
        # The transcript takes what the current turn leaves (the turn must never be cut).
        self.transcript.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.transcript.setMinimumHeight(90)
        self.customer_line = QLabel()
        self.customer_line.setWordWrap(True)
        self.customer_line.setAccessibleName(self.tr("What the customer says"))
        self.customer_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bubble = QFrame()
        bubble.setObjectName("Bubble")
        bubble.setStyleSheet(
            "#Bubble { background: palette(alternate-base); border-left: 5px solid "
            f"{EMOTION_COLORS[4]}; border-radius: 6px; }}"
        )
        self.bubble = bubble
        bl = QVBoxLayout(bubble)
        bl.setContentsMargins(16, 10, 16, 10)
        self.customer_caption = mark(QLabel(self.tr("Customer")), "Muted")
        bl.addWidget(self.customer_caption)
        bl.addWidget(self.customer_line)
        self.prompt = mark(QLabel(self.tr("Your reply (press 1–4):")), "Muted")
        self.replies = [ReplyButton(i + 1) for i in range(4)]
        for i, b in enumerate(self.replies):
            b.clicked.connect(lambda _=False, n=i: self.choose(n))
        turn = QWidget()
        tl = QVBoxLayout(turn)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(bubble)
        tl.addWidget(self.prompt)
        for b in self.replies:
            tl.addWidget(b)
        tl.addStretch(1)
        self.turn_area = FitScrollArea(turn)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.meter)
        layout.addWidget(self.transcript, 1)
        layout.addWidget(self.turn_area)
        return page

    def start(self, scenario_id: str | None = None) -> None:
        sid = scenario_id or self.selected_id()
        if not sid or sid not in self.academy.content.scenarios:
            return
        self.run = self.academy.roleplay.start(sid)
        self.started_at = time.monotonic()
        self.last_result = None
        self._show_turn()

    def resume(self) -> None:
        if self.run is not None and not self.run.finished:
            self._show_turn()

    def choose(self, index: int) -> None:
        if self.stack.currentIndex() != 1 or self.run is None or self.run.finished:
            return
        node = self.run.node
        if not 0 <= index < len(node.choices):
            return
        step = self.run.choose(index)
        if self.run.finished:
            self._finish()
        else:
            self._show_turn(step.emotion_before)

    def undo(self) -> None:
        if self.stack.currentIndex() == 1 and self.run is not None and self.run.steps:
            step = self.run.undo()
            self._show_turn(step.emotion_after if step else None)

    def leave_dialogue(self) -> None:
        if self.stack.currentIndex() in (1, 2):
            self.refresh()
            if self.run is not None:
                self.select(self.run.scenario.id)
            self.stack.setCurrentIndex(0)
            self.list.setFocus()

    def _show_turn(self, previous: int | None = None) -> None:
        run = self.run
        node = run.node
        self.play_title.setText(run.scenario.title)
        self.meter.set_level(run.emotion, previous)
        self.bubble.setStyleSheet(
            "#Bubble { background: palette(alternate-base); border-left: 5px solid "
            f"{EMOTION_COLORS[run.emotion]}; border-radius: 6px; }}"
        )
        self.customer_line.setText(node.customer)
        for label, size in (
            (self.customer_line, 14),
            (self.play_title, 14),
            (self.customer_caption, 10.5),
            (self.prompt, 10.5),
        ):
            font = label.font()
            font.setPointSizeF(size * self.scale)
            label.setFont(font)
        for i, b in enumerate(self.replies):
            if i < len(node.choices):
                b.set_reply(node.choices[i].text, self.scale)
                b.show()
            else:
                b.hide()
        self.undo_btn.setEnabled(bool(run.steps))
        self._render_transcript()
        self.turn_area.updateGeometry()
        self.stack.setCurrentIndex(1)
        self.replies[0].setFocus()

    def _render_transcript(self) -> None:
        theme = html_theme(self.colors, self.academy.lang, 11.5 * self.scale)
        e = html.escape
        you, customer = self.tr("You"), self.tr("Customer")
        parts = [f'<p style="color:{theme.muted}">{e(self.run.scenario.intro)}</p>']
        for s in self.run.steps:
            parts.append(
                f'<p><b style="color:{theme.heading}">{e(customer)}：</b>{e(s.node.customer)}</p>'
                f'<p style="margin-left:32px"><b style="color:{theme.link}">{e(you)}：</b>'
                f"{e(s.choice.text)}</p>"
            )
        show_html(self.transcript, self._page(theme, "".join(parts)), theme.base_pt)
        # The newest exchange in view (after the layout has settled, so the maximum is right).
        QTimer.singleShot(0, self._scroll_transcript_to_end)

    def _scroll_transcript_to_end(self) -> None:
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())

    def keyPressEvent(self, event) -> None:
        if self.stack.currentIndex() == 1 and event.text().isdigit():
            self.choose(int(event.text()) - 1)
            return
        super().keyPressEvent(event)

    # debrief -------------------------------------------------------------------------------
    def _build_debrief(self) -> QWidget:
        page = QWidget()
        self.debrief_title = mark(QLabel(), "PageTitle")
        self.debrief_title.setWordWrap(True)
        self.new_best = QLabel()
        self.again_btn = mark(QPushButton(self.tr("Play again (Ctrl+R)")), "Primary")
        self.again_btn.clicked.connect(self.play_again)
        back = QPushButton(self.tr("All scenarios (Esc)"))
        back.clicked.connect(self.leave_dialogue)
        top = QHBoxLayout()
        top.addWidget(self.debrief_title, 1)
        self.debrief_tools = QHBoxLayout()
        top.addLayout(self.debrief_tools)
        top.addWidget(back)
        top.addWidget(self.again_btn)
        self.debrief = QTextBrowser()
        self.debrief.setOpenLinks(False)
        self.debrief.anchorClicked.connect(self._link)
        self.debrief.setAccessibleName(self.tr("Debrief"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.new_best)
        layout.addWidget(self.debrief, 1)
        return page

    def _finish(self) -> None:
        seconds = time.monotonic() - self.started_at
        mode = "classroom" if self.scale > 1 else "self"
        self.last_result = self.academy.roleplay.finish(self.run, seconds, mode=mode)
        self._show_debrief(self.run, self.last_result)

    def show_best_debrief(self) -> None:
        sid = self.selected_id()
        best = self.academy.roleplay.best_results().get(sid or "")
        if best is None:
            return
        from app.scenario.engine import ScenarioRun

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
        self.run = run
        self._show_debrief(run, None)

    def _show_debrief(self, run, result: dict | None) -> None:
        ending = run.ending
        self.debrief_title.setText(f"{run.scenario.title} — {ending.title}")
        if result is None:
            self.new_best.setText(self.tr("Your best run so far."))
        elif result["best"] and result["previous_best"] is not None:
            self.new_best.setText(self.tr("A new best result for this scenario."))
        elif result["best"]:
            self.new_best.setText(self.tr("First run saved. Play again to try another path."))
        else:
            prev = result["previous_best"]
            self.new_best.setText(
                self.tr("Saved. Your best remains: %1, %2 points.")
                .replace("%1", ending_names()[prev["ending_kind"]])
                .replace("%2", f"{prev['total']:+d}")
            )
        self._render_debrief(run)
        self.stack.setCurrentIndex(2)
        self.again_btn.setFocus()

    def _render_debrief(self, run) -> None:
        theme = html_theme(self.colors, self.academy.lang, 12 * self.scale)
        show_html(self.debrief, self._debrief_html(run, theme), theme.base_pt)

    def _debrief_html(self, run, theme) -> str:
        e = html.escape
        ending = run.ending
        color = ENDING_COLORS.get(ending.kind, theme.heading)
        dims = dimension_names()
        steps = len(run.steps)
        parts = [
            f'<p style="font-size:{14 * self.scale}pt; color:{color}; font-weight:700; '
            f'margin-bottom:2px">{e(ending_names()[ending.kind])}</p>',
            f"<p>{e(ending.text)}</p>",
            f'<p style="color:{theme.muted}">'
            + e(
                self.tr("%1 replies · customer's mood at the end: %2 · total %3 points")
                .replace("%1", str(steps))
                .replace("%2", emotion_names()[run.emotion])
                .replace("%3", f"{run.total():+d}")
            )
            + "</p>",
            f'<table cellspacing="0" cellpadding="{int(5 * self.scale)}" '
            f'style="border-collapse:collapse; margin-bottom:8px">',
        ]
        span = max(1, 2 * steps)  # each reply scores −2 … +2 per dimension
        for dim, name in dims.items():
            value = run.scores[dim]
            width = int(180 * self.scale * abs(value) / span) + 1
            bar_color = "#0072B2" if value >= 0 else "#D55E00"
            parts.append(
                f"<tr><td>{e(name)}</td><td align='right'><b>{value:+d}</b></td>"
                f"<td style='color:{theme.muted}'>/ {span}</td>"
                f"<td><table cellspacing='0' cellpadding='0'><tr><td width='{width}' "
                f"height='{int(10 * self.scale)}' bgcolor='{bar_color}'></td></tr></table>"
                "</td></tr>"
            )
        parts.append("</table>")
        heading = self.tr("Your replies")
        parts.append(f'<h2 style="color:{theme.heading}">{e(heading)}</h2>')
        followed, broke = self.tr("Followed"), self.tr("Broke")
        customer, you, study = self.tr("Customer"), self.tr("You"), self.tr("Study: %1")
        for n, d in enumerate(run.debrief(), start=1):
            ok = d["followed"]
            mark_color = "#0072B2" if ok else "#D55E00"
            verdict = f"✔ {followed}" if ok else f"✘ {broke}"
            lesson_id, _, section = d["lesson"].partition("#")
            lesson = self.academy.lesson(lesson_id)
            where = lesson.title if lesson else lesson_id
            if lesson and section.isdigit() and 0 < int(section) <= len(lesson.sections):
                where += f" · {lesson.sections[int(section) - 1].title}"
            parts.append(
                f'<p style="margin-top:14px; margin-bottom:2px"><b>{n}.</b> '
                f'<span style="color:{theme.muted}">{e(customer)}：'
                f"{e(d['customer'])}</span></p>"
                f'<p style="margin:2px 0 2px 24px">{e(you)}：{e(d["reply"])}</p>'
                f'<p style="margin:2px 0 2px 24px"><b style="color:{mark_color}">{e(verdict)}：'
                f"{e(d['principle'])}</b> — {e(d['feedback'])}</p>"
                f'<p style="margin:2px 0 2px 24px"><a href="lesson:{e(d["lesson"])}">'
                f"{e(study.replace('%1', where))}</a></p>"
            )
        return self._page(theme, "".join(parts))

    def play_again(self) -> None:
        if self.stack.currentIndex() == 2 and self.run is not None:
            self.start(self.run.scenario.id)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "lesson":
            target = url.path() or url.toString()[len("lesson:") :].split("#")[0]
            fragment = url.fragment()
            self.open_lesson.emit(target, int(fragment) if fragment.isdigit() else 0, -1.0)

    # shared --------------------------------------------------------------------------------
    @staticmethod
    def _page(theme, body: str) -> str:
        fonts = ", ".join(f"'{f}'" for f in theme.font_families)
        return (
            f'<html><body style="font-family:{fonts}; color:{theme.text}; '
            f'font-size:{theme.base_pt}pt; line-height:150%;">{body}</body></html>'
        )

    def set_large(self, on: bool) -> None:
        """Classroom text size: the class reads the customer and the replies from the back of
        the room, and the trainer clicks the reply the class chose."""
        self.scale = large_scale(self.height()) if on else 1.0
        if self.large_btn.isChecked() != on:
            self.large_btn.setChecked(on)
        self.meter.set_scale(self.scale)
        self.transcript.setVisible(not on)  # in class the room follows the current turn
        index = self.stack.currentIndex()
        if index == 1 and self.run is not None and not self.run.finished:
            self._show_turn()
        elif index == 2 and self.run is not None and self.run.finished:
            self._render_debrief(self.run)
        else:
            self._show_intro()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.large_btn.isChecked() and abs(large_scale(self.height()) - self.scale) > 0.05:
            self.set_large(True)

    def _place_large_button(self, index: int) -> None:
        """The one "large text" button moves to whichever sub-page is showing."""
        (self.chooser_tools, self.play_tools, self.debrief_tools)[index].addWidget(self.large_btn)

    # keeping the place across a window rebuild (language or colours changed) --------------
    def place(self) -> dict:
        if self.run is None or self.run.finished or self.stack.currentIndex() != 1:
            return {"scenario": self.selected_id()}
        return {"scenario": self.run.scenario.id, "path": [list(p) for p in self.run.path]}

    def restore_place(self, place: dict) -> None:
        self.refresh()
        sid = place.get("scenario")
        if sid:
            self.select(sid)
        if sid in self.academy.content.scenarios and place.get("path") is not None:
            from app.scenario.engine import ScenarioRun

            try:
                self.run = ScenarioRun.replayed(
                    self.academy.content.scenarios[sid], [tuple(p) for p in place["path"]]
                )
            except ValueError:
                return
            self.started_at = time.monotonic()
            self._show_turn()
