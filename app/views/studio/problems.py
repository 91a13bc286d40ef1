"""The problems ``content check`` finds in the lesson or case being edited, named by line in
the interface's language (the core's English message where no translation fits), and the
list that shows them: choosing one (click or Enter) goes to its line or field."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.common.problems import Problem
from app.views.plain import tip
from app.views.theme import mark

PROBLEM_ROLE = Qt.ItemDataRole.UserRole
_QUOTED = re.compile(r"'([^']*)'")


def describe_problem(p: Problem) -> str:
    """The problem in words a trainer acts on."""
    quoted = _QUOTED.findall(p.message)
    first = quoted[0] if quoted else ""
    if p.kind == "missing-alt":
        return QCoreApplication.translate(
            "StudioProblems", "the image “%1” has no description (alt text): write what it shows"
        ).replace("%1", first)
    if p.kind == "missing-image":
        if "remote" in p.message:
            return QCoreApplication.translate(
                "StudioProblems", "the image “%1” is on the internet: the app is offline"
            ).replace("%1", first)
        return QCoreApplication.translate(
            "StudioProblems", "the image “%1” is not in the assets folder"
        ).replace("%1", first)
    if p.kind == "broken-link" and "glossary term" in p.message:
        return QCoreApplication.translate(
            "StudioProblems", "the link to the glossary term “%1” leads nowhere"
        ).replace("%1", first)
    if p.kind == "broken-link" and "section #" in p.message:
        return QCoreApplication.translate(
            "StudioProblems", "the link to “%1” names a section the lesson does not have"
        ).replace("%1", first)
    if p.kind == "broken-link":
        return QCoreApplication.translate(
            "StudioProblems", "the link to the lesson “%1” leads nowhere"
        ).replace("%1", first)
    if p.kind == "missing-field":
        return QCoreApplication.translate("StudioProblems", "“%1” is missing").replace("%1", first)
    if p.kind == "unknown-field":
        return QCoreApplication.translate("StudioProblems", "unknown field “%1”").replace(
            "%1", first
        )
    if p.kind == "duplicate-id":
        return QCoreApplication.translate("StudioProblems", "the id “%1” is already used").replace(
            "%1", first
        )
    if p.kind == "broken-reference" and p.message.startswith("section"):
        return QCoreApplication.translate(
            "StudioProblems", "choose the course section this lesson belongs to"
        )
    if p.kind == "broken-reference" and p.message.startswith("related"):
        return QCoreApplication.translate(
            "StudioProblems", "the related lesson “%1” does not exist"
        ).replace("%1", first)
    if p.kind == "broken-reference" and p.message.startswith("topic"):
        return QCoreApplication.translate(
            "StudioProblems", "“%1” is not a section of the course"
        ).replace("%1", first)
    if p.kind == "broken-reference" and p.message.startswith("lesson"):
        return QCoreApplication.translate(
            "StudioProblems", "the lesson “%1” does not exist"
        ).replace("%1", first)
    if p.kind == "broken-reference" and "point back" in p.message:
        return QCoreApplication.translate(
            "StudioProblems", "the paired case “%1” does not name this case as its pair"
        ).replace("%1", first)
    if p.kind == "broken-reference" and p.message.startswith("paired"):
        return QCoreApplication.translate(
            "StudioProblems", "the paired case “%1” does not exist"
        ).replace("%1", first)
    if p.kind == "structure" and "needs the sections" in p.message:
        return QCoreApplication.translate("StudioProblems", "a case needs the sections %1").replace(
            "%1", p.message.rsplit(" ", 1)[-1]
        )
    if p.kind == "structure" and "'## '" in p.message and "at least" in p.message:
        return QCoreApplication.translate(
            "StudioProblems", "a lesson needs at least one “## ” section"
        )
    if p.kind == "structure":
        return QCoreApplication.translate(
            "StudioProblems",
            "“# ” headings are not used: the title is in the form; use “## ” for sections",
        )
    return p.message


class ListPanel(QWidget):
    """A bold heading over a list whose items are chosen by click or Enter (``_picked``):
    the editors' lists of problems."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = mark(QListWidget(), "List")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._picked)
        self.list.itemClicked.connect(self._picked)
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def _picked(self, item: QListWidgetItem) -> None:
        raise NotImplementedError


class ProblemList(ListPanel):
    """The list of problems; choosing one reports it."""

    picked = Signal(object)  # a Problem

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.list.setAccessibleName(self.tr("Problems found"))
        self.problems: list[Problem] = []
        self.show_problems([], {})

    def show_problems(self, problems: list[Problem], places: dict[int, str]) -> None:
        """``places``: a field's name for problems in the front matter, by problem index."""
        self.problems = list(problems)
        self.list.clear()
        n = len(problems)
        self.heading.setText(self.tr("%n problem(s)", "", n) if n else self.tr("No problems"))
        for i, p in enumerate(problems):
            where = self.tr("Line %1").replace("%1", str(p.line))
            if i in places:
                where += f" · {places[i]}"
            item = QListWidgetItem(f"⚠ {where}: {describe_problem(p)}")
            item.setData(PROBLEM_ROLE, i)
            item.setToolTip(tip(str(p)))
            self.list.addItem(item)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _picked(self, item: QListWidgetItem) -> None:
        self.picked.emit(self.problems[item.data(PROBLEM_ROLE)])
