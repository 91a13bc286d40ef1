"""What the checks found, in the interface's language: each finding as a sentence naming the
node or reply, and the list beside the graph (click or Enter: show that node)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem

from app.scenario.graph import MIN_BEST_PATH, Finding
from app.views.plain import tip
from app.views.studio.problems import ListPanel

ID_ROLE = Qt.ItemDataRole.UserRole


def field_names() -> dict[str, str]:
    return {
        "customer": QCoreApplication.translate("ScenarioFindings", "the customer's line"),
        "choices": QCoreApplication.translate("ScenarioFindings", "the replies"),
        "text": QCoreApplication.translate("ScenarioFindings", "the reply's text"),
        "next": QCoreApplication.translate("ScenarioFindings", "the target"),
        "emotion": QCoreApplication.translate("ScenarioFindings", "the emotion change"),
        "scores": QCoreApplication.translate("ScenarioFindings", "the scores"),
        "feedback": QCoreApplication.translate("ScenarioFindings", "the feedback"),
        "principle": QCoreApplication.translate("ScenarioFindings", "the principle"),
        "lesson": QCoreApplication.translate("ScenarioFindings", "the lesson link"),
        "upset": QCoreApplication.translate("ScenarioFindings", "the news that stirs up"),
        "kind": QCoreApplication.translate("ScenarioFindings", "the kind"),
        "title": QCoreApplication.translate("ScenarioFindings", "the title"),
        "intro": QCoreApplication.translate("ScenarioFindings", "the background"),
        "industry": QCoreApplication.translate("ScenarioFindings", "the industry"),
        "id": QCoreApplication.translate("ScenarioFindings", "the id"),
        "start": QCoreApplication.translate("ScenarioFindings", "the start node"),
    }


def describe(f: Finding) -> str:
    """The finding in words an author acts on (the core's English message is the fallback)."""
    if f.kind == "missing-target":
        if not f.detail:
            return QCoreApplication.translate("ScenarioFindings", "has no target yet")
        return QCoreApplication.translate(
            "ScenarioFindings", "leads to “%1”, which is neither a node nor an ending"
        ).replace("%1", f.detail)
    if f.kind == "no-start":
        return QCoreApplication.translate("ScenarioFindings", "the start node does not exist")
    if f.kind == "unreachable":
        return QCoreApplication.translate("ScenarioFindings", "cannot be reached from the start")
    if f.kind == "trapped":
        return QCoreApplication.translate(
            "ScenarioFindings",
            "no ending can be reached from here (a dead end or a loop with no way out)",
        )
    if f.kind == "few-endings":
        return QCoreApplication.translate(
            "ScenarioFindings", "a scenario needs at least 3 endings, one of them of kind “loyal”"
        )
    if f.kind == "short-path":
        return (
            QCoreApplication.translate(
                "ScenarioFindings", "the best path has %1 decisions; at least %2 are needed"
            )
            .replace("%1", f.detail)
            .replace("%2", str(MIN_BEST_PATH))
        )
    if f.kind == "scores":
        return QCoreApplication.translate(
            "ScenarioFindings", "scores go from −2 to +2 in the four dimensions"
        )
    if f.kind == "lesson":
        return QCoreApplication.translate(
            "ScenarioFindings", "the lesson link “%1” leads nowhere in this course"
        ).replace("%1", f.detail)
    field = field_names().get(f.field, f.field)
    if f.detail in ("missing", "string_too_short"):
        return QCoreApplication.translate("ScenarioFindings", "%1 is empty").replace("%1", field)
    if f.field == "choices" and f.detail in ("too_short", "too_long"):
        return QCoreApplication.translate("ScenarioFindings", "a node needs 3 or 4 replies")
    if f.detail == "extra_forbidden":
        return QCoreApplication.translate("ScenarioFindings", "unknown field “%1”").replace(
            "%1", f.field
        )
    if f.detail.startswith(("greater_than", "less_than")):
        return QCoreApplication.translate("ScenarioFindings", "%1 is out of range").replace(
            "%1", field
        )
    return QCoreApplication.translate("ScenarioFindings", "%1 is not valid").replace("%1", field)


def where(f: Finding) -> str:
    """The node and reply a finding is about (the scenario, if none)."""
    if f.node_id is None:
        return QCoreApplication.translate("ScenarioFindings", "Scenario")
    if f.choice_index is not None:
        return (
            QCoreApplication.translate("ScenarioFindings", "%1 · reply %2")
            .replace("%1", f.node_id)
            .replace("%2", str(f.choice_index + 1))
        )
    return f.node_id


class FindingsPanel(ListPanel):
    """The list of problems; choosing one reports the node or ending it names."""

    picked = Signal(object)  # a node or ending id, or None for the scenario

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.list.setAccessibleName(self.tr("Problems found"))
        self.show_findings([])

    def show_findings(self, findings: list[Finding]) -> None:
        self.list.clear()
        n = len(findings)
        if n:
            self.heading.setText(self.tr("%n problem(s)", "", n))
        else:
            self.heading.setText(self.tr("No problems"))
        for f in findings:
            item = QListWidgetItem(f"⚠ {where(f)}: {describe(f)}")
            item.setData(ID_ROLE, f.node_id)
            item.setToolTip(tip(f.message))
            self.list.addItem(item)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _picked(self, item: QListWidgetItem) -> None:
        self.picked.emit(item.data(ID_ROLE))
