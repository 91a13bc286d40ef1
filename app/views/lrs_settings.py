"""The trainer's form for the organisation's LRS: where statements go, with which account,
and how learners are named. "Test connection" asks the LRS off the window's thread before
anything is kept; saving writes the data folder's organisation.json and puts the password in
the system keyring where the PC has one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.views.ops import describe, run_op
from app.views.plain import plain
from app.views.theme import mark


class LrsSettingsDialog(QDialog):
    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.setWindowTitle(self.tr("Organisation's LRS"))
        org = academy.sync.organisation()
        lrs = org.lrs
        self.endpoint = QLineEdit(lrs.endpoint if lrs else "")
        self.endpoint.setPlaceholderText("https://lrs.example.com/xAPI/")
        self.username = QLineEdit(lrs.username if lrs else "")
        self.password = QLineEdit(lrs.password if lrs else "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.home_page = QLineEdit(org.home_page)
        self.home_page.setPlaceholderText("https://staff.example.com")
        self.use = QComboBox()
        self.use.addItem(self.tr("Staff ID"), "staff_id")
        self.use.addItem(self.tr("Work e-mail"), "email")
        self.use.setCurrentIndex(max(0, self.use.findData(org.use)))
        for w, name in ((self.endpoint, self.tr("LRS address")),
                        (self.username, self.tr("Key or user name")),
                        (self.password, self.tr("Secret or password")),
                        (self.home_page, self.tr("Staff directory address")),
                        (self.use, self.tr("Name learners by"))):  # fmt: skip
            w.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("LRS &address:"), self.endpoint)
        form.addRow(self.tr("&Key or user name:"), self.username)
        form.addRow(self.tr("&Secret or password:"), self.password)
        form.addRow(self.tr("Staff &directory address:"), self.home_page)
        form.addRow(self.tr("&Name learners by:"), self.use)
        from app.sync import secrets

        self.keyring = secrets.backend() is not None
        where = mark(QLabel(
            self.tr("The password is kept in this computer's keyring, not in a file.")
            if self.keyring else
            self.tr("This computer has no system keyring: the password is kept in "
                    "organisation.json in the data folder, readable only by your account.")
        ), "Muted")  # fmt: skip
        where.setWordWrap(True)
        form.addRow("", where)
        from pathlib import Path

        if org.source and Path(org.source).parent != Path(academy.paths.root):
            beside = mark(QLabel(self.tr("These settings come from the installation's "
                                         "organisation.json. Saving writes a copy in the data "
                                         "folder, which is used instead.")), "Muted")  # fmt: skip
            beside.setWordWrap(True)
            form.addRow("", beside)
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        for problem in org.problems:
            self.status.setText(problem)
        self.test_btn = QPushButton(self.tr("&Test connection"))
        self.test_btn.clicked.connect(lambda: self.test_connection())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.test_btn, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.saved = None

    def _values(self) -> tuple[str, str, str]:
        return self.endpoint.text(), self.username.text(), self.password.text()

    def test_connection(self):
        """Ask the LRS for one statement with these settings, off the window's thread;
        returns the Op."""
        self.status.setText(self.tr("Asking the LRS…"))
        self.test_btn.setEnabled(False)

        def finished(text: str) -> None:
            self.test_btn.setEnabled(True)
            self.status.setText(text)

        return run_op(
            self, lambda _p: self.academy.sync.check_connection(*self._values()),
            name="test the LRS",
            done=lambda _r: finished(self.tr("The LRS answered and accepted the key.")),
            failed=lambda exc: finished(self._why(exc)),
        )  # fmt: skip

    def _why(self, exc: BaseException) -> str:
        from app.sync.client import LrsRefused

        if isinstance(exc, LrsRefused):
            return self.tr("The LRS refused this key and secret (%1).").replace(
                "%1", str(exc).split(":")[0])
        if isinstance(exc, ValueError):
            return self.tr("The LRS address must start with http:// or https://.")
        return self.tr("The LRS did not answer as expected: %1").replace("%1", describe(exc))

    def save(self) -> None:
        """Keep the settings (a wrong value keeps the dialog open and says which)."""
        try:
            self.saved = self.academy.sync.save_organisation(
                *self._values(), self.home_page.text(), self.use.currentData()
            )
        except ValueError as exc:
            self.status.setText(
                self.tr("The staff directory address must start with http:// or https://.")
                if "homePage" in str(exc) else self._why(exc)
            )
            (self.endpoint if "endpoint" in str(exc) else self.home_page).setFocus()
            return
        except OSError as exc:
            self.status.setText(self.tr("Could not write %1: %2").replace(
                "%1", "organisation.json").replace("%2", describe(exc)))
            return
        self.accept()
