"""ORM tables of a learner's progress database.

The schema is created and changed only by the Alembic migrations in ``migrations/``; these
classes describe it for queries. A test checks the two agree.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


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
    value: Mapped[str] = mapped_column(Text)  # JSON
