"""Read ``content/`` into a ContentBundle, collecting every problem instead of stopping.

Each kind's package loads its own files; this module reads ``course.yaml``, calls them in
turn, orders lessons by the course, and runs the checks that need several kinds
(``app.course.checks``). A file whose front matter is broken is skipped (and listed); a
lesson with a broken link or a missing image is kept, since the rest of it is still worth
reading.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from app.common.gc_pause import paused_gc
from app.common.problems import Problem
from app.common.reading import reading
from app.common.yamlfile import display_path, load_yaml_document
from app.course.checks import check_cases, check_lesson, check_lesson_ref
from app.course.kinds import load_kinds
from app.course.layer import layer_files, read_layer
from app.course.model import ContentBundle, Course, CourseSection
from app.lessons.model import Lesson
from app.quiz.exam_rules import KINDS, read_rules
from app.reference.desk import load_checklists
from app.reference.english import load_english
from app.reference.syllabus import load_syllabus
from app.tasks import NO_PROGRESS, Progress

log = logging.getLogger(__name__)


def load_content(
    root: Path,
    assets: Path | None = None,
    progress: Progress = NO_PROGRESS,
    parse_cache: Path | None = None,
    layer: Path | None = None,
) -> ContentBundle:
    """Load and validate everything under ``root`` (a ``content/`` dir).

    ``progress`` hears of every file read (``step(done, total)``: a large course's first
    load takes seconds) and may cancel between two files. ``parse_cache``: a folder where
    each file's YAML parse is kept by the hash of its text (app.common.reading), so after a
    pack update only the files that changed are parsed again. ``layer``: an organisation
    layer (app.course.layer) added over the course, its files named relative to its parent
    (``organisation/lessons/x.md``). The cycle collector is paused meanwhile (nothing
    built here holds a cycle: app.common.gc_pause)."""
    with paused_gc(), reading(root, progress, parse_cache) as read:
        if layer is not None:  # one reading, so pruning keeps the layer's parses too
            read.total += sum(1 for p in layer_files(layer) if p.suffix in (".md", ".yaml"))
        bundle = _load_content(root, assets, layer)
        progress.step(read.total, read.total)
        if parse_cache is not None:
            log.info("content parses: %d from the cache, %d parsed", read.hits, read.misses)
            read.save()
    return bundle


def _load_content(root: Path, assets: Path | None, layer: Path | None = None) -> ContentBundle:
    problems: list[Problem] = []
    assets = assets if assets is not None else root.parent / "assets"

    base = root.parent
    course = _load_course(root / "course.yaml", base, problems)
    known_sections = {s.id for s in course.sections} if course else None
    kinds = load_kinds(root, base, problems, known_sections)
    checklists, checklist_lines = load_checklists(root / "desk.yaml", base, problems)
    syllabus, taught_refs = load_syllabus(root / "syllabus", base, problems)
    merged = None
    if layer is not None:
        merged = read_layer(layer, course, problems)
        course = merged.course
        kinds = merged.merge(kinds, problems)
        taught_refs = [r for r in taught_refs if merged.keeps_lesson(r[2])]
    lessons = kinds.lessons

    if course is None:
        course = _fallback_course(lessons)
    course = _attach_lessons(course, lessons)
    ordered = {lid: lessons[lid] for s in course.sections for lid in s.lesson_ids}
    glossary = kinds.glossary
    questions, cases, scenarios, writing = (
        kinds.questions, kinds.cases, kinds.scenarios, kinds.writing
    )  # fmt: skip
    hidden = merged.hidden if merged else (lambda kind: set())
    english = load_english(root / "english.yaml", base, problems, {
        "sections": {s.id for s in course.sections}, "lessons": set(ordered) | hidden("lessons"),
        "scenarios": set(scenarios) | hidden("scenarios")})  # fmt: skip
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
    for task in writing.values():
        if task.section not in section_ids:
            problems.append(
                Problem(
                    task.source,
                    task.lines.get("section", 1),
                    "broken-reference",
                    f"writing task '{task.id}': section '{task.section}' is not a section",
                )
            )
    for lesson in ordered.values():
        lesson_assets = merged.assets_for(lesson, assets) if merged else assets
        check_lesson(lesson, ordered, set(glossary), lesson_assets, problems)
    shown_desk = display_path(root / "desk.yaml", base)
    refs = [(shown_desk, checklist_lines[c.id], c.lesson) for c in checklists]
    for shown, line, ref in kinds.lesson_refs() + refs + taught_refs:
        wrong = check_lesson_ref(ref, ordered)
        if wrong:
            problems.append(Problem(shown, line, "broken-reference", wrong))
    if merged is not None:
        problems = merged.attributed(problems)

    return ContentBundle(
        course=course,
        lessons=ordered,
        problems=tuple(problems),
        skipped_files=tuple(kinds.skipped),
        glossary=glossary,
        phrase_groups=kinds.phrase_groups,
        syllabus=syllabus,
        questions=questions,
        cases=cases,
        scenarios=scenarios,
        checklists=checklists,
        writing=writing,
        synonyms=kinds.synonyms,
        english=english,
        layer=merged.info if merged else None,
    )


def _load_course(path: Path, base: Path, problems: list[Problem]) -> Course | None:
    from pydantic import TypeAdapter

    shown = display_path(path, base)
    if not path.exists():
        problems.append(Problem(shown, 1, "missing-file", "course.yaml is missing"))
        return None
    schema = _CourseSchema(TypeAdapter(Course))
    loaded = load_yaml_document(path, schema, base, problems)
    if loaded is None:
        return None
    doc, parsed = loaded
    rules, issues = read_rules(schema.exams)
    known = {s.id for s in doc.sections}
    for kind in KINDS:
        rule = rules.of(kind)
        unknown = [s for s in rule.sections if s not in known]
        for sid in unknown:
            i = rule.sections.index(sid)
            issues.append(((kind, "sections", i), "broken-reference",
                           f"'{kind}.sections': '{sid}' is not a section"))  # fmt: skip
        if unknown:
            kept = tuple(s for s in rule.sections if s in known)
            rules = rules.with_rule(kind, replace(rule, sections=kept))
    for where, kind, message in issues:
        problems.append(Problem(shown, parsed.line_for(("exams", *where)), kind, message))
    doc = replace(doc, exams=rules)
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
    return replace(doc, tracks=_checked_tracks(doc, parsed, shown, problems))


def _checked_tracks(doc: Course, parsed, shown: str, problems: list[Problem]) -> tuple:
    """The tracks that make sense: a reference to an unknown section, a section claimed by
    two tracks, a repeated id or the reserved id "general" is reported and left out."""
    from app.course.tracks import GENERAL

    known = {s.id for s in doc.sections}
    kept, ids, owner = [], set(), {}
    for i, track in enumerate(doc.tracks):
        if track.id in ids or track.id == GENERAL:
            why = "is reserved for the core" if track.id == GENERAL else "is used twice"
            problems.append(Problem(shown, parsed.line_for(("tracks", i, "id")), "duplicate-id",
                                    f"track id '{track.id}' {why}"))  # fmt: skip
            continue
        ids.add(track.id)
        sections = []
        for j, sid in enumerate(track.sections):
            line = parsed.line_for(("tracks", i, "sections", j))
            where = f"track '{track.id}'"
            if sid not in known:
                message = f"{where}: '{sid}' is not a section"
                problems.append(Problem(shown, line, "broken-reference", message))
            elif sid in owner:
                message = f"{where}: section '{sid}' already belongs to track '{owner[sid]}'"
                problems.append(Problem(shown, line, "duplicate-id", message))
            else:
                owner[sid] = track.id
                sections.append(sid)
        if sections:
            kept.append(replace(track, sections=tuple(sections)))
    return tuple(kept)


class _CourseSchema:
    """Validates course.yaml without its ``exams:`` block, which it keeps for read_rules."""

    def __init__(self, adapter) -> None:
        self.adapter = adapter
        self.exams: object = None

    def validate_python(self, data):
        if isinstance(data, dict) and "exams" in data:
            data = dict(data)
            self.exams = data.pop("exams")
        return self.adapter.validate_python(data)


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
    return replace(course, sections=tuple(sections))
