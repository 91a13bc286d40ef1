"""Opening a learner's database: migrations, refusal of newer files, backups and recovery."""

import hashlib
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.progress import backups
from app.progress.database import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    DatabaseTooNew,
    create_engine_for,
    prepare_database,
    stored_revision,
)
from app.progress.store import ProgressStore

ROOT = Path(__file__).resolve().parents[2]


def _store(folder: Path) -> ProgressStore:
    report = prepare_database(folder)
    return ProgressStore(create_engine_for(report.path))


def test_new_database_is_migrated_to_head_in_wal_mode(tmp_path: Path):
    report = prepare_database(tmp_path)
    assert report.created and report.path.exists()
    assert stored_revision(report.path) == HEAD_REVISION
    store = ProgressStore(create_engine_for(report.path))
    store.set_learned("a")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    store.close()
    assert len(backups.list_backups(tmp_path / "backups")) == 1, "first daily backup"


def test_known_revisions_match_the_migration_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "app" / "progress" / "migrations"))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_current_head() == HEAD_REVISION
    ordered = [r.revision for r in script.walk_revisions()][::-1]
    assert tuple(ordered) == KNOWN_REVISIONS


def test_orm_matches_migrated_schema(tmp_path: Path):
    from app.progress.schema import Base

    report = prepare_database(tmp_path)
    con = sqlite3.connect(report.path)
    for table in Base.metadata.tables.values():
        cols = {row[1] for row in con.execute(f"PRAGMA table_info({table.name})")}
        assert cols == {c.name for c in table.columns}, table.name
    con.close()


