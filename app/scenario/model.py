"""Typed scenarios (docs/scenario-format.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

DIMENSIONS = ("empathy", "compliance", "solving", "cost")
ENDING_KINDS = ("loyal", "costly", "escalated", "lost")
EMOTIONS = ("平静", "不满", "生气", "愤怒", "暴怒")  # 0 … 4


@dataclass(frozen=True)
class Choice:
    text: str
    next: str
    emotion: int
    scores: dict[str, int]
    feedback: str
    principle: str
    lesson: str


@dataclass(frozen=True)
class Node:
    id: str
    customer: str
    choices: tuple[Choice, ...]
    upset: int = 0  # news in this line that stirs the customer up again (0 … 2)


@dataclass(frozen=True)
class Ending:
    id: str
    kind: str
    title: str
    text: str


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    industry: str
    intro: str
    start: str
    emotion: int
    nodes: dict[str, Node]
    endings: dict[str, Ending]
    source: str = ""
    lines: dict[str, int] = field(default_factory=dict)  # node/ending id -> line
