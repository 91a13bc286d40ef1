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

    # the learner's track ---------------------------------------------------------------------
    def track(self) -> str:
        """The open learner's track id ("general" when none is chosen, or the course no
        longer has the one chosen)."""
        return followed_track(self._core)

    @mutation(settings=True, lessons=True)
    def set_track(self, track_id: str) -> None:
        """Follow ``track_id`` ("general" for the core alone); an unknown id raises
        ValueError. Stored with the learner's progress, so it travels with an export."""
        from app.course.tracks import GENERAL

        course = self._core.content.course
        if track_id != GENERAL and course.track(track_id) is None:
            raise ValueError(f"unknown track {track_id!r}")
        self._core.store().set_setting("track", track_id)

    def followed_lessons(self) -> list[str]:
        """The lessons of the sections the learner follows, in course order."""
        return followed_lessons(self._core)

    def next_lesson(self) -> str | None:
        """The first lesson the learner follows, in course order, not yet learned."""
        states = self.lesson_states()
        for lid in self.followed_lessons():
            s = states.get(lid)
            if s is None or not s.learned:
                return lid
        return None

    def course_progress(self) -> CourseProgress:
        states = self.lesson_states()
        ids = self.followed_lessons()
        learned = sum(1 for lid in ids if lid in states and states[lid].learned)
        return CourseProgress(learned, len(ids), self._core.require_learner().total_study_seconds())


def followed_track(core: Core) -> str:
    """The open learner's track id, checked against the course (see ``Study.track``)."""
    from app.course.tracks import GENERAL, known_track

    learner = core.learner
    chosen = learner.get_setting("track", GENERAL) if learner is not None else GENERAL
    return known_track(core.content.course.tracks, chosen)


def followed_sections(core: Core) -> list[str]:
    """Section ids the open learner follows (the core and their track), in course order."""
    return core.content.course.followed_sections(followed_track(core))


def followed_lessons(core: Core) -> list[str]:
    content = core.content
    sections = set(followed_sections(core))
    return [lid for lid, lesson in content.lessons.items() if lesson.section in sections]
