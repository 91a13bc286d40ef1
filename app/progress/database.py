"""Open a learner's database safely: check, recover, refuse, migrate, back up — in that order.

Everything before the engine is created uses plain ``sqlite3``: most starts only need to
read the stored revision, and SQLAlchemy and Alembic are imported only when needed
(Alembic only when the stored revision differs from the head).

The two whole-file checks (``PRAGMA quick_check`` and the conformity check) cost one scan
each, about 130 ms for five years of daily study. They run at open whenever there is a
reason: the app did not close the file itself last time (a crash, a kill, a power cut), or
the file changed since (its size or modification time differ from what the app recorded as
it closed it: a restore, a copy, an edit by another program). A file exactly as the app
left it after a session that verified it is opened at once, and verified in the background
after the window is ready (``verify_database``): what it finds is repaired at the next start,
as a damaged file found at open is.
"""

from __future__ import annotations

import json
import logging
import os
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
    "0005_writing",
    "0006_xapi_sent",
    "0007_utc_times",
    "0008_history_indexes",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
DB_NAME = "progress.db"
CLOSED_MARK = "closed-cleanly.json"  # beside DB_NAME: how the app left the file (see above)


class DatabaseTooNew(Exception):
    """The file was written by a newer version of the app; it is left exactly as it was."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"{path} was written by a newer version of 客诉学堂 (schema '{revision}'). "
            "It has not been changed. Please install the newer version to use it."
        )
        self.path = path
        self.revision = revision


class DatabaseUnavailable(Exception):
    """The file cannot be read or written now (disk full, read-only, locked, I/O error).

    Not a sign of damage: the file is left exactly where and as it was, so it is there when
    the disk has room or the folder is writable again.
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"The progress in {path} cannot be opened or saved right now ({reason}). "
            "Nothing was changed. Check that the disk has free space and the folder is "
            "writable, then start 客诉学堂 again."
        )
        self.path = path
        self.reason = reason


class DatabaseUpgradeFailed(Exception):
    """Bringing the file to this version's schema failed; it was put back as it was."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"The progress in {path} could not be upgraded to this version ({reason}). "
            "It has been put back exactly as it was before the upgrade."
        )
        self.path = path
        self.reason = reason


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
    rebuilt_left_out: int | None = None  # set when the records were copied into a clean file
    notes: list[str] = field(default_factory=list)
    # False: the file was as the app left it, so its whole-file checks were left to
    # verify_database, after start-up
    verified: bool = True

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

    Raises DatabaseTooNew for a file from a newer app, DatabaseUnavailable when the file
    cannot be read or written now (it is then left exactly as it was), DatabaseUpgradeFailed
    when an upgrade failed (the pre-upgrade file is put back). Never deletes a learner's file.
    """
    path = learner_dir / DB_NAME
    try:
        return _prepare(learner_dir, path, now or datetime.now())
    except (DatabaseTooNew, DatabaseUnavailable, DatabaseUpgradeFailed):
        raise
    except Exception as exc:
        reason = backups.unavailable_reason(exc)
        if reason is None:
            raise
        log.error("progress database %s cannot be used now: %s", path, reason)
        raise DatabaseUnavailable(path, reason) from exc


def create_database(path: Path) -> None:
    """A new, empty database at the head revision, made by the migrations (no backups: the
    caller fills it and puts it in place)."""
    if path.exists():
        raise FileExistsError(path)
    try:
        _migrate(path)
    except Exception as exc:
        if backups.unavailable_reason(exc) is not None:
            raise DatabaseUnavailable(path, backups.unavailable_reason(exc)) from exc
        raise DatabaseUpgradeFailed(path, str(exc).splitlines()[0]) from exc


