"""The entries of a syllabus ``taught-*.yaml`` file, as a small pydantic model: their key
``in`` is a Python keyword. (Glossary, phrases, checklists and syllabus items are validated
through their dataclasses.) Imported only when content is (re)validated."""

from __future__ import annotations

from pydantic import Field

from app.common.schema import Strict


class TaughtSchema(Strict):
    item: str = Field(min_length=1)
    in_: list[str] = Field(alias="in", min_length=1)


class TaughtFileSchema(Strict):
    taught: list[TaughtSchema] = Field(min_length=1)
