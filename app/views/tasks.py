"""The one way views run slow work off the GUI thread (see STYLE.md, after Anki's ops).

``run_task(fn, on_done, on_error)`` calls ``fn`` on the thread pool, then ``on_done(result)``
or ``on_error(exc)`` on the GUI thread. Never touch widgets inside ``fn``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
_live: set[_Relay] = set()  # keep relays alive until they have delivered


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # reported to the GUI, which decides what to say
            log.exception("background task failed")
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


def run_task(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
) -> None:
    relay = _Relay()
    _live.add(relay)

    def finish(cb, value):
        _live.discard(relay)
        cb(value)

    relay.done.connect(lambda r: finish(on_done, r))
    relay.failed.connect(lambda e: finish(on_error, e))
    QThreadPool.globalInstance().start(_Task(fn, relay))
