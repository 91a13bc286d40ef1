""" "Play from here": the real role-play engine and the learner's own dialogue and debrief
widgets, started at any node of the scenario being written, so an author hears the customer
as a learner will. Nothing is stored: it is a rehearsal, not a run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QStackedWidget, QVBoxLayout

from app.scenario.engine import ScenarioRun
from app.scenario.model import Scenario
from app.views.roleplay.debrief import ScenarioDebrief
from app.views.roleplay.dialogue import ScenarioDialogue
from app.views.theme import mark


class PlayFromHereDialog(QDialog):
    def __init__(self, academy, colors, scenario: Scenario, node_id: str, parent=None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.node_id = node_id
        self.setWindowTitle(self.tr("Play from %1").replace("%1", node_id))
        self.dialogue = ScenarioDialogue(academy, colors)
        self.dialogue.chosen.connect(self.choose)
        self.dialogue.undo_requested.connect(self.undo)
        self.dialogue.leave_requested.connect(self.reject)
        self.debrief = ScenarioDebrief(academy, colors)
        self.debrief.again_requested.connect(self.restart)
        self.debrief.leave_requested.connect(self.reject)
        self.note = mark(QLabel(), "Muted")
        self.note.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.dialogue)
        self.stack.addWidget(self.debrief)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        for keys, slot in (("Ctrl+Z", self.undo), ("Ctrl+R", self.restart)):
            QShortcut(QKeySequence(keys), self, slot)
        self.resize(900, 680)
        self.restart()

    def restart(self) -> None:
        self.run = ScenarioRun.from_node(self.scenario, self.node_id)
        self._show_turn()

    def _show_turn(self, previous: int | None = None) -> None:
        self.note.setText(
            self.tr(
                "Rehearsal from node %1 — not stored. Keys 1–4 reply, Ctrl+Z takes back."
            ).replace("%1", self.node_id)
        )
        self.dialogue.show_turn(self.run, previous)
        self.stack.setCurrentWidget(self.dialogue)
        self.dialogue.focus_first()

    def choose(self, index: int) -> None:
        node = self.run.node
        if node is None or not 0 <= index < len(node.choices):
            return
        target = node.choices[index].next
        if target not in self.scenario.nodes and target not in self.scenario.endings:
            missing = self.tr("Reply %1 leads to “%2”, which does not exist yet.")
            self.note.setText(missing.replace("%1", str(index + 1)).replace("%2", target or "—"))
            return
        step = self.run.choose(index)
        if self.run.finished:
            self.debrief.show_run(self.run, None)
            self.debrief.new_best.setText(self.tr("Rehearsal in the editor — not stored."))
            self.stack.setCurrentWidget(self.debrief)
            self.debrief.focus_first()
        else:
            self._show_turn(step.emotion_before)

    def undo(self) -> None:
        if self.run.steps:
            step = self.run.undo()
            self._show_turn(step.emotion_after if step else None)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if self.stack.currentWidget() is self.dialogue and text.isdigit() and text != "0":
            self.choose(int(text) - 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
