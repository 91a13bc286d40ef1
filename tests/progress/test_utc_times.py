"""Times are stored as UTC instants (migration 0007), given to the app as local time: an old
database's local times are moved to UTC once, an old learner file's as it is imported, and
a learner's xAPI export is the same whatever time zone the PC is set to."""

import json
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from app.progress.database import create_engine_for, prepare_database
from app.progress.store import ProgressStore
from tests.progress.test_database import _database_at

ROOT = Path(__file__).resolve().parents[2]
OLD = "0006_xapi_sent"


@pytest.fixture
def shanghai(monkeypatch):
    """This process in UTC+8 (no daylight saving), then back."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _raw(db: Path, sql: str):
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchone()[0]


def test_an_old_databases_local_times_become_utc_once(tmp_path, shanghai):
    _database_at(
        tmp_path, OLD,
        "INSERT INTO study_time (lesson_id, started_at, seconds) "
        "VALUES ('l1', '2026-01-01 09:00:00.000000', 60)",
    )  # fmt: skip
    with sqlite3.connect(tmp_path / "progress.db") as con:
        con.execute("INSERT INTO review_card VALUES ('q1', '{}', '2026-01-02 01:00:00.000000', "
                    "'2026-01-01 09:30:00.000000')")  # fmt: skip
    report = prepare_database(tmp_path)
    assert report.migrated_from == OLD
    db = report.path
    assert _raw(db, "SELECT started_at FROM study_time") == "2026-01-01 01:00:00.000000"
    assert _raw(db, "SELECT updated_at FROM review_card") == "2026-01-01 01:30:00.000000"
    assert _raw(db, "SELECT due FROM review_card") == "2026-01-02 01:00:00.000000", "UTC already"
    store = ProgressStore(create_engine_for(db))
    try:
        assert store.study_sessions()[0]["started_at"] == datetime(2026, 1, 1, 9, 0)
        store.add_study_time("l1", 30, datetime(2026, 1, 3, 20, 0))  # 20:00 in Shanghai
        assert _raw(db, "SELECT max(started_at) FROM study_time") == "2026-01-03 12:00:00.000000"
    finally:
        store.close()
    prepare_database(tmp_path)  # opening again changes nothing
    assert _raw(db, "SELECT started_at FROM study_time") == "2026-01-01 01:00:00.000000"


def test_an_old_learner_files_times_move_to_utc_as_it_is_copied(tmp_path, shanghai):
    from app.progress.database import create_database
    from app.progress.rows import copy_rows

    (tmp_path / "old").mkdir()
    source = _database_at(
        tmp_path / "old", OLD,
        "INSERT INTO answer (question_id, mode, session_id, response, correct, score, seconds, "
        "timed_out, answered_at) VALUES ('q1', 'practice', NULL, '0', 1, 1.0, 3.0, 0, "
        "'2026-01-01 09:00:00.000000')",
    )  # fmt: skip
    (tmp_path / "new").mkdir()
    dest = tmp_path / "new" / "progress.db"
    create_database(dest)
    assert copy_rows(source, dest) == {}
    assert _raw(dest, "SELECT answered_at FROM answer") == "2026-01-01 01:00:00.000000"
    again = tmp_path / "again.db"
    create_database(again)
    assert copy_rows(dest, again) == {}  # a file of this version: copied as it is
    assert _raw(again, "SELECT answered_at FROM answer") == "2026-01-01 01:00:00.000000"


def test_an_export_is_the_same_in_every_time_zone(learner, tmp_path):
    from tests.reports.test_reports import _study

    _study(learner)
    data = learner.paths.root
    learner.close_learner()
    outs = []
    for zone in ("UTC", "Asia/Shanghai", "America/New_York"):
        out = tmp_path / f"{zone.replace('/', '-')}.json"
        run = subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(data), "report", "export", str(out),
             "--format", "xapi"], capture_output=True, text=True, cwd=ROOT, timeout=120,
            env={**__import__("os").environ, "TZ": zone},
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        outs.append(json.loads(out.read_text("utf-8")))
    assert outs[0] and outs[0] == outs[1] == outs[2]
