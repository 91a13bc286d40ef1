"""A statement is one event that never changes: re-exporting after more study adds
statements and changes none, so an LRS never sees one id with two contents (it answers 409)
and a trainer's re-import of a newer file adds what is new. Real learner databases."""

import json
from datetime import datetime, timedelta

from app.reports.xapi import short_name, validate
from tests.reports.test_reports import _study


def _export(learner, path) -> dict[str, dict]:
    statements = json.loads(learner.reports.export(path, "xapi").read_text("utf-8"))
    assert all(validate(st) == [] for st in statements)
    by_id = {st["id"]: st for st in statements}
    assert len(by_id) == len(statements), "every statement has its own id"
    return by_id


def test_more_study_adds_statements_and_changes_none(learner, tmp_path):
    _study(learner)
    first = _export(learner, tmp_path / "1.json")
    # five more minutes on the same lesson, another answer, the lesson unlearned and learned
    # again, a role-play: what the first file said stays true
    lesson = learner.content.lesson_order()[0]
    learner.study.add_study_time(lesson, 300, datetime.now() - timedelta(minutes=10))
    _study(learner, answers=((True, 1.0),))
    learner.study.set_learned(lesson, False)
    learner.study.set_learned(lesson, True)
    second = _export(learner, tmp_path / "2.json")
    changed = [i for i, st in first.items() if i in second and second[i] != st]
    assert changed == [], "one id, two contents: an LRS would refuse the batch"
    gone = [st for i, st in first.items() if i not in second]
    # only the first "completed" is no longer in the file (the lesson was unlearned); an LRS
    # or cohort that has it keeps it, and nothing contradicts it
    assert [st["verb"]["display"]["en-US"] for st in gone] == ["completed"]
    added = [st for i, st in second.items() if i not in first]
    verbs = sorted(st["verb"]["display"]["en-US"] for st in added)
    assert verbs.count("experienced") == 2, "my five minutes and _study's ten: two sessions"
    assert verbs.count("answered") == 1
    assert verbs.count("completed") == 1, "learned again: a new event, a new statement"
    sessions = [st for st in second.values() if st["verb"]["display"]["en-US"] == "experienced"]
    assert sorted(st["result"]["duration"] for st in sessions) == ["PT10M", "PT10M", "PT5M"]


def test_the_trainer_reimporting_a_newer_file_adds_what_is_new(learner, tmp_path):
    from app.reports.cohort import Cohort

    _study(learner)
    a = learner.reports.export(tmp_path / "a.json", "xapi")
    _study(learner, answers=((False, 0.0),))
    b = learner.reports.export(tmp_path / "b.json", "xapi")
    cohort = Cohort(tmp_path / "cohort.sqlite")
    try:
        first = cohort.import_file(a)
        second = cohort.import_file(b)
        assert first.added > 0 and second.already == first.added and second.added >= 1
    finally:
        cohort.close()


def test_long_question_names_end_at_a_sentence_not_mid_word():
    stem = ("一位顾客在门店大声投诉，说上周买的电水壶底部漏水，差点烫伤孩子，"
            "要求当场退款并赔偿医药费；") * 2
    name = short_name(stem)
    assert len(name) <= 80 and name.endswith("…") and name[-2] in "。？！；，：,;:?!"
    assert short_name("短题干？") == "短题干？"


def test_statement_ids_are_those_of_the_statements_without_building_them(learner):
    from app.demo import take_exam
    from app.reports.xapi import statement_ids
    from app.services.reports import learner_records
    from tests.reports.test_reports import _study

    _study(learner)
    take_exam(learner, "exam", 0.7, seed=2)
    run = learner.roleplay.start("hotel-overbooking")
    while not run.finished:
        run.choose(0)
    learner.roleplay.finish(run, 30.0)
    learner.study.set_learned(learner.content.lesson_order()[1])
    built = [st["id"] for st in learner.reports.statements()]
    ids = list(statement_ids(learner.profile.id, learner_records(learner._core)))
    assert len(ids) == len(built) > 10 and set(ids) == set(built)
