"""Reports from a real learner database: dashboard figures, the certificate rule, CSV with
numbers as numbers, xAPI statements that meet the specification, and a cohort import that is
idempotent."""

import csv
import io
import json
from datetime import date, datetime, timedelta

import pytest

from app.reports.certificate import verification_code
from app.reports.cohort import Cohort, CohortImportError
from app.reports.dashboard import streak
from app.reports.xapi import duration_seconds, iso_duration, validate


def _study(academy, answers=((True, 1.0), (False, 0.0), (True, 0.5))):
    order = academy.content.lesson_order()
    academy.study.open_lesson(order[0])
    now = datetime.now()  # earlier today (not yesterday, whatever the time of day)
    academy.study.add_study_time(order[0], 600, max(now - timedelta(hours=2),
                                                    now.replace(hour=0, minute=0, second=1)))
    academy.study.set_learned(order[0])
    s = academy.quizzes.start("practice", topic="s01", seed=3)
    for correct, _score in answers:
        p = s.current
        if p.question.type in ("single", "situational"):
            academy.quizzes.submit(s, p.option_positions(correct)[0], 12.5)
        else:
            academy.quizzes.submit(s, None, 3.0)
        s.advance()
    academy.quizzes.finish(s)
    return s


def test_streak_counts_back_from_today_or_yesterday():
    today = date(2026, 11, 27)
    days = {today - timedelta(days=i) for i in (1, 2, 3, 5)}
    assert streak(days, today) == 3  # not broken before today's study
    assert streak(days | {today}, today) == 4
    assert streak({today - timedelta(days=3)}, today) == 0


def test_dashboard_figures(learner):
    _study(learner)
    d = learner.reports.dashboard()
    assert (
        d.learned == 1 and d.lessons == len(learner.study.followed_lessons()) and d.seconds == 600
    )
    s01 = next(r for r in d.sections if r.id == "s01")
    assert s01.learned == 1 and s01.answered >= 1 and s01.mastery is not None
    assert d.streak == 1 and d.study_days == 1
    assert d.weakest and d.next_lesson in learner.content.lessons
    assert d.reviews_due >= 1


def test_a_new_learner_has_no_weak_topics_only_unknown_ones(learner):
    d = learner.reports.dashboard()
    assert d.weakest == () and len(d.unpractised) == len(d.sections)
    assert d.next_lesson == learner.study.followed_lessons()[0]
    _study(learner)
    d = learner.reports.dashboard()
    assert all(r.mastery is not None for r in d.weakest)
    assert "s01" not in {r.id for r in d.unpractised}


def test_certificate_needs_every_lesson_and_a_passed_final(learner):
    cert, missing = learner.reports.certificate()
    needed = len(learner.study.followed_lessons())
    assert cert is None and missing.lessons_left == needed and not missing.final_passed
    for lid in learner.content.lesson_order():
        learner.study.set_learned(lid)
    s = learner.quizzes.start("final", seed=1)
    for p in s.items:
        if p.question.type in ("single", "situational"):
            learner.quizzes.submit(s, p.option_positions(True)[0], 5.0)
        elif p.question.type == "multiple":
            learner.quizzes.submit(s, p.option_positions(True), 5.0)
        elif p.question.type == "truefalse":
            learner.quizzes.submit(s, p.question.answer, 5.0)
        else:
            learner.quizzes.submit(s, None, 5.0)
        s.advance()
    result = learner.quizzes.finish(s)
    cert, missing = learner.reports.certificate()
    if not result.passed:
        pytest.skip("this draw of the final has too many free-text questions to pass here")
    assert cert is not None and missing.complete
    assert cert.code == verification_code(
        cert.learner_id, cert.name, cert.attempt_id, cert.score, cert.passed_at
    )
    assert len(cert.code) == 14 and cert.code.count("-") == 2
    other = verification_code(cert.learner_id, "别人", cert.attempt_id, cert.score, cert.passed_at)
    assert other != cert.code, "a different name does not match the code"


