"""Import questions from Moodle (GIFT or Moodle XML): a preview first, then the import.

Parsing runs off the GUI thread (``run_op``); nothing is stored until the trainer confirms.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.views.ops import run_op
from app.views.theme import mark


class ImportDialog(QDialog):
    def __init__(self, academy, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.path = Path(path)
        self.report = None
        self.setWindowTitle(self.tr("Import questions"))
        self.summary = QLabel(self.tr("Reading %1…").replace("%1", self.path.name))
        self.summary.setWordWrap(True)
        self.skipped = mark(QTreeWidget(), "List")
        self.skipped.setHeaderLabels([self.tr("Line"), self.tr("Item"), self.tr("Why skipped")])
        self.skipped.setRootIsDecorated(False)
        self.skipped.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_btn = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_btn.setEnabled(False)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        run_op(
            self, lambda _p: academy.quizzes.preview_import(self.path), name="preview import",
            done=self._previewed, failed=self._refused,
        )  # fmt: skip

    def _previewed(self, report) -> None:
        self.report = report
        # One count per sentence, so each takes its own plural form.
        sentences = (
            self.tr(
                "%n question(s) can be imported into the bank “%1”.", "", report.imported
            ).replace("%1", report.bank),
            self.tr("%n item(s) will be skipped (listed below).", "", len(report.skipped)),
            self.tr("Encoding: %1.").replace("%1", report.encoding),
        )
        # Chinese sentences end in "。" and follow each other without a space.
        self.summary.setText(
            "".join(t if t.endswith("。") else t + " " for t in sentences).rstrip()
        )
        for s in report.skipped:
            QTreeWidgetItem(self.skipped, [str(s["line"]), s["item"], s["reason"]])
        self.import_btn.setEnabled(report.imported > 0)

    def _refused(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("This file cannot be imported: %1").replace("%1", str(exc)))

    def _import(self) -> None:
        self.import_btn.setEnabled(False)
        run_op(
            self, lambda _p: self.academy.quizzes.import_bank(self.path), name="import questions",
            label=self.tr("Importing questions…"), initiator=self,
            done=lambda _r: self.accept(), failed=self._refused,
        )  # fmt: skip


def choose_import_file(parent) -> Path | None:
    from PySide6.QtCore import QCoreApplication

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import questions"),
        "",
        QCoreApplication.translate(
            "ImportDialog", "Moodle questions (*.gift *.txt *.xml);;All files (*)"
        ),
    )
    return Path(name) if name else None
