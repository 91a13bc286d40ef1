"""A content file open in an editor: the document as plain data, changed by path — keys and
list indices (``("nodes", "n3", "customer")``, ``("front", "title")``) — and written back
whole, so every change can be undone by setting the old value back
(app.views.studio.undo).

An editor keeps a half-written file — an option without text, a reply without a target — so
the document is the data the file holds, not a validated model; each check builds what it
needs from it. The file is data from outside the bundled course: it is read size-limited (YAML
with the safe loader), and refused with the line at fault (``DraftError``) when it cannot be
read at all."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any


class DraftError(ValueError):
    """The file cannot be opened for editing; the message names the file and line."""


def read_text(path: Path, max_bytes: int) -> str:
    """The file's text; DraftError naming the file if it is too large, not UTF-8 or
    unreadable (or missing)."""
    try:
        if path.stat().st_size > max_bytes:
            raise DraftError(f"{path}:1: larger than {max_bytes // 1024 // 1024} MB")
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftError(f"{path}:1: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise DraftError(f"{path}: {exc.strerror or exc}") from None


def read_document(path: Path, max_bytes: int):
    """The parsed YAML file (``ParsedYaml``: data and lines); DraftError naming file and
    line if it cannot be read (``read_text``) or is not YAML."""
    from app.common.frontmatter import YamlProblem, parse_yaml

    text = read_text(path, max_bytes)
    try:
        return parse_yaml(text)
    except YamlProblem as exc:
        raise DraftError(f"{path}:{exc.line}: {exc.message}") from None


class EditableDocument:
    """The document of one file. Every change goes through ``set``/``unset`` (one field) or
    ``snapshot``/``restore`` (anything larger), so an editor can undo it."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def snapshot(self) -> dict[str, Any]:
        return copy.deepcopy(self.data)

    def restore(self, snapshot: dict[str, Any]) -> None:
        self.data.clear()
        self.data.update(copy.deepcopy(snapshot))

    def get(self, path: tuple) -> Any:
        """The value at ``path`` (keys and list indices), None if it is not there."""
        at: Any = self.data
        for key in path:
            try:
                at = at[key]
            except (KeyError, IndexError, TypeError):
                return None
        return at

    def has(self, path: tuple) -> bool:
        parent = self.get(path[:-1])
        if isinstance(parent, dict):
            return path[-1] in parent
        return isinstance(parent, list) and 0 <= path[-1] < len(parent)

    def set(self, path: tuple, value: Any) -> None:
        at: Any = self.data
        for key in path[:-1]:
            at = at[key]
        at[path[-1]] = value

    def unset(self, path: tuple) -> None:
        """Remove the key at ``path`` (undoing the edit that wrote it)."""
        at = self.get(path[:-1])
        if isinstance(at, dict):
            at.pop(path[-1], None)
