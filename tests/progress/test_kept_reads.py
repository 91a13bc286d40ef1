"""Issue 21.3: the reads the dashboard repeats are kept until a write to their table. After
every kind of write, what the store answers must equal what a fresh store reads from the
same file: a write method that forgot to name a table it changes fails here."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.progress.database import create_engine_for, prepare_database
from app.progress.store import ProgressStore

FAR = datetime(2100, 1, 1)
PAST = datetime(2000, 1, 1)


def _reads(store: ProgressStore) -> dict:
    return {
        "lessons": store.lesson_states(),
        "exams": store.exam_history(),
        "seconds": store.total_study_seconds(),
        "runs": store.scenario_run_count(),
        "due": store.due_reviews(FAR),
        "upcoming": store.upcoming_reviews(PAST),
        "latest": store.latest_scores(),
        "summary": store.study_summary(),
    }


WRITES = {
    "open_lesson": lambda s: s.open_lesson("l2"),
    "set_learned": lambda s: s.set_learned("l3"),
    "save_position": lambda s: s.save_position("l1", 3, 0.5),
    "add_study_time": lambda s: s.add_study_time("l4", 90, datetime.now()),
    "record_answer wrong": lambda s: s.record_answer("q9", "practice", 0, False, 0.0, 3.0),
    "record_answer right": lambda s: s.record_answer("q1", "review", 1, True, 1.0, 2.0),
    "rate_review": lambda s: s.rate_review(
        "q1", s.record_answer("q1", "review", 1, True, 1.0, 2.0), "easy"
    ),
    "start_exam": lambda s: s.start_exam("e2", "final", ["q1", "q2"], 0.8, 600),
    "finish_exam": lambda s: s.finish_exam("e1", 0.9, True),
    "discard_exam": lambda s: (s.start_exam("e3", "final", ["q1"], 0.8, 60), s.discard_exam("e3")),
    "record_scenario_run": lambda s: s.record_scenario_run(
        "sc", "good", "good", {"empathy": 2}, 1, [("n1", 0)], 30.0
    ),
}


@pytest.fixture
def store(tmp_path: Path):
    report = prepare_database(tmp_path / "learner")
    s = ProgressStore(create_engine_for(report.path))
    s.set_learned("l1")
    s.add_study_time("l1", 60, datetime.now() - timedelta(days=1))
    s.record_answer("q1", "practice", 0, False, 0.0, 5.0)
    s.record_answer("q2", "practice", 0, False, 0.0, 5.0)
    s.start_exam("e1", "final", ["q1", "q2"], 0.8, 600)
    s.record_scenario_run("sc", "bad", "bad", {"empathy": 0}, 5, [("n1", 1)], 20.0)
    yield s
    s.close()


@pytest.mark.parametrize("write", list(WRITES))
def test_every_write_refreshes_what_the_store_kept(store: ProgressStore, write: str):
    before = _reads(store)
    assert _reads(store) == before, "kept reads give the same answer twice"
    WRITES[write](store)
    fresh = ProgressStore(store.engine)  # same file, nothing kept
    assert _reads(store) == _reads(fresh)
    assert _reads(store) != before or write == "discard_exam", f"{write} changed nothing?"


def test_a_kept_list_handed_out_cannot_change_what_is_kept(store: ProgressStore):
    store.exam_history()[0]["score"] = 99
    store.lesson_states().clear()
    assert store.exam_history()[0]["score"] is None
    assert "l1" in store.lesson_states()
    store.due_reviews(FAR).clear()
    assert sorted(store.due_reviews(FAR)) == ["q1", "q2"]


def test_the_kept_streak_follows_the_date_and_new_days(store: ProgressStore):
    today = datetime.now().date()
    assert store.study_summary(today) == (2, 2)  # yesterday's reading, today's answers
    assert store.study_summary(today + timedelta(days=1)) == (2, 2), "not broken before study"
    assert store.study_summary(today + timedelta(days=2)) == (0, 2)
    store.add_study_time("l1", 30, datetime.now() - timedelta(days=2))
    assert store.study_summary(today) == (3, 3)
