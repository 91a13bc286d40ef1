"""A role-play on the projector: the same dialogue page in large text, full screen on the
projector screen; the trainer clicks (or types 1–4 for) the reply the class voted for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.views.classroom.screens import screens_for_show
from app.views.roleplay import RolePlayPage


class ScenarioProjector(QWidget):
    def __init__(self, academy, colors, scenario_id: str, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Role-play with the class — 客诉学堂"))
        self.page = RolePlayPage(academy, colors)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.page)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        self.page.stack.currentChanged.connect(self._left_dialogue)
        screen, _presenter = screens_for_show(academy.setting("projector_screen"))
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.page.refresh()
        self.page.select(scenario_id)
        self.page.set_large(True)
        self.page.start(scenario_id)

    def _left_dialogue(self, index: int) -> None:
        if index == 0:  # back at the scenario list: the class session is over
            self.close()
