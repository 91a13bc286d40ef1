"""The cohort file at organisation scale (issue 21 item 2): versioned and upgraded in place
(a real file written by the first schema's code), a newer file refused untouched, the
figures computed in SQL over indexes and equal to the per-learner queries they replaced,
and an import that reports progress a file at a time and, cancelled, keeps whole files."""

import gzip
import hashlib
import json
import random
import sqlite3
from dataclasses import astuple
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.reports import cohort as cohort_module
from app.reports.cohort import SCHEMA_VERSION, Cohort, CohortTooNew
from app.reports.xapi import VERBS, learner_statements
from app.tasks import Cancelled, Progress

DATA = Path(__file__).parent / "data"


def _v1_file(tmp_path) -> Path:
    """A cohort file written by the code of the first schema (app/reports/cohort.py at commit
    bfa6b71): four learners' exports imported, 397 statements. cohort-v1.json holds what that
    code's figures said of it."""
    path = tmp_path / "cohort.sqlite"
    path.write_bytes(gzip.decompress((DATA / "cohort-v1.sqlite.gz").read_bytes()))
    return path


def _figures(cohort: Cohort, lessons: int = 26) -> dict:
    return {
        "statement_count": cohort.statement_count(),
        "learners": [list(astuple(r)) for r in cohort.learners(lessons)],
        "most_missed": [list(m) for m in cohort.most_missed()],
        "score_distribution": cohort.score_distribution(),
        "topic_mastery": cohort.topic_mastery(),
    }


def test_a_file_of_the_first_schema_is_upgraded_in_place_keeping_every_statement(tmp_path):
    path = _v1_file(tmp_path)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT id, account, verb, object, success, scaled, topic, "
                              "timestamp FROM statement ORDER BY id").fetchall()  # fmt: skip
        assert "raw" in [c[1] for c in conn.execute("PRAGMA table_info(statement)")]
    conn.close()
    cohort = Cohort(path)
    assert cohort.schema_version() == SCHEMA_VERSION == 2
    after = cohort.conn.execute("SELECT id, account, verb, object, success, scaled, topic, "
                                "timestamp FROM statement ORDER BY id").fetchall()  # fmt: skip
    assert after == before and len(after) == 397
    assert "raw" not in [c[1] for c in cohort.conn.execute("PRAGMA table_info(statement)")]
    # the figures are those the first schema's code computed from the same file
    assert _figures(cohort) == json.loads((DATA / "cohort-v1.json").read_text("utf-8"))
    cohort.close()
    again = Cohort(path)  # opened again: nothing more to do
    assert again.schema_version() == SCHEMA_VERSION and again.statement_count() == 397
    again.close()


def test_a_new_file_is_made_by_the_same_steps(tmp_path):
    cohort = Cohort(tmp_path / "new.sqlite")
    assert cohort.schema_version() == SCHEMA_VERSION
    indexes = {r[0] for r in cohort.conn.execute("SELECT name FROM sqlite_master WHERE "
                                                 "type = 'index' AND sql IS NOT NULL")}  # fmt: skip
    assert indexes == {"ix_statement_account", "ix_answer_object", "ix_answer_latest",
                       "ix_exam_score"}  # fmt: skip
    assert cohort.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    cohort.close()


