"""The generic converter (fields marked ``unconverted()`` stay) gives exactly what the
hand-written per-type conversion gave, on the whole bundled course."""

from dataclasses import replace

from app.common.script import TRADITIONAL, convert_strings
from app.content.loader import load_content
from app.content.script import convert_bundle
from app.paths import assets_dir, content_dir


def test_generic_conversion_equals_the_hand_written_one():
    bundle = load_content(content_dir(), assets_dir())
    old = convert_bundle(bundle, TRADITIONAL)
    new = replace(convert_strings(bundle), script=TRADITIONAL)
    assert new.lessons == old.lessons
    assert new.course == old.course
    assert new.glossary == old.glossary
    assert new.phrase_groups == old.phrase_groups
    assert new.syllabus == old.syllabus
    assert new.questions == old.questions
    assert new.cases == old.cases
    assert new.scenarios == old.scenarios
    assert new.checklists == old.checklists
    assert new == old
