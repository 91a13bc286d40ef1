"""Case studies (``content/cases/*.md``, docs/case-format.md): loaded with the lesson machinery,
plus the rules of a case — its seven sections, a known industry and outcome, references to
course sections and lessons, and a pair that points back."""

from __future__ import annotations

from pathlib import Path

from app.content.datafiles import check_lesson_ref, display_path
from app.content.frontmatter import read_document
from app.content.model import CaseStudy, Lesson
from app.content.problems import Problem

REQUIRED_SECTIONS = ("背景", "经过", "员工的做法", "结果", "分析", "换个做法", "课堂讨论")


def load_cases(folder: Path, base: Path, problems: list[Problem]) -> dict[str, CaseStudy]:
    from app.content.loader import _split_sections
    from app.content.schema import CaseSchema

    cases: dict[str, CaseStudy] = {}
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        shown = display_path(path, base)
        read = read_document(path, shown, CaseSchema, problems)
        if read is None:
            continue
        doc, parsed, meta = read
        lines = {k[0]: v for k, v in parsed.key_lines.items() if len(k) == 1}
        if meta.id in cases:
            problems.append(
                Problem(shown, lines.get("id", 1), "duplicate-id", f"duplicate case id '{meta.id}'")
            )
            continue
        links: list[tuple[bool, str, int]] = []
        _intro, sections = _split_sections(doc.body, doc.body_first_line, shown, problems, links)
        titles = [s.title for s in sections]
        missing = [r for r in REQUIRED_SECTIONS if not any(t.startswith(r) for t in titles)]
        if missing:
            problems.append(
                Problem(
                    shown,
                    doc.body_first_line,
                    "structure",
                    f"a case needs the sections {'、'.join(missing)}",
                )
            )
        cases[meta.id] = CaseStudy(
            id=meta.id,
            title=meta.title,
            industry=meta.industry,
            outcome=meta.outcome,
            topics=tuple(meta.topics),
            lessons=tuple(meta.lessons),
            pair=meta.pair,
            real=meta.real,
            sections=tuple(sections),
            source=shown,
            links=tuple(links),
            field_lines=lines,
        )
    return cases


def check_cases(
    cases: dict[str, CaseStudy],
    lessons: dict[str, Lesson],
    section_ids: set[str],
    problems: list[Problem],
) -> None:
    for case in cases.values():
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
