"""How long work reports how far it has got, and learns it was cancelled, without Qt.

The views give each operation a ``Progress``; core functions that can count their steps
(files of a cohort, documents of an index) take one and call ``step``. Work that cannot count
ignores it and the window shows a busy bar instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; the work stopped between two steps and changed nothing more."""


class Progress:
    def __init__(self, on_report: Callable[[int, int, str], None] | None = None) -> None:
        self._on_report = on_report
        self._cancel = threading.Event()

    def step(self, done: int, total: int = 0, text: str = "") -> None:
        """``done`` of ``total`` steps (total 0: unknown). Raises Cancelled if asked to stop."""
        if self._on_report is not None:
            self._on_report(done, total, text)
        self.check()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


NO_PROGRESS = Progress()  # for callers that neither show progress nor cancel
