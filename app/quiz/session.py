"""Quiz sessions: which questions, in which order, shown how, and the results.

Options (and ordering items, and matching answers) are shuffled for display; ``Presented.order``
maps each display position to the question's own index, so answers are graded and stored in
the question's terms whatever the learner saw.

Modes: ``lesson`` (a 5–10 question check after a lesson, feedback at once), ``practice`` (one
topic, feedback at once, as long as the learner likes), ``exam`` (a random draw per topic,
timer, pass mark, no feedback until submitted) and ``final`` (the exam that counts towards the
certificate: every section, or those its rules name). Exams follow ``app.quiz.exam_rules``.

An exam is answered as in Moodle: the learner moves freely between questions, flags some, and
changes answers (``drafts``) until they submit the whole attempt (or time runs out); only then
is anything graded. Practice grades each answer at once, and its result counts only what was
answered: a question never shown is not a wrong one.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.quiz.exam_rules import ExamRule, ExamRules
from app.quiz.grading import Grade, grade
from app.quiz.model import Question

IMMEDIATE_FEEDBACK = {
    "lesson": True,
    "practice": True,
    "review": True,
    "exam": False,
    "final": False,
}


@dataclass(frozen=True)
class Presented:
    question: Question
    order: tuple[int, ...] = ()  # display position -> the question's own index

    def display_options(self) -> list[str]:
        q = self.question
        if q.type in ("single", "multiple", "situational"):
            return [q.options[i].text for i in self.order]
        if q.type == "ordering":
            return [q.items[i] for i in self.order]
        if q.type == "matching":
            rights = [right for _left, right in q.pairs] + list(q.distractors)
            return [rights[i] for i in self.order]  # the right-hand side, shuffled
        return []

    def option_positions(self, correct: bool) -> list[int]:
        """Display positions of the right (or wrong) options: what a demo or a test clicks."""
        options = self.question.options
        if not options:
            return []
        return [pos for pos, idx in enumerate(self.order) if options[idx].correct == correct]

    def to_question_terms(self, response):
        """A response given in display positions, expressed in the question's indices."""
        q = self.question
        if response is None:
            return None
        if q.type in ("single", "situational"):
            return self.order[int(response)]
        if q.type == "multiple":
            return sorted(self.order[int(i)] for i in response)
        if q.type == "ordering":  # the learner's sequence of displayed items
            return [self.order[int(i)] for i in response]
        if q.type == "matching":  # left index -> displayed right position
            return {int(left): self.order[int(pos)] for left, pos in dict(response).items()}
        return response


def present(question: Question, rng: random.Random) -> Presented:
    n = {
        "single": len(question.options),
        "multiple": len(question.options),
        "situational": len(question.options),
        "ordering": len(question.items),
        "matching": len(question.pairs) + len(question.distractors),
    }.get(question.type, 0)
    order = list(range(n))
    rng.shuffle(order)
    if question.type == "ordering" and n > 1 and order == sorted(order):
        order = order[1:] + order[:1]  # never show an ordering question already solved
    return Presented(question, tuple(order))


