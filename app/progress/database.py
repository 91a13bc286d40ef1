"""Open a learner's database safely: check, recover, refuse, migrate, back up — in that order.

Everything before the engine is created uses plain ``sqlite3``: most starts only need to
read the stored revision, and SQLAlchemy and Alembic are imported only when needed
(Alembic only when the stored revision differs from the head).
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.progress import backups

log = logging.getLogger(__name__)

# Every revision this build knows, oldest first. A test checks this matches the migration
# scripts, so the list cannot drift from what Alembic would run.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_quiz",
    "0003_roleplay",
    "0004_notes",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
DB_NAME = "progress.db"


class DatabaseTooNew(Exception):
    """The file was written by a newer version of the app; it is left exactly as it was."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"{path} was written by a newer version of 客诉学堂 (schema '{revision}'). "
            "It has not been changed. Please install the newer version to use it."
        )
        self.path = path
        self.revision = revision


@dataclass
class OpenReport:
    """What happened while opening; the views turn it into a message for the learner."""

    path: Path
    created: bool = False
    migrated_from: str | None = None
    backup: Path | None = None
    damaged: str | None = None  # why the file was unusable
    set_aside: Path | None = None  # where the damaged file was moved (never deleted)
    restored_from: backups.Backup | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def recovered(self) -> bool:
        return self.damaged is not None


def stored_revision(path: Path) -> str | None:
    con = sqlite3.connect(path)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return rev[0] if rev else None
    finally:
        con.close()


def prepare_database(learner_dir: Path, now: datetime | None = None) -> OpenReport:
    """Make ``learner_dir/progress.db`` safe to open at the head revision.

    Raises DatabaseTooNew for a file from a newer app; never deletes a learner's file.
    """
    now = now or datetime.now()
    learner_dir.mkdir(parents=True, exist_ok=True)
    path = learner_dir / DB_NAME
    backup_dir = learner_dir / "backups"
    report = OpenReport(path=path)

    if path.exists():
        problem = backups.check_database(path)
        if problem is None:
            try:
                revision = stored_revision(path)
            except sqlite3.DatabaseError as exc:
                problem, revision = str(exc), None
            if problem is None and revision is None and backups.list_backups(backup_dir):
                problem = "the file holds no progress tables although backups exist"
        if problem is not None:
            _recover(path, backup_dir, problem, report, now)
    if not path.exists():
        report.created = True
        revision = None
    else:
        revision = stored_revision(path)

    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(path, revision)
    if revision != HEAD_REVISION:
        if revision is not None:
            report.backup = backups.make_backup(path, backup_dir, "pre-migration", now)
            report.migrated_from = revision
        _migrate(path)
    if not backups.has_backup_today(backup_dir, now):
        report.backup = backups.make_backup(path, backup_dir, "daily", now)
        backups.rotate(backup_dir)
    return report


def _recover(path: Path, backup_dir: Path, problem: str, report: OpenReport, now: datetime) -> None:
    report.damaged = problem
    damaged_dir = path.parent / "damaged"
    damaged_dir.mkdir(exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    report.set_aside = damaged_dir / f"progress-{stamp}.db"
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            shutil.move(str(part), str(report.set_aside) + suffix)
    log.error("progress database %s is damaged (%s); moved to %s", path, problem, report.set_aside)
    for candidate in backups.list_backups(backup_dir):
        if backups.check_database(candidate.path) is None:
            try:
                rev = stored_revision(candidate.path)
            except sqlite3.DatabaseError:
                continue
            if rev in KNOWN_REVISIONS:
                shutil.copy2(candidate.path, path)
                report.restored_from = candidate
                log.warning("restored %s from backup %s", path, candidate.path)
                return
    report.notes.append("no usable backup was found; starting with empty progress")


def _migrate(path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    engine = create_engine_for(path)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()


def create_engine_for(path: Path):
    """An engine with WAL and full durability: each commit survives a crash or power loss."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path.as_posix()}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    return engine
