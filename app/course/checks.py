"""Checks that need several kinds at once: references to lessons (and their sections) from
lessons, cases, questions, scenarios, the glossary, phrases, checklists and the syllabus;
case topics and pairs; question topics; glossary-term links and images in lessons."""

from __future__ import annotations

from pathlib import Path

from app.cases.model import CaseStudy
from app.common.problems import Problem
from app.lessons.model import Lesson


def check_lesson_ref(ref: str, lessons: dict[str, Lesson]) -> str | None:
    """None if ``lesson-id`` or ``lesson-id#N`` exists, else what is wrong."""
    lesson_id, _, anchor = ref.partition("#")
    lesson = lessons.get(lesson_id)
    if lesson is None:
        return f"lesson '{lesson_id}' does not exist"
    if anchor and (not anchor.isdigit() or not 1 <= int(anchor) <= len(lesson.sections)):
        return f"lesson '{lesson_id}' has no section #{anchor} (it has {len(lesson.sections)})"
    return None


def check_cases(
    cases: dict[str, CaseStudy],
    lessons: dict[str, Lesson],
    section_ids: set[str],
    problems: list[Problem],
) -> None:
    for case in cases.values():
        check_case(case, cases, lessons, section_ids, problems)


def check_case(
    case: CaseStudy,
    cases: dict[str, CaseStudy],
    lessons: dict[str, Lesson],
    section_ids: set[str],
    problems: list[Problem],
) -> None:
    """One case's references: its topics, lessons, pair (which must point back) and links.
    ``cases``: every case, this one included (the studio's case editor checks its text)."""
    line = case.field_lines.get
    for topic in case.topics:
        if topic not in section_ids:
            problems.append(
                Problem(
                    case.source,
                    line("topics", 1),
                    "broken-reference",
                    f"topic '{topic}' is not a course section",
                )
            )
    for lesson_id in case.lessons:
        if lesson_id not in lessons:
            problems.append(
                Problem(
                    case.source,
                    line("lessons", 1),
                    "broken-reference",
                    f"lesson '{lesson_id}' does not exist",
                )
            )
    if case.pair is not None:
        other = cases.get(case.pair)
        if other is None:
            problems.append(
                Problem(
                    case.source,
                    line("pair", 1),
                    "broken-reference",
                    f"paired case '{case.pair}' does not exist",
                )
            )
        elif other.pair != case.id:
            problems.append(
                Problem(
                    case.source,
                    line("pair", 1),
                    "broken-reference",
                    f"paired case '{case.pair}' does not point back",
                )
            )
    for is_image, target, at in case.links:
        if not is_image and target.startswith("lesson:"):
            wrong = check_lesson_ref(target[len("lesson:") :], lessons)
            if wrong:
                problems.append(Problem(case.source, at, "broken-link", f"link to {wrong}"))


def check_lesson(
    lesson: Lesson,
    lessons: dict[str, Lesson],
    terms: set[str],
    assets: Path,
    problems: list[Problem],
) -> None:
    for rid in lesson.related:
        if rid not in lessons:
            problems.append(
                Problem(
                    lesson.source,
                    lesson.field_lines.get("related", 1),
                    "broken-reference",
                    f"related lesson '{rid}' does not exist",
                )
            )
    for is_image, target, line in lesson.links:
        if target.startswith("term:"):
            if target[5:] not in terms:
                problems.append(
                    Problem(
                        lesson.source,
                        line,
                        "broken-link",
                        f"link to unknown glossary term '{target[5:]}'",
                    )
                )
            continue
        _check_link(lesson, is_image, target, line, lessons, assets, problems)


def _check_link(
    lesson: Lesson,
    is_image: bool,
    target: str,
    line: int,
    lessons: dict[str, Lesson],
    assets: Path,
    problems: list[Problem],
) -> None:
    if is_image:
        if target.startswith(("http://", "https://")):
            problems.append(
                Problem(
                    lesson.source,
                    line,
                    "missing-image",
                    f"image '{target}' is remote; the app is offline — put it in assets/",
                )
            )
        elif not (assets / target).is_file():
            problems.append(
                Problem(
                    lesson.source,
                    line,
                    "missing-image",
                    f"image '{target}' not found under assets/",
                )
            )
        return
    if not target.startswith("lesson:"):
        return
    wrong = check_lesson_ref(target[len("lesson:") :], lessons)
    if wrong:
        problems.append(Problem(lesson.source, line, "broken-link", f"link to {wrong}"))
