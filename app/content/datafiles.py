"""The YAML data files beside the lessons: glossary, phrase library and syllabus map.

Each is validated with its schema; every problem names file and line. Cross-references to
lessons are checked once all lessons are loaded (``check_references``).
"""

from __future__ import annotations

from pathlib import Path

from app.content.frontmatter import YamlProblem, parse_yaml, pydantic_problems
from app.content.model import GlossaryTerm, Lesson, Phrase, PhraseGroup, SyllabusItem
from app.content.problems import Problem


def display_path(path: Path, base: Path) -> str:
    """Problems name files relative to the content root's parent ("content/lessons/x.md"),
    so cached results do not depend on where the app was started from."""
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return str(path)


def load_yaml_document(path: Path, schema, base: Path, problems: list[Problem]):
    """(validated model, parsed YAML with line numbers), or None after adding problems."""
    from pydantic import ValidationError

    shown = display_path(path, base)
    try:
        parsed = parse_yaml(path.read_text(encoding="utf-8-sig"))
        return schema.model_validate(parsed.data if parsed.data is not None else {}), parsed
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, 1, "encoding", f"not UTF-8 text ({exc.reason})"))
    except YamlProblem as exc:
        problems.append(Problem(shown, exc.line, "yaml", exc.message))
    except ValidationError as exc:
        for line, kind, msg in pydantic_problems(exc, parsed):
            problems.append(Problem(shown, line, kind, msg))
    return None


def _duplicates(ids: list[tuple[str, int]], shown: str, what: str, problems: list[Problem]):
    seen: set[str] = set()
    for ident, line in ids:
        if ident in seen:
            problems.append(Problem(shown, line, "duplicate-id", f"duplicate {what} id '{ident}'"))
        seen.add(ident)


def load_glossary(path: Path, base: Path, problems: list[Problem]):
    """Terms by id, and the line of each term (for reference checks)."""
    from app.content.schema import GlossarySchema

    if not path.exists():
        return {}, {}
    loaded = load_yaml_document(path, GlossarySchema, base, problems)
    if loaded is None:
        return {}, {}
    doc, parsed = loaded
    _duplicates(
        [(t.id, parsed.line_for(("terms", i, "id"))) for i, t in enumerate(doc.terms)],
        display_path(path, base),
        "term",
        problems,
    )
    terms: dict[str, GlossaryTerm] = {}
    lines: dict[str, int] = {}
    for i, t in enumerate(doc.terms):
        if t.id in terms:  # reported above; the first definition stands
            continue
        terms[t.id] = GlossaryTerm(
            t.id, t.term, t.en, t.definition, t.lesson, tuple(t.aliases), pinyin_key(t.term)
        )
        lines[t.id] = parsed.line_for(("terms", i, "lesson"))
    return terms, lines


def pinyin_key(text: str) -> str:
    """Pinyin of ``text`` for alphabetical order (重复 → "chong fu": phrases pick the right
    reading). Computed once per content version, so the app never loads pypinyin to show
    the glossary."""
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(text)).lower()


def load_checklists(path: Path, base: Path, problems: list[Problem]):
    """(checklists, {id: line of its lesson reference})."""
    from app.content.model import Checklist
    from app.content.schema import DeskSchema

    if not path.exists():
        return (), {}
    loaded = load_yaml_document(path, DeskSchema, base, problems)
    if loaded is None:
        return (), {}
    doc, parsed = loaded
    lines = {
        c.id: parsed.line_for(("checklists", i, "lesson")) for i, c in enumerate(doc.checklists)
    }
    ids = [(c.id, parsed.line_for(("checklists", i, "id"))) for i, c in enumerate(doc.checklists)]
    _duplicates(ids, display_path(path, base), "checklist", problems)
    lists = tuple(
        Checklist(c.id, c.title, c.when, c.lesson, tuple(c.items)) for c in doc.checklists
    )
    return lists, lines


def load_phrases(path: Path, base: Path, problems: list[Problem]):
    from app.content.schema import PhrasesSchema

    if not path.exists():
        return (), {}
    loaded = load_yaml_document(path, PhrasesSchema, base, problems)
    if loaded is None:
        return (), {}
    doc, parsed = loaded
    lines: dict[str, int] = {}
    ids: list[tuple[str, int]] = []
    groups = []
    for gi, g in enumerate(doc.groups):
        phrases = []
        for pi, p in enumerate(g.phrases):
            lines[p.id] = parsed.line_for(("groups", gi, "phrases", pi, "lesson"))
            ids.append((p.id, parsed.line_for(("groups", gi, "phrases", pi, "id"))))
            phrases.append(Phrase(p.id, p.situation, p.say, p.avoid, p.why, p.lesson))
        groups.append(PhraseGroup(g.id, g.title, g.step, tuple(phrases)))
    _duplicates(ids, display_path(path, base), "phrase", problems)
    return tuple(groups), lines


def load_syllabus(folder: Path, base: Path, problems: list[Problem]):
    """Items from ``items.yaml`` with where each is taught, from every ``taught-*.yaml``."""
    from app.content.schema import SyllabusItemsSchema, TaughtFileSchema

    items_file = folder / "items.yaml"
    if not items_file.exists():
        return (), []
    loaded = load_yaml_document(items_file, SyllabusItemsSchema, base, problems)
    if loaded is None:
        return (), []
    doc, parsed = loaded
    shown_items = display_path(items_file, base)
    _duplicates(
        [(it.id, parsed.line_for(("items", i, "id"))) for i, it in enumerate(doc.items)],
        shown_items,
        "syllabus item",
        problems,
    )
    known = {it.id for it in doc.items}
    taught: dict[str, list[str]] = {it.id: [] for it in doc.items}
    refs: list[tuple[str, int, str]] = []  # (file, line, "lesson#N") to check later
    for taught_file in sorted(folder.glob("taught-*.yaml")):
        loaded_t = load_yaml_document(taught_file, TaughtFileSchema, base, problems)
        if loaded_t is None:
            continue
        tdoc, tparsed = loaded_t
        shown = display_path(taught_file, base)
        for i, entry in enumerate(tdoc.taught):
            line = tparsed.line_for(("taught", i, "item"))
            if entry.item not in known:
                problems.append(
                    Problem(
                        shown, line, "broken-reference", f"unknown syllabus item '{entry.item}'"
                    )
                )
                continue
            for j, ref in enumerate(entry.in_):
                taught[entry.item].append(ref)
                refs.append((shown, tparsed.line_for(("taught", i, "in", j)), ref))
    for i, it in enumerate(doc.items):
        if not taught[it.id]:
            problems.append(
                Problem(
                    shown_items,
                    parsed.line_for(("items", i, "id")),
                    "untaught",
                    f"syllabus item '{it.id}' is not taught by any lesson "
                    "section (add it to a taught-*.yaml file)",
                )
            )
    items = tuple(
        SyllabusItem(it.id, it.section, it.text, tuple(taught[it.id])) for it in doc.items
    )
    return items, refs


def check_lesson_ref(ref: str, lessons: dict[str, Lesson]) -> str | None:
    """None if ``lesson-id`` or ``lesson-id#N`` exists, else what is wrong."""
    lesson_id, _, anchor = ref.partition("#")
    lesson = lessons.get(lesson_id)
    if lesson is None:
        return f"lesson '{lesson_id}' does not exist"
    if anchor and (not anchor.isdigit() or not 1 <= int(anchor) <= len(lesson.sections)):
        return f"lesson '{lesson_id}' has no section #{anchor} (it has {len(lesson.sections)})"
    return None
