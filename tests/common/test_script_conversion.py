"""Script conversion is driven by the dataclasses: every str is converted except the fields
declared ``field(metadata=AS_WRITTEN)`` (ids, references, sources, lines). (That the generic
converter gives exactly what the earlier per-type conversion gave on the whole course was
checked before that code was removed: see the commit adding app/common/script.py.)"""

from dataclasses import dataclass, field

from app.common.script import AS_WRITTEN, TRADITIONAL, convert_strings
from app.course.library import load_library
from app.paths import assets_dir, content_dir


def test_the_traditional_bundle_converts_text_but_not_ids_refs_or_sources():
    hans = load_library(content_dir(), assets_dir())
    hant = load_library(content_dir(), assets_dir(), TRADITIONAL)
    assert hant.script == TRADITIONAL and hant.digest == hans.digest
    assert hant.problems == hans.problems and hant.skipped_files == hans.skipped_files
    assert hant.course.title != hans.course.title
    assert [s.id for s in hant.course.sections] == [s.id for s in hans.course.sections]
    assert [s.lesson_ids for s in hant.course.sections] == [
        s.lesson_ids for s in hans.course.sections
    ]
    changed_titles = 0
    for lid, lesson in hans.lessons.items():
        other = hant.lessons[lid]
        assert (other.id, other.section, other.related, other.source, other.links) == (
            lesson.id, lesson.section, lesson.related, lesson.source, lesson.links
        )  # fmt: skip
        assert other.field_lines == lesson.field_lines
        assert [s.line for s in other.sections] == [s.line for s in lesson.sections]
        changed_titles += other.title != lesson.title
        assert other.sections[0].markdown != lesson.sections[0].markdown
    assert changed_titles > len(hans.lessons) // 2
    for q, other in zip(hans.questions, hant.questions, strict=True):
        assert (other.id, other.type, other.topic, other.lesson, other.source) == (
            q.id, q.type, q.topic, q.lesson, q.source
        )  # fmt: skip
    assert any(o.stem != q.stem for q, o in zip(hans.questions, hant.questions, strict=True))
    for sid, s in hans.scenarios.items():
        other = hant.scenarios[sid]
        assert (other.start, other.industry, other.source, other.lines) == (
            s.start, s.industry, s.source, s.lines
        )  # fmt: skip
        for nid, node in s.nodes.items():
            assert [(c.next, c.lesson, c.scores) for c in other.nodes[nid].choices] == [
                (c.next, c.lesson, c.scores) for c in node.choices
            ]
        assert {e.kind for e in other.endings.values()} == {e.kind for e in s.endings.values()}
    for cid, case in hans.cases.items():
        other = hant.cases[cid]
        assert (other.industry, other.outcome, other.topics, other.lessons, other.pair) == (
            case.industry, case.outcome, case.topics, case.lessons, case.pair
        )  # fmt: skip
    for tid, term in hans.glossary.items():
        other = hant.glossary[tid]
        assert (other.en, other.lesson, other.pinyin) == (term.en, term.lesson, term.pinyin)
    for item, other in zip(hans.syllabus, hant.syllabus, strict=True):
        assert (other.id, other.section, other.taught_in) == (
            item.id, item.section, item.taught_in
        )  # fmt: skip
    ids = [(c.id, c.lesson) for c in hans.checklists]
    assert [(c.id, c.lesson) for c in hant.checklists] == ids
    assert [p.lesson for g in hant.phrase_groups for p in g.phrases] == [
        p.lesson for g in hans.phrase_groups for p in g.phrases
    ]


def test_convert_strings_recurses_and_respects_as_written():
    @dataclass(frozen=True)
    class Inner:
        ref: str = field(metadata=AS_WRITTEN)
        text: str

    @dataclass(frozen=True)
    class Outer:
        id: str = field(metadata=AS_WRITTEN)
        items: tuple[Inner, ...]
        by_key: dict[str, Inner]
        pairs: tuple[tuple[str, str], ...]
        count: int = 3

    value = Outer("a", (Inner("r", "x"),), {"k": Inner("r", "y")}, (("p", "q"),))
    out = convert_strings(value, str.upper)
    assert out == Outer("a", (Inner("r", "X"),), {"k": Inner("r", "Y")}, (("P", "Q"),))
