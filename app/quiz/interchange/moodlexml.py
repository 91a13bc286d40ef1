"""Moodle XML: import with defusedxml (no entities, no external references) and export.

Supported types: multichoice (single and multiple), truefalse, shortanswer, matching. Others
(essay, numerical, calculated*, multianswer/cloze, description, drag-and-drop …) are reported
per item and skipped. Our exports carry a tag ``academy:{json}`` so a round trip restores ids,
types, topics and lesson links exactly.
"""

from __future__ import annotations

import html
import json
import re
from xml.sax.saxutils import escape

from app.quiz.interchange.decode import ImportRefused
from app.quiz.interchange.gift import (
    GiftResult,
    Skipped,
    _slug,
    academy_info,
    academy_meta,
    moodle_stem,
    stem_from_moodle,
)
from app.quiz.model import Option, Question

SUPPORTED = {"multichoice", "truefalse", "shortanswer", "matching"}
_TAG_RE = re.compile(r"<[^>]+>")


def _text(node, path: str = "text") -> str:
    if node is None:
        return ""
    found = node.find(path)
    raw = (found.text if found is not None else "") or ""
    if node.get("format", "html") == "html" or "<" in raw:
        raw = html.unescape(_TAG_RE.sub("", raw.replace("<br>", "\n").replace("<br/>", "\n")))
    return raw.strip()


def parse_moodle_xml(text: str, *, default_topic: str = "imported") -> GiftResult:
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except DefusedXmlException as exc:
        raise ImportRefused(f"unsafe XML refused ({type(exc).__name__})") from None
    except ElementTree.ParseError as exc:
        raise ImportRefused(f"not well-formed XML: {exc}") from None
    if root.tag != "quiz":
        raise ImportRefused("not a Moodle XML question file (the root element is not <quiz>)")
    lines = _question_lines(text)
    result = GiftResult()
    seen: set[str] = set()
    category = ""
    for index, node in enumerate(root.findall("question")):
        line = lines[index] if index < len(lines) else 0
        qtype = node.get("type", "")
        name = _text(node.find("name"))
        label = name or f"question {index + 1}"
        if qtype == "category":
            category = _text(node.find("category"))
            continue
        if qtype not in SUPPORTED:
            result.skipped.append(
                Skipped(label, line, f"'{qtype}' questions have no counterpart here")
            )
            continue
        try:
            q = _question(node, qtype, name, line, default_topic)
        except Exception as exc:  # a malformed item is reported, never raised
            result.skipped.append(Skipped(label, line, f"cannot be read: {exc}"))
            continue
        if q.id in seen:
            from dataclasses import replace

            q = replace(q, id=f"{q.id}-{line}")
        seen.add(q.id)
        result.questions.append(q)
        result.categories[q.id] = category
    return result


