"""The items of one content folder, kind by kind, before the checks that span kinds.

The bundled course (``content/``) and the organisation layer (``<data dir>/organisation/``)
are read by the same loaders into a ``Kinds``; ``app.course.layer`` merges the second into
the first, and ``app.course.loader`` then checks the result as one course. Each reference to
a lesson is kept with the file and line it came from, so a broken one names the layer's file
when the layer wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.cases.loader import load_cases
from app.cases.model import CaseStudy
from app.common.problems import Problem
from app.common.yamlfile import display_path
from app.lessons.loader import load_lessons
from app.lessons.model import Lesson
from app.quiz.bank import load_bank
from app.quiz.model import Question
from app.reference.glossary import GlossaryTerm, load_glossary
from app.reference.phrases import PhraseGroup, load_phrases
from app.reference.synonyms import load_synonyms
from app.scenario.loader import load_scenarios
from app.scenario.model import Scenario
from app.writing.loader import load_writing
from app.writing.model import WritingTask

Ref = tuple[str, int, str]  # (file shown, line, "lesson-id" or "lesson-id#N")


@dataclass
class Kinds:
    lessons: dict[str, Lesson] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    glossary: dict[str, GlossaryTerm] = field(default_factory=dict)
    term_at: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> its lesson ref
    phrase_groups: tuple[PhraseGroup, ...] = ()
    phrase_at: dict[str, tuple[str, int]] = field(default_factory=dict)
    synonyms: tuple[tuple[str, ...], ...] = ()
    questions: tuple[Question, ...] = ()
    question_refs: list[Ref] = field(default_factory=list)  # one per question, same order
    cases: dict[str, CaseStudy] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    scenario_refs: list[Ref] = field(default_factory=list)
    writing: dict[str, WritingTask] = field(default_factory=dict)
    writing_refs: list[Ref] = field(default_factory=list)

    def lesson_refs(self) -> list[Ref]:
        """Every reference to a lesson these items make (lessons' own links aside)."""
        refs = [(*self.term_at[t.id], t.lesson) for t in self.glossary.values()]
        refs += [(*self.phrase_at[p.id], p.lesson) for g in self.phrase_groups for p in g.phrases]
        return refs + self.question_refs + self.scenario_refs + self.writing_refs


def load_kinds(
    root: Path, base: Path, problems: list[Problem], known_sections: set[str] | None
) -> Kinds:
    """Read the kinds a course and a layer share from ``root``; files are named relative to
    ``base`` (``content/lessons/x.md``, ``organisation/lessons/x.md``)."""
    lessons, skipped = load_lessons(root / "lessons", base, problems, known_sections)
    glossary, term_lines = load_glossary(root / "glossary.yaml", base, problems)
    phrase_groups, phrase_lines = load_phrases(root / "phrases.yaml", base, problems)
    synonyms = load_synonyms(root / "synonyms.yaml", base, problems)
    questions, question_refs = load_bank(root / "quizzes", base, problems)
    cases = load_cases(root / "cases", base, problems)
    scenarios, scenario_refs = load_scenarios(root / "scenarios", base, problems)
    writing, writing_refs = load_writing(root / "writing", base, problems)
    shown_glossary = display_path(root / "glossary.yaml", base)
    shown_phrases = display_path(root / "phrases.yaml", base)
    return Kinds(
        lessons=lessons,
        skipped=list(skipped),
        glossary=glossary,
        term_at={k: (shown_glossary, line) for k, line in term_lines.items()},
        phrase_groups=tuple(phrase_groups),
        phrase_at={k: (shown_phrases, line) for k, line in phrase_lines.items()},
        synonyms=tuple(synonyms),
        questions=tuple(questions),
        question_refs=list(question_refs),
        cases=cases,
        scenarios=scenarios,
        scenario_refs=list(scenario_refs),
        writing=writing,
        writing_refs=list(writing_refs),
    )
