"""A content problem, reported as ``file:line: message`` like a compiler would."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    file: str  # path relative to the content root's parent, e.g. "content/lessons/x.md"
    line: int
    kind: str  # yaml, missing-field, wrong-type, unknown-field, duplicate-id, broken-link, ...
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"
