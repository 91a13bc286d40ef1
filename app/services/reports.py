"""What the learner did, as figures, a certificate and exports; the trainer's cohort."""

from __future__ import annotations

from pathlib import Path

from app.changes import mutation
from app.services.core import Core


class Reports:
    def __init__(self, core: Core) -> None:
        self._core = core
        self.bus = core.bus
        self._cohort = None

    def records(self) -> dict:
        """Everything the learner did, as the exports and reports read it."""
        store = self._core.store()
        return {
            "lessons": store.lesson_states(),
            "answers": store.answers(),
            "exams": store.exam_history(),
            "scenarios": store.scenario_runs(),
        }

    def dashboard(self):
        from app.quiz.mastery import topic_mastery
        from app.quiz.review import end_of_today_utc
        from app.reports.dashboard import build_dashboard

        content, store = self._core.content, self._core.store()
        latest = store.latest_scores()
        answered: dict[str, int] = {}
        for q in content.questions:
            if q.id in latest:
                answered[q.topic] = answered.get(q.topic, 0) + 1
        mastery = topic_mastery(content.questions, latest)
        mastery = {k: v for k, v in mastery.items() if k in answered}
        known = {q.id for q in content.questions}
        due = sum(1 for qid in store.due_reviews(end_of_today_utc()) if qid in known)
        return build_dashboard(
            content, store.lesson_states(), mastery,
            answered, store.total_study_seconds(), store.study_days(), store.exam_history(),
            due, len(store.scenario_runs()),
        )  # fmt: skip

    def certificate(self, dashboard=None):
        """(Certificate, "") once earned, else (None, what is missing). Pass the dashboard
        when it is at hand: it is what the rule reads."""
        from app.reports.certificate import earned

        d = dashboard or self.dashboard()
        profile = self._core.profile
        return earned(d.learned, d.lessons, list(d.exams), profile.id if profile else "",
                      profile.name if profile else "")  # fmt: skip

    def export(self, path: Path, fmt: str) -> Path:
        """The learner's record as CSV (UTF-8 with BOM) or as xAPI statements (JSON)."""
        import json

        from app.services.files import write_atomically

        profile = self._core.profile
        pid, name = (profile.id, profile.name) if profile else ("", "")
        records = self.records()
        content = self._core.content
        if fmt == "csv":
            from app.reports.csv_export import learner_rows, to_csv

            text = to_csv(learner_rows(content, pid, name, records))
        elif fmt == "xapi":
            from app.reports.xapi import learner_statements

            statements = learner_statements(content, pid, name, records)
            text = json.dumps(statements, ensure_ascii=False, indent=2)
        else:
            raise ValueError(f"unknown report format {fmt!r} (csv or xapi)")
        return write_atomically(Path(path), text, newline="")

    # the trainer's cohort --------------------------------------------------------------------
    def _cohort_store(self):
        """The cohort file in the data folder (imported learners' exports), opened once."""
        if self._cohort is None:
            from app.reports.cohort import Cohort

            self._cohort = Cohort(self._core.paths.root / "cohort.sqlite")
        return self._cohort

    @mutation(cohort=True)
    def import_cohort_file(self, path: Path):
        """Add one learner's export (CSV or xAPI) to the cohort; importing twice adds nothing."""
        return self._cohort_store().import_file(Path(path))

    @mutation(cohort=True)
    def remove_cohort_learner(self, account: str) -> int:
        return self._cohort_store().remove_learner(account)

    def cohort_learners(self) -> list:
        return self._cohort_store().learners(len(self._core.content.lessons))

    def cohort_most_missed(self, limit: int = 10) -> list[tuple[str, int, int]]:
        return self._cohort_store().most_missed(limit)

    def cohort_score_distribution(self, bins: int = 10) -> list[int]:
        return self._cohort_store().score_distribution(bins)

    def cohort_topic_mastery(self) -> dict[str, float]:
        return self._cohort_store().topic_mastery()

    def cohort_statement_count(self) -> int:
        return self._cohort_store().statement_count()

    def close(self) -> None:
        if self._cohort is not None:
            self._cohort.close()
            self._cohort = None
