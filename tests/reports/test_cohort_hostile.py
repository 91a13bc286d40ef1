"""Crafted learners' exports (issue 15 items 14 and 15): a statement with odd types is
rejected by its position and the others are imported; a file that cannot be parsed is refused
as CohortImportError naming it, and the other files of the same import still go in; the
cohort's figures and report survive whatever odd rows an older version stored."""

import json
import sqlite3
import uuid

import pytest

from app.reports.cohort import SCHEMA_VERSION, Cohort, CohortImportError
from app.reports.cohort_report import cohort_csv, cohort_report, missed_cells, report_html
from app.reports.xapi import EXT_TOPIC, HOME, VERBS, validate

COURSE = f"{HOME}/course/complaint-academy"


def _statement(n: int, learner: str = "l1", **changes) -> dict:
    """A valid 'answered' statement; ``changes`` replace top-level keys (None removes)."""
    st = {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{learner}/{n}")),
        "actor": {"objectType": "Agent", "name": f"学员{learner}",
                  "account": {"homePage": HOME, "name": learner}},
        "verb": {"id": VERBS["answered"], "display": {"en-US": "answered"}},
        "object": {"objectType": "Activity", "id": f"{COURSE}/question/q{n}"},
        "result": {"success": n % 2 == 0, "score": {"scaled": 0.5, "min": 0, "max": 1},
                   "duration": "PT12.5S"},
        "context": {"extensions": {EXT_TOPIC: "s01"}},
        "timestamp": "2026-11-27T10:00:00Z",
    }  # fmt: skip
    for key, value in changes.items():
        if value is None:
            st.pop(key, None)
        else:
            st[key] = value
    return st


def _actor(**account) -> dict:
    return {"objectType": "Agent", "name": "x", "account": {"homePage": HOME, **account}}


CRAFTED = {
    "score a string": {"result": {"score": "high"}},
    "scaled a string": {"result": {"score": {"scaled": "0.5"}}},
    "scaled true": {"result": {"score": {"scaled": True}}},
    "min a string": {"result": {"score": {"min": "0", "max": 1}}},
    "raw a list": {"result": {"score": {"raw": [1]}}},
    "result a list": {"result": [1]},
    "result a string": {"result": "passed"},
    "duration a number": {"result": {"duration": 12}},
    "completion a string": {"result": {"completion": "yes"}},
    "context a string": {"context": "s01"},
    "extensions a list": {"context": {"extensions": [EXT_TOPIC, "s01"]}},
    "topic a dict": {"context": {"extensions": {EXT_TOPIC: {"id": "s01"}}}},
    "actor name a dict": {"actor": {**_actor(name="l9"), "name": {"zh": "x"}}},
    "account name a dict": {"actor": _actor(name={"id": "l9"})},
    "account name a number": {"actor": _actor(name=12)},
    "actor a list": {"actor": ["l9"]},
    "verb id a list": {"verb": {"id": [VERBS["answered"]]}},
    "verb a string": {"verb": VERBS["answered"]},
    "object id a dict": {"object": {"id": {"iri": f"{COURSE}/question/q1"}}},
    "timestamp a number": {"timestamp": 20261127},
    "timestamp a list": {"timestamp": ["2026-11-27T10:00:00Z"]},
    "id a number": {"id": 12345678901234567890123456789012},
    "id a list": {"id": [str(uuid.uuid4())]},
}  # fmt: skip


def test_validate_says_what_is_wrong_with_each_crafted_statement():
    assert validate(_statement(1)) == []
    for case, changes in CRAFTED.items():
        problems = validate(_statement(1, **changes))
        assert problems and all(isinstance(p, str) for p in problems), case


def _write(path, data) -> object:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_crafted_statements_are_rejected_by_position_and_the_rest_imported(tmp_path):
    statements = [_statement(0)]
    for n, changes in enumerate(CRAFTED.values(), start=1):
        statements += [_statement(n, "bad", **changes), _statement(n)]
    # valid xAPI, but text that cannot be stored (a lone surrogate, which JSON allows)
    surrogate = {**_actor(name="l8"), "name": "\ud800"}
    statements += [_statement(90, "bad", actor=surrogate), _statement(90)]
    cohort = Cohort(tmp_path / "cohort.sqlite")
    report = cohort.import_file(_write(tmp_path / "mixed.json", statements))
    n_bad = len(CRAFTED) + 1
    assert report.added == n_bad + 1 and report.already == 0
    assert [i for i, _ in report.rejected] == list(range(2, 2 * n_bad + 1, 2))
    assert all(isinstance(r, str) and r for _i, r in report.rejected)
    assert "cannot be stored" in report.rejected[-1][1]
    assert report.learners == ["学员l1"]
    assert cohort.statement_count() == n_bad + 1
    cohort.learners(18), cohort.topic_mastery(), cohort.score_distribution()
    cohort.close()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[" * 100_000, "not an xAPI export"),
        ('{"statements": ' * 50_000, "not an xAPI export"),
        ("[" + "1" * 5000 + "]", "not an xAPI export"),
        ("\xff\xfe", "not an xAPI export"),
        ('{"statements": {"a": 1}}', "expected a list"),
        ("42", "expected a list"),
    ],
)
def test_a_file_that_cannot_be_parsed_is_refused_naming_it(tmp_path, text, reason):
    cohort = Cohort(tmp_path / "cohort.sqlite")
    cohort.import_file(_write(tmp_path / "good.json", [_statement(1)]))
    with pytest.raises(CohortImportError, match=rf"^hostile\.json: {reason}"):
        cohort.import_file(_write(tmp_path / "hostile.json", text))
    assert cohort.statement_count() == 1
    cohort.close()


