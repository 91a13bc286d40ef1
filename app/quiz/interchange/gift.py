"""GIFT (Moodle's plain-text question format): a lark grammar for the answer block, import to
our question types, and export.

Escapes (\\~ \\= \\# \\{ \\} \\: \\\\ \\n) are replaced by private-use placeholders before
parsing and restored after, so the grammar can treat ~ = # { } : as pure syntax.

Supported: true/false, multiple choice (one answer if any answer is marked ``=``, several
otherwise, as in Moodle), short answer (with weights), matching (an empty left side is a
distractor on the right), missing word (as single choice). Not supported, reported per item:
essay ``{}``, numerical ``{#…}``, descriptions (no answer block). A grade that is not one of
Moodle's allowed fractions refuses its question, as Moodle does. Format prefixes (``[html]``…)
are removed where Moodle removes them; HTML becomes plain text.
Our own exports add a comment ``// @academy {json}`` before each question (Moodle ignores
comments), so a round trip restores ids, types (ordering, situational), topics and lesson links.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from app.quiz.fractions import GradeNotAllowed, allowed_fraction, option_fractions, percent_text
from app.quiz.interchange.text import as_plain, split_format
from app.quiz.model import Option, Question

_ESCAPES = {
    "\\\\": "\ue000",
    "\\~": "\ue001",
    "\\=": "\ue002",
    "\\#": "\ue003",
    "\\{": "\ue004",
    "\\}": "\ue005",
    "\\:": "\ue006",
    "\\n": "\n",
}
_RESTORE = {v: k[1] for k, v in _ESCAPES.items() if k != "\\n"}

GRAMMAR = r"""
    start: _WS? (truefalse | numeric | choices)? general_feedback? _WS?

    truefalse: TF _WS? feedback? feedback?
    TF: /(TRUE|FALSE|T|F)(?=\s*(#|$))/i

    numeric: "#" NUMBER_BODY feedback*
    NUMBER_BODY: /[^#=~]+/

    choices: choice+
    choice: MARK weight? TEXT? feedback?
    MARK: "=" | "~"
    weight: "%" /-?\d+(\.\d+)?/ "%"
    feedback: "#" TEXT?
    general_feedback: "####" TEXT?

    TEXT: /[^=~#%][^=~#]*/s

    _WS: /\s+/
"""


@lru_cache(maxsize=1)
def _parser():
    from lark import Lark

    return Lark(GRAMMAR, parser="earley", lexer="dynamic")


@lru_cache(maxsize=4096)
def _parse_body(body: str):
    """Earley parsing is nearly all of an import's time (about 1 ms an answer block), and
    large files repeat blocks ({T}, {=yes ~no}): each distinct one is parsed once. The trees
    are only read, never changed."""
    return _parser().parse(body)


@dataclass
class Skipped:
    item: str  # the question's title or start of its text
    line: int
    reason: str


@dataclass
class GiftResult:
    questions: list[Question] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    categories: dict[str, str] = field(default_factory=dict)  # question id -> category
    lines: dict[str, int] = field(default_factory=dict)  # question id -> its first line


def _escape(text: str) -> str:
    for k, v in _ESCAPES.items():
        text = text.replace(k, v)
    return text


def _restore(text: str | None) -> str:
    text = text or ""
    for k, v in _RESTORE.items():
        text = text.replace(k, v)
    return text.strip()


def _blocks(text: str):
    """(first line number, block text, metadata comment or None, category) per question."""
    category = ""
    block: list[str] = []
    start = 0
    meta = None
    depth = 0
    pending_meta = None
    comments: list[str] = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = _escape(raw)
        stripped = line.strip()
        if not block:
            if not stripped:
                continue
            if stripped.startswith("//"):
                if stripped.startswith("// @academy "):
                    pending_meta = stripped[len("// @academy ") :]
                else:
                    comments.append(raw.strip())
                continue
            if stripped.startswith("$CATEGORY:"):
                category = _restore(stripped[len("$CATEGORY:") :])
                continue
            if pending_meta is None and comments:
                pending_meta = _meta_from_comment(" ".join(comments))
            start, meta, pending_meta, comments = n, pending_meta, None, []
        elif not stripped and depth <= 0:
            yield start, "\n".join(block), meta, category
            block, depth = [], 0
            continue
        if stripped.startswith("//") and depth <= 0:
            continue
        block.append(line)
        depth += line.count("{") - line.count("}")
    if block:
        yield start, "\n".join(block), meta, category


_HEAD = re.compile(
    r"^\s*(?:::(?P<title>.*?)::)?\s*(?:\[(?P<fmt>html|moodle|plain|markdown)\])?", re.S
)


def parse_gift(text: str, *, default_topic: str = "imported") -> GiftResult:
    """Linear in the number of questions (ids seen are a set): 10k took 17.5 s when each
    question was compared with every one before it."""
    result = GiftResult()
    seen: set[str] = set()
    for line, block, meta, category in _blocks(text):
        head = _HEAD.match(block)
        title = _restore(head.group("title")) if head.group("title") else ""
        rest = block[head.end() :]
        label = (title or _restore(rest)[:30]).replace("\n", " ")
        try:
            question = _one(
                rest, head.group("fmt") or "moodle", title, line, meta, default_topic, label,
                result.skipped,
            )  # fmt: skip
        except GradeNotAllowed as exc:  # Moodle refuses the question, and so do we
            result.skipped.append(Skipped(label, line, f"refused: {exc}"))
            continue
        except Exception as exc:  # a malformed item is reported, never raised
            result.skipped.append(Skipped(label, line, f"cannot be read: {_short(exc)}"))
            continue
        if question is not None:
            if question.id in seen:
                question = _with_id(question, f"{question.id}-{line}")
            seen.add(question.id)
            result.questions.append(question)
            result.categories[question.id] = category
            result.lines[question.id] = line
    return result


_META_TEXT = ("id", "type", "topic", "lesson", "customer")


def _meta_from_comment(comment: str) -> str | None:
    """Metadata in Moodle's ``[id:…] [tag:…]`` comment (our export, or a file that went through
    Moodle's GIFT export), as the JSON ``academy_info`` reads; None when there is none."""
    from app.quiz.interchange.tags import info_from_tags, read_gift_comment

    idnumber, tags = read_gift_comment(comment)
    info = info_from_tags(tags)
    if idnumber:
        info["id"] = idnumber
    return json.dumps(info, ensure_ascii=False) if info else None


def academy_info(raw: str) -> dict:
    """Our own metadata (a GIFT comment, an XML tag) read back; a file may have been edited, so
    a wrong shape is a ValueError for that question alone, never a crash of the whole import."""
    info = json.loads(raw)
    if not isinstance(info, dict):
        raise ValueError("the academy metadata is not a JSON object")
    for key in _META_TEXT:
        if key in info and not isinstance(info[key], str):
            raise ValueError(f"the academy metadata's '{key}' is not text")
    difficulty = info.get("difficulty", 2)
    if isinstance(difficulty, bool) or not isinstance(difficulty, (int, str)):
        raise ValueError("the academy metadata's 'difficulty' is not a number")
    return info


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def _with_id(q: Question, new_id: str) -> Question:
    from dataclasses import replace

    return replace(q, id=new_id)


def _one(
    rest: str,
    fmt: str,
    title: str,
    line: int,
    meta: str | None,
    default_topic: str,
    label: str,
    skipped: list[Skipped],
) -> Question | None:
    open_at = rest.find("{")
    if open_at < 0:
        skipped.append(
            Skipped(label, line, "a description (no answer block) has no counterpart here")
        )
        return None
    close_at = rest.rfind("}")
    if close_at < open_at:
        raise ValueError("the answer block is not closed with '}'")
    stem, body, tail = rest[:open_at], rest[open_at + 1 : close_at], rest[close_at + 1 :]
    # Moodle decides the kind from the answers without the general feedback (after '####')
    answers_only = body[: body.rfind("####")] if "####" in body else body
    if not answers_only.strip():
        skipped.append(Skipped(label, line, "essay questions are not supported"))
        return None
    if answers_only.strip().startswith("#"):
        skipped.append(Skipped(label, line, "numerical questions are not supported"))
        return None
    tree = _parse_body(body)
    info = academy_info(meta) if meta else {}
    qid = info.get("id") or _slug(title) or f"gift-{line}"
    base = dict(
        id=qid,
        topic=info.get("topic", default_topic),
        difficulty=int(info.get("difficulty", 2)),
        lesson=info.get("lesson", ""),
        stem=as_plain(_restore(stem + (" ____ " + tail if tail.strip() else "")), fmt),
        explanation="",
        customer=info.get("customer", ""),
    )
    if base["customer"]:  # our export adds the customer's line to the stem for Moodle
        base["stem"] = stem_from_moodle(base["stem"], base["customer"])
    general = next(tree.find_data("general_feedback"), None)
    if general is not None:
        base["explanation"] = _text(general.children[0] if general.children else "", fmt)
    tf = next(tree.find_data("truefalse"), None)
    if tf is not None:
        return Question(
            type="truefalse", answer=str(tf.children[0]).upper().startswith("T"), **base
        )
    choices = [_choice(c, fmt) for c in tree.find_data("choice")]
    if not choices:
        raise ValueError("no answers in the answer block")
    return _from_choices(choices, info, base, fmt)


def _text(raw, fmt: str) -> str:
    """A piece of text with its own format prefix (or the question's format) applied."""
    text, own = split_format(_restore(raw), fmt)
    return as_plain(text, own)


def _choice(tree, fmt: str) -> tuple[str, float | None, str, str]:
    """(mark, weight as a fraction or None, text, feedback); the text is raw (a matching
    answer's right side keeps a format prefix, as in Moodle), the feedback plain."""
    mark, weight, text, feedback = "=", None, "", ""
    for child in tree.children:
        if getattr(child, "type", None) == "MARK":
            mark = str(child)
        elif getattr(child, "type", None) == "TEXT":
            text = str(child)
        elif getattr(child, "data", None) == "weight":
            weight = allowed_fraction(float(child.children[0]) / 100)
        elif getattr(child, "data", None) == "feedback":
            feedback = str(child.children[0]) if child.children else ""
    return mark, weight, _restore(text), _text(feedback, fmt)


def _from_choices(choices, info: dict, base: dict, fmt: str) -> Question:
    kind = info.get("type")
    if all(mark == "=" and "->" in text for mark, _w, text, _f in choices):
        pairs, distractors = [], []
        for _m, _w, text, _f in choices:
            left, _, right = text.partition("->")
            left, right = _text(left, fmt), right.strip()
            if left and right:
                pairs.append((left, right))
            elif right:  # "= -> Chat": an extra answer on the right, as in Moodle
                distractors.append(right)
        if not pairs:
            raise ValueError("a matching question needs at least one pair")
        if kind == "ordering":
            ordered = sorted(pairs, key=lambda p: int(p[0]) if p[0].isdigit() else 0)
            return Question(type="ordering", items=tuple(p[1] for p in ordered), **base)
        return Question(type="matching", pairs=tuple(pairs), distractors=tuple(distractors), **base)
    if all(mark == "=" for mark, *_ in choices):  # "2 + 2 = {=four =4}." is short answer too
        weighted = [(_text(t, fmt), 1.0 if w is None else w) for _m, w, t, _f in choices]
        accepted = [(t, w) for t, w in weighted if t and w > 0]  # a 0 % answer is not right
        if not accepted:
            raise ValueError("no answer with a positive grade")
        fractions = tuple(w for _t, w in accepted)
        return Question(
            type="short",
            answers=tuple(t for t, _w in accepted),
            answer_fractions=() if all(w == 1.0 for w in fractions) else fractions,
            **base,
        )
    if len(choices) < 2:
        raise ValueError("a multiple-choice question needs at least two answers")
    # Moodle: an '=' answer weighs 1, a '~' answer its weight or 0; any '=' makes it single
    single = any(mark == "=" for mark, *_ in choices)
    fractions = [
        1.0 if mark == "=" and weight is None else (weight or 0.0)
        for mark, weight, _t, _f in choices
    ]
    options = tuple(
        Option(_text(text, fmt), f > 0, feedback)
        for (_m, _w, text, feedback), f in zip(choices, fractions, strict=True)
    )
    if not any(o.correct for o in options):
        raise ValueError("no correct answer")
    qtype = ("situational" if kind == "situational" else "single") if single else "multiple"
    question = Question(type=qtype, options=options, **base)
    return with_fractions(question, fractions)


def with_fractions(question: Question, fractions) -> Question:
    """``question`` with the fractions a file gave its options, kept only where they differ
    from what our own rule gives (so our exports come back exactly as they left)."""
    from dataclasses import replace

    if all(abs(a - b) < 1e-9 for a, b in zip(option_fractions(question), fractions, strict=True)):
        return question
    options = tuple(
        replace(o, fraction=f) for o, f in zip(question.options, fractions, strict=True)
    )
    return replace(question, options=options)


def _slug(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:60]


# export ------------------------------------------------------------------------------------
def academy_meta(q: Question) -> dict:
    """What Moodle cannot hold, kept in our exports (a GIFT comment, an XML tag) so that a
    round trip restores the question exactly."""
    meta = {
        "id": q.id,
        "type": q.type,
        "topic": q.topic,
        "difficulty": q.difficulty,
        "lesson": q.lesson,
    }
    if q.customer:
        meta["customer"] = q.customer
    return meta


CUSTOMER_MARK = "\n顾客："


def moodle_stem(q: Question) -> str:
    """Moodle has no situational type: the customer's words go under the question text."""
    return q.stem if not q.customer else f"{q.stem}{CUSTOMER_MARK}{q.customer}"


def stem_from_moodle(stem: str, customer: str) -> str:
    """The reverse of ``moodle_stem``."""
    return stem.removesuffix(f"{CUSTOMER_MARK}{customer}").strip()


def _esc(text: str) -> str:
    out = text.replace("\\", "\\\\")
    for ch in "~=#{}:":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\n", "\\n")


def export_gift(questions, categories: dict[str, str] | None = None) -> str:
    """GIFT text for ``questions``; every type exports (ordering as numbered matching)."""
    from app.quiz.interchange.tags import academy_tags, gift_comment

    lines: list[str] = ["// 客诉学堂 question bank, exported as GIFT", ""]
    current = None
    for q in questions:
        category = (categories or {}).get(q.id, q.topic)
        if category != current:
            lines += [f"$CATEGORY: {category}", ""]
            current = category
        meta = academy_meta(q)
        lines.append(gift_comment(q.id, academy_tags(q)))  # what Moodle's GIFT reader keeps
        lines.append("// @academy " + json.dumps(meta, ensure_ascii=False))
        stem = moodle_stem(q)
        lines.append(f"::{_esc(q.id)}::{_esc(stem)}" + "{")
        lines += ["\t" + a for a in _answers(q)]
        if q.explanation:
            lines.append(f"\t####{_esc(q.explanation)}")
        lines += ["}", ""]
    return "\n".join(lines)


def _answers(q: Question) -> list[str]:
    """The answer lines, written the way Moodle's GIFT reader parses them; the fractions are
    ``option_fractions``, the same the app grades with and the XML export writes."""
    if q.type == "truefalse":
        return ["TRUE" if q.answer else "FALSE"]
    if q.type == "short":
        weights = q.answer_fractions or (1.0,) * len(q.answers)
        return [
            "=" + ("" if w == 1.0 else f"%{percent_text(w)}%") + _esc(a)
            for a, w in zip(q.answers, weights, strict=True)
        ]
    if q.type == "matching":
        pairs = [f"={_esc(a)} -> {_esc(b)}" for a, b in q.pairs]
        return pairs + [f"= -> {_esc(b)}" for b in q.distractors]
    if q.type == "ordering":
        return [f"={i} -> {_esc(item)}" for i, item in enumerate(q.items, start=1)]
    several = q.type == "multiple"  # no '=' at all: Moodle allows ticking several
    out = []
    for o, fraction in zip(q.options, option_fractions(q), strict=True):
        if fraction == 1.0 and not several:
            mark = "="
        elif fraction == 0.0:
            mark = "~"
        else:
            mark = f"~%{percent_text(fraction)}%"
        fb = f"#{_esc(o.feedback)}" if o.feedback else ""
        out.append(f"{mark}{_esc(o.text)}{fb}")
    return out
