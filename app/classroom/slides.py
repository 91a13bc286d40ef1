"""Slides from a lesson (a title slide, then one slide per ``## `` section) or from a case
(its discussion questions, one per slide).

A slide's body is kept as Markdown *blocks* (paragraphs, lists, tables, callouts), so the
projector can spread a long section over continuation slides at block boundaries instead of
cutting a table or a list in half.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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


def _lone_callout(blocks: tuple[str, ...]) -> bool:
    return len(blocks) == 1 and blocks[0].lstrip().startswith("!!!")


def _is_answer(block: str) -> bool:
    # A self-check's answers get a slide of their own on purpose: the class answers first.
    return block.lstrip().startswith("!!! answer")


def _leads_in(block: str) -> bool:
    # "…排的：" introduces the list after it: the two stay on one slide.
    return block.rstrip().endswith(("：", ":"))


def split_pages(
    blocks: tuple[str, ...],
    height_of: Callable[[tuple[str, ...], int], float],
    limit: float,
    *,
    short: float = 0.25,
    squeeze: float = 1.1,
    last_resort: float = 1.2,
) -> list[tuple[str, ...]]:
    """A section's blocks spread over pages of height ``limit``.

    ``height_of(blocks, part)`` measures a page (part 1, 2 …: the title differs). Blocks are
    added while they fit; then the last page is looked at, because a continuation page
    holding one callout or a short tail looks like a mistake on a projector:

    - a tail shorter than ``short`` of a page rejoins the page before if that page is then
      at most ``squeeze`` too tall (it is drawn a little smaller, never cut);
    - else the last blocks of the page before move to the tail (the most even split that
      fits), never separating a paragraph ending in a colon from what it introduces;
    - else the two pages become one if it is at most ``last_resort`` too tall.

    A self-check's answer callout is left alone: the class answers before seeing it.
    """
    pages: list[list[str]] = []
    current: list[str] = []
    for block in blocks:
        if current and height_of((*current, block), len(pages) + 1) > limit:
            pages.append(current)
            current = [block]
        else:
            current.append(block)
    pages.append(current)
    if len(pages) < 2:
        return [tuple(p) for p in pages]
    prev, tail = tuple(pages[-2]), tuple(pages[-1])
    part = len(pages)
    tail_h = height_of(tail, part)
    lone = _lone_callout(tail) or tail_h < short * limit
    if not lone or any(_is_answer(b) for b in tail):
        return [tuple(p) for p in pages]
    head = [tuple(p) for p in pages[:-2]]
    merged_h = height_of(prev + tail, part - 1)
    if tail_h < short * limit and merged_h <= squeeze * limit:
        return [*head, prev + tail]
    best, best_score = None, 0.0
    for k in range(1, len(prev)):
        new_prev, new_tail = prev[:-k], prev[-k:] + tail
        tail_k = height_of(new_tail, part)
        if tail_k > limit:
            break
        if _leads_in(new_prev[-1]):
            continue
        score = max(height_of(new_prev, part - 1), tail_k)
        if best is None or score < best_score:
            best, best_score = (new_prev, new_tail), score
    if best is not None:
        return [*head, *best]
    if merged_h <= last_resort * limit:
        return [*head, prev + tail]
    return [tuple(p) for p in pages]
