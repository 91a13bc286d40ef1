"""Plain value objects for progress, importable without SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

LEARNED = "learned"
STARTED = "started"


@dataclass(frozen=True)
class LessonState:
    lesson_id: str
    status: str
    last_section: int
    scroll: float
    seconds_spent: int
    learned_at: datetime | None
    updated_at: datetime

    @property
    def learned(self) -> bool:
        return self.status == LEARNED
