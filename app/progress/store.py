"""Reads and writes of one learner's progress. Every write is its own committed transaction,
so a crash at any moment loses nothing that a method has returned from."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.progress.schema import LessonProgress, Setting, StudyTime
from app.progress.states import LEARNED, STARTED, LessonState


def _state(row: LessonProgress) -> LessonState:
    return LessonState(
        row.lesson_id,
        row.status,
        row.last_section,
        row.scroll,
        row.seconds_spent,
        row.learned_at,
        row.updated_at,
    )


class ProgressStore:
    def __init__(self, engine) -> None:
        self.engine = engine
        self._session = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    # lessons -----------------------------------------------------------------------------
    def lesson_states(self) -> dict[str, LessonState]:
        with self._session() as s:
            return {r.lesson_id: _state(r) for r in s.scalars(select(LessonProgress))}

    def lesson_state(self, lesson_id: str) -> LessonState | None:
        with self._session() as s:
            row = s.get(LessonProgress, lesson_id)
            return _state(row) if row else None

    def _row(self, s: Session, lesson_id: str, now: datetime) -> LessonProgress:
        row = s.get(LessonProgress, lesson_id)
        if row is None:
            row = LessonProgress(
                lesson_id=lesson_id,
                status=STARTED,
                first_opened_at=now,
                last_section=1,
                scroll=0.0,
                seconds_spent=0,
                updated_at=now,
            )
            s.add(row)
        return row

    def open_lesson(self, lesson_id: str, now: datetime | None = None) -> LessonState:
        now = now or datetime.now()
        with self._session.begin() as s:
            row = self._row(s, lesson_id, now)
            row.updated_at = now
            s.merge(Setting(key="last_lesson", value=json.dumps(lesson_id)))
            s.flush()
            return _state(row)

    def set_learned(
        self, lesson_id: str, learned: bool = True, now: datetime | None = None
    ) -> LessonState:
        now = now or datetime.now()
        with self._session.begin() as s:
            row = self._row(s, lesson_id, now)
            row.status = LEARNED if learned else STARTED
            row.learned_at = now if learned else None
            row.updated_at = now
            s.flush()
            return _state(row)

    def save_position(
        self, lesson_id: str, section: int, scroll: float, now: datetime | None = None
    ) -> None:
        now = now or datetime.now()
        with self._session.begin() as s:
            row = self._row(s, lesson_id, now)
            row.last_section = max(1, int(section))
            row.scroll = min(1.0, max(0.0, float(scroll)))
            row.updated_at = now

    def add_study_time(self, lesson_id: str, seconds: int, started_at: datetime) -> None:
        if seconds <= 0:
            return
        with self._session.begin() as s:
            row = self._row(s, lesson_id, started_at)
            row.seconds_spent += int(seconds)
            row.updated_at = started_at + timedelta(seconds=seconds)
            s.add(StudyTime(lesson_id=lesson_id, started_at=started_at, seconds=int(seconds)))

    def total_study_seconds(self) -> int:
        with self._session() as s:
            return int(s.scalar(select(func.coalesce(func.sum(StudyTime.seconds), 0))) or 0)

    # settings ----------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._session() as s:
            row = s.get(Setting, key)
        if row is None:
            return default
        try:
            return json.loads(row.value)
        except ValueError:
            return default

    def set_setting(self, key: str, value: Any) -> None:
        with self._session.begin() as s:
            s.merge(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
