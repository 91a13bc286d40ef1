"""Answer fractions: the one place where each option's share of the marks is decided.

Grading (``app.quiz.grading``) and both exports (GIFT, Moodle XML) read the fractions from
``option_fractions``, so the app and a Moodle that imported our file give every answer the same
score. The numbers follow Moodle's rules (restated in tests/quiz/moodle_rules.py, which the
parity test checks against):

- a fraction must be one of Moodle's allowed grades, stored to 7 decimal places (1/3 is
  0.3333333), negative ones allowed for wrong options; an imported grade is matched to the list
  with a tolerance of 0.00001 and refused when nothing is that close;
- a multiple-answer question scores the sum of the fractions of the ticked options, clamped to
  0–1; it counts as right above 0.999999 and as wrong below 0.000001.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.quiz.model import Question

# Moodle's positive grades besides 0 and 1: p/q for q ≤ 6, tenths, 1/q for q ≤ 10, and 1/20.
_POSITIVE = (
    1.0,
    0.9,
    0.8333333,
    0.8,
    0.75,
    0.7,
    0.6666667,
    0.6,
    0.5,
    0.4,
    0.3333333,
    0.3,
    0.25,
    0.2,
    0.1666667,
    0.1428571,
    0.125,
    0.1111111,
    0.1,
    0.05,
)
ALLOWED = tuple(sorted({0.0, *_POSITIVE, *(-f for f in _POSITIVE)}, reverse=True))
MATCH_TOLERANCE = 0.00001  # how close an imported grade must be to an allowed one
RIGHT_ABOVE = 0.999999  # a total above this is full marks
WRONG_BELOW = 0.000001  # a total below this is no marks


class GradeNotAllowed(ValueError):
    """A grade that is not one of Moodle's allowed fractions."""


def allowed_fraction(value: float) -> float:
    """The allowed fraction ``value`` stands for (within ``MATCH_TOLERANCE``), else
    GradeNotAllowed: Moodle refuses a question with such a grade, and so do we."""
    for allowed in ALLOWED:
        if abs(value - allowed) < MATCH_TOLERANCE:
            return allowed
    raise GradeNotAllowed(f"{percent_text(value)} % is not one of Moodle's allowed grades")


def nearest_allowed(value: float) -> float:
    return min(ALLOWED, key=lambda allowed: abs(value - allowed))


def percent_text(fraction: float) -> str:
    """A fraction as the percentage our files write: 7 decimal places of the fraction, no
    trailing zeros (-0.3333333 → "-33.33333", 0.5 → "50", 1 → "100")."""
    text = f"{fraction * 100:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def default_fractions(n_options: int, right: Iterable[int]) -> tuple[float, ...]:
    """Each right option +1/k, each wrong one −1/(n − k) (k right options of n), at Moodle's
    precision: the right set scores 1, every box ticked scores 0."""
    right = set(right)
    k, wrong = len(right), n_options - len(right)
    plus = nearest_allowed(1 / k) if k else 0.0
    minus = -nearest_allowed(1 / wrong) if wrong else 0.0
    return tuple(plus if i in right else minus for i in range(n_options))


def option_fractions(question: Question) -> tuple[float, ...]:
    """The fraction of each option of a single, situational or multiple question.

    Imported options keep the fractions their file gave (``Option.fraction``); our own
    questions use the rule above (multiple) or 1 for the right option and 0 for the others."""
    options = question.options
    if any(o.fraction is not None for o in options):
        return tuple(
            o.fraction if o.fraction is not None else (1.0 if o.correct else 0.0) for o in options
        )
    if question.type == "multiple":
        return default_fractions(len(options), question.correct_indices)
    return tuple(1.0 if o.correct else 0.0 for o in options)


def total(fractions: Iterable[float]) -> float:
    """Sum of the ticked options' fractions, clamped to 0–1; a total that Moodle counts as right
    (or wrong) is exactly 1 (or 0)."""
    score = min(max(0.0, sum(fractions)), 1.0)
    if score > RIGHT_ABOVE:
        return 1.0
    if score < WRONG_BELOW:
        return 0.0
    return score
