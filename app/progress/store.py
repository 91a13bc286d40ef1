"""Reads and writes of one learner's progress. Every write is its own committed transaction,
so a crash at any moment loses nothing that a method has returned from.

Every write goes through ``_writing(tables…)``, which names the tables it changes; reads that
the dashboard repeats on every refresh (lesson states, exam history, study time, role-play
count, the review queue) are kept until a write to their table, so after an answer only
what the answer changed is read again, however long the history. Nothing else writes to a
learner's file while it is open (the single-instance lock; imports make a new file).
"""

from __future__ import annotations

import json
import logging
import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from app.progress.schema import (
    Answer,
    Bookmark,
    ExamAttempt,
    LessonProgress,
    Note,
    ReviewCard,
    ScenarioRun,
    Setting,
    StudyTime,
    WritingAttempt,
    XapiSent,
)
from app.progress.states import LEARNED, STARTED, LessonState

log = logging.getLogger(__name__)


def _readable(kind: str, rows: Iterable, build: Callable[[Any], dict], *required: str) -> list:
    """``build(row)`` for each row that can be read; a damaged one (a date that is not a
    date, text that is not JSON) is left out and named in the log, so that one bad row does
    not take down every report."""
    out = []
    for row in rows:
        try:
            item = build(row)
            missing = [k for k in required if item.get(k) is None]
            if missing:
                raise ValueError(f"no readable {', '.join(missing)}")
        except (ValueError, TypeError) as exc:
            log.warning("%s #%s is damaged and left out: %s", kind, row.id, exc)
            continue
        out.append(item)
    return out


def _state(row: LessonProgress) -> LessonState:
    return LessonState(
        row.lesson_id,
        row.status,
        row.last_section,
        row.scroll,
        row.seconds_spent,
        row.learned_at,
        row.updated_at,
    )


# The local days (SQLite's 'localtime' is the C library's, as Python's astimezone()) that
# hold some row of a table: one index seek per day, from each day's first row to the first
# row of the next local day, instead of reading every row. ``max(…, day.t)`` and ``> day.t``
# make each step move on even where a zone's midnight does not exist or a date is damaged.
_DAYS = """
WITH RECURSIVE day(t) AS (
  SELECT min({c}) FROM {t}
  UNION ALL
  SELECT (SELECT min({c}) FROM {t}
          WHERE {c} >= max(coalesce(datetime(date(day.t, 'localtime', '+1 day'), 'utc'),
                                    day.t), day.t)
            AND {c} > day.t)
  FROM day WHERE day.t IS NOT NULL
)
SELECT DISTINCT date(t, 'localtime') FROM day WHERE t IS NOT NULL
"""
# The latest score of every question answered: a seek per question (ix_answer_question_id
# holds the rowid, so "ORDER BY id DESC LIMIT 1" is its last entry), not a GROUP BY over
# every answer.
_LATEST = """
WITH RECURSIVE q(id) AS (
  SELECT min(question_id) FROM answer
  UNION ALL
  SELECT (SELECT min(question_id) FROM answer WHERE question_id > q.id)
  FROM q WHERE q.id IS NOT NULL
)
SELECT q.id, (SELECT score FROM answer WHERE question_id = q.id ORDER BY id DESC LIMIT 1)
FROM q WHERE q.id IS NOT NULL
"""


@dataclass
class _Aggregates:
    """What the dashboard needs from the whole history, as of the last answer and reading
    session seen. Answers and reading sessions are only ever added (ids grow), so later rows
    update it; a long history is read once per open learner, with index seeks."""

    answer_id: int = -1
    study_id: int = -1
    days: set = field(default_factory=set)
    latest: dict = field(default_factory=dict)
    summary: tuple = ()  # ((today, day count), (streak, day count)): see study_summary


def _local_time(stored: str | None) -> datetime | None:
    """A stored UTC time as the ORM's DateTime gives it (local, no zone); None when it is
    not a time."""
    from app.progress.schema import to_local

    try:
        return to_local(datetime.fromisoformat(stored)) if stored else None
    except (TypeError, ValueError):
        log.warning("a date that cannot be read: %r", str(stored)[:40])
        return None


