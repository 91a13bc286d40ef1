"""The whole course as plain text in one edition, for a reviewer to read and grep.

``content export --lang zh-TW OUT`` writes every lesson, case, scenario, glossary term, phrase,
checklist, syllabus item and question, each under a heading ``## kind id — title`` and with
every field a reader needs below it (ids a reader follows, such as a scenario choice's next
node, included; file names, line numbers and sort keys left out). The fields are found from
the dataclasses, so a field added to a kind shows up here without a change.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from app.common.script import SIMPLIFIED, converter_for
from app.course.model import ContentBundle

# Fields that say where a thing came from or how to sort it: not for a reader of the text.
_SKIP = frozenset({
    "source", "line", "lines", "field_lines", "digest", "problems", "skipped_files", "script",
    "pinyin", "exams",
})  # fmt: skip
# Fields whose own fields are listed as the item's: a lesson's body (its intro, sections).
_FLAT = frozenset({"body"})
_TITLE_FIELDS = ("title", "term", "name", "stem", "text")

# The course teaches mainland rules; shown at the top of a Traditional edition (written here in
# Simplified, converted with the edition).
JURISDICTION_NOTE = (
    "适用范围：本课程讲授的是中国大陆的法规和监管要求。台湾和香港的消费者保护及金融监管"
    "规则与此不同；在当地处理投诉时，请以当地现行规定为准。"
)

EDITIONS = {"zh-CN": "简体中文版", "zh-TW": "繁体中文（台湾）版", "zh-HK": "繁体中文（香港）版"}


def export_text(bundle: ContentBundle, lang: str) -> str:
    """``bundle`` (in the edition's script already) as text; ``lang`` names the edition."""
    convert = converter_for(bundle.script)
    out = [f"# {bundle.course.title} — {convert(EDITIONS.get(lang, lang))} ({lang})", ""]
    if bundle.script != SIMPLIFIED:
        out += [convert(JURISDICTION_NOTE), ""]
    out += _item("course", bundle.course.id, bundle.course)
    kinds: list[tuple[str, Any]] = [
        ("lesson", bundle.lessons.values()),
        ("case", bundle.cases.values()),
        ("scenario", bundle.scenarios.values()),
        ("glossary", bundle.glossary.values()),
        ("phrases", bundle.phrase_groups),
        ("checklist", bundle.checklists),
        ("syllabus", bundle.syllabus),
        ("question", bundle.questions),
    ]
    for kind, items in kinds:
        for item in items:
            out += _item(kind, getattr(item, "id", ""), item)
    return "\n".join(out).rstrip() + "\n"


def _item(kind: str, item_id: str, value) -> list[str]:
    title = next((getattr(value, f) for f in _TITLE_FIELDS if isinstance(
        getattr(value, f, None), str)), "")  # fmt: skip
    title = title.splitlines()[0] if title else ""
    lines = [f"## {kind} {item_id} — {title}".rstrip(" —"), ""]
    _fields(value, 0, lines)
    lines.append("")
    return lines


def _fields(value, depth: int, lines: list[str]) -> None:
    if hasattr(value, "unpacked"):  # a lesson whose body the cache left encoded
        value = value.unpacked()
    for f in dataclasses.fields(value):
        if f.name in _SKIP or not f.init:
            continue
        if f.name in _FLAT:
            _fields(getattr(value, f.name), depth, lines)
        else:
            _entry(f.name, getattr(value, f.name), depth, lines)


def _entry(label: str, value, depth: int, lines: list[str]) -> None:
    pad = "  " * depth
    if value is None or value == "" or value == () or value == {} or value == []:
        return
    if isinstance(value, str):
        if "\n" in value:
            lines.append(f"{pad}{label}:")
            lines += [f"{pad}  {row}".rstrip() for row in value.strip("\n").splitlines()]
        else:
            lines.append(f"{pad}{label}: {value}")
    elif isinstance(value, bool | int | float):
        lines.append(f"{pad}{label}: {value}")
    elif dataclasses.is_dataclass(value):
        lines.append(f"{pad}{label}:")
        _fields(value, depth + 1, lines)
    elif isinstance(value, dict):
        lines.append(f"{pad}{label}:")
        for key, item in value.items():
            _entry(str(key), item, depth + 1, lines)
    elif isinstance(value, tuple | list):
        if all(isinstance(v, str) and "\n" not in v for v in value):
            lines.append(f"{pad}{label}: " + " | ".join(value))
        else:
            lines.append(f"{pad}{label}:")
            for i, item in enumerate(value, 1):
                _entry(f"{i}", item, depth + 1, lines)
    else:
        lines.append(f"{pad}{label}: {value}")
