"""Read case studies (``content/cases/*.md``, docs/case-format.md): front matter, sections split
like a lesson's, and the rules of a case alone — its seven sections, a known industry and
outcome. References to sections, lessons and the paired case: app.course.checks."""

from __future__ import annotations

from pathlib import Path

from app.cases.model import CaseStudy
from app.common.edited import EditedText
from app.common.frontmatter import read_document
from app.common.problems import Problem
from app.common.sections import split_sections
from app.common.yamlfile import display_path

REQUIRED_SECTIONS = ("背景", "经过", "员工的做法", "结果", "分析", "换个做法", "课堂讨论")


def load_cases(folder: Path, base: Path, problems: list[Problem]) -> dict[str, CaseStudy]:
    cases: dict[str, CaseStudy] = {}
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        case = read_case(path, display_path(path, base), problems)
        if case is None:
            continue
        if case.id in cases:
            problems.append(
                Problem(case.source, case.field_lines.get("id", 1), "duplicate-id",
                        f"duplicate case id '{case.id}'")
            )  # fmt: skip
            continue
        cases[case.id] = case
    return cases


def read_case(source: Path | EditedText, shown: str, problems: list[Problem]) -> CaseStudy | None:
    """One case file, or a studio editor's unsaved text of it (``EditedText``), with the
    same checks; problems name ``shown``."""
    from app.cases.schema import CaseSchema

    read = read_document(source, shown, CaseSchema, problems)
    if read is None:
        return None
    doc, parsed, meta = read
    lines = {k[0]: v for k, v in parsed.key_lines.items() if len(k) == 1}
    links: list[tuple[bool, str, int]] = []
    _intro, sections = split_sections(doc.body, doc.body_first_line, shown, problems, links)
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
    return CaseStudy(
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
