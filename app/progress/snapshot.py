"""Read-only queries for the first screen, with the standard library's ``sqlite3``.

Why this exists: SQLAlchemy's import costs more than a whole bare Qt window on our target
machines (measured in ``make bench``), and the home screen only needs three small reads.
These functions answer them until the ORM store has been loaded in the background; every
write goes through the ORM. ``tests/progress/test_snapshot.py`` checks both paths agree.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from app.progress.states import LessonState


def _connect(path: Path) -> sqlite3.Connection:
    # Not "mode=ro": a read-only connection cannot open a WAL database whose -shm file is
    # missing. Nothing here writes.
    conn = sqlite3.connect(path)
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # a damaged row still reads
    return conn


def _dt(value: str | None) -> datetime | None:
    """As the ORM reads it (app/progress/schema.py DateTime): stored as UTC, given as local
    time without a zone; a damaged date is None."""
    try:
        when = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    if when is None:
        return None
    aware = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return aware.astimezone().replace(tzinfo=None)


def lesson_states(path: Path) -> dict[str, LessonState]:
    con = _connect(path)
    try:
        rows = con.execute(
            "SELECT lesson_id, status, last_section, scroll, seconds_spent, learned_at, "
            "updated_at FROM lesson_progress"
        ).fetchall()
    finally:
        con.close()
    return {
        r[0]: LessonState(r[0], r[1], r[2], r[3], r[4], _dt(r[5]), _dt(r[6]) or datetime.min)
        for r in rows
    }


def lesson_state(path: Path, lesson_id: str) -> LessonState | None:
    return lesson_states(path).get(lesson_id)


def get_setting(path: Path, key: str, default: Any = None) -> Any:
    con = _connect(path)
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    finally:
        con.close()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except ValueError:
        return default


def total_study_seconds(path: Path) -> int:
    con = _connect(path)
    try:
        return int(con.execute("SELECT COALESCE(SUM(seconds), 0) FROM study_time").fetchone()[0])
    finally:
        con.close()
