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
    def __init__(self, db_path: Path, verified: bool = True) -> None:
        """``verified``: the whole-file checks ran at open (else ``verify`` runs them)."""
        self.path = db_path
        self._store = None
        self._lock = threading.Lock()
        self.verified = verified
        self.problem: str | None = None  # what verify found; repaired at the next open

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

    def verify(self) -> str | None:
        """Run the whole-file checks that open left for later (off the GUI thread)."""
        if self.verified or self.problem is not None:
            return self.problem
        from app.progress.database import verify_database

        problem = verify_database(self.path)
        with self._lock:
            self.problem = problem
            self.verified = problem is None
        return problem

    def close(self) -> None:
        """Close the file; if it was verified this session, record how it was left, so the
        next start can skip the whole-file checks (app.progress.database)."""
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
            if self.verified:
                from app.progress.database import mark_closed_cleanly

                mark_closed_cleanly(self.path)

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
