"""Pydantic schemas for what authors write. Imported only when content is (re)validated."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"


class _Strict(BaseModel):
    # Unknown keys are typos more often than intent ("objective:" for "objectives:").
    model_config = ConfigDict(extra="forbid", strict=True)


class SectionSchema(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    number: int = Field(ge=1)
    title: str = Field(min_length=1)


class CourseSchema(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    version: str = Field(min_length=1)
    sections: list[SectionSchema] = Field(min_length=1)


class LessonSchema(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    section: str = Field(min_length=1)
    order: int = Field(ge=0)
    minutes: int = Field(default=15, ge=1, le=240)
    objectives: list[str] = Field(default_factory=list)
    key_terms: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)


class TermSchema(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    term: str = Field(min_length=1)
    en: str = Field(min_length=1)
    definition: str = Field(min_length=4)
    lesson: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)


class GlossarySchema(_Strict):
    terms: list[TermSchema] = Field(min_length=1)


class PhraseSchema(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    situation: str = Field(min_length=1)
    say: str = Field(min_length=1)
    avoid: str = Field(min_length=1)
    why: str = Field(min_length=1)
    lesson: str = Field(min_length=1)


class PhraseGroupSchema(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    step: str = Field(min_length=1)
    phrases: list[PhraseSchema] = Field(min_length=1)


class PhrasesSchema(_Strict):
    groups: list[PhraseGroupSchema] = Field(min_length=1)


class ChecklistSchema(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    when: str = Field(min_length=1)
    lesson: str = Field(min_length=1)
    items: list[str] = Field(min_length=2)


class DeskSchema(_Strict):
    checklists: list[ChecklistSchema] = Field(min_length=1)


class SyllabusItemSchema(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    section: str = Field(min_length=1)
    text: str = Field(min_length=1)


class SyllabusItemsSchema(_Strict):
    items: list[SyllabusItemSchema] = Field(min_length=1)


class TaughtSchema(_Strict):
    item: str = Field(min_length=1)
    in_: list[str] = Field(alias="in", min_length=1)


class TaughtFileSchema(_Strict):
    taught: list[TaughtSchema] = Field(min_length=1)


INDUSTRIES = (
    "retail",
    "ecommerce",
    "banking",
    "wealth",
    "logistics",
    "telecom",
    "hospitality",
    "manufacturing",
    "internet",
    "automotive",
)


class CaseSchema(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    industry: str = Field(pattern="^(" + "|".join(INDUSTRIES) + ")$")
    outcome: str = Field(pattern="^(success|failure)$")
    topics: list[str] = Field(min_length=1)
    lessons: list[str] = Field(min_length=1)
    pair: str | None = None
    real: bool = False
