"""The trainer's cohort: xAPI exports of several learners (from offline copies) gathered in
one SQLite file, and the figures a trainer asks for.

Statements are kept by their id, so importing the same file twice changes nothing; a file
that is not an export is refused with the reason, and a bad statement is reported by its
position without stopping the others.
"""

from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.reports.xapi import EXT_TOPIC, VERBS, duration_seconds, validate

MAX_BYTES = 50 * 1024 * 1024
_SCHEMA = """
CREATE TABLE IF NOT EXISTS statement (
    id TEXT PRIMARY KEY, account TEXT NOT NULL, name TEXT NOT NULL, verb TEXT NOT NULL,
    object TEXT NOT NULL, success INTEGER, scaled REAL, seconds REAL, topic TEXT,
    timestamp TEXT NOT NULL, raw TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_statement_account ON statement (account);
"""


class CohortImportError(ValueError):
    """A file that is not a learner's export; the message names it and says why."""


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
    try:
        raw = json.dumps(st, ensure_ascii=False)
        account = (actor.get("account") or {}).get("name") or json.dumps(actor, sort_keys=True)
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
        st.get("timestamp", ""), raw,
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
_SCALED = (
    "CASE WHEN typeof(scaled) IN ('integer', 'real') AND scaled BETWEEN -1 AND 1 THEN scaled END"
)


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


class Cohort:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Used from more than one thread, never at once: the facade holds a lock around it.
        self.conn = sqlite3.connect(self.path, check_same_thread=False)
        self.conn.executescript(_SCHEMA)

    def close(self) -> None:
        self.conn.close()

    # import ----------------------------------------------------------------------------------
    def import_file(self, path: Path) -> ImportReport:
        """Add the statements of one learner's export. A file that is not an export is
        refused (CohortImportError naming it) and changes nothing; a statement that is not
        valid is rejected by its position, and the others are imported."""
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
        return self.import_statements(data, path.name)

    def import_statements(self, data, source: str) -> ImportReport:
        """Add statements from any source (a file's list, pages read from an LRS): each is
        checked on its own; one already held is counted, not added again."""
        added = already = 0
        rejected: list[tuple[int, str]] = []
        learners: set[str] = set()
        with self.conn:
            for i, st in enumerate(data, start=1):
                try:
                    row = _row(st)
                    cur = self.conn.execute(
                        "INSERT OR IGNORE INTO statement VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        row,
                    )
                except _Rejected as exc:
                    rejected.append((i, str(exc)))
                    continue
                except (sqlite3.InterfaceError, sqlite3.ProgrammingError, sqlite3.IntegrityError,
                        OverflowError, UnicodeEncodeError) as exc:  # fmt: skip
                    # valid, but not storable: a lone surrogate ("\ud800") in a text, say
                    rejected.append((i, f"cannot be stored ({exc})"))
                    continue
                learners.add(row[2])
                if cur.rowcount:
                    added += 1
                else:
                    already += 1
        return ImportReport(source, added, already, rejected, sorted(learners))

    # figures ---------------------------------------------------------------------------------
    def learners(self, lessons_total: int) -> list[LearnerRow]:
        rows = []
        for account, name in self.conn.execute(
            "SELECT account, max(name) FROM statement GROUP BY account ORDER BY max(name)"
        ):
            q = self.conn.execute
            completed = q(
                "SELECT count(DISTINCT object) FROM statement WHERE account=? AND verb=? "
                "AND object LIKE '%/lesson/%'",
                (account, VERBS["completed"]),
            ).fetchone()[0]
            answered, right = q(
                "SELECT count(*), sum(success) FROM statement WHERE account=? AND verb=?",
                (account, VERBS["answered"]),
            ).fetchone()
            best = q(
                f"SELECT max({_SCALED}) FROM statement WHERE account=? AND verb IN (?, ?)",
                (account, VERBS["passed"], VERBS["failed"]),
            ).fetchone()[0]
            final = q(
                "SELECT count(*) FROM statement WHERE account=? AND verb=? "
                "AND object LIKE '%/exam/final'",
                (account, VERBS["passed"]),
            ).fetchone()[0]
            rows.append(
                LearnerRow(_text(account), _text(name), completed,
                           completed / lessons_total if lessons_total else 0.0, answered,
                           (_number(right) or 0) / answered if answered else None,
                           _scaled(best), final > 0)
            )  # fmt: skip
        return rows

    def score_distribution(self, bins: int = 10) -> list[int]:
        """How many learners' best exam score falls in each tenth (0–10 %, …, 90–100 %)."""
        counts = [0] * bins
        for (best,) in self.conn.execute(
            f"SELECT max({_SCALED}) FROM statement WHERE verb IN (?, ?) GROUP BY account",
            (VERBS["passed"], VERBS["failed"]),
        ):
            best = _scaled(best)
            if best is not None:  # a score below 0 (xAPI allows down to -1) counts as 0
                counts[max(0, min(bins - 1, int(best * bins)))] += 1
        return counts

    def most_missed(self, limit: int = 10) -> list[tuple[str, int, int]]:
        """(question activity id, times answered wrong, times answered) — most missed first."""
        return [
            (_text(iri), wrong, total)
            for iri, wrong, total in self.conn.execute(
                "SELECT object, sum(success = 0) AS wrong, count(*) FROM statement "
                "WHERE verb = ? GROUP BY object HAVING wrong > 0 "
                "ORDER BY wrong DESC, object LIMIT ?",
                (VERBS["answered"], limit),
            )
        ]

    def topic_mastery(self) -> dict[str, float]:
        """Per course section: the mean of each learner's latest score on each question."""
        latest = self.conn.execute(
            "SELECT topic, scaled FROM statement s WHERE verb = ? AND topic IS NOT NULL "
            "AND timestamp = (SELECT max(timestamp) FROM statement t WHERE t.account = s.account "
            "AND t.object = s.object AND t.verb = s.verb)",
            (VERBS["answered"],),
        )
        sums: dict[str, list[float]] = {}
        for topic, scaled in latest:
            sums.setdefault(_text(topic), []).append(_scaled(scaled) or 0.0)
        return {t: sum(v) / len(v) for t, v in sorted(sums.items())}

    def statement_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM statement").fetchone()[0])

    def remove_learner(self, account: str) -> int:
        with self.conn:
            return self.conn.execute("DELETE FROM statement WHERE account=?", (account,)).rowcount
