"""The syllabus map (``content/syllabus/``): the items of the standard, and where each is
taught (``taught-*.yaml``).

``SyllabusItem`` is the one declaration of an item (``taught_in`` is gathered from the taught
files). A taught file's entries keep a small pydantic model (``app.reference.schema``): their
key ``in`` is a Python keyword, so it cannot be a dataclass field."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated

from app.common.problems import Problem
from app.common.rules import CONFIG, Derived, Id, Rule, Text
from app.common.script import AS_WRITTEN
from app.common.yamlfile import display_path, load_yaml_document, report_duplicates


@dataclass(frozen=True, slots=True)
class SyllabusItem:
    __pydantic_config__ = CONFIG
    id: Id = field(metadata=AS_WRITTEN)
    section: Text = field(metadata=AS_WRITTEN)
    text: Text
    # "lesson-id#N" references
    taught_in: Annotated[tuple[str, ...], Derived()] = field(default=(), metadata=AS_WRITTEN)


@dataclass(frozen=True)
class SyllabusItemsFile:
    __pydantic_config__ = CONFIG
    items: Annotated[tuple[SyllabusItem, ...], Rule(min_length=1)]


def load_syllabus(folder: Path, base: Path, problems: list[Problem]):
    """Items from ``items.yaml`` with where each is taught, from every ``taught-*.yaml``."""
    from pydantic import TypeAdapter

    from app.reference.schema import TaughtFileSchema

    items_file = folder / "items.yaml"
    if not items_file.exists():
        return (), []
    loaded = load_yaml_document(items_file, TypeAdapter(SyllabusItemsFile), base, problems)
    if loaded is None:
        return (), []
    doc, parsed = loaded
    shown_items = display_path(items_file, base)
    report_duplicates(
        [(it.id, parsed.line_for(("items", i, "id"))) for i, it in enumerate(doc.items)],
        shown_items,
        "syllabus item",
        problems,
    )
    known = {it.id for it in doc.items}
    taught: dict[str, list[str]] = {it.id: [] for it in doc.items}
    refs: list[tuple[str, int, str]] = []  # (file, line, "lesson#N") to check later
    for taught_file in sorted(folder.glob("taught-*.yaml")):
        loaded_t = load_yaml_document(taught_file, TaughtFileSchema, base, problems)
        if loaded_t is None:
            continue
        tdoc, tparsed = loaded_t
        shown = display_path(taught_file, base)
        for i, entry in enumerate(tdoc.taught):
            line = tparsed.line_for(("taught", i, "item"))
            if entry.item not in known:
                problems.append(
                    Problem(
                        shown, line, "broken-reference", f"unknown syllabus item '{entry.item}'"
                    )
                )
                continue
            for j, ref in enumerate(entry.in_):
                taught[entry.item].append(ref)
                refs.append((shown, tparsed.line_for(("taught", i, "in", j)), ref))
    for i, it in enumerate(doc.items):
        if not taught[it.id]:
            problems.append(
                Problem(
                    shown_items,
                    parsed.line_for(("items", i, "id")),
                    "untaught",
                    f"syllabus item '{it.id}' is not taught by any lesson "
                    "section (add it to a taught-*.yaml file)",
                )
            )
    items = tuple(replace(it, taught_in=tuple(taught[it.id])) for it in doc.items)
    return items, refs
