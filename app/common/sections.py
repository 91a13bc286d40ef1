"""A Markdown body split at its ``## `` headings into numbered sections (lessons and cases).

Also collects the links and images as written, with their lines, for the reference checks
that run once every kind is loaded (``app.course.checks``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.common.problems import Problem

SECTION_RE = re.compile(r"^##\s+(.+?)\s*#*\s*$")
H1_RE = re.compile(r"^#\s+\S")
NOTES_MARK = "???"
LINK_RE = re.compile(r"(!?)\[([^\]]*)\]\(\s*([^)\s]+)(?:\s+\"[^\"]*\")?\s*\)")
FENCE_RE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True, slots=True)
class Section:
    number: int  # 1-based position in the lesson; also the slide number
    title: str
    markdown: str
    notes: str  # presenter notes, never shown to learners
    line: int  # line of the ``## `` heading in the source file


def split_sections(
    body: str,
    first_line: int,
    shown: str,
    problems: list[Problem],
    links: list[tuple[bool, str, int]],
) -> tuple[str, list[Section]]:
    """(intro before the first section, sections); adds (is_image, target, line) to ``links``."""
    intro: list[str] = []
    sections: list[Section] = []
    current: dict | None = None
    target = intro  # where the next ordinary line goes: the intro, a body or its notes
    in_fence = False
    # Most lines are ordinary text: one cheap test sends them on. The others (a heading, a
    # link, a fence, the notes mark) are the only ones the patterns are tried on; an
    # organisation's course has a few hundred thousand lines.
    for n, raw in enumerate(body.splitlines(), start=first_line):
        first = raw[:1]
        if first != "#" and "](" not in raw and "```" not in raw and "~~~" not in raw and (
            "???" not in raw
        ):
            target.append(raw)
            continue
        if ("```" in raw or "~~~" in raw) and FENCE_RE.match(raw):
            in_fence = not in_fence
        heading = None if in_fence or raw[:2] != "##" else SECTION_RE.match(raw)
        if not in_fence and "](" in raw:
            for m in LINK_RE.finditer(raw):
                links.append((m.group(1) == "!", m.group(3), n))
                if m.group(1) and not m.group(2).strip():
                    problems.append(_missing_alt(shown, n, m.group(3)))
        if heading:
            if current:
                sections.append(_section_from(current, len(sections) + 1))
            current = {"title": heading.group(1), "line": n, "body": [], "notes": None}
            target = current["body"]
            continue
        if not in_fence and first == "#" and H1_RE.match(raw):
            problems.append(
                Problem(
                    shown,
                    n,
                    "structure",
                    "'# ' headings are not used in lessons: the title comes from "
                    "the front matter; use '## ' for sections",
                )
            )
        if current is not None and not in_fence and raw.strip() == NOTES_MARK:
            current["notes"] = target = []
        else:
            target.append(raw)
    if current:
        sections.append(_section_from(current, len(sections) + 1))
    if not sections:
        problems.append(
            Problem(shown, first_line, "structure", "a lesson needs at least one '## ' section")
        )
    return "\n".join(intro).strip(), sections


def _missing_alt(shown: str, line: int, target: str) -> Problem:
    # Learners who cannot see the picture (a screen reader, a failed load) get only this.
    return Problem(
        shown,
        line,
        "missing-alt",
        f"image '{target}' has no description (alt text): "
        "write what it shows, for learners who cannot see it",
    )


def _section_from(d: dict, number: int) -> Section:
    return Section(
        number=number,
        title=d["title"],
        markdown="\n".join(d["body"]).strip(),
        notes="\n".join(d["notes"] or []).strip(),
        line=d["line"],
    )
