"""Read written-practice tasks (``content/writing/*.yaml``), one task a file, naming file and
line for each problem: the file's own rules here (known kind, 4–6 criteria with distinct
ids, unique task ids); the section and the lesson reference are checked by app.course, which
knows the course and its lessons."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.common.problems import Problem
from app.common.yamlfile import display_path, load_yaml_document, report_duplicates
from app.writing.model import WritingTask


def load_writing(folder: Path, base: Path, problems: list[Problem]):
    """(tasks by id in file order, [(file, line, lesson-ref)] for the caller to check).

    Each task's ``lines`` holds the line of its ``id``, ``section`` and ``lesson``."""
    from pydantic import TypeAdapter

    tasks: dict[str, WritingTask] = {}
    refs: list[tuple[str, int, str]] = []
    adapter = TypeAdapter(WritingTask)
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        loaded = load_yaml_document(path, adapter, base, problems)
        if loaded is None:
            continue
        doc, parsed = loaded
        shown = display_path(path, base)
        lines = {key: parsed.line_for((key,)) for key in ("id", "section", "lesson")}
        criteria = [(c.id, parsed.line_for(("rubric", i, "id"))) for i, c in enumerate(doc.rubric)]
        report_duplicates(criteria, shown, "criterion", problems)
        if doc.id in tasks:
            problems.append(
                Problem(shown, lines["id"], "duplicate-id", f"duplicate writing task id '{doc.id}'")
            )
            continue
        if doc.lesson:
            refs.append((shown, lines["lesson"], doc.lesson))
        tasks[doc.id] = replace(doc, source=shown, lines=lines)
    return tasks, refs
