"""What authors write in ``content/course.yaml``. Imported only when content is
(re)validated."""

from __future__ import annotations

from pydantic import Field

from app.common.schema import ID_PATTERN, Strict


class SectionSchema(Strict):
    id: str = Field(pattern=ID_PATTERN)
    number: int = Field(ge=1)
    title: str = Field(min_length=1)


class CourseSchema(Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    version: str = Field(min_length=1)
    sections: list[SectionSchema] = Field(min_length=1)
