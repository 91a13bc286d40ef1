"""The figures on a learner's dashboard, computed from their progress records."""

from __future__ import annotations

from dataclasses import dataclass

from app.progress.states import streak  # noqa: F401  (the dashboard's rule, kept with the store)


@dataclass(frozen=True)
class SectionRow:
    id: str
    number: int
    title: str
    lessons: int
    learned: int
    mastery: float | None  # share of points on the latest answer to each question; None: none
    answered: int  # questions of the section answered at least once

    @property
    def completion(self) -> float:
        return self.learned / self.lessons if self.lessons else 0.0


@dataclass(frozen=True)
class Dashboard:
    learned: int
    lessons: int
    seconds: int
    streak: int  # consecutive days with study, up to today (or yesterday)
    study_days: int
    sections: tuple[SectionRow, ...]
    exams: tuple[dict, ...]
    weakest: tuple[SectionRow, ...]  # practised, below 80 % mastery, weakest first
    next_lesson: str | None  # "study this next"
    reviews_due: int
    roleplays: int
    unpractised: tuple[SectionRow, ...] = ()  # no answers yet: not known, not weak

    @property
    def completion(self) -> float:
        return self.learned / self.lessons if self.lessons else 0.0


def build_dashboard(bundle, states: dict, mastery: dict[str, float], answered: dict[str, int],
                    seconds: int, study: tuple[int, int], exams: list[dict], reviews_due: int,
                    roleplays: int, followed: list[str] | None = None) -> Dashboard:  # fmt: skip
    """``study``: the streak and the number of study days (``ProgressStore.study_summary``).
    ``followed``: the section ids the learner follows (their track and the core); the
    rows, the lesson count the certificate needs and the weakest sections are theirs."""
    rows = []
    shown = set(followed) if followed is not None else None
    for s in bundle.course.sections:
        if shown is not None and s.id not in shown:
            continue
        ids = [lid for lid, lesson in bundle.lessons.items() if lesson.section == s.id]
        learned = sum(1 for lid in ids if lid in states and states[lid].learned)
        rows.append(
            SectionRow(s.id, s.number, s.title, len(ids), learned, mastery.get(s.id),
                       answered.get(s.id, 0))
        )  # fmt: skip
    # Weakest: sections with answers, lowest mastery first. A section never practised is not
    # weak, just not known yet: it is listed apart and only suggests what to study next.
    practised = sorted((r for r in rows if r.mastery is not None), key=lambda r: r.mastery)
    weak = [r for r in practised if r.mastery < 0.8][:3]
    unpractised = [r for r in rows if r.mastery is None]
    next_lesson = None
    for r in weak + unpractised[:1] or rows:
        lesson_ids = [lid for lid, lesson in bundle.lessons.items() if lesson.section == r.id]
        pending = [lid for lid in lesson_ids if not (lid in states and states[lid].learned)]
        if pending or lesson_ids:
            next_lesson = (pending or lesson_ids)[0]
            break
    return Dashboard(
        learned=sum(r.learned for r in rows),
        lessons=sum(r.lessons for r in rows),
        seconds=seconds,
        streak=study[0],
        study_days=study[1],
        sections=tuple(rows),
        exams=tuple(exams),
        weakest=tuple(weak),
        unpractised=tuple(unpractised),
        next_lesson=next_lesson,
        reviews_due=reviews_due,
        roleplays=roleplays,
    )
