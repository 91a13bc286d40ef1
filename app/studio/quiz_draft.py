"""A layer quiz file (``quizzes/<name>.yaml``) being written: its questions as the plain data
the file holds, checked question by question with the bank's own rules, and written back
atomically by the importers' writer (app.studio.quiz_yaml).

A half-written question (no options yet, an empty stem) stays in the document as it is and is
written as it is: ``faults`` says what is wrong, naming the question and the field, as
``content check`` would (which refuses the file until it is fixed; publishing refuses it too).
What an author tries (``question``) is built by the loader's own conversion, so it is what a
learner would get."""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.common.document import DraftError, EditableDocument, read_document
from app.lessons.model import Lesson
from app.quiz.model import Option, Question
from app.studio.layer_files import is_id, write_atomic
from app.studio.quiz_yaml import question_faults, quiz_yaml

MAX_BYTES = 8 * 1024 * 1024  # a bank of 2,000 questions is about 1 MB
LIST_FIELDS = ("options", "items", "pairs", "answers")  # what each type's answer is made of
# the field that holds a type's answer, and the number of entries it starts with
TYPE_FIELD = {
    "single": ("options", 3), "multiple": ("options", 4), "situational": ("options", 3),
    "truefalse": ("answer", 0), "ordering": ("items", 3), "matching": ("pairs", 3),
    "short": ("answers", 1),
}  # fmt: skip
SIZES = {"single": 5, "multiple": 6, "situational": 4, "ordering": 8, "matching": 6, "short": 20}


@dataclass(frozen=True)
class QuestionFault:
    """A problem with question ``index`` (None: the file); ``loc`` is the field's path in
    the question (("options", 1, "text")), empty for the question as a whole."""

    index: int | None
    loc: tuple[str | int, ...]
    message: str


def _blank(field: str) -> Any:
    return {"options": {"text": "", "correct": False, "feedback": ""},
            "pairs": {"left": "", "right": ""}}.get(field, "")  # fmt: skip


