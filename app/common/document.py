"""A document an editor changes by path — keys and list indices into the plain data a file
holds (``("nodes", "n3", "customer")``, ``("front", "title")``) — so every change can be
undone by setting the old value back (app.views.studio.fields.EditField)."""

from __future__ import annotations

import copy
from typing import Any


class PathDocument:
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
