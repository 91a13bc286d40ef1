"""Plain value objects for progress, importable without SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

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


def streak(days: set[date], today: date) -> int:
    """Days in a row with some study, ending today — or yesterday, so a streak is not lost
    before today's study has happened."""
    one = timedelta(days=1)
    day = today if today in days else today - one
    n = 0
    while day in days:
        n += 1
        day -= one
    return n
