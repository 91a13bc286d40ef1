"""The organisation layer: an organisation's own lessons, cases, questions, scenarios,
glossary terms, phrases and synonyms, kept apart from the bundled course and added over it
(docs/content-format.md, "The organisation layer").

The layer is read by the same loaders as the course and merged into it before the checks
that span kinds run, so every rule of ``content check`` holds for it. Merging never stops
the load: a layer item whose id the course already uses is reported (``duplicate-id``, the
layer's file and line) and left out, unless ``layer.yaml`` hides that bundled id, in which
case the layer's item replaces it; a hidden id with no replacement is withdrawn. When the
bundled course is updated under a layer, a layer reference to a lesson that has gone is a
``broken-reference`` in the layer's file; and a bundled item that still points at something
the layer withdrew is reported on the ``hides`` line that withdrew it, so every problem a
layer causes names a file the trainer can edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from app.common.problems import Problem
from app.common.yamlfile import display_path, load_yaml_document
from app.course.kinds import Kinds, load_kinds
from app.course.layer_folder import LAYER_FILE, has_layer, layer_files
from app.course.model import Course, CourseSection, LayerInfo
from app.lessons.model import Lesson
from app.reference.phrases import PhraseGroup

__all__ = ["HIDE_KINDS", "LayerMerge", "has_layer", "layer_files", "read_layer"]

# hides: keys of layer.yaml, the word used in messages
HIDE_KINDS = {
    "lessons": "lesson",
    "cases": "case",
    "questions": "question",
    "scenarios": "scenario",
    "glossary": "glossary term",
    "phrases": "phrase",
}


def layer_schema():
    """The pydantic model of ``layer.yaml`` (built on a cache miss only)."""
    import datetime

    from pydantic import Field

    from app.common.schema import ID_PATTERN, Strict
    from app.course.packs import PACK_ID_PATTERN, VERSION_PATTERN

    class ChangeNote(Strict):
        version: str = Field(pattern=VERSION_PATTERN)
        date: str | datetime.date  # YAML reads 2025-01-31 as a date
        note: str = Field(min_length=1)

    class NewSection(Strict):
        id: str = Field(pattern=ID_PATTERN)
        title: str = Field(min_length=1)
        number: int | None = Field(default=None, ge=1)

    class Hides(Strict):
        lessons: list[str] = Field(default_factory=list)
        cases: list[str] = Field(default_factory=list)
        questions: list[str] = Field(default_factory=list)
        scenarios: list[str] = Field(default_factory=list)
        glossary: list[str] = Field(default_factory=list)
        phrases: list[str] = Field(default_factory=list)

    class LayerFile(Strict):
        id: str = Field(pattern=PACK_ID_PATTERN)
        title: str = Field(min_length=1)
        version: str = Field(pattern=VERSION_PATTERN)
        changelog: list[ChangeNote] = Field(default_factory=list)
        sections: list[NewSection] = Field(default_factory=list)
        hides: Hides = Field(default_factory=Hides)

    return LayerFile


def read_layer(layer: Path, course: Course | None, problems: list[Problem]) -> LayerMerge:
    """Read ``layer`` (its ``layer.yaml`` and items) for merging over ``course``. A broken
    ``layer.yaml`` is reported and the layer's items still load (with nothing hidden)."""
    base = layer.parent
    shown = display_path(layer / LAYER_FILE, base)
    info = LayerInfo("", "", "", layer.name)
    hides: dict[str, dict[str, int]] = {k: {} for k in HIDE_KINDS}
    new_sections: list[CourseSection] = []
    if not (layer / LAYER_FILE).is_file():
        problems.append(Problem(shown, 1, "missing-file", f"{LAYER_FILE} is missing"))
    else:
        loaded = load_yaml_document(layer / LAYER_FILE, layer_schema(), base, problems)
        if loaded is not None:
            doc, parsed = loaded
            info = LayerInfo(doc.id, doc.title, doc.version, layer.name)
            for key in HIDE_KINDS:
                for i, hid in enumerate(getattr(doc.hides, key)):
                    hides[key].setdefault(hid, parsed.line_for(("hides", key, i)))
            bundled = {s.id for s in course.sections} if course else set()
            number = max((s.number for s in course.sections), default=0) if course else 0
            for i, s in enumerate(doc.sections):
                if s.id in bundled or any(n.id == s.id for n in new_sections):
                    problems.append(Problem(shown, parsed.line_for(("sections", i, "id")),
                                            "duplicate-id",
                                            f"section id '{s.id}' is already used"))  # fmt: skip
                    continue
                number = s.number if s.number is not None else number + 1
                new_sections.append(CourseSection(s.id, number, s.title))
    if course is not None:
        course = replace(course, sections=course.sections + tuple(new_sections))
    known = {s.id for s in course.sections} if course is not None else None
    items = load_kinds(layer, base, problems, known)
    return LayerMerge(layer, shown, info, course, hides, items)


