"""A long history is read by index, not row by row: the queries that grow with history
search an index (EXPLAIN QUERY PLAN of the SQL the store really sends), their results equal
what reading every row gave, the exports stream the same records, and a database from the
previous revision gains the indexes (migration 0008)."""

import json
import random
import sqlite3
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import event

from app.progress import backups
from app.progress.database import HEAD_REVISION, create_engine_for, prepare_database
from app.progress.database import stored_revision as revision_of
from app.progress.schema import to_local
from app.progress.store import ProgressStore
from tests.progress.test_database import _database_at


@pytest.fixture
def berlin(monkeypatch):
    """This process in a zone with daylight saving (both clock changes at night), then back."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# Local times around midnights and both 2026 clock changes in Berlin (29 March, 25 October).
MOMENTS = [
    datetime(2026, 3, 27, 23, 59, 59, 999_000), datetime(2026, 3, 28, 0, 0, 0, 1),
    datetime(2026, 3, 28, 23, 30), datetime(2026, 3, 29, 0, 30), datetime(2026, 3, 29, 3, 30),
    datetime(2026, 3, 31, 12, 0), datetime(2026, 10, 24, 23, 45), datetime(2026, 10, 25, 0, 15),
    datetime(2026, 10, 25, 3, 0), datetime(2026, 10, 25, 23, 59), datetime(2026, 10, 27, 8, 0),
]  # fmt: skip


def _history(tmp_path: Path, answers: int = 150) -> ProgressStore:
    """A learner's history written through the store, at MOMENTS and random days between."""
    store = ProgressStore(create_engine_for(prepare_database(tmp_path).path))
    rng = random.Random(3)
    moments = MOMENTS + [datetime(2026, 1, 1) + timedelta(hours=rng.randrange(24 * 365),
                         minutes=rng.randrange(60)) for _ in range(answers - len(MOMENTS))]
    for i, when in enumerate(moments):  # fmt: skip
        right = rng.random() < 0.6
        store.record_answer(f"q{i % 17}", "practice", i % 4, right, 1.0 if right else 0.0,
                            5.0, session_id=f"s{i // 6}", now=when)  # fmt: skip
        if i % 5 == 0:
            store.add_study_time(f"l{i % 3}", 60, when - timedelta(minutes=7))
    for n, when in enumerate(MOMENTS[:4]):
        store.start_exam(f"exam-{n}", "exam", ["q1", "q2"], 0.8, 600, now=when)
        store.finish_exam(f"exam-{n}", 0.5, False, now=when + timedelta(minutes=5))
    return store


