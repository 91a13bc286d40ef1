"""The Qt binding itself must not corrupt Python's reference counts: PySide6 6.12.0 lost a
reference to True on every signal emitted from Python, so a long session (or this suite)
ended in "Fatal Python error: bool_dealloc". pyproject.toml excludes that release; this
test fails for any release that does the same."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    value = Signal(object)
    pair = Signal(object, object)


def test_emitting_signals_leaves_the_reference_counts_of_none_and_bools_alone():
    e = _Emitter()
    received = []
    e.value.connect(received.append)
    e.pair.connect(lambda a, b: received.append(b))
    before = [sys.getrefcount(x) for x in (None, True, False)]
    for _ in range(200):
        e.plain.emit()
        e.value.emit(None)
        e.pair.emit(object(), None)
    received.clear()
    after = [sys.getrefcount(x) for x in (None, True, False)]
    assert after == before
