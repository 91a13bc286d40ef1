"""The plain-data table list the open-time check uses is the ORM's, column for column."""

from sqlalchemy import Boolean, Float, Integer

from app.progress.columns import TABLES
from app.progress.schema import Base


def _kind(t) -> str:
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Integer):
        return "int"
    return "float" if isinstance(t, Float) else "text"


def test_the_table_list_matches_the_orm():
    orm = {
        t.name: tuple(
            (c.name, _kind(c.type), bool(c.nullable and not c.primary_key)) for c in t.columns
        )
        for t in Base.metadata.sorted_tables
    }
    assert orm == TABLES


def test_opening_a_learner_imports_no_sqlalchemy(tmp_path):
    """The check at open stays off SQLAlchemy (``make bench``: it costs more than a window)."""
    import subprocess
    import sys

    from app.progress.database import prepare_database

    prepare_database(tmp_path)  # a database to open again
    code = (
        "import sys; from pathlib import Path; from app.progress.database import "
        f"prepare_database; prepare_database(Path({str(tmp_path)!r})); "
        "print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
