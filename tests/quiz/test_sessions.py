"""Quiz sessions end to end through the facade, against a real SQLite file."""

import random
from datetime import timedelta
from pathlib import Path

import pytest

from app.quiz.model import Option, Question
from app.quiz.review import schedule, utc_now
from app.quiz.session import exam, present, review
from app.services import Academy


def _single(qid: str, topic: str, lesson: str) -> Question:
    return Question(
        id=qid,
        type="single",
        topic=topic,
        difficulty=1,
        lesson=lesson,
        stem="题干",
        explanation="解释",
        options=(Option("对", True, "好"), Option("错一"), Option("错二")),
    )


BANK_YAML = "questions:\n" + "".join(
    f"""  - id: t-{topic}-{n}
    type: single
    topic: {topic}
    difficulty: 1
    lesson: {lesson}
    stem: 第{n}题的题干
    explanation: 因为如此。
    options:
      - {{text: 对的, correct: true, feedback: 好}}
      - {{text: 错的一}}
      - {{text: 错的二}}
"""
    for topic, lesson in (("s01", "what-is-a-complaint"), ("s02", "why-customers-complain"))
    for n in range(1, 7)
)


@pytest.fixture
def quiz_academy(content_copy: Path, tmp_path: Path):
    folder = content_copy / "quizzes"
    for old in folder.glob("*.yaml"):
        old.unlink()
    folder.mkdir(exist_ok=True)
    (folder / "t.yaml").write_text(BANK_YAML, encoding="utf-8")
    a = Academy(tmp_path / "data", content_root=content_copy, assets=content_copy.parent / "assets")
    a.open_learner(a.profiles.create("甲").id)
    assert not a.content.problems, a.content.problems
    yield a
    a.close_learner()


def test_options_are_shuffled_but_graded_in_question_terms():
    q = _single("q", "s01", "l")
    seen = set()
    for seed in range(20):
        p = present(q, random.Random(seed))
        seen.add(p.order)
        assert p.display_options()[p.option_positions(correct=True)[0]] == "对"
        assert p.to_question_terms(p.option_positions(correct=True)[0]) == 0
    assert len(seen) > 1, "the order varies between draws"


def test_ordering_is_never_shown_already_solved():
    q = Question(
        id="o",
        type="ordering",
        topic="s04",
        difficulty=1,
        lesson="l",
        stem="排序题",
        explanation="解释",
        items=("一", "二", "三"),
    )
    for seed in range(30):
        assert list(present(q, random.Random(seed)).order) != [0, 1, 2]


def test_exam_draws_per_topic_and_hides_nothing_until_finished():
    bank = [_single(f"{t}-{i}", t, "l") for t in ("s01", "s02", "s03") for i in range(5)]
    s = exam(bank, ["s01", "s02"], 2, random.Random(1))
    topics = [p.question.topic for p in s.items]
    assert sorted(topics) == ["s01", "s01", "s02", "s02"]
    assert not s.immediate_feedback and s.time_limit_s > 0


def test_lesson_check_stores_every_answer_and_queues_misses(quiz_academy, store_of):
    s = quiz_academy.quizzes.start("lesson", lesson_id="what-is-a-complaint", seed=3)
    assert 5 <= len(s.items) <= 10 and s.immediate_feedback
    first = s.current
    g = quiz_academy.quizzes.submit(s, first.option_positions(correct=True)[0], seconds=4.2)
    assert g.correct and g.feedback == "好"
    s.advance()
    wrong = next(i for i in range(3) if i != s.current.option_positions(correct=True)[0])
    missed_id = s.current.question.id
    assert not quiz_academy.quizzes.submit(s, wrong, seconds=7).correct
    stored = store_of(quiz_academy).answers(s.id)
    assert [(a["question_id"], a["correct"], a["mode"]) for a in stored] == [
        (first.question.id, True, "lesson"),
        (missed_id, False, "lesson"),
    ]
    assert stored[0]["seconds"] == pytest.approx(4.2)
    assert stored[1]["response"] != stored[0]["response"] or missed_id != first.question.id
    # The miss is in the review queue; it is due at once (FSRS: again, minutes away at most).
    due_later = store_of(quiz_academy).due_reviews(utc_now() + timedelta(hours=1))
    assert due_later == [missed_id]


def test_exam_time_out_scores_unanswered_and_records_the_attempt(quiz_academy, store_of):
    s = quiz_academy.quizzes.start(
        "exam", topics=["s01", "s02"], per_topic=3, seed=5, pass_mark=0.5
    )
    quiz_academy.quizzes.submit(s, s.current.option_positions(correct=True)[0], seconds=3)
    result = quiz_academy.quizzes.finish(s, timed_out=True)
    assert (result.asked, result.correct) == (6, 1) and not result.passed
    assert result.score == pytest.approx(1 / 6)
    stored = store_of(quiz_academy).answers(s.id)
    assert len(stored) == 6 and sum(a["timed_out"] for a in stored) == 5
    history = store_of(quiz_academy).exam_history()
    assert history[-1]["score"] == pytest.approx(1 / 6) and history[-1]["passed"] is False


def test_mastery_grows_with_coverage_and_accuracy(quiz_academy):
    assert quiz_academy.quizzes.topic_mastery() == {"s01": 0.0, "s02": 0.0}
    s = quiz_academy.quizzes.start("practice", topic="s01", seed=1)
    for _ in range(3):
        quiz_academy.quizzes.submit(s, s.current.option_positions(correct=True)[0], seconds=1)
        s.advance()
    assert quiz_academy.quizzes.topic_mastery()["s01"] == pytest.approx(3 / 6)
    assert quiz_academy.quizzes.topic_mastery()["s02"] == 0.0


