"""Issue 15, "nothing lost, nothing run": a disk that cannot be read or written now is not a
damaged file; set-aside copies are never overwritten; upgrades are all-or-nothing; a read-only
folder is reported at open time, never as a traceback.

Real SQLite files in tmp dirs. Faults are injected only where the operating system would
raise them (opening the file, copying a backup), or made real (SIGKILL, a read-only folder
seen by an unprivileged user).
"""

import errno
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.progress import database
from app.progress.database import (
    HEAD_REVISION,
    DatabaseUnavailable,
    create_engine_for,
    prepare_database,
    stored_revision,
)
from app.progress.store import ProgressStore

ROOT = Path(__file__).resolve().parents[2]


def _learner_with(folder: Path, lessons: int) -> None:
    """A learner with ``lessons`` learned lessons and a backup from yesterday holding none."""
    prepare_database(folder, now=datetime.now() - timedelta(days=1))
    store = ProgressStore(create_engine_for(folder / "progress.db"))
    for i in range(lessons):
        store.set_learned(f"lesson-{i}")
    store.close()


def _learned(folder: Path) -> int:
    store = ProgressStore(create_engine_for(folder / "progress.db"))
    try:
        return sum(1 for s in store.lesson_states().values() if s.learned)
    finally:
        store.close()


