"""The glossary (``content/glossary.yaml``).

``GlossaryTerm`` is the one declaration: what the app uses, what script conversion leaves
alone (``AS_WRITTEN``) and, through its annotations, what pydantic checks in the file
(``pinyin`` is computed here, so an author writing it is told it is an unknown field)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated

from app.common.problems import Problem
from app.common.rules import CONFIG, Derived, Id, Rule, Str, Text
from app.common.script import AS_WRITTEN
from app.common.yamlfile import display_path, load_yaml_document, report_duplicates


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    __pydantic_config__ = CONFIG
    id: Id = field(metadata=AS_WRITTEN)
    term: Text
    en: Text = field(metadata=AS_WRITTEN)
    definition: Annotated[str, Rule(strict=True, min_length=4)]
    lesson: Text = field(metadata=AS_WRITTEN)  # "lesson-id" or "lesson-id#N"
    aliases: tuple[Str, ...] = ()
    # sort key, e.g. "ping heng dian" (computed when content is loaded)
    pinyin: Annotated[str, Derived()] = field(default="", metadata=AS_WRITTEN)


@dataclass(frozen=True)
class GlossaryFile:
    __pydantic_config__ = CONFIG
    terms: Annotated[tuple[GlossaryTerm, ...], Rule(min_length=1)]


def load_glossary(path: Path, base: Path, problems: list[Problem]):
    """Terms by id, and the line of each term's lesson reference (for reference checks)."""
    from pydantic import TypeAdapter

    if not path.exists():
        return {}, {}
    loaded = load_yaml_document(path, TypeAdapter(GlossaryFile), base, problems)
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
        terms[t.id] = replace(t, pinyin=pinyin_key(t.term))
        lines[t.id] = parsed.line_for(("terms", i, "lesson"))
    return terms, lines


def pinyin_key(text: str) -> str:
    """Pinyin of ``text`` for alphabetical order (重复 → "chong fu": phrases pick the right
    reading). Computed once per content version, so the app never loads pypinyin to show
    the glossary."""
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(text)).lower()
