"""A GIFT or Moodle XML file → a layer quiz file, through the existing importer
(``app.quiz.interchange``: Moodle's own rules for grades, formats and types) and the same
checks and writer as the spreadsheet import (``app.studio.quiz_yaml``).

The caller chooses the section (``topic``) and lesson the questions go with; a question that
came from our own export keeps its own when the caller chooses none. What the course's
quiz files cannot hold is a problem for that question, which is left out: Moodle grades
other than our rule (per-option fractions, weighted short answers), a matching question's
extra right-hand answers, and a question without general feedback (the course shows an
explanation after every answer). An id that is not a course id, or is taken already, is
replaced by a free ``<file name>-NNN`` (a note says so): Moodle's ids are rarely ours.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

from app.common.problems import Problem
from app.lessons.model import Lesson
from app.quiz.interchange.banks import parse_file
from app.quiz.model import Question
from app.studio.layer_files import is_id, make_id
from app.studio.question_csv import QuestionImport
from app.studio.quiz_yaml import TakenIds, question_faults, write_quiz_file

_DEFAULT_TOPIC = "imported"  # what the interchange readers give a question without one


def question_data(q: Question, section: str | None, lesson: str | None) -> dict:
    """``q`` in the quiz file's form (docs/quiz-format.md)."""
    data: dict = {
        "id": q.id,
        "type": q.type,
        "topic": section or ("" if q.topic == _DEFAULT_TOPIC else q.topic),
        "difficulty": q.difficulty,
        "lesson": lesson or q.lesson,
        "stem": q.stem,
        "explanation": q.explanation,
    }
    if q.type in ("single", "multiple", "situational"):
        data["options"] = []
        for o in q.options:
            option: dict = {"text": o.text}
            if o.correct:
                option["correct"] = True
            if o.feedback:
                option["feedback"] = o.feedback
            data["options"].append(option)
    if q.type == "situational":
        data["customer"] = q.customer
    if q.type == "truefalse":
        data["answer"] = q.answer
    if q.type == "ordering":
        data["items"] = list(q.items)
    if q.type == "matching":
        data["pairs"] = [{"left": left, "right": right} for left, right in q.pairs]
    if q.type == "short":
        data["answers"] = list(q.answers)
    return data


def _unfit(q: Question) -> str | None:
    """Why ``q`` cannot be a question of the course's files, or None."""
    if any(o.fraction is not None for o in q.options) or q.answer_fractions:
        return (
            "its grades differ from the course's rule (Moodle weights per answer), which quiz "
            "files cannot hold; use `quiz import` to keep it as a bank"
        )
    if q.distractors:
        return (
            "its extra right-hand answers (a matching item with no left side) have no place in "
            "quiz files; use `quiz import` to keep it as a bank"
        )
    if not q.explanation.strip():
        return "it has no general feedback, which the course shows as the explanation: add one"
    return None


def import_moodle_file(
    path: Path,
    layer: Path,
    *,
    section: str | None = None,
    lesson: str | None = None,
    fmt: str | None = None,
    taken_ids: Collection[str] = (),
    sections: Collection[str] | None = None,
    lessons: Mapping[str, Lesson] | None = None,
    dry_run: bool = False,
) -> QuestionImport:
    """The questions of a GIFT/Moodle XML file → ``quizzes/<file name>.yaml`` of ``layer``.
    Raises ``ImportRefused`` (from the importer) when the file cannot be read at all."""
    path = Path(path)
    shown = path.name
    parsed, _encoding = parse_file(path, fmt)
    result = QuestionImport(None)
    for s in parsed.skipped:
        result.problems.append(Problem(shown, s.line, "skipped", f"{s.item}: {s.reason}"))
    taken = TakenIds(layer, taken_ids)
    prefix = make_id(path.stem, "imported")
    good: list[dict] = []
    for q in parsed.questions:
        line = parsed.lines.get(q.id, 1)
        why = _unfit(q)
        if why:
            result.problems.append(Problem(shown, line, "unfit", f"{q.id}: left out: {why}"))
            continue
        data = question_data(q, section, lesson)
        if not data["topic"]:
            result.problems.append(
                Problem(shown, line, "invalid", f"{q.id}: no section: choose one for the file")
            )
            continue
        if not data["lesson"]:
            result.problems.append(
                Problem(shown, line, "invalid", f"{q.id}: no lesson: choose one for the file")
            )
            continue
        if not is_id(q.id) or taken.clash(q.id):
            data["id"] = taken.free(prefix)
            why = "is taken already" if is_id(q.id) else "is not a course id"
            result.notes.append(f"{shown}:{line}: '{q.id}' {why}: imported as '{data['id']}'")
        faults = question_faults(data, sections=sections, lessons=lessons)
        if faults:
            for f in faults:
                where = ".".join(str(p) for p in f.loc)
                text = f"'{where}': {f.message}" if where else f.message
                result.problems.append(Problem(shown, line, "invalid", f"{q.id}: {text}"))
            continue
        taken.take(data["id"], shown)
        good.append(data)
    result.ids = [q["id"] for q in good]
    if good and not dry_run:
        result.file = write_quiz_file(layer, prefix, good)
    return result
