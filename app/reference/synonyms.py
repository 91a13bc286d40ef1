"""Words staff use for the same thing (``content/synonyms.yaml``), for search.

A query with one word of a group also finds the others (顾客发火 finds 客户 and 愤怒). The
course ships a small list; an organisation extends it in its content pack with its own
product names and jargon. ``content check`` reports a group that is not a list of two or more
different words, and a word placed in two groups (which group would it stand for?)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.common.problems import Problem
from app.common.rules import CONFIG
from app.common.yamlfile import display_path, load_yaml_document

MAX_WORD = 20


@dataclass(frozen=True)
class SynonymFile:
    """Groups are checked one by one below, so one bad group costs only itself."""

    __pydantic_config__ = CONFIG
    groups: tuple[Any, ...]


def load_synonyms(path: Path, base: Path, problems: list[Problem]) -> tuple[tuple[str, ...], ...]:
    from pydantic import TypeAdapter

    if not path.exists():
        return ()
    loaded = load_yaml_document(path, TypeAdapter(SynonymFile), base, problems)
    if loaded is None:
        return ()
    doc, parsed = loaded
    shown = display_path(path, base)
    wrong = dict(group_problems(doc.groups))
    for i, problem in wrong.items():
        problems.append(Problem(shown, parsed.line_for(("groups", i)), "invalid", problem))
    return tuple(
        tuple(w.strip() for w in group) for i, group in enumerate(doc.groups) if i not in wrong
    )


def group_problems(groups: Sequence[Any]) -> list[tuple[int, str]]:
    """(index, what is wrong) for each group ``content check`` refuses — the loader's rule,
    and the studio's table's: a group lists two or more different words, none in an earlier
    group. A refused group's words do not count for the groups after it."""
    seen: dict[str, int] = {}
    out: list[tuple[int, str]] = []
    for i, group in enumerate(groups):
        problem = None
        if not isinstance(group, list | tuple) or not all(isinstance(w, str) for w in group):
            problem, words = "a group is a list of words: [客户, 顾客]", []
        else:
            words = [w.strip() for w in group]
        if problem:
            pass
        elif len(words) < 2:
            problem = "a group needs at least two words"
        elif any(not w or len(w) > MAX_WORD for w in words) or len(set(words)) < len(words):
            problem = f"a group lists a word twice, an empty word or one over {MAX_WORD} characters"
        else:
            again = [w for w in words if w in seen]
            if again:
                problem = f"'{again[0]}' is already in group {seen[again[0]] + 1}"
        if problem:
            out.append((i, problem))
            continue
        for w in words:
            seen[w] = i
    return out
