"""Read one YAML data file against a schema; every problem names file and line."""

from __future__ import annotations

from pathlib import Path

from app.common.problems import Problem


def display_path(path: Path, base: Path) -> str:
    """Problems name files relative to the content root's parent ("content/lessons/x.md"),
    so cached results do not depend on where the app was started from."""
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return str(path)


def load_yaml_document(path: Path, schema, base: Path, problems: list[Problem]):
    """(validated model, parsed YAML with line numbers), or None after adding problems.

    ``schema`` is a pydantic model or a ``pydantic.TypeAdapter`` (anything with
    ``validate_python``/``model_validate``); YAML and pydantic are imported only here, on a
    cache miss."""
    from pydantic import ValidationError

    from app.common.frontmatter import YamlProblem, pydantic_problems, validate
    from app.common.reading import file_read, parse

    shown = display_path(path, base)
    file_read()
    try:
        parsed = parse(path.read_text(encoding="utf-8-sig"))
        return validate(schema, parsed.data if parsed.data is not None else {}), parsed
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, 1, "encoding", f"not UTF-8 text ({exc.reason})"))
    except YamlProblem as exc:
        problems.append(Problem(shown, exc.line, "yaml", exc.message))
    except ValidationError as exc:
        for line, kind, msg in pydantic_problems(exc, parsed):
            problems.append(Problem(shown, line, kind, msg))
    return None


def report_duplicates(ids: list[tuple[str, int]], shown: str, what: str, problems: list[Problem]):
    """A problem for each (id, line) whose id came before."""
    seen: set[str] = set()
    for ident, line in ids:
        if ident in seen:
            problems.append(Problem(shown, line, "duplicate-id", f"duplicate {what} id '{ident}'"))
        seen.add(ident)
