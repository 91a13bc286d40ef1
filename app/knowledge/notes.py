"""The learner's notes as search hits and as a Markdown file to keep or share."""

from __future__ import annotations

from datetime import datetime

from app.knowledge.analysis import Query, normalise, parse_query
from app.knowledge.index import Hit, snippet


def place_title(bundle, kind: str, ref: str, section: int) -> str:
    """ "Lesson title · section title" for a lesson or case section (the id if it is gone)."""
    item = bundle.lessons.get(ref) if kind == "lesson" else bundle.cases.get(ref)
    if item is None:
        return ref
    if 1 <= section <= len(item.sections):
        return f"{item.title} · {item.sections[section - 1].title}"
    return item.title


def place_target(kind: str, ref: str, section: int) -> str:
    return f"{ref}#{section}" if kind == "lesson" else f"case:{ref}#{section}"


def search_notes(notes: list[dict], bundle, query: str | Query) -> list[Hit]:
    """Notes that hold most of ``query``'s terms (either script); a learner has a few
    hundred at most, so they are matched here rather than indexed."""
    q = query if isinstance(query, Query) else parse_query(query)
    if q.empty:
        return []
    hits = []
    for n in notes:
        title = place_title(bundle, n["kind"], n["ref"], n["section"])
        haystack = normalise(f"{title} {n['text']}")
        covered = sum(1 for t in q.terms if t in haystack)
        if covered * 2 < len(q.terms) or not covered:  # fewer than half the terms
            continue
        whole = sum(min(haystack.count(c), 10) for c in q.chunks)  # the words as typed
        score = 20.0 * covered / len(q.terms) + 5.0 * whole
        hits.append(
            Hit("note", str(n["id"]), n["section"], title, snippet(n["text"], q), score,
                "", place_target(n["kind"], n["ref"], n["section"]))
        )  # fmt: skip
    return hits


def notes_markdown(notes: list[dict], bundle, *, learner: str, now: datetime) -> str:
    """All notes, grouped by lesson or case in course order, each under its section."""
    lines = [f"# 学习笔记 · {learner}", "", f"导出时间：{now:%Y-%m-%d %H:%M}", ""]
    order = {lid: i for i, lid in enumerate(bundle.lessons)}
    order.update({cid: 1000 + i for i, cid in enumerate(bundle.cases)})
    groups: dict[tuple[str, str], list[dict]] = {}
    for n in notes:
        groups.setdefault((n["kind"], n["ref"]), []).append(n)
    for (kind, ref), items in sorted(groups.items(), key=lambda kv: order.get(kv[0][1], 9999)):
        item = bundle.lessons.get(ref) if kind == "lesson" else bundle.cases.get(ref)
        heading = item.title if item else ref
        lines += [f"## {'课程' if kind == 'lesson' else '案例'}：{heading}", ""]
        for n in sorted(items, key=lambda n: n["section"]):
            title = place_title(bundle, kind, ref, n["section"]).split(" · ", 1)[-1]
            lines += [f"### {title}", "", f"*{n['updated_at']:%Y-%m-%d %H:%M}*", ""]
            lines += [n["text"].rstrip(), ""]
    if not notes:
        lines.append("（还没有笔记。）")
    return "\n".join(lines).rstrip() + "\n"