def test_alembic_is_not_imported_when_already_at_head(tmp_path: Path):
    prepare_database(tmp_path)
    code = (
        "import sys; from pathlib import Path; from app.progress.database import prepare_database;"
        f"prepare_database(Path({str(tmp_path)!r})); print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_database_from_newer_version_is_refused_and_untouched(tmp_path: Path):
    report = prepare_database(tmp_path)
    con = sqlite3.connect(report.path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    before = hashlib.sha256(report.path.read_bytes()).hexdigest()
    backups_before = sorted(p.name for p in (tmp_path / "backups").iterdir())
    with pytest.raises(DatabaseTooNew) as info:
        prepare_database(tmp_path, now=datetime.now() + timedelta(days=1))
    assert "newer version" in str(info.value)
    assert hashlib.sha256(report.path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == backups_before


def test_truncated_database_is_set_aside_and_restored_from_backup(tmp_path: Path):
    store = _store(tmp_path)
    store.set_learned("lesson-before-backup")
    store.close()
    day2 = datetime.now() + timedelta(days=1)
    prepare_database(tmp_path, now=day2)  # the next day's backup holds that lesson
    store = ProgressStore(create_engine_for(tmp_path / "progress.db"))
    store.set_learned("lesson-after-backup")
    store.close()

    db = tmp_path / "progress.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    (tmp_path / "progress.db-wal").unlink(missing_ok=True)

    report = prepare_database(tmp_path, now=day2 + timedelta(hours=1))
    assert report.recovered and report.restored_from is not None
    assert report.restored_from.taken_at.date() == day2.date()
    assert report.set_aside.exists(), "the damaged file is kept, never deleted"
    assert report.set_aside.read_bytes() == data[: len(data) // 2]
    states = ProgressStore(create_engine_for(db)).lesson_states()
    assert "lesson-before-backup" in states
    assert "lesson-after-backup" not in states  # what was lost, as the message says


def test_empty_file_with_backups_counts_as_damaged(tmp_path: Path):
    store = _store(tmp_path)
    store.set_learned("kept")
    store.close()
    prepare_database(tmp_path, now=datetime.now() + timedelta(days=1))  # backup holding "kept"
    (tmp_path / "progress.db").write_bytes(b"")
    for extra in ("-wal", "-shm"):
        Path(str(tmp_path / "progress.db") + extra).unlink(missing_ok=True)
    report = prepare_database(tmp_path, now=datetime.now() + timedelta(days=1, hours=1))
    assert report.recovered and report.restored_from is not None
    assert "kept" in ProgressStore(create_engine_for(tmp_path / "progress.db")).lesson_states()


def test_garbage_without_backup_starts_afresh_but_keeps_the_file(tmp_path: Path):
    tmp_path.joinpath("progress.db").write_bytes(b"this is not sqlite" * 100)
    report = prepare_database(tmp_path)
    assert report.recovered and report.restored_from is None
    assert report.notes and report.set_aside.exists()
    assert stored_revision(tmp_path / "progress.db") == HEAD_REVISION


def test_backup_rotation_keeps_seven_daily_and_four_weekly(tmp_path: Path):
    db = tmp_path / "progress.db"
    prepare_database(tmp_path)
    bdir = tmp_path / "backups-test"
    start = datetime(2026, 1, 1, 9, 0, 0)
    for day in range(60):
        for hour in (0, 5):  # two a day: only the newest of a day counts
            backups.make_backup(db, bdir, "daily", start + timedelta(days=day, hours=hour))
    backups.make_backup(db, bdir, "pre-migration", start)
    backups.rotate(bdir)
    kept = backups.list_backups(bdir)
    daily = [b for b in kept if b.reason == "daily"]
    days = sorted({b.taken_at.date() for b in daily}, reverse=True)
    last = (start + timedelta(days=59)).date()
    assert days[:7] == [last - timedelta(days=i) for i in range(7)]
    weeks = {b.taken_at.isocalendar()[:2] for b in daily}
    assert len(weeks) == 4
    assert len(daily) <= 7 + 4
    assert all(b.taken_at.hour == 14 for b in daily), "the newest backup of each day is kept"
    assert any(b.reason == "pre-migration" for b in kept)


WRITER = """
import sys
from pathlib import Path
from app.progress.database import create_engine_for, prepare_database
from app.progress.store import ProgressStore
report = prepare_database(Path(sys.argv[1]))
store = ProgressStore(create_engine_for(report.path))
i = 0
while True:
    store.set_learned(f"lesson-{i}")
    print(i, flush=True)
    i += 1
"""


def test_sigkill_while_writing_loses_nothing_committed(tmp_path: Path):
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    confirmed = -1
    for line in proc.stdout:
        confirmed = int(line)
        if confirmed >= 150:
            break
    proc.kill()  # SIGKILL: no cleanup, no checkpoint
    proc.wait()
    report = prepare_database(tmp_path)
    assert not report.recovered
    states = ProgressStore(create_engine_for(report.path)).lesson_states()
    assert all(f"lesson-{i}" in states for i in range(confirmed + 1))


def _database_at(folder: Path, revision: str, sql: str | None = None) -> Path:
    """A learner database as an older release left it: migrated to ``revision`` only."""
    from alembic import command
    from alembic.config import Config

    db = folder / "progress.db"
    engine = create_engine_for(db)
    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "app" / "progress" / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if sql:
            conn.exec_driver_sql(sql)
    engine.dispose()
    assert stored_revision(db) == revision
    return db


def _upgraded(folder: Path, revision: str) -> ProgressStore:
    """Open as the app does; check it migrated to head after a pre-migration backup."""
    report = prepare_database(folder)
    assert report.migrated_from == revision
    assert stored_revision(report.path) == HEAD_REVISION
    pre = [b for b in backups.list_backups(folder / "backups") if b.reason == "pre-migration"]
    assert len(pre) == 1 and stored_revision(pre[0].path) == revision
    return ProgressStore(create_engine_for(report.path))


def test_upgrade_from_the_first_schema_keeps_data_and_backs_up_first(tmp_path: Path):
    """A learner's database from the first release is migrated in place."""
    _database_at(
        tmp_path,
        "0001_initial",
        "INSERT INTO lesson_progress VALUES ('kept', 'learned', '2026-01-01 09:00:00', "
        "NULL, 2, 0.5, 60, '2026-01-01 09:00:00')",
    )
    store = _upgraded(tmp_path, "0001_initial")
    assert store.lesson_states()["kept"].learned
    store.close()


def test_upgrade_from_the_quiz_schema_keeps_answers_and_adds_roleplay(tmp_path: Path):
    """0002 -> 0003: answers survive, a pre-migration backup is taken, runs can be stored."""
    _database_at(
        tmp_path,
        "0002_quiz",
        "INSERT INTO answer (question_id, mode, session_id, response, correct, score, "
        "seconds, timed_out, answered_at) VALUES ('q1', 'practice', NULL, '[1]', 1, 1.0, "
        "4.5, 0, '2026-05-01 10:00:00')",
    )
    store = _upgraded(tmp_path, "0002_quiz")
    assert [a["question_id"] for a in store.answers()] == ["q1"]
    store.record_scenario_run("s", "good", "loyal", {"empathy": 3}, 0, [("n1", 2)], 60.0)
    assert store.scenario_runs()[0]["path"] == [("n1", 2)]
    store.close()


def test_upgrade_from_roleplay_schema_keeps_runs_and_adds_notes(tmp_path: Path):
    """0003 -> 0004: stored role-play runs survive; bookmarks and notes can be written."""
    db = _database_at(tmp_path, "0003_roleplay")
    old = ProgressStore(create_engine_for(db))
    old.record_scenario_run("s", "good", "loyal", {"empathy": 2}, 0, [("n1", 1)], 30.0)
    old.close()
    store = _upgraded(tmp_path, "0003_roleplay")
    assert store.scenario_runs()[0]["ending_kind"] == "loyal"
    assert store.toggle_bookmark("lesson", "a", 1) is True
    assert store.save_note("lesson", "a", 1, "笔记") is not None
    store.close()


def test_upgrade_from_notes_schema_keeps_notes_and_adds_writing(tmp_path: Path):
    """0004 -> 0005: notes and bookmarks survive; written-practice attempts can be stored."""
    db = _database_at(tmp_path, "0004_notes")
    old = ProgressStore(create_engine_for(db))
    old.save_note("case", "c", 2, "旧笔记")
    old.toggle_bookmark("lesson", "a", 1)
    old.close()
    store = _upgraded(tmp_path, "0004_notes")
    assert [n["text"] for n in store.notes()] == ["旧笔记"]
    assert store.bookmarks()[0]["ref"] == "a"
    store.save_writing_draft("t1", "您好")
    store.save_writing_assessment("t1", {"tone": True})
    assert store.latest_writing()["t1"]["assessment"] == {"tone": True}
    store.close()