def test_disk_io_error_at_open_leaves_the_live_file_alone(tmp_path: Path, monkeypatch):
    """Issue 15.1: "disk I/O error" while opening is "cannot read now", not "damaged"."""
    _learner_with(tmp_path, 30)
    db = tmp_path / "progress.db"
    before = db.read_bytes()
    real_connect = sqlite3.connect

    def full_disk(target, *args, **kwargs):
        if Path(str(target)) == db:
            raise sqlite3.OperationalError("disk I/O error")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", full_disk)
    with pytest.raises(DatabaseUnavailable) as info:
        prepare_database(tmp_path)
    assert "disk I/O error" in str(info.value) and str(db) in str(info.value)
    assert not (tmp_path / "damaged").exists(), "a file that may be healthy is never moved"
    assert db.read_bytes() == before
    monkeypatch.undo()
    report = prepare_database(tmp_path)  # the disk is back: nothing was lost
    assert not report.recovered and _learned(tmp_path) == 30


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A real 2 MB filesystem (tmpfs), where the disk can really be full. Needs root."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tiny filesystem needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mnt
    subprocess.run(["umount", str(mnt)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def test_really_full_disk_at_start_keeps_every_answer(tiny_disk: Path):
    """Issue 15.1 on a real full disk: SQLite says "disk I/O error" (it cannot create the
    -shm file); the file stays, and with space again all 200 lessons are there."""
    learner = tiny_disk / "learner"
    _learner_with(learner, 200)
    before = (learner / "progress.db").read_bytes()
    filler = _fill(tiny_disk)
    with pytest.raises(DatabaseUnavailable):
        prepare_database(learner)
    assert not (learner / "damaged").exists()
    assert (learner / "progress.db").read_bytes() == before
    filler.unlink()
    report = prepare_database(learner)
    assert not report.recovered and _learned(learner) == 200


def test_full_disk_during_restore_never_leaves_an_empty_database(tmp_path: Path, monkeypatch):
    """Issue 15.1: the restore copy fails for lack of space: no 0-byte progress.db, the
    damaged file stays where it was, and the next start (with space) restores the backup."""
    _learner_with(tmp_path, 3)
    prepare_database(tmp_path)  # today's backup holds the 3 lessons
    db = tmp_path / "progress.db"
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    db.write_bytes(b"this is not sqlite" * 100)

    def no_space(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copy2", no_space)
    with pytest.raises(DatabaseUnavailable) as info:
        prepare_database(tmp_path)
    assert "No space left" in str(info.value)
    assert db.read_bytes() == b"this is not sqlite" * 100, "left in place, never emptied"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("progress.db.")]
    monkeypatch.undo()
    report = prepare_database(tmp_path)
    assert report.recovered and report.restored_from is not None
    assert report.set_aside.read_bytes() == b"this is not sqlite" * 100
    assert _learned(tmp_path) == 3


def test_two_recoveries_in_one_second_keep_both_set_aside_files(tmp_path: Path):
    """Issue 15.2: the set-aside name has one-second resolution; neither copy is overwritten."""
    now = datetime(2026, 12, 3, 10, 0, 0)
    db = tmp_path / "progress.db"
    kept = []
    for junk in (b"first damaged file " * 50, b"second damaged file " * 50):
        for extra in ("-wal", "-shm"):
            Path(f"{db}{extra}").unlink(missing_ok=True)
        db.write_bytes(junk)
        report = prepare_database(tmp_path, now=now)
        assert report.recovered
        kept.append(report.set_aside)
    assert kept[0] != kept[1]
    assert kept[0].read_bytes() == b"first damaged file " * 50
    assert kept[1].read_bytes() == b"second damaged file " * 50


def _database_at(folder: Path, revision: str, sql: str) -> None:
    from alembic import command
    from alembic.config import Config

    engine = create_engine_for(folder / "progress.db")
    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "app" / "progress" / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.exec_driver_sql(sql)
    engine.dispose()


UPGRADER = """
import os, signal, sys
from pathlib import Path
import app.progress.database as d
import alembic.command, sqlalchemy  # loaded before "ready": the kill lands in the upgrade
from sqlalchemy import event
from sqlalchemy.engine import Engine
if len(sys.argv) > 2:  # SIGKILL itself right after the n-th SQL statement of the upgrade
    left = [int(sys.argv[2])]
    @event.listens_for(Engine, "after_cursor_execute")
    def _die(*_args):
        left[0] -= 1
        if left[0] == 0:
            os.kill(os.getpid(), signal.SIGKILL)
print("ready", flush=True)
d.prepare_database(Path(sys.argv[1]))
print("done", flush=True)
"""


def _kill_during_upgrade(folder: Path, delay: float, after: int | None = None) -> bool:
    """Run an upgrade in a subprocess, SIGKILL it ``delay`` s after it is ready (or right after
    its ``after``-th SQL statement); True if the kill landed before the upgrade finished."""
    proc = subprocess.Popen(
        [sys.executable, "-c", UPGRADER, str(folder), *([str(after)] if after else [])],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "ready"
    if after is None:
        time.sleep(delay)
        proc.kill()
    rest = proc.stdout.read()
    proc.wait()
    return "done" not in rest


def test_sigkill_during_upgrade_never_bricks_the_learner(tmp_path: Path):
    """Issue 15.3: an upgrade is all-or-nothing. Kill it at random moments; every later open
    succeeds at head and keeps the confirmed answer (or the new learner's empty database)."""
    rng = random.Random(15)
    answer = (
        "INSERT INTO answer (question_id, mode, session_id, response, correct, score, seconds, "
        "timed_out, answered_at) VALUES ('q1', 'practice', NULL, '[1]', 1, 1.0, 4.5, 0, "
        "'2026-05-01 10:00:00')"
    )
    # How long an upgrade takes here, so the kills spread over it.
    probe = tmp_path / "probe"
    probe.mkdir()
    _database_at(probe, "0002_quiz", answer)
    t0 = time.perf_counter()
    prepare_database(probe)
    span = max(time.perf_counter() - t0, 0.05) * 1.5
    trials, mid_upgrade, failures = 0, 0, []
    # Random moments, then a sweep: killed right after each SQL statement of an upgrade and
    # of a creation in turn, until one runs to the end.
    plan = [(i % 4 != 0, rng.uniform(0, span), None) for i in range(12)]
    plan += [(True, 0.0, n) for n in range(1, 41)] + [(False, 0.0, n) for n in range(1, 41)]
    finished = set()
    for trial, (upgrade, delay, after) in enumerate(plan):
        if after is not None and upgrade in finished:
            continue
        folder = tmp_path / f"t{trial}"
        folder.mkdir()
        if upgrade:  # else a new learner's database is created
            _database_at(folder, "0002_quiz", answer)
        killed = _kill_during_upgrade(folder, delay, after)
        mid_upgrade += killed
        if after is not None and not killed:
            finished.add(upgrade)
        trials += 1
        try:
            report = prepare_database(folder)
            assert stored_revision(report.path) == HEAD_REVISION
            if upgrade:
                store = ProgressStore(create_engine_for(report.path))
                if [a["question_id"] for a in store.answers()] != ["q1"]:
                    failures.append(f"trial {trial}: the confirmed answer was lost")
                store.close()
        except Exception as exc:  # every failure is counted and reported
            failures.append(f"trial {trial}: {type(exc).__name__}: {exc}")
    print(f"{trials} trials, {mid_upgrade} killed mid-upgrade, {len(failures)} bricked or lost")
    assert not failures, (
        f"{len(failures)} of {trials} trials ({mid_upgrade} killed mid-upgrade) bricked or lost "
        f"data:\n" + "\n".join(failures)
    )
    assert trials >= 20 and mid_upgrade >= 5, (trials, mid_upgrade)


def test_failed_upgrade_restores_the_pre_upgrade_file(tmp_path: Path):
    """Issue 15.3: an upgrade that fails part-way leaves the learner exactly as before, from
    the pre-upgrade backup, and says so."""
    # A leftover table from an interrupted upgrade by an older release: 0004 cannot create it.
    _database_at(tmp_path, "0003_roleplay", "CREATE TABLE note (x INTEGER)")
    con = sqlite3.connect(tmp_path / "progress.db")
    con.execute(
        "INSERT INTO answer (question_id, mode, session_id, response, correct, score, seconds, "
        "timed_out, answered_at) VALUES ('q1', 'practice', NULL, '[1]', 1, 1.0, 4.5, 0, "
        "'2026-05-01 10:00:00')"
    )
    con.commit()
    con.close()
    with pytest.raises(database.DatabaseUpgradeFailed) as info:
        prepare_database(tmp_path)
    assert "could not be upgraded" in str(info.value)
    db = tmp_path / "progress.db"
    assert stored_revision(db) == "0003_roleplay"
    con = sqlite3.connect(db)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "bookmark" not in tables, "nothing of the failed upgrade is left"
    assert con.execute("SELECT count(*) FROM answer").fetchone() == (1,)
    con.close()


def _without_root_powers(cmd: list[str]) -> list[str]:
    """Root ignores file permissions: run ``cmd`` without the capabilities that do that."""
    if os.geteuid() != 0:
        return cmd
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot make a folder read-only")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *cmd]


def _make_read_only(folder: Path) -> None:
    for p in sorted([folder, *folder.rglob("*")], key=lambda p: len(p.parts), reverse=True):
        p.chmod(0o555 if p.is_dir() else 0o444)


OPENER = """
import sys
from pathlib import Path
from app.progress.database import DatabaseUnavailable, prepare_database
try:
    prepare_database(Path(sys.argv[1]))
except DatabaseUnavailable as exc:
    print("unavailable:", exc)
else:
    print("opened")
"""


@pytest.mark.parametrize("what", ["folder", "file"])
def test_read_only_database_is_reported_at_open(tmp_path: Path, what: str):
    """Issue 15.17: a read-only learner folder or database file is "cannot write" at open,
    not a raw error at the first write."""
    learner = tmp_path / "learner"
    prepare_database(learner)  # today's backup exists: opening again writes nothing by itself
    if what == "folder":
        _make_read_only(learner)
    else:
        (learner / "progress.db").chmod(0o444)
    out = subprocess.run(
        _without_root_powers([sys.executable, "-c", OPENER, str(learner)]),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.stdout.startswith("unavailable:"), out.stdout + out.stderr
    assert re.search("read-?only", out.stdout) and "Traceback" not in out.stderr


def test_read_only_log_folder_does_not_stop_start_up(tmp_path: Path):
    """Issue 15.17: logging falls back to stderr quietly when the log folder is read-only."""
    logs = tmp_path / "logs"
    logs.mkdir()
    _make_read_only(tmp_path)
    code = (
        "import sys, logging; from pathlib import Path; from app import diagnostics;"
        f"diagnostics.enable_faulthandler(Path({str(logs)!r}));"
        f"diagnostics.setup_logging(Path({str(logs)!r}));"
        "logging.getLogger('t').warning('still logging'); print('started')"
    )
    out = subprocess.run(
        _without_root_powers([sys.executable, "-c", code]),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0 and out.stdout.strip() == "started", out.stderr
    assert "Traceback" not in out.stderr and "still logging" in out.stderr


def test_read_only_data_folder_smoke_run_says_why_without_a_traceback(tmp_path: Path):
    """Issue 15.17: ``--smoke`` on a read-only data folder prints ``error: …`` and exits 1."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "--smoke"]
    first = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert first.returncode == 0, first.stderr
    _make_read_only(tmp_path)
    out = subprocess.run(
        _without_root_powers(cmd), cwd=ROOT, capture_output=True, text=True, timeout=120, env=env
    )
    assert out.returncode == 1, out.stderr
    assert "error: " in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert "cannot be opened or saved" in out.stderr, out.stderr


@pytest.mark.parametrize(
    ("plant", "left_out"),
    [
        (
            "CREATE TRIGGER t AFTER INSERT ON lesson_progress "
            "BEGIN DELETE FROM lesson_progress; END;",
            0,
        ),
        ("CREATE VIEW spy AS SELECT * FROM lesson_progress;", 0),
        ("DROP TABLE alembic_version;", 0),
        ("UPDATE lesson_progress SET seconds_spent = 'many' WHERE lesson_id = 'lesson-0';", 1),
    ],
)
def test_a_planted_schema_is_rebuilt_from_its_rows_and_kept_aside(tmp_path: Path, plant, left_out):
    """A learner's own file with a trigger, a view, no version or a value of the wrong kind
    (a shared copy someone edited): its sound rows move into a clean file; the original is
    set aside; nothing planted runs on the next write."""
    folder = tmp_path / "learner"
    _learner_with(folder, 4)
    con = sqlite3.connect(folder / "progress.db")
    con.executescript(plant)
    con.commit()
    con.close()
    report = prepare_database(folder)
    assert report.rebuilt_left_out == left_out and report.set_aside.exists()
    kinds = {k for (k,) in sqlite3.connect(folder / "progress.db").execute(
        "SELECT type FROM sqlite_master")}  # fmt: skip
    assert kinds <= {"table", "index"} and stored_revision(folder / "progress.db") == HEAD_REVISION
    store = ProgressStore(create_engine_for(folder / "progress.db"))
    store.set_learned("lesson-new")  # the trigger would have wiped the table
    store.close()
    assert _learned(folder) == 5 - left_out
    assert prepare_database(folder).rebuilt_left_out is None, "clean now: not rebuilt again"
