"""Typed, immutable course objects.

Plain dataclasses rather than pydantic models on purpose: the loader validates with
pydantic (see ``schema.py``) only when the cache misses, and unpickling these needs no
pydantic import, which keeps start-up lean.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.common.script import AS_WRITTEN
from app.content.problems import Problem


@dataclass(frozen=True)
class LessonSection:
    number: int  # 1-based position in the lesson; also the slide number
    title: str
    markdown: str
    notes: str  # presenter notes, never shown to learners
    line: int  # line of the ``## `` heading in the source file


@dataclass(frozen=True)
class Lesson:
    id: str = field(metadata=AS_WRITTEN)
    title: str
    section: str = field(metadata=AS_WRITTEN)
    order: int
    minutes: int
    objectives: tuple[str, ...]
    key_terms: tuple[str, ...]
    related: tuple[str, ...] = field(metadata=AS_WRITTEN)
    intro: str  # Markdown before the first ``## `` heading
    sections: tuple[LessonSection, ...]
    source: str = field(metadata=AS_WRITTEN)  # file path as reported in problems
    # (is_image, target, line) as written
    links: tuple[tuple[bool, str, int], ...] = field(default=(), metadata=AS_WRITTEN)
    # front-matter key -> line
    field_lines: dict[str, int] = field(default_factory=dict, metadata=AS_WRITTEN)

    @property
    def char_count(self) -> int:
        return len(self.intro) + sum(len(s.markdown) for s in self.sections)


@dataclass(frozen=True)
class CourseSection:
    id: str = field(metadata=AS_WRITTEN)
    number: int
    title: str
    lesson_ids: tuple[str, ...] = field(default=(), metadata=AS_WRITTEN)


@dataclass(frozen=True)
class Course:
    id: str = field(metadata=AS_WRITTEN)
    title: str
    version: str = field(metadata=AS_WRITTEN)
    sections: tuple[CourseSection, ...]


@dataclass(frozen=True)
class GlossaryTerm:
    id: str = field(metadata=AS_WRITTEN)
    term: str
    en: str = field(metadata=AS_WRITTEN)
    definition: str
    lesson: str = field(metadata=AS_WRITTEN)  # "lesson-id" or "lesson-id#N"
    aliases: tuple[str, ...] = ()
    # sort key, e.g. "ping heng dian" (computed when content is loaded)
    pinyin: str = field(default="", metadata=AS_WRITTEN)


@dataclass(frozen=True)
class Phrase:
    id: str = field(metadata=AS_WRITTEN)
    situation: str
    say: str
    avoid: str
    why: str
    lesson: str = field(metadata=AS_WRITTEN)


@dataclass(frozen=True)
class PhraseGroup:
    id: str = field(metadata=AS_WRITTEN)
    title: str
    step: str
    phrases: tuple[Phrase, ...]


@dataclass(frozen=True)
class Checklist:
    """A desk checklist (content/desk.yaml): short prompts to keep at hand."""

    id: str = field(metadata=AS_WRITTEN)
    title: str
    when: str
    lesson: str = field(metadata=AS_WRITTEN)
    items: tuple[str, ...]


@dataclass(frozen=True)
class SyllabusItem:
    id: str = field(metadata=AS_WRITTEN)
    section: str = field(metadata=AS_WRITTEN)
    text: str
    # "lesson-id#N" references
    taught_in: tuple[str, ...] = field(default=(), metadata=AS_WRITTEN)


@dataclass(frozen=True)
class CaseStudy:
    id: str = field(metadata=AS_WRITTEN)
    title: str
    industry: str = field(metadata=AS_WRITTEN)
    outcome: str = field(metadata=AS_WRITTEN)  # success | failure
    topics: tuple[str, ...] = field(metadata=AS_WRITTEN)
    lessons: tuple[str, ...] = field(metadata=AS_WRITTEN)
    pair: str | None = field(metadata=AS_WRITTEN)
    real: bool
    sections: tuple[LessonSection, ...]
    source: str = field(metadata=AS_WRITTEN)
    links: tuple[tuple[bool, str, int], ...] = field(default=(), metadata=AS_WRITTEN)
    field_lines: dict[str, int] = field(default_factory=dict, metadata=AS_WRITTEN)


@dataclass(frozen=True)
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
    questions: tuple = ()  # app.quiz.model.Question objects
    cases: dict[str, CaseStudy] = field(default_factory=dict)
    scenarios: dict = field(default_factory=dict)  # app.scenario.model.Scenario by id
    checklists: tuple[Checklist, ...] = ()

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
