"""The running dialogue: the customer's line, up to four replies (keys 1–4), the customer's
mood, the conversation so far, and the buttons to take a reply back (Ctrl+Z) or leave (Esc).

It shows a run and reports what the learner does; the page that holds it plays the run
(``app.scenario.engine``), so a run left here can be continued or rebuilt later.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.views.roleplay.common import page_html
from app.views.roleplay.meter import EMOTION_COLORS, EmotionMeter
from app.views.safe_text import SafeTextBrowser
from app.views.theme import html_theme, mark, show_html


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


class ScenarioDialogue(QWidget):
    chosen = Signal(int)  # the index of the reply clicked
    undo_requested = Signal()
    leave_requested = Signal()

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.scale = 1.0
        self.play_title = QLabel()
        font = self.play_title.font()
        font.setPointSizeF(14)
        font.setBold(True)
        self.play_title.setFont(font)
        self.play_title.setWordWrap(True)
        self.meter = EmotionMeter()
        self.undo_btn = QPushButton(self.tr("Take back (Ctrl+Z)"))
        self.undo_btn.clicked.connect(self.undo_requested)
        leave = QPushButton(self.tr("Leave (Esc)"))
        leave.clicked.connect(self.leave_requested)
        top = QHBoxLayout()
        top.addWidget(self.play_title, 1)
        self.tools = QHBoxLayout()  # the page puts its "large text" button here
        top.addLayout(self.tools)
        top.addWidget(self.undo_btn)
        top.addWidget(leave)
        self.transcript = SafeTextBrowser()
        self.transcript.setAccessibleName(self.tr("Conversation so far"))
        # The transcript takes what the current turn leaves (the turn must never be cut).
        self.transcript.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.transcript.setMinimumHeight(90)
        # The transcript follows its newest line: each reply brings it into view, and so does
        # every later change of the transcript's height (the turn below grows or shrinks after
        # the text is set), unless the learner scrolled up to reread.
        self.follow_latest = True
        bar = self.transcript.verticalScrollBar()
        bar.rangeChanged.connect(lambda *_: self._keep_latest_in_view())
        bar.actionTriggered.connect(self._scrolled_by_hand)
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
            b.clicked.connect(lambda _=False, n=i: self.chosen.emit(n))
        turn = QWidget()
        tl = QVBoxLayout(turn)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(bubble)
        tl.addWidget(self.prompt)
        for b in self.replies:
            tl.addWidget(b)
        tl.addStretch(1)
        self.turn_area = FitScrollArea(turn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.meter)
        layout.addWidget(self.transcript, 1)
        layout.addWidget(self.turn_area)

    def show_turn(self, run, previous: int | None = None) -> None:
        """The current turn of ``run``; ``previous`` is the mood before the last reply."""
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
        self._render_transcript(run)
        self.turn_area.updateGeometry()

    def focus_first(self) -> None:
        self.replies[0].setFocus()

    def set_scale(self, scale: float) -> None:
        """Classroom text size (``scale`` > 1): the room follows the current turn, so the
        transcript goes. The current turn takes the new size when it is next shown."""
        self.scale = scale
        self.meter.set_scale(scale)
        self.transcript.setVisible(scale == 1.0)

    def _render_transcript(self, run) -> None:
        theme = html_theme(self.colors, self.academy.lang, 11.5 * self.scale)
        e = html.escape
        you, customer = self.tr("You"), self.tr("Customer")
        parts = [f'<p style="color:{theme.muted}">{e(run.scenario.intro)}</p>']
        for s in run.steps:
            parts.append(
                f'<p><b style="color:{theme.heading}">{e(customer)}：</b>{e(s.node.customer)}</p>'
                f'<p style="margin-left:32px"><b style="color:{theme.link}">{e(you)}：</b>'
                f"{e(s.choice.text)}</p>"
            )
        show_html(self.transcript, page_html(theme, "".join(parts)), theme.base_pt)
        self.follow_latest = True  # a new reply: its line comes into view
        self._keep_latest_in_view()
        # Once more after the layout has settled (the turn below takes its new height).
        QTimer.singleShot(0, self.transcript, self._keep_latest_in_view)

    def _keep_latest_in_view(self) -> None:
        if self.follow_latest:
            bar = self.transcript.verticalScrollBar()
            bar.setValue(bar.maximum())

    def _scrolled_by_hand(self, _action) -> None:
        """Wheel, drag or keys: follow again only once the learner is back at the end."""
        bar = self.transcript.verticalScrollBar()
        self.follow_latest = bar.sliderPosition() >= bar.maximum()
