"""Controls of a show that also work on the projected screen itself, for a laptop mirrored to
a projector (the most common classroom, where there is no presenter view).

``QuizControls`` — start/pause the countdown, reveal, and the hands counted per option — is
the same widget in the presenter view and in the projector's ``ControlStrip``: a band at the
bottom of the projection that appears when the mouse moves or F1 is pressed and hides again
after a few seconds, so it does not stay in the room's view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

HIDE_AFTER_MS = 3000
_STYLE = (
    "#ControlStrip { background: rgba(31, 41, 51, 235); border-top: 1px solid #5a6572; }"
    "#ControlStrip * { font-size: PXpx; }"
    "#ControlStrip QLabel { color: #e4e7eb; }"
    "#ControlStrip QPushButton { color: #ffffff; background: #323f4b; padding: 6px 12px;"
    " border: 1px solid #5a6572; border-radius: 4px; }"
    "#ControlStrip QPushButton:hover { background: #3e4c59; }"
    "#ControlStrip QPushButton:disabled { color: #7b8794; }"
    "#ControlStrip QSpinBox { color: #ffffff; background: #0d1014; border: 1px solid #7b8794;"
    " padding: 2px 6px; }"
    "#ControlStrip QSpinBox:focus { border: 2px solid #f0e442; }"
)


class HandSpin(QSpinBox):
    """The hands for one option. Enter goes on to the next option, Esc ends the entry (the
    keys never reach the show, where Enter would mean "next")."""

    next_requested = Signal()
    done = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent, minimum=0, maximum=999)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)  # typing replaces the count

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            self.next_requested.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.interpretText()
            self.done.emit()
        else:
            super().keyPressEvent(event)


class QuizControls(QWidget):
    """The live quiz's countdown, reveal and hand count per option (what the trainer types
    after counting the room's hands)."""

    done = Signal()  # the hand entry ended (Esc, or Enter on the last option)

    def __init__(self, show, parent=None) -> None:
        super().__init__(parent)
        self.show_ = show
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.spins: list[HandSpin] = []
        self.go_btn = QPushButton()
        self.go_btn.clicked.connect(show.toggle_countdown)
        self.reveal_btn = QPushButton(self.tr("Reveal (R)"))
        self.reveal_btn.clicked.connect(show.reveal)
        self.hands_label = QLabel(self.tr("Hands (H):"))
        for b in (self.go_btn, self.reveal_btn):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the window
        self._shown_for = -1
        show.changed.connect(self.refresh)
        self.refresh()

    def enter_hands(self) -> None:
        """Keyboard entry of the hands: the first option's count takes the keys."""
        if self.spins:
            self.spins[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _next_spin(self, k: int) -> None:
        if k + 1 < len(self.spins):
            self.spins[k + 1].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.done.emit()

    def _rebuild(self) -> None:
        from app.classroom.live_quiz import options_of
        from app.views.classroom.shows import LETTERS

        s = self.show_
        had_focus = any(spin.hasFocus() for spin in self.spins)
        while self.row.count():
            item = self.row.takeAt(0)
            w = item.widget()
            if w is not None and w not in (self.go_btn, self.reveal_btn, self.hands_label):
                w.deleteLater()
        self.spins = []
        self.row.addWidget(self.go_btn)
        self.row.addWidget(self.reveal_btn)
        self.row.addSpacing(16)
        self.row.addWidget(self.hands_label)
        for k, _text in enumerate(options_of(s.quiz.question)):
            spin = HandSpin()
            spin.setPrefix(f"{LETTERS[k]}: ")
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("M: 9999") + 16)
            spin.setAccessibleName(self.tr("Hands for option %1").replace("%1", LETTERS[k]))
            spin.setValue(s.quiz.hands()[k])
            spin.valueChanged.connect(lambda v, opt=k: s.set_hands(opt, v))
            spin.next_requested.connect(lambda k=k: self._next_spin(k))
            spin.done.connect(self.done)
            self.spins.append(spin)
            self.row.addWidget(spin)
        self.row.addStretch(1)
        if had_focus:
            self.done.emit()

    def refresh(self) -> None:
        s = self.show_
        if s.quiz.index != self._shown_for:
            self._shown_for = s.quiz.index
            self._rebuild()
        hands = s.quiz.hands()
        for k, spin in enumerate(self.spins):  # counts typed in the other window
            if spin.value() != hands[k] and not spin.hasFocus():
                spin.blockSignals(True)
                spin.setValue(hands[k])
                spin.blockSignals(False)
        self.go_btn.setText(
            self.tr("Pause the countdown (S)") if s.running else self.tr("Start the countdown (S)")
        )
        self.go_btn.setEnabled(not s.quiz.revealed and s.quiz.remaining > 0)
        self.reveal_btn.setEnabled(not s.quiz.revealed)


