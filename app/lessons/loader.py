"""Read lesson files, collecting every problem instead of stopping. A file whose front
matter is broken is skipped (and listed); links are checked later, by app.course.checks."""

from __future__ import annotations

from pathlib import Path

from app.common.edited import EditedText
from app.common.frontmatter import read_document
from app.common.problems import Problem
from app.common.sections import split_sections
from app.common.yamlfile import display_path
from app.lessons.model import Lesson, LessonBody


def load_lessons(
    folder: Path, base: Path, problems: list[Problem], known_sections: set[str] | None = None
) -> tuple[dict[str, Lesson], list[str]]:
    """(lessons by id in file order, skipped files). ``known_sections``: the course's section
    ids, when there is a usable course, so a lesson naming another section is reported."""
    lessons: dict[str, Lesson] = {}
    skipped: list[str] = []
    for path in sorted(folder.glob("**/*.md")):
        lesson = load_lesson(path, base, problems)
        if lesson is None:
            skipped.append(display_path(path, base))
            continue
        if lesson.id in lessons:
            problems.append(
                Problem(
                    lesson.source,
                    lesson.field_lines.get("id", 1),
                    "duplicate-id",
                    f"duplicate lesson id '{lesson.id}' "
                    f"(already used by {lessons[lesson.id].source})",
                )
            )
            skipped.append(lesson.source)
            continue
        if known_sections is not None:
            check_section(lesson, known_sections, problems)
        lessons[lesson.id] = lesson
    return lessons, skipped


def check_section(lesson: Lesson, known_sections: set[str], problems: list[Problem]) -> None:
    if lesson.section not in known_sections:
        problems.append(
            Problem(
                lesson.source,
                lesson.field_lines.get("section", 1),
                "broken-reference",
                f"section '{lesson.section}' is not defined in course.yaml",
            )
        )


def load_lesson(path: Path, base: Path, problems: list[Problem]) -> Lesson | None:
    return read_lesson(path, display_path(path, base), problems)


def read_lesson(source: Path | EditedText, shown: str, problems: list[Problem]) -> Lesson | None:
    """One lesson file, or a studio editor's unsaved text of it (``EditedText``), with the
    same checks; problems name ``shown``."""
    from app.lessons.schema import LessonSchema

    read = read_document(source, shown, LessonSchema, problems)
    if read is None:
        return None
    doc, parsed, meta = read

    links: list[tuple[bool, str, int]] = []
    intro, sections = split_sections(doc.body, doc.body_first_line, shown, problems, links)
    return Lesson(
        id=meta.id,
        title=meta.title,
        section=meta.section,
        order=meta.order,
        minutes=meta.minutes,
        objectives=tuple(meta.objectives),
        key_terms=tuple(meta.key_terms),
        related=tuple(meta.related),
        body=LessonBody(intro, tuple(sections)),
        source=shown,
        links=tuple(links),
        field_lines={k[0]: v for k, v in parsed.key_lines.items() if len(k) == 1},
    )
