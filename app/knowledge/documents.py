"""Turn the course into plain-text search documents: one per lesson section, case section,
glossary term, phrase, question explanation, role-play turn and desk checklist.

Always built from the Simplified bundle; queries are folded to Simplified too, so a query in
either script finds the same things.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

KINDS = ("lesson", "case", "term", "phrase", "question", "scenario", "checklist", "note")

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ADMONITION = re.compile(r'^\s*!!!\s*\w+(?:\s+"([^"]*)")?\s*$', re.M)
_MARKUP = re.compile(r"[*_`>#|]+|^\s*[-+]\s+|^\s*\d+\.\s+|^-{3,}\s*$", re.M)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Document:
    kind: str
    ref: str  # lesson id, case id, term id, phrase id, question id
    section: int  # 1-based section of a lesson or case; 0 otherwise
    title: str
    body: str
    topic: str  # course section ids (s01 …), space-separated
    target: str  # where opening it leads: "lesson-id#N", "case:ID#N", "term:ID",
    # "scenario:ID", "desk:ID", …


def plain_text(markdown: str) -> str:
    """Markdown without its markup, for indexing and snippets."""
    text = _LINK.sub(r"\1", markdown)
    text = _ADMONITION.sub(lambda m: m.group(1) or "", text)
    text = _MARKUP.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def course_documents(bundle) -> Iterator[Document]:
    lesson_topic = {lid: lesson.section for lid, lesson in bundle.lessons.items()}

    def topic_of(ref: str) -> str:
        return lesson_topic.get(ref.split("#")[0], "")

    for lid, lesson in bundle.lessons.items():
        for s in lesson.sections:
            yield Document(
                "lesson",
                lid,
                s.number,
                f"{lesson.title} · {s.title}",
                plain_text(s.markdown),
                lesson.section,
                f"{lid}#{s.number}",
            )
    for cid, case in bundle.cases.items():
        for s in case.sections:
            yield Document(
                "case",
                cid,
                s.number,
                f"{case.title} · {s.title}",
                plain_text(s.markdown),
                " ".join(case.topics),
                f"case:{cid}#{s.number}",
            )
    for t in bundle.glossary.values():
        names = " / ".join([t.term, *t.aliases])
        yield Document(
            "term", t.id, 0, f"{t.term}（{t.en}）", f"{names} {t.en} {t.definition}",
            topic_of(t.lesson), f"term:{t.id}",
        )  # fmt: skip
    for g in bundle.phrase_groups:
        for p in g.phrases:
            body = f"{p.situation} 建议：{p.say} 避免：{p.avoid} 原因：{p.why}"
            yield Document(
                "phrase", p.id, 0, f"{g.title} · {p.situation}", body,
                topic_of(p.lesson), f"phrase:{p.id}",
            )  # fmt: skip
    for q in bundle.questions:
        stem = plain_text(q.stem)
        body = f"{q.customer} {stem} {plain_text(q.explanation)}".strip()
        yield Document(
            "question", q.id, 0, stem[:60], body, q.topic, q.lesson or f"question:{q.id}"
        )
    for sid, sc in bundle.scenarios.items():
        yield Document("scenario", sid, 0, sc.title, sc.intro, "", f"scenario:{sid}")
        for node in sc.nodes.values():
            replies = " ".join(f"{c.text} {c.principle} {c.feedback}" for c in node.choices)
            yield Document(
                "scenario", sid, 0, sc.title, f"{node.customer} {replies}", "", f"scenario:{sid}"
            )
    for c in bundle.checklists:
        yield Document(
            "checklist", c.id, 0, c.title, f"{c.when} " + " ".join(c.items),
            topic_of(c.lesson), f"desk:{c.id}",
        )  # fmt: skip
