"""One open learner's progress, with the ORM loaded lazily.

Reads go through ``snapshot`` (stdlib sqlite3) until the SQLAlchemy store exists; the store
is created by ``warm_up()`` (the GUI calls it off the GUI thread right after start-up) or by
the first write, whichever comes first. Everything else, and every write, goes to ``store``
directly: only the reads the first screen needs have a second path here.
"""

from __future__ import annotations

import threading
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
