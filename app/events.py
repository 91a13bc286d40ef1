"""State changes announce themselves: the facade publishes a Change, views refresh from it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    kind: str  # "lesson-progress", "learner", "content", "settings"
    ids: tuple[str, ...] = ()


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[Callable[[Change], None]] = []

    def subscribe(self, fn: Callable[[Change], None]) -> Callable[[], None]:
        self._subscribers.append(fn)
        return lambda: self._subscribers.remove(fn) if fn in self._subscribers else None

    def publish(self, change: Change) -> None:
        for fn in list(self._subscribers):
            try:
                fn(change)
            except Exception:  # one broken view must not stop the others from refreshing
                log.exception("subscriber failed for %s", change)