def test_one_bad_file_does_not_stop_the_others_of_an_import(academy, tmp_path):
    files = [
        _write(tmp_path / "a.json", [_statement(1, "a"), _statement(2, "a")]),
        _write(tmp_path / "deep.json", "[" * 100_000),
        _write(tmp_path / "digits.json", "[" + "9" * 5000 + "]"),
        _write(tmp_path / "odd.json", [_statement(n, "b", **c) for c in CRAFTED.values()
                                       for n in (1,)] + [_statement(3, "c")]),
        tmp_path / "missing.json",
        _write(tmp_path / "b.json", {"statements": [_statement(1, "b")]}),
    ]  # fmt: skip
    results = academy.reports.import_cohort_files(files)
    assert [type(r).__name__ for r in results] == [
        "ImportReport", "CohortImportError", "CohortImportError", "ImportReport",
        "FileNotFoundError", "ImportReport",
    ]  # fmt: skip
    assert "deep.json" in str(results[1]) and "digits.json" in str(results[2])
    assert results[3].added == 1 and len(results[3].rejected) == len(CRAFTED)
    assert academy.reports.cohort_statement_count() == 4
    cohort = Cohort(academy.paths.root / "cohort.sqlite")  # the same file, read beside it
    assert sorted(r.name for r in cohort.learners(18)) == ["学员a", "学员b", "学员c"]
    cohort.close()


# The cohort file's schema before it had versions (app/reports/cohort.py until schema 2).
V1_SCHEMA = """
CREATE TABLE IF NOT EXISTS statement (
    id TEXT PRIMARY KEY, account TEXT NOT NULL, name TEXT NOT NULL, verb TEXT NOT NULL,
    object TEXT NOT NULL, success INTEGER, scaled REAL, seconds REAL, topic TEXT,
    timestamp TEXT NOT NULL, raw TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_statement_account ON statement (account);
"""


def test_the_figures_survive_odd_rows_stored_by_an_older_version(tmp_path, course):
    """Rows as an import before these checks could leave them (numbers where text belongs,
    text where numbers belong, a raw that is not JSON), in a file of the first schema: it is
    upgraded with them, and every figure and report still runs."""
    path = tmp_path / "cohort.sqlite"
    with sqlite3.connect(path) as conn:
        conn.executescript(V1_SCHEMA)
    conn.close()
    answered, passed = VERBS["answered"], VERBS["passed"]
    rows = [
        ("1", 7, 42, answered, f"{COURSE}/question/q1", 0, "0.5", 3.0, 5, 20261127, "[1"),
        ("2", "x", "学员", answered, 99, "yes", None, "slow", "s01", "2026", "{}"),
        ("3", "x", "学员", passed, f"{COURSE}/exam/final", 1, "high", None, None, "", "{}"),
        ("4", "y", 3.5, passed, f"{COURSE}/exam/final", 1, 7.5, None, 2.5, "", "{}"),
        ("5", 8, b"\x00", answered, f"{COURSE}/question/q1", 0, -3, None, "s01", "", "{}"),
    ]
    with sqlite3.connect(path) as conn:
        conn.executemany("INSERT INTO statement VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.close()
    cohort = Cohort(path)
    assert cohort.schema_version() == SCHEMA_VERSION and cohort.statement_count() == 5
    learners = cohort.learners(len(course.lessons))
    assert len(learners) == 4 and all(isinstance(r.name, str) for r in learners)
    assert all(isinstance(r.account, str) for r in learners)
    assert all(r.best_exam is None or -1.0 <= r.best_exam <= 1.0 for r in learners)
    assert sum(cohort.score_distribution()) <= 4
    assert all(isinstance(t, str) for t in cohort.topic_mastery())
    assert all(isinstance(o, str) for o, _w, _t in cohort.most_missed())
    missed_cells(cohort, course.questions)
    html = report_html(cohort_report(cohort, course))
    assert "学员" in html
    assert cohort_csv(cohort, len(course.lessons)).count("\n") == 5
    # and a good file still goes in beside them
    report = cohort.import_file(_write(tmp_path / "good.json", [_statement(1)]))
    assert report.added == 1
    cohort.close()
