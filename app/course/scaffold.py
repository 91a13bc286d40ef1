"""``content new lesson|case|question|scenario ID``: a starting file in the organisation
layer that passes ``content check`` as written, so a trainer edits something that already
works (and sees at once when an edit breaks it).

The placeholders are written in the course's language and say what to replace; every
reference in them (section, lesson) is one the course really has, chosen from ``bundle``
(the course with the layer as loaded now). Files are written atomically and never over an
existing one.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from app.course.layer_folder import LAYER_FILE
from app.course.model import ContentBundle

KINDS = ("lesson", "case", "question", "scenario")
_FOLDERS = {"lesson": "lessons", "case": "cases", "question": "quizzes", "scenario": "scenarios"}
_SUFFIX = {"lesson": ".md", "case": ".md", "question": ".yaml", "scenario": ".yaml"}


class ScaffoldRefused(ValueError):
    """The item cannot be created; the message (one line) says why."""


NEW_LAYER = """\
# The organisation's own layer over the course (docs/content-format.md).
id: organisation          # the pack id when published: lowercase a-z, 0-9 and '-'
title: 本机构课程
version: "1.0"            # the version last published (content layer export bumps it)
changelog: []             # [{version, date, note}], one per publication
sections: []              # new sections: [{id: org-products, title: 本行产品}]
hides: {}                 # bundled ids the layer replaces or withdraws: {lessons: [id]}
"""


def write_new_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` in one step (temporary file, then a link that fails if the
    name is taken), so a crash leaves no half file and an existing file is never replaced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.write_text(text, encoding="utf-8")
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise ScaffoldRefused(f"{path} exists already") from None
    except OSError:  # a file system without hard links: rename, having checked
        if path.exists():
            raise ScaffoldRefused(f"{path} exists already") from None
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def ensure_layer_file(layer: Path) -> bool:
    """Create ``layer.yaml`` if the layer has none; whether it did."""
    if (layer / LAYER_FILE).exists():
        return False
    write_new_file(layer / LAYER_FILE, NEW_LAYER)
    return True


def used_ids(bundle: ContentBundle, kind: str) -> set[str]:
    if kind == "lesson":
        return set(bundle.lessons)
    if kind == "case":
        return set(bundle.cases)
    if kind == "question":
        return {q.id for q in bundle.questions}
    return set(bundle.scenarios)


def new_item(kind: str, item_id: str, layer: Path, bundle: ContentBundle,
             section: str | None = None, hidden: set[str] = frozenset()) -> Path:  # fmt: skip
    """Write the scaffold of a new ``kind`` into ``layer``; the file written. ``bundle`` is
    the course with the layer loaded over it; ``hidden``: bundled ids of this kind the
    layer hides (such an id may be taken: the new item replaces the bundled one).
    Raises ScaffoldRefused."""
    import re

    from app.common.rules import ID_PATTERN

    if kind not in KINDS:
        raise ScaffoldRefused(f"cannot make a {kind!r}; one of {', '.join(KINDS)}")
    if not re.fullmatch(ID_PATTERN, item_id):
        raise ScaffoldRefused(f"id {item_id!r} is not a lowercase id (a-z, 0-9 and '-')")
    if item_id in used_ids(bundle, kind) and item_id not in hidden:
        raise ScaffoldRefused(f"{kind} id '{item_id}' is already used; choose another id")
    sections = [s.id for s in bundle.course.sections]
    if section is None:
        section = sections[0]
    elif section not in sections:
        raise ScaffoldRefused(f"section '{section}' is not a section ({', '.join(sections)})")
    path = layer / _FOLDERS[kind] / f"{item_id}{_SUFFIX[kind]}"
    if path.exists():
        raise ScaffoldRefused(f"{path} exists already")
    in_section = [lid for lid, les in bundle.lessons.items() if les.section == section]
    lesson = (in_section or list(bundle.lessons) or [item_id])[0]
    if kind == "lesson":
        order = max((bundle.lessons[lid].order for lid in in_section), default=0) + 1
        text = _lesson(item_id, section, order)
    elif kind == "case":
        text = _case(item_id, section, lesson)
    elif kind == "question":
        text = _question(item_id, section, lesson)
    else:
        text = _scenario(item_id, lesson)
    if kind != "lesson" and not bundle.lessons:
        raise ScaffoldRefused(f"a {kind} links to a lesson, and the course has none yet")
    ensure_layer_file(layer)
    write_new_file(path, text)
    return path


def _lesson(item_id: str, section: str, order: int) -> str:
    return f"""\
