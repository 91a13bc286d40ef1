"""Typed scenarios (docs/scenario-format.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.common.script import AS_WRITTEN

DIMENSIONS = ("empathy", "compliance", "solving", "cost")
ENDING_KINDS = ("loyal", "costly", "escalated", "lost")
EMOTIONS = ("平静", "不满", "生气", "愤怒", "暴怒")  # 0 … 4


@dataclass(frozen=True)
class Choice:
    text: str
    next: str = field(metadata=AS_WRITTEN)
    emotion: int
    scores: dict[str, int] = field(metadata=AS_WRITTEN)
    feedback: str
    principle: str
    lesson: str = field(metadata=AS_WRITTEN)


@dataclass(frozen=True)
class Node:
    id: str = field(metadata=AS_WRITTEN)
    customer: str
    choices: tuple[Choice, ...]
    upset: int = 0  # news in this line that stirs the customer up again (0 … 2)


@dataclass(frozen=True)
class Ending:
    id: str = field(metadata=AS_WRITTEN)
    kind: str = field(metadata=AS_WRITTEN)
    title: str
    text: str


@dataclass(frozen=True)
class Scenario:
    id: str = field(metadata=AS_WRITTEN)
    title: str
    industry: str = field(metadata=AS_WRITTEN)
    intro: str
    start: str = field(metadata=AS_WRITTEN)
    emotion: int
    nodes: dict[str, Node]
    endings: dict[str, Ending]
    source: str = field(default="", metadata=AS_WRITTEN)
    # node/ending id -> line
    lines: dict[str, int] = field(default_factory=dict, metadata=AS_WRITTEN)
