"""The phrase library (``content/phrases.yaml``): what to say, what to avoid, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.common.problems import Problem
from app.common.script import AS_WRITTEN
from app.common.yamlfile import display_path, load_yaml_document, report_duplicates


@dataclass(frozen=True)
class Phrase:
    id: str = field(metadata=AS_WRITTEN)
    situation: str
    say: str
    avoid: str
    why: str
    lesson: str = field(metadata=AS_WRITTEN)


@dataclass(frozen=True)
class PhraseGroup:
    id: str = field(metadata=AS_WRITTEN)
    title: str
    step: str
    phrases: tuple[Phrase, ...]


def load_phrases(path: Path, base: Path, problems: list[Problem]):
    """(groups, {phrase id: line of its lesson reference})."""
    from app.reference.schema import PhrasesSchema

    if not path.exists():
        return (), {}
    loaded = load_yaml_document(path, PhrasesSchema, base, problems)
    if loaded is None:
        return (), {}
    doc, parsed = loaded
    lines: dict[str, int] = {}
    ids: list[tuple[str, int]] = []
    groups = []
    for gi, g in enumerate(doc.groups):
        phrases = []
        for pi, p in enumerate(g.phrases):
            lines[p.id] = parsed.line_for(("groups", gi, "phrases", pi, "lesson"))
            ids.append((p.id, parsed.line_for(("groups", gi, "phrases", pi, "id"))))
            phrases.append(Phrase(p.id, p.situation, p.say, p.avoid, p.why, p.lesson))
        groups.append(PhraseGroup(g.id, g.title, g.step, tuple(phrases)))
    report_duplicates(ids, display_path(path, base), "phrase", problems)
    return tuple(groups), lines