HandCounts = QuizControls  # the name the presenter view and screenshots used first


def show_buttons(show) -> QHBoxLayout:
    """A row of the show's own buttons, each naming its key, for the presenter view and the
    projection's control strip alike. They never take the focus: the keys stay with the
    window."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("ShowButtons", text)

    row = QHBoxLayout()
    for label, slot in (
        (tr("◀ Back (←)"), show.back),
        (tr("Next (→) ▶"), show.next),
        (tr("Black (B)"), lambda: show.set_blank("black")),
        (tr("White (W)"), lambda: show.set_blank("white")),
        (tr("A− (−)"), show.smaller),
        (tr("A+ (+)"), show.bigger),
        (tr("End (Esc)"), show.end),
    ):
        b = QPushButton(label)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(slot)
        row.addWidget(b)
    return row


class ControlStrip(QFrame):
    """A band over the bottom of the projection with the show's buttons (each naming its
    key); it appears on mouse move or F1 and hides again after ``HIDE_AFTER_MS`` unless the
    mouse is on it or a hand count is being typed."""

    visibility_changed = Signal(bool)

    def __init__(self, show, parent: QWidget) -> None:
        super().__init__(parent)
        self.show_ = show
        self.setObjectName("ControlStrip")
        self.setAutoFillBackground(False)
        self._px = 0
        self.place_label = QLabel()
        self.hint = QLabel()
        buttons = show_buttons(show)
        buttons.addStretch(1)
        buttons.addWidget(self.place_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.quiz: QuizControls | None = None
        if hasattr(show, "quiz"):
            self.quiz = QuizControls(show)
            self.quiz.done.connect(self._hands_done)
            layout.addWidget(self.quiz)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self._timer = QTimer(self, singleShot=True, interval=HIDE_AFTER_MS)
        self._timer.timeout.connect(self._maybe_hide)
        show.changed.connect(self.refresh)
        self.hide()
        self.refresh()

    def refresh(self) -> None:
        s = self.show_
        self.place_label.setText(s.place() or (
            self.tr("%1 of %2").replace("%1", str(s.position() + 1))
            .replace("%2", str(s.count()))
        ))  # fmt: skip

    def typing_hands(self) -> bool:
        return self.quiz is not None and any(s.hasFocus() for s in self.quiz.spins)

    def appear(self, ms: int = HIDE_AFTER_MS, hint: str = "") -> None:
        """Show the strip for ``ms`` (again from now if it is already shown)."""
        if not hint:
            hint = (
                self.tr("Move the mouse or press F1 for these controls · S countdown · "
                        "R reveal · H type the hands")
                if self.quiz is not None
                else self.tr("Move the mouse or press F1 for these controls")
            )  # fmt: skip
        self.hint.setText(hint)
        self.place()
        was = self.isVisible()
        self.show()
        self.raise_()
        self._timer.start(ms)
        if not was:
            self.visibility_changed.emit(True)

    def enter_hands(self) -> None:
        if self.quiz is None:
            return
        self.appear(hint=self.tr(
            "Type the hands for each option · Enter: next option · Esc: done"
        ))  # fmt: skip
        self.quiz.enter_hands()

    def _hands_done(self) -> None:
        self.parentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
        self.appear()

    def _maybe_hide(self) -> None:
        if self.underMouse() or self.typing_hands():
            self._timer.start()
            return
        self.hide()
        self.visibility_changed.emit(False)

    def place(self) -> None:
        """Across the bottom of the parent, as tall as its contents need."""
        parent = self.parentWidget()
        px = max(14, parent.height() // 45)  # readable on the projected screen
        if px != self._px:
            self._px = px
            self.setStyleSheet(_STYLE.replace("PX", str(px)))
        h = self.sizeHint().height()
        self.setGeometry(0, parent.height() - h, parent.width(), h)