---
id: {item_id}
title: 新课（请改为本课标题）
section: {section}
order: {order}
minutes: 15
objectives:
  - 说出本课要解决的工作问题（请改写）。
  - 按本机构的规定完成一次处理（请改写）。
key_terms: []
---

## 第一节（请改为小节标题）
每个“## ”小节是目录中的一项，也是课堂模式中的一页幻灯片。请在这里写本节的正文。

???
讲师备注：授课时提醒学员的要点（学员看不到）。

## 在工作中
!!! work "在工作中"
    - 第一步（请改写）
    - 第二步（请改写）
"""


def _case(item_id: str, section: str, lesson: str) -> str:
    return f"""\
---
id: {item_id}
title: 新案例（请改为案例标题）
industry: retail
outcome: success
topics: [{section}]
lessons: [{lesson}]
real: false
---

## 背景
本案为虚构，人物和机构都是为教学编写的。请写出顾客、产品和规定。

## 经过
| 时间 | 事件 |
|---|---|
| 第 1 天 | 顾客来电投诉（请改写） |

## 员工的做法
请写出员工说了什么、做了什么。

## 结果
请写出事情怎样结束。

## 分析
请对照课程中的原则分析，并链接到讲解它的课：[相关的课](lesson:{lesson})。

## 换个做法
请写出更好的做法。

## 课堂讨论
1. 员工的哪一步做得好？为什么？
2. 换作是你，会先说哪一句话？
3. 本机构的规定在这里怎样适用？
"""


def _question(item_id: str, section: str, lesson: str) -> str:
    return f"""\
# One question a file is fine; a file may hold many (docs/quiz-format.md).
questions:
  - id: {item_id}
    type: single            # or multiple, truefalse, ordering, matching, short, situational
    topic: {section}
    difficulty: 1           # 1 easy … 3 hard
    lesson: {lesson}
    stem: 请在这里写题干（请改写）。
    explanation: 请写出为什么正确答案是对的（请改写）。
    options:
      - text: 正确的做法
        correct: true
      - text: 一种常见但不对的做法
      - text: 另一种不对的做法
"""


def _scenario(item_id: str, lesson: str) -> str:
    """Eight turns in a row lead to the loyal ending (the shortest best path the checks
    allow); at each turn one reply keeps the talk going less well and one ends it."""
    nodes = []
    for n in range(1, 9):
        good = f"n{n + 1}" if n < 8 else "loyal"
        worse = f"n{n + 1}" if n < 8 else "costly"
        out = "escalated" if n % 2 else "lost"
        nodes.append(f"""\
  n{n}:
    customer: "顾客的第 {n}句话（请改写）。"
    choices:
      - text: "先回应顾客的感受，再说明下一步（请改写）。"
        next: {good}
        emotion: -1
        scores: {{empathy: 1, compliance: 1, solving: 1, cost: 0}}
        feedback: 为什么这样说有效（请改写）。
        principle: 先处理情绪，再处理事情
        lesson: {lesson}
      - text: "只讲规定（请改写）。"
        next: {worse}
        emotion: 1
        scores: {{empathy: -1, compliance: 1, solving: 0, cost: 0}}
        feedback: 为什么这样说效果差（请改写）。
        principle: 规定要讲，感受也要回应
        lesson: {lesson}
      - text: "和顾客争辩（请改写）。"
        next: {out}
        emotion: 2
        scores: {{empathy: -2, compliance: -1, solving: -1, cost: 0}}
        feedback: 为什么这样说有害（请改写）。
        principle: 不与顾客争对错
        lesson: {lesson}
""")
    return (
        f"""\
id: {item_id}
title: 新情景（请改为标题）
industry: retail
intro: 背景说明，两三句（请改写）。
start: n1
emotion: 3
nodes:
"""
        + "".join(nodes)
        + """\
endings:
  loyal:
    kind: loyal
    title: 问题解决，客户留下
    text: 结局描述（请改写）。
  costly:
    kind: costly
    title: 问题解决，代价太高
    text: 结局描述（请改写）。
  escalated:
    kind: escalated
    title: 顾客投诉到监管部门
    text: 结局描述（请改写）。
  lost:
    kind: lost
    title: 顾客流失
    text: 结局描述（请改写）。
"""
    )
