"""The pydantic base for the schemas still written as pydantic models (front matter of lessons
and cases, course.yaml, the question bank, the syllabus files). Imports pydantic: import it
only on a cache miss (from a loader), never from a model module."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from app.common.rules import ID_PATTERN

__all__ = ["ID_PATTERN", "Strict"]


class Strict(BaseModel):
    # Unknown keys are typos more often than intent ("objective:" for "objectives:"); strict,
    # so a number is not silently accepted where text is expected (or text where a number is).
    model_config = ConfigDict(extra="forbid", strict=True)
