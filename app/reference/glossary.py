"""The glossary (``content/glossary.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.common.problems import Problem
from app.common.script import AS_WRITTEN
from app.common.yamlfile import display_path, load_yaml_document, report_duplicates


@dataclass(frozen=True)
class GlossaryTerm:
    id: str = field(metadata=AS_WRITTEN)
    term: str
    en: str = field(metadata=AS_WRITTEN)
    definition: str
    lesson: str = field(metadata=AS_WRITTEN)  # "lesson-id" or "lesson-id#N"
    aliases: tuple[str, ...] = ()
    # sort key, e.g. "ping heng dian" (computed when content is loaded)
    pinyin: str = field(default="", metadata=AS_WRITTEN)


def load_glossary(path: Path, base: Path, problems: list[Problem]):
    """Terms by id, and the line of each term's lesson reference (for reference checks)."""
    from app.reference.schema import GlossarySchema

    if not path.exists():
        return {}, {}
    loaded = load_yaml_document(path, GlossarySchema, base, problems)
    if loaded is None:
        return {}, {}
    doc, parsed = loaded
    report_duplicates(
        [(t.id, parsed.line_for(("terms", i, "id"))) for i, t in enumerate(doc.terms)],
        display_path(path, base),
        "term",
        problems,
    )
    terms: dict[str, GlossaryTerm] = {}
    lines: dict[str, int] = {}
    for i, t in enumerate(doc.terms):
        if t.id in terms:  # reported above; the first definition stands
            continue
        terms[t.id] = GlossaryTerm(
            t.id, t.term, t.en, t.definition, t.lesson, tuple(t.aliases), pinyin_key(t.term)
        )
        lines[t.id] = parsed.line_for(("terms", i, "lesson"))
    return terms, lines


def pinyin_key(text: str) -> str:
    """Pinyin of ``text`` for alphabetical order (重复 → "chong fu": phrases pick the right
    reading). Computed once per content version, so the app never loads pypinyin to show
    the glossary."""
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(text)).lower()
