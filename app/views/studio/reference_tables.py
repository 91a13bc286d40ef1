"""The glossary, phrases and synonyms of the layer as tables: one file per editor, a row per
term, phrase or group of words, edited in place (F2, Enter or typing), found with the search
box (Ctrl+F). After each edit the file is checked with the loaders' rules
(app.studio.reference_rows): a cell with a problem is tinted and says why in its tooltip, the
row is marked ⚠ in its header, and the problems are listed below (Enter on one goes to it).
Every edit is one undoable step (Ctrl+Z / Ctrl+Shift+Z); Ctrl+S writes the file atomically,
warning while problems remain. Ctrl+N adds a row after the current one; Delete removes the
selected rows when the table has the focus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.common.document import DraftError
from app.studio.reference_rows import ReferenceRows, RowFault, rows_for
from app.views.plain import tip
from app.views.studio.editing import FileEditing
from app.views.studio.undo import push_structure
from app.views.theme import mark

FLAG_TINT = QColor(198, 40, 40, 40)  # the flagged fields' red, light enough to read on


def column_names() -> dict[str, str]:
    return {
        "id": QCoreApplication.translate("ReferenceTables", "Id"),
        "term": QCoreApplication.translate("ReferenceTables", "Term"),
        "en": QCoreApplication.translate("ReferenceTables", "English"),
        "definition": QCoreApplication.translate("ReferenceTables", "Definition"),
        "lesson": QCoreApplication.translate("ReferenceTables", "Lesson"),
        "aliases": QCoreApplication.translate("ReferenceTables", "Also called"),
        "group": QCoreApplication.translate("ReferenceTables", "Group"),
        "title": QCoreApplication.translate("ReferenceTables", "Group title"),
        "step": QCoreApplication.translate("ReferenceTables", "Step"),
        "situation": QCoreApplication.translate("ReferenceTables", "Situation"),
        "say": QCoreApplication.translate("ReferenceTables", "Say"),
        "avoid": QCoreApplication.translate("ReferenceTables", "Avoid"),
        "why": QCoreApplication.translate("ReferenceTables", "Why"),
        "words": QCoreApplication.translate("ReferenceTables", "Words (separated by commas)"),
    }


class RowsModel(QAbstractTableModel):
    """The rows of one file; an edit is handed to ``edited`` (the editor makes it a step)."""

    edited = Signal(int, str, str)  # (row, column, text)

    def __init__(self, rows: ReferenceRows, parent=None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.flags_at: dict[tuple[int, str | None], list[str]] = {}
        self.count = len(rows.rows)  # what the views were told: changed only by ``reload``

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.count

    def reload(self) -> None:
        """Rows were added or removed underneath: the views start again."""
        self.beginResetModel()
        self.count = len(self.rows.rows)
        self.endResetModel()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= min(self.count, len(self.rows.rows)):
            return None
        column = self.rows.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows.cell(index.row(), column)
        found = self.flags_at.get((index.row(), column), [])
        if index.column() == 0:
            found = found + self.flags_at.get((index.row(), None), [])
        if role == Qt.ItemDataRole.BackgroundRole and found:
            return FLAG_TINT
        if role == Qt.ItemDataRole.ToolTipRole:
            text = "\n".join(f"⚠ {m}" for m in found)
            return tip(text or self.rows.cell(index.row(), column))
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self.rows.columns[section]
            return column_names().get(column, column)
        flagged = any(r == section for r, _c in self.flags_at)
        return f"⚠ {section + 1}" if flagged else str(section + 1)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.rows.columns[index.column()]
        if str(value).strip() != self.rows.cell(index.row(), column).strip():
            self.edited.emit(index.row(), column, str(value))
        return True

    def show_faults(self, faults: list[RowFault]) -> None:
        self.flags_at = {}
        for f in faults:
            if f.row is not None:
                self.flags_at.setdefault((f.row, f.column), []).append(f.message)
        self.refresh()

    def refresh(self) -> None:
        """Every cell and header again (the rows changed underneath)."""
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)


class ReferenceTableEditor(FileEditing, QWidget):
    """Edits ``glossary.yaml``, ``phrases.yaml`` or ``synonyms.yaml`` at ``path`` (a file not
    there yet starts empty). Raises DraftError if it cannot be opened for editing."""

    saved = Signal(str)

    def __init__(self, academy, colors, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.academy, self.colors = academy, colors
        self.path = Path(path)
        self.draft = rows_for(self.path)
        self.faults: list[RowFault] = []
        self._lessons = dict(academy.content.lessons)
        self._setup_history()

        self.model = RowsModel(self.draft, self)
        self.model.edited.connect(self.set_cell)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # every column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(self._show_count)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Rows"))
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.installEventFilter(self)
        self.count = mark(QLabel(), "Muted")
        self.problems_heading = QLabel()
        font = self.problems_heading.font()
        font.setBold(True)
        self.problems_heading.setFont(font)
        self.problems = mark(QListWidget(), "List")
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setMaximumHeight(130)
        self.problems.itemActivated.connect(self._problem_picked)
        self.problems.itemClicked.connect(self._problem_picked)
        self.problems_heading.setBuddy(self.problems)

        add = QPushButton(self.tr("Add row (Ctrl+N)"))
        add.clicked.connect(self.add_row)
        self.delete_btn = QPushButton(self.tr("Delete rows (Del)"))
        self.delete_btn.clicked.connect(self.delete_rows)
        buttons = QHBoxLayout()
        for b in (self.undo_btn, self.redo_btn, add, self.delete_btn):
            buttons.addWidget(b)
        buttons.addWidget(self.search, 1)
        buttons.addWidget(self.save_btn)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.table, 1), (self.count, 0), (self.problems_heading, 0),
                                (self.problems, 0)):  # fmt: skip
            column.addWidget(widget, stretch)
        self._lay_out(buttons, body)
        self._add_keys(
            ("Ctrl+N", self.add_row),
            (QKeySequence.StandardKey.Find, self._find),
        )
        self._size_columns()
        self.check_now()
        self._show_title()
        self._show_count()

    @classmethod
    def open_editor(cls, academy, colors, path: Path, parent=None):
        """The editor, or None after telling the author why the file cannot be edited."""
        try:
            return cls(academy, colors, path, parent)
        except DraftError as exc:
            title = QCoreApplication.translate("ReferenceTables", "Cannot open the file")
            QMessageBox.warning(parent, title, str(exc))
            return None

    def _size_columns(self) -> None:
        """Ids and short fields narrow, the texts wide; long text wraps in its cell."""
        wide = {"definition", "situation", "say", "avoid", "why", "words"}
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.draft.columns):
            self.table.setColumnWidth(i, 320 if column in wide else 150)
        if self.draft.kind in ("glossary", "synonyms"):  # one long text: it takes the room
            header.setStretchLastSection(False)
            long = "definition" if self.draft.kind == "glossary" else "words"
            header.setSectionResizeMode(
                self.draft.columns.index(long), QHeaderView.ResizeMode.Stretch
            )

    # edits ---------------------------------------------------------------------------------
    @property
    def current_row(self) -> int | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return index.row() if index.isValid() else None

    def _structure(self, text: str, change, select_after=None) -> Any:
        select_before = (self.current_row, self._current_column())
        return push_structure(self, text, change, select_before, select_after)

    def _current_column(self) -> int:
        index = self.table.currentIndex()
        return index.column() if index.isValid() else 0

    def set_cell(self, row: int, column: str, text: str) -> None:
        """One cell as typed: one undoable step."""
        col = self.draft.columns.index(column)
        name = column_names().get(column, column)
        self._structure(self.tr("Edit %1").replace("%1", name),
                        lambda d: d.set_cell(row, column, text), (row, col))  # fmt: skip

    def add_row(self) -> int:
        """A blank row after the current one (a phrase in its group), its first cell being
        edited."""
        self.search.clear()  # the new row would not match
        after = self.current_row
        row = self._structure(self.tr("Add row"), lambda d: d.add_row(after),
                              lambda r: (r, 0))  # fmt: skip
        first = next((i for i, c in enumerate(self.draft.columns) if c not in
                      ("group", "title", "step")), 0)  # fmt: skip
        self.table.setFocus()
        index = self.proxy.mapFromSource(self.model.index(row, first))
        self.table.setCurrentIndex(index)
        self.table.edit(index)
        return row

    def delete_rows(self) -> None:
        rows = sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedIndexes()})  # fmt: skip
        if not rows and self.current_row is not None:
            rows = [self.current_row]
        if rows:
            after = min(rows[0], len(self.draft.rows) - len(rows) - 1)
            self._structure(self.tr("Delete rows"), lambda d: d.remove_rows(rows),
                            (after, self._current_column()) if after >= 0 else None)  # fmt: skip

    def changed(self, select: Any = None) -> None:
        """The rows changed (an edit, or its undo): the table, the checks, the selection."""
        count = len(self.draft.rows)
        if self.model.count != count or select is None:
            self.model.reload()
        self.check_now()
        if isinstance(select, tuple) and select[0] is not None and select[0] < count:
            index = self.proxy.mapFromSource(self.model.index(select[0], select[1]))
            if index.isValid():
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
        self._show_title()
        self._show_count()

    def eventFilter(self, watched, event) -> bool:
        """Delete in the table (not while a cell is being edited) removes the rows."""
        if (
            watched is self.table
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.delete_rows()
            return True
        return super().eventFilter(watched, event)

    # checks -------------------------------------------------------------------------------
    def check_now(self) -> None:
        self.faults = self.draft.faults(self._lessons)
        self.model.show_faults(self.faults)
        self.problems.clear()
        n = len(self.faults)
        heading = self.tr("%n problem(s)", "", n) if n else self.tr("No problems")
        self.problems_heading.setText(heading)
        names = column_names()
        for f in self.faults:
            if f.row is None:
                text = f"⚠ {f.message}"
            else:
                where = self.tr("Row %1").replace("%1", str(f.row + 1))
                if f.column:
                    where += f" · {names.get(f.column, f.column)}"
                text = f"⚠ {where}: {f.message}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (f.row, f.column))
            item.setToolTip(tip(f.message))
            self.problems.addItem(item)

    def _problem_picked(self, item: QListWidgetItem) -> None:
        row, column = item.data(Qt.ItemDataRole.UserRole)
        if row is None:
            return
        col = self.draft.columns.index(column) if column in self.draft.columns else 0
        index = self.proxy.mapFromSource(self.model.index(row, col))
        if not index.isValid():  # hidden by the search
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, col))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()

    # search and save ------------------------------------------------------------------------
    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), len(self.draft.rows)
        if shown == total:
            self.count.setText(self.tr("%n row(s)", "", total))
        else:
            self.count.setText(
                self.tr("%1 of %2 rows match").replace("%1", str(shown)).replace("%2", str(total))
            )

    def problem_count(self) -> int:
        return len(self.faults)

    def title_text(self) -> str:
        return self.path.name
