"""What the learner did, as figures, a certificate and exports; the trainer's cohort."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

from app.changes import mutation
from app.services.core import Core
from app.tasks import NO_PROGRESS, Cancelled, Progress

# statements written in one transaction when importing files (see import_cohort_files)
COHORT_BATCH = 50_000


class Reports:
    def __init__(self, core: Core) -> None:
        self._core = core
        self.bus = core.bus
        self._cohort_db = None
        self._cohort_lock = threading.Lock()

    def records(self) -> dict:
        """Everything the learner did, as the exports and reports read it."""
        return learner_records(self._core)

    def dashboard(self):
        from app.quiz.mastery import topic_mastery
        from app.reports.dashboard import build_dashboard
        from app.services.quizzes import due_review_ids
        from app.services.study import followed_sections

        content, store = self._core.content, self._core.store()
        latest = store.latest_scores()
        answered: dict[str, int] = {}
        for q in content.questions:
            if q.id in latest:
                answered[q.topic] = answered.get(q.topic, 0) + 1
        mastery = topic_mastery(content.questions, latest)
        mastery = {k: v for k, v in mastery.items() if k in answered}
        due = len(due_review_ids(self._core))
        return build_dashboard(
            content, store.lesson_states(), mastery,
            answered, store.total_study_seconds(), store.study_summary(), store.exam_history(),
            due, store.scenario_run_count(), followed=followed_sections(self._core),
        )  # fmt: skip

    def certificate(self, dashboard=None):
        """(Certificate, Eligibility) once earned, else (None, Eligibility: what is missing).
        Pass the dashboard when it is at hand: it is what the rule reads."""
        from app.reports.certificate import earned
        from app.services.study import followed_track

        d = dashboard or self.dashboard()
        profile = self._core.profile
        track = self._core.content.course.track(followed_track(self._core))
        return earned(d.learned, d.lessons, list(d.exams), profile.id if profile else "",
                      profile.name if profile else "", track.title if track else "")  # fmt: skip

    def export(self, path: Path, fmt: str) -> Path:
        """The learner's record as CSV (UTF-8 with BOM) or as xAPI statements (JSON, one
        statement a line). Written as it is read: answers are streamed from the store
        (``learner_records(streamed=True)``), so a long history is never held whole."""
        from app.services.files import write_pieces_atomically

        profile = self._core.profile
        pid, name = (profile.id, profile.name) if profile else ("", "")
        records = learner_records(self._core, streamed=True)
        content = self._core.content
        if fmt == "csv":
            from app.reports.csv_export import csv_pieces, iter_learner_rows

            pieces = csv_pieces(iter_learner_rows(content, pid, name, records))
        elif fmt == "xapi":
            from app.reports.xapi import statements_json

            pieces = statements_json(iter_learner_xapi(self._core, records))
        else:
            raise ValueError(f"unknown report format {fmt!r} (csv or xapi)")
        return write_pieces_atomically(Path(path), pieces, newline="")

    def statements(self, records: dict | None = None) -> list[dict]:
        """The open learner's xAPI statements (see ``learner_xapi``)."""
        return learner_xapi(self._core, records or self.records())

    # the trainer's cohort --------------------------------------------------------------------
    # One connection to the cohort file, used from the window's thread and from operations:
    # every use holds the lock, so a refresh never meets an import half-way.
    @contextmanager
    def _cohort(self):
        with self._cohort_lock:
            if self._cohort_db is None:
                from app.reports.cohort import Cohort

                self._cohort_db = Cohort(self._core.paths.root / "cohort.sqlite")
            yield self._cohort_db

    def _trainer_only(self) -> None:
        """The cohort is the trainer's: with a learner's profile open, only the trainer may
        change or export it (ProfileError("not-trainer")). Tools with no profile open may."""
        if self._core.profile is not None:
            from app.services.profiles import require_trainer

            require_trainer(self._core)

    @mutation(cohort=True)
    def import_cohort_files(self, paths: list[Path], progress: Progress = NO_PROGRESS) -> list:
        """Add learners' exports (xAPI) to the cohort: a list of ImportReport, or the error
        (CohortImportError, OSError) that refused a file, in the order of ``paths``.
        Importing a file twice adds nothing. Trainer only (see ``_trainer_only``).

        Files are read and checked one at a time outside the cohort's lock (progress a
        file) and written in batches of about ``COHORT_BATCH`` statements, one transaction
        a batch: a thousand commits would each rewrite the indexes' pages. The cycle
        collector is paused meanwhile (``paused_gc``): each export makes tens of thousands
        of acyclic dicts and rows it would otherwise rescan, a quarter of the import. Cancel stops
        before the next file and keeps every file read by then, whole. A cohort file from a
        newer version fails the whole import (CohortTooNew) before any file is read."""
        from app.common.gc_pause import paused_gc
        from app.reports.cohort import CohortImportError, prepare, read_export

        self._trainer_only()
        with self._cohort():  # opened (or refused) once, not once a file
            pass

        results: list = []
        pending: list = []  # (position in results, Prepared)

        def write() -> None:
            with self._cohort() as cohort:
                reports = cohort.store([p for _, p in pending])
            for (at, _), report in zip(pending, reports, strict=True):
                results[at] = report
            pending.clear()

        with paused_gc():
            try:
                for n, path in enumerate(paths):
                    progress.step(n, len(paths), Path(path).name)
                    try:
                        prepared = prepare(read_export(Path(path)), Path(path).name)
                    except (CohortImportError, OSError) as exc:
                        results.append(exc)
                        continue
                    results.append(None)
                    pending.append((n, prepared))
                    if sum(p.size for _, p in pending) >= COHORT_BATCH:
                        write()
            except Cancelled:
                write()  # the files read before the cancel are whole: keep them
                raise
            write()
        progress.step(len(paths), len(paths))
        with self._cohort() as cohort:  # here, not on the window's thread when it refreshes
            cohort.warm(len(self._core.content.lessons))
        return results

    @mutation(cohort=True)
    def import_cohort_from_lrs(self, progress: Progress = NO_PROGRESS):
        """Read this course's statements from the organisation's LRS into the cohort (GET
        /statements, every page through ``more``), a page at a time, so Cancel keeps what
        was read. The same figures and exports as from files result. Trainer only;
        ValueError("not-configured") without an LRS; LrsError / LrsRefused as the LRS says."""
        from app.reports.cohort import ImportReport
        from app.reports.xapi import course_iri
        from app.sync.client import LrsClient
        from app.sync.config import load_organisation

        self._trainer_only()
        lrs = load_organisation(self._core.paths.root, _install_dir()).lrs
        if lrs is None:
            raise ValueError("not-configured")
        client = LrsClient(lrs)
        filters = {"activity": course_iri(self._core.content.course.id),
                   "related_activities": "true", "limit": "500"}  # fmt: skip
        counts = {"added": 0, "already": 0}
        rejected: list = []
        learners: set[str] = set()
        page: list[dict] = []

        def flush() -> None:
            with self._cohort() as cohort:
                r = cohort.import_statements(page, "LRS")
            counts["added"] += r.added
            counts["already"] += r.already
            rejected.extend(r.rejected)
            learners.update(r.learners)
            page.clear()

        for st in client.get(**filters):
            page.append(st)
            if len(page) >= 500:
                flush()
                progress.step(counts["added"] + counts["already"], 0, "LRS")
        if page:
            flush()
        with self._cohort() as cohort:  # here, not on the window's thread when it refreshes
            cohort.warm(len(self._core.content.lessons))
        return ImportReport("LRS", counts["added"], counts["already"], rejected, sorted(learners))

    @mutation(cohort=True)
    def remove_cohort_learner(self, account: str) -> int:
        self._trainer_only()
        with self._cohort() as cohort:
            return cohort.remove_learner(account)

    def cohort_learners(self) -> list:
        with self._cohort() as cohort:
            return cohort.learners(len(self._core.content.lessons))

    def cohort_most_missed(self, limit: int = 10) -> list[tuple[str, int, int]]:
        with self._cohort() as cohort:
            return cohort.most_missed(limit)

    def cohort_missed_cells(self, limit: int = 10) -> list[tuple[str, str]]:
        from app.reports.cohort_report import missed_cells

        with self._cohort() as cohort:
            return missed_cells(cohort, self._core.content.questions, limit)

    def cohort_score_distribution(self, bins: int = 10) -> list[int]:
        with self._cohort() as cohort:
            return cohort.score_distribution(bins)

    def cohort_topic_mastery(self) -> dict[str, float]:
        with self._cohort() as cohort:
            return cohort.topic_mastery()

    def cohort_statement_count(self) -> int:
        with self._cohort() as cohort:
            return cohort.statement_count()

    def cohort_report(self, labels=None):
        """The cohort report's tables (learners, mastery per section, most missed), in the
        words of ``labels`` (CohortLabels)."""
        from app.reports.cohort_report import cohort_report

        with self._cohort() as cohort:
            return cohort_report(cohort, self._core.content, labels)

    def export_cohort_csv(self, path: Path) -> Path:
        self._trainer_only()
        from app.reports.cohort_report import cohort_csv
        from app.services.files import write_atomically

        with self._cohort() as cohort:
            text = cohort_csv(cohort, len(self._core.content.lessons))
        return write_atomically(Path(path), text, newline="")

    def close(self) -> None:
        with self._cohort_lock:
            if self._cohort_db is not None:
                self._cohort_db.close()
                self._cohort_db = None


