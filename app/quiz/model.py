"""Typed questions as loaded from ``content/quizzes/`` (see docs/quiz-format.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.common.script import AS_WRITTEN

TYPES = ("single", "multiple", "truefalse", "ordering", "matching", "short", "situational")


@dataclass(frozen=True, slots=True)
class Option:
    text: str
    correct: bool = False
    feedback: str = ""
    # Moodle fraction (-1 … 1) from an imported file whose grades differ from our rule (see
    # app.quiz.fractions.option_fractions); None: the rule decides.
    fraction: float | None = None


@dataclass(frozen=True, slots=True)
class Question:
    id: str = field(metadata=AS_WRITTEN)
    type: str = field(metadata=AS_WRITTEN)
    topic: str = field(metadata=AS_WRITTEN)  # course section id
    difficulty: int
    lesson: str = field(metadata=AS_WRITTEN)  # "lesson-id" or "lesson-id#N"
    stem: str
    explanation: str
    options: tuple[Option, ...] = ()  # single, multiple, situational
    answer: bool | None = None  # truefalse
    items: tuple[str, ...] = ()  # ordering, in the correct order
    pairs: tuple[tuple[str, str], ...] = ()  # matching
    distractors: tuple[str, ...] = ()  # matching, imported: extra right sides matching no left
    answers: tuple[str, ...] = ()  # short: accepted variants
    # short, imported with weights: the fraction of each variant (empty: each scores 1)
    answer_fractions: tuple[float, ...] = ()
    customer: str = ""  # situational: what the customer says
    source: str = field(default="", metadata=AS_WRITTEN)  # file, for messages

    @property
    def correct_indices(self) -> frozenset[int]:
        return frozenset(i for i, o in enumerate(self.options) if o.correct)