def test_a_file_from_a_newer_version_is_refused_and_left_as_it_was(tmp_path, academy):
    path = academy.paths.root / "cohort.sqlite"
    Cohort(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE cohort_schema SET version = 7")
        conn.execute("CREATE TABLE learner_group (id TEXT)")  # what version 7 might add
    conn.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(CohortTooNew, match=r"cohort\.sqlite was written by a newer version"):
        Cohort(path)
    # the facade refuses the whole import before reading a file, and the figures
    export = tmp_path / "a.json"
    export.write_text("[]", encoding="utf-8")
    with pytest.raises(CohortTooNew):
        academy.reports.import_cohort_files([export])
    with pytest.raises(CohortTooNew):
        academy.reports.cohort_learners()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version FROM cohort_schema").fetchone() == (7,)
    conn.close()


def test_an_upgrade_step_that_fails_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = _v1_file(tmp_path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    broken = (*cohort_module._STEPS, ("CREATE TABLE extra (a)", "SELECT no_such_column FROM extra"))
    monkeypatch.setattr(cohort_module, "_STEPS", broken)
    monkeypatch.setattr(cohort_module, "SCHEMA_VERSION", len(broken))
    with pytest.raises(sqlite3.OperationalError, match="no_such_column"):
        Cohort(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


# the figures -----------------------------------------------------------------------------------
def _records(course, n: int, rng: random.Random) -> dict:
    """A learner's record: lessons, answers (some at the same second as the one before: the
    latest answer to a question can be a tie), exams and a role-play."""
    from app.progress.states import LessonState

    at = datetime(2026, 5, 1, 8, tzinfo=timezone.utc) + timedelta(hours=n)
    lessons = {}
    for lid in course.lesson_order()[: rng.randint(0, 8)]:
        at += timedelta(minutes=30)
        lessons[lid] = LessonState(lid, "learned", 2, 1.0, 600, at, at)
    questions = rng.sample(course.questions, 12)
    answers = []
    for i in range(40):
        q = rng.choice(questions)
        if rng.random() > 0.2:
            at += timedelta(seconds=rng.randint(1, 200))
        right = rng.random() < 0.6
        answers.append({"id": i + 1, "question_id": q.id, "mode": "practice", "session_id": None,
                        "response": None, "correct": right, "score": 1.0 if right else 0.0,
                        "seconds": 10.0, "timed_out": False, "answered_at": at})  # fmt: skip
    exams = []
    for k, kind in enumerate(("exam", "final")[: rng.randint(0, 2)]):
        score = round(rng.random(), 2)
        exams.append({"id": f"e{n}-{k}", "kind": kind, "started_at": at, "questions": 10,
                      "finished_at": at + timedelta(minutes=20), "score": score,
                      "passed": score >= 0.6, "pass_mark": 0.6})  # fmt: skip
    return {"lessons": lessons, "sessions": [], "answers": answers, "exams": exams,
            "scenarios": []}  # fmt: skip


def _old_figures(conn, lessons_total: int) -> dict:
    """The figures as the first schema's code computed them: four queries a learner and a
    correlated subquery an answer (kept here as the reference the new queries must equal)."""
    scaled = "CASE WHEN typeof(scaled) IN ('integer', 'real') AND scaled BETWEEN -1 AND 1 " \
             "THEN scaled END"  # fmt: skip
    learners = []
    for account, name in conn.execute(
        "SELECT account, max(name) FROM statement GROUP BY account ORDER BY max(name)"
    ):

        def one(sql: str, *params, account=account):
            return conn.execute(sql, (account, *params)).fetchone()

        completed = one("SELECT count(DISTINCT object) FROM statement WHERE account=? AND "
                        "verb=? AND object LIKE '%/lesson/%'", VERBS["completed"])[0]  # fmt: skip
        answered, right = one("SELECT count(*), sum(success) FROM statement WHERE account=? "
                              "AND verb=?", VERBS["answered"])  # fmt: skip
        best = one(f"SELECT max({scaled}) FROM statement WHERE account=? AND verb IN (?, ?)",
                   VERBS["passed"], VERBS["failed"])[0]  # fmt: skip
        final = one("SELECT count(*) FROM statement WHERE account=? AND verb=? "
                    "AND object LIKE '%/exam/final'", VERBS["passed"])[0]  # fmt: skip
        share = (right or 0) / answered if answered else None
        learners.append([account, name, completed, completed / lessons_total, answered, share,
                         best, final > 0])  # fmt: skip
    sums: dict[str, list[float]] = {}
    for topic, value in conn.execute(
        "SELECT topic, scaled FROM statement s WHERE verb = ? AND topic IS NOT NULL "
        "AND timestamp = (SELECT max(timestamp) FROM statement t WHERE t.account = s.account "
        "AND t.object = s.object AND t.verb = s.verb)",
        (VERBS["answered"],),
    ):
        sums.setdefault(topic, []).append(value if value is not None else 0.0)
    return {"learners": learners,
            "topic_mastery": {t: sum(v) / len(v) for t, v in sorted(sums.items())}}  # fmt: skip


def test_the_figures_equal_the_per_learner_queries_they_replace(tmp_path, course):
    rng = random.Random(21)
    cohort = Cohort(tmp_path / "cohort.sqlite")
    for n in range(12):
        name = "同名" if n in (3, 4) else f"学员{n:02d}"  # two learners of one name
        statements = learner_statements(course, f"p{n:03d}", name, _records(course, n, rng))
        cohort.import_statements(statements, name)
    old = _old_figures(cohort.conn, len(course.lessons))
    new = _figures(cohort, len(course.lessons))
    assert new["learners"] == old["learners"]
    assert sum(r[4] for r in new["learners"]) == 12 * 40
    assert any(r[7] for r in new["learners"]) and any(r[6] is not None for r in new["learners"])
    assert new["topic_mastery"].keys() == old["topic_mastery"].keys()
    for topic, value in old["topic_mastery"].items():  # summed in another order
        assert new["topic_mastery"][topic] == pytest.approx(value, rel=1e-12)
    ties = cohort.conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM statement WHERE verb = ? GROUP BY account, object, "
        "timestamp HAVING count(*) > 1)", (VERBS["answered"],)).fetchone()[0]  # fmt: skip
    assert ties > 0, "the cohort has answers tied for the latest, which both count"
    cohort.close()


def _plan(cohort: Cohort, sql_fragment: str, run) -> list[str]:
    """The query plan of the query ``run`` sends whose text holds ``sql_fragment``."""
    seen = []
    cohort.conn.set_trace_callback(lambda sql: seen.append(sql) if sql_fragment in sql else None)
    run()
    cohort.conn.set_trace_callback(None)
    assert seen, sql_fragment
    # the traced text has the parameters filled in: ask for that statement's plan
    return [r[3] for r in cohort.conn.execute("EXPLAIN QUERY PLAN " + seen[0])]


def test_the_figures_read_their_indexes(tmp_path):
    """Each figure reads its (partial) index, never the whole table in storage order."""
    cohort = Cohort(_v1_file(tmp_path))
    missed = _plan(cohort, "sum(success = 0)", cohort.most_missed)
    assert any("USING INDEX ix_answer_object" in p for p in missed), missed
    mastery = _plan(cohort, "WITH latest", cohort.topic_mastery)
    assert any("SCAN statement USING INDEX ix_answer_latest" in p for p in mastery), mastery
    assert any("SEARCH s USING INDEX ix_answer_latest (account=? AND object=? AND timestamp=?"
               in p for p in mastery), mastery  # fmt: skip
    scores = _plan(cohort, "GROUP BY account", cohort.score_distribution)
    assert any("USING INDEX ix_exam_score" in p for p in scores), scores
    learners = _plan(cohort, "count(DISTINCT", lambda: cohort.learners(26))
    assert any("SCAN statement USING INDEX ix_statement_account" in p for p in learners), learners
    assert not any(p == "SCAN statement" for p in missed + mastery + scores + learners)
    cohort.close()


# importing -------------------------------------------------------------------------------------
def _exports(course, folder: Path, n: int) -> list[Path]:
    rng = random.Random(5)
    files = []
    for i in range(n):
        statements = learner_statements(course, f"q{i}", f"学员{i}", _records(course, i, rng))
        path = folder / f"learner-{i}.json"
        path.write_text(json.dumps(statements, ensure_ascii=False, indent=2), encoding="utf-8")
        files.append(path)
    return files


def test_an_import_reports_each_file_and_a_cancel_keeps_whole_files(academy, course, tmp_path):
    files = _exports(course, tmp_path, 5)
    sizes = [len(json.loads(f.read_text("utf-8"))) for f in files]
    steps = []
    announced = []
    academy.bus.subscribe(lambda changes, _initiator: announced.append(changes.cohort))

    def report(done, total, text):
        steps.append((done, total, text))
        if done == 3:
            progress.cancel()  # asked while the third file is being read

    progress = Progress(report)
    with pytest.raises(Cancelled):
        academy.reports.import_cohort_files(files, progress)
    assert steps == [(0, 5, "learner-0.json"), (1, 5, "learner-1.json"),
                     (2, 5, "learner-2.json"), (3, 5, "learner-3.json")]  # fmt: skip
    # stopped before the fourth file: the first three whole, nothing of the rest
    assert academy.reports.cohort_statement_count() == sum(sizes[:3])
    assert announced == [True], "the files kept are announced"
    results = academy.reports.import_cohort_files(files)
    assert [r.added for r in results] == [0, 0, 0, *sizes[3:]]
    assert academy.reports.cohort_statement_count() == sum(sizes)
    assert len(academy.reports.cohort_learners()) == 5


def test_figures_remembered_after_an_import_follow_every_later_change(tmp_path, course):
    """The import computes the figures once; a write here or a commit by another connection
    to the same file makes them computed again, never shown stale."""
    rng = random.Random(8)
    path = tmp_path / "cohort.sqlite"
    cohort, other = Cohort(path), Cohort(path)
    cohort.import_statements(learner_statements(course, "a", "甲", _records(course, 1, rng)), "a")
    cohort.warm(len(course.lessons))
    first = cohort.learners(len(course.lessons))
    assert [r.name for r in first] == ["甲"]
    first.clear()  # the caller's copy: the remembered figures are not touched
    assert len(cohort.learners(len(course.lessons))) == 1
    other.import_statements(learner_statements(course, "b", "乙", _records(course, 2, rng)), "b")
    assert [r.name for r in cohort.learners(len(course.lessons))] == ["乙", "甲"]
    missed = cohort.most_missed()
    assert missed == _figures_fresh(path, course)["most_missed"]
    cohort.remove_learner("b")
    assert [r.name for r in cohort.learners(len(course.lessons))] == ["甲"]
    assert cohort.topic_mastery() == _figures_fresh(path, course)["topic_mastery"]
    cohort.close()
    other.close()


def _figures_fresh(path: Path, course) -> dict:
    fresh = Cohort(path)
    try:
        return {"most_missed": fresh.most_missed(), "topic_mastery": fresh.topic_mastery()}
    finally:
        fresh.close()
