"""Quizzes and exams, the spaced review of missed questions, and imported question banks."""

from __future__ import annotations

from pathlib import Path

from app.changes import mutation
from app.languages import is_traditional
from app.services.core import Core


class Quizzes:
    def __init__(self, core: Core) -> None:
        self._core = core
        self.bus = core.bus

    def start(
        self,
        mode: str,
        *,
        lesson_id: str | None = None,
        topic: str | None = None,
        topics: list[str] | None = None,
        per_topic: int | None = None,
        pass_mark: float | None = None,
        time_limit_s: int | None = None,
        seed: int | None = None,
    ):
        """A new QuizSession. Exams are recorded as attempts from the moment they start.

        An exam or the final follows ``exam_rules()``; ``topics``, ``per_topic``,
        ``pass_mark`` and ``time_limit_s`` replace a rule for demos and tests only (the
        window never passes them). Raises ExamRefused when no attempt is left."""
        import random

        from app.quiz import session as quiz
        from app.quiz.exam_rules import ExamRefused

        rng = random.Random(seed)
        if mode in ("exam", "final"):
            rule = self.exam_rules().of(mode)
            if self.attempts_left(mode) == 0:
                raise ExamRefused("no-attempts-left")
        bank = self._core.content.questions
        if mode == "practice" and topic and topic.startswith("imported:"):
            bank = self.bank_questions(topic[len("imported:") :])
        if mode == "lesson":
            s = quiz.lesson_check(bank, lesson_id, rng)
        elif mode == "practice":
            s = quiz.practice(bank, topic, rng)
        elif mode in ("exam", "final"):
            s = quiz.exam(
                bank,
                topics or self.exam_sections(mode),
                per_topic or rule.per_section,
                rng,
                pass_mark=rule.pass_mark if pass_mark is None else pass_mark,
                time_limit_s=rule.time_limit_s if time_limit_s is None else time_limit_s,
                mode=mode,
            )
        elif mode == "review":
            s = quiz.review(bank, self.due_review_ids(), rng)
        else:
            raise ValueError(f"unknown quiz mode {mode!r}")
        if s.mode in ("exam", "final"):
            self._start_exam(s)
        return s

    @mutation(answers=True)
    def _start_exam(self, s) -> None:
        self._core.store().start_exam(
            s.id, s.mode, [p.question.id for p in s.items], s.pass_mark, s.time_limit_s
        )

    @mutation(answers=True, review=True)
    def submit(self, session, display_response, seconds: float):
        """Grade the current question and store the answer at once (it survives a crash)."""
        result = session.answer(display_response)
        q = session.current.question
        before = self._core.store().record_answer(
            q.id,
            session.mode,
            session.responses[q.id],
            result.correct,
            result.score,
            seconds,
            session_id=session.id,
        )
        if session.mode == "review" and result.correct and before is not None:
            session.review_before[q.id] = before
        return result

    @mutation(answers=True)
    def abandon(self, session) -> None:
        """An exam left at its rules screen, before any answer: not an attempt."""
        if session.is_exam and not session.finished:
            self._core.store().discard_exam(session.id)
        session.finished = True

    @mutation(review=True)
    def rate(self, session, question_id: str, rating: str) -> None:
        """How hard a right answer in today's review felt (hard, good or easy): when the
        question comes back depends on it."""
        before = session.review_before.get(question_id)
        if before is None:
            raise ValueError("only a question answered right in today's review can be rated")
        self._core.store().rate_review(question_id, before, rating)

    def next_review(self):
        """When review is next due after today, and how many questions then (None if the
        queue holds nothing for later)."""
        from app.quiz.review import end_of_today_utc, next_review_day

        known = {q.id for q in self._core.content.questions}
        upcoming = [(q, d) for q, d in self._core.store().upcoming_reviews(end_of_today_utc())
                    if q in known]  # fmt: skip
        return next_review_day([d for _q, d in upcoming])

    @mutation(answers=True, review=True)
    def finish(self, session, *, timed_out: bool = False):
        """End a session. An exam attempt is graded and stored as a whole here: every
        question once, a blank as unanswered (timed out if the time ran out)."""
        already = set(session.grades)
        result = session.finish(timed_out=timed_out)
        if session.is_exam:
            store = self._core.store()
            for p in session.items:
                qid = p.question.id
                if qid in already:  # answered through ``submit`` (older callers)
                    continue
                g = session.grades[qid]
                store.record_answer(
                    qid, session.mode, session.responses.get(qid), g.correct, g.score, 0.0,
                    timed_out=g.timed_out, session_id=session.id,
                )  # fmt: skip
            store.finish_exam(session.id, result.score, result.passed)
        return result

    def due_review_ids(self) -> list[str]:
        """Questions due for review today (missed earlier), soonest first."""
        return due_review_ids(self._core)

    def due_review_count(self) -> int:
        return len(self.due_review_ids())

    def topic_mastery(self) -> dict[str, float]:
        from app.quiz.mastery import topic_mastery

        return topic_mastery(self._core.content.questions, self._core.store().latest_scores())

    def exam_history(self) -> list[dict]:
        return self._core.store().exam_history()

    # the exams' rules ----------------------------------------------------------------------
    def exam_rules(self):
        """The rules in force: the course's (``exams:`` in course.yaml), with what the
        trainer set on this installation over them (an ``ExamRules``)."""
        from app.quiz.exam_rules import load_override

        return load_override(self._core.paths.root, self._core.content.course.exams)

    def exam_sections(self, kind: str) -> list[str]:
        """The sections an exam of ``kind`` draws from, in course order: those its rule
        names that have questions; when the rule names none, the sections the learner
        follows (the core and their track) that have questions."""
        from app.services.study import followed_sections

        with_questions = {q.topic for q in self._core.content.questions}
        ids = [s.id for s in self._core.content.course.sections if s.id in with_questions]
        chosen = self.exam_rules().of(kind).sections
        followed = set(followed_sections(self._core))
        return [s for s in ids if s in chosen] or [s for s in ids if s in followed] or ids

    def attempts_left(self, kind: str) -> int | None:
        """Attempts of ``kind`` the open learner still has (None: as many as they like)."""
        from app.quiz.exam_rules import attempts_used

        rule = self.exam_rules().of(kind)
        if rule.attempts == 0:
            return None
        return rule.attempts_left(attempts_used(self._core.store().exam_history(), kind))

    @mutation(rules=True)
    def set_exam_rules(self, kind: str, **values):
        """Set rules of ``kind`` (per_section, minutes, pass_mark, attempts, sections) for
        this installation. Only the trainer may: ProfileError("not-trainer") otherwise; a
        value out of range raises ValueError. Returns the new ``ExamRules``."""
        from app.quiz.exam_rules import read_override, read_rules
        from app.services.profiles import require_trainer

        trainer = require_trainer(self._core)
        values = {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}
        rules, issues = read_rules({kind: values}, self.exam_rules())
        if issues:
            raise ValueError("; ".join(message for _where, _kind, message in issues))
        stored = read_override(self._core.paths.root)
        stored[kind] = rules.to_json()[kind]
        self._write_rules(stored, trainer.name)
        return rules

    @mutation(rules=True)
    def reset_exam_rules(self, kind: str):
        """Back to the course's rules for ``kind`` (trainer only, as ``set_exam_rules``)."""
        from app.quiz.exam_rules import KINDS, read_override
        from app.services.profiles import require_trainer

        trainer = require_trainer(self._core)
        if kind not in KINDS:
            raise ValueError(f"unknown exam kind {kind!r}")
        stored = read_override(self._core.paths.root)
        if stored.pop(kind, None) is not None:
            self._write_rules(stored, trainer.name)
        return self.exam_rules()

    def _write_rules(self, stored: dict, set_by: str) -> None:
        from app.quiz.exam_rules import RULES_FILE, override_json
        from app.services.files import write_atomically

        self._core.paths.root.mkdir(parents=True, exist_ok=True)
        write_atomically(self._core.paths.root / RULES_FILE, override_json(stored, set_by))

    # imported question banks ---------------------------------------------------------------
    def preview_import(self, path: Path, fmt: str | None = None):
        """Parse an import file without storing anything (raises ImportRefused)."""
        from app.quiz.interchange import banks

        return banks.import_file(self._core.paths.imported_banks, Path(path), fmt, dry_run=True)

    @mutation(banks=True)
    def import_bank(self, path: Path, fmt: str | None = None):
        from app.quiz.interchange import banks

        return banks.import_file(self._core.paths.imported_banks, Path(path), fmt)

    def banks(self) -> list[dict]:
        from app.quiz.interchange import banks

        return banks.list_banks(self._core.paths.imported_banks)

    @mutation(banks=True)
    def remove_bank(self, name: str) -> bool:
        from app.quiz.interchange import banks

        return banks.remove_bank(self._core.paths.imported_banks, name)

    def bank_questions(self, name: str) -> list:
        """An imported bank's questions, with ids and topic kept apart from the course's."""
        from dataclasses import replace

        from app.quiz.interchange import banks

        return [
            replace(q, id=f"imported:{name}:{q.id}", topic=f"imported:{name}")
            for q in banks.load_bank_questions(self._core.paths.imported_banks, name)
        ]

    def export(self, path: Path, fmt: str) -> int:
        """Write the course's questions (an installed pack's, if any) as GIFT or Moodle XML."""
        from app.quiz.interchange.gift import export_gift
        from app.quiz.interchange.moodlexml import export_moodle_xml

        questions = self._core.content.questions
        if is_traditional(self._core.lang):  # interchange files carry the course's own text
            questions = self._core.load_simplified().questions
        text = (export_gift if fmt == "gift" else export_moodle_xml)(questions)
        from app.services.files import write_atomically

        write_atomically(Path(path), text)
        return len(questions)


def due_review_ids(core: Core) -> list[str]:
    """The learner's questions due before the end of their day that the course still has."""
    from app.quiz.review import end_of_today_utc

    known = {q.id for q in core.content.questions}
    return [qid for qid in core.store().due_reviews(end_of_today_utc()) if qid in known]
