"""Importer fixes of issue 16 item 6, each against what Moodle's own readers do: format
prefixes, HTML as plain text, weighted short answers, matching distractors, unsupported types
named, grades outside Moodle's allowed list refused with the item and its line."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.quiz.fractions import option_fractions
from app.quiz.grading import grade
from app.quiz.interchange.gift import export_gift, parse_gift
from app.quiz.interchange.moodlexml import export_moodle_xml, parse_moodle_xml
from app.quiz.session import present

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def gift():
    result = parse_gift((HERE / "moodle_import_cases.gift").read_text(encoding="utf-8"))
    return {q.id: q for q in result.questions}, {s.item: s for s in result.skipped}


@pytest.fixture(scope="module")
def xml():
    result = parse_moodle_xml((HERE / "invalid_grades.xml").read_text(encoding="utf-8"))
    return {q.id: q for q in result.questions}, {s.item: s for s in result.skipped}


def test_format_prefixes_are_removed_where_moodle_removes_them_and_html_is_plain_text(gift):
    q = gift[0]["formats"]
    assert q.stem == "Pick the right one & only"
    assert [o.text for o in q.options] == ["yes", "no"]
    assert [o.feedback for o in q.options] == ["good", "*bad*"]
    assert q.explanation == "General feedback"
    match = gift[0]["match"]
    # Moodle reads a format on the left side only; the right side is kept as written
    assert match.pairs == (("Canada", "Ottawa"), ("Italy", "[plain]Rome"))


def test_an_empty_left_side_is_a_distractor_on_the_right(gift, xml):
    for q in (gift[0]["match"], xml[0]["capitals"]):
        assert q.distractors == ("Paris",) and all(left and right for left, right in q.pairs)
        shown = present(q, random.Random(1)).display_options()
        assert sorted(shown) == sorted([r for _l, r in q.pairs] + ["Paris"])
    q = xml[0]["capitals"]
    assert q.pairs == (("Canada", "Ottawa"), ("Italy", "Rome"))
    assert grade(q, {0: 0, 1: 1}).correct and grade(q, {0: 2, 1: 1}).score == 0.5


def test_weighted_short_answers_keep_their_weights(gift, xml):
    for q in (gift[0]["pet"], xml[0]["pet"]):
        assert q.answers == ("Cat", "Dog") and q.answer_fractions == (0.5, 1.0)
        assert grade(q, "*").score == 0.0, "a 0 % answer is not a right answer"
        assert grade(q, "cat").score == 0.5 and not grade(q, "cat").correct
        assert grade(q, "dog").correct and grade(q, "fish").score == 0.0


@pytest.mark.parametrize("name", ["born", "born-weighted", "range"])
def test_numerical_questions_are_named_as_unsupported(gift, name):
    skipped = gift[1][name]
    assert skipped.reason == "numerical questions are not supported"


def test_unsupported_xml_types_are_named(xml):
    assert xml[1]["Born"].reason == "numerical questions are not supported"


def test_grades_outside_moodles_list_are_refused_with_item_and_line(gift, xml):
    thirds = gift[1]["thirds"]
    assert thirds.line == 27 and thirds.reason.startswith("refused: 33 %")
    assert gift[1]["short-thirds"].reason.startswith("refused: 33.3 %")
    refused = xml[1]["Thirds"]
    assert refused.line == 5 and "33 %" in refused.reason
    assert "thirds" not in xml[0] and "good-thirds" in xml[0]


def test_grades_within_moodles_tolerance_are_taken_as_the_listed_grade(gift, xml):
    q = gift[0]["close-enough"]
    assert option_fractions(q) == (0.3333333, 0.3333333, 0.3333333, -1.0)
    assert grade(q, (0, 1, 2)).correct and grade(q, (0, 1, 2, 3)).score == 0.0
    good = xml[0]["good-thirds"]
    assert good.stem == "A & B" and option_fractions(good) == option_fractions(q)


def test_imported_fractions_survive_our_own_export(gift):
    """A question whose file fractions differ from our rule keeps them through an export."""
    q = gift[0]["close-enough"]
    for export, parse in ((export_gift, parse_gift), (export_moodle_xml, parse_moodle_xml)):
        (back,) = parse(export([q])).questions
        assert option_fractions(back) == option_fractions(q)
    pet = gift[0]["pet"]
    for export, parse in ((export_gift, parse_gift), (export_moodle_xml, parse_moodle_xml)):
        (back,) = parse(export([pet])).questions
        assert back.answer_fractions == (0.5, 1.0)
