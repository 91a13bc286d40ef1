"""A case file being written in the studio (docs/case-format.md): its front matter as fields,
each ``## `` section as one text (presenter notes after ``???`` included), the discussion
questions as a list, checked with ``content check``'s case rules on the unsaved text
(``app.cases.loader.read_case`` and ``app.course.checks.check_case``) and written back
atomically.

A section left empty is not written, so the loader's own rule names it as missing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.cases.loader import REQUIRED_SECTIONS
from app.cases.model import CaseStudy
from app.common.edited import EditedText
from app.common.problems import Problem
from app.common.sections import FENCE_RE, NOTES_MARK, SECTION_RE
from app.studio.layer_files import is_id, make_id
from app.studio.lesson_draft import FrontMatterDraft, layer_of, read_draft_text, split_draft

CASE_KEYS = ("id", "title", "industry", "outcome", "topics", "lessons", "pair", "real")
DISCUSSION = REQUIRED_SECTIONS[-1]  # 课堂讨论
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)、])\s+")


def _split_body(body: str) -> tuple[str, list[tuple[str, str]]]:
    """(text before the first section, [(title, text)]) at the ``## `` headings."""
    intro: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    in_fence = False
    for raw in body.splitlines():
        if FENCE_RE.match(raw):
            in_fence = not in_fence
        heading = None if in_fence else SECTION_RE.match(raw)
        if heading:
            sections.append((heading.group(1), []))
        elif sections:
            sections[-1][1].append(raw)
        else:
            intro.append(raw)
    return "\n".join(intro).strip(), [(t, "\n".join(lines).strip()) for t, lines in sections]


def split_discussion(text: str) -> tuple[str, list[str], str]:
    """(lead text, questions, presenter notes) of the discussion section."""
    body, notes = text, ""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip() == NOTES_MARK:
            body, notes = "\n".join(lines[:i]), "\n".join(lines[i + 1 :]).strip()
            break
    lead: list[str] = []
    questions: list[str] = []
    for line in body.splitlines():
        if _ITEM.match(line):
            questions.append(_ITEM.sub("", line).strip())
        elif questions and line.startswith((" ", "\t")) and line.strip():
            questions[-1] += " " + line.strip()  # a question continued on the next line
        elif line.strip() or lead:
            lead.append(line)
    return "\n".join(lead).strip(), questions, notes


