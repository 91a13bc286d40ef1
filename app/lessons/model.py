"""A lesson as the app uses it. A plain frozen dataclass: loading the cached bundle needs
no pydantic (see app.lessons.loader for validation)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.common.script import AS_WRITTEN
from app.common.sections import Section


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
    sections: tuple[Section, ...]
    source: str = field(metadata=AS_WRITTEN)  # file path as reported in problems
    # (is_image, target, line) as written
    links: tuple[tuple[bool, str, int], ...] = field(default=(), metadata=AS_WRITTEN)
    # front-matter key -> line
    field_lines: dict[str, int] = field(default_factory=dict, metadata=AS_WRITTEN)

    @property
    def char_count(self) -> int:
        return len(self.intro) + sum(len(s.markdown) for s in self.sections)
