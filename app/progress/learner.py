"""One open learner's progress, with the ORM loaded lazily.

Reads go through ``snapshot`` (stdlib sqlite3) until the SQLAlchemy store exists; the store
is created by ``warm_up()`` (the GUI calls it off the GUI thread right after start-up) or by
the first write, whichever comes first. All writes go through the ORM store.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from app.progress import snapshot
from app.progress.states import LessonState


class LearnerProgress:
    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        self._store = None
        self._lock = threading.Lock()

    @property
    def store(self):
        with self._lock:
            if self._store is None:
                from app.progress.database import create_engine_for
                from app.progress.store import ProgressStore

                self._store = ProgressStore(create_engine_for(self.path))
            return self._store

    @property
    def loaded(self) -> bool:
        return self._store is not None

    def warm_up(self) -> None:
        _ = self.store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    # reads ---------------------------------------------------------------------------------
    def lesson_states(self) -> dict[str, LessonState]:
        s = self._store
        return s.lesson_states() if s is not None else snapshot.lesson_states(self.path)

    def lesson_state(self, lesson_id: str) -> LessonState | None:
        s = self._store
        return s.lesson_state(lesson_id) if s else snapshot.lesson_state(self.path, lesson_id)

    def get_setting(self, key: str, default: Any = None) -> Any:
        s = self._store
        return s.get_setting(key, default) if s else snapshot.get_setting(self.path, key, default)

    def total_study_seconds(self) -> int:
        s = self._store
        return s.total_study_seconds() if s else snapshot.total_study_seconds(self.path)

    # writes --------------------------------------------------------------------------------
    def open_lesson(self, lesson_id: str) -> LessonState:
        return self.store.open_lesson(lesson_id)

    def set_learned(self, lesson_id: str, learned: bool = True) -> LessonState:
        return self.store.set_learned(lesson_id, learned)

    def save_position(self, lesson_id: str, section: int, scroll: float) -> None:
        self.store.save_position(lesson_id, section, scroll)

    def add_study_time(self, lesson_id: str, seconds: int, started_at: datetime) -> None:
        self.store.add_study_time(lesson_id, seconds, started_at)

    def set_setting(self, key: str, value: Any) -> None:
        self.store.set_setting(key, value)

    # quizzes (the ORM store: not needed before the first screen) ---------------------------
    def record_answer(self, *args, **kwargs) -> None:
        self.store.record_answer(*args, **kwargs)

    def due_reviews(self, now_utc: datetime) -> list[str]:
        return self.store.due_reviews(now_utc)

    def latest_scores(self) -> dict[str, float]:
        return self.store.latest_scores()

    def answers(self, session_id: str | None = None) -> list[dict]:
        return self.store.answers(session_id)

    def start_exam(self, *args, **kwargs) -> None:
        self.store.start_exam(*args, **kwargs)

    def finish_exam(self, *args, **kwargs) -> None:
        self.store.finish_exam(*args, **kwargs)

    def exam_history(self) -> list[dict]:
        return self.store.exam_history()

    # role-play -------------------------------------------------------------------------------
    def record_scenario_run(self, *args, **kwargs) -> int:
        return self.store.record_scenario_run(*args, **kwargs)

    def scenario_runs(self, scenario_id: str | None = None) -> list[dict]:
        return self.store.scenario_runs(scenario_id)

    # bookmarks and notes ---------------------------------------------------------------------
    def toggle_bookmark(self, kind: str, ref: str, section: int) -> bool:
        return self.store.toggle_bookmark(kind, ref, section)

    def bookmarks(self) -> list[dict]:
        return self.store.bookmarks()

    def save_note(self, kind: str, ref: str, section: int, text: str) -> int | None:
        return self.store.save_note(kind, ref, section, text)

    def notes(self, kind: str | None = None, ref: str | None = None) -> list[dict]:
        return self.store.notes(kind, ref)

    def delete_note(self, note_id: int) -> bool:
        return self.store.delete_note(note_id)

    def restore_note(self, note_id: int) -> bool:
        return self.store.restore_note(note_id)

    def study_days(self) -> set:
        return self.store.study_days()
