"""Moodle's grading and import rules, restated in our own Python from reading Moodle's source,
independently of app/ (the app's code must agree with this, not the other way round).

Sources (moodle/moodle):
- question/engine/bank.php, ``question_bank::ensure_fraction_options_initialised``,
  ``fraction_options`` and ``fraction_options_full``: the allowed grades, kept to 7 decimal
  places, 0 and 1 plus a fixed list, and the negatives of all of them in the full list.
- lib/questionlib.php, ``match_grade_options`` (mode 'error', the import default): a grade is
  accepted when it is within 0.00001 of an allowed one, and replaced by it; otherwise refused.
- question/format.php, ``qformat_default::importprocess``: every question with an array of
  answer fractions (multichoice, shortanswer, numerical) goes through ``match_grade_options``;
  one refused grade and the question is not imported.
- question/format/gift/format.php, ``qformat_gift::readquestion`` (the weight pattern
  ``%`` optional minus signs, 1–2 digits, optional decimals ``%``) and ``answerweightparser``
  (the text between the two % signs, divided by 100); an ``=`` answer of a multichoice weighs 1,
  a ``~`` answer without a weight 0; a multichoice without any ``=`` allows several answers.
- question/format/xml/format.php, ``qformat_xml::import_answer``: ``fraction`` attribute ÷ 100;
  ``import_multichoice``: ``<single>`` decides one or several answers.
- question/type/multichoice/question.php, ``qtype_multichoice_multi_question::grade_response``:
  the sum of the fractions of the ticked choices, clamped to 0–1.
- question/engine/states.php, ``question_state::graded_state_for_fraction``: below 0.000001
  wrong, above 0.999999 right, otherwise partially right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LISTED = [0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2,
           0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05]  # fmt: skip
FRACTION_OPTIONS_FULL = sorted({0.0, 1.0, -1.0, *_LISTED, *(-f for f in _LISTED)})


def match_grade(fraction: float) -> float | None:
    """The allowed grade ``fraction`` is taken for, or None when Moodle refuses it."""
    for value in FRACTION_OPTIONS_FULL:
        if abs(fraction - value) < 0.00001:
            return value
    return None


def grade_multi(fractions: Iterable[float], ticked: Iterable[int]) -> float:
    fractions = list(fractions)
    return min(max(0.0, sum(fractions[i] for i in ticked)), 1.0)


def state(fraction: float) -> str:
    if fraction < 0.000001:
        return "wrong"
    if fraction > 0.999999:
        return "right"
    return "partial"


_GIFT_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")


def gift_fraction(answer: str) -> tuple[float, str]:
    """(fraction, rest of the answer) for one multichoice answer as Moodle's GIFT reader sees
    it: the answer starts with ``=`` (weight 1), a weight pattern, or nothing (weight 0); the
    leading ``~`` is already gone."""
    answer = answer.strip()
    if answer.startswith("="):
        return 1.0, answer[1:]
    if _GIFT_WEIGHT.match(answer):
        inner, _, rest = answer[1:].partition("%")
        return float(inner) / 100, rest
    return 0.0, answer


def gift_multichoice_fractions(answer_block: str) -> tuple[bool, list[float]]:
    """(several answers allowed, fractions in order) of a multichoice answer block (the text
    between the braces, general feedback removed), the way Moodle splits it: every ``=`` starts
    an answer as well as every ``~``. Escaped characters must already be out of the way."""
    several = "=" not in answer_block
    parts = answer_block.replace("=", "~=").split("~")
    if parts and not parts[0].strip():
        parts = parts[1:]
    return several, [gift_fraction(p)[0] for p in parts]


_ESCAPED = {"\\\\": "\ue000", "\\:": "\ue001", "\\#": "\ue002", "\\=": "\ue003",
            "\\{": "\ue004", "\\}": "\ue005", "\\~": "\ue006", "\\n": "\ue007"}  # fmt: skip


def gift_answer_blocks(text: str) -> dict[str, str]:
    """Question name -> answer block (general feedback removed) of a GIFT file, read the way
    ``qformat_default::readquestions`` (questions are separated by blank lines) and
    ``qformat_gift::readquestion`` do: comment lines dropped, escaped characters set aside,
    the name between the first two ``::``, the answers between the first ``{`` and ``}``."""
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    out = {}
    for lines in blocks:
        body = "\n".join(" " if ln.strip().startswith("//") else ln for ln in lines).strip()
        for escaped, placeholder in _ESCAPED.items():
            body = body.replace(escaped, placeholder)
        if not body.startswith("::") or "{" not in body:
            continue  # a category, or a description
        name, _, rest = body[2:].partition("::")
        answers = rest[rest.index("{") + 1 : rest.index("}")].strip()
        if "####" in answers:
            answers = answers[: answers.rindex("####")].strip()
        out[name.replace("\ue000", "\\")] = answers
    return out
