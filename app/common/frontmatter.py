"""YAML parsing that remembers line numbers, so every problem can name its line."""

from __future__ import annotations

import math
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
    # JSON gives ``data`` back as it is (no dates, bytes, sets or keys other than text)
    json_safe: bool = False

    def line_for(self, loc: tuple[str | int, ...]) -> int:
        """Best line for a pydantic error location: the deepest key that we know."""
        for n in range(len(loc), 0, -1):
            line = self.key_lines.get(tuple(loc[:n]))
            if line is not None:
                return line
        return self.first_line


# libyaml's parser when PyYAML was built with it (about 10× faster than the pure one); the
# resolver (which tag a plain scalar gets) is PyYAML's own either way.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR, _SEQ, _MAP = (f"tag:yaml.org,2002:{t}" for t in ("str", "seq", "map"))


class _Loader(FAST_LOADER):  # type: ignore[valid-type,misc]
    """FAST_LOADER with a leaner ``resolve``, which the composer calls for every node: the
    same implicit resolvers (by first character, then the wildcard ones), without the path
    resolvers' bookkeeping (none are registered: checked before this loader is used)."""

    def descend_resolver(self, current_node, current_index) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            if implicit[0]:
                table = self.yaml_implicit_resolvers
                for tag, regexp in table.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
                for tag, regexp in table.get(None, ()):
                    if regexp.match(value):
                        return tag
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


_CONSTRUCTOR = yaml.constructor.SafeConstructor()
# Scalars built by SafeConstructor's own methods: the same values as yaml.safe_load.
_SCALARS = {
    f"tag:yaml.org,2002:{t}": getattr(_CONSTRUCTOR, f"construct_yaml_{m}")
    for t, m in (("null", "null"), ("bool", "bool"), ("int", "int"), ("float", "float"))
}


class _Unusual(Exception):
    """A document the single walk leaves to SafeConstructor: a merge key, an alias of a list
    or mapping, a timestamp, binary, a set, an explicit tag it does not know."""


def parse_yaml(text: str, first_line: int = 1) -> ParsedYaml:
    """Parse YAML text that starts at ``first_line`` of its file.

    One parse: the node tree is composed once (its marks give the lines) and the data is
    built from that same tree, in the walk that records the lines. Before, the text was
    parsed twice (``yaml.compose`` for the lines, then ``yaml.safe_load``) by the pure-Python
    parser, 95 % of a large course's first load."""
    offset = first_line - 1
    loader = FAST_LOADER if FAST_LOADER.yaml_path_resolvers else _Loader
    try:
        try:
            node = _compose(text, loader)
        except yaml.YAMLError:
            if FAST_LOADER is yaml.SafeLoader:
                raise
            # libyaml words its errors (and places some marks) differently: authors get the
            # pure parser's message and line, as before. Broken files are rare: cheap.
            node = _compose(text, yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise _yaml_problem(exc, first_line) from None
    parsed = ParsedYaml(data=None, first_line=first_line)
    if node is None:
        return parsed
    try:
        parsed.data = _build(node, (), parsed.key_lines, offset, set())
        parsed.json_safe = True
    except _Unusual:
        parsed.key_lines.clear()
        # lines first: constructing merges ``<<`` keys into the tree it reads
        _collect_lines(node, (), parsed.key_lines, offset)
        try:
            parsed.data = yaml.constructor.SafeConstructor().construct_document(node)
        except yaml.YAMLError as exc:
            raise _yaml_problem(exc, first_line) from None
    return parsed


def _compose(text: str, loader: type) -> yaml.Node | None:
    reader = loader(text)
    try:
        return reader.get_single_node()
    finally:
        reader.dispose()


def _yaml_problem(exc: BaseException, first_line: int) -> YamlProblem:
    # An unclosed bracket or quote is noticed lines later; the line where the construct
    # began (context_mark) is where the author has to look.
    offset = first_line - 1
    problem = getattr(exc, "problem_mark", None)
    context = getattr(exc, "context_mark", None)
    mark = context or problem
    line = (mark.line + 1 + offset) if mark is not None else first_line
    reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if context is not None and getattr(exc, "context", None):
        reason = f"{exc.context}: {reason}"
        if problem is not None and problem.line != context.line:
            reason += f" (noticed at line {problem.line + 1 + offset})"
    return YamlProblem(line, f"invalid YAML: {reason}")


def _build(node: yaml.Node, path: tuple, lines: dict, offset: int, seen: set[int]) -> Any:
    """The data ``yaml.safe_load`` gives for ``node``, recording each key's and item's line
    in ``lines`` as ``_collect_lines`` does. Raises _Unusual for what it leaves to PyYAML."""
    cls, tag = type(node), node.tag
    if cls is yaml.ScalarNode:
        if tag == _STR:
            return node.value
        construct = _SCALARS.get(tag)
        if construct is None:
            raise _Unusual(tag)
        value = construct(node)
        if type(value) is float and not math.isfinite(value):
            raise _Unusual("an infinite number")  # JSON has none: kept out of the caches
        return value
    if id(node) in seen:  # an alias: PyYAML shares the object (and allows cycles)
        raise _Unusual("alias")
    seen.add(id(node))
    if cls is yaml.SequenceNode and tag == _SEQ:
        items = []
        for i, item in enumerate(node.value):
            key = (*path, i)
            lines[key] = item.start_mark.line + 1 + offset
            items.append(_build(item, key, lines, offset, seen))
        return items
    if cls is yaml.MappingNode and tag == _MAP:
        mapping: dict = {}
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode:
                raise _Unusual("a key that is not a scalar")
            key = (*path, key_node.value)
            lines[key] = key_node.start_mark.line + 1 + offset
            name = key_node.value if key_node.tag == _STR else _build(key_node, (), {}, 0, seen)
            if type(name) is not str:  # 3: or true: (kept by the slower path, not cached)
                raise _Unusual("a key that is not text")
            mapping[name] = _build(value_node, key, lines, offset, seen)
        return mapping
    raise _Unusual(tag)


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

    from app.common.reading import file_read, parse  # it builds on this module

    parsed: ParsedYaml | None = None
    file_read()
    try:
        doc = split_front_matter(path.read_text(encoding="utf-8-sig"))
        parsed = parse(doc.front, first_line=2)
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
