"""A dismissable warning strip: content files that were skipped, a restored database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

from app.views.icons import icon
from app.views.plain import plain
from app.views.theme import mark


class Banner(QFrame):
    def __init__(self, colors, parent=None) -> None:
        super().__init__(parent)
        mark(self, "Banner")
        self.icon = QLabel()
        self.icon.setPixmap(icon("triangle-alert", colors.warning_text).pixmap(20, 20))
        self.text = plain(QLabel())
        self.text.setWordWrap(True)
        self.details_btn = QPushButton(self.tr("Details…"))
        self.close_btn = QToolButton()
        self.close_btn.setText("✕")
        self.close_btn.setAutoRaise(True)
        self.close_btn.setToolTip(self.tr("Dismiss"))
        self.close_btn.setAccessibleName(self.tr("Dismiss message"))
        self.close_btn.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.details_btn)
        row.addWidget(self.close_btn)
        self._details = ""
        self.details_btn.clicked.connect(self._show_details)
        self.hide()

    def show_message(self, text: str, details: str = "") -> None:
        self.text.setText(text)
        self._details = details
        self.details_btn.setVisible(bool(details))
        self.setAccessibleDescription(text)
        self.show()

    def _show_details(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Details"),
            self.text.text(),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names, error messages
        box.setDetailedText(self._details)
        box.exec()

    def show_content_problems(self, bundle) -> None:
        """Course files that were skipped or have problems (the rest of the course works)."""
        if not bundle.problems:
            return
        skipped = bundle.skipped_files
        if skipped:
            text = (
                self.tr("%1 content file(s) could not be read and were skipped: %2")
                .replace("%1", str(len(skipped)))
                .replace("%2", ", ".join(skipped))
            )
        else:
            text = self.tr(
                "Some course content has problems (%1). The rest works normally."
            ).replace("%1", str(len(bundle.problems)))
        self.show_message(text, "\n".join(str(p) for p in bundle.problems))

    def show_open_report(self, report) -> bool:
        """What opening the learner's database repaired, if anything (True if it did)."""
        if not report.recovered:
            return False
        if report.rebuilt_left_out is not None:
            text = (
                self.tr(
                    "Your progress file was not as this app writes it, so its records were "
                    "copied into a clean file (%1 damaged record(s) left out). The original "
                    "was kept at %2."
                )
                .replace("%1", str(report.rebuilt_left_out))
                .replace("%2", str(report.set_aside))
            )
        elif report.restored_from is not None:
            when = report.restored_from.taken_at.strftime("%Y-%m-%d %H:%M")
            text = (
                self.tr(
                    "Your progress file was damaged, so it was restored from the backup of "
                    "%1. Anything you did after that time is not in it; please check "
                    "your last lessons. The damaged file was kept at %2."
                )
                .replace("%1", when)
                .replace("%2", str(report.set_aside))
            )
        else:
            text = self.tr(
                "Your progress file was damaged and no backup could be used, so "
                "progress starts afresh. The damaged file was kept at %1."
            ).replace("%1", str(report.set_aside))
        self.show_message(text, f"{report.damaged}")
        return True
