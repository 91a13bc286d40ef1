"""Reading lessons: progress, position, study time and where to continue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.changes import mutation
from app.services.core import Core


@dataclass(frozen=True)
class ResumePoint:
    lesson_id: str
    section: int
    scroll: float


@dataclass(frozen=True)
class CourseProgress:
    learned: int
    total: int
    seconds: int

    @property
    def fraction(self) -> float:
        return self.learned / self.total if self.total else 0.0


class Study:
    def __init__(self, core: Core) -> None:
        self._core = core
        self.bus = core.bus

    def lesson_states(self) -> dict[str, Any]:
        learner = self._core.learner
        return learner.lesson_states() if learner is not None else {}

    @mutation(lessons=True)
    def open_lesson(self, lesson_id: str):
        return self._core.store().open_lesson(lesson_id)

    @mutation(lessons=True)
    def set_learned(self, lesson_id: str, learned: bool = True):
        return self._core.store().set_learned(lesson_id, learned)

    def save_position(self, lesson_id: str, section: int, scroll: float) -> None:
        """Not announced: the reader saves its place as it scrolls, and no page shows it."""
        self._core.store().save_position(lesson_id, section, scroll)

    @mutation(lessons=True)
    def add_study_time(self, lesson_id: str, seconds: int, started_at: datetime) -> None:
        self._core.store().add_study_time(lesson_id, seconds, started_at)

    def resume_point(self) -> ResumePoint | None:
        learner = self._core.require_learner()
        lesson_id = learner.get_setting("last_lesson")
        if not lesson_id or lesson_id not in self._core.content.lessons:
            return None
        state = learner.lesson_state(lesson_id)
        return ResumePoint(
            lesson_id, state.last_section if state else 1, state.scroll if state else 0.0
        )

    def next_lesson(self) -> str | None:
        """The first lesson in course order not yet learned."""
        states = self.lesson_states()
        for lid in self._core.content.lesson_order():
            s = states.get(lid)
            if s is None or not s.learned:
                return lid
        return None

    def course_progress(self) -> CourseProgress:
        states = self.lesson_states()
        ids = self._core.content.lesson_order()
        learned = sum(1 for lid in ids if lid in states and states[lid].learned)
        return CourseProgress(learned, len(ids), self._core.require_learner().total_study_seconds())
