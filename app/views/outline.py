"""The course outline: sections → lessons, with a completion mark on each lesson."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from app.views.icons import icon
from app.views.plain import tip
from app.views.theme import mark

LESSON_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # "learned" | "started" | "new"


class OutlineTree(QTreeWidget):
    lesson_activated = Signal(str)

    def __init__(self, colors, *, show_minutes: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.colors = colors
        self.show_minutes = show_minutes
        self.setColumnCount(2 if show_minutes else 1)
        self.setHeaderHidden(True)
        mark(self, "List")
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Course outline"))
        if show_minutes:
            self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            self.header().setStretchLastSection(False)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        lesson_id = item.data(0, LESSON_ROLE)
        if lesson_id:
            self.lesson_activated.emit(lesson_id)

    def populate(self, bundle, states: dict, sections: list[str] | None = None) -> None:
        """``sections``: only these section ids (the learner's core and track), else all."""
        current = self.current_lesson_id()
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for section in bundle.course.sections:
            if not section.lesson_ids or (sections is not None and section.id not in sections):
                continue
            done = sum(1 for lid in section.lesson_ids if lid in states and states[lid].learned)
            head = QTreeWidgetItem([f"{section.number}. {section.title}"])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setToolTip(
                0,
                self.tr("%1 of %2 lessons learned")
                .replace("%1", str(done))
                .replace("%2", str(len(section.lesson_ids))),
            )
            self.addTopLevelItem(head)
            for lid in section.lesson_ids:
                lesson = bundle.lessons[lid]
                cols = [lesson.title]
                if self.show_minutes:
                    cols.append(self.tr("%1 min").replace("%1", str(lesson.minutes)))
                item = QTreeWidgetItem(head, cols)
                item.setData(0, LESSON_ROLE, lid)
                state = states.get(lid)
                item.setData(
                    0,
                    STATUS_ROLE,
                    "learned"
                    if state is not None and state.learned
                    else "started"
                    if state is not None
                    else "new",
                )
                if state is not None and state.learned:
                    item.setIcon(0, icon("circle-check-big", self.colors.success))
                    status = self.tr("learned")
                elif state is not None:
                    item.setIcon(0, icon("clock", self.colors.in_progress))
                    status = self.tr("started")
                else:
                    item.setIcon(0, icon("circle", self.colors.muted))
                    status = self.tr("not started")
                item.setToolTip(0, tip(f"{lesson.title} — {status}"))
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{lesson.title}, {status}")
            head.setExpanded(True)
        if current:
            self.select_lesson(current)

    def current_lesson_id(self) -> str | None:
        item = self.currentItem()
        return item.data(0, LESSON_ROLE) if item else None

    def select_lesson(self, lesson_id: str) -> None:
        for i in range(self.topLevelItemCount()):
            head = self.topLevelItem(i)
            for j in range(head.childCount()):
                child = head.child(j)
                if child.data(0, LESSON_ROLE) == lesson_id:
                    self.setCurrentItem(child)
                    self.scrollToItem(child)
                    return
