"""The profile chooser shown at start, and the small dialogs behind its buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.languages import LANGUAGES
from app.services.errors import ProfileError
from app.views.icons import icon
from app.views.plain import as_rich, plain
from app.views.theme import mark

ID_ROLE = Qt.ItemDataRole.UserRole


def profile_error_text(code: str) -> str:
    # One fixed context, so lupdate and the runtime agree wherever this is called from.
    texts = {
        "name-empty": QCoreApplication.translate("ProfileChooser", "Please enter a name."),
        "name-too-long": QCoreApplication.translate(
            "ProfileChooser", "The name is too long (40 characters at most)."
        ),
        "name-taken": QCoreApplication.translate(
            "ProfileChooser", "A profile with this name already exists."
        ),
        "pin-format": QCoreApplication.translate("ProfileChooser", "A PIN is exactly 4 digits."),
        "no-such-profile": QCoreApplication.translate(
            "ProfileChooser", "This profile no longer exists."
        ),
        "already-restored": QCoreApplication.translate(
            "ProfileChooser", "This profile has already been restored."
        ),
        "not-trainer": QCoreApplication.translate(
            "ProfileChooser", "Only the trainer can do this (after entering the trainer's PIN)."
        ),
        "trainer-needs-pin": QCoreApplication.translate(
            "ProfileChooser", "The trainer's profile needs a PIN: set one first with “PIN…”."
        ),
        "pin-wrong": QCoreApplication.translate("ProfileChooser", "That PIN is not right."),
    }
    return texts.get(code, code)


def _pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(4)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}")))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


class ProfileForm(QDialog):
    """Name and optional PIN, for a new profile or a renamed one."""

    def __init__(self, parent, title: str, name: str = "", ask_pin: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(name)
        self.name.setMaxLength(40)
        self.name.setAccessibleName(self.tr("Name"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        self.pin = self.pin2 = None
        if ask_pin:
            self.pin, self.pin2 = _pin_edit(), _pin_edit()
            self.pin.setAccessibleName(self.tr("PIN (optional)"))
            self.pin2.setAccessibleName(self.tr("Repeat PIN"))
            form.addRow(self.tr("&PIN (optional, 4 digits):"), self.pin)
            form.addRow(self.tr("&Repeat PIN:"), self.pin2)
            hint = QLabel(self.tr("A PIN stops colleagues opening your profile by mistake."))
            mark(hint, "Muted")
            hint.setWordWrap(True)
            form.addRow(hint)
        self.error = plain(QLabel())
        self.error.setStyleSheet("color: #c53030;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def _check(self) -> None:
        if not self.name.text().strip():
            self.error.setText(profile_error_text("name-empty"))
            return
        if self.pin is not None:
            if self.pin.text() and len(self.pin.text()) != 4:
                self.error.setText(profile_error_text("pin-format"))
                return
            if self.pin.text() != self.pin2.text():
                self.error.setText(self.tr("The two PINs differ."))
                return
        self.accept()

    def values(self) -> tuple[str, str | None]:
        return self.name.text(), (self.pin.text() or None) if self.pin else None


class ProfileChooser(QDialog):
    """Pick who is learning. ``chosen`` carries the profile id once the PIN (if any) matched."""

    language_changed = Signal(str)

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.chosen: str | None = None
        self._undo = None
        self.setWindowTitle(self.tr("Who is learning?"))  # Qt adds " — 客诉学堂"
        title = QLabel(self.tr("Who is learning today?"))
        mark(title, "PageTitle")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Learner profiles"))
        self.list.itemActivated.connect(lambda _i: self._open())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.open_btn = QPushButton(icon("log-out", colors.accent_text), self.tr("&Open"))
        mark(self.open_btn, "Primary")
        self.open_btn.setDefault(True)
        self.open_btn.clicked.connect(self._open)
        self.new_btn = QPushButton(icon("plus", colors.text), self.tr("&New profile…"))
        self.new_btn.clicked.connect(self._new)
        self.rename_btn = QPushButton(icon("pencil", colors.text), self.tr("&Rename…"))
        self.rename_btn.clicked.connect(self._rename)
        self.pin_btn = QPushButton(icon("lock", colors.text), self.tr("&PIN…"))
        self.pin_btn.clicked.connect(self._change_pin)
        self.delete_btn = QPushButton(icon("trash-2", colors.text), self.tr("&Delete…"))
        self.delete_btn.clicked.connect(self._delete)
        self.trainer_btn = QPushButton(icon("users-round", colors.text), self.tr("&Trainer…"))
        self.trainer_btn.clicked.connect(self._trainer_role)
        side = QVBoxLayout()
        for b in (self.new_btn, self.rename_btn, self.pin_btn, self.delete_btn):
            side.addWidget(b)
        side.addSpacing(12)
        side.addWidget(self.trainer_btn)
        side.addStretch(1)

        self.undo_label = plain(QLabel())
        self.undo_btn = QPushButton(icon("rotate-ccw", colors.text), self.tr("&Undo"))
        self.undo_btn.clicked.connect(self._undo_delete)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_btn)
        self.undo_label.hide()
        self.undo_btn.hide()

        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(academy.lang))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language.currentData())
        )
        lang_row = QHBoxLayout()
        lang_label = QLabel(self.tr("&Language:"))
        lang_label.setBuddy(self.language)
        lang_row.addWidget(lang_label)
        lang_row.addWidget(self.language)
        lang_row.addStretch(1)
        cancel = QPushButton(self.tr("Quit"))
        cancel.clicked.connect(self.reject)
        lang_row.addWidget(cancel)
        lang_row.addWidget(self.open_btn)

        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(body, 1)
        layout.addLayout(undo_row)
        layout.addLayout(lang_row)
        self.resize(560, 400)
        self._fill(select=academy.profiles.last_profile_id)

    def _fill(self, select: str | None = None) -> None:
        self.list.clear()
        for p in self.academy.profiles.all():
            name = self.tr("%1 · Trainer").replace("%1", p.name) if p.trainer else p.name
            item = QListWidgetItem(
                icon("lock" if p.has_pin else "user-round", self.colors.text), name
            )
            item.setData(ID_ROLE, p.id)
            if p.trainer:
                tip = self.tr("The trainer: sets the exam rules and sees the cohort (PIN).")
                item.setToolTip(tip)
            elif p.has_pin:
                item.setToolTip(self.tr("Protected by a PIN"))
            self.list.addItem(item)
            if p.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if not self.list.count():
            empty = QListWidgetItem(self.tr("No profiles yet — create one with “New profile…”."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self._update_buttons()

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _update_buttons(self) -> None:
        has = self._selected() is not None
        for b in (self.open_btn, self.rename_btn, self.pin_btn, self.delete_btn):
            b.setEnabled(has)
        self._update_trainer_button()
        (self.open_btn if has else self.new_btn).setFocus()

    def _update_trainer_button(self) -> None:
        """What the role button does for the selected profile: make it the first trainer,
        hand it the role, or (the trainer selected) give the role up."""
        pid = self._selected()
        trainer = self.academy.profiles.trainer()
        self.trainer_btn.setEnabled(pid is not None)
        if trainer is None:
            text = self.tr("Make &trainer…")
            tip = self.tr("The trainer sets the exam rules and sees the cohort. It needs a PIN.")
        elif trainer.id == pid:
            text = self.tr("Give up &trainer role…")
            tip = self.tr("After this, no profile is the trainer until one takes the role.")
        else:
            text = self.tr("Make &trainer…")
            tip = self.tr("Hand the trainer role to this profile (the trainer's PIN is needed).")
        self.trainer_btn.setText(text)
        self.trainer_btn.setToolTip(tip)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), as_rich(text))

    def _ask_pin(self, profile_id: str) -> bool:
        profile = self.academy.profiles.get(profile_id)
        return not profile.has_pin or self._pin_of(profile) is not None

    def _pin_of(self, profile) -> str | None:
        """The PIN of ``profile``, asked and checked (None when cancelled or wrong 3 times)."""
        for _attempt in range(3):
            pin, ok = QInputDialog.getText(
                self,
                self.tr("PIN"),
                as_rich(self.tr("PIN for %1:").replace("%1", profile.name)),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            if self.academy.profiles.verify_pin(profile.id, pin):
                return pin
            self._warn(self.tr("That PIN is not right."))
        return None

    def _trainer_role(self) -> None:
        """Make the selected profile the trainer, hand it the role, or give the role up."""
        pid = self._selected()
        if not pid:
            return
        profiles = self.academy.profiles
        selected, trainer = profiles.get(pid), profiles.trainer()
        if trainer is None and not selected.has_pin:
            self._warn(profile_error_text("trainer-needs-pin"))
            return
        giver = trainer or selected
        if trainer is None:
            question = self.tr(
                "Make “%1” the trainer of this installation? The trainer sets the exam rules "
                "and sees the cohort; after this, only the trainer can hand the role on."
            ).replace("%1", selected.name)
        elif trainer.id == pid:
            question = self.tr(
                "“%1” gives up the trainer role? Until a profile takes it again, nobody can "
                "change the exam rules."
            ).replace("%1", selected.name)
        else:
            if not selected.has_pin:
                self._warn(profile_error_text("trainer-needs-pin"))
                return
            question = (
                self.tr("Hand the trainer role from “%1” to “%2”? The trainer's PIN is needed.")
                .replace("%1", trainer.name)
                .replace("%2", selected.name)
            )
        answer = QMessageBox.question(
            self,
            self.tr("Trainer"),
            as_rich(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        pin = self._pin_of(giver)
        if pin is None:
            return
        try:
            if trainer is not None and trainer.id == pid:
                profiles.drop_trainer(pid, pin)
            else:
                profiles.make_trainer(pid, giver.id, pin)
        except ProfileError as exc:
            self._warn(profile_error_text(str(exc)))
            return
        self._fill(select=pid)

    def _open(self) -> None:
        pid = self._selected()
        if pid and self._ask_pin(pid):
            self.chosen = pid
            self.accept()

    def _new(self) -> None:
        form = ProfileForm(self, self.tr("New profile"))
        while form.exec():
            name, pin = form.values()
            try:
                p = self.academy.profiles.create(name, pin)
            except ProfileError as exc:
                form.error.setText(profile_error_text(str(exc)))
                continue
            self._fill(select=p.id)
            return

    def _rename(self) -> None:
        pid = self._selected()
        if not pid or not self._ask_pin(pid):
            return
        form = ProfileForm(
            self, self.tr("Rename profile"), self.academy.profiles.get(pid).name, ask_pin=False
        )
        while form.exec():
            try:
                self.academy.profiles.rename(pid, form.values()[0])
            except ProfileError as exc:
                form.error.setText(profile_error_text(str(exc)))
                continue
            self._fill(select=pid)
            return

    def _change_pin(self) -> None:
        pid = self._selected()
        if not pid or not self._ask_pin(pid):
            return
        form = ProfileForm(self, self.tr("Set or remove PIN"), self.academy.profiles.get(pid).name)
        form.name.setReadOnly(True)
        if form.exec():
            try:
                self.academy.profiles.set_pin(pid, form.values()[1])
            except ProfileError as exc:  # the trainer keeps a PIN
                self._warn(profile_error_text(str(exc)))
                return
            self._fill(select=pid)

    def _delete(self) -> None:
        pid = self._selected()
        if not pid or not self._ask_pin(pid):
            return
        name = self.academy.profiles.get(pid).name
        text = self.tr(
            "Delete the profile “%1” and its progress?\n\nA copy is kept in the "
            "“deleted-profiles” folder of the data directory, and you can undo this "
            "until you close this window."
        ).replace("%1", name)
        answer = QMessageBox.question(
            self,
            self.tr("Delete profile"),
            as_rich(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._undo = self.academy.profiles.delete(pid)
        self.undo_label.setText(self.tr("Deleted “%1”.").replace("%1", name))
        self.undo_label.show()
        self.undo_btn.show()
        self._fill()

    def _undo_delete(self) -> None:
        if self._undo is None:
            return
        try:
            p = self.academy.profiles.undo_delete(self._undo)
        except ProfileError as exc:
            self._warn(profile_error_text(str(exc)))
            return
        self._undo = None
        self.undo_label.hide()
        self.undo_btn.hide()
        self._fill(select=p.id)