def test_review_session_serves_due_questions_and_reschedules(quiz_academy, store_of):
    s = quiz_academy.quizzes.start("practice", topic="s02", seed=2)
    wrong = next(i for i in range(3) if i != s.current.option_positions(correct=True)[0])
    missed = s.current.question.id
    quiz_academy.quizzes.submit(s, wrong, seconds=2)
    card_json, due = schedule(None, False, utc_now())
    assert due <= utc_now() + timedelta(hours=1) and card_json
    soon = utc_now() + timedelta(minutes=2)
    assert missed in store_of(quiz_academy).due_reviews(soon), "a miss comes back within minutes"
    r = review(quiz_academy.content.questions, [missed], random.Random(0))
    assert [p.question.id for p in r.items] == [missed]
    quiz_academy.quizzes.submit(r, r.current.option_positions(correct=True)[0], seconds=2)
    # Answered right: FSRS moves it to its next learning step, further away.
    assert missed not in store_of(quiz_academy).due_reviews(utc_now() + timedelta(minutes=2))


def test_todays_review_runs_to_the_end_of_the_local_day():
    from datetime import datetime, timezone

    from app.quiz.review import end_of_today_utc

    morning = datetime(2026, 11, 27, 9, 30).astimezone()
    end = end_of_today_utc(morning)
    local_end = end.replace(tzinfo=timezone.utc).astimezone()
    assert (local_end.date(), local_end.hour, local_end.minute) == (morning.date(), 23, 59)


def _miss_three(academy):
    s = academy.quizzes.start("practice", topic="s01", seed=4)
    missed = []
    for _ in range(3):
        right = s.current.option_positions(correct=True)[0]
        academy.quizzes.submit(s, next(i for i in range(3) if i != right), seconds=1)
        missed.append(s.current.question.id)
        s.advance()
    return missed


def test_todays_review_is_done_once_each_due_question_is_answered_right(quiz_academy):
    """Issue 16.7: after the 3 due questions are answered right, nothing is due today and
    the start page can say when the next review is."""
    missed = _miss_three(quiz_academy)
    assert sorted(quiz_academy.quizzes.due_review_ids()) == sorted(missed)
    r = quiz_academy.quizzes.start("review", seed=1)
    while r.current is not None:
        quiz_academy.quizzes.submit(r, r.current.option_positions(correct=True)[0], seconds=1)
        r.advance()
    assert quiz_academy.quizzes.due_review_ids() == []
    upcoming = quiz_academy.quizzes.next_review()
    from datetime import date

    assert upcoming is not None and upcoming.day > date.today() and 1 <= upcoming.count <= 3


def test_how_hard_a_right_answer_felt_moves_the_next_review(quiz_academy, store_of):
    missed = _miss_three(quiz_academy)
    r = quiz_academy.quizzes.start("review", seed=1)
    ratings = iter(["hard", "good", "easy"])
    rated = {}
    while r.current is not None:
        qid = r.current.question.id
        quiz_academy.quizzes.submit(r, r.current.option_positions(correct=True)[0], seconds=1)
        rated[qid] = next(ratings)
        quiz_academy.quizzes.rate(r, qid, rated[qid])
        r.advance()
    due = dict(store_of(quiz_academy).upcoming_reviews(utc_now()))
    by = {rating: due[qid] for qid, rating in rated.items()}
    assert sorted(rated) == sorted(missed)
    assert by["hard"] <= by["good"] < by["easy"], by
    with pytest.raises(ValueError):
        quiz_academy.quizzes.rate(r, "never-answered", "easy")


def test_an_exam_is_answered_freely_and_graded_only_when_submitted(quiz_academy, store_of):
    """Issue 16.1: move between questions, flag, change answers; nothing is stored until the
    attempt is submitted; a blank is "unanswered", not a wrong choice."""
    s = quiz_academy.quizzes.start("exam", topics=["s01", "s02"], per_topic=2, seed=7)
    wrong = next(i for i in range(3) if i != s.items[0].option_positions(correct=True)[0])
    s.set_draft(0, wrong)
    s.goto(2)
    s.set_draft(2, s.items[2].option_positions(correct=True)[0])
    assert s.toggle_flag(2) and s.flagged == {2}
    s.goto(0)
    s.set_draft(0, s.items[0].option_positions(correct=True)[0])  # changed its mind
    assert s.unanswered() == [1, 3]
    assert store_of(quiz_academy).answers() == [], "nothing stored before submitting"
    result = quiz_academy.quizzes.finish(s)
    assert (result.total, result.asked, result.correct, result.unanswered) == (4, 4, 2, 2)
    stored = store_of(quiz_academy).answers()
    assert len(stored) == 4 and sum(a["response"] is None for a in stored) == 2
    assert not any(a["timed_out"] for a in stored), "submitted by the learner, not timed out"
    with pytest.raises(RuntimeError):
        s.set_draft(1, 0)


def test_ending_practice_early_counts_only_what_was_answered(quiz_academy):
    s = quiz_academy.quizzes.start("practice", topic="s01", seed=3)
    for _ in range(2):
        quiz_academy.quizzes.submit(s, s.current.option_positions(correct=True)[0], seconds=1)
        s.advance()
    result = quiz_academy.quizzes.finish(s)
    assert (result.asked, result.correct, result.total) == (2, 2, len(s.items))
    assert result.score == 1.0 and result.total > 2
