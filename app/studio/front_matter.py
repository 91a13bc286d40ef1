"""Front matter as an editor writes it back: the keys in the order the content format shows
them, values quoted only where YAML would read them otherwise, short lists on one line as
the bundled files write them. Text that did not change keeps its own lines (and comments)."""

from __future__ import annotations

import json
from typing import Any

from app.common.frontmatter import YamlProblem, parse_yaml


def _reads_back(line: str, key: str, value: Any) -> bool:
    try:
        data = parse_yaml(line).data
    except YamlProblem:
        return False
    return isinstance(data, dict) and data.get(key) == value


def scalar(key: str, value: Any) -> str:
    """``key: value`` with the value plain when YAML reads it back as written."""
    if isinstance(value, str):
        line = f"{key}: {value}"
        if value.strip() == value and value and _reads_back(line, key, value):
            return line
        return f"{key}: {json.dumps(value, ensure_ascii=False)}"  # a YAML double-quoted scalar
    if value is None:
        return f"{key}:"
    return f"{key}: {json.dumps(value, ensure_ascii=False)}"


def dump_front(front: dict[str, Any], order: tuple[str, ...], flow: tuple[str, ...]) -> str:
    """The front matter's lines (without the ``---`` around them), ending in a newline."""
    lines: list[str] = []
    for key in [*[k for k in order if k in front], *[k for k in front if k not in order]]:
        value = front[key]
        if isinstance(value, list) and key in flow and all(isinstance(v, str) for v in value):
            items = ", ".join(value)
            line = f"{key}: [{items}]"
            if not _reads_back(line, key, value):
                items = ", ".join(json.dumps(v, ensure_ascii=False) for v in value)
                line = f"{key}: [{items}]"
            lines.append(line)
        elif isinstance(value, list):
            lines.append(f"{key}:" if value else f"{key}: []")
            lines += ["  - " + scalar("k", v)[3:] if not isinstance(v, (list, dict))
                      else "  - " + json.dumps(v, ensure_ascii=False) for v in value]  # fmt: skip
        elif isinstance(value, dict):
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
        else:
            lines.append(scalar(key, value))
    return "".join(f"{line}\n" for line in lines)
