"""The lesson's front matter as a form: id (fixed once the file is saved), title, section (the
course's sections), order, minutes, objectives (one a line), key terms and related lessons.

Like the role-play form it changes nothing itself: each edit is reported as (path, value,
typing) for the editor's history; ``sync`` shows the document again after an undo and
``mark`` outlines the fields the checks name."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.views.studio.fields import FLAGGED_STYLE, HistoryKeys, flag

_SPLIT = re.compile(r"\s*[,，、;；]\s*")
_SPLIT_IDS = re.compile(r"[,，、;；\s]+")


def split_list(text: str, ids: bool = False) -> list[str]:
    """Items typed on one line, separated by commas (either width) or 、; ids also by
    spaces (a term may have one: "anchoring effect")."""
    return [t.strip() for t in (_SPLIT_IDS if ids else _SPLIT).split(text) if t.strip()]


def _lines(value: Any) -> str:
    return "\n".join(v for v in value if isinstance(v, str)) if isinstance(value, list) else ""


def _joined(value: Any) -> str:
    return ", ".join(v for v in value if isinstance(v, str)) if isinstance(value, list) else ""


class LessonForm(QScrollArea):
    edited = Signal(tuple, object, bool)  # (path, value, typing: may merge with the last)

    def __init__(self, sections: dict[str, str], lesson_ids: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections = sections
        self._keys = HistoryKeys(self)
        page = QWidget()
        page.setStyleSheet(FLAGGED_STYLE)
        column = QVBoxLayout(page)
        column.setContentsMargins(6, 4, 6, 6)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        column.addLayout(form)
        column.addStretch(1)
        self.widgets: dict[str, QWidget] = {}

        self.id_edit = self._line("id")
        self.title_edit = self._line("title")
        self.section_combo = QComboBox()
        self.section_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.section_combo.setMinimumContentsLength(12)
        for sid, title in sections.items():
            self.section_combo.addItem(f"{sid} · {title}" if title != sid else sid, sid)
        self.section_combo.activated.connect(
            lambda i: self.edited.emit(("front", "section"), self.section_combo.itemData(i), False)
        )
        self._add("section", self.section_combo)
        self.order_spin = self._spin("order", 0, 9999)
        self.minutes_spin = self._spin("minutes", 1, 240)
        self.objectives_box = QPlainTextEdit()
        self.objectives_box.setUndoRedoEnabled(False)
        self.objectives_box.setTabChangesFocus(True)
        self.objectives_box.setFixedHeight(self.objectives_box.fontMetrics().lineSpacing() * 5 + 14)
        self.objectives_box.textChanged.connect(
            lambda: self._typed("objectives", self._objectives())
        )
        self._add("objectives", self.objectives_box)
        self.terms_edit = self._line("key_terms", split="terms")
        self.related_edit = self._line("related", split="ids")
        related = QCompleter(lesson_ids, self.related_edit)
        related.setFilterMode(Qt.MatchFlag.MatchContains)
        related.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.related_edit.setCompleter(related)
        self._labels = {
            "id": self.tr("&Id:"),
            "title": self.tr("&Title:"),
            "section": self.tr("&Section:"),
            "order": self.tr("&Order in the section:"),
            "minutes": self.tr("&Minutes:"),
            "objectives": self.tr("O&bjectives (one a line):"),
            "key_terms": self.tr("&Key terms (separated by commas):"),
            "related": self.tr("&Related lessons (ids):"),
        }
        for key, widget in self.widgets.items():
            label = QLabel(self._labels[key])
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.widgets["id"].setToolTip(self.tr("Fixed once saved: learners' progress keeps it"))
        self.setWidget(page)
        self._syncing = False

    def names(self) -> dict[str, str]:
        """Field names as the labels show them (without the accelerator and colon)."""
        return {k: v.replace("&", "").rstrip(":：") for k, v in self._labels.items()}

    def _add(self, key: str, widget: QWidget) -> None:
        widget.installEventFilter(self._keys)
        widget.setAccessibleName(key)
        self.widgets[key] = widget

    def _line(self, key: str, split: str = "") -> QLineEdit:
        line = QLineEdit()
        line.textEdited.connect(
            lambda text: self._typed(key, split_list(text, split == "ids") if split else text)
        )
        self._add(key, line)
        return line

    def _spin(self, key: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.valueChanged.connect(lambda v: self._syncing or self.edited.emit(("front", key), v,
                                                                              True))  # fmt: skip
        self._add(key, spin)
        return spin

    def _typed(self, key: str, value: Any) -> None:
        if not self._syncing:
            self.edited.emit(("front", key), value, True)

    def _objectives(self) -> list[str]:
        return [line.strip() for line in self.objectives_box.toPlainText().splitlines()
                if line.strip()]  # fmt: skip

    def set_id_fixed(self, fixed: bool) -> None:
        self.id_edit.setReadOnly(fixed)

    def sync(self, front: dict[str, Any]) -> None:
        """Show the document's values; a field already showing its value is left alone (the
        cursor stays where the author types)."""
        self._syncing = True
        try:
            for key in ("id", "title"):
                value = front.get(key)
                text = value if isinstance(value, str) else ("" if value is None else str(value))
                if self.widgets[key].text() != text:
                    self.widgets[key].setText(text)
            for key in ("key_terms", "related"):
                edit = self.widgets[key]
                if split_list(edit.text(), key == "related") != front.get(key, []):
                    edit.setText(_joined(front.get(key)))
            if self._objectives() != front.get("objectives", []):
                self.objectives_box.setPlainText(_lines(front.get("objectives")))
            for key in ("order", "minutes"):
                value = front.get(key)
                if isinstance(value, int) and not isinstance(value, bool):
                    self.widgets[key].setValue(value)
            self._show_section(front.get("section"))
        finally:
            self._syncing = False

    def _show_section(self, value: Any) -> None:
        combo = self.section_combo
        index = combo.findData(value) if value in self.sections else -1
        missing = combo.count() > len(self.sections)
        if index < 0:
            label = self.tr("Choose a section…") if not value or value == "choose-a-section" \
                else self.tr("⚠ %1 (not a section)").replace("%1", str(value))  # fmt: skip
            if missing:
                combo.setItemText(0, label)
                combo.setItemData(0, value)
            else:
                combo.insertItem(0, label, value)
            combo.setCurrentIndex(0)
            return
        if missing:
            combo.removeItem(0)
        combo.setCurrentIndex(combo.findData(value))

    def mark(self, messages: dict[str, list[str]]) -> None:
        for key, widget in self.widgets.items():
            flag(widget, messages.get(key, []))
