"""The role-play editor: one scenario file as a graph (app.views.studio.scenario_graph), the
problems the authoring checks find beside it, and a form for the selected node or ending.

Every edit is an undoable command on the draft (Ctrl+Z / Ctrl+Shift+Z); a moment after the
last one the checks run again — the same rules as ``content check`` (app.scenario.draft,
app.scenario.graph) — and the graph, the list and the form's fields show what they find.
Ctrl+S writes the file atomically and warns, without refusing, while problems remain (only
publishing refuses them). F5 plays the scenario from the selected node with the real engine.
Zoom: Ctrl+wheel, Ctrl+= and Ctrl+−, Ctrl+0 fits the whole graph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.course.checks import check_lesson_ref
from app.scenario.draft import DraftError, ScenarioDraft
from app.scenario.engine import ScenarioRun
from app.scenario.graph import Finding, distances, layout
from app.views.studio.editing import FileEditing, side_by_side
from app.views.studio.scenario_findings import FindingsPanel, describe
from app.views.studio.scenario_form import ScenarioForm
from app.views.studio.scenario_graph import ScenarioGraphView
from app.views.studio.undo import ABSENT, push_edit, push_structure

CHECK_DELAY_MS = 300  # checks run once typing pauses, not on every key


class ScenarioEditor(FileEditing, QWidget):
    """Edits the scenario file at ``path``. Raises DraftError if the file cannot be opened
    for editing (``open_editor`` shows that as a message)."""

    saved = Signal(str)

    def __init__(self, academy, colors, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.path = Path(path)
        self.draft = ScenarioDraft.load(self.path)
        self.findings: list[Finding] = []
        self._picture: tuple | None = None
        self._shape: tuple | None = None
        self._layout = None
        self._moods: dict[str, int] = {}
        self._pending_select: Any = ABSENT
        self._setup_history()
        lessons = academy.content.lessons
        refs = []
        for lid, lesson in lessons.items():
            refs.append(lid)
            refs += [f"{lid}#{i}" for i in range(1, len(lesson.sections) + 1)]
        self._check_lesson = lambda ref: check_lesson_ref(ref, lessons)

        self.findings_panel = FindingsPanel()
        self.findings_panel.picked.connect(self.show_item)
        self.graph = ScenarioGraphView()
        self.graph.selected.connect(self._selected)
        self.graph.activated.connect(self.edit_item)
        self.graph.play_requested.connect(self.play_from)
        self.graph.delete_requested.connect(self.delete_item)
        self.form = ScenarioForm(refs)
        self.form.edited.connect(self.edit)
        self.form.add_reply.connect(self.add_reply)
        self.form.remove_reply.connect(self.remove_reply)
        self.form.new_node_for.connect(self.new_node_for)

        buttons = QHBoxLayout()
        add_node = QPushButton(self.tr("Add node"))
        add_node.clicked.connect(self.add_node)
        add_ending = QPushButton(self.tr("Add ending"))
        add_ending.clicked.connect(self.add_ending)
        self.delete_btn = QPushButton(self.tr("Delete"))
        self.delete_btn.clicked.connect(lambda: self.delete_item(self.graph.current_id()))
        self.play_btn = QPushButton(self.tr("Play from here (F5)"))
        self.play_btn.clicked.connect(lambda: self.play_from(self.graph.current_id()))
        fit = QPushButton(self.tr("Fit (Ctrl+0)"))
        fit.clicked.connect(self.graph.fit)
        for b in (self.undo_btn, self.redo_btn, add_node, add_ending, self.delete_btn,
                  self.play_btn, fit):  # fmt: skip
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)

        split = side_by_side((self.findings_panel, 2, 180), (self.graph, 5, 0),
                             (self.form, 3, 330), sizes=[230, 700, 430])  # fmt: skip
        self.split = split
        self._lay_out(buttons, split)
        self._add_keys(
            ("F5", lambda: self.play_from(self.graph.current_id())),
            ("Ctrl+=", lambda: self.graph.zoom_by(1.2)),
            ("Ctrl++", lambda: self.graph.zoom_by(1.2)),
            ("Ctrl+-", lambda: self.graph.zoom_by(1 / 1.2)),
            ("Ctrl+0", self.graph.fit),
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.check_now()
        self.form.show_item(self.draft, None)
        self._show_title()
        QTimer.singleShot(0, self._first_view)

    def _first_view(self) -> None:
        flagged = [f.node_id for f in self.findings if f.node_id in self.graph.cards]
        self.graph.overview(flagged[0] if flagged else self.draft.data.get("start"))

    @classmethod
    def open_editor(cls, academy, colors, path: Path, parent=None) -> ScenarioEditor | None:
        """The editor, or None after telling the author why the file cannot be edited."""
        try:
            return cls(academy, colors, path, parent)
        except DraftError as exc:
            title = QCoreApplication.translate("ScenarioEditor", "Cannot open the scenario")
            QMessageBox.warning(parent, title, str(exc))
            return None

    # edits ---------------------------------------------------------------------------------
    def edit(self, path: tuple, value: Any, typing: bool = False) -> None:
        """Set the value at ``path`` as an undoable step; ``typing`` on in the same field
        stays one step."""
        push_edit(self, path, value, typing)

    def _structure(self, text: str, change, select_after: str | None = None) -> Any:
        """Run ``change(draft)`` as one undoable step; returns what it returned."""
        return push_structure(self, text, change, self.graph.current_id(), select_after)

    def add_node(self) -> str:
        return self._structure(self.tr("Add node"), lambda d: d.add_node(), lambda nid: nid)

    def add_ending(self) -> str:
        return self._structure(self.tr("Add ending"), lambda d: d.add_ending(), lambda e: e)

    def add_reply(self, node_id: str) -> None:
        if node_id in self.draft.nodes and len(self.draft.choices(node_id)) < 4:
            self._structure(self.tr("Add reply"), lambda d: d.add_choice(node_id), node_id)

    def remove_reply(self, node_id: str, index: int) -> None:
        self._structure(self.tr("Remove reply"), lambda d: d.remove_choice(node_id, index),
                        node_id)  # fmt: skip

    def new_node_for(self, node_id: str, index: int) -> None:
        """A reply's target set to a node created for it."""

        def change(d: ScenarioDraft) -> str:
            new = d.add_node()
            d.set(("nodes", node_id, "choices", index, "next"), new)
            return new

        self._structure(self.tr("New node"), change, node_id)

    def delete_item(self, item_id: str | None) -> None:
        if item_id in self.draft.nodes:
            self._structure(self.tr("Delete node"), lambda d: d.remove_node(item_id), None)
        elif item_id in self.draft.endings:
            self._structure(self.tr("Delete ending"), lambda d: d.remove_ending(item_id), None)

    def changed(self, select: Any = ABSENT) -> None:
        """The document changed. A field edit: the form at once, the checks once typing
        pauses. Nodes or replies added or removed (``select``: what to show then): all now."""
        if select is ABSENT:
            self.form.show_item(self.draft, self.form.item_id)
            self._timer.start()
        else:
            self._pending_select = select
            self.form.show_item(self.draft, select)
            self.check_now()
        self._show_title()

    # checks and drawing ---------------------------------------------------------------------
    def check_now(self) -> None:
        """Run the checks and show what they find on the graph, in the list and the form."""
        self._timer.stop()
        self.findings = self.draft.findings(self._check_lesson)
        scenario = self.draft.scenario()
        shape = (
            scenario.start,
            scenario.emotion,
            tuple(
                (nid, n.upset, tuple((c.next, c.emotion) for c in n.choices))
                for nid, n in scenario.nodes.items()
            ),
            tuple((eid, e.kind) for eid, e in scenario.endings.items()),
        )
        if shape != self._shape:
            self._shape = shape
            self._layout = layout(scenario)
            reach = distances(scenario)
            self._moods = {
                nid: ScenarioRun.from_node(scenario, nid).emotion
                for nid in scenario.nodes
                if nid in reach
            }
        cards: dict[str, list[str]] = {}
        replies: dict[tuple[str, int], list[str]] = {}
        for f in self.findings:
            text = describe(f)
            if f.node_id is not None:
                if f.choice_index is None:
                    cards.setdefault(f.node_id, []).append(text)
                else:
                    reply = self.tr("Reply %1: %2").replace("%1", str(f.choice_index + 1))
                    cards.setdefault(f.node_id, []).append(reply.replace("%2", text))
                    replies.setdefault((f.node_id, f.choice_index), []).append(text)
        picture = (shape, self._texts(scenario), tuple(sorted(cards.items())),
                   tuple(sorted(replies.items())))  # fmt: skip
        if picture != self._picture:
            self._picture = picture
            self.graph.show_graph(scenario, self._layout, self._moods, cards, replies)
        pending, self._pending_select = self._pending_select, ABSENT
        if pending is not ABSENT:
            self.graph.select(pending)
        self.findings_panel.show_findings(self.findings)
        self.form.mark(self._fields_of(self.findings))

    @staticmethod
    def _texts(scenario) -> tuple:
        return tuple(
            (n.customer, tuple((c.text, tuple(sorted(c.scores.items()))) for c in n.choices))
            for n in scenario.nodes.values()
        ) + tuple(e.title for e in scenario.endings.values())

    def _field_path(self, f: Finding) -> tuple:
        """Where in the document a finding points (what the form outlines)."""
        if f.node_id is None:
            return (f.field,)
        base: tuple = ("endings" if f.node_id in self.draft.endings else "nodes", f.node_id)
        if f.choice_index is not None:
            base += ("choices", f.choice_index)
        return base + ((f.field,) if f.field else ())

    # selection -----------------------------------------------------------------------------
    def _selected(self, item_id: str | None) -> None:
        self.form.show_item(self.draft, item_id)
        self.form.mark(self._fields_of(self.findings))
        self.play_btn.setEnabled(item_id in self.draft.nodes or item_id is None)
        self.delete_btn.setEnabled(item_id is not None)

    def _fields_of(self, findings: list[Finding]) -> dict[tuple, list[str]]:
        fields: dict[tuple, list[str]] = {}
        for f in findings:
            fields.setdefault(self._field_path(f), []).append(describe(f))
        return fields

    def show_item(self, item_id: str | None) -> None:
        """Select and centre a node or ending (None: the scenario's own fields)."""
        if item_id is None:
            self.graph.scene().clearSelection()
            self.form.show_item(self.draft, None)
            self.form.mark(self._fields_of(self.findings))
        else:
            self.graph.select(item_id)
        self.form.reveal_flagged()

    def edit_item(self, item_id: str) -> None:
        """Enter on a card: into the form, at its first field."""
        self.graph.select(item_id, centre=False)
        first = self.form.first_field()
        if first is not None:
            first.setFocus()

    # save and play -------------------------------------------------------------------------
    def problem_count(self) -> int:
        return len(self.findings)

    def play_from(self, node_id: str | None) -> None:
        from app.views.studio.scenario_play import PlayFromHereDialog

        scenario = self.draft.scenario()
        node_id = node_id if node_id is not None else scenario.start
        if node_id not in scenario.nodes:
            self.status.setText(self.tr("Select a node to play from (an ending has no replies)."))
            return
        self.play_dialog = PlayFromHereDialog(self.academy, self.colors, scenario, node_id, self)
        self.play_dialog.open()

    def title_text(self) -> str:
        name = self.draft.data.get("title")
        return name if isinstance(name, str) and name else self.path.name
