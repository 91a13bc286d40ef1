"""The trainer's cohort: xAPI exports of several learners (from offline copies) gathered in
one SQLite file, and the figures a trainer asks for.

Statements are kept by their id, so importing the same file twice changes nothing; a file
that is not an export is refused with the reason, and a bad statement is reported by its
position without stopping the others.

At organisation scale (1,000 learners, half a million statements) the file is written a
file at a time in one transaction with ``executemany`` (WAL, so a commit costs no sync of
the whole file), and every figure is one SQL query over indexes rather than a query per
learner or a Python loop over statements. Only the fields the figures read are stored:
the full statement stays in the learner's export and the LRS.

The file is versioned (``SCHEMA_VERSION``, in table ``cohort_schema``): opening an older
file upgrades it in place, step by step, in one transaction; a file from a newer version is
refused (``CohortTooNew``) without being touched. Plain SQL steps rather than Alembic: the
cohort is one table read with ``sqlite3``, and Alembic would bring SQLAlchemy and a
migration environment into every trainer refresh for two steps.
"""

from __future__ import annotations

import copy
import functools
import inspect
import json
import math
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from app.reports.xapi import EXT_TOPIC, VERBS, duration_seconds, validate

MAX_BYTES = 50 * 1024 * 1024

# Each step brings a file from the version before it to its own (step 1 makes a new file).
# Version 1 is the schema of every cohort file written before versions were recorded: it has
# a ``statement`` table and no ``cohort_schema``. Never change a step once released; add one.
_STEPS: tuple[tuple[str, ...], ...] = (
    (  # 1: the first schema, the full statement kept as ``raw``
        "CREATE TABLE statement (id TEXT PRIMARY KEY, account TEXT NOT NULL, "
        "name TEXT NOT NULL, verb TEXT NOT NULL, object TEXT NOT NULL, success INTEGER, "
        "scaled REAL, seconds REAL, topic TEXT, timestamp TEXT NOT NULL, raw TEXT NOT NULL)",
        "CREATE INDEX ix_statement_account ON statement (account)",
    ),
    (  # 2: organisation scale — no ``raw`` (nine tenths of the file, never read); indexes
        # for the figures; the version recorded
        "ALTER TABLE statement DROP COLUMN raw",
        # Partial indexes name their verb as a literal: a query uses one only when it names
        # the same literal (see _ANSWERED), never through a bound parameter.
        # most missed: every answer's question and success, in question order
        "CREATE INDEX ix_answer_object ON statement (object, success) "
        "WHERE verb = 'http://adlnet.gov/expapi/verbs/answered'",
        # mastery: each learner's answers to each question, latest last, with what they read
        "CREATE INDEX ix_answer_latest ON statement (account, object, timestamp, topic, scaled) "
        "WHERE verb = 'http://adlnet.gov/expapi/verbs/answered'",
        # best exam score per learner
        "CREATE INDEX ix_exam_score ON statement (account, scaled) WHERE verb IN "
        "('http://adlnet.gov/expapi/verbs/passed', 'http://adlnet.gov/expapi/verbs/failed')",
        "CREATE TABLE cohort_schema (version INTEGER NOT NULL)",
        "INSERT INTO cohort_schema VALUES (2)",
    ),
)
SCHEMA_VERSION = len(_STEPS)
# the verbs as SQL literals, as the partial indexes above name them
_ANSWERED = f"'{VERBS['answered']}'"
_EXAM = f"('{VERBS['passed']}', '{VERBS['failed']}')"
_COLUMNS = "id, account, name, verb, object, success, scaled, seconds, topic, timestamp"
_INSERT = f"INSERT OR IGNORE INTO statement ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


class CohortImportError(ValueError):
    """A file that is not a learner's export; the message names it and says why."""


class CohortTooNew(RuntimeError):
    """The cohort file was written by a newer version of the app; it is left as it was."""

    def __init__(self, path: Path, version: object) -> None:
        super().__init__(
            f"{Path(path).name} was written by a newer version of 客诉学堂 (cohort schema "
            f"{version}; this version knows up to {SCHEMA_VERSION}). It has not been "
            "changed. Please install the newer version to use it."
        )
        self.path = Path(path)
        self.version = version


# valid, but not storable: a lone surrogate ("\\ud800") in a text, a number too large, say
_UNSTORABLE = (sqlite3.InterfaceError, sqlite3.ProgrammingError, sqlite3.IntegrityError,
               OverflowError, UnicodeEncodeError)  # fmt: skip


