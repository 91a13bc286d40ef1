"""Read ``content/`` into a ContentBundle, collecting every problem instead of stopping.

A file whose front matter is broken is skipped (and listed); a lesson with a broken link
or a missing image is kept, since the rest of it is still worth reading.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.content.datafiles import (
    check_lesson_ref,
    display_path,
    load_checklists,
    load_glossary,
    load_phrases,
    load_syllabus,
    load_yaml_document,
)
from app.content.frontmatter import read_document
from app.content.model import ContentBundle, Course, CourseSection, Lesson, LessonSection
from app.content.problems import Problem

SECTION_RE = re.compile(r"^##\s+(.+?)\s*#*\s*$")
H1_RE = re.compile(r"^#\s+\S")
NOTES_MARK = "???"
LINK_RE = re.compile(r"(!?)\[[^\]]*\]\(\s*([^)\s]+)(?:\s+\"[^\"]*\")?\s*\)")
FENCE_RE = re.compile(r"^\s*(```|~~~)")


def load_content(root: Path, assets: Path | None = None) -> ContentBundle:
    """Load and validate everything under ``root`` (a ``content/`` dir)."""
    problems: list[Problem] = []
    skipped: list[str] = []
    assets = assets if assets is not None else root.parent / "assets"

    base = root.parent
    course = _load_course(root / "course.yaml", base, problems)
    known_sections = {s.id for s in course.sections} if course else set()

    lessons: dict[str, Lesson] = {}
    id_lines: dict[str, str] = {}
    for path in sorted((root / "lessons").glob("**/*.md")):
        lesson = _load_lesson(path, base, problems)
        if lesson is None:
            skipped.append(display_path(path, base))
            continue
        if lesson.id in lessons:
            problems.append(
                Problem(
                    lesson.source,
                    lesson.field_lines.get("id", 1),
                    "duplicate-id",
                    f"duplicate lesson id '{lesson.id}' (already used by {id_lines[lesson.id]})",
                )
            )
            skipped.append(lesson.source)
            continue
        if course is not None and lesson.section not in known_sections:
            problems.append(
                Problem(
                    lesson.source,
                    lesson.field_lines.get("section", 1),
                    "broken-reference",
                    f"section '{lesson.section}' is not defined in course.yaml",
                )
            )
        lessons[lesson.id] = lesson
        id_lines[lesson.id] = lesson.source

    if course is None:
        course = _fallback_course(lessons)
    course = _attach_lessons(course, lessons)
    ordered = {lid: lessons[lid] for s in course.sections for lid in s.lesson_ids}
    glossary, term_lines = load_glossary(root / "glossary.yaml", base, problems)
    phrase_groups, phrase_lines = load_phrases(root / "phrases.yaml", base, problems)
    checklists, checklist_lines = load_checklists(root / "desk.yaml", base, problems)
    syllabus, taught_refs = load_syllabus(root / "syllabus", base, problems)
    from app.quiz.bank import load_bank

    questions, question_refs = load_bank(root / "quizzes", base, problems)
    from app.content.cases import check_cases, load_cases

    cases = load_cases(root / "cases", base, problems)
    from app.scenario.loader import load_scenarios

    scenarios, scenario_refs = load_scenarios(root / "scenarios", base, problems)
    check_cases(cases, ordered, {s.id for s in course.sections}, problems)
    section_ids = {s.id for s in course.sections}
    for q in questions:
        if q.topic not in section_ids:
            problems.append(
                Problem(
                    q.source,
                    1,
                    "broken-reference",
                    f"question '{q.id}': topic '{q.topic}' is not a section",
                )
            )
    for lesson in ordered.values():
        _check_references(lesson, ordered, set(glossary), assets, problems)
    shown_glossary = display_path(root / "glossary.yaml", base)
    shown_phrases = display_path(root / "phrases.yaml", base)
    refs = [(shown_glossary, term_lines[t.id], t.lesson) for t in glossary.values()]
    refs += [
        (shown_phrases, phrase_lines[p.id], p.lesson) for g in phrase_groups for p in g.phrases
    ]
    shown_desk = display_path(root / "desk.yaml", base)
    refs += [(shown_desk, checklist_lines[c.id], c.lesson) for c in checklists]
    for shown, line, ref in refs + taught_refs + question_refs + scenario_refs:
        wrong = check_lesson_ref(ref, ordered)
        if wrong:
            problems.append(Problem(shown, line, "broken-reference", wrong))

    return ContentBundle(
        course=course,
        lessons=ordered,
        problems=tuple(problems),
        skipped_files=tuple(skipped),
        glossary=glossary,
        phrase_groups=phrase_groups,
        syllabus=syllabus,
        questions=questions,
        cases=cases,
        scenarios=scenarios,
        checklists=checklists,
    )


def _load_course(path: Path, base: Path, problems: list[Problem]) -> Course | None:
    from app.content.schema import CourseSchema

    shown = display_path(path, base)
    if not path.exists():
        problems.append(Problem(shown, 1, "missing-file", "course.yaml is missing"))
        return None
    loaded = load_yaml_document(path, CourseSchema, base, problems)
    if loaded is None:
        return None
    doc, parsed = loaded
    seen: set[str] = set()
    for i, s in enumerate(doc.sections):
        if s.id in seen:
            problems.append(
                Problem(
                    shown,
                    parsed.line_for(("sections", i, "id")),
                    "duplicate-id",
                    f"duplicate section id '{s.id}'",
                )
            )
        seen.add(s.id)
    return Course(
        id=doc.id,
        title=doc.title,
        version=doc.version,
        sections=tuple(CourseSection(s.id, s.number, s.title) for s in doc.sections),
    )


def _load_lesson(path: Path, base: Path, problems: list[Problem]) -> Lesson | None:
    from app.content.schema import LessonSchema

    shown = display_path(path, base)
    read = read_document(path, shown, LessonSchema, problems)
    if read is None:
        return None
    doc, parsed, meta = read

    links: list[tuple[bool, str, int]] = []
    intro, sections = _split_sections(doc.body, doc.body_first_line, shown, problems, links)
    return Lesson(
        id=meta.id,
        title=meta.title,
        section=meta.section,
        order=meta.order,
        minutes=meta.minutes,
        objectives=tuple(meta.objectives),
        key_terms=tuple(meta.key_terms),
        related=tuple(meta.related),
        intro=intro,
        sections=tuple(sections),
        source=shown,
        links=tuple(links),
        field_lines={k[0]: v for k, v in parsed.key_lines.items() if len(k) == 1},
    )


def _split_sections(
    body: str,
    first_line: int,
    shown: str,
    problems: list[Problem],
    links: list[tuple[bool, str, int]],
) -> tuple[str, list[LessonSection]]:
    intro: list[str] = []
    sections: list[LessonSection] = []
    current: dict | None = None
    in_fence = False
    for n, raw in enumerate(body.splitlines(), start=first_line):
        if FENCE_RE.match(raw):
            in_fence = not in_fence
        heading = None if in_fence else SECTION_RE.match(raw)
        if not in_fence:
            links.extend((m.group(1) == "!", m.group(2), n) for m in LINK_RE.finditer(raw))
        if heading:
            if current:
                sections.append(_section_from(current, len(sections) + 1))
            current = {"title": heading.group(1), "line": n, "body": [], "notes": None}
            continue
        if not in_fence and H1_RE.match(raw):
            problems.append(
                Problem(
                    shown,
                    n,
                    "structure",
                    "'# ' headings are not used in lessons: the title comes from "
                    "the front matter; use '## ' for sections",
                )
            )
        if current is None:
            intro.append(raw)
        elif not in_fence and raw.strip() == NOTES_MARK:
            current["notes"] = []
        elif current["notes"] is not None:
            current["notes"].append(raw)
        else:
            current["body"].append(raw)
    if current:
        sections.append(_section_from(current, len(sections) + 1))
    if not sections:
        problems.append(
            Problem(shown, first_line, "structure", "a lesson needs at least one '## ' section")
        )
    return "\n".join(intro).strip(), sections


def _section_from(d: dict, number: int) -> LessonSection:
    return LessonSection(
        number=number,
        title=d["title"],
        markdown="\n".join(d["body"]).strip(),
        notes="\n".join(d["notes"] or []).strip(),
        line=d["line"],
    )


def _fallback_course(lessons: dict[str, Lesson]) -> Course:
    """When course.yaml is unusable, group lessons by their section ids so the app still runs."""
    ids = sorted({lesson.section for lesson in lessons.values()})
    return Course(
        "course", "课程", "0", tuple(CourseSection(s, i + 1, s) for i, s in enumerate(ids))
    )


def _attach_lessons(course: Course, lessons: dict[str, Lesson]) -> Course:
    sections = []
    for s in course.sections:
        members = sorted(
            (lsn for lsn in lessons.values() if lsn.section == s.id),
            key=lambda lsn: (lsn.order, lsn.id),
        )
        sections.append(CourseSection(s.id, s.number, s.title, tuple(m.id for m in members)))
    return Course(course.id, course.title, course.version, tuple(sections))


def _check_references(
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