class QuizDraft(EditableDocument):
    """The document of one quiz file: ``{"questions": [question, …]}``, each question a
    mapping in the file's form (docs/quiz-format.md)."""

    @classmethod
    def load(cls, path: Path) -> QuizDraft:
        """The file's questions (none for a file not there yet). DraftError, naming file and
        line, for a file whose shape cannot be edited field by field."""
        if not path.exists():
            return cls({"questions": []})
        parsed = read_document(path, MAX_BYTES)
        data = parsed.data if parsed.data is not None else {}

        def refuse(loc: tuple, what: str) -> DraftError:
            return DraftError(f"{path}:{parsed.line_for(loc)}: {what}")

        if not isinstance(data, dict):
            raise refuse((), "a quiz file is 'questions:' and a list of questions")
        questions = data.setdefault("questions", [])
        if not isinstance(questions, list) or not all(isinstance(q, dict) for q in questions):
            raise refuse(("questions",), "'questions' must be a list of 'key: value' questions")
        for i, q in enumerate(questions):
            for field in LIST_FIELDS:
                if q.get(field) is not None and not _editable(field, q[field]):
                    loc = ("questions", i, field)
                    raise refuse(loc, f"'{field}' is not a list this editor can show")
        return cls(data)

    def dump(self) -> str:
        return quiz_yaml(self.questions)

    def save(self, path: Path) -> None:
        """The file as it is, problems and all (only publishing refuses them), written
        atomically: a crash leaves the old file or the new one."""
        write_atomic(path, self.dump())

    @property
    def questions(self) -> list[dict]:
        return self.data["questions"]

    # checks --------------------------------------------------------------------------------
    def faults(
        self,
        *,
        sections: Collection[str] | None = None,
        lessons: Mapping[str, Lesson] | None = None,
        other_ids: Collection[str] = (),
    ) -> list[QuestionFault]:
        """Everything ``content check`` would say about this file: each question by the
        bank's schema and the course's section and lesson checks (app.studio.quiz_yaml), an
        id used twice in the file or already used by another question of the course
        (``other_ids``), and a file with no questions."""
        out: list[QuestionFault] = []
        if not self.questions:
            out.append(QuestionFault(None, (), "a quiz file needs at least one question"))
        seen: set[str] = set()
        for i, q in enumerate(self.questions):
            for fault in question_faults(q, sections=sections, lessons=lessons):
                out.append(QuestionFault(i, fault.loc, fault.message))
            qid = q.get("id")
            if isinstance(qid, str) and qid:
                if qid in seen:
                    out.append(QuestionFault(i, ("id",), f"the id '{qid}' is used twice here"))
                elif qid in other_ids:
                    out.append(QuestionFault(i, ("id",), f"the id '{qid}' is used in the course"))
                seen.add(qid)
        return out

    def question(self, index: int, source: str = "") -> Question | None:
        """Question ``index`` as the loader would make it, None if the bank's schema refuses
        it (the learner would never see it)."""
        from pydantic import ValidationError

        from app.quiz.bank import QuestionSchema, to_question

        try:
            return to_question(QuestionSchema.model_validate(self.questions[index]), source)
        except (ValidationError, IndexError):
            return None

    def fractions(self, index: int) -> tuple[float, ...]:
        """Each option's share of the marks (Moodle's fractions, app.quiz.fractions), for
        whatever options the question has now."""
        from app.quiz.fractions import option_fractions

        q = self.questions[index]
        options = [o for o in q.get("options") or () if isinstance(o, dict)]
        if not options:
            return ()
        lenient = Question(
            id="", type=str(q.get("type")), topic="", difficulty=1, lesson="", stem="",
            explanation="", options=tuple(Option(str(o.get("text")), o.get("correct") is True)
                                          for o in options),
        )  # fmt: skip
        return option_fractions(lenient)

    # changes ---------------------------------------------------------------------------
    def new_id(self, prefix: str, taken: Collection[str] = ()) -> str:
        used = {q.get("id") for q in self.questions} | set(taken)
        prefix = prefix if is_id(prefix) else "q"
        n = len(self.questions) + 1
        while f"{prefix}-{n:03d}" in used:
            n += 1
        return f"{prefix}-{n:03d}"

    def add_question(self, qtype: str, qid: str, after: int | None = None, **fields) -> int:
        """A new question of ``qtype`` after ``after`` (at the end: None), its answer's
        entries blank for the author to fill; returns its index. ``fields``: topic, lesson
        or difficulty to start from (the current question's)."""
        q: dict[str, Any] = {"id": qid, "type": qtype, "topic": "", "difficulty": 2,
                             "lesson": "", "stem": ""}  # fmt: skip
        q.update({k: v for k, v in fields.items() if k in ("topic", "lesson", "difficulty")})
        self._fill(q, qtype)
        q["explanation"] = ""
        at = len(self.questions) if after is None else after + 1
        self.questions.insert(at, q)
        return at

    @staticmethod
    def _fill(q: dict, qtype: str) -> None:
        field, count = TYPE_FIELD[qtype]
        if qtype == "truefalse":
            q.setdefault("answer", True)
        elif not isinstance(q.get(field), list) or not q[field]:
            q[field] = [copy.deepcopy(_blank(field)) for _ in range(count)]
        if qtype == "situational":
            q.setdefault("customer", "")

    def duplicate(self, index: int, qid: str) -> int:
        q = copy.deepcopy(self.questions[index])
        q["id"] = qid
        self.questions.insert(index + 1, q)
        return index + 1

    def remove(self, index: int) -> None:
        del self.questions[index]

    def move(self, index: int, step: int) -> int:
        """Question ``index`` moved ``step`` places (kept within the file); its new index."""
        target = max(0, min(len(self.questions) - 1, index + step))
        self.questions.insert(target, self.questions.pop(index))
        return target

    def change_type(self, index: int, qtype: str) -> None:
        """Question ``index`` as a ``qtype`` question, keeping what carries over: the texts
        of options, items and answers move to the new type's entries, correct flags stay
        where the new type has them; fields the new type does not have are dropped."""
        q = self.questions[index]
        old_field = TYPE_FIELD.get(str(q.get("type")), ("", 0))[0]
        new_field = TYPE_FIELD[qtype][0]
        texts = _texts(q.get(old_field)) if old_field in LIST_FIELDS else []
        q["type"] = qtype
        for field in (*LIST_FIELDS, "answer", "customer"):
            if field != new_field and not (field == "customer" and qtype == "situational"):
                q.pop(field, None)
        if new_field != old_field and texts:
            q[new_field] = [_entry(new_field, t) for t in texts][: SIZES.get(qtype, 1)]
        if qtype in ("single", "situational") and isinstance(q.get("options"), list):
            right = [o for o in q["options"] if o.get("correct") is True]
            for o in right[1:]:
                o["correct"] = False
        self._fill(q, qtype)

    def add_entry(self, index: int, field: str) -> int:
        entries = self.questions[index].setdefault(field, [])
        entries.append(copy.deepcopy(_blank(field)))
        return len(entries) - 1

    def remove_entry(self, index: int, field: str, at: int) -> None:
        del self.questions[index][field][at]

    def move_entry(self, index: int, field: str, at: int, step: int) -> None:
        entries = self.questions[index][field]
        target = at + step
        if 0 <= target < len(entries):
            entries.insert(target, entries.pop(at))

    def set_only_correct(self, index: int, at: int) -> None:
        """Option ``at`` is the one right option (single, situational)."""
        for j, o in enumerate(self.questions[index]["options"]):
            o["correct"] = j == at


def _editable(field: str, value: Any) -> bool:
    """Options and pairs are lists of mappings, items and answers lists of single values."""
    if not isinstance(value, list):
        return False
    if field in ("options", "pairs"):
        return all(isinstance(v, dict) for v in value)
    return not any(isinstance(v, dict | list) for v in value)


def _texts(entries: Any) -> list[str]:
    out = []
    for e in entries if isinstance(entries, list) else ():
        text = e.get("text") or e.get("left") if isinstance(e, dict) else e
        out.append(text if isinstance(text, str) else "")
    return out


def _entry(field: str, text: str) -> Any:
    if field == "options":
        return {"text": text, "correct": False, "feedback": ""}
    if field == "pairs":
        return {"left": text, "right": ""}
    return text
