"""Small helpers the tests share (import them; fixtures live in conftest.py)."""

from pathlib import Path


def database_of(academy) -> Path:
    """The open learner's database file, for tests that check what was really written."""
    return academy.paths.learner_dir(academy.profile.id) / "progress.db"


def finished(qtbot, op, timeout: int = 60_000):
    """Wait for an operation started by a page (``run_op``) and return its result."""
    assert op is not None, "the action started no operation"
    qtbot.waitUntil(lambda: op.is_finished, timeout=timeout)
    assert op.error is None, op.error
    return op.result