class _Rejected(ValueError):
    """A statement that is not imported; the message says why."""


def _row(st: object) -> tuple:
    """A statement as a row of the table (raises _Rejected with the reason)."""
    problems = validate(st)
    if not problems and "id" not in st:
        problems = ["statement has no id (needed to import it only once)"]
    if problems:
        raise _Rejected("; ".join(problems))
    actor = st["actor"]
    account = (actor.get("account") or {}).get("name")
    if not account:
        try:
            account = json.dumps(actor, sort_keys=True)
        except (ValueError, RecursionError):
            raise _Rejected("nested too deeply to store") from None
    name = actor.get("name") or account
    result = st.get("result") or {}
    score = result.get("score") or {}
    ext = (st.get("context") or {}).get("extensions") or {}
    return (
        st["id"], account, name, st["verb"]["id"], st["object"]["id"],
        None if "success" not in result else int(result["success"]), score.get("scaled"),
        duration_seconds(result.get("duration", "")), ext.get(EXT_TOPIC),
        st.get("timestamp", ""),
    )  # fmt: skip


@dataclass(frozen=True)
class ImportReport:
    file: str
    added: int
    already: int
    rejected: list[tuple[int, str]]  # (position in the file, reason)
    learners: list[str]


@dataclass(frozen=True)
class LearnerRow:
    account: str
    name: str
    lessons_completed: int
    completion: float
    answered: int
    share_right: float | None
    best_exam: float | None
    final_passed: bool


# The figures read what any earlier import stored, whatever its types (text where a number
# belongs, a number where text does): a score is a number between -1 and 1 or is left out,
# and every text is shown as text.
_IN_RANGE = "typeof(scaled) IN ('integer', 'real') AND scaled BETWEEN -1 AND 1"
_SCALED = f"CASE WHEN {_IN_RANGE} THEN scaled END"


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def _number(value: object) -> float | None:
    if isinstance(value, (int, float)) and math.isfinite(value):
        return float(value)
    return None


def _scaled(value: object) -> float | None:
    n = _number(value)
    return n if n is not None and -1 <= n <= 1 else None


@dataclass(frozen=True)
class Prepared:
    """One file's statements checked and made rows, not yet written (see ``Cohort.store``)."""

    source: str
    rows: list[tuple]
    positions: list[int]  # each row's position in the file, from 1
    rejected: list[tuple[int, str]]

    @property
    def size(self) -> int:
        return len(self.rows)


