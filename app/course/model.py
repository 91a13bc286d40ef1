"""The course and the bundle of every kind of content the app shows.

Plain frozen dataclasses rather than pydantic models on purpose: content is validated only
when the cache misses, and loading them from the cache needs no pydantic import, which keeps
start-up lean.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Annotated

from app.cases.model import CaseStudy
from app.common.problems import Problem
from app.common.rules import CONFIG, Derived, Id, Rule, Text, between
from app.common.script import AS_WRITTEN
from app.course.tracks import Track, followed_sections, known_track
from app.lessons.model import Lesson
from app.quiz.exam_rules import ExamRules
from app.quiz.model import Question
from app.reference.desk import Checklist
from app.reference.english import EnglishNames
from app.reference.glossary import GlossaryTerm
from app.reference.phrases import PhraseGroup
from app.reference.syllabus import SyllabusItem
from app.scenario.model import Scenario
from app.writing.model import WritingTask


@dataclass(frozen=True, slots=True)
class CourseSection:
    __pydantic_config__ = CONFIG
    id: Id = field(metadata=AS_WRITTEN)
    number: Annotated[int, between(1)]
    title: Text
    # filled from the lessons' front matter, in lesson order
    lesson_ids: Annotated[tuple[str, ...], Derived()] = field(default=(), metadata=AS_WRITTEN)


@dataclass(frozen=True, slots=True)
class Course:
    """``content/course.yaml``: also validated as written (pydantic.TypeAdapter(Course))."""

    __pydantic_config__ = CONFIG
    id: Id = field(metadata=AS_WRITTEN)
    title: Text
    version: Text = field(metadata=AS_WRITTEN)
    sections: Annotated[tuple[CourseSection, ...], Rule(min_length=1)]
    # ``exams:`` is read item by item by the loader (app.quiz.exam_rules), so that one bad
    # value costs only that value, not the whole course.
    exams: Annotated[ExamRules, Derived()] = field(default_factory=ExamRules, metadata=AS_WRITTEN)
    # Specialisations on top of the core (app.course.tracks); none: every section is core.
    tracks: tuple[Track, ...] = ()

    def followed_sections(self, track_id: str) -> list[str]:
        """Section ids a learner of ``track_id`` follows, in course order."""
        return followed_sections([s.id for s in self.sections], self.tracks, track_id)

    def track(self, track_id: object) -> Track | None:
        """The course's track of that id (None for "general" or an unknown id)."""
        tid = known_track(self.tracks, track_id)
        return next((t for t in self.tracks if t.id == tid), None)


@dataclass(frozen=True, slots=True)
class LayerInfo:
    """The organisation layer loaded over the course (app.course.layer): its ``layer.yaml``
    id, title and version, and the folder name its files are shown under."""

    id: str
    title: str
    version: str
    folder: str = "organisation"

    def holds(self, source: str) -> bool:
        """Whether an item read from ``source`` (its shown file) came from the layer."""
        return source.startswith(self.folder + "/")


@dataclass(frozen=True, slots=True)
class ContentBundle:
    """Everything the app shows, plus what was wrong with the files it skipped."""

    course: Course
    lessons: dict[str, Lesson]  # in course order
    problems: tuple[Problem, ...] = field(default=(), metadata=AS_WRITTEN)
    skipped_files: tuple[str, ...] = field(default=(), metadata=AS_WRITTEN)
    digest: str = field(default="", metadata=AS_WRITTEN)
    script: str = field(default="zh-Hans", metadata=AS_WRITTEN)
    glossary: dict[str, GlossaryTerm] = field(default_factory=dict)
    phrase_groups: tuple[PhraseGroup, ...] = ()
    syllabus: tuple[SyllabusItem, ...] = ()
    questions: tuple[Question, ...] = ()
    cases: dict[str, CaseStudy] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    checklists: tuple[Checklist, ...] = ()
    writing: dict[str, WritingTask] = field(default_factory=dict)  # written practice
    # search synonyms (content/synonyms.yaml), kept Simplified: queries are folded to it
    synonyms: tuple[tuple[str, ...], ...] = field(default=(), metadata=AS_WRITTEN)
    # English names for the records an LRS receives (content/english.yaml)
    english: EnglishNames = field(default_factory=EnglishNames, metadata=AS_WRITTEN)
    # the organisation layer added over the course, if there is one
    layer: LayerInfo | None = field(default=None, metadata=AS_WRITTEN)

    def lesson_order(self) -> list[str]:
        return list(self.lessons)

    def neighbours(self, lesson_id: str) -> tuple[str | None, str | None]:
        order = self.lesson_order()
        i = order.index(lesson_id)
        return (order[i - 1] if i > 0 else None, order[i + 1] if i + 1 < len(order) else None)

    def section_of(self, lesson_id: str) -> CourseSection | None:
        sid = self.lessons[lesson_id].section
        return next((s for s in self.course.sections if s.id == sid), None)

    def with_script(self, script: str, **converted) -> ContentBundle:
        return replace(self, script=script, **converted)
