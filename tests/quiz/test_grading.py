"""Grading of every question type, including partial credit, empty answers and time-outs."""

import pytest

from app.quiz.grading import grade, normalise_answer
from app.quiz.model import Option, Question


def q(type_, **fields) -> Question:
    return Question(
        id="x",
        type=type_,
        topic="s01",
        difficulty=1,
        lesson="l",
        stem="题干",
        explanation="解释",
        **fields,
    )


SINGLE = q("single", options=(Option("甲"), Option("乙", True, "对"), Option("丙", False, "错")))
MULTI = q(
    "multiple",
    options=(Option("A", True), Option("B", True), Option("C", True), Option("D"), Option("E")),
)
TF = q("truefalse", answer=False)
ORDER = q("ordering", items=("一", "二", "三", "四"))
MATCH = q("matching", pairs=(("发泄", "让他说完"), ("尊重", "称呼与认可"), ("补救", "给出方案")))
SHORT = q("short", answers=("3F 法则", "3F"))
SITUATION = q(
    "situational",
    customer="你们到底管不管？",
    options=(
        Option("先别激动", False, "会激化"),
        Option("我来跟进", True, "稳住"),
        Option("这不归我管", False, "推诿"),
    ),
)


def test_single_and_situational_return_the_chosen_feedback():
    assert grade(SINGLE, 1).score == 1 and grade(SINGLE, 1).feedback == "对"
    g = grade(SINGLE, 2)
    assert (g.score, g.correct, g.feedback) == (0.0, False, "错")
    assert grade(SITUATION, 0).feedback == "会激化" and grade(SITUATION, 1).correct
    assert grade(SINGLE, 9).score == 0, "an index outside the options is wrong, not an error"


@pytest.mark.parametrize(
    ("chosen", "score"),
    [
        ({0, 1, 2}, 1.0),
        ({0, 1}, 2 / 3),
        ({0}, 1 / 3),
        ({0, 1, 3}, 2 / 3 - 1 / 2),
        ({0, 3}, 0.0),
        ({3, 4}, 0.0),
        ({0, 1, 2, 3}, 1 / 2),
        ({0, 1, 2, 3, 4}, 0.0),
    ],
)
def test_multiple_partial_credit_rule(chosen, score):
    """Moodle's rule: each right option +1/3 (3 right), each wrong one −1/2 (2 wrong), the sum of
    the ticked ones clamped to 0–1; ticking every box scores 0."""
    g = grade(MULTI, chosen)
    assert g.score == pytest.approx(score, abs=1e-6)
    assert g.correct == (chosen == {0, 1, 2})


def test_truefalse():
    assert grade(TF, False).correct and not grade(TF, True).correct


@pytest.mark.parametrize(
    ("order", "score"), [([0, 1, 2, 3], 1.0), ([1, 0, 2, 3], 0.5), ([3, 2, 1, 0], 0.0)]
)
def test_ordering_scores_items_in_their_place(order, score):
    assert grade(ORDER, order).score == pytest.approx(score)


def test_matching_scores_each_pair():
    assert grade(MATCH, {0: 0, 1: 1, 2: 2}).correct
    assert grade(MATCH, {0: 1, 1: 0, 2: 2}).score == pytest.approx(1 / 3)
    assert grade(MATCH, [0, 2, 1]).score == pytest.approx(1 / 3), "a list means left i -> item"


@pytest.mark.parametrize("typed", ["3F法则", "3f 法則", "３Ｆ法则", " 3F ", "3F。"])
def test_short_answers_ignore_script_width_spaces_and_punctuation(typed):
    assert grade(SHORT, typed).correct


@pytest.mark.parametrize(
    ("typed", "accepted", "same"),
    [
        ("-10", "10", False),
        ("500.00", "50000", False),
        ("0.75", "075", False),
        ("－１０", "-10", True),
        ("5.0", "5.0", True),
        ("a-b", "ab", True),
        ("第39条", "第 39 条", True),
    ],
)
def test_numbers_keep_sign_and_decimal_point(typed, accepted, same):
    assert (normalise_answer(typed) == normalise_answer(accepted)) is same


def test_short_wrong_answer():
    assert not grade(SHORT, "4F").correct
    assert normalise_answer("ＡＢＣ 投訴！") == "abc投诉"


@pytest.mark.parametrize("question", [SINGLE, MULTI, TF, ORDER, MATCH, SHORT, SITUATION])
@pytest.mark.parametrize("empty", [None, "", "   ", [], set(), {}])
def test_empty_answers_score_zero(question, empty):
    g = grade(question, empty)
    assert g.score == 0 and g.empty and not g.correct


def test_time_out_marks_unanswered_and_keeps_given_answers():
    g = grade(SINGLE, None, timed_out=True)
    assert (g.score, g.empty, g.timed_out) == (0.0, True, True)
    answered = grade(SINGLE, 1, timed_out=True)
    assert answered.correct and answered.timed_out
