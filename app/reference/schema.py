"""What authors write in the glossary, phrase library, desk checklists and syllabus files.
Imported only when content is (re)validated."""

from __future__ import annotations

from pydantic import Field

from app.common.schema import ID_PATTERN, Strict


class TermSchema(Strict):
    id: str = Field(pattern=ID_PATTERN)
    term: str = Field(min_length=1)
    en: str = Field(min_length=1)
    definition: str = Field(min_length=4)
    lesson: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)


class GlossarySchema(Strict):
    terms: list[TermSchema] = Field(min_length=1)


class PhraseSchema(Strict):
    id: str = Field(pattern=ID_PATTERN)
    situation: str = Field(min_length=1)
    say: str = Field(min_length=1)
    avoid: str = Field(min_length=1)
    why: str = Field(min_length=1)
    lesson: str = Field(min_length=1)


class PhraseGroupSchema(Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    step: str = Field(min_length=1)
    phrases: list[PhraseSchema] = Field(min_length=1)


class PhrasesSchema(Strict):
    groups: list[PhraseGroupSchema] = Field(min_length=1)


class ChecklistSchema(Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    when: str = Field(min_length=1)
    lesson: str = Field(min_length=1)
    items: list[str] = Field(min_length=2)


class DeskSchema(Strict):
    checklists: list[ChecklistSchema] = Field(min_length=1)


class SyllabusItemSchema(Strict):
    id: str = Field(pattern=ID_PATTERN)
    section: str = Field(min_length=1)
    text: str = Field(min_length=1)


class SyllabusItemsSchema(Strict):
    items: list[SyllabusItemSchema] = Field(min_length=1)


class TaughtSchema(Strict):
    item: str = Field(min_length=1)
    in_: list[str] = Field(alias="in", min_length=1)


class TaughtFileSchema(Strict):
    taught: list[TaughtSchema] = Field(min_length=1)
