"""Desk checklists (``content/desk.yaml``): short prompts to keep at hand.

``Checklist`` is the one declaration: what the app uses, what script conversion leaves alone
(``AS_WRITTEN``) and, through its annotations, what pydantic checks in the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from app.common.problems import Problem
from app.common.rules import CONFIG, Id, Rule, Str, Text
from app.common.script import AS_WRITTEN
from app.common.yamlfile import display_path, load_yaml_document, report_duplicates


@dataclass(frozen=True, slots=True)
class Checklist:
    """A desk checklist (content/desk.yaml): short prompts to keep at hand."""

    __pydantic_config__ = CONFIG
    id: Id = field(metadata=AS_WRITTEN)
    title: Text
    when: Text
    lesson: Text = field(metadata=AS_WRITTEN)
    items: Annotated[tuple[Str, ...], Rule(min_length=2)]


@dataclass(frozen=True)
class DeskFile:
    __pydantic_config__ = CONFIG
    checklists: Annotated[tuple[Checklist, ...], Rule(min_length=1)]


def load_checklists(path: Path, base: Path, problems: list[Problem]):
    """(checklists, {id: line of its lesson reference})."""
    from pydantic import TypeAdapter

    if not path.exists():
        return (), {}
    loaded = load_yaml_document(path, TypeAdapter(DeskFile), base, problems)
    if loaded is None:
        return (), {}
    doc, parsed = loaded
    lines = {
        c.id: parsed.line_for(("checklists", i, "lesson")) for i, c in enumerate(doc.checklists)
    }
    ids = [(c.id, parsed.line_for(("checklists", i, "id"))) for i, c in enumerate(doc.checklists)]
    report_duplicates(ids, display_path(path, base), "checklist", problems)
    return doc.checklists, lines
