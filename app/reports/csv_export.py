"""A learner's record as CSV for a spreadsheet: one row per lesson, answer, exam and
role-play; numbers as numbers (a dot for decimals, no units or %), times in ISO 8601, UTF-8
with a byte-order mark so Excel reads the Chinese correctly."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from app.reports.xapi import iso_timestamp

COLUMNS = (
    "learner_id", "learner", "kind", "item_id", "title", "section", "score", "correct",
    "passed", "seconds", "timestamp", "mode",
)  # fmt: skip


def learner_rows(bundle, learner_id: str, name: str, records: dict) -> list[dict]:
    return list(iter_learner_rows(bundle, learner_id, name, records))


def iter_learner_rows(bundle, learner_id: str, name: str, records: dict) -> Iterator[dict]:
    """The rows of ``learner_rows`` one at a time (``records["answers"]`` may be an
    iterator, read once)."""
    questions = {q.id: q for q in bundle.questions}

    def row(**kw) -> dict:
        return {"learner_id": learner_id, "learner": name, **kw}

    for lid, s in sorted(records["lessons"].items()):
        lesson = bundle.lessons.get(lid)
        yield (row(kind="lesson", item_id=lid, title=lesson.title if lesson else lid,
                        section=lesson.section if lesson else "", score="", correct="",
                        passed=1 if s.learned else 0, seconds=int(s.seconds_spent),
                        timestamp=iso_timestamp(s.learned_at or s.updated_at),
                        mode=""))  # fmt: skip
    for a in records["answers"]:
        q = questions.get(a["question_id"])
        yield (row(kind="answer", item_id=a["question_id"], title=q.stem if q else "",
                        section=q.topic if q else "", score=round(float(a["score"]), 4),
                        correct=1 if a["correct"] else 0, passed="",
                        seconds=round(float(a["seconds"]), 1),
                        timestamp=iso_timestamp(a["answered_at"]), mode=a["mode"]))  # fmt: skip
    for e in records["exams"]:
        if e["finished_at"] is None:
            continue
        yield (row(kind="exam", item_id=e["id"], title=e["kind"], section="",
                        score=round(float(e["score"] or 0), 4), correct="",
                        passed=1 if e["passed"] else 0,
                        seconds=round((e["finished_at"] - e["started_at"]).total_seconds(), 1),
                        timestamp=iso_timestamp(e["finished_at"]), mode=e["kind"]))  # fmt: skip
    for r in records["scenarios"]:
        sc = bundle.scenarios.get(r["scenario_id"])
        yield (row(kind="roleplay", item_id=r["scenario_id"], title=sc.title if sc else "",
                        section="", score=r["total"], correct="",
                        passed=1 if r["ending_kind"] == "loyal" else 0,
                        seconds=round(float(r["seconds"]), 1),
                        timestamp=iso_timestamp(r["finished_at"]), mode=r["mode"]))  # fmt: skip


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A text cell a spreadsheet would run as a formula gets a leading single quote (OWASP's
    CSV injection advice): learner names and answers are typed by people. Numbers (int,
    float) are never text, so -0.5 stays a number."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(rows: list[dict], columns=COLUMNS) -> str:
    return "".join(csv_pieces(rows, columns))


def csv_pieces(rows: Iterable[dict], columns=COLUMNS, batch: int = 2000) -> Iterator[str]:
    """The CSV text of ``rows`` (with the byte-order mark) in pieces of ``batch`` rows, so a
    long history is written as it is made."""
    out = io.StringIO()
    out.write("\ufeff")
    names = list(columns)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    starts = "".join(FORMULA_STARTS)  # safe_cell inline: a 200,000-row export calls it 2.4M times
    pending = 0
    for row in rows:
        cells = [row.get(k, "") for k in names]
        writer.writerow([
            "'" + v if type(v) is str and v[:1] in starts and v else v for v in cells
        ])  # fmt: skip
        pending += 1
        if pending == batch:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
            pending = 0
    yield out.getvalue()
