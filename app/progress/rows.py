"""The rows of a progress database someone else's hands have been near, copied or checked.

Used where a database is data, not code: a learner file from another PC, or a learner's own
file whose schema or values are not what the app's migrations made (planted triggers or
views, a missing version, a value of the wrong kind). Rows are read from a read-only
connection with ``trusted_schema`` off, checked value by value against the ORM's columns,
and the sound ones copied into a database the migrations made; nothing of the old schema
comes along.
"""

from __future__ import annotations

import json
import math
import sqlite3
from datetime import datetime
from pathlib import Path

MAX_TEXT = 1024 * 1024  # one note or answer: far less
SKIP_SETTINGS = {"academy.exported_pin"}  # the export's PIN record, not a preference


class _RawText(bytes):
    """TEXT as stored, decoded (and checked) row by row; a BLOB stays plain ``bytes``."""


def open_read_only(db: Path) -> sqlite3.Connection:
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    con.text_factory = _RawText
    con.execute("PRAGMA trusted_schema=OFF")  # no function in a planted view or default runs
    con.execute("PRAGMA query_only=ON")
    return con


def copy_rows(source: Path, dest: Path) -> dict[str, int]:
    """Copy every sound row of the app's own tables from ``source`` into ``dest`` (a database
    at the head revision), in one transaction. Returns how many rows per table were left out
    because a value had the wrong type, was not a date or not JSON where one is expected."""
    from app.progress.schema import Base

    left_out: dict[str, int] = {}
    src = open_read_only(source)
    out = sqlite3.connect(dest, isolation_level=None)
    try:
        present = {
            name.decode() if isinstance(name, bytes) else name
            for (name,) in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        local_times = _written_in_local_time(src, present)
        out.execute("BEGIN IMMEDIATE")
        for table in Base.metadata.sorted_tables:
            if table.name not in present or table.name == "alembic_version":
                continue
            have = {
                (row[1].decode() if isinstance(row[1], bytes) else row[1])
                for row in src.execute(f'PRAGMA table_info("{table.name}")')
            }
            columns = [c for c in table.columns if c.name in have]
            if not any(c.primary_key for c in columns):
                continue
            checks = [_check_for(c, local_times) for c in columns]
            names = ", ".join(f'"{c.name}"' for c in columns)
            insert = (
                f'INSERT OR IGNORE INTO "{table.name}" ({names}) '
                f"VALUES ({', '.join('?' * len(columns))})"
            )
            bad, batch = 0, []
            for row in src.execute(f'SELECT {names} FROM "{table.name}"'):
                try:
                    values = [check(v) for check, v in zip(checks, row, strict=True)]
                except ValueError:
                    bad += 1
                    continue
                if table.name == "setting" and values[0] in SKIP_SETTINGS:
                    continue  # the export's PIN record, not a preference
                batch.append(values)
                if len(batch) >= 5000:
                    bad += _insert(out, insert, batch)
            bad += _insert(out, insert, batch)
            if bad:
                left_out[table.name] = bad
        out.execute("COMMIT")
    except BaseException:
        if out.in_transaction:
            out.execute("ROLLBACK")
        raise
    finally:
        out.close()
        src.close()
    return left_out


def _insert(out: sqlite3.Connection, insert: str, batch: list) -> int:
    """Insert and empty ``batch``; returns how many rows were duplicates (the first wins)."""
    before = out.total_changes
    out.executemany(insert, batch)
    duplicates = len(batch) - (out.total_changes - before)
    batch.clear()
    return duplicates


def _written_in_local_time(src: sqlite3.Connection, present: set[str]) -> bool:
    """True when ``src`` comes from before migration 0007 (times stored as local time):
    its times are then moved to UTC as they are copied, as the migration does."""
    from app.progress.database import KNOWN_REVISIONS

    if "alembic_version" not in present:
        return True
    try:
        row = src.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return True
    revision = row[0] if row else None
    if isinstance(revision, bytes):  # read-only connections hand text over as bytes
        revision = revision.decode("utf-8", "replace")
    if revision not in KNOWN_REVISIONS:
        return revision is None
    return KNOWN_REVISIONS.index(revision) < KNOWN_REVISIONS.index("0007_utc_times")


def _check_for(column, local_times: bool = False):
    """A function that returns the value fit for ``column`` or raises ValueError; with
    ``local_times``, a moment written as local time comes back as UTC."""
    from sqlalchemy import Boolean, Float, Integer, String, Text

    from app.progress.schema import DateTime, UtcDateTime, to_utc

    kind = column.type
    nullable = column.nullable and not column.primary_key

    def text(v, limit):
        if isinstance(v, _RawText):
            v = v.decode("utf-8")  # UnicodeDecodeError is a ValueError
        if not isinstance(v, str) or len(v) > limit:
            raise ValueError(column.name)
        return v

    def check(v):
        if v is None:
            if nullable or (column.primary_key and isinstance(kind, Integer)):
                return None
            raise ValueError(column.name)
        if isinstance(kind, Boolean):
            if v in (0, 1) and not isinstance(v, float):
                return int(v)
        elif isinstance(kind, Integer):
            if isinstance(v, int) and -(2**63) <= v < 2**63:
                return v
        elif isinstance(kind, Float):
            if isinstance(v, int | float) and math.isfinite(v):
                return float(v)
        elif isinstance(kind, UtcDateTime):
            v = text(v, 40)
            when = datetime.fromisoformat(v)
            if local_times and isinstance(kind, DateTime):
                return to_utc(when).strftime("%Y-%m-%d %H:%M:%S.%f")
            return v
        elif isinstance(kind, Text):  # before String: Text is a String
            v = text(v, MAX_TEXT)
            if column.info.get("json"):
                try:
                    json.loads(v)
                except RecursionError:
                    raise ValueError(column.name) from None
            return v
        elif isinstance(kind, String):
            return text(v, kind.length or MAX_TEXT)
        raise ValueError(column.name)

    return check


def _fits(name: str, kind: str, nullable: bool) -> str:
    """SQL that is true when a stored value is of the kind the app writes."""
    col = f'"{name}"'
    ok = {
        "bool": f"{col} IN (0, 1)",
        "int": f"typeof({col}) = 'integer'",
        "float": f"typeof({col}) IN ('real', 'integer')",
    }.get(kind, f"typeof({col}) = 'text'")  # text, and dates stored as text
    return f"({ok} OR {col} IS NULL)" if nullable else ok


def conformity_problem(path: Path) -> str | None:
    """Why the database at the head revision is not as the migrations made it — a table
    missing or replaced by a view, a column missing, a trigger or view planted, a value of
    the wrong kind — or None. Costs about one scan of the file (as quick_check does), and
    imports no SQLAlchemy: the tables come from ``app.progress.columns``."""
    from app.progress.columns import TABLES

    con = open_read_only(path)
    try:
        objects = {
            (kind.decode(), name.decode())
            for kind, name in con.execute("SELECT type, name FROM sqlite_master")
        }
        extra = sorted(n for k, n in objects if k in ("trigger", "view"))
        if extra:
            return f"it holds triggers or views the app never made ({', '.join(extra[:3])})"
        for table, columns in TABLES.items():
            if ("table", table) not in objects:
                return f"the table {table} is missing"
            have = {r[1].decode() for r in con.execute(f'PRAGMA table_info("{table}")')}
            missing = [c[0] for c in columns if c[0] not in have]
            if missing:
                return f"the table {table} lacks {', '.join(missing)}"
            where = " AND ".join(_fits(*c) for c in columns)
            bad = con.execute(f'SELECT count(*) FROM "{table}" WHERE NOT ({where})')
            count = bad.fetchone()[0]
            if count:
                return f"{count} row(s) of {table} hold values of the wrong kind"
    finally:
        con.close()
    return None
