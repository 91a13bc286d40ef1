"""Grading of every question type; the rules are the ones stated in docs/quiz-format.md.

Responses, per type:
- single / situational: the chosen option's index
- multiple: the chosen indices (any iterable)
- truefalse: True or False
- ordering: indices of ``Question.items`` in the order the learner put them
- matching: a mapping left index -> right index
- short: the text typed
``None`` (or an empty answer) means nothing was answered.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.quiz.fractions import RIGHT_ABOVE, option_fractions, total
from app.quiz.model import Question

_TOKENS = re.compile(r"-?\d+(?:\.\d+)?|[^\W_]+")


@dataclass(frozen=True)
class Grade:
    score: float  # 0.0 – 1.0
    feedback: str = ""  # the chosen option's feedback, where the question has one
    empty: bool = False
    timed_out: bool = False

    @property
    def correct(self) -> bool:
        return self.score > RIGHT_ABOVE  # Moodle's "right" state


def normalise_answer(text: str) -> str:
    """Fold the ways one answer can be typed: Traditional → Simplified, full → half width,
    case, spaces and punctuation."""
    from app.common.script import to_simplified

    text = unicodedata.normalize("NFKC", text or "")
    text = to_simplified(text).casefold()
    # Numbers keep their sign and decimal point (-10 is not 10, 500.00 is not 50000);
    # everything else that is not a letter or digit goes.
    return "".join(_TOKENS.findall(text))


def grade(question: Question, response, *, timed_out: bool = False) -> Grade:
    if timed_out and _is_empty(response):
        return Grade(0.0, empty=True, timed_out=True)
    if _is_empty(response):
        return Grade(0.0, empty=True)
    kind = question.type
    if kind in ("single", "situational"):
        index = int(response)
        if not 0 <= index < len(question.options):
            return Grade(0.0)
        option = question.options[index]
        score = total([option_fractions(question)[index]])
        return Grade(score, option.feedback, timed_out=timed_out)
    if kind == "multiple":
        # Moodle's rule: the sum of the ticked options' fractions, clamped to 0–1
        fractions = option_fractions(question)
        chosen = {int(i) for i in response} & set(range(len(fractions)))
        return Grade(total(fractions[i] for i in chosen), timed_out=timed_out)
    if kind == "truefalse":
        return Grade(1.0 if bool(response) == question.answer else 0.0, timed_out=timed_out)
    if kind == "ordering":
        order = [int(i) for i in response]
        hits = sum(1 for pos, item in enumerate(order) if item == pos)
        return Grade(hits / len(question.items), timed_out=timed_out)
    if kind == "matching":
        matched = _as_mapping(response)
        hits = sum(1 for left, right in matched.items() if int(left) == int(right))
        return Grade(hits / len(question.pairs), timed_out=timed_out)
    if kind == "short":
        given = normalise_answer(str(response))
        weights = question.answer_fractions or (1.0,) * len(question.answers)
        # like Moodle, the first accepted variant that matches gives its fraction
        score = next(
            (
                w
                for a, w in zip(question.answers, weights, strict=True)
                if given and given == normalise_answer(a)
            ),
            0.0,
        )
        return Grade(total([score]), timed_out=timed_out)
    raise ValueError(f"unknown question type {kind!r}")


def is_unanswered(response) -> bool:
    """Nothing chosen or typed: the app asks for an answer instead of grading a blank."""
    return _is_empty(response)


def _is_empty(response) -> bool:
    if response is None:
        return True
    if isinstance(response, str):
        return not response.strip()
    if isinstance(response, bool | int):
        return False
    if isinstance(response, Mapping | Iterable):
        return len(list(response)) == 0 if not isinstance(response, Mapping) else not response
    return False


def _as_mapping(response) -> Mapping:
    return response if isinstance(response, Mapping) else dict(enumerate(response))
