"""The role-play page: pick a scenario, talk the customer through the complaint, read the
debrief, play again.

Keys: 1–4 choose a reply, Ctrl+Z takes the last reply back (a misclick in class), Esc leaves
the dialogue (the run is kept and can be continued), Ctrl+R plays again from the debrief,
Ctrl+Shift+L switches large text for a classroom. The engine is ``app.scenario.engine``; a run
is stored only when it reaches an ending (``Academy.finish_scenario``).

The three sub-pages (``chooser``, ``dialogue``, ``debrief``) show and ask; this page holds the
run, plays it, and switches between them.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.scenario.engine import ScenarioRun
from app.views.page import ChangeAware
from app.views.roleplay.chooser import ScenarioChooser
from app.views.roleplay.debrief import ScenarioDebrief
from app.views.roleplay.dialogue import ScenarioDialogue


def large_scale(height: int) -> float:
    """Text scale in classroom mode: 2× on a 1080-line projector, less on a 720-line one so
    the customer's line and every reply still fit without scrolling, more on a taller one."""
    return max(1.4, min(3.0, height / 540))


class RolePlayPage(ChangeAware, QWidget):
    open_lesson = Signal(str, int, float)
    project_requested = Signal(str)  # a scenario id: play it with a class on the projector

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.run = None
        self.started_at = 0.0
        self.scale = 1.0
        self.last_result: dict | None = None
        self.class_view = None  # the full-screen window of "large text for class", if open

        self.chooser_page = chooser = ScenarioChooser(academy, colors)
        chooser.start_requested.connect(self.start)
        chooser.continue_requested.connect(self.resume)
        chooser.best_run_requested.connect(self._show_best_run)
        chooser.project_requested.connect(self.project_requested)
        self.dialogue_page = dialogue = ScenarioDialogue(academy, colors)
        dialogue.chosen.connect(self.choose)
        dialogue.undo_requested.connect(self.undo)
        dialogue.leave_requested.connect(self.leave_dialogue)
        self.debrief_page = debrief = ScenarioDebrief(academy, colors)
        debrief.again_requested.connect(self.play_again)
        debrief.leave_requested.connect(self.leave_dialogue)
        debrief.open_lesson.connect(self.open_lesson)
        self.stack = QStackedWidget()
        for sub_page in (chooser, dialogue, debrief):
            self.stack.addWidget(sub_page)

        # The widgets callers and tests reach for, under the names they had on this page.
        self.list = chooser.list
        self.best_label = chooser.best_label
        self.continue_btn = chooser.continue_btn
        self.best_debrief_btn = chooser.best_debrief_btn
        self.play_title = dialogue.play_title
        self.meter = dialogue.meter
        self.undo_btn = dialogue.undo_btn
        self.transcript = dialogue.transcript
        self.customer_line = dialogue.customer_line
        self.replies = dialogue.replies
        self.turn_area = dialogue.turn_area
        self.new_best = debrief.new_best
        self.debrief = debrief.debrief

        self.large_btn = QPushButton(self.tr("Large text for class"))
        self.large_btn.setCheckable(True)
        self.large_btn.setToolTip(
            self.tr("Full screen in large text for a class; Esc or F5 returns (Ctrl+Shift+L)")
        )
        self.large_btn.toggled.connect(self._large_toggled)
        self.stack.currentChanged.connect(self._place_large_button)
        self._place_large_button(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.stack)
        for keys, slot in (
            ("Ctrl+Z", self.undo),
            ("Escape", self.leave_dialogue),
            ("Ctrl+R", self.play_again),
            ("Ctrl+Shift+L", self.large_btn.toggle),
            ("Return", self._enter),
            ("Enter", self._enter),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    # the chooser ---------------------------------------------------------------------------
    def affected_by(self, changes, initiator) -> bool:
        return changes.touches("scenario_runs")

    def refresh(self) -> None:
        """Fill the scenario list with each scenario's best result so far."""
        run = self.run
        unfinished = run is not None and not run.finished and run.steps
        self.chooser_page.refresh(run.scenario.id if unfinished else None)

    def selected_id(self) -> str | None:
        return self.chooser_page.selected_id()

    def select(self, scenario_id: str) -> None:
        self.chooser_page.select(scenario_id)

    def _enter(self) -> None:
        if self.stack.currentWidget() is self.chooser_page:
            self.chooser_page.start_selected()

    # the dialogue --------------------------------------------------------------------------
    def start(self, scenario_id: str | None = None) -> None:
        sid = scenario_id or self.selected_id()
        if not sid or sid not in self.academy.content.scenarios:
            return
        self.run = self.academy.roleplay.start(sid)
        self.started_at = time.monotonic()
        self.last_result = None
        self._show_turn()

    def resume(self) -> None:
        if self.run is not None and not self.run.finished:
            self._show_turn()

    def choose(self, index: int) -> None:
        if self.stack.currentWidget() is not self.dialogue_page:
            return
        if self.run is None or self.run.finished:
            return
        if not 0 <= index < len(self.run.node.choices):
            return
        step = self.run.choose(index)
        if self.run.finished:
            self._finish()
        else:
            self._show_turn(step.emotion_before)

    def undo(self) -> None:
        run = self.run
        if self.stack.currentWidget() is self.dialogue_page and run is not None and run.steps:
            step = self.run.undo()
            self._show_turn(step.emotion_after if step else None)

    def leave_dialogue(self) -> None:
        if self.stack.currentWidget() is not self.chooser_page:
            self.refresh()
            if self.run is not None:
                self.select(self.run.scenario.id)
            self._show(self.chooser_page)

    def _show_turn(self, previous: int | None = None) -> None:
        self.dialogue_page.show_turn(self.run, previous)
        self._show(self.dialogue_page)

    def keyPressEvent(self, event) -> None:
        if not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event) -> bool:
        """1–4 choose a reply in the dialogue (here or in the full-screen class view)."""
        if self.stack.currentWidget() is self.dialogue_page and event.text().isdigit():
            self.choose(int(event.text()) - 1)
            return True
        return False

    # the debrief ---------------------------------------------------------------------------
    def _finish(self) -> None:
        seconds = time.monotonic() - self.started_at
        mode = "classroom" if self.scale > 1 else "self"
        self.last_result = self.academy.roleplay.finish(self.run, seconds, mode=mode)
        self._show_debrief(self.run, self.last_result)

    def _show_best_run(self, run) -> None:
        self.run = run
        self._show_debrief(run, None)

    def _show_debrief(self, run, result: dict | None) -> None:
        self.debrief_page.show_run(run, result)
        self._show(self.debrief_page)

    def play_again(self) -> None:
        if self.stack.currentWidget() is self.debrief_page and self.run is not None:
            self.start(self.run.scenario.id)

    def _link(self, url: QUrl) -> None:
        self.debrief_page.follow_link(url)

    # shared --------------------------------------------------------------------------------
    def _show(self, sub_page) -> None:
        self.stack.setCurrentWidget(sub_page)
        sub_page.focus_first()

    def _large_toggled(self, on: bool) -> None:
        """The "large text for class" button: the dialogue full screen on the classroom
        screen, in text scaled to it; off (or Esc / F5 there), back here at the same turn.
        Already full screen (the projector window), it only changes the text size."""
        if on and self.class_view is None and not self.window().isFullScreen():
            from app.views.class_view import ClassView

            self.class_view = view = ClassView(
                self.stack,
                self.academy.setting("projector_screen"),
                keys=(
                    ("Ctrl+Z", self.undo),
                    ("Ctrl+R", self.play_again),
                    ("Ctrl+Shift+L", self.large_btn.toggle),
                    ("Return", self._enter),
                    ("Enter", self._enter),
                ),
                key_handler=self._key,
                parent=self,
            )
            view.left.connect(self._class_view_left)
            view.resized.connect(self._class_view_resized)
            self.set_large(True, view.height())
            self.large_btn.setText(self.tr("Back to the normal view (Esc)"))
            self.stack.currentWidget().focus_first()
        elif not on and self.class_view is not None:
            self.class_view.leave()  # then _class_view_left
        else:
            self.set_large(on)

    def _class_view_left(self) -> None:
        self.large_btn.setText(self.tr("Large text for class"))
        self.class_view = None
        self.set_large(False)
        self.stack.currentWidget().focus_first()

    def _class_view_resized(self, height: int) -> None:
        if abs(large_scale(height) - self.scale) > 0.05:
            self.set_large(True, height)

    def set_large(self, on: bool, height: int | None = None) -> None:
        """Classroom text size: the class reads the customer and the replies from the back of
        the room, and the trainer clicks the reply the class chose. ``height``: of the screen
        the text is for (else this page's)."""
        self.scale = large_scale(height or self.height()) if on else 1.0
        if self.large_btn.isChecked() != on:
            self.large_btn.blockSignals(True)  # the button says so; it opens no window here
            self.large_btn.setChecked(on)
            self.large_btn.blockSignals(False)
        for sub_page in (self.chooser_page, self.dialogue_page, self.debrief_page):
            sub_page.set_scale(self.scale)
        current = self.stack.currentWidget()
        if current is self.dialogue_page and self.run is not None and not self.run.finished:
            self._show_turn()
        elif current is self.debrief_page and self.run is not None and self.run.finished:
            self.debrief_page.render_run(self.run)
        else:
            self.chooser_page.show_intro()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if (
            self.class_view is None
            and self.large_btn.isChecked()
            and abs(large_scale(self.height()) - self.scale) > 0.05
        ):
            self.set_large(True)

    def _place_large_button(self, index: int) -> None:
        """The one "large text" button moves to whichever sub-page is showing."""
        self.stack.widget(index).tools.addWidget(self.large_btn)

    # keeping the place across a window rebuild (language or colours changed) --------------
    def place(self) -> dict:
        if (
            self.run is None
            or self.run.finished
            or self.stack.currentWidget() is not self.dialogue_page
        ):
            return {"scenario": self.selected_id()}
        return {"scenario": self.run.scenario.id, "path": [list(p) for p in self.run.path]}

    def restore_place(self, place: dict) -> None:
        self.refresh()
        sid = place.get("scenario")
        if sid:
            self.select(sid)
        if sid in self.academy.content.scenarios and place.get("path") is not None:
            try:
                self.run = ScenarioRun.replayed(
                    self.academy.content.scenarios[sid], [tuple(p) for p in place["path"]]
                )
            except ValueError:
                return
            self.started_at = time.monotonic()
            self._show_turn()