def _question_lines(text: str) -> list[int]:
    """The line of each ``<question``, counted in one pass (counting from the start of the
    text for each question made a large file quadratic)."""
    out, line, pos = [], 1, 0
    for m in re.finditer(r"<question\b", text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        out.append(line)
    return out


def _meta(node) -> dict:
    for tag in node.findall("tags/tag"):
        value = _text(tag)
        if value.startswith("academy:"):
            return academy_info(value[len("academy:") :])
    return {}


def _question(node, qtype: str, name: str, line: int, default_topic: str) -> Question:
    info = _meta(node)
    idnumber = (node.findtext("idnumber") or "").strip()
    qid = info.get("id") or idnumber or _slug(name) or f"xml-{line}"
    base = dict(
        id=qid,
        topic=info.get("topic", default_topic),
        difficulty=int(info.get("difficulty", 2)),
        lesson=info.get("lesson", ""),
        stem=_text(node.find("questiontext")),
        explanation=_text(node.find("generalfeedback")),
        customer=info.get("customer", ""),
    )
    if not base["stem"]:
        raise ValueError("the question has no text")
    if base["customer"]:  # our export adds the customer's line to the stem for Moodle
        base["stem"] = stem_from_moodle(base["stem"], base["customer"])
    answers = [
        (float(a.get("fraction", "0")), _text(a), _text(a.find("feedback")))
        for a in node.findall("answer")
    ]
    if qtype == "truefalse":
        right = next((t for f, t, _fb in answers if f > 0), "")
        return Question(type="truefalse", answer=right.lower() in ("true", "对", "正确"), **base)
    if qtype == "shortanswer":
        accepted = tuple(t for f, t, _fb in answers if f >= 100)
        if not accepted:
            raise ValueError("no answer with full marks")
        return Question(type="short", answers=accepted, **base)
    if qtype == "matching":
        pairs = tuple((_text(s), _text(s.find("answer"))) for s in node.findall("subquestion"))
        pairs = tuple(p for p in pairs if p[0])  # Moodle allows extra distractor answers
        if info.get("type") == "ordering":
            ordered = sorted(pairs, key=lambda p: int(p[0]) if p[0].isdigit() else 0)
            return Question(type="ordering", items=tuple(p[1] for p in ordered), **base)
        return Question(type="matching", pairs=pairs, **base)
    options = tuple(Option(t, f > 0, fb) for f, t, fb in answers)
    if not any(o.correct for o in options):
        raise ValueError("no correct answer")
    single = (node.findtext("single") or "true").strip().lower() == "true"
    kind = "single" if single else "multiple"
    if info.get("type") == "situational":
        kind = "situational"
    return Question(type=kind, options=options, **base)


# export ------------------------------------------------------------------------------------
def _t(text: str) -> str:
    return f"<text>{escape(text)}</text>"


def export_moodle_xml(questions, categories: dict[str, str] | None = None) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    current = None
    for q in questions:
        category = (categories or {}).get(q.id, q.topic)
        if category != current:
            out.append(
                f'  <question type="category"><category>{_t(category)}</category></question>'
            )
            current = category
        meta = academy_meta(q)
        moodle_type = {
            "single": "multichoice",
            "multiple": "multichoice",
            "situational": "multichoice",
            "truefalse": "truefalse",
            "short": "shortanswer",
            "matching": "matching",
            "ordering": "matching",
        }[q.type]
        stem = moodle_stem(q)
        out.append(f'  <question type="{moodle_type}">')
        out.append(f"    <name>{_t(q.id)}</name>")
        out.append(f'    <questiontext format="plain_text">{_t(stem)}</questiontext>')
        out.append(
            f'    <generalfeedback format="plain_text">{_t(q.explanation)}</generalfeedback>'
        )
        out.append(f"    <idnumber>{escape(q.id)}</idnumber>")
        out += ["    " + line for line in _xml_answers(q)]
        meta_text = "academy:" + json.dumps(meta, ensure_ascii=False)
        out.append(f"    <tags><tag>{_t(meta_text)}</tag></tags>")
        out.append("  </question>")
    out.append("</quiz>")
    return "\n".join(out) + "\n"


def _xml_answers(q: Question) -> list[str]:
    if q.type == "truefalse":
        return [
            f'<answer fraction="{100 if q.answer else 0}" format="plain_text">'
            f"{_t('true')}</answer>",
            f'<answer fraction="{0 if q.answer else 100}" format="plain_text">'
            f"{_t('false')}</answer>",
        ]
    if q.type == "short":
        return [f'<answer fraction="100" format="plain_text">{_t(a)}</answer>' for a in q.answers]
    if q.type in ("matching", "ordering"):
        pairs = (
            q.pairs
            if q.type == "matching"
            else tuple((str(i), item) for i, item in enumerate(q.items, start=1))
        )
        return [
            f'<subquestion format="plain_text">{_t(a)}<answer>{_t(b)}</answer></subquestion>'
            for a, b in pairs
        ]
    n_right = sum(o.correct for o in q.options)
    lines = [
        f"<single>{'false' if q.type == 'multiple' else 'true'}</single>",
        "<shuffleanswers>1</shuffleanswers>",
    ]
    for o in q.options:
        fraction = (
            (100 / n_right if o.correct else 0)
            if q.type == "multiple"
            else (100 if o.correct else 0)
        )
        lines.append(
            f'<answer fraction="{fraction:.5g}" format="plain_text">{_t(o.text)}'
            f'<feedback format="plain_text">{_t(o.feedback)}</feedback></answer>'
        )
    return lines
