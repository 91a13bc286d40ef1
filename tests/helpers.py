"""Small helpers the tests share (import them; fixtures live in conftest.py)."""

from pathlib import Path


def database_of(academy) -> Path:
    """The open learner's database file, for tests that check what was really written."""
    return academy.paths.learner_dir(academy.profile.id) / "progress.db"
