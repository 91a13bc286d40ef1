"""The phrase library (``content/phrases.yaml``): what to say, what to avoid, and why.

The dataclasses are the one declaration: what the app uses, what script conversion leaves
alone (``AS_WRITTEN``) and, through their annotations, what pydantic checks in the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from app.common.problems import Problem
from app.common.rules import CONFIG, Id, Rule, Text
from app.common.script import AS_WRITTEN
from app.common.yamlfile import display_path, load_yaml_document, report_duplicates


@dataclass(frozen=True, slots=True)
class Phrase:
    __pydantic_config__ = CONFIG
    id: Id = field(metadata=AS_WRITTEN)
    situation: Text
    say: Text
    avoid: Text
    why: Text
    lesson: Text = field(metadata=AS_WRITTEN)


@dataclass(frozen=True, slots=True)
class PhraseGroup:
    __pydantic_config__ = CONFIG
    id: Id = field(metadata=AS_WRITTEN)
    title: Text
    step: Text
    phrases: Annotated[tuple[Phrase, ...], Rule(min_length=1)]


@dataclass(frozen=True)
class PhrasesFile:
    __pydantic_config__ = CONFIG
    groups: Annotated[tuple[PhraseGroup, ...], Rule(min_length=1)]


def load_phrases(path: Path, base: Path, problems: list[Problem]):
    """(groups, {phrase id: line of its lesson reference})."""
    from pydantic import TypeAdapter

    if not path.exists():
        return (), {}
    loaded = load_yaml_document(path, TypeAdapter(PhrasesFile), base, problems)
    if loaded is None:
        return (), {}
    doc, parsed = loaded
    lines: dict[str, int] = {}
    ids: list[tuple[str, int]] = []
    for gi, g in enumerate(doc.groups):
        for pi, p in enumerate(g.phrases):
            lines[p.id] = parsed.line_for(("groups", gi, "phrases", pi, "lesson"))
            ids.append((p.id, parsed.line_for(("groups", gi, "phrases", pi, "id"))))
    report_duplicates(ids, display_path(path, base), "phrase", problems)
    return doc.groups, lines
