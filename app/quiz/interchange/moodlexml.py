"""Moodle XML: import with defusedxml (no entities, no external references) and export.

Supported types: multichoice (single and multiple), truefalse, shortanswer (with weights),
matching (a subquestion without text is a distractor). Others (essay, numerical, calculated*,
multianswer/cloze, description, drag-and-drop …) are reported per item as not supported. A grade
that is not one of Moodle's allowed fractions refuses its question, as Moodle does. HTML texts
become plain text.

Our exports keep what Moodle has no field for in places Moodle keeps: the id in ``<idnumber>``,
type, topic, difficulty and lesson in tags of at most 50 characters (Moodle's limit), e.g.
``academy-type:situational``, ``academy-lesson:six-step-conversation#3``; a longer value is
split over numbered tags (``academy-lesson-1:``, ``academy-lesson-2:`` …). A situational
question's customer line is the last line of the question text. Files from older versions,
with one tag ``academy:{json}``, are still read.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from app.quiz.fractions import GradeNotAllowed, allowed_fraction, option_fractions, percent_text
from app.quiz.interchange.decode import ImportRefused
from app.quiz.interchange.gift import (
    CUSTOMER_MARK,
    GiftResult,
    Skipped,
    _slug,
    academy_info,
    moodle_stem,
    stem_from_moodle,
    with_fractions,
)
from app.quiz.interchange.tags import academy_tags, info_from_tags
from app.quiz.interchange.text import html_to_text
from app.quiz.model import Option, Question

SUPPORTED = {"multichoice", "truefalse", "shortanswer", "matching"}
_PLAIN_FORMATS = ("plain_text", "markdown")


def _text(node, path: str = "text") -> str:
    """The text of ``node`` as plain text: Moodle's default format (html, and the moodle auto
    format, which allows HTML) is converted; plain text and markdown are kept as written."""
    if node is None:
        return ""
    found = node.find(path)
    raw = (found.text if found is not None else "") or ""
    if node.get("format", "html") not in _PLAIN_FORMATS:
        raw = html_to_text(raw)
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
            result.skipped.append(Skipped(label, line, f"{qtype} questions are not supported"))
            continue
        try:
            q = _question(node, qtype, name, line, default_topic)
        except GradeNotAllowed as exc:  # Moodle refuses the question, and so do we
            result.skipped.append(Skipped(label, line, f"refused: {exc}"))
            continue
        except Exception as exc:  # a malformed item is reported, never raised
            result.skipped.append(Skipped(label, line, f"cannot be read: {exc}"))
            continue
        if q.id in seen:
            from dataclasses import replace

            q = replace(q, id=f"{q.id}-{line}")
        seen.add(q.id)
        result.questions.append(q)
        result.categories[q.id] = category
        result.lines[q.id] = line
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
    """Our metadata: the tags above, or (files from older versions) one ``academy:{json}``."""
    values = [_text(tag) for tag in node.findall("tags/tag")]
    for value in values:
        if value.startswith("academy:"):
            return academy_info(value[len("academy:") :])
    return info_from_tags(values)


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
    elif info.get("type") == "situational" and CUSTOMER_MARK in base["stem"]:
        stem, _, customer = base["stem"].rpartition(CUSTOMER_MARK)
        base["stem"], base["customer"] = stem.strip(), customer.strip()
    answers = [
        (float(a.get("fraction", "0")) / 100, _text(a), _text(a.find("feedback")))
        for a in node.findall("answer")
    ]
    if qtype == "truefalse":
        right = next((t for f, t, _fb in answers if f > 0), "")
        return Question(type="truefalse", answer=right.lower() in ("true", "对", "正确"), **base)
    if qtype in ("shortanswer", "multichoice"):  # Moodle's grade check (importprocess)
        answers = [(allowed_fraction(f), t, fb) for f, t, fb in answers]
    if qtype == "shortanswer":
        accepted = [(t, f) for f, t, _fb in answers if t and f > 0]  # 0 % is not right
        if not accepted:
            raise ValueError("no answer with a positive grade")
        fractions = tuple(f for _t, f in accepted)
        return Question(
            type="short",
            answers=tuple(t for t, _f in accepted),
            answer_fractions=() if all(f == 1.0 for f in fractions) else fractions,
            **base,
        )
    if qtype == "matching":
        pairs, distractors = [], []
        for sub in node.findall("subquestion"):
            left, right = _text(sub), _text(sub.find("answer"))
            if left and right:
                pairs.append((left, right))
            elif right:  # Moodle: a subquestion without text is an extra answer
                distractors.append(right)
        if not pairs:
            raise ValueError("a matching question needs at least one pair")
        if info.get("type") == "ordering":
            ordered = sorted(pairs, key=lambda p: int(p[0]) if p[0].isdigit() else 0)
            return Question(type="ordering", items=tuple(p[1] for p in ordered), **base)
        return Question(type="matching", pairs=tuple(pairs), distractors=tuple(distractors), **base)
    options = tuple(Option(t, f > 0, fb) for f, t, fb in answers)
    if not any(o.correct for o in options):
        raise ValueError("no correct answer")
    single = (node.findtext("single") or "true").strip().lower() == "true"
    kind = "single" if single else "multiple"
    if info.get("type") == "situational" and single:
        kind = "situational"
    return with_fractions(Question(type=kind, options=options, **base), [f for f, *_ in answers])


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
        tags = "".join(f"<tag>{_t(tag)}</tag>" for tag in academy_tags(q))
        out.append(f"    <tags>{tags}</tags>")
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
        weights = q.answer_fractions or (1.0,) * len(q.answers)
        return [
            f'<answer fraction="{percent_text(w)}" format="plain_text">{_t(a)}</answer>'
            for a, w in zip(q.answers, weights, strict=True)
        ]
    if q.type in ("matching", "ordering"):
        pairs = (
            (*q.pairs, *(("", d) for d in q.distractors))
            if q.type == "matching"
            else tuple((str(i), item) for i, item in enumerate(q.items, start=1))
        )
        return [
            f'<subquestion format="plain_text">{_t(a)}<answer>{_t(b)}</answer></subquestion>'
            for a, b in pairs
        ]
    lines = [
        f"<single>{'false' if q.type == 'multiple' else 'true'}</single>",
        "<shuffleanswers>1</shuffleanswers>",
    ]
    # the same fractions as grading and the GIFT export, as percentages
    for o, fraction in zip(q.options, option_fractions(q), strict=True):
        lines.append(
            f'<answer fraction="{percent_text(fraction)}" format="plain_text">{_t(o.text)}'
            f'<feedback format="plain_text">{_t(o.feedback)}</feedback></answer>'
        )
    return lines
