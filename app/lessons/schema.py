"""The front matter authors write at the top of a lesson (docs/content-format.md).

Kept as a small pydantic model beside ``Lesson``: the lesson's other fields (intro, sections,
links, lines) come from the Markdown body, not from the front matter."""

from __future__ import annotations

from pydantic import Field

from app.common.schema import ID_PATTERN, Strict


class LessonSchema(Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    section: str = Field(min_length=1)
    order: int = Field(ge=0)
    minutes: int = Field(default=15, ge=1, le=240)
    objectives: list[str] = Field(default_factory=list)
    key_terms: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
