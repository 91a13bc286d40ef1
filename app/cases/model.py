"""A case study as the app uses it (plain frozen dataclass: loading the cache needs no pydantic)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.common.script import AS_WRITTEN
from app.common.sections import Section


@dataclass(frozen=True, slots=True)
class CaseStudy:
    id: str = field(metadata=AS_WRITTEN)
    title: str
    industry: str = field(metadata=AS_WRITTEN)
    outcome: str = field(metadata=AS_WRITTEN)  # success | failure
    topics: tuple[str, ...] = field(metadata=AS_WRITTEN)
    lessons: tuple[str, ...] = field(metadata=AS_WRITTEN)
    pair: str | None = field(metadata=AS_WRITTEN)
    real: bool
    sections: tuple[Section, ...]
    source: str = field(metadata=AS_WRITTEN)
    links: tuple[tuple[bool, str, int], ...] = field(default=(), metadata=AS_WRITTEN)
    field_lines: dict[str, int] = field(default_factory=dict, metadata=AS_WRITTEN)