def _question_count(attempt_id: str, count: int | None) -> int:
    if count is None:  # as reading the list did: a damaged attempt is not counted as 0
        raise ValueError(f"exam attempt {attempt_id}: its questions are not a JSON list")
    return count


def _local_day(stored: str | None) -> date | None:
    when = _local_time(stored)
    return when.date() if when else None


class ProgressStore:
    def __init__(self, engine) -> None:
        self.engine = engine
        self._session = sessionmaker(engine, expire_on_commit=False)
        self._aggregates = _Aggregates()
        self._aggregates_lock = threading.Lock()
        self._versions: Counter[str] = Counter()  # writes per table, for the kept reads
        self._kept: dict[str, tuple[tuple[int, ...], Any]] = {}

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _writing(self, *tables: str) -> Iterator[Session]:
        """A write transaction on ``tables``; the reads kept from them are dropped after it
        (also when it fails: it may have been committed as the error came)."""
        try:
            with self._session.begin() as s:
                yield s
        finally:
            for table in tables:
                self._versions[table] += 1

    def _kept_read(self, name: str, tables: tuple[str, ...], read: Callable[[], Any]) -> Any:
        """``read()``, or its result from an earlier call if no write touched ``tables`` since.
        The versions are taken before reading: a write during the read only makes the next
        call read again."""
        versions = tuple(self._versions[t] for t in tables)
        kept = self._kept.get(name)
        if kept is not None and kept[0] == versions:
            return kept[1]
        value = read()
        self._kept[name] = (versions, value)
        return value

    # lessons -----------------------------------------------------------------------------
    def lesson_states(self) -> dict[str, LessonState]:
        return dict(self._kept_read("lesson_states", ("lesson_progress",), self._lesson_states))

    def _lesson_states(self) -> dict[str, LessonState]:
        with self._session() as s:
            return {r.lesson_id: _state(r) for r in s.scalars(select(LessonProgress))}

    def lesson_state(self, lesson_id: str) -> LessonState | None:
        with self._session() as s:
            row = s.get(LessonProgress, lesson_id)
            return _state(row) if row else None

    def _row(self, s: Session, lesson_id: str, now: datetime) -> LessonProgress:
        row = s.get(LessonProgress, lesson_id)
        if row is None:
            row = LessonProgress(
                lesson_id=lesson_id,
                status=STARTED,
                first_opened_at=now,
                last_section=1,
                scroll=0.0,
                seconds_spent=0,
                updated_at=now,
            )
            s.add(row)
        return row

    def open_lesson(self, lesson_id: str, now: datetime | None = None) -> LessonState:
        now = now or datetime.now()
        with self._writing("lesson_progress", "setting") as s:
            row = self._row(s, lesson_id, now)
            row.updated_at = now
            s.merge(Setting(key="last_lesson", value=json.dumps(lesson_id)))
            s.flush()
            return _state(row)

    def set_learned(
        self, lesson_id: str, learned: bool = True, now: datetime | None = None
    ) -> LessonState:
        now = now or datetime.now()
        with self._writing("lesson_progress") as s:
            row = self._row(s, lesson_id, now)
            already = row.status == LEARNED and row.learned_at is not None
            row.status = LEARNED if learned else STARTED
            # marked learned again: it was learned then, not now (its statement stays one)
            row.learned_at = (row.learned_at if already else now) if learned else None
            row.updated_at = now
            s.flush()
            return _state(row)

    def save_position(
        self, lesson_id: str, section: int, scroll: float, now: datetime | None = None
    ) -> None:
        now = now or datetime.now()
        with self._writing("lesson_progress") as s:
            row = self._row(s, lesson_id, now)
            row.last_section = max(1, int(section))
            row.scroll = min(1.0, max(0.0, float(scroll)))
            row.updated_at = now

    def add_study_time(self, lesson_id: str, seconds: int, started_at: datetime) -> None:
        if seconds <= 0:
            return
        with self._writing("lesson_progress", "study_time") as s:
            row = self._row(s, lesson_id, started_at)
            row.seconds_spent += int(seconds)
            row.updated_at = started_at + timedelta(seconds=seconds)
            s.add(StudyTime(lesson_id=lesson_id, started_at=started_at, seconds=int(seconds)))

    def total_study_seconds(self) -> int:
        def read() -> int:
            with self._session() as s:
                return int(s.scalar(select(func.coalesce(func.sum(StudyTime.seconds), 0))) or 0)

        return self._kept_read("study_seconds", ("study_time",), read)

    # settings ----------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._session() as s:
            row = s.get(Setting, key)
        if row is None:
            return default
        try:
            return json.loads(row.value)
        except ValueError:
            return default

    def set_setting(self, key: str, value: Any) -> None:
        with self._writing("setting") as s:
            s.merge(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))

    # quizzes -------------------------------------------------------------------------------
    def record_answer(
        self,
        question_id: str,
        mode: str,
        response: Any,
        correct: bool,
        score: float,
        seconds: float,
        *,
        timed_out: bool = False,
        session_id: str | None = None,
        now: datetime | None = None,
    ) -> str | None:
        """Store the answer and update the review queue in one transaction. Returns the
        review card as it was before (None if the question was not queued), so the learner
        can still say how hard a right answer felt (``rate_review``)."""
        from app.quiz.review import schedule, utc_now

        now = now or datetime.now()
        with self._writing("answer", "review_card") as s:
            s.add(
                Answer(
                    question_id=question_id,
                    mode=mode,
                    session_id=session_id,
                    response=json.dumps(response, ensure_ascii=False, default=list),
                    correct=correct,
                    score=float(score),
                    seconds=float(seconds),
                    timed_out=timed_out,
                    answered_at=now,
                )
            )
            card = s.get(ReviewCard, question_id)
            before = card.card if card is not None else None
            if card is not None or not correct:
                card_json, due = schedule(before, correct, utc_now(), now)
                s.merge(
                    ReviewCard(question_id=question_id, card=card_json, due=due, updated_at=now)
                )
        return before

    def rate_review(self, question_id: str, before: str, rating: str) -> None:
        """Schedule a queued question again from its card ``before`` the last answer, with
        the learner's own rating instead of the default Good."""
        from app.quiz.review import schedule, utc_now

        now = datetime.now()
        card_json, due = schedule(before, rating, utc_now(), now)
        with self._writing("review_card") as s:
            s.merge(ReviewCard(question_id=question_id, card=card_json, due=due, updated_at=now))

    def upcoming_reviews(self, after_utc: datetime) -> list[tuple[str, datetime]]:
        """Queued questions due after ``after_utc``, soonest first: (question id, due UTC)."""
        dues, ids = self._review_queue()
        start = bisect_right(dues, after_utc)
        return list(zip(ids[start:], dues[start:], strict=True))

    def due_reviews(self, now_utc: datetime) -> list[str]:
        """Queued questions due by ``now_utc``, soonest first."""
        dues, ids = self._review_queue()
        return ids[: bisect_right(dues, now_utc)]

    def _review_queue(self) -> tuple[list[datetime], list[str]]:
        """The queue by due time (UTC) and, in the same order, its question ids."""

        def read() -> tuple[list[datetime], list[str]]:
            with self._session() as s:
                rows = s.execute(
                    select(ReviewCard.due, ReviewCard.question_id)
                    .where(ReviewCard.due.is_not(None))
                    .order_by(ReviewCard.due, ReviewCard.question_id)
                ).all()
            rows = [(due, qid) for due, qid in rows if due is not None]  # None: unreadable
            return [due for due, _ in rows], [qid for _, qid in rows]

        return self._kept_read("review_queue", ("review_card",), read)

    def review_queue_size(self) -> int:
        with self._session() as s:
            return int(s.scalar(select(func.count()).select_from(ReviewCard)) or 0)

    def latest_scores(self) -> dict[str, float]:
        """The most recent score of every question answered."""
        return dict(self._history_aggregates().latest)

    def _history_aggregates(self) -> _Aggregates:
        """The study days and latest scores, brought up to date with the rows added since
        the last call (all of them the first time: by index seeks, see ``_DAYS``)."""
        with self._aggregates_lock, self._session() as s:
            memo = self._aggregates
            top_answer, top_study = s.execute(text(
                "SELECT coalesce((SELECT max(id) FROM answer), 0), "
                "coalesce((SELECT max(id) FROM study_time), 0)")).one()  # fmt: skip
            if top_answer < memo.answer_id or top_study < memo.study_id or memo.answer_id < 0:
                memo = _Aggregates(top_answer, top_study)
                for table, column in (("answer", "answered_at"), ("study_time", "started_at")):
                    rows = s.execute(text(_DAYS.format(t=table, c=column)))
                    memo.days.update(date.fromisoformat(d) for (d,) in rows if d)
                memo.latest = {qid: score for qid, score in s.execute(text(_LATEST))}
                self._aggregates = memo
                return memo
            if top_answer > memo.answer_id:
                rows = s.execute(text(
                    "SELECT question_id, score, answered_at FROM answer WHERE id > :after "
                    "ORDER BY id"), {"after": memo.answer_id})  # fmt: skip
                for qid, score, when in rows:
                    memo.latest[qid] = score
                    day = _local_day(when)
                    if day is not None:
                        memo.days.add(day)
                memo.answer_id = top_answer
            if top_study > memo.study_id:
                rows = s.execute(text("SELECT started_at FROM study_time WHERE id > :after"),
                                 {"after": memo.study_id})  # fmt: skip
                memo.days.update(d for d in (_local_day(w) for (w,) in rows) if d is not None)
                memo.study_id = top_study
            return memo

    def export_answers(self, batch: int = 2000):
        """Every answer, oldest first, as ``answers()`` gives them but streamed (a long
        history is never held as ORM objects, nor all at once) and with ``answered_at`` as an
        aware UTC datetime: what an export writes, stored as such, so no round trip through
        local time (which also keeps the hour a clock goes back exact). A damaged row is
        left out and named in the log, as ``answers()`` does."""
        from datetime import timezone

        query = text("SELECT id, question_id, mode, session_id, response, correct, score, "
                     "seconds, timed_out, answered_at FROM answer ORDER BY id")  # fmt: skip
        utc = timezone.utc
        with self._session() as s:
            result = s.execute(query)
            while rows := result.fetchmany(batch):
                for r in rows:
                    try:
                        when = datetime.fromisoformat(r[9])
                        when = when if when.tzinfo else when.replace(tzinfo=utc)
                        yield {"id": r[0], "question_id": r[1], "mode": r[2],
                               "session_id": r[3], "response": json.loads(r[4]),
                               "correct": bool(r[5]), "score": r[6], "seconds": r[7],
                               "timed_out": bool(r[8]), "answered_at": when}  # fmt: skip
                    except (ValueError, TypeError) as exc:
                        log.warning("answer #%s is damaged and left out: %s", r[0], exc)

    def answers(self, session_id: str | None = None) -> list[dict]:
        with self._session() as s:
            query = select(Answer).order_by(Answer.id)
            if session_id is not None:
                query = query.where(Answer.session_id == session_id)
            return _readable("answer", s.scalars(query), _answer, "answered_at")

    def start_exam(
        self,
        attempt_id: str,
        kind: str,
        question_ids: list[str],
        pass_mark: float,
        time_limit_s: int,
        now: datetime | None = None,
    ) -> None:
        with self._writing("exam_attempt") as s:
            s.add(
                ExamAttempt(
                    id=attempt_id,
                    kind=kind,
                    question_ids=json.dumps(question_ids),
                    pass_mark=pass_mark,
                    time_limit_s=time_limit_s,
                    started_at=now or datetime.now(),
                )
            )

    def finish_exam(
        self, attempt_id: str, score: float, passed: bool, now: datetime | None = None
    ) -> None:
        with self._writing("exam_attempt") as s:
            attempt = s.get(ExamAttempt, attempt_id)
            attempt.finished_at = now or datetime.now()
            attempt.score = float(score)
            attempt.passed = bool(passed)

    def discard_exam(self, attempt_id: str) -> bool:
        """Forget an attempt that was never begun (no answer given, not finished)."""
        with self._writing("exam_attempt") as s:
            attempt = s.get(ExamAttempt, attempt_id)
            answered = s.scalar(
                select(func.count()).select_from(Answer).where(Answer.session_id == attempt_id)
            )
            if attempt is None or attempt.finished_at is not None or answered:
                return False
            s.delete(attempt)
            return True

    def exam_history(self) -> list[dict]:
        """Every attempt, oldest first (each a new dict: the caller may change it)."""
        kept = self._kept_read("exam_history", ("exam_attempt",), self._exam_history)
        return [dict(a) for a in kept]

    def _exam_history(self) -> list[dict]:
        """Read with one plain query (the question count by SQLite's JSON functions)."""
        with self._session() as s:
            rows = s.execute(text(
                "SELECT id, kind, started_at, finished_at, score, passed, pass_mark, "
                "CASE WHEN json_valid(question_ids) THEN json_array_length(question_ids) END "
                "FROM exam_attempt ORDER BY started_at"))  # fmt: skip
            return [
                {
                    "id": a[0],
                    "kind": a[1],
                    "started_at": _local_time(a[2]),
                    "finished_at": _local_time(a[3]),
                    "score": a[4],
                    "passed": None if a[5] is None else bool(a[5]),
                    "questions": _question_count(a[0], a[7]),
                    "pass_mark": a[6],
                }
                for a in rows
            ]

    # role-play ------------------------------------------------------------------------------
    def record_scenario_run(
        self,
        scenario_id: str,
        ending_id: str,
        ending_kind: str,
        scores: dict[str, int],
        emotion_end: int,
        path: list[tuple[str, int]],
        seconds: float,
        *,
        mode: str = "self",
        now: datetime | None = None,
    ) -> int:
        with self._writing("scenario_run") as s:
            run = ScenarioRun(
                scenario_id=scenario_id,
                ending_id=ending_id,
                ending_kind=ending_kind,
                empathy=int(scores.get("empathy", 0)),
                compliance=int(scores.get("compliance", 0)),
                solving=int(scores.get("solving", 0)),
                cost=int(scores.get("cost", 0)),
                total=int(sum(scores.values())),
                emotion_end=int(emotion_end),
                path=json.dumps([list(p) for p in path], ensure_ascii=False),
                seconds=float(seconds),
                mode=mode,
                finished_at=now or datetime.now(),
            )
            s.add(run)
            s.flush()
            return run.id

    def scenario_runs(self, scenario_id: str | None = None) -> list[dict]:
        """Finished runs, oldest first."""
        with self._session() as s:
            query = select(ScenarioRun).order_by(ScenarioRun.id)
            if scenario_id is not None:
                query = query.where(ScenarioRun.scenario_id == scenario_id)
            return _readable("scenario run", s.scalars(query), _run, "finished_at")

    def scenario_run_count(self) -> int:
        def read() -> int:
            with self._session() as s:
                return int(s.scalar(select(func.count()).select_from(ScenarioRun)) or 0)

        return self._kept_read("scenario_runs", ("scenario_run",), read)

    def sent_statement_ids(self) -> set[str]:
        """Statements the LRS has acknowledged."""
        with self._session() as s:
            return set(s.scalars(select(XapiSent.statement_id)))

    def mark_sent(self, statement_ids, now: datetime | None = None) -> None:
        """Record statements as acknowledged by the LRS (one transaction per batch)."""
        now = now or datetime.now()
        with self._writing("xapi_sent") as s:
            known = set(s.scalars(select(XapiSent.statement_id).where(
                XapiSent.statement_id.in_(list(statement_ids)))))  # fmt: skip
            s.add_all(XapiSent(statement_id=i, sent_at=now) for i in statement_ids
                      if i not in known)  # fmt: skip

    def study_sessions(self) -> list[dict]:
        """Each stretch of reading as it was recorded (one row per session, never changed)."""
        with self._session() as s:
            rows = s.scalars(select(StudyTime).order_by(StudyTime.id))
            return _readable("study_time", rows, _session_row, "started_at")

    def study_days(self) -> set:
        """Local dates with some reading or some answering (for the streak)."""
        return set(self._history_aggregates().days)

    def study_summary(self, today: date | None = None) -> tuple[int, int]:
        """(the streak up to ``today``, the number of study days). Days are only ever added,
        so the pair is kept until a day is added or the date changes: a five-year streak is
        walked once, not on every refresh of the dashboard."""
        from app.progress.states import streak

        today = today or datetime.now().date()
        memo = self._history_aggregates()
        key = (today, len(memo.days))
        if not memo.summary or memo.summary[0] != key:
            memo.summary = (key, (streak(memo.days, today), len(memo.days)))
        return memo.summary[1]

    # bookmarks and notes -------------------------------------------------------------------
    def toggle_bookmark(self, kind: str, ref: str, section: int) -> bool:
        """Bookmark the section, or remove its bookmark. Returns whether it is now bookmarked."""
        with self._writing("bookmark") as s:
            row = s.scalar(
                select(Bookmark).where(
                    Bookmark.kind == kind, Bookmark.ref == ref, Bookmark.section == section
                )
            )
            if row is not None:
                s.delete(row)
                return False
            s.add(Bookmark(kind=kind, ref=ref, section=section, created_at=datetime.now()))
            return True

    def bookmarks(self) -> list[dict]:
        with self._session() as s:
            rows = s.scalars(select(Bookmark).order_by(Bookmark.created_at.desc(), Bookmark.id))
            return [
                {"kind": b.kind, "ref": b.ref, "section": b.section, "created_at": b.created_at}
                for b in rows
            ]

    def save_note(self, kind: str, ref: str, section: int, text: str) -> int | None:
        """The section's note (one per section) set to ``text``; an empty text deletes it.
        Returns the note's id, or None when there is no note."""
        now = datetime.now()
        with self._writing("note") as s:
            row = s.scalar(
                select(Note).where(
                    Note.kind == kind,
                    Note.ref == ref,
                    Note.section == section,
                    Note.deleted_at.is_(None),
                )
            )
            if not text.strip():
                if row is not None:
                    row.deleted_at = now
                return None
            if row is None:
                row = Note(kind=kind, ref=ref, section=section, text=text, created_at=now,
                           updated_at=now)  # fmt: skip
                s.add(row)
            elif row.text != text:
                row.text = text
                row.updated_at = now
            s.flush()
            return row.id

    def notes(self, kind: str | None = None, ref: str | None = None) -> list[dict]:
        """Live notes, most recently changed first."""
        with self._session() as s:
            query = select(Note).where(Note.deleted_at.is_(None))
            if kind is not None:
                query = query.where(Note.kind == kind)
            if ref is not None:
                query = query.where(Note.ref == ref)
            rows = s.scalars(query.order_by(Note.updated_at.desc(), Note.id.desc()))
            return [_note(n) for n in rows]

    def delete_note(self, note_id: int) -> bool:
        with self._writing("note") as s:
            row = s.get(Note, note_id)
            if row is None or row.deleted_at is not None:
                return False
            row.deleted_at = datetime.now()
            return True

    def restore_note(self, note_id: int) -> bool:
        """Undo a delete, unless the section has had a new note since."""
        with self._writing("note") as s:
            row = s.get(Note, note_id)
            if row is None or row.deleted_at is None:
                return False
            clash = s.scalar(
                select(Note.id).where(
                    Note.kind == row.kind,
                    Note.ref == row.ref,
                    Note.section == row.section,
                    Note.deleted_at.is_(None),
                )
            )
            if clash is not None:
                return False
            row.deleted_at = None
            return True

    # written practice ----------------------------------------------------------------------
    def _latest_attempt(self, s: Session, task_id: str) -> WritingAttempt | None:
        return s.scalar(
            select(WritingAttempt)
            .where(WritingAttempt.task_id == task_id)
            .order_by(WritingAttempt.id.desc())
            .limit(1)
        )

    def save_writing_draft(self, task_id: str, text: str) -> dict:
        """The task's latest attempt with ``text`` (a first attempt is created)."""
        now = datetime.now()
        with self._writing("writing_attempt") as s:
            row = self._latest_attempt(s, task_id)
            if row is None:
                row = WritingAttempt(task_id=task_id, text=text, assessment="{}",
                                     created_at=now, updated_at=now)  # fmt: skip
                s.add(row)
            elif row.text != text:
                row.text = text
                row.updated_at = now
            s.flush()
            return _attempt(row)

    def save_writing_assessment(self, task_id: str, assessment: dict[str, bool]) -> dict:
        """The learner's ticks against the rubric, on the task's latest attempt."""
        now = datetime.now()
        marks = json.dumps({str(k): bool(v) for k, v in assessment.items()}, sort_keys=True)
        with self._writing("writing_attempt") as s:
            row = self._latest_attempt(s, task_id)
            if row is None:
                row = WritingAttempt(task_id=task_id, text="", assessment=marks,
                                     created_at=now, updated_at=now)  # fmt: skip
                s.add(row)
            elif row.assessment != marks:
                row.assessment = marks
                row.updated_at = now
            s.flush()
            return _attempt(row)

    def new_writing_attempt(self, task_id: str) -> dict:
        """Start the task again: a new, empty attempt; the earlier ones are kept."""
        now = datetime.now()
        with self._writing("writing_attempt") as s:
            row = WritingAttempt(task_id=task_id, text="", assessment="{}", created_at=now,
                                 updated_at=now)  # fmt: skip
            s.add(row)
            s.flush()
            return _attempt(row)

    def latest_writing(self, task_id: str | None = None) -> dict[str, dict]:
        """{task id: its latest attempt} (of one task when ``task_id`` is given)."""
        with self._session() as s:
            query = select(WritingAttempt)
            if task_id is not None:
                query = query.where(WritingAttempt.task_id == task_id)
            rows = s.scalars(query.order_by(WritingAttempt.id))
            return {a["task_id"]: a for a in _readable("writing attempt", rows, _attempt,
                                                          "updated_at")}  # fmt: skip


