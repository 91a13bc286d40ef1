"""The projector window (full screen on the chosen screen) and the presenter view (on the
laptop): the same keys as common presentation software, so a clicker works.

Keys: → Space PgDn next · ← PgUp Backspace back · Home / End · a number then Enter jumps ·
B (or .) black · W (or ,) white · + / − text size · Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.common.html_theme import PROJECTOR_BACKGROUND
from app.views.classroom.deck import MARGIN, document
from app.views.safe_text import SafeTextBrowser
from app.views.theme import mark

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
        p.translate(w * MARGIN, h * MARGIN)
        p.scale(self.fit, self.fit)
        doc.drawContents(p, QRectF(0, 0, w * (1 - 2 * MARGIN), avail / self.fit))


class ShowKeys:
    """Presentation keys, shared by the projector and the presenter window."""

    def __init__(self, show) -> None:
        self.show = show
        self.digits = ""

    def handle(self, event) -> bool:
        key, text = event.key(), event.text()
        s = self.show
        if text.isdigit():
            self.digits += text
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.digits:
                s.go(int(self.digits) - 1)
                self.digits = ""
            else:
                s.next()
            return True
        self.digits = ""
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
    """Full screen on the projector: the page and nothing else."""

    def __init__(self, show, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.show_ = show
        self.keys = ShowKeys(show)
        self.setWindowTitle(self.tr("Projector — 客诉学堂"))
        self.view = SlideView(show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.show_.set_size((self.width(), self.height()))

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

    screen_chosen = Signal(str)

    def __init__(self, show, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.show_ = show
        self.keys = ShowKeys(show)
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
        self.pages = mark(QListWidget(), "List")
        self.pages.setAccessibleName(self.tr("Slides"))
        self.pages.itemActivated.connect(lambda _i: show.go(self.pages.currentRow()))
        self.pages.itemClicked.connect(lambda _i: show.go(self.pages.currentRow()))
        self.screens = QComboBox()
        self.screens.setAccessibleName(self.tr("Projector screen"))
        self.screens.activated.connect(
            lambda i: self.screen_chosen.emit(self.screens.itemData(i) or "")
        )
        buttons = QHBoxLayout()
        for label, slot in (
            (self.tr("◀ Back"), show.back),
            (self.tr("Next ▶"), show.next),
            (self.tr("Black (B)"), lambda: show.set_blank("black")),
            (self.tr("White (W)"), lambda: show.set_blank("white")),
            (self.tr("A− (−)"), show.smaller),
            (self.tr("A+ (+)"), show.bigger),
            (self.tr("End (Esc)"), show.end),
        ):
            b = QPushButton(label)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the window
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.screens_label = QLabel(self.tr("Projector:"))
        buttons.addWidget(self.screens_label)
        buttons.addWidget(self.screens)
        self.screens_label.hide()  # shown when there is a second screen to choose
        self.screens.hide()
        self.extra = QVBoxLayout()  # the live quiz puts its hand counts here

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
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._update_clock)
        self._tick.start()
        show.changed.connect(self.refresh)
        self.refresh()

    def fill_screens(self, names: list[str], current: str) -> None:
        self.screens_label.setVisible(len(names) > 1)
        self.screens.setVisible(len(names) > 1)
        self.screens.clear()
        for n in names:
            self.screens.addItem(n, n)
        self.screens.setCurrentIndex(max(0, names.index(current) if current in names else 0))

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
        self.position.setText(
            self.tr("%1 of %2").replace("%1", str(s.position() + 1)).replace("%2", str(s.count()))
            + blank.get(s.blank or "", "")
        )
        self._update_clock()

    def _update_clock(self) -> None:
        secs = self.show_.elapsed()
        self.clock.setText(f"{secs // 3600}:{secs // 60 % 60:02d}:{secs % 60:02d}")

    def keyPressEvent(self, event) -> None:
        if not self.keys.handle(event):
            super().keyPressEvent(event)


class HandCounts(QWidget):
    """The live quiz's hand count per option (the presenter types what the room shows)."""

    def __init__(self, show, parent=None) -> None:
        super().__init__(parent)
        self.show_ = show
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.spins: list[QSpinBox] = []
        self.go_btn = QPushButton(self.tr("Start the countdown"))
        self.go_btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.go_btn.clicked.connect(self._toggle)
        self._shown_for = -1
        show.changed.connect(self.refresh)
        self.refresh()

    def _toggle(self) -> None:
        s = self.show_
        s.pause_countdown() if s.running else s.start_countdown()

    def refresh(self) -> None:
        from app.classroom.live_quiz import options_of
        from app.views.classroom.shows import LETTERS

        s = self.show_
        q_index = s.quiz.index
        if q_index != self._shown_for:
            self._shown_for = q_index
            while self.row.count():
                item = self.row.takeAt(0)
                if item.widget() and item.widget() is not self.go_btn:
                    item.widget().deleteLater()
            self.spins = []
            self.row.addWidget(QLabel(self.tr("Hands:")))
            for k, _text in enumerate(options_of(s.quiz.question)):
                spin = QSpinBox(minimum=0, maximum=999)
                spin.setPrefix(f"{LETTERS[k]}: ")
                spin.setAccessibleName(self.tr("Hands for option %1").replace("%1", LETTERS[k]))
                spin.setValue(s.quiz.hands()[k])
                spin.valueChanged.connect(lambda v, opt=k: s.set_hands(opt, v))
                self.spins.append(spin)
                self.row.addWidget(spin)
            self.row.addStretch(1)
            self.row.addWidget(self.go_btn)
        self.go_btn.setText(
            self.tr("Pause the countdown") if s.running else self.tr("Start the countdown")
        )
        self.go_btn.setEnabled(not s.quiz.revealed)