@dataclass
class QuizSession:
    mode: str
    items: list[Presented]
    pass_mark: float = 0.8
    time_limit_s: int = 0  # 0: no timer
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    grades: dict[str, Grade] = field(default_factory=dict)
    responses: dict[str, object] = field(default_factory=dict)
    index: int = 0
    finished: bool = False
    # Review: each right answer's card before it was rescheduled, for the learner's rating.
    review_before: dict[str, str] = field(default_factory=dict)
    # Exams: answers (display terms) by question position, changeable until submitted.
    drafts: dict[int, object] = field(default_factory=dict)
    flagged: set[int] = field(default_factory=set)

    @property
    def is_exam(self) -> bool:
        return self.mode in ("exam", "final")

    def set_draft(self, index: int, display_response) -> None:
        """An exam answer given or changed (None takes it back); nothing is graded yet."""
        if self.finished:
            raise RuntimeError("the attempt has been submitted")
        if display_response is None:
            self.drafts.pop(index, None)
        else:
            self.drafts[index] = display_response

    def toggle_flag(self, index: int) -> bool:
        self.flagged ^= {index}
        return index in self.flagged

    def goto(self, index: int) -> Presented | None:
        if 0 <= index < len(self.items):
            self.index = index
        return self.current

    def unanswered(self) -> list[int]:
        return [i for i in range(len(self.items)) if i not in self.drafts]

    def grade_attempt(self, *, timed_out: bool = False) -> SessionResult:
        """Grade every draft of an exam at once; a question left blank is "unanswered"
        (a timed-out blank if the time ran out), never a wrong choice."""
        for i, p in enumerate(self.items):
            qid = p.question.id
            if i in self.drafts:
                response = p.to_question_terms(self.drafts[i])
                self.responses[qid] = response
                self.grades[qid] = grade(p.question, response, timed_out=timed_out)
            elif qid in self.grades:
                continue  # graded one by one already (``submit``)
            else:
                self.responses[qid] = None
                self.grades[qid] = grade(p.question, None, timed_out=timed_out)
        self.finished = True
        return self.result()

    @property
    def immediate_feedback(self) -> bool:
        return IMMEDIATE_FEEDBACK[self.mode]

    @property
    def current(self) -> Presented | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def answer(self, display_response) -> Grade:
        """Grade the current question; the caller stores it and moves on with ``advance``."""
        presented = self.current
        if presented is None or self.finished:
            raise RuntimeError("no question to answer")
        response = presented.to_question_terms(display_response)
        result = grade(presented.question, response)
        self.grades[presented.question.id] = result
        self.responses[presented.question.id] = response
        return result

    def advance(self) -> Presented | None:
        self.index += 1
        if self.mode == "practice" and self.index >= len(self.items):
            self.index = 0  # practice goes on as long as the learner likes
        return self.current

    def finish(self, *, timed_out: bool = False) -> SessionResult:
        """End the session. An exam is graded as a whole (``grade_attempt``); elsewhere
        only what was answered counts."""
        if self.is_exam and not self.finished:
            return self.grade_attempt(timed_out=timed_out)
        self.finished = True
        return self.result()

    def result(self) -> SessionResult:
        asked = [p.question.id for p in self.items if p.question.id in self.grades]
        total = sum(self.grades[q].score for q in asked)
        score = total / len(asked) if asked else 0.0
        return SessionResult(
            score,
            score >= self.pass_mark,
            len(asked),
            sum(1 for q in asked if self.grades[q].correct),
            len(self.items),
            sum(1 for q in asked if self.grades[q].empty),
        )


@dataclass(frozen=True)
class SessionResult:
    score: float  # 0–1, over the questions graded (an exam grades all, blanks as 0)
    passed: bool
    asked: int  # graded
    correct: int
    total: int = 0  # questions in the session
    unanswered: int = 0  # graded blank (an exam submitted or timed out with them empty)


def _lesson_of(question: Question) -> str:
    return question.lesson.partition("#")[0]


def lesson_check(
    bank: Sequence[Question], lesson_id: str, rng: random.Random, size: int = 8
) -> QuizSession:
    pool = [q for q in bank if _lesson_of(q) == lesson_id]
    rng.shuffle(pool)
    chosen = pool[: max(5, min(size, 10))]
    return QuizSession("lesson", [present(q, rng) for q in chosen], pass_mark=0.6)


def practice(bank: Sequence[Question], topic: str, rng: random.Random) -> QuizSession:
    pool = [q for q in bank if q.topic == topic]
    rng.shuffle(pool)
    return QuizSession("practice", [present(q, rng) for q in pool], pass_mark=0.6)


def exam(
    bank: Sequence[Question],
    topics: Iterable[str],
    per_topic: int,
    rng: random.Random,
    *,
    pass_mark: float = 0.8,
    time_limit_s: int = 20 * 60,
    mode: str = "exam",
) -> QuizSession:
    chosen: list[Question] = []
    for topic in topics:
        pool = [q for q in bank if q.topic == topic]
        chosen += rng.sample(pool, min(per_topic, len(pool)))
    rng.shuffle(chosen)
    return QuizSession(
        mode, [present(q, rng) for q in chosen], pass_mark=pass_mark, time_limit_s=time_limit_s
    )


def final_exam(
    bank: Sequence[Question], rng: random.Random, rule: ExamRule | None = None
) -> QuizSession:
    """The final under ``rule`` (the course's defaults if None): its sections, or every
    section with questions."""
    rule = rule or ExamRules().final
    topics = sorted({q.topic for q in bank})
    if rule.sections:
        topics = [t for t in topics if t in rule.sections] or topics
    return exam(
        bank,
        topics,
        rule.per_section,
        rng,
        pass_mark=rule.pass_mark,
        time_limit_s=rule.time_limit_s,
        mode="final",
    )


def review(bank: Sequence[Question], due_ids: Sequence[str], rng: random.Random) -> QuizSession:
    by_id = {q.id: q for q in bank}
    return QuizSession(
        "review", [present(by_id[i], rng) for i in due_ids if i in by_id], pass_mark=0.0
    )
