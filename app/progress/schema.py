"""ORM tables of a learner's progress database.

The schema is created and changed only by the Alembic migrations in ``migrations/``; these
classes describe it for queries. A test checks the two agree.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from sqlalchemy import Boolean, Float, Index, Integer, String, Text, TypeDecorator, UniqueConstraint
from sqlalchemy import DateTime as _DateTime
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

log = logging.getLogger(__name__)


class UtcDateTime(TypeDecorator):
    """SQLite's DATETIME as SQLAlchemy stores it, holding a UTC instant without its zone
    (the values themselves, as written). A value that is not a date (a damaged row) reads as
    None instead of failing the whole query; the store leaves such rows out and names them."""

    impl = _DateTime
    cache_ok = True

    def result_processor(self, dialect, coltype):
        def parse(value):
            if value is None or isinstance(value, datetime):
                return value
            try:
                return self.shown(datetime.fromisoformat(value))
            except (TypeError, ValueError):
                log.warning("a date that cannot be read: %r", value[:40])
                return None

        return parse

    def shown(self, value: datetime) -> datetime:
        return value


class DateTime(UtcDateTime):
    """A moment the learner did something: stored as UTC (migration 0007; so a record means
    the same instant whatever zone the PC is set to, and exports agree across zones), given
    to and taken from the app as the PC's local time without a zone, as the app shows it.
    An aware value is converted; a naive one is taken as local time."""

    cache_ok = True

    def process_bind_param(self, value, dialect):
        return to_utc(value) if isinstance(value, datetime) else value

    def shown(self, value: datetime) -> datetime:
        return to_local(value)


def to_utc(value: datetime) -> datetime:
    """A local (naive) or aware time as a naive UTC instant."""
    aware = value if value.tzinfo else value.astimezone()
    return aware.astimezone(timezone.utc).replace(tzinfo=None)


def to_local(value: datetime) -> datetime:
    """A naive UTC instant (or an aware time) as the PC's local time without a zone."""
    aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return aware.astimezone().replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class LessonProgress(Base):
    __tablename__ = "lesson_progress"

    lesson_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="started")  # started | learned
    first_opened_at: Mapped[datetime] = mapped_column(DateTime)
    learned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_section: Mapped[int] = mapped_column(Integer, default=1)
    scroll: Mapped[float] = mapped_column(Float, default=0.0)  # 0..1 within the lesson page
    seconds_spent: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class StudyTime(Base):
    """One stretch of active reading; kept separately for streaks and trainer reports."""

    __tablename__ = "study_time"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    lesson_id: Mapped[str] = mapped_column(String(80), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    seconds: Mapped[int] = mapped_column(Integer)


class Setting(Base):
    """The learner's UI preferences and place (language, theme, last lesson, window)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, info={"json": True})


class Answer(Base):
    """Every answer given, in every mode: the record reports and mastery are built on."""

    __tablename__ = "answer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    question_id: Mapped[str] = mapped_column(String(80), index=True)
    mode: Mapped[str] = mapped_column(String(16))  # lesson | practice | exam | final | review
    session_id: Mapped[str | None] = mapped_column(String(40), index=True, nullable=True)
    response: Mapped[str] = mapped_column(Text, info={"json": True})  # the question's indices
    correct: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float] = mapped_column(Float)
    seconds: Mapped[float] = mapped_column(Float)
    timed_out: Mapped[bool] = mapped_column(Boolean)
    answered_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class ReviewCard(Base):
    """A missed question in the learner's spaced-review queue (an FSRS card as JSON)."""

    __tablename__ = "review_card"

    question_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    card: Mapped[str] = mapped_column(Text, info={"json": True})
    due: Mapped[datetime] = mapped_column(UtcDateTime, index=True)  # FSRS works in UTC
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ExamAttempt(Base):
    __tablename__ = "exam_attempt"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # exam | final
    question_ids: Mapped[str] = mapped_column(Text, info={"json": True})  # in the order asked
    pass_mark: Mapped[float] = mapped_column(Float)
    time_limit_s: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class ScenarioRun(Base):
    """A role-play played to an ending. Every run is kept (trainer reports, progress over
    time); the best result per scenario is the best of them (see ``app.scenario.engine``)."""

    __tablename__ = "scenario_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    scenario_id: Mapped[str] = mapped_column(String(80), index=True)
    ending_id: Mapped[str] = mapped_column(String(80))
    ending_kind: Mapped[str] = mapped_column(String(16))  # loyal | costly | escalated | lost
    empathy: Mapped[int] = mapped_column(Integer)
    compliance: Mapped[int] = mapped_column(Integer)
    solving: Mapped[int] = mapped_column(Integer)
    cost: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    emotion_end: Mapped[int] = mapped_column(Integer)  # 0 calm … 4 furious
    path: Mapped[str] = mapped_column(Text, info={"json": True})  # [[node, reply], ...]
    seconds: Mapped[float] = mapped_column(Float)
    mode: Mapped[str] = mapped_column(String(16))  # self | classroom
    finished_at: Mapped[datetime] = mapped_column(DateTime)


class Bookmark(Base):
    """A lesson or case section the learner wants to find again quickly."""

    __tablename__ = "bookmark"
    __table_args__ = (UniqueConstraint("kind", "ref", "section", name="uq_bookmark_place"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # lesson | case
    ref: Mapped[str] = mapped_column(String(80))
    section: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Note(Base):
    """The learner's own note on a section. Deleting only sets ``deleted_at``, so Undo can
    bring it back; it is no longer shown, searched or exported."""

    __tablename__ = "note"
    __table_args__ = (Index("ix_note_place", "kind", "ref", "section"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    ref: Mapped[str] = mapped_column(String(80))
    section: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class WritingAttempt(Base):
    """A text the learner wrote for a written-practice task, and how they judged it against
    the task's rubric: ``assessment`` is JSON ``{criterion_id: met}``. The latest attempt per
    task is the one shown; earlier ones are kept."""

    __tablename__ = "writing_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(String(80), index=True)
    text: Mapped[str] = mapped_column(Text)
    assessment: Mapped[str] = mapped_column(Text, info={"json": True})
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class XapiSent(Base):
    """A statement the organisation's LRS has acknowledged (stored, or already held)."""

    __tablename__ = "xapi_sent"

    statement_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sent_at: Mapped[datetime] = mapped_column(DateTime)
