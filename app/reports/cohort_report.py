"""The trainer's cohort report as plain data: the CSV (one row per learner, numbers as
numbers) and the tables of the PDF (learners, mastery per section, most missed questions),
with the HTML the PDF is printed from. No Qt here: the view passes its translated words in
as ``CohortLabels`` and only writes the file."""

from __future__ import annotations

import html
from dataclasses import dataclass

from app.reports.cohort import Cohort, LearnerRow
from app.reports.csv_export import to_csv

CSV_COLUMNS = (
    "learner_id", "learner", "lessons_completed", "completion", "answered", "share_right",
    "best_exam", "final_passed",
)  # fmt: skip


@dataclass(frozen=True)
class CohortLabels:
    """The words of the report, in the interface language (the view translates them)."""

    title: str = "Cohort report"
    learner: str = "Learner"
    lessons: str = "Lessons"
    answers: str = "Answers"
    right: str = "Right"
    best_exam: str = "Best exam"
    final: str = "Final"
    passed: str = "passed"
    mastery: str = "Mastery per section (the cohort)"
    missed: str = "Most missed questions"

    @property
    def learner_headers(self) -> tuple[str, ...]:
        return (self.learner, self.lessons, self.answers, self.right, self.best_exam, self.final)


@dataclass(frozen=True)
class Table:
    heading: str
    headers: tuple[str, ...]  # empty: a table without a header row
    rows: list[tuple[str, ...]]


@dataclass(frozen=True)
class CohortReport:
    title: str
    tables: list[Table]


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"


def learner_cells(rows: list[LearnerRow], passed: str = "passed") -> list[tuple[str, ...]]:
    """One learner a row, as shown: name, lessons (share), answers, right, best exam, final."""
    return [
        (
            r.name,
            f"{r.lessons_completed} ({r.completion * 100:.0f}%)",
            str(r.answered),
            _percent(r.share_right),
            _percent(r.best_exam),
            passed if r.final_passed else "—",
        )
        for r in rows
    ]


def missed_cells(cohort: Cohort, questions, limit: int = 10) -> list[tuple[str, str]]:
    """The most missed questions: (the question's stem, or its IRI if the course no longer
    has it; "wrong / answered")."""
    by_id = {q.id: q for q in questions}
    out = []
    for iri, wrong, total in cohort.most_missed(limit):
        q = by_id.get(iri.rsplit("/", 1)[-1])
        out.append((q.stem if q else iri, f"{wrong} / {total}"))
    return out


def mastery_cells(cohort: Cohort, sections) -> list[tuple[str, str]]:
    """(section "number. title", or its id if unknown; mean mastery as a percentage)."""
    names = {s.id: f"{s.number}. {s.title}" for s in sections}
    return [(names.get(t, t), _percent(v)) for t, v in cohort.topic_mastery().items()]


def cohort_report(cohort: Cohort, bundle, labels: CohortLabels | None = None) -> CohortReport:
    """The PDF's content: the learners (with a header row), then the mastery per section and
    the most missed questions (without)."""
    labels = labels or CohortLabels()
    rows = cohort.learners(len(bundle.lessons))
    return CohortReport(
        labels.title,
        [
            Table("", labels.learner_headers, learner_cells(rows, labels.passed)),
            Table(labels.mastery, (), mastery_cells(cohort, bundle.course.sections)),
            Table(labels.missed, (), missed_cells(cohort, bundle.questions)),
        ],
    )


def report_html(report: CohortReport) -> str:
    """The report as HTML for the PDF; every text is escaped."""
    e = html.escape
    attrs = 'cellpadding="5" cellspacing="0" border="1" width="100%"'
    parts = [f'<h2 style="color:#0b4f6c">{e(report.title)}</h2>']
    for t in report.tables:
        if t.heading:
            parts.append(f"<h3>{e(t.heading)}</h3>")
        head = "<tr>" + "".join(f"<th>{e(h)}</th>" for h in t.headers) + "</tr>"
        body = "".join(
            "<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>" for row in t.rows
        )
        parts.append(f"<table {attrs}>{head if t.headers else ''}{body}</table>")
    return f"<html><body>{''.join(parts)}</body></html>"


def csv_rows(rows: list[LearnerRow]) -> list[dict]:
    return [
        {"learner_id": r.account, "learner": r.name, "lessons_completed": r.lessons_completed,
         "completion": round(r.completion, 4), "answered": r.answered,
         "share_right": "" if r.share_right is None else round(r.share_right, 4),
         "best_exam": "" if r.best_exam is None else round(r.best_exam, 4),
         "final_passed": int(r.final_passed)}
        for r in rows
    ]  # fmt: skip


def cohort_csv(cohort: Cohort, lessons_total: int) -> str:
    """The cohort as CSV text (UTF-8 with a byte-order mark, see ``to_csv``)."""
    return to_csv(csv_rows(cohort.learners(lessons_total)), CSV_COLUMNS)