def test_csv_has_numbers_as_numbers_and_a_bom(learner, tmp_path):
    _study(learner)
    out = learner.reports.export(tmp_path / "me.csv", "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    answers = [r for r in rows if r["kind"] == "answer"]
    assert len(answers) == 3 and {r["correct"] for r in answers} <= {"0", "1"}
    for r in answers:
        assert 0.0 <= float(r["score"]) <= 1.0 and float(r["seconds"]) > 0
        assert "%" not in r["score"] and "," not in r["seconds"]
        datetime.fromisoformat(r["timestamp"].replace("Z", "+00:00"))
    lesson = next(r for r in rows if r["kind"] == "lesson")
    assert int(lesson["seconds"]) == 600 and lesson["passed"] == "1"
    assert lesson["learner"] == "测试学员"


def test_xapi_statements_meet_the_specification(learner, tmp_path):
    _study(learner)
    out = learner.reports.export(tmp_path / "me.json", "xapi")
    statements = json.loads(out.read_text(encoding="utf-8"))
    verbs = {st["verb"]["id"].rsplit("/", 1)[1] for st in statements}
    assert {"experienced", "completed", "answered"} <= verbs
    # The bundled course's IRI (its id in content/course.yaml); every activity lies under it
    # and every statement names the course as its parent activity.
    course = "https://xapi.complaint-academy.local/course/complaint-academy"
    for st in statements:
        assert validate(st) == [], st
        assert {"id", "actor", "verb", "object", "timestamp"} <= set(st)
        assert st["object"]["id"].startswith(course + "/")
        ctx = st["context"]["contextActivities"]
        if st["verb"]["display"]["en-US"] == "answered":  # in its quiz, within the course
            assert ctx["parent"][0]["id"].startswith(course + "/quiz/")
            assert ctx["grouping"] == [{"objectType": "Activity", "id": course}]
        else:
            assert ctx["parent"] == [{"objectType": "Activity", "id": course}]
        if "result" in st and "duration" in st["result"]:
            assert st["result"]["duration"].startswith("PT")
    again = json.loads(learner.reports.export(tmp_path / "again.json", "xapi").read_text("utf-8"))
    assert [s["id"] for s in again] == [s["id"] for s in statements], "stable ids"


def test_validation_catches_what_the_specification_forbids():
    good = {
        "id": "8f6c1a5e-6d3b-4e0b-9a57-2f1f3f8a9b10",
        "actor": {"name": "甲", "account": {"homePage": "https://x.example", "name": "a"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
        "object": {"id": "https://x.example/q/1"},
        "result": {"score": {"scaled": 0.5}, "success": True, "duration": "PT1M2.5S"},
        "timestamp": "2026-11-27T10:00:00Z",
    }
    assert validate(good) == []
    bad = json.loads(json.dumps(good))
    bad["actor"]["mbox"] = "mailto:a@example.com"  # two identifiers
    bad["verb"]["id"] = "answered"
    bad["object"]["id"] = "not an iri"
    bad["result"] = {"score": {"scaled": 1.5}, "success": "yes", "duration": "90 seconds"}
    bad["timestamp"] = "27/11/2026"
    bad["id"] = "nope"
    assert len(validate(bad)) == 8


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "PT0S"), (59.5, "PT59.5S"), (61, "PT1M1S"), (3725.25, "PT1H2M5.25S"), (3600, "PT1H")],
)
def test_iso_durations(seconds, text):
    assert iso_duration(seconds) == text
    assert duration_seconds(text) == pytest.approx(seconds)


def two_learner_exports(academy, folder, second_answers):
    """xAPI exports of the open learner and of a second one ("第二位"), who answered
    ``second_answers``; the first learner is open again afterwards."""
    _study(academy)
    a = academy.reports.export(folder / "a.json", "xapi")
    me = academy.profile.id
    academy.open_learner(academy.profiles.create("第二位").id)
    _study(academy, answers=second_answers)
    b = academy.reports.export(folder / "b.json", "xapi")
    academy.open_learner(me)
    return a, b


def test_cohort_import_is_idempotent_and_reports(learner, academy, tmp_path):
    a, b = two_learner_exports(learner, tmp_path, ((False, 0.0), (False, 0.0), (False, 0.0)))

    cohort = Cohort(tmp_path / "cohort.sqlite")
    first = cohort.import_file(a)
    assert first.added > 0 and first.already == 0 and first.rejected == []
    count = cohort.statement_count()
    again = cohort.import_file(a)
    assert again.added == 0 and again.already == first.added
    assert cohort.statement_count() == count, "importing the same file twice changes nothing"
    cohort.import_file(b)
    rows = cohort.learners(lessons_total=18)
    assert [r.name for r in rows] == sorted(["测试学员", "第二位"])
    assert all(r.lessons_completed == 1 and r.completion == pytest.approx(1 / 18) for r in rows)
    missed = cohort.most_missed()
    assert missed and missed[0][1] >= 1 and missed[0][0].startswith("https://")
    mastery = cohort.topic_mastery()
    assert set(mastery) == {"s01"} and 0.0 <= mastery["s01"] <= 1.0
    cohort.close()


def test_cohort_refuses_what_is_not_an_export(tmp_path):
    cohort = Cohort(tmp_path / "c.sqlite")
    junk = tmp_path / "junk.json"
    junk.write_text("这不是 JSON", encoding="utf-8")
    with pytest.raises(CohortImportError, match=r"junk\.json"):
        cohort.import_file(junk)
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps([{"actor": {}}, "x"]), encoding="utf-8")
    report = cohort.import_file(partial)
    assert report.added == 0 and [i for i, _ in report.rejected] == [1, 2]
