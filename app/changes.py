"""What an operation changed, so that each page can tell whether it must refresh.

After Anki's ``OpChanges``: every state-changing facade method is declared with the kinds of
state it changes (``@mutation(answers=True, review=True)``) and announces a ``Changes`` on the
bus when it returns, together with its *initiator* (the page that asked for it), so that a
page can skip redrawing what it has just drawn itself. Pages never learn each other's
refresh rules; they read the flags.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from app.tasks import Cancelled

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changes:
    """Which kinds of state an operation changed (all False: nothing)."""

    learner: bool = False  # another learner was opened or closed: everything personal
    lessons: bool = False  # lesson progress: opened, learned, position, study time
    answers: bool = False  # quiz answers and exam attempts
    review: bool = False  # the spaced-review queue
    scenario_runs: bool = False  # finished role-play runs
    notes: bool = False  # notes and bookmarks
    writing: bool = False  # written-practice texts and their self-assessment
    profiles: bool = False  # the list of learners (created, renamed, deleted, PIN)
    settings: bool = False  # the learner's preferences
    rules: bool = False  # the exam rules the trainer set on this installation
    content: bool = False  # the course itself (a pack installed, another script)
    banks: bool = False  # imported question banks
    cohort: bool = False  # the trainer's cohort
    sync: bool = False  # what is waiting to be sent to the organisation

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})  # fmt: skip

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def kinds(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self) if getattr(self, f.name))

    def touches(self, *kinds: str) -> bool:
        """True if any of ``kinds`` changed; a new learner or course changes everything."""
        return self.learner or self.content or any(getattr(self, k) for k in kinds)


EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})

_initiator: ContextVar[object | None] = ContextVar("initiator", default=None)


@contextlib.contextmanager
def initiated_by(initiator: object | None) -> Iterator[None]:
    """Changes announced inside this block name ``initiator`` (usually the asking page)."""
    token = _initiator.set(initiator)
    try:
        yield
    finally:
        _initiator.reset(token)


Listener = Callable[[Changes, object | None], None]


class ChangeBus:
    """Delivers each announced ``Changes`` to every listener, in the announcing thread."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, fn: Listener) -> Callable[[], None]:
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn) if fn in self._listeners else None

    def announce(self, changes: Changes) -> None:
        if not changes:
            return
        initiator = _initiator.get()
        for fn in list(self._listeners):
            try:
                fn(changes, initiator)
            except Exception:  # one broken listener must not stop the others
                log.exception("listener failed for %s", changes.kinds())


F = TypeVar("F", bound=Callable[..., Any])


def mutation(**kinds: bool) -> Callable[[F], F]:
    """Declare what a facade method changes; it announces that when it returns (or stops
    because it was cancelled, having done part of its work).

    The owner must have a ``bus`` attribute (a ``ChangeBus``)."""
    changes = Changes(**kinds)

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def run(self, *args, **kwargs):
            try:
                result = fn(self, *args, **kwargs)
            except Cancelled:  # the steps done before the cancel are kept: say so
                self.bus.announce(changes)
                raise
            self.bus.announce(changes)
            return result

        run.changes = changes  # type: ignore[attr-defined]
        return run  # type: ignore[return-value]

    return wrap
