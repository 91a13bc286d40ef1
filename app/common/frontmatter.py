"""YAML parsing that remembers line numbers, so every problem can name its line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.common.problems import Problem


class YamlProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class ParsedYaml:
    data: Any
    key_lines: dict[tuple[str | int, ...], int] = field(default_factory=dict)
    first_line: int = 1

    def line_for(self, loc: tuple[str | int, ...]) -> int:
        """Best line for a pydantic error location: the deepest key that we know."""
        for n in range(len(loc), 0, -1):
            line = self.key_lines.get(tuple(loc[:n]))
            if line is not None:
                return line
        return self.first_line


def parse_yaml(text: str, first_line: int = 1) -> ParsedYaml:
    """Parse YAML text that starts at ``first_line`` of its file."""
    offset = first_line - 1
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        # An unclosed bracket or quote is noticed lines later; the line where the construct
        # began (context_mark) is where the author has to look.
        problem = getattr(exc, "problem_mark", None)
        context = getattr(exc, "context_mark", None)
        mark = context or problem
        line = (mark.line + 1 + offset) if mark is not None else first_line
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if context is not None and getattr(exc, "context", None):
            reason = f"{exc.context}: {reason}"
            if problem is not None and problem.line != context.line:
                reason += f" (noticed at line {problem.line + 1 + offset})"
        raise YamlProblem(line, f"invalid YAML: {reason}") from None
    parsed = ParsedYaml(data=data, first_line=first_line)
    if node is not None:
        _collect_lines(node, (), parsed.key_lines, offset)
    return parsed


def _collect_lines(node: yaml.Node, path: tuple, out: dict, offset: int) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = (*path, key_node.value)
            out[key] = key_node.start_mark.line + 1 + offset
            _collect_lines(value_node, key, out, offset)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            key = (*path, i)
            out[key] = item.start_mark.line + 1 + offset
            _collect_lines(item, key, out, offset)


@dataclass
class SplitDocument:
    front: str
    body: str
    body_first_line: int  # line number of the body's first line in the file


def split_front_matter(text: str) -> SplitDocument:
    """Split ``---``-delimited front matter; raise YamlProblem if it is missing or unclosed."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise YamlProblem(1, "missing YAML front matter: the file must start with a '---' line")
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return SplitDocument("".join(lines[1:i]), "".join(lines[i + 1 :]), i + 2)
    raise YamlProblem(1, "front matter is not closed: add a '---' line after it")


def validate(schema: Any, data: Any) -> Any:
    """Validate ``data`` with a pydantic model class or a ``TypeAdapter`` (of a dataclass)."""
    if hasattr(schema, "model_validate"):
        return schema.model_validate(data)
    return schema.validate_python(data)


def pydantic_problems(exc: Any, parsed: ParsedYaml) -> list[tuple[int, str, str]]:
    """Turn a pydantic ValidationError into (line, kind, message) triples authors understand."""
    out = []
    errors = exc.errors()
    inner = {tuple(e.get("loc", ()))[:n] for e in errors for n in range(len(e.get("loc", ())))}
    for err in errors:
        loc = tuple(err.get("loc", ()))
        where = ".".join(str(p) for p in loc) or "(document)"
        typ = err.get("type", "")
        if typ in ("too_short", "too_long") and loc in inner:
            continue  # a tuple counts only its valid items; the items' own errors say more
        if typ == "missing":
            out.append((parsed.line_for(loc[:-1]), "missing-field", f"missing field '{where}'"))
        elif typ in ("extra_forbidden", "unexpected_keyword_argument"):
            out.append((parsed.line_for(loc), "unknown-field", f"unknown field '{where}'"))
        elif typ == "value_error":  # a rule of the whole item (e.g. "exactly 1 correct")
            msg = str(err["msg"]).removeprefix("Value error, ")
            out.append((parsed.line_for(loc), "invalid", f"'{where}': {msg}"))
        else:
            got = err.get("input")
            shown = repr(got) if not isinstance(got, (dict, list)) else type(got).__name__
            # Dataclass fields hold tuples; the author wrote a YAML list.
            msg = str(err["msg"]).replace("Tuple should", "List should")
            msg = msg.replace("a valid tuple", "a valid list")
            if typ in ("dataclass_type", "model_type"):  # not the name of a Python class
                msg = "Input should be a mapping of 'key: value' lines"
            out.append(
                (parsed.line_for(loc), "wrong-type", f"field '{where}': {msg} (got {shown})")
            )
    return out


def read_document(
    path: Path, shown: str, schema: Any, problems: list[Problem]
) -> tuple[SplitDocument, ParsedYaml, Any] | None:
    """Read a Markdown file's front matter and validate it against ``schema``.

    Lessons and cases share this so a broken file is reported the same way wherever it is:
    every failure becomes a Problem naming the file and line, and the caller skips the file.
    """
    from pydantic import ValidationError

    parsed: ParsedYaml | None = None
    try:
        doc = split_front_matter(path.read_text(encoding="utf-8-sig"))
        parsed = parse_yaml(doc.front, first_line=2)
        parsed.first_line = 1  # a missing key is reported at the opening '---'
        if not isinstance(parsed.data, dict):
            raise YamlProblem(2, "front matter must be a mapping of 'key: value' lines")
        meta = validate(schema, parsed.data)
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, 1, "encoding", f"not UTF-8 text ({exc.reason})"))
        return None
    except YamlProblem as exc:
        problems.append(Problem(shown, exc.line, "yaml", exc.message))
        return None
    except ValidationError as exc:
        assert parsed is not None
        for line, kind, msg in pydantic_problems(exc, parsed):
            problems.append(Problem(shown, line, kind, msg))
        return None
    return doc, parsed, meta