def screens_for_show(preferred: str | None):
    """(projector screen, presenter screen or None). With one screen: slides only."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    if len(screens) < 2:
        return primary, None
    by_name = {s.name(): s for s in screens}
    projector = by_name.get(preferred or "") or next(s for s in screens if s is not primary)
    presenter = primary if projector is not primary else next(s for s in screens
                                                               if s is not primary)  # fmt: skip
    return projector, presenter


class Classroom(QObject):
    """Opens the windows of a show on the right screens and closes them together."""

    def __init__(self, show, academy, parent=None) -> None:
        super().__init__(parent)
        self.show = show
        self.academy = academy
        self.projector = ProjectorWindow(show)
        self.presenter: PresenterWindow | None = None
        show.ended.connect(self.close)
        projector_screen, presenter_screen = screens_for_show(academy.setting("projector_screen"))
        if presenter_screen is not None:
            self.presenter = PresenterWindow(show)
            self.presenter.fill_screens(
                [s.name() for s in QGuiApplication.screens()], projector_screen.name()
            )
            self.presenter.screen_chosen.connect(self.move_projector)
            if hasattr(show, "quiz"):
                self.presenter.extra.addWidget(HandCounts(show))
            self.presenter.setScreen(presenter_screen)
            self.presenter.setGeometry(presenter_screen.availableGeometry())
            self.presenter.show()
        self.projector.place_on(projector_screen)
        (self.presenter or self.projector).activateWindow()
        self.projector.setFocus()

    def move_projector(self, name: str) -> None:
        screen = next((s for s in QGuiApplication.screens() if s.name() == name), None)
        if screen is not None:
            self.projector.place_on(screen)
            if self.academy.learner_open:
                self.academy.set_setting("projector_screen", name)

    def close(self) -> None:
        for w in (self.projector, self.presenter):
            if w is not None:
                w.close()
                w.deleteLater()
        if hasattr(self.show, "pause_countdown"):
            self.show.pause_countdown()
        self.deleteLater()