@dataclass
class LayerMerge:
    """A layer read and ready to merge: ``merge`` adds it to the course's items."""

    folder: Path
    shown: str  # "organisation/layer.yaml"
    info: LayerInfo
    course: Course | None  # the course with the layer's own sections added
    hides: dict[str, dict[str, int]]  # kind -> {hidden bundled id: line in layer.yaml}
    items: Kinds
    withdrawn: dict[str, set[str]] = field(default_factory=dict)  # hidden, not replaced

    def hidden(self, kind: str) -> set[str]:
        return set(self.hides[kind])

    def keeps_lesson(self, ref: str) -> bool:
        """False for a reference to a lesson the layer withdrew (the syllabus map's, which
        a trainer cannot edit: withdrawing a lesson takes it out of the map)."""
        return ref.partition("#")[0] not in self.withdrawn.get("lessons", ())

    def assets_for(self, lesson: Lesson, assets: Path) -> Path:
        """Where a lesson's images are: the layer's ``assets/`` for its own lessons."""
        return self.folder / "assets" if self.info.holds(lesson.source) else assets

    def merge(self, course: Kinds, problems: list[Problem]) -> Kinds:
        """The course's items with the layer's added, replacing or withdrawing hidden ones."""
        layer = self.items
        out = Kinds(skipped=course.skipped + layer.skipped)
        self._check_hides(course, problems)

        def clash(word: str, key: str, ident: str, where: tuple[str, int], there: str) -> None:
            problems.append(Problem(where[0], where[1], "duplicate-id",
                                    f"{word} '{ident}' is already in the course ({there}); "
                                    f"list it under hides: {key}: in {LAYER_FILE} to replace "
                                    "it"))  # fmt: skip

        hidden = self.hides
        out.lessons = {k: v for k, v in course.lessons.items() if k not in hidden["lessons"]}
        for k, v in layer.lessons.items():
            if k in out.lessons:
                clash("lesson", "lessons", k, (v.source, v.field_lines.get("id", 1)),
                      out.lessons[k].source)  # fmt: skip
            else:
                out.lessons[k] = v
        out.cases = {k: v for k, v in course.cases.items() if k not in hidden["cases"]}
        for k, v in layer.cases.items():
            if k in out.cases:
                clash("case", "cases", k, (v.source, v.field_lines.get("id", 1)),
                      out.cases[k].source)  # fmt: skip
            else:
                out.cases[k] = v
        out.scenarios = {k: v for k, v in course.scenarios.items() if k not in hidden["scenarios"]}
        gone = {s.source for k, s in course.scenarios.items() if k in hidden["scenarios"]}
        out.scenario_refs = [r for r in course.scenario_refs if r[0] not in gone]
        for k, v in layer.scenarios.items():
            if k in out.scenarios:
                clash("scenario", "scenarios", k, (v.source, 1), out.scenarios[k].source)
            else:
                out.scenarios[k] = v
                out.scenario_refs += [r for r in layer.scenario_refs if r[0] == v.source]
        kept = [(q, r) for q, r in zip(course.questions, course.question_refs, strict=True)
                if q.id not in hidden["questions"]]  # fmt: skip
        taken = {q.id: q.source for q, _ in kept}
        for q, r in zip(layer.questions, layer.question_refs, strict=True):
            if q.id in taken:
                clash("question", "questions", q.id, (r[0], r[1]), taken[q.id])
            else:
                kept.append((q, r))
        out.questions = tuple(q for q, _ in kept)
        out.question_refs = [r for _, r in kept]
        out.writing = dict(course.writing)
        out.writing_refs = list(course.writing_refs)
        for k, v in layer.writing.items():
            if k in out.writing:
                problems.append(Problem(v.source, v.lines.get("id", 1), "duplicate-id",
                                        f"writing task '{k}' is already in the course "
                                        f"({out.writing[k].source})"))  # fmt: skip
            else:
                out.writing[k] = v
                out.writing_refs += [r for r in layer.writing_refs if r[0] == v.source]
        out.glossary = {k: v for k, v in course.glossary.items() if k not in hidden["glossary"]}
        out.term_at = {k: course.term_at[k] for k in out.glossary}
        for k, v in layer.glossary.items():
            if k in out.glossary:
                clash("glossary term", "glossary", k, layer.term_at[k], out.term_at[k][0])
            else:
                out.glossary[k] = v
                out.term_at[k] = layer.term_at[k]
        out.phrase_groups, out.phrase_at = self._merged_phrases(course, layer, clash)
        out.synonyms = course.synonyms + layer.synonyms
        self.withdrawn = {
            "lessons": set(hidden["lessons"]) - set(layer.lessons),
            "cases": set(hidden["cases"]) - set(layer.cases),
            "questions": set(hidden["questions"]) - {q.id for q in layer.questions},
            "scenarios": set(hidden["scenarios"]) - set(layer.scenarios),
            "glossary": set(hidden["glossary"]) - set(layer.glossary),
            "phrases": set(hidden["phrases"]) - set(layer.phrase_at),
        }
        return out

    def _merged_phrases(self, course: Kinds, layer: Kinds, clash):
        """Hidden phrases leave their group (an emptied group goes); a layer group with a
        bundled group's id adds its phrases to that group, any other is a new group."""
        hidden = self.hides["phrases"]
        groups: list[PhraseGroup] = []
        at: dict[str, tuple[str, int]] = {}
        for g in course.phrase_groups:
            phrases = tuple(p for p in g.phrases if p.id not in hidden)
            if phrases:
                groups.append(replace(g, phrases=phrases))
            at.update({p.id: course.phrase_at[p.id] for p in phrases})
        for lg in layer.phrase_groups:
            fresh = []
            for p in lg.phrases:
                if p.id in at:
                    clash("phrase", "phrases", p.id, layer.phrase_at[p.id], at[p.id][0])
                else:
                    fresh.append(p)
                    at[p.id] = layer.phrase_at[p.id]
            i = next((i for i, g in enumerate(groups) if g.id == lg.id), None)
            if i is not None:
                groups[i] = replace(groups[i], phrases=groups[i].phrases + tuple(fresh))
            elif fresh:
                groups.append(replace(lg, phrases=tuple(fresh)))
        return tuple(groups), at

    def _check_hides(self, course: Kinds, problems: list[Problem]) -> None:
        present = {
            "lessons": set(course.lessons),
            "cases": set(course.cases),
            "questions": {q.id for q in course.questions},
            "scenarios": set(course.scenarios),
            "glossary": set(course.glossary),
            "phrases": set(course.phrase_at),
        }
        for key, ids in self.hides.items():
            for hid, line in ids.items():
                if hid not in present[key]:
                    problems.append(Problem(self.shown, line, "broken-reference",
                                            f"hides {HIDE_KINDS[key]} '{hid}', which the "
                                            "course does not have"))  # fmt: skip

    def attributed(self, problems: list[Problem]) -> list[Problem]:
        """A bundled item that points at something the layer hid (withdrawn, or replaced by
        an item without the section it named) is the layer's doing: reported on the
        ``hides`` line, since the bundled files are not the trainer's to edit."""
        hidden = [(key, hid) for key, ids in self.hides.items() for hid in ids]
        if not hidden:
            return problems
        out = []
        for p in problems:
            hit = None
            if not self.info.holds(p.file) and p.kind in ("broken-reference", "broken-link"):
                hit = next(((k, h) for k, h in hidden if f"'{h}'" in p.message), None)
            if hit is None:
                out.append(p)
                continue
            key, hid = hit
            word = HIDE_KINDS[key]
            fix = (f"hide that too, or give the layer a {word} of that id"
                   if hid in self.withdrawn.get(key, ()) else
                   f"hide that too, or give the layer's {word} what it needs")  # fmt: skip
            out.append(Problem(self.shown, self.hides[key][hid], "broken-reference",
                               f"hides {word} '{hid}', but {p.file}:{p.line} still points to "
                               f"it ({p.message}): {fix}"))  # fmt: skip
        return out
