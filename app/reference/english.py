"""English names of the course's parts (``content/english.yaml``): the ``en-US`` entry of
the language maps in the learning records an LRS receives. The course is taught in Chinese;
these names let an LRS administrator or an English BI report tell activities apart.

Read name by name: a name that is not one line of text, or names an id the course does not
have, is reported by ``content check`` with its line and left out; the rest still apply."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.common.problems import Problem
from app.common.rules import CONFIG
from app.common.yamlfile import display_path, load_yaml_document

MAX_NAME = 160
KINDS = ("sections", "lessons", "scenarios")


@dataclass(frozen=True)
class EnglishFile:
    __pydantic_config__ = CONFIG
    course: Any = ""
    sections: Any = None
    lessons: Any = None
    scenarios: Any = None


@dataclass(frozen=True, slots=True)
class EnglishNames:
    course: str = ""
    sections: dict[str, str] = field(default_factory=dict)
    lessons: dict[str, str] = field(default_factory=dict)
    scenarios: dict[str, str] = field(default_factory=dict)


def _name(value: object) -> str | None:
    if isinstance(value, str) and value.strip() and "\n" not in value.strip() \
            and len(value) <= MAX_NAME:  # fmt: skip
        return value.strip()
    return None


def load_english(path: Path, base: Path, problems: list[Problem],
                 known: dict[str, set[str]]) -> EnglishNames:  # fmt: skip
    """``known``: the course's ids per kind ("sections", "lessons", "scenarios")."""
    from pydantic import TypeAdapter

    if not path.exists():
        return EnglishNames()
    loaded = load_yaml_document(path, TypeAdapter(EnglishFile), base, problems)
    if loaded is None:
        return EnglishNames()
    doc, parsed = loaded
    shown = display_path(path, base)
    bad = f"a name is one line of text of at most {MAX_NAME} characters"
    course = _name(doc.course) if doc.course else ""
    if course is None:
        problems.append(Problem(shown, parsed.line_for(("course",)), "invalid", bad))
        course = ""
    kept: dict[str, dict[str, str]] = {}
    for kind in KINDS:
        raw = getattr(doc, kind)
        kept[kind] = {}
        if raw is None:
            continue
        if not isinstance(raw, dict):
            problems.append(Problem(shown, parsed.line_for((kind,)), "invalid",
                                    f"{kind} maps ids to names"))  # fmt: skip
            continue
        for ident, value in raw.items():
            line = parsed.line_for((kind, ident))
            name = _name(value)
            if str(ident) not in known.get(kind, set()):
                problems.append(Problem(shown, line, "broken-reference",
                                        f"{kind[:-1]} '{ident}' is not in the course"))  # fmt: skip
            elif name is None:
                problems.append(Problem(shown, line, "invalid", f"'{ident}': {bad}"))
            else:
                kept[kind][str(ident)] = name
    return EnglishNames(course, kept["sections"], kept["lessons"], kept["scenarios"])
