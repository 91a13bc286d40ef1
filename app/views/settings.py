"""Settings: interface language and colour scheme. Applying keeps the learner's place."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from app.languages import LANGUAGES
from app.views.theme import mark

THEMES = ("system", "light", "dark")


class SettingsDialog(QDialog):
    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(academy.lang))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.theme = QComboBox()
        names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for key in THEMES:
            self.theme.addItem(names[key], key)
        current = academy.setting("theme", "system")
        self.theme.setCurrentIndex(THEMES.index(current) if current in THEMES else 0)
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("With 繁體中文, the course text is shown in Traditional Chinese."))
        mark(note, "Muted")
        note.setWordWrap(True)
        form.addRow("", note)
        form.addRow(self.tr("&Colours:"), self.theme)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> tuple[str, str]:
        return self.language.currentData(), self.theme.currentData()
