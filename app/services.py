"""The one facade the views call. It owns the loaded content, the profile registry and the
open learner's progress store, and announces every change on ``events``.

Heavy modules (SQLAlchemy, Alembic, Markdown, OpenCC, pydantic) are imported inside the
methods that need them, never at import time.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app import paths as app_paths
from app.course.model import ContentBundle
from app.events import Change, EventBus
from app.languages import LANGUAGES, normalise_language
from app.lessons.model import Lesson
from app.paths import DataPaths
from app.progress.profiles import Profile, ProfileRegistry

log = logging.getLogger(__name__)
_SEARCH_LOCK = threading.Lock()


@dataclass(frozen=True)
class ResumePoint:
    lesson_id: str
    section: int
    scroll: float


@dataclass(frozen=True)
class CourseProgress:
    learned: int
    total: int
    seconds: int

    @property
    def fraction(self) -> float:
        return self.learned / self.total if self.total else 0.0


class NoLearnerOpen(RuntimeError):
    pass


class Academy:
    def __init__(
        self,
        data_dir: str | Path | None = None,
        *,
        lang: str | None = None,
        content_root: Path | None = None,
        assets: Path | None = None,
    ) -> None:
        self.paths = DataPaths.at(data_dir).ensure()
        self._custom_content = content_root is not None
        self.content_root = content_root or self._installed_or_bundled()
        self.assets = assets or app_paths.assets_dir()
        self.events = EventBus()
        self.profiles = ProfileRegistry(self.paths)
        self.lang = normalise_language(lang or self.profiles.language)
        self._bundle: ContentBundle | None = None
        self.store = None
        self.profile: Profile | None = None
        self.open_report = None
        self._scratch: Path | None = None

    # content ------------------------------------------------------------------------------
    @property
    def content(self) -> ContentBundle:
        if self._bundle is None:
            from app.common.script import script_for_language
            from app.course.library import load_library

            self._bundle = load_library(
                self.content_root, self.assets, script_for_language(self.lang), self.paths.cache
            )
            if self._bundle.problems:
                for p in self._bundle.problems:
                    log.warning("content problem: %s", p)
        return self._bundle

    def lesson(self, lesson_id: str) -> Lesson | None:
        return self.content.lessons.get(lesson_id)

    def set_language(self, lang: str) -> None:
        lang = normalise_language(lang)
        if lang == self.lang:
            return
        from app.common.script import script_for_language

        old_script = script_for_language(self.lang)
        self.lang = lang
        self.profiles.set_language(lang)
        if self.store is not None:
            self.store.set_setting("language", lang)
        if script_for_language(lang) != old_script:
            self._bundle = None
        self.events.publish(Change("language"))

    # learners -----------------------------------------------------------------------------
    def open_learner(self, profile_id: str):
        """Open (checking, recovering, migrating) a learner's database. Returns an OpenReport.

        Raises DatabaseTooNew for a database from a newer app, leaving it untouched."""
        profile = self.profiles.get(profile_id)
        if profile is None:
            raise KeyError(profile_id)
        report = self._open_store(profile, self.paths.learner_dir(profile_id))
        self.profiles.set_last(profile_id)
        return report

    def open_scratch_learner(self):
        """A throwaway learner in a temporary folder (smoke runs, screenshots)."""
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="scratch-learner-", dir=self.paths.cache))
        report = self._open_store(Profile("scratch", "学员", ""), folder)
        self._scratch = folder
        return report

    def _open_store(self, profile: Profile, folder: Path):
        from app.progress.database import prepare_database
        from app.progress.learner import LearnerProgress

        self.close_learner()
        report = prepare_database(folder)
        self.store = LearnerProgress(report.path)
        self.profile = profile
        self.open_report = report
        lang = self.store.get_setting("language")
        if lang and lang in LANGUAGES and lang != self.lang:
            self.set_language(lang)
        self.events.publish(Change("learner", (profile.id,)))
        return report

    def warm_up(self) -> None:
        """Load the ORM store now (off the GUI thread), so the first write does not wait."""
        if self.store is not None:
            self.store.warm_up()

    def close_learner(self) -> None:
        if self.store is not None:
            self.store.close()
        self.store = None
        self.profile = None
        if self._scratch is not None:
            import shutil

            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def _store(self):
        if self.store is None:
            raise NoLearnerOpen("no learner profile is open")
        return self.store

    # progress -----------------------------------------------------------------------------
    def lesson_states(self) -> dict[str, Any]:
        return self._store().lesson_states() if self.store else {}

    def open_lesson(self, lesson_id: str):
        state = self._store().open_lesson(lesson_id)
        self.events.publish(Change("lesson-progress", (lesson_id,)))
        return state

    def set_learned(self, lesson_id: str, learned: bool = True):
        state = self._store().set_learned(lesson_id, learned)
        self.events.publish(Change("lesson-progress", (lesson_id,)))
        return state

    def save_position(self, lesson_id: str, section: int, scroll: float) -> None:
        self._store().save_position(lesson_id, section, scroll)

    def add_study_time(self, lesson_id: str, seconds: int, started_at: datetime) -> None:
        self._store().add_study_time(lesson_id, seconds, started_at)

    def resume_point(self) -> ResumePoint | None:
        store = self._store()
        lesson_id = store.get_setting("last_lesson")
        if not lesson_id or lesson_id not in self.content.lessons:
            return None
        state = store.lesson_state(lesson_id)
        return ResumePoint(
            lesson_id, state.last_section if state else 1, state.scroll if state else 0.0
        )

    def next_lesson_to_study(self) -> str | None:
        states = self.lesson_states()
        for lid in self.content.lesson_order():
            s = states.get(lid)
            if s is None or not s.learned:
                return lid
        return None

    def course_progress(self) -> CourseProgress:
        states = self.lesson_states()
        ids = self.content.lesson_order()
        learned = sum(1 for lid in ids if lid in states and states[lid].learned)
        return CourseProgress(learned, len(ids), self._store().total_study_seconds())

    def setting(self, key: str, default: Any = None) -> Any:
        return self.store.get_setting(key, default) if self.store else default

    def set_setting(self, key: str, value: Any) -> None:
        self._store().set_setting(key, value)
        self.events.publish(Change("settings", (key,)))

    # quizzes -------------------------------------------------------------------------------
    def start_quiz(
        self,
        mode: str,
        *,
        lesson_id: str | None = None,
        topic: str | None = None,
        topics: list[str] | None = None,
        per_topic: int = 3,
        pass_mark: float = 0.8,
        time_limit_s: int = 20 * 60,
        seed: int | None = None,
    ):
        """A new QuizSession. Exams are recorded as attempts from the moment they start."""
        import random

        from app.quiz import session as quiz

        rng = random.Random(seed)
        bank = self.content.questions
        if mode == "practice" and topic and topic.startswith("imported:"):
            bank = self.bank_questions(topic[len("imported:") :])
        if mode == "lesson":
            s = quiz.lesson_check(bank, lesson_id, rng)
        elif mode == "practice":
            s = quiz.practice(bank, topic, rng)
        elif mode == "exam":
            s = quiz.exam(
                bank, topics or [], per_topic, rng, pass_mark=pass_mark, time_limit_s=time_limit_s
            )
        elif mode == "final":
            s = quiz.final_exam(bank, rng)
        elif mode == "review":
            s = quiz.review(bank, self.due_review_ids(), rng)
        else:
            raise ValueError(f"unknown quiz mode {mode!r}")
        if s.mode in ("exam", "final"):
            self._store().start_exam(
                s.id, s.mode, [p.question.id for p in s.items], s.pass_mark, s.time_limit_s
            )
        return s

    def submit_answer(self, session, display_response, seconds: float):
        """Grade the current question and store the answer at once (it survives a crash)."""
        result = session.answer(display_response)
        q = session.current.question
        self._store().record_answer(
            q.id,
            session.mode,
            session.responses[q.id],
            result.correct,
            result.score,
            seconds,
            session_id=session.id,
        )
        self.events.publish(Change("answers", (q.id,)))
        return result

    def finish_quiz(self, session, *, timed_out: bool = False):
        """End a session; unanswered exam questions are stored as timed-out zeros."""
        unanswered = [p.question for p in session.items if p.question.id not in session.grades]
        result = session.finish(timed_out=timed_out)
        if session.mode in ("exam", "final"):
            for q in unanswered:
                self._store().record_answer(
                    q.id,
                    session.mode,
                    None,
                    False,
                    0.0,
                    0.0,
                    timed_out=timed_out,
                    session_id=session.id,
                )
            self._store().finish_exam(session.id, result.score, result.passed)
        self.events.publish(Change("answers"))
        return result

    def due_review_ids(self) -> list[str]:
        """Questions due for review today (missed earlier), soonest first."""
        from app.quiz.review import end_of_today_utc

        known = {q.id for q in self.content.questions}
        return [qid for qid in self._store().due_reviews(end_of_today_utc()) if qid in known]

    def due_review_count(self) -> int:
        return len(self.due_review_ids())

    def topic_mastery(self) -> dict[str, float]:
        from app.quiz.mastery import topic_mastery

        return topic_mastery(self.content.questions, self._store().latest_scores())

    # imported question banks ---------------------------------------------------------------
    def preview_import(self, path: Path, fmt: str | None = None):
        """Parse an import file without storing anything (raises ImportRefused)."""
        from app.quiz.interchange import banks

        return banks.import_file(self.paths.imported_banks, Path(path), fmt, dry_run=True)

    def import_questions(self, path: Path, fmt: str | None = None):
        from app.quiz.interchange import banks

        report = banks.import_file(self.paths.imported_banks, Path(path), fmt)
        self.events.publish(Change("banks", (report.bank,)))
        return report

    def imported_banks(self) -> list[dict]:
        from app.quiz.interchange import banks

        return banks.list_banks(self.paths.imported_banks)

    def remove_bank(self, name: str) -> bool:
        from app.quiz.interchange import banks

        removed = banks.remove_bank(self.paths.imported_banks, name)
        self.events.publish(Change("banks", (name,)))
        return removed

    def bank_questions(self, name: str) -> list:
        """An imported bank's questions, with ids and topic kept apart from the course's."""
        from dataclasses import replace

        from app.quiz.interchange import banks

        return [
            replace(q, id=f"imported:{name}:{q.id}", topic=f"imported:{name}")
            for q in banks.load_bank_questions(self.paths.imported_banks, name)
        ]

    # role-play -----------------------------------------------------------------------------
    def start_scenario(self, scenario_id: str):
        """A new ScenarioRun (nothing is stored until it reaches an ending)."""
        from app.scenario.engine import ScenarioRun

        return ScenarioRun(self.content.scenarios[scenario_id])

    def finish_scenario(self, run, seconds: float, *, mode: str = "self") -> dict:
        """Store a run that reached its ending. Returns {"id", "best", "previous_best"}: whether
        this run is now the learner's best for the scenario, and the best before it."""
        from app.scenario.engine import result_key

        if run.ending is None:
            raise ValueError("the scenario has not reached an ending")
        sid = run.scenario.id
        previous = self.best_scenario_results().get(sid)
        run_id = self._store().record_scenario_run(
            sid,
            run.ending.id,
            run.ending.kind,
            run.scores,
            run.emotion,
            run.path,
            seconds,
            mode=mode,
        )
        self.events.publish(Change("scenario", (sid,)))
        better = previous is None or run.key() > result_key(
            previous["ending_kind"], previous["total"]
        )
        return {"id": run_id, "best": better, "previous_best": previous}

    def best_scenario_results(self) -> dict[str, dict]:
        """The learner's best finished run of each scenario: best ending, then most points;
        among equals the earliest."""
        from app.scenario.engine import result_key

        best: dict[str, dict] = {}
        for r in self._store().scenario_runs():
            old = best.get(r["scenario_id"])
            if old is None or result_key(r["ending_kind"], r["total"]) > result_key(
                old["ending_kind"], old["total"]
            ):
                best[r["scenario_id"]] = r
        return best

    def scenario_runs(self, scenario_id: str | None = None) -> list[dict]:
        return self._store().scenario_runs(scenario_id)

    # knowledge base ------------------------------------------------------------------------
    def search_index(self):
        """The search index for the current content, built on first use (call it off the GUI
        thread the first time: building takes a moment). Rebuilt only when the content
        changes, since the file name carries the content digest."""
        with _SEARCH_LOCK:  # the warm-up thread and a first search may both get here
            return self._search_index()

    def _search_index(self):
        from app.knowledge.index import SearchIndex, build_index, index_path

        digest = self.content.digest
        path = index_path(self.paths.cache, digest or "nodigest")
        current = getattr(self, "_search", None)
        if current is not None and current.path == path:
            return current
        shipped = app_paths.resource_root() / "prebuilt" / path.name
        if not path.exists() and shipped.is_file():
            path = shipped  # an installed copy ships the index of its own content, read-only
        if not path.exists():
            from app.course.library import load_library
            from app.knowledge.documents import course_documents

            simplified = load_library(self.content_root, self.assets, cache_dir=self.paths.cache)
            build_index(path, course_documents(simplified))
        if current is not None:
            current.close()
        self._search = SearchIndex(path)
        return self._search

    def search(self, query: str, *, kinds=None, topic: str | None = None, limit: int = 30) -> list:
        """Ranked hits over the course (and the open learner's notes), in the reader's script."""
        from dataclasses import replace

        hits = self.search_index().search(query, kinds=kinds, topic=topic, limit=limit)
        if self.store is not None and (not kinds or "note" in kinds) and not topic:
            from app.knowledge.notes import search_notes

            mine = search_notes(self._store().notes(), self.content, query)
            hits = sorted([*hits, *mine], key=lambda h: -h.score)[:limit]
        if self.lang == "zh-TW":
            from app.common.script import to_traditional

            hits = [replace(h, title=to_traditional(h.title), snippet=to_traditional(h.snippet))
                    for h in hits]  # fmt: skip
        return hits

    # bookmarks and notes ---------------------------------------------------------------------
    def toggle_bookmark(self, kind: str, ref: str, section: int) -> bool:
        on = self._store().toggle_bookmark(kind, ref, section)
        self.events.publish(Change("bookmarks", (ref,)))
        return on

    def is_bookmarked(self, kind: str, ref: str, section: int) -> bool:
        return any(
            (b["kind"], b["ref"], b["section"]) == (kind, ref, section)
            for b in self._store().bookmarks()
        )

    def bookmarks(self) -> list[dict]:
        """Bookmarks, newest first, each with the title of its place."""
        from app.knowledge.notes import place_target, place_title

        return [
            {**b, "title": place_title(self.content, b["kind"], b["ref"], b["section"]),
             "target": place_target(b["kind"], b["ref"], b["section"])}
            for b in self._store().bookmarks()
        ]  # fmt: skip

    def note_for(self, kind: str, ref: str, section: int) -> dict | None:
        return next((n for n in self._store().notes(kind, ref) if n["section"] == section), None)

    def save_note(self, kind: str, ref: str, section: int, text: str) -> int | None:
        note_id = self._store().save_note(kind, ref, section, text)
        self.events.publish(Change("notes", (ref,)))
        return note_id

    def notes(self) -> list[dict]:
        """Live notes, most recently changed first, each with the title of its place."""
        from app.knowledge.notes import place_target, place_title

        return [
            {**n, "title": place_title(self.content, n["kind"], n["ref"], n["section"]),
             "target": place_target(n["kind"], n["ref"], n["section"])}
            for n in self._store().notes()
        ]  # fmt: skip

    def delete_note(self, note_id: int) -> bool:
        done = self._store().delete_note(note_id)
        self.events.publish(Change("notes"))
        return done

    def restore_note(self, note_id: int) -> bool:
        done = self._store().restore_note(note_id)
        self.events.publish(Change("notes"))
        return done

    def export_notes(self, path: Path) -> Path:
        """Write every note as Markdown (UTF-8) to ``path``, atomically."""
        import os

        from app.knowledge.notes import notes_markdown

        text = notes_markdown(
            self._store().notes(),
            self.content,
            learner=self.profile.name if self.profile else "",
            now=datetime.now(),
        )
        path = Path(path)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
        return path

    # reports ---------------------------------------------------------------------------------
    def records(self) -> dict:
        """Everything the learner did, as the exports and reports read it."""
        store = self._store()
        return {
            "lessons": store.lesson_states(),
            "answers": store.answers(),
            "exams": store.exam_history(),
            "scenarios": store.scenario_runs(),
        }

    def dashboard(self):
        from app.quiz.mastery import topic_mastery
        from app.reports.dashboard import build_dashboard

        store = self._store()
        latest = store.latest_scores()
        answered: dict[str, int] = {}
        for q in self.content.questions:
            if q.id in latest:
                answered[q.topic] = answered.get(q.topic, 0) + 1
        mastery = topic_mastery(self.content.questions, latest)
        mastery = {k: v for k, v in mastery.items() if k in answered}
        return build_dashboard(
            self.content, store.lesson_states(), mastery,
            answered, store.total_study_seconds(), store.study_days(), store.exam_history(),
            self.due_review_count(), len(store.scenario_runs()),
        )  # fmt: skip

    def certificate(self, dashboard=None):
        """(Certificate, "") once earned, else (None, what is missing). Pass the dashboard
        when it is at hand: it is what the rule reads."""
        from app.reports.certificate import earned

        d = dashboard or self.dashboard()
        profile = self.profile
        return earned(d.learned, d.lessons, list(d.exams), profile.id if profile else "",
                      profile.name if profile else "")  # fmt: skip

    def export_report(self, path: Path, fmt: str) -> Path:
        """The learner's record as CSV (UTF-8 with BOM) or as xAPI statements (JSON)."""
        import json
        import os

        profile = self.profile
        pid, name = (profile.id, profile.name) if profile else ("", "")
        records = self.records()
        if fmt == "csv":
            from app.reports.csv_export import learner_rows, to_csv

            text = to_csv(learner_rows(self.content, pid, name, records))
        elif fmt == "xapi":
            from app.reports.xapi import learner_statements

            statements = learner_statements(self.content, pid, name, records)
            text = json.dumps(statements, ensure_ascii=False, indent=2)
        else:
            raise ValueError(f"unknown report format {fmt!r} (csv or xapi)")
        path = Path(path)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(text, encoding="utf-8", newline="")
        os.replace(tmp, path)
        return path

    def cohort(self):
        """The trainer's cohort file in the data folder (imported learners' exports)."""
        from app.reports.cohort import Cohort

        if getattr(self, "_cohort", None) is None:
            self._cohort = Cohort(self.paths.root / "cohort.sqlite")
        return self._cohort

    # moving a learner ------------------------------------------------------------------------
    def export_learner(self, path: Path, profile_id: str | None = None) -> Path:
        """The whole learner (profile, PIN, records) as one file to take to another PC."""
        from app.progress.transfer import export_learner

        pid = profile_id or (self.profile.id if self.profile else None)
        if pid is None:
            raise NoLearnerOpen("no learner profile is open")
        return export_learner(self.profiles, pid, Path(path))

    def import_learner(self, path: Path):
        from app.progress.transfer import import_learner

        profile = import_learner(self.profiles, Path(path))
        self.events.publish(Change("profiles", (profile.id,)))
        return profile

    # course packs ----------------------------------------------------------------------------
    def _installed_or_bundled(self) -> Path:
        from app.course.packs import active_content_root

        return active_content_root(self.paths.root) or app_paths.content_dir()

    def install_pack(self, path: Path):
        """Check and install a course pack; the new course is used from now on."""
        from app.course.packs import install_pack

        report = install_pack(Path(path), self.paths.root, self.content_root, self.assets)
        if not self._custom_content:
            self.content_root = self._installed_or_bundled()
        self._bundle = None
        self._search = None
        self.events.publish(Change("content", (report.manifest.id,)))
        return report
