"""The trainer's cohort: xAPI exports of several learners (from offline copies) gathered in
one SQLite file, and the figures a trainer asks for.

Statements are kept by their id, so importing the same file twice changes nothing; a file
that is not an export is refused with the reason, and a bad statement is reported by its
position without stopping the others.
"""

from __future__ import annotations

import json
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
    pass


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
        path = Path(path)
        if path.stat().st_size > MAX_BYTES:
            raise CohortImportError(f"{path.name}: larger than 50 MB, not an export of one learner")
        try:
            data = json.loads(path.read_bytes().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CohortImportError(f"{path.name}: not an xAPI export (JSON): {exc}") from None
        if isinstance(data, dict) and isinstance(data.get("statements"), list):
            data = data["statements"]
        if not isinstance(data, list):
            raise CohortImportError(f"{path.name}: expected a list of xAPI statements")
        added = already = 0
        rejected: list[tuple[int, str]] = []
        learners: set[str] = set()
        with self.conn:
            for i, st in enumerate(data, start=1):
                problems = validate(st) if isinstance(st, dict) else ["not a statement object"]
                if not problems and "id" not in st:
                    problems = ["statement has no id (needed to import it only once)"]
                if problems:
                    rejected.append((i, "; ".join(problems)))
                    continue
                account = st["actor"].get("account", {}).get("name") or json.dumps(
                    st["actor"], sort_keys=True
                )
                result = st.get("result") or {}
                ext = (st.get("context") or {}).get("extensions") or {}
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO statement VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        str(st["id"]), account, st["actor"].get("name", account),
                        st["verb"]["id"], st["object"]["id"],
                        None if "success" not in result else int(bool(result["success"])),
                        (result.get("score") or {}).get("scaled"),
                        duration_seconds(result.get("duration", "")),
                        ext.get(EXT_TOPIC), st.get("timestamp", ""),
                        json.dumps(st, ensure_ascii=False),
                    ),
                )  # fmt: skip
                learners.add(st["actor"].get("name", account))
                if cur.rowcount:
                    added += 1
                else:
                    already += 1
        return ImportReport(path.name, added, already, rejected, sorted(learners))

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
                "SELECT max(scaled) FROM statement WHERE account=? AND verb IN (?, ?)",
                (account, VERBS["passed"], VERBS["failed"]),
            ).fetchone()[0]
            final = q(
                "SELECT count(*) FROM statement WHERE account=? AND verb=? "
                "AND object LIKE '%/exam/final'",
                (account, VERBS["passed"]),
            ).fetchone()[0]
            rows.append(
                LearnerRow(account, name, completed,
                           completed / lessons_total if lessons_total else 0.0, answered,
                           (right or 0) / answered if answered else None, best, final > 0)
            )  # fmt: skip
        return rows

    def score_distribution(self, bins: int = 10) -> list[int]:
        """How many learners' best exam score falls in each tenth (0–10 %, …, 90–100 %)."""
        counts = [0] * bins
        for (best,) in self.conn.execute(
            "SELECT max(scaled) FROM statement WHERE verb IN (?, ?) GROUP BY account",
            (VERBS["passed"], VERBS["failed"]),
        ):
            if best is not None:
                counts[min(bins - 1, int(best * bins))] += 1
        return counts

    def most_missed(self, limit: int = 10) -> list[tuple[str, int, int]]:
        """(question activity id, times answered wrong, times answered) — most missed first."""
        return list(
            self.conn.execute(
                "SELECT object, sum(success = 0) AS wrong, count(*) FROM statement "
                "WHERE verb = ? GROUP BY object HAVING wrong > 0 "
                "ORDER BY wrong DESC, object LIMIT ?",
                (VERBS["answered"], limit),
            )
        )

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
            sums.setdefault(topic, []).append(scaled or 0.0)
        return {t: sum(v) / len(v) for t, v in sorted(sums.items())}

    def statement_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM statement").fetchone()[0])

    def remove_learner(self, account: str) -> int:
        with self.conn:
            return self.conn.execute("DELETE FROM statement WHERE account=?", (account,)).rowcount
