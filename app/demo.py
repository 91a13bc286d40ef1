"""Demo data for screenshots, visual checks and tests: demo learners with lessons studied,
answers, exams, notes and bookmarks, and a trainer's cohort of three. It goes through the
Academy's public methods, as a learner would, so it fills a real data folder. No Qt here."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

DEMO_NAME = "演示学员"
ALL = 10_000  # "every lesson", whatever the course holds
COHORT = (("陈静", ALL, 0.9), ("刘洋", 12, 0.7), ("周敏", 6, 0.5))  # name, lessons, right share


def create_demo_profiles(academy) -> str:
    """The demo learner (returned by id) and two more profiles: 王芳, the trainer (PIN 1234),
    and Li Ming."""
    pid = academy.profiles.create(DEMO_NAME).id
    trainer = academy.profiles.create("王芳", "1234")
    academy.profiles.make_trainer(trainer.id, trainer.id, "1234")
    academy.profiles.create("Li Ming")
    return pid


def demo_profile(academy) -> tuple[str, bool]:
    """The demo learner's id, and whether it was created now: a data folder that already
    has it (a second screenshot in the same folder) reuses it rather than failing on the
    taken name."""
    existing = next((p for p in academy.profiles.all() if p.name == DEMO_NAME), None)
    if existing is not None:
        return existing.id, False
    return create_demo_profiles(academy), True


def seed_demo(academy) -> None:
    """The open learner has learned the first lesson and is part-way through the second."""
    order = academy.content.lesson_order()
    if not order:
        return
    start = datetime.now() - timedelta(days=1)
    academy.study.open_lesson(order[0])
    academy.study.add_study_time(order[0], 1260, start)
    academy.study.set_learned(order[0])
    if len(order) > 1:
        academy.study.open_lesson(order[1])
        academy.study.add_study_time(order[1], 540, start + timedelta(hours=1))
        academy.study.save_position(order[1], 2, 0.3)


def seed_notes(academy) -> None:
    """Two bookmarks and two notes for the open learner."""
    order = academy.content.lesson_order()
    academy.knowledge.toggle_bookmark("lesson", order[0], 2)
    academy.knowledge.toggle_bookmark("case", next(iter(academy.content.cases)), 1)
    academy.knowledge.save_note(
        "lesson", order[0], 1, "期望落差：顾客预想的与实际拿到的之间的差距。"
    )
    academy.knowledge.save_note(
        "lesson", "seven-step-emotion-first", 3, "道歉要真诚，但事实查清前不替企业认错。"
    )


def practise(academy, topic: str, right_share: float, seed: int) -> None:
    """Answer a topic's questions, about ``right_share`` of them right."""
    rng = random.Random(seed)
    s = academy.quizzes.start("practice", topic=topic, seed=seed)
    for _ in range(min(8, len(s.items))):
        p = s.current
        right = rng.random() < right_share
        if p.question.type in ("single", "situational"):
            academy.quizzes.submit(s, p.option_positions(right)[0], rng.uniform(8, 40))
        elif p.question.type == "truefalse":
            academy.quizzes.submit(s, p.question.answer if right else not p.question.answer, 9.0)
        else:
            academy.quizzes.submit(s, None, 5.0)
        s.advance()
    academy.quizzes.finish(s)


def take_exam(academy, mode: str, right_share: float, seed: int, **kw):
    """Sit an exam ("exam" or "final"), about ``right_share`` of the answers right."""
    rng = random.Random(seed)
    s = academy.quizzes.start(mode, seed=seed, **kw)
    for p in s.items:
        right = rng.random() < right_share
        q = p.question
        if q.type in ("single", "situational"):
            academy.quizzes.submit(s, p.option_positions(right)[0], 20.0)
        elif q.type == "multiple":
            academy.quizzes.submit(s, p.option_positions(right), 25.0)
        elif q.type == "truefalse":
            academy.quizzes.submit(s, q.answer if right else not q.answer, 10.0)
        elif q.type == "short" and right:
            academy.quizzes.submit(s, q.answers[0], 15.0)
        elif q.type == "ordering" and right:
            academy.quizzes.submit(s, [p.order.index(i) for i in range(len(q.items))], 30.0)
        elif q.type == "matching" and right:
            academy.quizzes.submit(s, {i: p.order.index(i) for i in range(len(q.pairs))}, 30.0)
        else:
            academy.quizzes.submit(s, None, 5.0)
        s.advance()
    return academy.quizzes.finish(s)


def seed_progress(academy, learned: int, share: float, seed: int, final: bool) -> None:
    """The open learner well into the course: ``learned`` lessons, practice in five sections,
    an exam over every section and, with ``final``, the final exam answered all right."""
    start = datetime.now() - timedelta(days=4)
    followed = academy.study.followed_lessons()  # the learner's own lessons first
    order = followed + [lid for lid in academy.content.lesson_order() if lid not in followed]
    for i, lid in enumerate(order[:learned]):
        academy.study.open_lesson(lid)
        academy.study.add_study_time(lid, 900 + 60 * i, start + timedelta(days=i % 5, hours=i))
        academy.study.set_learned(lid)
    for n, topic in enumerate(("s01", "s02", "s04", "s05", "s08")):
        practise(academy, topic, share - 0.1 * (n % 3), seed + n)
    topics = [s.id for s in academy.content.course.sections]
    take_exam(academy, "exam", share - 0.15, seed, topics=topics, per_topic=2)
    if final:
        take_exam(academy, "final", 1.0, seed + 1)


def seed_cohort_exports(academy, folder: Path) -> list[Path]:
    """Three more learners (``COHORT``) with their progress, each exported as xAPI into
    ``folder``; the learner open before is open again afterwards."""
    me = academy.profile.id
    out = []
    for n, (name, learned, share) in enumerate(COHORT):
        academy.open_learner(academy.profiles.create(name).id)
        seed_progress(academy, learned, share, 10 + n, final=learned == ALL)
        out.append(academy.reports.export(Path(folder) / f"{name}.json", "xapi"))
    academy.open_learner(me)
    return out
