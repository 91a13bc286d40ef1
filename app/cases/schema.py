"""A case's front matter (docs/case-format.md). Kept as a small pydantic model beside
``CaseStudy``: the sections, links and lines come from the Markdown body."""

from __future__ import annotations

from pydantic import Field

from app.common.schema import ID_PATTERN, Strict

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


class CaseSchema(Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    industry: str = Field(pattern="^(" + "|".join(INDUSTRIES) + ")$")
    outcome: str = Field(pattern="^(success|failure)$")
    topics: list[str] = Field(min_length=1)
    lessons: list[str] = Field(min_length=1)
    pair: str | None = None
    real: bool = False
