"""What the certificate still needs, as data: nothing done, every lesson but no passed final,
and everything done."""

from datetime import datetime

from app.demo import take_exam
from app.reports.certificate import Eligibility, earned, eligibility, verification_code

WHEN = datetime(2026, 11, 27, 10, 0)


def _final(passed: bool, score: float, attempt: str = "e1", kind: str = "final") -> dict:
    return {"id": attempt, "kind": kind, "passed": passed, "score": score,
            "started_at": WHEN, "finished_at": WHEN}  # fmt: skip


def test_nothing_done():
    cert, status = earned(0, 18, [], "L1", "甲")
    assert cert is None
    assert status == Eligibility(lessons_learned=0, lessons_needed=18, final_passed=False)
    assert status.lessons_left == 18 and not status.complete


def test_every_lesson_but_the_final_failed_or_only_a_section_exam_passed():
    exams = [_final(False, 0.55), _final(True, 0.95, "e2", kind="exam")]
    cert, status = earned(18, 18, exams, "L1", "甲")
    assert cert is None and status.lessons_left == 0 and not status.final_passed
    assert not status.complete and eligibility(18, 18, exams) == status


def test_final_passed_but_lessons_left():
    cert, status = earned(11, 18, [_final(True, 0.9)], "L1", "甲")
    assert cert is None and status.lessons_left == 7 and status.final_passed


def test_all_done_gives_the_best_passed_final():
    exams = [_final(True, 0.85, "e1"), _final(False, 0.6, "e2"), _final(True, 0.92, "e3")]
    cert, status = earned(18, 18, exams, "L1", "甲")
    assert status.complete and status.lessons_left == 0 and status.final_passed
    assert cert is not None and cert.attempt_id == "e3" and cert.score == 0.92
    assert cert.code == verification_code("L1", "甲", "e3", 0.92, WHEN)


def test_failed_final_in_a_real_learner_record(learner):
    for lid in learner.content.lesson_order():
        learner.study.set_learned(lid)
    result = take_exam(learner, "final", 0.0, seed=2)
    assert not result.passed
    cert, status = learner.reports.certificate()
    assert cert is None
    n = len(learner.study.followed_lessons())
    assert status == Eligibility(lessons_learned=n, lessons_needed=n, final_passed=False)
