"""Answer-length bias: could a learner pass by always picking the longest answer?"""

from types import SimpleNamespace as NS

from app.course.fairness import option_length_bias, reply_length_bias


def _q(qid, texts, right, kind="single"):
    return NS(
        id=qid, type=kind, options=[NS(text=t, correct=i == right) for i, t in enumerate(texts)]
    )


def test_the_right_option_counts_only_when_strictly_longest():
    bias = option_length_bias([
        _q("a", ["长长长的正确答案", "短", "也短"], 0),
        _q("b", ["一样长", "一样长", "短"], 0),  # a tie is no tell
        _q("c", ["短", "长长长的干扰项"], 0),
        _q("d", ["x", "y"], 0, kind="multiple"),  # not counted
    ])  # fmt: skip
    assert bias.counted == 3 and bias.longest == ("a",) and round(bias.share, 2) == 0.33


def test_the_best_reply_is_the_one_with_the_highest_total():
    node = NS(choices=[
        NS(text="很长很长的最佳回应", scores={"empathy": 2, "solving": 1}),
        NS(text="短的", scores={"empathy": -1}),
        NS(text="一般", scores={"empathy": 0}),
    ])  # fmt: skip
    tie = NS(choices=[NS(text="长长长长", scores={"a": 1}), NS(text="短", scores={"a": 1})])
    bias = reply_length_bias([NS(id="s", nodes={"n1": node, "n2": tie})])
    assert bias.counted == 1 and bias.longest == ("s/n1",) and bias.share == 1.0


def test_the_course_cannot_be_passed_by_picking_the_longest_answer(course):
    """Issue 16.4: within the limits over the whole bundled bank and every role-play."""
    from app.course.fairness import QUESTION_LIMIT, REPLY_LIMIT

    questions = option_length_bias(course.questions)
    replies = reply_length_bias(course.scenarios.values())
    assert questions.counted > 200 and replies.counted > 90
    assert questions.share <= QUESTION_LIMIT, (questions.share, questions.longest)
    assert replies.share <= REPLY_LIMIT, (replies.share, replies.longest)