def read_export(path: Path) -> list:
    """The statements of one learner's export file; CohortImportError (naming the file) if it
    is not one. Nothing is written: files are read outside the cohort's lock."""
    path = Path(path)
    if path.stat().st_size > MAX_BYTES:
        raise CohortImportError(f"{path.name}: larger than 50 MB, not an export of one learner")
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except RecursionError:
        raise CohortImportError(
            f"{path.name}: not an xAPI export (JSON): nested too deeply"
        ) from None
    except ValueError as exc:  # not UTF-8, not JSON, a number of thousands of digits
        raise CohortImportError(f"{path.name}: not an xAPI export (JSON): {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("statements"), list):
        data = data["statements"]
    if not isinstance(data, list):
        raise CohortImportError(f"{path.name}: expected a list of xAPI statements")
    return data


def prepare(data, source: str) -> Prepared:
    """Check each statement and make it a row; one that is not valid is rejected by its
    position (from 1) with the reason."""
    rows: list[tuple] = []
    positions: list[int] = []
    rejected: list[tuple[int, str]] = []
    for i, st in enumerate(data, start=1):
        try:
            rows.append(_row(st))
        except _Rejected as exc:
            rejected.append((i, str(exc)))
        else:
            positions.append(i)
    return Prepared(source, rows, positions, rejected)


def _remembered(fn):
    """A figure is computed again only when the cohort has changed since it was last read
    (a write on this connection or a commit on another), so an import can compute the
    figures once, off the window's thread, and the panel read them at once (``warm``)."""
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def read(self, *args, **kwargs):
        state = self._state()
        if state != self._memo_state:
            self._memo.clear()
            self._memo_state = state
        bound = signature.bind(self, *args, **kwargs)
        bound.apply_defaults()
        key = (fn.__name__, *bound.args[1:])
        if key not in self._memo:
            self._memo[key] = fn(self, *args, **kwargs)
        return copy.copy(self._memo[key])  # a caller's list to change, not the remembered one

    return read


class Cohort:
    def __init__(self, path: Path) -> None:
        """Open (or create) the cohort file at ``path``, upgrading an older one in place.
        Raises CohortTooNew, before anything is written, for a file from a newer version."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Used from more than one thread, never at once: the facade holds a lock around it.
        # Autocommit: every write below opens its own transaction (``_transaction``).
        self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._memo: dict[tuple, object] = {}
        self._memo_state: tuple[int, int] | None = None
        try:
            self._upgrade()
            # WAL: a commit appends to the log instead of syncing the file (one per learner's
            # file at import); NORMAL is still safe from corruption, and the cohort can be
            # imported again from the exports. A larger cache keeps the indexes in memory.
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA cache_size=-65536")  # KiB: 64 MiB at most
        except BaseException:
            self.conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    def _state(self) -> tuple[int, int]:
        """Changes by this connection, and a number SQLite changes when another commits."""
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]

    def warm(self, lessons_total: int) -> None:
        """Compute the trainer panel's figures now (at the end of an import, off the window's
        thread), so they are read at once until the cohort changes again."""
        self.learners(lessons_total)
        self.most_missed()
        self.score_distribution()
        self.topic_mastery()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: committed when the block ends, rolled back if it raises."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # schema ----------------------------------------------------------------------------------
    def schema_version(self) -> int:
        """The version of the file's schema: 0 for a new file, 1 for one written before
        versions were recorded (CohortTooNew if it is newer than this code knows)."""
        tables = {
            r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "cohort_schema" in tables:
            row = self.conn.execute("SELECT max(version) FROM cohort_schema").fetchone()
            version = row[0]
            if not isinstance(version, int) or version > SCHEMA_VERSION:
                raise CohortTooNew(self.path, version)
            return version
        return 1 if "statement" in tables else 0

    def _upgrade(self) -> None:
        """Bring the file to SCHEMA_VERSION, every missing step in one transaction: a step
        that fails leaves the file as it was. A file already current is only read (another
        connection may be writing to it)."""
        if self.schema_version() == SCHEMA_VERSION:
            return
        with self._transaction():  # IMMEDIATE: no other writer between the check and the steps
            version = self.schema_version()
            if version == SCHEMA_VERSION:
                return
            for step in _STEPS[version:]:
                for sql in step:
                    self.conn.execute(sql)
            self.conn.execute("UPDATE cohort_schema SET version = ?", (SCHEMA_VERSION,))
        if version == 1:  # the dropped ``raw`` leaves free pages: give them back to the disk
            with suppress(sqlite3.OperationalError):  # no room for the copy: it works as it is
                self.conn.execute("VACUUM")

    # import ----------------------------------------------------------------------------------
    def import_file(self, path: Path) -> ImportReport:
        """Add the statements of one learner's export. A file that is not an export is
        refused (CohortImportError naming it) and changes nothing; a statement that is not
        valid is rejected by its position, and the others are imported."""
        path = Path(path)
        return self.store([prepare(read_export(path), path.name)])[0]

    def import_statements(self, data, source: str) -> ImportReport:
        """Add statements from any source (a file's list, pages read from an LRS) in one
        transaction: each is checked on its own; one already held is counted, not added
        again."""
        return self.store([prepare(data, source)])[0]

    def store(self, batch: list[Prepared]) -> list[ImportReport]:
        """Write prepared files (see ``prepare``) in one transaction: all of them or, if
        anything stops it, none. A report each, in order."""
        with self._transaction():
            return [self._store_one(p) for p in batch]

    def _store_one(self, p: Prepared) -> ImportReport:
        conn = self.conn
        rows, rejected = p.rows, p.rejected
        conn.execute("SAVEPOINT one_file")
        before = conn.total_changes
        try:
            conn.executemany(_INSERT, rows)
        except _UNSTORABLE:
            # one row the database cannot take (a lone surrogate in a text, say): undo this
            # file's rows and go one by one, so that row is rejected by its position
            conn.execute("ROLLBACK TO one_file")
            before = conn.total_changes  # the undone rows stay counted in total_changes
            rows, more = self._insert_one_by_one(p)
            rejected = sorted(rejected + more)
        added = conn.total_changes - before
        conn.execute("RELEASE one_file")
        learners = sorted({r[2] for r in rows})
        return ImportReport(p.source, added, len(rows) - added, rejected, learners)

    def _insert_one_by_one(self, p: Prepared) -> tuple[list[tuple], list[tuple[int, str]]]:
        """(rows stored, [(position, reason)] of the rows refused)."""
        kept, refused = [], []
        for row, i in zip(p.rows, p.positions, strict=True):
            try:
                self.conn.execute(_INSERT, row)
            except _UNSTORABLE as exc:
                refused.append((i, f"cannot be stored ({exc})"))
                continue
            kept.append(row)
        return kept, refused

    # figures ---------------------------------------------------------------------------------
    @_remembered
    def learners(self, lessons_total: int) -> list[LearnerRow]:
        """One row a learner, ordered by name: one pass over the statements, grouped by
        learner (the account index gives the groups in order)."""
        rows = []
        for account, name, completed, answered, right, best, final in self.conn.execute(
            "SELECT account, max(name), "
            "count(DISTINCT CASE WHEN verb = :completed AND object LIKE '%/lesson/%' "
            "THEN object END), "
            "sum(verb = :answered), sum(CASE WHEN verb = :answered THEN success END), "
            f"max(CASE WHEN verb IN (:passed, :failed) THEN {_SCALED} END), "
            "max(verb = :passed AND object LIKE '%/exam/final') "
            "FROM statement GROUP BY account ORDER BY max(name), account",
            VERBS,
        ):
            rows.append(
                LearnerRow(_text(account), _text(name), completed,
                           completed / lessons_total if lessons_total else 0.0, answered,
                           (_number(right) or 0) / answered if answered else None,
                           _scaled(best), bool(final))
            )  # fmt: skip
        return rows

    @_remembered
    def score_distribution(self, bins: int = 10) -> list[int]:
        """How many learners' best exam score falls in each tenth (0–10 %, …, 90–100 %)."""
        counts = [0] * bins
        for (best,) in self.conn.execute(
            f"SELECT max({_SCALED}) FROM statement WHERE verb IN {_EXAM} GROUP BY account"
        ):
            best = _scaled(best)
            if best is not None:  # a score below 0 (xAPI allows down to -1) counts as 0
                counts[max(0, min(bins - 1, int(best * bins)))] += 1
        return counts

    @_remembered
    def most_missed(self, limit: int = 10) -> list[tuple[str, int, int]]:
        """(question activity id, times answered wrong, times answered) — most missed first.
        Read from ix_answer_object alone (a test checks the plan)."""
        return [
            (_text(iri), wrong, total)
            for iri, wrong, total in self.conn.execute(
                "SELECT object, sum(success = 0) AS wrong, count(*) FROM statement "
                f"WHERE verb = {_ANSWERED} GROUP BY object HAVING wrong > 0 "
                "ORDER BY wrong DESC, object LIMIT ?",
                (limit,),
            )
        ]

    @_remembered
    def topic_mastery(self) -> dict[str, float]:
        """Per course section: the mean of each learner's latest score on each question (every
        answer given at that latest moment counts). Summed per section in SQL; sections whose
        ids only differ in type (5 and "5", from an old import) are merged as they are shown."""
        sums: dict[str, list[float]] = {}
        for topic, total, n in self.conn.execute(
            # both halves read ix_answer_latest alone: the latest moment per learner and
            # question in one ordered pass, then the answers given at that moment
            f"WITH latest AS (SELECT account, object, max(timestamp) AS at FROM statement "
            f"WHERE verb = {_ANSWERED} GROUP BY account, object) "
            f"SELECT s.topic, sum(CASE WHEN {_IN_RANGE} THEN s.scaled ELSE 0.0 END), count(*) "
            f"FROM latest JOIN statement s ON s.verb = {_ANSWERED} "
            "AND s.account = latest.account AND s.object = latest.object "
            "AND s.timestamp = latest.at WHERE s.topic IS NOT NULL GROUP BY s.topic"
        ):
            got = sums.setdefault(_text(topic), [0.0, 0])
            got[0] += total
            got[1] += n
        return {t: total / n for t, (total, n) in sorted(sums.items())}

    def statement_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM statement").fetchone()[0])

    def remove_learner(self, account: str) -> int:
        with self._transaction() as conn:
            return conn.execute("DELETE FROM statement WHERE account=?", (account,)).rowcount
