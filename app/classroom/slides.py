"""Slides from a lesson (a title slide, then one slide per ``## `` section) or from a case
(its discussion questions, one per slide).

A slide's body is kept as Markdown *blocks* (paragraphs, lists, tables, callouts), so the
projector can spread a long section over continuation slides at block boundaries instead of
cutting a table or a list in half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
_DISCUSSION = ("课堂讨论", "課堂討論")


@dataclass(frozen=True)
class Slide:
    title: str
    blocks: tuple[str, ...]  # Markdown, each kept whole on one page
    notes: str = ""  # presenter notes, never projected
    kind: str = "content"  # title | content | question
    source: str = ""  # "lesson-id#N" or "case:ID#N": where the learner can read more


def split_blocks(markdown: str) -> list[str]:
    """Blank-line separated blocks; a list, a table or an indented callout stays one block."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in markdown.splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        continues = current and (
            line.startswith((" ", "\t"))  # callout body or list continuation
            or (_LIST_ITEM.match(line) and _LIST_ITEM.match(current[0]))
            or (line.lstrip().startswith("|") and current[0].lstrip().startswith("|"))
        )
        if not current or continues:
            current.append(line)
        else:
            blocks.append(current)
            current = [line]
    if current:
        blocks.append(current)
    merged: list[list[str]] = []
    for b in blocks:  # a callout header followed by its indented body; list items apart
        if merged and (
            (b[0].startswith((" ", "\t")) and merged[-1][0].lstrip().startswith("!!!"))
            or (_LIST_ITEM.match(b[0]) and _LIST_ITEM.match(merged[-1][-1]))
        ):
            merged[-1] = [*merged[-1], *([""] if _LIST_ITEM.match(b[0]) else []), *b]
        else:
            merged.append(b)
    return ["\n".join(b) for b in merged]


def lesson_slides(lesson) -> list[Slide]:
    objectives = "\n".join(f"- {o}" for o in lesson.objectives)
    slides = [
        Slide(
            lesson.title,
            (objectives,) if objectives else (),
            notes=lesson.intro.strip(),
            kind="title",
            source=f"{lesson.id}#1",
        )
    ]
    for s in lesson.sections:
        slides.append(
            Slide(s.title, tuple(split_blocks(s.markdown)), s.notes, "content",
                  f"{lesson.id}#{s.number}")
        )  # fmt: skip
    return slides


def case_discussion_slides(case) -> list[Slide]:
    """A title slide with the case's background, then one slide per discussion question."""
    sections = {s.title: s for s in case.sections}
    background = case.sections[0] if case.sections else None
    slides = [
        Slide(
            case.title,
            tuple(split_blocks(background.markdown))[:3] if background else (),
            background.notes if background else "",
            "title",
            f"case:{case.id}#1",
        )
    ]
    discussion = next((sections[t] for t in _DISCUSSION if t in sections), None)
    if discussion is None:
        return slides
    questions = [
        _LIST_ITEM.sub("", line).strip()
        for line in discussion.markdown.splitlines()
        if _LIST_ITEM.match(line)
    ]
    for i, q in enumerate(questions, start=1):
        slides.append(
            Slide(f"{discussion.title} {i}/{len(questions)}", (q,), discussion.notes, "question",
                  f"case:{case.id}#{discussion.number}")
        )  # fmt: skip
    return slides
