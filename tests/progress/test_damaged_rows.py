"""A damaged row (bytes that are not UTF-8, a date that is not a date, a response that is not
JSON) passes SQLite's integrity check, since the file's structure is sound. One such row must
not take down the learner's reports: it is left out, named in the log, and every other
record stays readable and exportable."""

import logging
import sqlite3

from tests.helpers import database_of


def test_damaged_rows_are_left_out_named_and_the_rest_is_exported(
    learner, store_of, tmp_path, caplog
):
    store = store_of(learner)
    for q in learner.content.questions[:4]:
        store.record_answer(q.id, "practice", [0], True, 1.0, 2.0)
    store.close()
    learner.study.set_learned("what-is-a-complaint")
    learner.close_learner()
    pid = learner.profiles.last_profile_id
    learner.open_learner(pid)
    db = database_of(learner)
    learner.close_learner()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("UPDATE answer SET answered_at = CAST(x'fffe41' AS TEXT) WHERE id = 1")
        conn.execute("UPDATE answer SET answered_at = 'yesterday-ish' WHERE id = 2")
        conn.execute("UPDATE answer SET response = CAST(x'c328' AS TEXT) WHERE id = 3")
        conn.execute("UPDATE answer SET question_id = CAST(x'e68a' AS TEXT) WHERE id = 4")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    learner.open_learner(pid)
    with caplog.at_level(logging.WARNING):
        records = learner.reports.records()
        out = learner.reports.export(tmp_path / "me.csv", "csv")
        learner.reports.export(tmp_path / "me.json", "xapi")
        learner.reports.dashboard()
    kept = records["answers"]
    assert len(kept) == 1, "the three rows that cannot be read are left out, the fourth kept"
    assert records["lessons"]["what-is-a-complaint"].learned
    assert out.read_text(encoding="utf-8-sig").count("what-is-a-complaint") >= 1
    damaged = [r.getMessage() for r in caplog.records if "damaged" in r.getMessage()]
    assert any("answer" in m and "#1" in m for m in damaged), damaged
