"""Settings: interface language, colour scheme, and how the organisation knows the learner
(staff id, work e-mail: put in the records sent to its LRS). Applying keeps the learner's
place."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.languages import LANGUAGES
from app.views.theme import mark

THEMES = ("system", "light", "dark")


class SettingsDialog(QDialog):
    def __init__(self, academy, parent=None, *, quiz_running: bool = False) -> None:
        """``quiz_running``: a quiz is under way, so the language and colours wait (changing
        them rebuilds the window, which would lose its answers)."""
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
        if quiz_running:
            for w in (self.language, self.theme):
                w.setEnabled(False)
            wait = QLabel(self.tr("Finish or leave the quiz to change the language or colours."))
            mark(wait, "Muted")
            wait.setWordWrap(True)
            form.addRow("", wait)
        self.academy = academy
        staff_id, email = academy.sync.identity()
        self.staff_id = QLineEdit(staff_id)
        self.staff_id.setMaxLength(64)
        self.staff_id.setAccessibleName(self.tr("Staff ID"))
        self.email = QLineEdit(email)
        self.email.setMaxLength(120)
        self.email.setAccessibleName(self.tr("Work e-mail"))
        form.addRow(self.tr("&Staff ID:"), self.staff_id)
        form.addRow(self.tr("Work &e-mail:"), self.email)
        why = QLabel(self.tr("Only used to name you in the learning records sent to your "
                             "organisation's LRS, if it has one."))  # fmt: skip
        mark(why, "Muted")
        why.setWordWrap(True)
        form.addRow("", why)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        form.addRow("", self.problem)
        for w in (self.staff_id, self.email):
            w.setEnabled(academy.learner_open)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save_identity_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def save_identity_and_accept(self) -> None:
        """Keep the staff id and e-mail (checked: a wrong one keeps the dialog open and
        says why), then close as OK."""
        if self.academy.learner_open and (self.staff_id.text(), self.email.text()) != \
                self.academy.sync.identity():  # fmt: skip
            try:
                self.academy.sync.set_identity(self.staff_id.text(), self.email.text())
            except ValueError as exc:
                field = self.staff_id if str(exc) == "staff-id" else self.email
                self.problem.setText(
                    self.tr("A staff ID is letters, digits, dots, dashes and underscores.")
                    if field is self.staff_id
                    else self.tr("That is not an e-mail address.")
                )
                self.problem.setVisible(True)
                field.setFocus()
                return
        self.accept()

    def chosen(self) -> tuple[str, str]:
        return self.language.currentData(), self.theme.currentData()