def _prepare(learner_dir: Path, path: Path, now: datetime) -> OpenReport:
    learner_dir.mkdir(parents=True, exist_ok=True)
    backup_dir = learner_dir / "backups"
    report = OpenReport(path=path)
    trusted = _closed_cleanly(path)  # the mark is used once: a crash now leaves none

    if path.exists() and not trusted:
        problem = backups.check_database(path)
        if problem is None:
            try:
                revision = stored_revision(path)
            except sqlite3.DatabaseError as exc:
                if backups.unavailable_reason(exc) is not None:
                    raise
                problem, revision = str(exc), None
            if (
                problem is None
                and revision is None
                and backups.list_backups(backup_dir)
                and not _has_tables(path)
            ):
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
    if revision is None and not report.created and _has_tables(path):
        _rebuild(path, "it holds tables but no schema version", report, now)
        revision = HEAD_REVISION
    if revision != HEAD_REVISION:
        pre_upgrade = None
        if revision is not None:
            pre_upgrade = backups.make_backup(path, backup_dir, "pre-migration", now)
            report.backup = pre_upgrade
            report.migrated_from = revision
        try:
            _migrate(path)
        except Exception as exc:
            if backups.unavailable_reason(exc) is not None:
                raise  # rolled back; the file is as it was
            if pre_upgrade is not None:
                _put_in_place(path, pre_upgrade, now, "failed-upgrade")
            log.error("upgrading %s failed (%s); the pre-upgrade file is back", path, exc)
            raise DatabaseUpgradeFailed(path, str(exc).splitlines()[0]) from exc
    if trusted and revision == HEAD_REVISION:
        report.verified = False
    elif not report.created:
        from app.progress.rows import conformity_problem

        problem = conformity_problem(path)
        if problem is not None:
            _rebuild(path, problem, report, now)
    if not backups.has_backup_today(backup_dir, now):
        report.backup = backups.make_backup(path, backup_dir, "daily", now)
        backups.rotate(backup_dir)
    _check_writable(path)
    return report


def _file_state(path: Path) -> dict | None:
    """What identifies the file as the app left it; None while a write-ahead log holds
    changes not yet in the file (it was not closed, or is still open)."""
    try:
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        st = path.stat()
    except OSError:
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "revision": HEAD_REVISION}


def _closed_cleanly(path: Path) -> bool:
    """True if the app closed ``path`` after verifying it and nothing changed it since.
    The mark is removed either way: it vouches for one start only."""
    mark = path.parent / CLOSED_MARK
    try:
        raw = mark.read_bytes()[:1000]
    except OSError:
        return False
    try:
        mark.unlink()
    except OSError:
        return False  # a mark that cannot be removed would vouch for later starts too
    try:
        recorded = json.loads(raw)
    except ValueError:
        return False
    state = _file_state(path)
    return state is not None and recorded == state


def mark_closed_cleanly(path: Path) -> None:
    """Record how the app leaves the file it verified, after its last connection closed."""
    state = _file_state(path)
    if state is None:
        return
    mark = path.parent / CLOSED_MARK
    tmp = mark.with_suffix(".tmp")
    try:
        tmp.write_text(json.dumps(state), "utf-8")
        os.replace(tmp, mark)
    except OSError as exc:  # only a slower next start
        log.warning("could not record a clean close of %s: %s", path, exc)


def verify_database(path: Path) -> str | None:
    """The whole-file checks skipped at open, on read-only connections (the app may be
    writing meanwhile: WAL readers see a consistent snapshot). None when the file is sound."""
    from app.progress.rows import conformity_problem

    return backups.check_database(path) or conformity_problem(path)


