"""One grading rule everywhere (issue 16 item 5): for every multiple-answer question of the
course and every subset of its options, the app's grade equals the grade Moodle gives after
importing our GIFT export and our Moodle XML export, with Moodle's rules restated independently
in moodle_rules.py. Every grade in both exports passes Moodle's grade check."""

from __future__ import annotations

import re
from itertools import chain, combinations
from xml.etree import ElementTree

import pytest

from app.quiz.fractions import option_fractions
from app.quiz.grading import grade
from app.quiz.interchange.gift import export_gift, parse_gift
from app.quiz.interchange.moodlexml import export_moodle_xml, parse_moodle_xml
from tests.quiz import moodle_rules as moodle


@pytest.fixture(scope="module")
def bank(course):
    return course.questions


@pytest.fixture(scope="module")
def exports(bank):
    return export_gift(bank), export_moodle_xml(bank)


def _subsets(n: int):
    return chain.from_iterable(combinations(range(n), r) for r in range(n + 1))


def _xml_fractions(xml_text: str) -> dict[str, tuple[bool, list[float]]]:
    """idnumber -> (several answers allowed, fractions) as Moodle's XML reader takes them."""
    out = {}
    for node in ElementTree.fromstring(xml_text).iter("question"):
        if node.get("type") != "multichoice":
            continue
        several = (node.findtext("single") or "true").strip() != "true"
        raw = [float(a.get("fraction")) / 100 for a in node.findall("answer")]
        out[node.findtext("idnumber")] = (several, [moodle.match_grade(f) for f in raw])
    return out


def test_every_subset_scores_the_same_in_the_app_and_in_moodle(bank, exports):
    gift_text, xml_text = exports
    ours_from_gift = {q.id: q for q in parse_gift(gift_text).questions}
    moodle_gift = moodle.gift_answer_blocks(gift_text)
    moodle_xml = _xml_fractions(xml_text)
    multiple = [q for q in bank if q.type == "multiple"]
    assert len(multiple) >= 50
    checked = mismatches = 0
    for q in multiple:
        several, gift_fractions = moodle.gift_multichoice_fractions(moodle_gift[q.id])
        assert several, f"{q.id}: Moodle would read the GIFT export as single-answer"
        gift_fractions = [moodle.match_grade(f) for f in gift_fractions]
        xml_several, xml_fractions = moodle_xml[q.id]
        assert xml_several, q.id
        assert None not in gift_fractions and None not in xml_fractions, q.id
        assert gift_fractions == xml_fractions, q.id
        reimported = ours_from_gift[q.id]
        assert option_fractions(reimported) == option_fractions(q)
        for ticked in _subsets(len(q.options)):
            app = grade(q, ticked) if ticked else None
            app_score = app.score if app else 0.0
            again = grade(reimported, ticked).score if ticked else 0.0
            in_gift = moodle.grade_multi(gift_fractions, ticked)
            in_xml = moodle.grade_multi(xml_fractions, ticked)
            checked += 1
            same = (
                abs(app_score - in_gift) < 1e-6
                and abs(app_score - in_xml) < 1e-6
                and abs(again - app_score) < 1e-9
                and (app is None or app.correct == (moodle.state(in_gift) == "right"))
                and moodle.state(app_score) == moodle.state(in_gift) == moodle.state(in_xml)
            )
            mismatches += not same
            assert same, (q.id, ticked, app_score, in_gift, in_xml)
        everything = tuple(range(len(q.options)))
        assert grade(q, everything).score == 0.0
        assert moodle.grade_multi(gift_fractions, everything) < 0.000001
        assert moodle.grade_multi(xml_fractions, everything) < 0.000001
        assert grade(q, sorted(q.correct_indices)).correct
    print(f"parity: {len(multiple)} questions, {checked} subsets, {mismatches} mismatches")
    assert checked == sum(2 ** len(q.options) for q in multiple)


