"""The screens a show can use: QScreen to plain ``ScreenInfo`` (the choosing is in
app/classroom/screens.py), their labels, and "Identify screens" — a big number on each screen
for a few seconds, the number the screen list shows, as display settings do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.classroom.screens import ScreenInfo, choose_screens, screen_label

IDENTIFY_MS = 3000


def info_of(screen) -> ScreenInfo:
    g = screen.geometry()
    primary = screen is QGuiApplication.primaryScreen()
    return ScreenInfo(screen.name(), g.x(), g.y(), g.width(), g.height(), primary)


def infos_of(screens) -> list[ScreenInfo]:
    return [info_of(s) for s in screens]


def labels_for(infos: list[ScreenInfo]) -> list[str]:
    """Each screen's line ("1 · HDMI-1 — 1920×1080 at (1366, 0), primary") in the
    interface's language."""
    template = QCoreApplication.translate("ScreenList", "%1 — %2×%3 at (%4, %5)")
    primary = QCoreApplication.translate("ScreenList", ", primary")
    return [screen_label(i, s, template, primary) for i, s in enumerate(infos, start=1)]


def screens_for_show(preferred: str | None):
    """(projector QScreen, presenter QScreen or None). With one screen: slides only."""
    screens = QGuiApplication.screens()
    projector, presenter = choose_screens(infos_of(screens), preferred)
    return screens[projector], (screens[presenter] if presenter is not None else None)


class ScreenNumber(QWidget):
    """The big number shown on one screen by "Identify screens"; it takes no focus."""

    def __init__(self, number: int, label: str, screen) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("ScreenNumber")
        self.setStyleSheet(
            "#ScreenNumber { background: #1f2933; border: 4px solid #f0e442; }"
            "QLabel { color: #ffffff; }"
        )
        g = screen.geometry()
        side = max(200, min(g.width(), g.height()) // 3)
        self.number = QLabel(str(number))
        font = QFont()
        font.setPixelSize(int(side * 0.6))
        font.setBold(True)
        self.number.setFont(font)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel(label)
        small = QFont()
        small.setPixelSize(max(14, side // 14))
        self.label.setFont(small)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.label)
        self.setScreen(screen)
        w = int(side * 1.6)
        self.setGeometry(g.x() + (g.width() - w) // 2, g.y() + (g.height() - side) // 2, w, side)


class ScreenIdentifier(QObject):
    """Shows a ``ScreenNumber`` on every screen, closed together after ``IDENTIFY_MS``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.windows: list[ScreenNumber] = []
        self._timer = QTimer(self, singleShot=True, interval=IDENTIFY_MS)
        self._timer.timeout.connect(self.close)

    def identify(self) -> None:
        self.close()
        screens = QGuiApplication.screens()
        for number, (screen, label) in enumerate(
            zip(screens, labels_for(infos_of(screens)), strict=True), start=1
        ):
            w = ScreenNumber(number, label, screen)
            w.show()
            self.windows.append(w)
        self._timer.start()

    def close(self) -> None:
        for w in self.windows:
            w.close()
            w.deleteLater()
        self.windows = []
