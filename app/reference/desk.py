"""Desk checklists (``content/desk.yaml``): short prompts to keep at hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.common.problems import Problem
from app.common.script import AS_WRITTEN
from app.common.yamlfile import display_path, load_yaml_document, report_duplicates


@dataclass(frozen=True)
class Checklist:
    """A desk checklist (content/desk.yaml): short prompts to keep at hand."""

    id: str = field(metadata=AS_WRITTEN)
    title: str
    when: str
    lesson: str = field(metadata=AS_WRITTEN)
    items: tuple[str, ...]


def load_checklists(path: Path, base: Path, problems: list[Problem]):
    """(checklists, {id: line of its lesson reference})."""
    from app.reference.schema import DeskSchema

    if not path.exists():
        return (), {}
    loaded = load_yaml_document(path, DeskSchema, base, problems)
    if loaded is None:
        return (), {}
    doc, parsed = loaded
    lines = {
        c.id: parsed.line_for(("checklists", i, "lesson")) for i, c in enumerate(doc.checklists)
    }
    ids = [(c.id, parsed.line_for(("checklists", i, "id"))) for i, c in enumerate(doc.checklists)]
    report_duplicates(ids, display_path(path, base), "checklist", problems)
    lists = tuple(
        Checklist(c.id, c.title, c.when, c.lesson, tuple(c.items)) for c in doc.checklists
    )
    return lists, lines
