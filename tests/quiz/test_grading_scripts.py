"""Short-answer keys of the Traditional editions still match what a learner types in either
script (s2twp turned 信息不对称 into 資訊不對稱, so 信息不對稱 was marked wrong)."""

import pytest

from app.common.script import HONG_KONG, TRADITIONAL
from app.course.library import load_library
from app.paths import assets_dir, content_dir
from app.quiz.grading import grade, normalise_answer


@pytest.fixture(scope="module")
def bundles():
    hans = load_library(content_dir(), assets_dir())
    return {s: load_library(content_dir(), assets_dir(), s) for s in (TRADITIONAL, HONG_KONG)} | {
        "hans": hans
    }


@pytest.mark.parametrize("script", [TRADITIONAL, HONG_KONG])
@pytest.mark.parametrize(
    ("qid", "typed"),
    [
        ("s03-q019", "情感支持"),  # the same in both scripts
        ("s03-q019", "情感上的支持"),
        ("s02-q023", "信息不对称"),
        ("s02-q023", "信息不對稱"),
        ("s02-q023", "資訊不對稱"),
    ],
)
def test_typed_in_either_script_matches_the_converted_key(bundles, script, qid, typed):
    question = next(q for q in bundles[script].questions if q.id == qid)
    if typed == "資訊不對稱":  # Taiwan's vocabulary is not the course's word
        assert not grade(question, typed).correct
    else:
        assert grade(question, typed).correct


@pytest.mark.parametrize("script", [TRADITIONAL, HONG_KONG])
def test_every_converted_short_answer_key_folds_back_to_its_source(bundles, script):
    pairs = zip(bundles["hans"].questions, bundles[script].questions, strict=True)
    for source, converted in pairs:
        if source.type == "short":
            assert [normalise_answer(a) for a in converted.answers] == [
                normalise_answer(a) for a in source.answers
            ], source.id