def _check_writable(path: Path) -> None:
    """Take the write lock once, so a read-only file or folder is reported now, at open,
    rather than as a raw error at the learner's first answer."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=WAL")  # as the app writes: needs -wal and -shm
        # A real write, rolled back: SQLite takes the write lock on a read-only file
        # without complaint and refuses only the first changed page.
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute("CREATE TABLE main.academy_write_probe (x)")
        finally:
            con.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise DatabaseUnavailable(path, "the file or its folder is read-only; progress "
                                      "cannot be saved") from exc  # fmt: skip
        raise
    finally:
        con.close()


def _set_aside(path: Path, now: datetime, label: str = "") -> Path:
    """Move ``path`` (with its -wal and -shm) into ``damaged/`` under a name no other file
    has: two recoveries in one second keep both copies."""
    damaged_dir = path.parent / "damaged"
    damaged_dir.mkdir(exist_ok=True)
    stem = f"progress-{now:%Y%m%d-%H%M%S}" + (f"-{label}" if label else "")
    n = 0
    while True:
        target = damaged_dir / (f"{stem}.db" if n == 0 else f"{stem}-{n}.db")
        parts = [(Path(f"{path}{s}"), Path(f"{target}{s}")) for s in ("", "-wal", "-shm")]
        if not any(dst.exists() for _src, dst in parts):
            try:
                for src, dst in parts:
                    if src.exists():
                        _move_no_overwrite(src, dst)
                return target
            except FileExistsError:  # taken meanwhile: try the next name
                pass
        n += 1


def _move_no_overwrite(src: Path, dst: Path) -> None:
    """Rename, failing with FileExistsError rather than replacing ``dst`` (unlike
    ``shutil.move``): a set-aside file is never overwritten."""
    try:
        os.link(src, dst)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (some network or FAT disks)
        if dst.exists():
            raise FileExistsError(dst) from None
        os.rename(src, dst)
        return
    os.unlink(src)


def _put_in_place(path: Path, source: Path, now: datetime, label: str = "") -> Path | None:
    """Replace ``path`` with a copy of ``source``: copied under a temporary name first and
    renamed only when complete, so a full disk leaves the old file, never an empty one.
    Returns where the old file was set aside."""
    tmp = path.with_name(path.name + ".restoring")
    try:
        shutil.copy2(source, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    set_aside = _set_aside(path, now, label) if path.exists() else None
    os.replace(tmp, path)
    return set_aside


def _recover(path: Path, backup_dir: Path, problem: str, report: OpenReport, now: datetime) -> None:
    report.damaged = problem
    for candidate in backups.list_backups(backup_dir):
        if backups.check_database(candidate.path) is None:
            try:
                rev = stored_revision(candidate.path)
            except sqlite3.DatabaseError as exc:
                if backups.unavailable_reason(exc) is not None:
                    raise
                continue
            if rev in KNOWN_REVISIONS:
                report.set_aside = _put_in_place(path, candidate.path, now)
                report.restored_from = candidate
                log.error("progress database %s is damaged (%s); moved to %s, restored from %s",
                          path, problem, report.set_aside, candidate.path)  # fmt: skip
                return
    report.set_aside = _set_aside(path, now)
    log.error("progress database %s is damaged (%s); moved to %s", path, problem, report.set_aside)
    report.notes.append("no usable backup was found; starting with empty progress")


def _has_tables(path: Path) -> bool:
    con = sqlite3.connect(path)
    try:
        return (
            con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone() is not None
        )
    finally:
        con.close()


def _rebuild(path: Path, problem: str, report: OpenReport, now: datetime) -> None:
    """Copy the sound rows into a database the migrations make, and set the file aside:
    whatever was planted in its schema never runs, and nothing readable is lost."""
    from app.progress.rows import copy_rows

    fresh = path.with_name(path.name + ".rebuilding")
    kept = path.with_name(path.name + ".original")
    for leftover in (fresh, kept, *(Path(f"{fresh}{s}") for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    try:  # everything into the main file, so one file is the whole original
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    try:
        _migrate(fresh)
        left_out = copy_rows(path, fresh)
        shutil.copy2(path, kept)
        for done in (fresh, kept):
            with open(done, "rb+") as f:
                os.fsync(f.fileno())
    except BaseException:
        fresh.unlink(missing_ok=True)
        kept.unlink(missing_ok=True)
        raise
    # Killed at any moment, the learner's file is the original or the rebuilt one, whole;
    # the original's copy is set aside first and never overwritten.
    report.damaged = problem
    report.set_aside = _set_aside(kept, now, "rebuilt")
    for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)  # checkpointed above: they hold nothing
    os.replace(fresh, path)
    lost = report.rebuilt_left_out = sum(left_out.values())
    log.error("progress database %s was rebuilt (%s); %d rows left out; original kept at %s",
              path, problem, lost, report.set_aside)  # fmt: skip
    if lost:
        report.notes.append(f"{lost} damaged record(s) could not be read and were left out")


def _migrate(path: Path) -> None:
    """Run every pending migration in ONE transaction: a crash or an error part-way leaves
    the file as it was before (SQLite's DDL is transactional)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import event

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    engine = create_engine_for(path)

    # SQLAlchemy's "pysqlite transactional DDL" recipe: the driver would otherwise run
    # CREATE TABLE outside any transaction, committing each one on its own.
    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_conn, _record):
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def create_engine_for(path: Path):
    """An engine with WAL and full durability: each commit survives a crash or power loss."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path.as_posix()}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        # Text that is not UTF-8 (a damaged row) reads with replacement characters instead
        # of failing every query that touches it.
        dbapi_conn.text_factory = _lenient_text
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    return engine
