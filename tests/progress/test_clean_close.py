"""Issue 21.3: a long history opens as fast as a new one. The whole-file checks are skipped
only for a file exactly as the app left it after a session that verified it; they then run
after start-up (``LearnerProgress.verify``), and whatever they find is repaired at the next
open. Real SQLite files; changes made as another program or the disk would make them."""

import os
import sqlite3
from pathlib import Path

from app.progress.database import CLOSED_MARK, prepare_database
from app.progress.learner import LearnerProgress


def _session(folder: Path, learned: str | None = None) -> LearnerProgress:
    """Open as the app does, optionally write, verify (as the warm-up does) and close."""
    report = prepare_database(folder)
    learner = LearnerProgress(report.path, report.verified)
    if learned:
        learner.store.set_learned(learned)
    learner.verify()
    learner.close()
    return learner


def test_a_file_the_app_closed_itself_opens_without_the_whole_file_checks(tmp_path: Path):
    folder = tmp_path / "learner"
    assert prepare_database(folder).verified, "a new file: checked"
    _session(folder, "lesson-a")
    assert (folder / CLOSED_MARK).is_file()
    report = prepare_database(folder)
    assert not report.verified, "as the app left it: checks deferred to verify()"
    assert not (folder / CLOSED_MARK).exists(), "the mark vouches for one start only"
    learner = LearnerProgress(report.path, report.verified)
    assert learner.verify() is None and learner.verified
    assert learner.lesson_states()["lesson-a"].learned
    learner.close()


def test_a_crash_leaves_no_mark_so_the_next_open_checks(tmp_path: Path):
    folder = tmp_path / "learner"
    _session(folder, "lesson-a")
    report = prepare_database(folder)
    learner = LearnerProgress(report.path, report.verified)
    learner.store.set_learned("lesson-b")  # the process dies here: close() never runs
    assert prepare_database(folder).verified


def test_a_file_changed_since_the_app_closed_it_is_checked_and_repaired(tmp_path: Path):
    folder = tmp_path / "learner"
    _session(folder, "lesson-a")
    con = sqlite3.connect(folder / "progress.db")  # another program plants a trigger
    con.executescript("CREATE TRIGGER wipe AFTER INSERT ON lesson_progress "
                      "BEGIN DELETE FROM lesson_progress; END;")  # fmt: skip
    con.close()
    report = prepare_database(folder)
    assert report.verified and report.rebuilt_left_out == 0 and report.set_aside.exists()


def test_damage_that_kept_size_and_time_is_found_after_start_up_and_repaired_next(tmp_path):
    """The disk flips bytes without the file's size or time changing: the open trusts the
    mark, verify() finds the damage, no new mark is written, and the next open recovers."""
    folder = tmp_path / "learner"
    _session(folder, "lesson-a")
    db = folder / "progress.db"
    st = db.stat()
    data = bytearray(db.read_bytes())
    page = 4096
    for i in range(page * 2 + 100, min(len(data), page * 4)):  # inside the b-tree pages
        data[i] ^= 0x5A
    db.write_bytes(bytes(data))
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns))
    report = prepare_database(folder)
    assert not report.verified
    learner = LearnerProgress(report.path, report.verified)
    assert learner.verify() is not None
    learner.close()
    assert not (folder / CLOSED_MARK).exists(), "a damaged file is never vouched for"
    assert prepare_database(folder).recovered


def test_a_mark_that_does_not_describe_the_file_is_ignored(tmp_path: Path):
    folder = tmp_path / "learner"
    _session(folder)
    (folder / CLOSED_MARK).write_text('{"size": 1, "mtime_ns": 2, "revision": "x"}')
    assert prepare_database(folder).verified
    (folder / CLOSED_MARK).write_text("not json")
    assert prepare_database(folder).verified