class CaseDraft(FrontMatterDraft):
    ORDER = CASE_KEYS
    FLOW = ("topics", "lessons")

    @classmethod
    def load(cls, path: Path) -> CaseDraft:
        """The file's case; a path that does not exist yet: a new case named after it."""
        if not path.exists():
            stem = path.stem if is_id(path.stem) else make_id(path.stem, "new-case")
            front = {"id": stem, "title": "", "industry": "retail", "outcome": "success",
                     "topics": [], "lessons": [], "real": False}  # fmt: skip
            return cls(cls._data(front, ""))
        front, front_text, body = split_draft(read_draft_text(path), str(path))
        return cls(cls._data(front, body), front_text)

    @staticmethod
    def _data(front: dict[str, Any], body: str) -> dict[str, Any]:
        intro, found = _split_body(body)
        titles = [t for t, _ in found]
        found += [(r, "") for r in REQUIRED_SECTIONS if not any(t.startswith(r) for t in titles)]
        sections, lead, questions, notes = [], "", [], ""
        for title, text in found:
            if title.startswith(DISCUSSION) and not questions and not lead:
                lead, questions, notes = split_discussion(text)
                sections.append({"title": title, "text": None})  # its place in the file
            else:
                sections.append({"title": title, "text": text})
        return {"front": front, "intro": intro, "sections": sections, "questions": questions,
                "lead": lead, "notes": notes}  # fmt: skip

    @property
    def front(self) -> dict[str, Any]:
        return self.data["front"]

    def discussion_text(self) -> str:
        d = self.data
        questions = [q.strip() for q in d["questions"] if isinstance(q, str) and q.strip()]
        parts = [d["lead"].strip()] if d["lead"].strip() else []
        if questions:
            parts.append("\n".join(f"{i}. {q}" for i, q in enumerate(questions, start=1)))
        if parts and d["notes"].strip():
            parts.append(f"{NOTES_MARK}\n{d['notes'].strip()}")
        return "\n\n".join(parts)

    def layout(self) -> tuple[str, dict[int, int]]:
        """(the file's text, the file line of each written section's heading by index)."""
        lines = self.head().splitlines()
        if self.data["intro"]:
            lines += ["", self.data["intro"]]
        at: dict[int, int] = {}
        for i, s in enumerate(self.data["sections"]):
            text = self.discussion_text() if s["text"] is None else s["text"].strip()
            if not text:
                continue
            lines.append("")
            at[i] = len(lines) + 1
            lines += [f"## {s['title']}", "", *text.splitlines()]
        return "\n".join(lines) + "\n", at

    def text(self) -> str:
        return self.layout()[0]

    def section_at(self, line: int) -> int | None:
        """The index of the section a file line is in (None: the front matter)."""
        found = None
        for i, start in self.layout()[1].items():
            if start <= line:
                found = i
        return found

    def case(self, source: str = "") -> CaseStudy | None:
        """The case as the loader reads it (for the preview), problems aside."""
        from app.cases.loader import read_case

        return read_case(EditedText(self.text()), source, [])

    def problems(self, context: CaseContext) -> list[Problem]:
        """What ``content check`` says of this case, as it stands (unsaved)."""
        from app.cases.loader import read_case
        from app.course.checks import check_case

        problems: list[Problem] = []
        case = read_case(EditedText(self.text()), context.shown, problems)
        if case is None:
            return problems
        other = context.cases.get(case.id)
        if other is not None and case.id != context.own_id:
            problems.append(
                Problem(context.shown, case.field_lines.get("id", 1), "duplicate-id",
                        f"duplicate case id '{case.id}'")
            )  # fmt: skip
        cases = {**context.cases, case.id: case}
        check_case(case, cases, context.lessons, set(context.sections), problems)
        return sorted(problems, key=lambda p: p.line)


@dataclass
class CaseContext:
    shown: str
    assets: Path
    own_id: str
    cases: dict[str, CaseStudy] = field(default_factory=dict)  # the others
    lessons: dict[str, Any] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)
    folders: dict[str, Path] = field(default_factory=dict)  # case id -> its editable file

    def pair_choices(self, outcome: str) -> list[CaseStudy]:
        """Cases of the other outcome: a pair is the same situation, handled the other way."""
        return [c for c in self.cases.values() if c.outcome != outcome]


def case_context(bundle, path: Path, assets: Path, own_id: str) -> CaseContext:
    """The course's cases, lessons and sections, with the cases beside ``path`` first (the
    layer's, which the installed bundle may not hold yet) and the layer's lessons."""
    from app.cases.loader import load_cases
    from app.common.yamlfile import display_path
    from app.studio.lesson_draft import lesson_context

    lessons = lesson_context(bundle, path, assets, "")
    folder = path.resolve().parent
    layer = layer_of(path)
    base = layer.parent if layer is not None else folder
    shown = display_path(path, base)
    siblings = load_cases(folder, base, []) if folder.is_dir() else {}
    cases = {**siblings, **{k: v for k, v in bundle.cases.items() if k not in siblings}}
    cases = {k: v for k, v in cases.items() if v.source != shown}
    folders = {k: folder / Path(v.source).name for k, v in siblings.items() if v.source != shown}
    return CaseContext(shown, lessons.assets, own_id, cases, lessons.lessons, lessons.sections,
                       folders)  # fmt: skip


def link_back(other: Path, case_id: str) -> bool:
    """Name ``case_id`` as the pair of the case file ``other`` if it names none yet (a layer
    case, written atomically); False when it already names one."""
    draft = CaseDraft.load(other)
    if draft.front.get("pair") not in (None, "", case_id):
        return False
    if draft.front.get("pair") != case_id:
        draft.set(("front", "pair"), case_id)
        draft.save(other)
    return True
