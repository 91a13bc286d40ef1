"""Typed, immutable course objects.

Plain dataclasses rather than pydantic models on purpose: the loader validates with
pydantic (see ``schema.py``) only when the cache misses, and unpickling these needs no
pydantic import, which keeps start-up lean.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

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
    id: str
    title: str
    section: str
    order: int
    minutes: int
    objectives: tuple[str, ...]
    key_terms: tuple[str, ...]
    related: tuple[str, ...]
    intro: str  # Markdown before the first ``## `` heading
    sections: tuple[LessonSection, ...]
    source: str  # file path as reported in problems
    links: tuple[tuple[bool, str, int], ...] = ()  # (is_image, target, line) as written
    field_lines: dict[str, int] = field(default_factory=dict)  # front-matter key -> line

    @property
    def char_count(self) -> int:
        return len(self.intro) + sum(len(s.markdown) for s in self.sections)


@dataclass(frozen=True)
class CourseSection:
    id: str
    number: int
    title: str
    lesson_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    version: str
    sections: tuple[CourseSection, ...]


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    term: str
    en: str
    definition: str
    lesson: str  # "lesson-id" or "lesson-id#N"
    aliases: tuple[str, ...] = ()
    pinyin: str = ""  # sort key, e.g. "ping heng dian" (computed when content is loaded)


@dataclass(frozen=True)
class Phrase:
    id: str
    situation: str
    say: str
    avoid: str
    why: str
    lesson: str


@dataclass(frozen=True)
class PhraseGroup:
    id: str
    title: str
    step: str
    phrases: tuple[Phrase, ...]


@dataclass(frozen=True)
class Checklist:
    """A desk checklist (content/desk.yaml): short prompts to keep at hand."""

    id: str
    title: str
    when: str
    lesson: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class SyllabusItem:
    id: str
    section: str
    text: str
    taught_in: tuple[str, ...] = ()  # "lesson-id#N" references


@dataclass(frozen=True)
class CaseStudy:
    id: str
    title: str
    industry: str
    outcome: str  # success | failure
    topics: tuple[str, ...]
    lessons: tuple[str, ...]
    pair: str | None
    real: bool
    sections: tuple[LessonSection, ...]
    source: str
    links: tuple[tuple[bool, str, int], ...] = ()
    field_lines: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ContentBundle:
    """Everything the app shows, plus what was wrong with the files it skipped."""

    course: Course
    lessons: dict[str, Lesson]  # in course order
    problems: tuple[Problem, ...] = ()
    skipped_files: tuple[str, ...] = ()
    digest: str = ""
    script: str = "zh-Hans"
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