def _install_dir():
    """Beside the installed program (a frozen copy), where organisation.json may sit."""
    import sys

    from app.paths import executable_dir

    return executable_dir() if getattr(sys, "frozen", False) else None


def learner_records(core: Core, *, streamed: bool = False) -> dict:
    """Everything the open learner did, as the exports and reports read it. ``streamed``:
    the answers as an iterator (``ProgressStore.export_answers``), read once, by one export
    or count, so a long history is never held whole."""
    store = core.store()
    return {
        "lessons": store.lesson_states(),
        "sessions": store.study_sessions(),
        "answers": store.export_answers() if streamed else store.answers(),
        "exams": store.exam_history(),
        "scenarios": store.scenario_runs(),
    }


def learner_xapi(core: Core, records: dict | None = None) -> list[dict]:
    """The open learner's xAPI statements (see ``iter_learner_xapi``), as a list."""
    return list(iter_learner_xapi(core, records))


def iter_learner_xapi(core: Core, records: dict | None = None):
    """The open learner's xAPI statements, one at a time. Always from the Simplified course
    (the statements carry both scripts themselves), so the interface language never changes
    a statement's content; the actor is the organisation's when organisation.json says so."""
    from app.reports.xapi import iter_statements
    from app.sync.config import load_organisation

    profile = core.profile
    pid, name = (profile.id, profile.name) if profile else ("", "")
    bundle = core.content
    if bundle.script != "zh-Hans":
        bundle = core.load_simplified()
    org = load_organisation(core.paths.root, _install_dir())
    learner = core.learner
    staff_id = learner.get_setting("identity.staff_id", "") if learner else ""
    email = learner.get_setting("identity.email", "") if learner else ""
    account, mbox = None, None
    if org.use == "email" and isinstance(email, str) and email:
        mbox = f"mailto:{email}"
    elif isinstance(staff_id, str) and staff_id:
        account = staff_id
    return iter_statements(bundle, pid, name, records or learner_records(core),
                           home_page=org.home_page or None, account=account,
                           mbox=mbox)  # fmt: skip
