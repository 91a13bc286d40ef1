"""Load and validate the question bank (``content/quizzes/*.yaml``) into ``Question`` objects.

Every rule of docs/quiz-format.md is checked here, so an author learns at ``content check``
time — with file and line — that a single-choice question has two correct options, not when a
learner meets it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from app.common.problems import Problem
from app.common.schema import ID_PATTERN, Strict
from app.common.yamlfile import display_path, load_yaml_document
from app.quiz.model import Option, Question

# (min, max) number of options / items / pairs per type
_SIZES = {
    "single": (3, 5),
    "multiple": (4, 6),
    "situational": (3, 4),
    "ordering": (3, 8),
    "matching": (3, 6),
}


class OptionSchema(Strict):
    text: str = Field(min_length=1)
    correct: bool = False
    feedback: str = ""


class PairSchema(Strict):
    left: str = Field(min_length=1)
    right: str = Field(min_length=1)


class QuestionSchema(Strict):
    id: str = Field(pattern=ID_PATTERN)
    type: Literal["single", "multiple", "truefalse", "ordering", "matching", "short", "situational"]
    topic: str = Field(min_length=1)
    difficulty: int = Field(ge=1, le=3)
    lesson: str = Field(min_length=1)
    stem: str = Field(min_length=4)
    explanation: str = Field(min_length=4)
    options: list[OptionSchema] | None = None
    answer: bool | None = None
    items: list[str] | None = None
    pairs: list[PairSchema] | None = None
    answers: list[str] | None = None
    customer: str | None = None

    @model_validator(mode="after")
    def _fits_its_type(self):
        t = self.type
        needs = {
            "single": "options",
            "multiple": "options",
            "situational": "options",
            "truefalse": "answer",
            "ordering": "items",
            "matching": "pairs",
            "short": "answers",
        }[t]
        if getattr(self, needs) is None:
            raise ValueError(f"a {t} question needs '{needs}'")
        if t in _SIZES:
            n = len(getattr(self, needs))
            low, high = _SIZES[t]
            if not low <= n <= high:
                raise ValueError(f"a {t} question has {low}–{high} {needs}, not {n}")
        if t in ("single", "situational", "multiple"):
            right = sum(1 for o in self.options if o.correct)
            if t == "multiple" and right < 2:
                raise ValueError("a multiple question has at least 2 correct options")
            if t != "multiple" and right != 1:
                raise ValueError(f"a {t} question has exactly 1 correct option, not {right}")
            texts = [o.text for o in self.options]
            if len(set(texts)) != len(texts):
                raise ValueError("two options have the same text")
        if t == "situational":
            if not self.customer:
                raise ValueError("a situational question needs 'customer'")
            if any(not o.feedback for o in self.options):
                raise ValueError("every option of a situational question needs 'feedback'")
        if t == "short" and not any(a.strip() for a in self.answers):
            raise ValueError("a short question needs at least one accepted answer")
        return self


class BankSchema(Strict):
    questions: list[QuestionSchema] = Field(min_length=1)


def load_bank(folder: Path, base: Path, problems: list[Problem]):
    """(questions, [(file, line, lesson-ref)]) — references are checked by the caller."""
    questions: list[Question] = []
    refs: list[tuple[str, int, str]] = []
    seen: dict[str, str] = {}
    if not folder.is_dir():
        return (), refs
    for path in sorted(folder.glob("*.yaml")):
        loaded = load_yaml_document(path, BankSchema, base, problems)
        if loaded is None:
            continue
        doc, parsed = loaded
        shown = display_path(path, base)
        for i, q in enumerate(doc.questions):
            line = parsed.line_for(("questions", i, "id"))
            if q.id in seen:
                problems.append(
                    Problem(
                        shown,
                        line,
                        "duplicate-id",
                        f"duplicate question id '{q.id}' (also in {seen[q.id]})",
                    )
                )
                continue
            seen[q.id] = shown
            refs.append((shown, parsed.line_for(("questions", i, "lesson")), q.lesson))
            questions.append(to_question(q, shown))
    return tuple(questions), refs


def to_question(q: QuestionSchema, source: str) -> Question:
    """The question the app uses, from a validated one (the loader's and the studio's
    "try it" alike, so what an author tries is what learners get)."""
    return Question(
        id=q.id,
        type=q.type,
        topic=q.topic,
        difficulty=q.difficulty,
        lesson=q.lesson,
        stem=q.stem,
        explanation=q.explanation,
        options=tuple(Option(o.text, o.correct, o.feedback) for o in q.options or ()),
        answer=q.answer,
        items=tuple(q.items or ()),
        pairs=tuple((p.left, p.right) for p in q.pairs or ()),
        answers=tuple(q.answers or ()),
        customer=q.customer or "",
        source=source,
    )
