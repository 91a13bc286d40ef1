"""Imported questions checked by the question bank's own rules and written as a layer quiz
file (``quizzes/<name>.yaml``), for the spreadsheet and the GIFT/Moodle XML imports alike.

A question is a dict in the file's form (docs/quiz-format.md), validated by
``app.quiz.bank.QuestionSchema`` — the model ``content check`` uses, not a copy of its
rules — plus the checks that need the course (a known section, a lesson reference as
``app.course.checks`` checks it) and ids: not in the layer, not in the bundled course, not
twice in one import. The file is written atomically and read back by the loader's parser
and schema before it replaces anything."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.course.checks import check_lesson_ref
from app.lessons.model import Lesson
from app.studio.layer_files import question_ids, write_atomic

# the order of keys in a written question, as the bundled files have them
KEY_ORDER = (
    "id", "type", "topic", "difficulty", "lesson", "stem", "customer", "options", "answer",
    "items", "pairs", "answers", "explanation",
)  # fmt: skip


@dataclass(frozen=True)
class Fault:
    """A problem with one question: ``loc`` is where in the file's form (pydantic's loc)."""

    loc: tuple[str | int, ...]
    message: str


class TakenIds:
    """Question ids an import must not use: the layer's, the bundled course's, and those
    this import has given out already."""

    def __init__(self, layer: Path, bundled: Collection[str] = ()) -> None:
        self.where = dict.fromkeys(bundled, "the course")
        self.where.update(question_ids(layer))

    def clash(self, qid: str) -> str | None:
        """Where ``qid`` is used already (for the message), or None."""
        return self.where.get(qid)

    def take(self, qid: str, where: str) -> None:
        self.where[qid] = where

    def free(self, prefix: str) -> str:
        n = 1
        while f"{prefix}-{n:03d}" in self.where:
            n += 1
        return f"{prefix}-{n:03d}"


def question_faults(
    data: dict,
    *,
    sections: Collection[str] | None = None,
    lessons: Mapping[str, Lesson] | None = None,
) -> list[Fault]:
    """What is wrong with one question in the file's form; [] when the loader would take it.
    ``sections`` and ``lessons``: the course's and the layer's, when known."""
    from pydantic import ValidationError

    from app.quiz.bank import QuestionSchema

    faults: list[Fault] = []
    try:
        QuestionSchema.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            faults.append(Fault(tuple(err.get("loc", ())), error_message(err)))
    topic, lesson = data.get("topic"), data.get("lesson")
    if sections is not None and isinstance(topic, str) and topic and topic not in sections:
        faults.append(Fault(("topic",), f"section '{topic}' is not a course section"))
    if lessons is not None and isinstance(lesson, str) and lesson:
        wrong = check_lesson_ref(lesson, lessons)
        if wrong:
            faults.append(Fault(("lesson",), wrong))
    return faults


def error_message(err: dict) -> str:
    """A pydantic error in words an author acts on (the field is named by its place)."""
    kind = err.get("type", "")
    if kind == "missing":
        return "is empty"
    if kind == "string_pattern_mismatch":
        return "must be lowercase letters a-z, digits and '-' (like s04-q001)"
    if kind == "extra_forbidden":
        return "is not a field of this question"
    msg = str(err.get("msg", "")).removeprefix("Value error, ")
    if kind == "string_too_short":
        return "is empty" if not err.get("input") else msg
    return msg


def ordered(data: dict) -> dict:
    """``data`` with its keys in the bundled files' order and empty optional ones left out;
    keys the format does not know stay, last (the check names them: nothing is dropped)."""
    known = {k: data[k] for k in KEY_ORDER if k in data and data[k] not in (None, "", [])}
    if isinstance(known.get("options"), list):  # correct: false and no feedback go unsaid
        known["options"] = [
            {k: v for k, v in o.items() if not _unsaid(k, v)}
            if isinstance(o, dict) else o
            for o in known["options"]
        ]  # fmt: skip
    return known | {k: v for k, v in data.items() if k not in KEY_ORDER}


def _unsaid(key: str, value: object) -> bool:
    """An option's default, which the bundled files leave out."""
    return (key == "correct" and value is False) or (key == "feedback" and value == "")


def quiz_yaml(questions: list[dict]) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(
        {"questions": [ordered(q) for q in questions]},
        Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100,
    )  # fmt: skip


def write_quiz_file(layer: Path, name: str, questions: list[dict]) -> Path:
    """``questions`` as ``quizzes/<name>.yaml`` of the layer (``name-2`` … when the name is
    taken: an import never replaces a file). Raises ValueError if the text would not load,
    before anything is written."""
    text = quiz_yaml(questions)
    _reads_back(text)
    folder = layer / "quizzes"
    folder.mkdir(parents=True, exist_ok=True)
    target = _reserve(folder, name)
    try:
        write_atomic(target, text)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _reads_back(text: str) -> None:
    """The loader's parser and schema take ``text``; a ValueError otherwise (a bug here,
    never a file left for ``content check`` to find)."""
    from pydantic import ValidationError

    from app.common.frontmatter import YamlProblem, parse_yaml
    from app.quiz.bank import BankSchema

    try:
        BankSchema.model_validate(parse_yaml(text).data)
    except (YamlProblem, ValidationError) as exc:
        raise ValueError(f"the quiz file would not load: {exc}") from None


def _reserve(folder: Path, name: str) -> Path:
    """The first free ``name[-N].yaml``, claimed by creating it (exclusive: two imports at
    once cannot both take it); the questions replace the empty file at once."""
    n = 1
    while True:
        target = folder / (f"{name}.yaml" if n == 1 else f"{name}-{n}.yaml")
        try:
            with open(target, "x", encoding="utf-8"):
                return target
        except FileExistsError:
            n += 1
