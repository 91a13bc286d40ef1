"""What an import checks against: the ids, sections and lessons of the installed course and
of the layer (whose lessons and ``layer.yaml`` sections are read here, leniently: a broken
layer file is ``content check``'s to report, not a reason to refuse an import)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.lessons.model import Lesson


@dataclass(frozen=True)
class Known:
    lesson_ids: frozenset[str]  # the course's (the layer's own are read by each import)
    question_ids: frozenset[str]
    sections: frozenset[str]  # the course's and the layer's
    lessons: dict[str, Lesson]  # the course's and the layer's, for lesson references


def known_from(bundle, layer: Path) -> Known:
    """``bundle``: the installed course (a ``ContentBundle``)."""
    from app.lessons.loader import load_lessons

    lessons = dict(bundle.lessons)
    if (layer / "lessons").is_dir():
        layer_lessons, _skipped = load_lessons(layer / "lessons", layer.parent, [])
        lessons.update(layer_lessons)
    sections = {s.id for s in bundle.course.sections} | _layer_sections(layer)
    return Known(
        frozenset(bundle.lessons), frozenset(q.id for q in bundle.questions),
        frozenset(sections), lessons,
    )  # fmt: skip


def _layer_sections(layer: Path) -> set[str]:
    from app.common.frontmatter import YamlProblem, parse_yaml

    try:
        data = parse_yaml((layer / "layer.yaml").read_text(encoding="utf-8-sig")).data
    except (OSError, UnicodeDecodeError, YamlProblem):
        return set()
    sections = data.get("sections") if isinstance(data, dict) else None
    return {
        s["id"]
        for s in (sections if isinstance(sections, list) else ())
        if isinstance(s, dict) and isinstance(s.get("id"), str)
    }
