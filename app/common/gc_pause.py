"""Pause Python's cycle collector while a large, acyclic structure is built.

Loading a large course creates about a million objects (parsed YAML, then the bundle) that
live on and hold no reference cycles. Each batch of new objects starts a collection that
scans the young ones, and as they survive into the oldest generation the full collections
scan all of them again: a third of the time of a cached load, for nothing to collect.
msgspec's documentation recommends the same for large decodes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """No automatic collections inside the block (reference counting still frees memory);
    the collector's previous state is restored after it, also on an error.

    What the block built is then moved straight to the oldest generation (``freeze`` and
    ``unfreeze`` move lists, they scan nothing). Left among the young, the first collection
    after the block would scan all of it (60 ms for a 2,000-lesson course's bundle, inside
    the start-up) to find that it is all alive, and scan it again one generation up."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
