"""A written-practice task as the app uses it.

The frozen dataclasses are the one declaration: what the app uses and caches, what script
conversion leaves alone (``AS_WRITTEN``) and, through their annotations, what pydantic checks
in a task file (app.writing.loader)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from app.common.rules import CONFIG, Derived, Id, Rule, Str, Text
from app.common.script import AS_WRITTEN

# what the learner writes: an e-mail, a message in an app's chat, a public reply to a
# review, an apology letter, the complaint record
KINDS = ("email", "app-message", "review-reply", "apology-letter", "complaint-record")


@dataclass(frozen=True, slots=True)
class Criterion:
    """One point of the rubric: what to check, and what a text that meets it looks like."""

    __pydantic_config__ = CONFIG
    id: Id = field(metadata=AS_WRITTEN)
    text: Text
    good: Text


@dataclass(frozen=True, slots=True)
class WritingTask:
    __pydantic_config__ = CONFIG
    id: Id = field(metadata=AS_WRITTEN)
    title: Text
    kind: Annotated[str, Rule(strict=True, pattern="^(" + "|".join(KINDS) + ")$")] = field(
        metadata=AS_WRITTEN
    )
    section: Id = field(metadata=AS_WRITTEN)
    situation: Text
    task: Text
    rubric: Annotated[tuple[Criterion, ...], Rule(min_length=4, max_length=6)]
    model_answer: Text
    common_faults: Annotated[tuple[Text, ...], Rule(min_length=1)]
    lesson: Str = field(default="", metadata=AS_WRITTEN)  # lesson-id or lesson-id#N
    source: Annotated[str, Derived()] = field(default="", metadata=AS_WRITTEN)
    lines: Annotated[dict[str, int], Derived()] = field(default_factory=dict, metadata=AS_WRITTEN)

    def criterion_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.rubric)
