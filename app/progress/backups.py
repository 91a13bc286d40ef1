"""Backups of a learner's database: made with SQLite's online-backup API, rotated
grandfather-style (the newest of each of the last 7 days and of the last 4 ISO weeks).

Plain ``sqlite3`` on purpose: backups run at start-up and during recovery, before and
without SQLAlchemy.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

NAME_RE = re.compile(r"^progress-(\d{8}-\d{6})-([a-z-]+)\.db$")
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_PRE_MIGRATION = 3


# "Cannot read or write now" — the disk, the folder or another process, not the file's bytes.
_UNAVAILABLE_ERRNOS = {
    errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO, errno.EDQUOT, errno.EBUSY,
}  # fmt: skip
_UNAVAILABLE_MESSAGES = (
    "disk i/o error",
    "database or disk is full",
    "readonly database",
    "read-only",
    "unable to open database file",
    "database is locked",
    "database table is locked",
    "permission denied",
)


def unavailable_reason(exc: BaseException) -> str | None:
    """Why ``exc`` means "cannot read/write now" (not "the file is damaged"), else None.

    Recovery moves and replaces files; it must never do that to a healthy file that only
    sits on a full, read-only or failing disk.
    """
    exc = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the sqlite3 error
    if isinstance(exc, OSError):
        return (exc.strerror or str(exc)) if exc.errno in _UNAVAILABLE_ERRNOS else None
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc)
        return text if any(m in text.lower() for m in _UNAVAILABLE_MESSAGES) else None
    return None


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str  # daily | pre-migration | pre-restore | manual


def make_backup(db_path: Path, backup_dir: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy ``db_path`` consistently (WAL included) to a new file in ``backup_dir``."""
    now = now or datetime.now()
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"progress-{stamp}-{reason}.db"
    n = 1
    while target.exists():  # two backups in one second (tests, a migration right after start)
        target = backup_dir / f"progress-{stamp}-{reason}-{n}.db"
        n += 1
    tmp = target.with_suffix(".part")
    try:
        src = sqlite3.connect(db_path)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half backup behind
        raise
    return target


def list_backups(backup_dir: Path) -> list[Backup]:
    """Newest first."""
    found = []
    if backup_dir.is_dir():
        for p in backup_dir.iterdir():
            m = NAME_RE.match(p.name)
            if m:
                reason = re.sub(r"-\d+$", "", m.group(2))
                found.append(Backup(p, datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), reason))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def has_backup_today(backup_dir: Path, now: datetime | None = None) -> bool:
    today = (now or datetime.now()).date()
    return any(b.taken_at.date() == today for b in list_backups(backup_dir))


def rotate(backup_dir: Path) -> list[Path]:
    """Delete backups outside the retention policy; return what was removed."""
    backups = list_backups(backup_dir)
    keep: set[Path] = set()
    days: list = []
    weeks: list = []
    for b in backups:  # newest first, so the first seen of each day/week is its newest
        if b.reason == "pre-migration":
            continue
        day = b.taken_at.date()
        week = b.taken_at.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(b.path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(b.path)
    keep.update(
        b.path for b in [b for b in backups if b.reason == "pre-migration"][:KEEP_PRE_MIGRATION]
    )
    removed = [b.path for b in backups if b.path not in keep]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def check_database(path: Path) -> str | None:
    """None if ``path`` is a healthy SQLite database, else a short reason.

    Errors that mean "cannot read now" (see ``unavailable_reason``) are raised, not returned:
    they say nothing about the file."""
    try:
        if path.stat().st_size == 0:
            return "the file is empty"
        con = sqlite3.connect(path)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except (sqlite3.DatabaseError, OSError) as exc:
        if unavailable_reason(exc) is not None:
            raise
        return str(exc)
    if rows != [("ok",)]:
        return "; ".join(r[0] for r in rows[:3])
    return None
