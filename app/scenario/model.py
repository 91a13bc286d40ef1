"""Typed scenarios (docs/scenario-format.md).

The dataclasses are the one declaration: what the engine uses, what script conversion leaves
alone (``AS_WRITTEN``) and, through their annotations, what pydantic checks in a scenario
file (app.scenario.loader). Ids of nodes and endings are their keys in the file, so they are
``Derived``: filled in by the loader, refused if an author writes them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from app.common.rules import CONFIG, Derived, Id, Rule, Text, between
from app.common.script import AS_WRITTEN

DIMENSIONS = ("empathy", "compliance", "solving", "cost")
ENDING_KINDS = ("loyal", "costly", "escalated", "lost")
EMOTIONS = ("平静", "不满", "生气", "愤怒", "暴怒")  # 0 … 4

_KEY = Annotated[str, Derived()]


@dataclass(frozen=True, slots=True)
class Choice:
    __pydantic_config__ = CONFIG
    text: Text
    next: Text = field(metadata=AS_WRITTEN)
    emotion: Annotated[int, between(-2, 2)]
    scores: dict[str, Annotated[int, Rule(strict=True)]] = field(metadata=AS_WRITTEN)
    feedback: Text
    principle: Text
    lesson: Text = field(metadata=AS_WRITTEN)


@dataclass(frozen=True, slots=True)
class Node:
    __pydantic_config__ = CONFIG
    id: _KEY = field(default="", kw_only=True, metadata=AS_WRITTEN)
    customer: Text
    choices: Annotated[tuple[Choice, ...], Rule(min_length=3, max_length=4)]
    upset: Annotated[int, between(0, 2)] = 0  # news that stirs the customer up again


@dataclass(frozen=True, slots=True)
class Ending:
    __pydantic_config__ = CONFIG
    id: _KEY = field(default="", kw_only=True, metadata=AS_WRITTEN)
    kind: Annotated[str, Rule(strict=True, pattern="^(" + "|".join(ENDING_KINDS) + ")$")] = field(
        metadata=AS_WRITTEN
    )
    title: Text
    text: Text


@dataclass(frozen=True, slots=True)
class Scenario:
    __pydantic_config__ = CONFIG
    id: Id = field(metadata=AS_WRITTEN)
    title: Text
    industry: Text = field(metadata=AS_WRITTEN)
    intro: Text
    start: Text = field(metadata=AS_WRITTEN)
    emotion: Annotated[int, between(0, 4)]
    nodes: Annotated[dict[str, Node], Rule(min_length=1)]
    endings: Annotated[dict[str, Ending], Rule(min_length=1)]
    source: _KEY = field(default="", metadata=AS_WRITTEN)
    lines: Annotated[dict[str, int], Derived()] = field(default_factory=dict, metadata=AS_WRITTEN)
