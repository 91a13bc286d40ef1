"""Exam rules: from the course file, overridden by the trainer on one installation, and
followed by every exam (questions per section, time, pass mark, attempts, sections)."""

import json
import logging
import re
from pathlib import Path

import pytest

from app.course.loader import load_content
from app.quiz.exam_rules import ExamRule, ExamRules, attempts_used, load_override, read_rules
from app.services.errors import ExamRefused, ProfileError


def test_rules_are_read_item_by_item_and_bad_values_keep_the_default():
    rules, issues = read_rules(
        {
            "final": {"per_section": 2, "minutes": 45, "pass_mark": 80, "attempts": 3},
            "exam": {"minutes": "20", "sections": ["s01", "s01", "s02"], "colour": "red"},
            "quiz": {},
        }
    )
    assert rules.final == ExamRule(per_section=2, minutes=45, pass_mark=0.8, attempts=3)
    assert rules.exam == ExamRule(sections=("s01", "s02"))
    assert {(where, kind) for where, kind, _ in issues} == {
        (("final", "pass_mark"), "invalid"),
        (("exam", "minutes"), "invalid"),
        (("exam", "colour"), "unknown-field"),
        (("quiz",), "unknown-field"),
    }
    assert read_rules([1, 2])[0] == ExamRules() and read_rules(None) == (ExamRules(), [])
    assert read_rules({"exam": {"attempts": True}})[0].exam.attempts == 0, "yes is no number"


def test_the_bundled_course_states_todays_rules(course):
    assert course.course.exams.final == ExamRule(per_section=3, minutes=30, pass_mark=0.8)
    assert course.course.exams.exam == ExamRule(per_section=3, minutes=20, pass_mark=0.8)


def test_a_bad_rule_in_course_yaml_is_a_problem_with_its_line(content_copy: Path):
    path = content_copy / "course.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("exams:")
    path.write_text(
        text[:start] + "exams:\n  final:\n    minutes: 30\n    pass_mark: 1.5\n"
        "    sections: [s01, s99]\n  exam:\n    per_section: 4\n",
        encoding="utf-8",
    )
    bundle = load_content(content_copy)
    exams_line = text[:start].count("\n") + 1
    found = {(p.line, p.kind) for p in bundle.problems if p.file.endswith("course.yaml")}
    assert found == {(exams_line + 3, "invalid"), (exams_line + 4, "broken-reference")}
    assert bundle.course.exams.final == ExamRule(minutes=30, sections=("s01",))
    assert bundle.course.exams.exam.per_section == 4
    declared = len(re.findall(r"\{id: s\d+, number:", text))  # the sections listed
    assert len(bundle.course.sections) == declared, "the rest of the course is unaffected"


def test_the_override_file_is_untrusted(tmp_path: Path, caplog):
    base = ExamRules()
    (tmp_path / "exam-rules.json").write_text(
        json.dumps({"rules": {"final": {"minutes": 60, "attempts": -2}, "exam": "all"}}),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        rules = load_override(tmp_path, base)
    assert rules.final == ExamRule(minutes=60) and rules.exam == base.exam
    assert "final.attempts" in caplog.text
    for junk in ("{not json", "[]", json.dumps({"rules": [1]}), "x" * 70000):
        (tmp_path / "exam-rules.json").write_text(junk, encoding="utf-8")
        assert load_override(tmp_path, base) == base
    (tmp_path / "exam-rules.json").write_bytes(b"\xff\xfe")
    assert load_override(tmp_path, base) == base


def test_attempts_count_every_started_exam_of_the_kind():
    history = [{"kind": "final", "finished_at": None}, {"kind": "final", "finished_at": 1},
               {"kind": "exam", "finished_at": 1}]  # fmt: skip
    assert attempts_used(history, "final") == 2 and attempts_used(history, "exam") == 1
    assert ExamRule(attempts=3).attempts_left(2) == 1
    assert ExamRule(attempts=1).attempts_left(2) == 0
    assert ExamRule().attempts_left(99) is None


# the facade ----------------------------------------------------------------------------------
def _make_trainer(academy, name="培训师", pin="1234"):
    p = academy.profiles.create(name, pin)
    academy.profiles.make_trainer(p.id, p.id, pin)
    return p


def test_only_the_trainer_sets_exam_rules(learner):
    with pytest.raises(ProfileError, match="not-trainer"):
        learner.quizzes.set_exam_rules("final", minutes=10)
    assert not learner.profiles.is_trainer()
    t = _make_trainer(learner)
    with pytest.raises(ProfileError, match="not-trainer"):  # the open learner is not it
        learner.quizzes.set_exam_rules("final", minutes=10)
    learner.open_learner(t.id)
    assert learner.profiles.is_trainer()
    rules = learner.quizzes.set_exam_rules("final", minutes=10, sections=["s02", "s01"])
    assert rules.final.minutes == 10 and rules == learner.quizzes.exam_rules()
    assert learner.quizzes.exam_sections("final") == ["s01", "s02"]
    with pytest.raises(ValueError, match="pass_mark"):
        learner.quizzes.set_exam_rules("final", pass_mark=0.2)
    saved = json.loads((learner.paths.root / "exam-rules.json").read_text(encoding="utf-8"))
    assert saved["set_by"] == "培训师" and saved["rules"]["final"]["minutes"] == 10
    assert "exam" not in saved["rules"], "a kind the trainer did not set follows the course"
    assert learner.quizzes.reset_exam_rules("final").final.minutes == 30


def test_exams_follow_the_rules_not_the_caller(learner):
    t = _make_trainer(learner)
    learner.open_learner(t.id)
    learner.quizzes.set_exam_rules(
        "final", per_section=1, minutes=7, pass_mark=0.6, attempts=2, sections=["s01", "s03"]
    )
    learner.quizzes.set_exam_rules("exam", per_section=2, minutes=15)
    s = learner.quizzes.start("final", seed=1)
    assert len(s.items) == 2 and {p.question.topic for p in s.items} == {"s01", "s03"}
    assert (s.pass_mark, s.time_limit_s) == (0.6, 7 * 60)
    assert learner.quizzes.attempts_left("final") == 1, "an exam counts once it starts"
    learner.quizzes.finish(s)
    learner.quizzes.start("final", seed=2)
    assert learner.quizzes.attempts_left("final") == 0
    with pytest.raises(ExamRefused, match="no-attempts-left"):
        learner.quizzes.start("final")
    e = learner.quizzes.start("exam", seed=3)
    assert e.time_limit_s == 15 * 60 and learner.quizzes.attempts_left("exam") is None
    assert len(e.items) == 2 * len(learner.quizzes.exam_sections("exam"))


def test_a_trainer_must_have_a_pin_and_the_role_shows_in_the_change(learner):
    heard = []
    learner.bus.subscribe(lambda changes, _i: heard.append(changes.kinds()))
    no_pin = learner.profiles.create("无密码")
    with pytest.raises(ProfileError, match="trainer-needs-pin"):
        learner.profiles.make_trainer(no_pin.id, no_pin.id, "")
    t = _make_trainer(learner)
    assert learner.profiles.trainer().id == t.id and ("profiles",) in heard
    learner.open_learner(t.id)
    learner.quizzes.set_exam_rules("exam", minutes=25)
    assert ("rules",) in heard
    learner.profiles.drop_trainer(t.id, "1234")
    assert not learner.profiles.is_trainer() and learner.profile.trainer is False