def test_every_grade_in_both_exports_passes_moodles_grade_check(exports):
    gift_text, xml_text = exports
    weights = re.findall(r"^\t[=~](%[^%]*%)", gift_text, flags=re.M)
    assert weights, "the GIFT export has weighted answers"
    for weight in weights:
        assert moodle._GIFT_WEIGHT.match(weight), weight  # Moodle sees it as a weight
        assert moodle.match_grade(float(weight.strip("%")) / 100) is not None, weight
    root = ElementTree.fromstring(xml_text)
    fractions = [a.get("fraction") for n in root.iter("question") for a in n.findall("answer")]
    assert fractions
    for fraction in fractions:
        assert moodle.match_grade(float(fraction) / 100) is not None, fraction


def test_xml_metadata_is_in_fields_moodle_keeps(bank, exports):
    _gift, xml_text = exports
    root = ElementTree.fromstring(xml_text)
    questions = [n for n in root.iter("question") if n.get("type") != "category"]
    assert len(questions) == len(bank)
    by_id = {q.id: q for q in bank}
    for node in questions:
        qid = node.findtext("idnumber")
        assert qid in by_id
        tags = [t.findtext("text") for t in node.findall("tags/tag")]
        assert tags and all(len(t) <= 50 for t in tags), (qid, tags)
        assert f"academy-type:{by_id[qid].type}" in tags


@pytest.mark.parametrize(
    ("export", "parse"), [(export_gift, parse_gift), (export_moodle_xml, parse_moodle_xml)]
)
def test_round_trip_keeps_type_topic_lesson_and_id(bank, export, parse):
    back = {q.id: q for q in parse(export(bank)).questions}
    assert len(back) == len(bank)
    for q in bank:
        got = back[q.id]
        assert (got.type, got.topic, got.lesson, got.difficulty) == (
            q.type, q.topic, q.lesson, q.difficulty,
        ), q.id  # fmt: skip


def test_a_long_lesson_is_split_over_tags_and_read_back(bank):
    from dataclasses import replace

    lesson = "a-very-long-lesson-identifier-written-by-another-course#12"
    q = replace(bank[0], lesson=lesson, topic="t" * 60)
    xml_text = export_moodle_xml([q])
    tags = [t.findtext("text") for t in ElementTree.fromstring(xml_text).iter("tag")]
    assert all(len(t) <= 50 for t in tags) and len(tags) > 4
    (back,) = parse_moodle_xml(xml_text).questions
    assert (back.lesson, back.topic, back.id) == (lesson, "t" * 60, q.id)


def test_old_exports_with_one_json_tag_are_still_read():
    xml_text = """<quiz><question type="multichoice"><name><text>x</text></name>
<questiontext format="plain_text"><text>Which?</text></questiontext>
<single>true</single>
<answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer>
<tags><tag><text>academy:{"id": "s01-q001", "type": "situational", "topic": "s01",
"difficulty": 3, "lesson": "intro#2", "customer": "我要退款"}</text></tag></tags>
</question></quiz>"""
    (q,) = parse_moodle_xml(xml_text).questions
    assert (q.id, q.type, q.topic, q.difficulty, q.lesson) == (
        "s01-q001", "situational", "s01", 3, "intro#2",
    )  # fmt: skip
    assert q.customer == "我要退款"


def test_gift_metadata_travels_in_moodles_own_id_and_tag_comment(bank):
    """Moodle's GIFT reader keeps ``// [id:…] [tag:…]`` (and writes it back on export); our
    own ``// @academy`` line it drops. Without that line, id, type, topic and lesson survive."""
    through_moodle = "\n".join(
        line for line in export_gift(bank).splitlines() if not line.startswith("// @academy ")
    )
    assert "[id:s07-q009]" in through_moodle and "[tag:academy-topic:s07]" in through_moodle
    back = {q.id: q for q in parse_gift(through_moodle).questions}
    assert len(back) == len(bank)
    for q in bank:
        got = back[q.id]
        assert (got.type, got.topic, got.lesson) == (q.type, q.topic, q.lesson), q.id
