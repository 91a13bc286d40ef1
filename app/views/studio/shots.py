"""What the screenshot views of the question and table editors show: a layer made in the
cache folder from bundled content, with one problem to flag."""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.quiz.model import TYPES, Question


def file_form(q: Question) -> dict:
    """A loaded question as its quiz file writes it (docs/quiz-format.md)."""
    data: dict = {"id": q.id, "type": q.type, "topic": q.topic, "difficulty": q.difficulty,
                  "lesson": q.lesson, "stem": q.stem, "customer": q.customer}  # fmt: skip
    if q.options:
        data["options"] = [
            {"text": o.text, "correct": o.correct, "feedback": o.feedback} for o in q.options
        ]
    if q.type == "truefalse":
        data["answer"] = q.answer
    data["items"] = list(q.items)
    data["pairs"] = [{"left": a, "right": b} for a, b in q.pairs]
    data["answers"] = list(q.answers)
    data["explanation"] = q.explanation
    return data


def _layer(academy) -> Path:
    return Path(tempfile.mkdtemp(prefix="studio-", dir=academy.paths.cache)) / "organisation"


def question_shot(academy, colors, size):
    """A quiz file with one question of each type; the situational one links to a lesson
    section that does not exist (flagged), and is tried as a learner would see it."""
    from app.studio.layer_files import write_atomic
    from app.studio.quiz_yaml import quiz_yaml
    from app.views.studio.question_editor import QuestionEditor

    picked: dict[str, dict] = {}
    for q in academy.content.questions:
        if q.type not in picked and len(q.stem) < 60:
            picked[q.type] = file_form(q)
    questions = [picked[t] | {"id": f"week-{i:03d}"} for i, t in enumerate(TYPES, 1)]
    flagged = next(i for i, q in enumerate(questions) if q["type"] == "situational")
    questions[flagged]["lesson"] = questions[flagged]["lesson"].partition("#")[0] + "#99"
    path = _layer(academy) / "quizzes" / "week.yaml"
    write_atomic(path, quiz_yaml(questions))
    editor = QuestionEditor(academy, colors, path)
    editor.resize(*size)
    editor.select(flagged)
    editor.try_it()
    editor.try_panel.widget.choose(0)
    editor.try_panel.check()
    return editor


def reference_shot(academy, colors, size):
    """The glossary table of a layer made from the course's first terms, two of them under
    one id (flagged), searched for a word of that term."""
    from app.paths import content_dir
    from app.studio.reference_rows import GlossaryRows
    from app.views.studio.reference_tables import ReferenceTableEditor

    rows = GlossaryRows.load(content_dir() / "glossary.yaml")
    del rows.rows[24:]
    rows.rows[5]["id"] = rows.rows[4]["id"]
    path = _layer(academy) / "glossary.yaml"
    path.parent.mkdir(parents=True)
    rows.save(path)
    editor = ReferenceTableEditor(academy, colors, path)
    editor.resize(*size)
    editor.table.setCurrentIndex(editor.proxy.index(5, 1))
    return editor
