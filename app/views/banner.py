"""A dismissable warning strip: content files that were skipped, a restored database."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

from app.views.icons import icon
from app.views.theme import mark


class Banner(QFrame):
    def __init__(self, colors, parent=None) -> None:
        super().__init__(parent)
        mark(self, "Banner")
        self.icon = QLabel()
        self.icon.setPixmap(icon("triangle-alert", colors.warning_text).pixmap(20, 20))
        self.text = QLabel()
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
        box.setDetailedText(self._details)
        box.exec()
