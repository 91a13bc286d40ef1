"""The projector window (full screen on the chosen screen) and the presenter view (on the
laptop): the same keys as common presentation software, so a clicker works.

Keys: → Space PgDn next · ← PgUp Backspace back · Home / End · a number then Enter jumps ·
B (or .) black · W (or ,) white · + / − text size · Esc leaves · F1 shows the controls on the
projection. A live quiz adds S (start/pause the countdown), R (reveal) and H (type the hands).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.common.html_theme import PROJECTOR_BACKGROUND
from app.views.classroom.controls import ControlStrip, HandCounts, QuizControls, show_buttons
from app.views.classroom.deck import MARGIN, document, page_number_box
from app.views.classroom.screens import ScreenIdentifier, screens_for_show
from app.views.safe_text import SafeTextBrowser
from app.views.theme import mark

NOTES_PT = 16.0  # the presenter notes' first size: readable at arm's length from a laptop
NOTES_PT_RANGE = (9.0, 40.0)

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down)
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up)


class SlideView(QWidget):
    """Paints one page as the projector shows it; a smaller view (the presenter's preview)
    draws the same layout scaled down, so what the trainer sees is what the room sees."""

    def __init__(self, show, which: str = "current", parent=None) -> None:
        super().__init__(parent)
        self.show_ = show
        self.which = which  # current | next
        self.setMinimumSize(160, 90)
        self.fit = 1.0  # < 1 when a page had to be shrunk to fit (never clipped)
        show.changed.connect(self.update)

    def page_index(self) -> int:
        return self.show_.position() + (1 if self.which == "next" else 0)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        blank = self.show_.blank if self.which == "current" else None
        if blank:
            p.fillRect(self.rect(), QColor("#000000" if blank == "black" else "#ffffff"))
            return
        p.fillRect(self.rect(), QColor(PROJECTOR_BACKGROUND))
        html = self.show_.html(self.page_index())
        if not html:
            return
        w, h = self.show_.size
        zoom = min(self.width() / w, self.height() / h)
        doc = document(html, w * (1 - 2 * MARGIN), self.show_.theme().base_pt, self.show_.assets)
        avail = h * (1 - 2 * MARGIN)
        self.fit = min(1.0, avail / max(1.0, doc.size().height()))
        p.translate((self.width() - w * zoom) / 2, (self.height() - h * zoom) / 2)
        p.scale(zoom, zoom)
        label = self.show_.page_label(self.page_index())
        if label:
            x, y, bw, bh, px = page_number_box(w, h)
            font = QFont(self.show_.families[0] if self.show_.families else "")
            font.setPixelSize(max(8, round(px)))
            p.setFont(font)
            p.setPen(QColor(self.show_.theme().muted))
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
            p.drawText(QRectF(x, y, bw, bh), align, label)
        p.translate(w * MARGIN, h * MARGIN)
        p.scale(self.fit, self.fit)
        doc.drawContents(p, QRectF(0, 0, w * (1 - 2 * MARGIN), avail / self.fit))


class ShowKeys:
    """Presentation keys, shared by the projector and the presenter window. ``controls``
    shows the on-screen controls (F1), ``hands`` starts typing a live quiz's hands (H)."""

    def __init__(self, show, controls=None, hands=None) -> None:
        self.show = show
        self.digits = ""
        self.controls = controls
        self.hands = hands

    def handle(self, event) -> bool:
        key, text = event.key(), event.text()
        s = self.show
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False  # Ctrl+= zooms the notes; Alt+… belongs to the system
        if text.isdigit():
            self.digits += text
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.digits:
                s.jump(int(self.digits))
                self.digits = ""
            else:
                s.next()
            return True
        self.digits = ""
        quiz = hasattr(s, "quiz")
        if quiz and key == Qt.Key.Key_S:
            s.toggle_countdown()
            return True
        if quiz and key == Qt.Key.Key_R:
            s.reveal()
            return True
        if quiz and key == Qt.Key.Key_H and self.hands is not None:
            self.hands()
            return True
        if key in (Qt.Key.Key_F1, Qt.Key.Key_Question) and self.controls is not None:
            self.controls()
            return True
        if key in NEXT_KEYS:
            s.next()
        elif key in BACK_KEYS:
            s.back()
        elif key == Qt.Key.Key_Home:
            s.go(0)
        elif key == Qt.Key.Key_End:
            s.go(s.count() - 1)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            s.set_blank("black")
        elif key in (Qt.Key.Key_W, Qt.Key.Key_Comma):
            s.set_blank("white")
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            s.bigger()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            s.smaller()
        elif key == Qt.Key.Key_Escape:
            s.end()
        else:
            return False
        return True


class ProjectorWindow(QWidget):
    """Full screen on the projector: the page, and a control strip that appears only when the
    mouse moves or F1 is pressed (with one screen it is the trainer's only control)."""

    def __init__(self, show, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.show_ = show
        self.setWindowTitle(self.tr("Projector — 客诉学堂"))
        self.view = SlideView(show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.strip = ControlStrip(show, self)
        self.strip.visibility_changed.connect(self._cursor)
        self.keys = ShowKeys(show, controls=self.strip.appear, hands=self.strip.enter_hands)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.view.setMouseTracking(True)
        self.view.installEventFilter(self)
        self._cursor(False)

    def _cursor(self, strip_shown: bool) -> None:
        shape = Qt.CursorShape.ArrowCursor if strip_shown else Qt.CursorShape.BlankCursor
        self.setCursor(shape)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.view and event.type() == QEvent.Type.MouseMove:
            self.strip.appear()
        return False

    def mouseMoveEvent(self, event) -> None:
        self.strip.appear()
        super().mouseMoveEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.show_.set_size((self.width(), self.height()))
        if self.strip.isVisible():
            self.strip.place()

    def keyPressEvent(self, event) -> None:
        if not self.keys.handle(event):
            super().keyPressEvent(event)

    def place_on(self, screen) -> None:
        """Full screen on ``screen`` (QScreen)."""
        self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()


class PresenterWindow(QWidget):
    """On the trainer's screen: this page and the next, notes, the clock and the page list."""

    screen_chosen = Signal(str)  # a ScreenInfo key
    notes_pt_changed = Signal(float)

    def __init__(self, show, parent=None, notes_pt: float = NOTES_PT) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.show_ = show
        self.setWindowTitle(self.tr("Presenter view — 客诉学堂"))
        self.current = SlideView(show, "current")
        self.next_view = SlideView(show, "next")
        self.clock = QLabel()
        font = self.clock.font()
        font.setPointSizeF(26)
        font.setBold(True)
        self.clock.setFont(font)
        self.position = mark(QLabel(), "Muted")
        self.notes = SafeTextBrowser()
        self.notes.setAccessibleName(self.tr("Presenter notes"))
        self.notes.setToolTip(self.tr("Ctrl+= / Ctrl+− or Ctrl+wheel: notes text size"))
        self.notes.viewport().installEventFilter(self)
        self.notes_pt = NOTES_PT
        self.set_notes_pt(notes_pt, announce=False)
        for keys, step in (
            (("Ctrl+=", "Ctrl++"), 1.0),  # the same keys twice would make both ambiguous
            (("Ctrl+-",), -1.0),
        ):
            for k in keys:
                QShortcut(QKeySequence(k), self, lambda step=step: self.zoom_notes(step))
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: self.set_notes_pt(NOTES_PT))
        self.pages = mark(QListWidget(), "List")
        self.pages.setAccessibleName(self.tr("Slides"))
        self.pages.itemActivated.connect(lambda _i: show.go(self.pages.currentRow()))
        self.pages.itemClicked.connect(lambda _i: show.go(self.pages.currentRow()))
        self.screens = QComboBox()
        self.screens.setAccessibleName(self.tr("Projector screen"))
        self.screens.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screens.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.screens.activated.connect(
            lambda i: self.screen_chosen.emit(self.screens.itemData(i) or "")
        )
        self.identifier = ScreenIdentifier(self)
        self.identify_btn = QPushButton(self.tr("Identify screens"))
        self.identify_btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.identify_btn.clicked.connect(self.identifier.identify)
        self.notice = mark(QLabel(), "Muted")
        self.notice.hide()
        buttons = show_buttons(show)
        buttons.addStretch(1)
        self.screens_label = QLabel(self.tr("Projector:"))
        buttons.addWidget(self.screens_label)
        buttons.addWidget(self.screens)
        buttons.addWidget(self.identify_btn)
        for w in (self.screens_label, self.screens, self.identify_btn):
            w.hide()  # shown when there is a second screen to choose
        self.extra = QVBoxLayout()  # the live quiz puts its countdown and hand counts here
        self.quiz_controls: QuizControls | None = None
        if hasattr(show, "quiz"):
            self.quiz_controls = QuizControls(show)
            self.quiz_controls.done.connect(lambda: self.setFocus(Qt.FocusReason.OtherFocusReason))
            self.extra.addWidget(self.quiz_controls)
        self.keys = ShowKeys(
            show, hands=self.quiz_controls.enter_hands if self.quiz_controls else None
        )

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(mark(QLabel(self.tr("Now on the projector")), "Muted"))
        ll.addWidget(self.current, 3)
        ll.addLayout(self.extra)
        ll.addWidget(mark(QLabel(self.tr("Notes")), "Muted"))
        ll.addWidget(self.notes, 2)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.clock)
        top.addStretch(1)
        top.addWidget(self.position)
        rl.addLayout(top)
        rl.addWidget(mark(QLabel(self.tr("Next")), "Muted"))
        rl.addWidget(self.next_view, 2)
        rl.addWidget(self.pages, 3)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._update_clock)
        self._tick.start()
        show.changed.connect(self.refresh)
        self.refresh()

    # notes text size, as PowerPoint's notes pane zooms ------------------------------------
    def set_notes_pt(self, pt: float, announce: bool = True) -> None:
        low, high = NOTES_PT_RANGE
        pt = max(low, min(high, round(pt, 1)))
        font = self.notes.font()
        font.setPointSizeF(pt)
        self.notes.setFont(font)
        self.notes.document().setDefaultFont(font)
        changed = abs(pt - self.notes_pt) > 1e-6
        self.notes_pt = pt
        if announce and changed:
            self.notes_pt_changed.emit(pt)

    def zoom_notes(self, step: float) -> None:
        self.set_notes_pt(self.notes_pt + step)

    def eventFilter(self, obj, event) -> bool:
        if (
            obj is self.notes.viewport()
            and event.type() == QEvent.Type.Wheel
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            dy = event.angleDelta().y()
            if dy:
                self.zoom_notes(1.0 if dy > 0 else -1.0)
            return True  # the notes' own Ctrl+wheel zoom would not be remembered
        return super().eventFilter(obj, event)

    # the projector's screen ----------------------------------------------------------------
    def fill_screens(self, labels: list[str], keys: list[str], current: str) -> None:
        """The screens to project on (labels as ``labels_for`` makes them, data the keys);
        hidden with a single screen."""
        many = len(keys) > 1
        for w in (self.screens_label, self.screens, self.identify_btn):
            w.setVisible(many)
        self.screens.clear()
        for label, key in zip(labels, keys, strict=True):
            self.screens.addItem(label, key)
        self.screens.setCurrentIndex(keys.index(current) if current in keys else 0)

    def say(self, text: str) -> None:
        """A line above the buttons (a screen connected or gone); empty hides it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def refresh(self) -> None:
        s = self.show_
        titles = s.titles()
        if self.pages.count() != len(titles) or any(
            self.pages.item(i).text() != t for i, t in enumerate(titles)
        ):
            self.pages.clear()
            self.pages.addItems(titles)
        self.pages.setCurrentRow(s.position())
        self.notes.setPlainText(s.notes())
        blank = {"black": self.tr(" · screen black"), "white": self.tr(" · screen white")}
        place = s.place() or (
            self.tr("%1 of %2").replace("%1", str(s.position() + 1))
            .replace("%2", str(s.count()))
        )  # fmt: skip
        self.position.setText(place + blank.get(s.blank or "", ""))
        self._update_clock()

    def _update_clock(self) -> None:
        secs = self.show_.elapsed()
        self.clock.setText(f"{secs // 3600}:{secs // 60 % 60:02d}:{secs % 60:02d}")

    def keyPressEvent(self, event) -> None:
        if not self.keys.handle(event):
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.identifier.close()
        super().closeEvent(event)


__all__ = [
    "NOTES_PT",
    "HandCounts",
    "PresenterWindow",
    "ProjectorWindow",
    "QuizControls",
    "ShowKeys",
    "SlideView",
    "screens_for_show",
]
