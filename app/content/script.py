"""Show Simplified-Chinese content in Traditional script through OpenCC.

Authors write Simplified only. ``s2twp`` also converts vocabulary (信息 → 資訊), which is what
readers of Traditional expect. The converter is built once per process; converted bundles
are cached on disk by ``cache.py``, so this runs once per content change.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from app.content.model import (
    ContentBundle,
    Course,
    CourseSection,
    LessonSection,
    Phrase,
    PhraseGroup,
    SyllabusItem,
)

SIMPLIFIED = "zh-Hans"
TRADITIONAL = "zh-Hant"


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


# Words where s2twp's Taiwan phrasing is wrong for this course, and what to write instead: it
# turns 用户 (a customer of a bank, a telecom or an app) into 使用者 (a user of software), so
# "老用户" would read 老使用者. They are shielded from the converter with private-use markers.
KEEP_IN_TRADITIONAL = {"用户": "用戶"}


def to_traditional(text: str) -> str:
    if not text:
        return text
    marks = {}
    for i, (simplified, traditional) in enumerate(KEEP_IN_TRADITIONAL.items()):
        mark = chr(0xE000 + i)
        marks[mark] = traditional
        text = text.replace(simplified, mark)
    out = _converter("s2twp").convert(text)
    for mark, traditional in marks.items():
        out = out.replace(mark, traditional)
    return out


def to_simplified(text: str) -> str:
    """Fold Traditional (or mixed) text to Simplified, e.g. for matching answers and queries."""
    return _converter("t2s").convert(text) if text else text


def convert_bundle(bundle: ContentBundle, script: str) -> ContentBundle:
    if script == bundle.script:
        return bundle
    if script != TRADITIONAL or bundle.script != SIMPLIFIED:
        raise ValueError(f"cannot convert {bundle.script} to {script}")
    t = to_traditional
    lessons = {
        lid: replace(
            lsn,
            title=t(lsn.title),
            objectives=tuple(map(t, lsn.objectives)),
            key_terms=tuple(map(t, lsn.key_terms)),
            intro=t(lsn.intro),
            sections=tuple(
                LessonSection(s.number, t(s.title), t(s.markdown), t(s.notes), s.line)
                for s in lsn.sections
            ),
        )
        for lid, lsn in bundle.lessons.items()
    }
    c = bundle.course
    course = Course(
        c.id,
        t(c.title),
        c.version,
        tuple(CourseSection(s.id, s.number, t(s.title), s.lesson_ids) for s in c.sections),
    )
    glossary = {
        k: replace(g, term=t(g.term), definition=t(g.definition), aliases=tuple(map(t, g.aliases)))
        for k, g in bundle.glossary.items()
    }
    groups = tuple(
        PhraseGroup(
            g.id,
            t(g.title),
            t(g.step),
            tuple(
                Phrase(p.id, t(p.situation), t(p.say), t(p.avoid), t(p.why), p.lesson)
                for p in g.phrases
            ),
        )
        for g in bundle.phrase_groups
    )
    questions = tuple(_question_to_traditional(q) for q in bundle.questions)
    scenarios = {k: _scenario_to_traditional(v) for k, v in bundle.scenarios.items()}
    cases = {
        k: replace(
            c,
            title=t(c.title),
            sections=tuple(
                LessonSection(s.number, t(s.title), t(s.markdown), t(s.notes), s.line)
                for s in c.sections
            ),
        )
        for k, c in bundle.cases.items()
    }
    syllabus = tuple(SyllabusItem(i.id, i.section, t(i.text), i.taught_in) for i in bundle.syllabus)
    checklists = tuple(
        replace(c, title=t(c.title), when=t(c.when), items=tuple(map(t, c.items)))
        for c in bundle.checklists
    )
    return bundle.with_script(
        TRADITIONAL,
        checklists=checklists,
        lessons=lessons,
        course=course,
        glossary=glossary,
        phrase_groups=groups,
        syllabus=syllabus,
        questions=questions,
        cases=cases,
        scenarios=scenarios,
    )


def _question_to_traditional(q):
    t = to_traditional
    from app.quiz.model import Option

    return replace(
        q,
        stem=t(q.stem),
        explanation=t(q.explanation),
        customer=t(q.customer),
        options=tuple(Option(t(o.text), o.correct, t(o.feedback)) for o in q.options),
        items=tuple(map(t, q.items)),
        pairs=tuple((t(a), t(b)) for a, b in q.pairs),
        answers=tuple(map(t, q.answers)),
    )


def _scenario_to_traditional(s):
    from app.scenario.model import Choice, Ending

    t = to_traditional
    nodes = {
        k: replace(
            n,
            customer=t(n.customer),
            choices=tuple(
                Choice(
                    t(c.text), c.next, c.emotion, c.scores, t(c.feedback), t(c.principle), c.lesson
                )
                for c in n.choices
            ),
        )
        for k, n in s.nodes.items()
    }
    endings = {k: Ending(e.id, e.kind, t(e.title), t(e.text)) for k, e in s.endings.items()}
    return replace(s, title=t(s.title), intro=t(s.intro), nodes=nodes, endings=endings)


def script_for_language(lang: str) -> str:
    return TRADITIONAL if lang.lower() in ("zh-tw", "zh_tw", "zh-hant", "zh-hk") else SIMPLIFIED