def _attempt(w: WritingAttempt) -> dict:
    marks = json.loads(w.assessment)
    if not isinstance(marks, dict):
        raise ValueError("assessment is not a mapping")
    return {
        "id": w.id,
        "task_id": w.task_id,
        "text": w.text,
        "assessment": {str(k): bool(v) for k, v in marks.items()},
        "created_at": w.created_at,
        "updated_at": w.updated_at,
    }


def _answer(a: Answer) -> dict:
    return {
        "id": a.id,  # fixed when the answer is stored: the statement's identity
        "question_id": a.question_id,
        "mode": a.mode,
        "session_id": a.session_id,
        "response": json.loads(a.response),
        "correct": a.correct,
        "score": a.score,
        "seconds": a.seconds,
        "timed_out": a.timed_out,
        "answered_at": a.answered_at,
    }


def _session_row(t: StudyTime) -> dict:
    return {"id": t.id, "lesson_id": t.lesson_id, "started_at": t.started_at,
            "seconds": int(t.seconds)}  # fmt: skip


def _note(n: Note) -> dict:
    return {
        "id": n.id,
        "kind": n.kind,
        "ref": n.ref,
        "section": n.section,
        "text": n.text,
        "created_at": n.created_at,
        "updated_at": n.updated_at,
    }


def _run(r: ScenarioRun) -> dict:
    return {
        "id": r.id,
        "scenario_id": r.scenario_id,
        "ending_id": r.ending_id,
        "ending_kind": r.ending_kind,
        "scores": {
            "empathy": r.empathy,
            "compliance": r.compliance,
            "solving": r.solving,
            "cost": r.cost,
        },
        "total": r.total,
        "emotion_end": r.emotion_end,
        "path": [tuple(p) for p in json.loads(r.path)],
        "seconds": r.seconds,
        "mode": r.mode,
        "finished_at": r.finished_at,
    }