def _days_read_row_by_row(db: Path) -> set[date]:
    """What the store gave before: every row's time, as local time, its date."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT started_at FROM study_time UNION ALL "
                           "SELECT answered_at FROM answer").fetchall()  # fmt: skip
    finally:
        con.close()
    return {to_local(datetime.fromisoformat(t)).date() for (t,) in rows}


def _latest_read_row_by_row(db: Path) -> dict[str, float]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT question_id, score FROM answer ORDER BY id"))
    finally:
        con.close()


def test_study_days_and_latest_scores_equal_reading_every_row(tmp_path, berlin):
    store = _history(tmp_path)
    db = tmp_path / "progress.db"
    try:
        assert store.study_days() == _days_read_row_by_row(db)
        assert date(2026, 10, 25) in store.study_days() and date(2026, 3, 29) in store.study_days()
        assert store.latest_scores() == _latest_read_row_by_row(db)
        # later answers and reading bring them up to date (the history is not read again)
        store.record_answer("q3", "review", 1, False, 0.0, 4.0, now=datetime(2027, 2, 1, 23, 59))
        store.record_answer("new", "practice", 0, True, 1.0, 4.0, now=datetime(2027, 2, 2, 0, 1))
        store.add_study_time("l1", 30, datetime(2027, 2, 5, 23, 59, 50))
        assert store.study_days() == _days_read_row_by_row(db)
        assert {date(2027, 2, 1), date(2027, 2, 2), date(2027, 2, 5)} <= store.study_days()
        assert store.latest_scores() == _latest_read_row_by_row(db)
        assert store.latest_scores()["q3"] == 0.0 and store.latest_scores()["new"] == 1.0
    finally:
        store.close()
    again = ProgressStore(create_engine_for(db))  # a fresh store reads it all by index
    try:
        assert again.study_days() == _days_read_row_by_row(db)
        assert again.latest_scores() == _latest_read_row_by_row(db)
        assert again.scenario_run_count() == 0
    finally:
        again.close()


def test_a_damaged_date_is_skipped_without_ending_the_days(tmp_path):
    store = _history(tmp_path, answers=40)
    db = tmp_path / "progress.db"
    expected = _days_read_row_by_row(db)
    con = sqlite3.connect(db)
    con.execute("INSERT INTO answer (question_id, mode, response, correct, score, seconds, "
                "timed_out, answered_at) VALUES ('q1', 'practice', '0', 1, 1.0, 1.0, 0, "
                "'2026-06-0x')")  # sorts among the real dates  # fmt: skip
    con.commit()
    con.close()
    fresh = ProgressStore(create_engine_for(db))
    try:
        assert fresh.study_days() == expected
    finally:
        fresh.close()
        store.close()


def _queries(store: ProgressStore, calls) -> list[tuple[str, tuple | dict]]:
    """The SQL (with parameters) the store sends while ``calls`` run."""
    sent: list = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            sent.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        calls()
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    return sent


def _plan(db: Path, statement: str, parameters) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
    finally:
        con.close()


def test_the_queries_that_grow_with_history_search_an_index(tmp_path):
    store = _history(tmp_path, answers=60)
    db = tmp_path / "progress.db"
    fresh = ProgressStore(create_engine_for(db))
    try:
        heavy = {
            "study days and latest scores": lambda: (fresh.study_days(), fresh.latest_scores()),
            "due reviews": lambda: fresh.due_reviews(datetime(2027, 1, 1)),
            "upcoming reviews": lambda: fresh.upcoming_reviews(datetime(2026, 1, 1)),
            "exam history": fresh.exam_history,
            "a session's answers": lambda: fresh.answers("s1"),
        }
        plans = {}
        for name, calls in heavy.items():
            plans[name] = [step for sql, params in _queries(fresh, calls)
                           for step in _plan(db, sql, params)]  # fmt: skip
        for name, steps in plans.items():
            print(name, *steps, sep="\n  ")
            # a bare "SCAN table" reads every row; "SCAN … USING INDEX" reads in its order
            scans = [s for s in steps if s.startswith("SCAN") and "USING" not in s
                     and s not in ("SCAN day", "SCAN q", "SCAN CONSTANT ROW")]  # fmt: skip
            assert not scans, f"{name}: {scans}"
            assert not any(s.startswith("SCAN answer") for s in steps), f"{name}: {steps}"
            # (a DISTINCT over the days found is a B-tree of days, not of rows)
            assert not any("TEMP B-TREE FOR ORDER BY" in s for s in steps), f"{name}: {steps}"
        days = plans["study days and latest scores"]
        for index in ("ix_answer_answered_at", "ix_study_time_started_at", "ix_answer_question_id"):
            assert any(s.startswith("SEARCH") and index in s for s in days), (index, days)
        assert any("ix_review_card_due" in s for s in plans["due reviews"])
        assert any("ix_exam_attempt_started_at" in s for s in plans["exam history"])
        assert any("ix_answer_session_id" in s for s in plans["a session's answers"])
        # once known, a later call reads only what was added (by rowid)
        store.record_answer("q1", "practice", 1, True, 1.0, 3.0)
        later = [step for sql, params in _queries(fresh, fresh.study_days)
                 for step in _plan(db, sql, params)]  # fmt: skip
        assert "SCAN day" not in later and all("answer" not in s or "SEARCH" in s for s in later)
    finally:
        fresh.close()
        store.close()


def test_streamed_answers_are_the_stored_answers(tmp_path, berlin):
    store = _history(tmp_path, answers=50)
    try:
        listed, streamed = store.answers(), list(store.export_answers(batch=7))
        assert len(streamed) == len(listed) == 50
        for a, b in zip(listed, streamed, strict=True):
            assert b["answered_at"].tzinfo is not None
            assert b["answered_at"] == a["answered_at"].astimezone(timezone.utc)
            assert {**b, "answered_at": None} == {**a, "answered_at": None}
    finally:
        store.close()


def test_statement_ids_are_uuid5():
    from app.reports.xapi import NAMESPACE, statement_id

    for name in ("p1/answer/1", "学员/study/22", "", "x" * 300, "p/lesson/a/completed/2026"):
        assert statement_id(name) == str(uuid.uuid5(NAMESPACE, name))


def test_exports_streamed_equal_the_records_listed(tmp_path, store_of):
    """The CSV and xAPI files, made as they are written, hold what the lists give."""
    from app.reports.csv_export import learner_rows, to_csv
    from app.services import Academy

    academy = Academy(tmp_path / "data")
    pid = academy.profiles.create("测试").id
    academy.open_learner(pid)
    try:
        store = store_of(academy)
        for i, q in enumerate(academy.content.questions[:40]):
            store.record_answer(q.id, ("practice", "review", "lesson")[i % 3], 0, i % 2 == 0,
                                float(i % 2 == 0), 4.5, session_id=f"sess-{i // 8}",
                                now=datetime(2026, 5, 1, 9) + timedelta(minutes=7 * i))  # fmt: skip
        store.record_answer("gone-question", "practice", [1, 2], False, 0.0, 2.0)
        scenario = next(iter(academy.content.scenarios.values()))
        ending = next(iter(scenario.endings.values()))
        store.record_scenario_run(scenario.id, ending.id, ending.kind, {"empathy": 2}, 1,
                                  [(scenario.start, 0)], 75.0)  # fmt: skip
        lid = academy.content.lesson_order()[0]
        academy.study.add_study_time(lid, 90, datetime.now() - timedelta(hours=1))
        academy.study.set_learned(lid)
        records = academy.reports.records()
        assert records["answers"], "the learner answered"
        out = academy.reports.export(tmp_path / "r.csv", "csv")
        expected = to_csv(learner_rows(academy.content, pid, "测试", records))
        assert out.read_bytes() == expected.encode("utf-8")
        assert expected.count("\r\n") == 1 + len(records["answers"]) + 2  # + lesson, run
        out = academy.reports.export(tmp_path / "r.json", "xapi")
        assert json.loads(out.read_text("utf-8")) == academy.reports.statements(records)
    finally:
        academy.close()


def test_a_database_from_the_previous_revision_gains_the_indexes(tmp_path):
    _database_at(
        tmp_path, "0007_utc_times",
        "INSERT INTO exam_attempt (id, kind, question_ids, pass_mark, time_limit_s, started_at,"
        " finished_at, score, passed) VALUES ('e1', 'exam', '[\"q1\"]', 0.8, 600, "
        "'2026-05-01 10:00:00.000000', '2026-05-01 10:05:00.000000', 1.0, 1)",
    )  # fmt: skip
    report = prepare_database(tmp_path)
    assert report.migrated_from == "0007_utc_times"
    assert revision_of(report.path) == HEAD_REVISION == "0008_history_indexes"
    pre = [b for b in backups.list_backups(tmp_path / "backups") if b.reason == "pre-migration"]
    assert len(pre) == 1 and revision_of(pre[0].path) == "0007_utc_times"
    con = sqlite3.connect(report.path)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    con.close()
    assert "ix_exam_attempt_started_at" in names
    store = ProgressStore(create_engine_for(report.path))
    try:
        assert [e["id"] for e in store.exam_history()] == ["e1"]
    finally:
        store.close()
