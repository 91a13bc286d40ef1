"""A lesson file being written in the studio: its front matter as the fields of a form, its
Markdown body as text, checked with the rules ``content check`` runs on a lesson and written
back atomically.

A draft may be half-written (no title yet, a link still being typed), so it is kept as the
plain data the file holds. The checks read the text the draft would save with the loaders'
own code (``app.lessons.loader.read_lesson`` on an ``EditedText``, then the course checks a
lesson gets: its section, its links, images and glossary terms), so the editor and
``content check`` cannot disagree. The preview is built from a lenient ``Lesson`` that
whatever is missing does not stop."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.common.document import DraftError, EditableDocument, read_text
from app.common.edited import EditedText
from app.common.frontmatter import YamlProblem, parse_yaml, split_front_matter
from app.common.problems import Problem
from app.common.sections import split_sections
from app.lessons.model import Lesson, LessonBody
from app.studio.front_matter import dump_front
from app.studio.layer_files import is_id, make_id, write_atomic

MAX_BYTES = 2 * 1024 * 1024  # the longest bundled lesson is 16 KB
FRONT_KEYS = ("id", "title", "section", "order", "minutes", "objectives", "key_terms", "related")
FLOW_KEYS = ("key_terms", "related")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".bmp", ".webp")
MAX_IMAGE_BYTES = 16 * 1024 * 1024  # what the reader shows at most (app.views.safe_text)
NEW_BODY = "## 第一节\n\n\n???\n\n"

TABLE_SKELETON = "| 列一 | 列二 | 列三 |\n|---|---|---|\n|  |  |  |\n|  |  |  |\n"
CALLOUT_KINDS = ("tip", "warning", "example", "phrase", "work")


def read_draft_text(path: Path) -> str:
    """The file's text, refused with the reason if it cannot be edited as text."""
    return read_text(path, MAX_BYTES)


def split_draft(text: str, shown: str) -> tuple[dict[str, Any], str, str]:
    """(front matter as data, its text, the body) of a lesson or case file."""
    try:
        doc = split_front_matter(text)
        front = parse_yaml(doc.front, first_line=2).data
    except YamlProblem as exc:
        raise DraftError(f"{shown}:{exc.line}: {exc.message}") from None
    if front is None:
        front = {}
    if not isinstance(front, dict):
        raise DraftError(f"{shown}:2: front matter must be a mapping of 'key: value' lines")
    return front, doc.front, doc.body


class FrontMatterDraft(EditableDocument):
    """A Markdown file with front matter (``("front", key)`` paths), shared by the lesson
    and case drafts: the front matter keeps its own text while the form leaves it alone."""

    ORDER: tuple[str, ...] = ()
    FLOW: tuple[str, ...] = ()

    def __init__(self, data: dict[str, Any], front_text: str | None = None) -> None:
        super().__init__(data)
        self._kept = (dict(data["front"]), front_text)

    def front_text(self) -> str:
        front = self.data["front"]
        kept, text = self._kept
        if text is not None and front == kept:
            return text if text.endswith("\n") or not text else text + "\n"
        return dump_front(front, self.ORDER, self.FLOW)

    def head(self) -> str:
        return f"---\n{self.front_text()}---\n"

    @property
    def body_first_line(self) -> int:
        """The file line of the body's first line (the form can add lines above it)."""
        return self.head().count("\n") + 1

    def text(self) -> str:
        raise NotImplementedError

    def save(self, path: Path) -> None:
        """Write the text atomically (temporary file + os.replace)."""
        text = self.text()
        write_atomic(path, text)
        self._kept = (dict(self.data["front"]), self.front_text())


class LessonDraft(FrontMatterDraft):
    ORDER = FRONT_KEYS
    FLOW = FLOW_KEYS

    @classmethod
    def load(cls, path: Path) -> LessonDraft:
        """The file's lesson; a path that does not exist yet: a new lesson named after it."""
        if not path.exists():
            return cls.new(path.stem)
        front, front_text, body = split_draft(read_draft_text(path), str(path))
        return cls({"front": front, "body": body}, front_text)

    @classmethod
    def new(cls, stem: str) -> LessonDraft:
        lesson_id = stem if is_id(stem) else make_id(stem, "new-lesson")
        front = {"id": lesson_id, "title": "", "section": "", "order": 1, "minutes": 15,
                 "objectives": [], "key_terms": [], "related": []}  # fmt: skip
        return cls({"front": front, "body": NEW_BODY})

    @property
    def front(self) -> dict[str, Any]:
        return self.data["front"]

    @property
    def body(self) -> str:
        return self.data["body"]

    def text(self) -> str:
        return self.head() + self.body

    def lesson(self, source: str = "") -> Lesson:
        """The draft as a ``Lesson`` whatever is missing or of the wrong type: what the
        preview and the slide list show. Not validated: ``problems`` says what is wrong."""
        f = self.front
        intro, sections = split_sections(self.body, self.body_first_line, source, [], [])

        def text(key: str) -> str:
            value = f.get(key)
            return value if isinstance(value, str) else ""

        def number(key: str, default: int) -> int:
            value = f.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else default

        def texts(key: str) -> tuple[str, ...]:
            value = f.get(key)
            return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

        return Lesson(
            id=text("id"), title=text("title"), section=text("section"),
            order=number("order", 0), minutes=number("minutes", 15),
            objectives=texts("objectives"), key_terms=texts("key_terms"),
            related=texts("related"), body=LessonBody(intro, tuple(sections)), source=source,
        )  # fmt: skip

    def problems(self, context: LessonContext) -> list[Problem]:
        """What ``content check`` says of this lesson, as it stands (unsaved)."""
        from app.course.checks import check_lesson
        from app.lessons.loader import check_section, read_lesson

        problems: list[Problem] = []
        lesson = read_lesson(EditedText(self.text()), context.shown, problems)
        if lesson is None:
            return problems
        other = context.lessons.get(lesson.id)
        if lesson.id != context.own_id and other is not None:
            problems.append(
                Problem(context.shown, lesson.field_lines.get("id", 1), "duplicate-id",
                        f"duplicate lesson id '{lesson.id}' (already used by {other.source})")
            )  # fmt: skip
        check_section(lesson, set(context.sections), problems)
        lessons = {**context.lessons, lesson.id: lesson}
        check_lesson(lesson, lessons, set(context.terms), context.assets, problems)
        return sorted(problems, key=lambda p: p.line)


@dataclass
class LessonContext:
    """What a lesson is checked against and what completion offers: the course's (and the
    layer's) lessons, sections and glossary terms, and where its images live."""

    shown: str  # the file as problems name it
    assets: Path
    own_id: str  # the id the file had when opened ("" for a new file)
    lessons: dict[str, Lesson] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)  # id -> title, course order
    terms: dict[str, str] = field(default_factory=dict)  # glossary id -> term


def layer_of(path: Path) -> Path | None:
    """The organisation layer a lesson or case file is in (``lessons/``, ``cases/`` or
    ``drafts/lessons/`` of it), or None."""
    folder = path.resolve().parent
    if folder.name == "lessons" and folder.parent.name == "drafts":
        return folder.parent.parent
    if folder.name in ("lessons", "cases"):
        return folder.parent
    return None


def assets_of(path: Path, default: Path) -> Path:
    """Where a lesson file's images are: its layer's ``assets/`` (the bundled course's are
    beside ``content/``, which has a course.yaml)."""
    layer = layer_of(path)
    if layer is None or (layer / "course.yaml").is_file():
        return default
    return layer / "assets"


def lesson_context(bundle, path: Path, assets: Path, own_id: str) -> LessonContext:
    """The context of the lesson file ``path`` in the installed course ``bundle`` and, when
    the file is in a layer, that layer's lessons, sections and glossary."""
    from app.common.yamlfile import display_path
    from app.studio.known import known_from

    layer = layer_of(path)
    lessons = dict(bundle.lessons)
    sections = {s.id: s.title for s in bundle.course.sections}
    terms = {t.id: t.term for t in bundle.glossary.values()}
    if layer is not None and not (layer / "course.yaml").is_file():
        known = known_from(bundle, layer)
        lessons.update(known.lessons)
        sections.update({s: s for s in known.sections if s not in sections})
        terms.update(_layer_terms(layer))
    lessons = {k: v for k, v in lessons.items() if k != own_id or v.source != _shown(path)}
    shown = display_path(path, layer.parent) if layer is not None else path.name
    return LessonContext(shown, assets_of(path, assets), own_id, lessons, sections, terms)


def _shown(path: Path) -> str:
    layer = layer_of(path)
    return f"{layer.name}/{path.resolve().relative_to(layer).as_posix()}" if layer else ""


def _layer_terms(layer: Path) -> dict[str, str]:
    from app.reference.glossary import load_glossary

    path = layer / "glossary.yaml"
    if not path.is_file():
        return {}
    glossary, _lines = load_glossary(path, layer.parent, [])
    return {t.id: t.term for t in glossary.values()}


# images ------------------------------------------------------------------------------------
def add_image(source: Path, assets: Path) -> str:
    """Copy a picture into ``assets/images/`` and return the path a lesson writes
    (``images/NAME``). An image of the same name and bytes is reused; another gets a number.
    Raises ValueError (the message names the file) for what the reader cannot show."""
    suffix = source.suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        raise ValueError(f"{source.name}: not a picture the reader shows (PNG, JPEG, GIF, SVG)")
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise ValueError(f"{source.name}: not a file")
    except OSError as exc:
        raise ValueError(f"{source.name}: {exc.strerror or exc}") from None
    if size > MAX_IMAGE_BYTES:
        raise ValueError(f"{source.name}: larger than {MAX_IMAGE_BYTES // 2**20} MB")
    folder = assets / "images"
    folder.mkdir(parents=True, exist_ok=True)
    stem = make_id(source.stem, "image")
    data = source.read_bytes()
    n = 1
    while True:
        name = f"{stem}{'' if n == 1 else f'-{n}'}{suffix}"
        target = folder / name
        if not target.exists():
            tmp = folder / f".{name}.tmp"
            shutil.copyfile(source, tmp)
            tmp.replace(target)
            return f"images/{name}"
        if target.is_file() and target.read_bytes() == data:
            return f"images/{name}"
        n += 1


# completion --------------------------------------------------------------------------------
_CONTEXT = re.compile(r"(\[\[|\]\(lesson:|\]\(term:)([^\s\]\)\[]*)$")


def completion_context(before: str) -> tuple[str, str] | None:
    """What the text before the cursor asks to complete: ("any", typed) after ``[[``,
    ("lesson", typed) inside ``](lesson:``, ("term", typed) inside ``](term:``."""
    m = _CONTEXT.search(before)
    if m is None:
        return None
    kind = {"[[": "any", "](lesson:": "lesson", "](term:": "term"}[m.group(1)]
    return kind, m.group(2)


def completions(kind: str, context: LessonContext) -> list[tuple[str, str, str]]:
    """(shown, searched, inserted) for each lesson, lesson section and glossary term that
    ``kind`` offers. Inserted: the whole link after ``[[``, the target after ``lesson:`` or
    ``term:``."""
    out: list[tuple[str, str, str]] = []
    if kind in ("any", "lesson"):
        for lid, lesson in context.lessons.items():
            out.append((f"{lid} — {lesson.title}", f"{lid} {lesson.title}",
                        f"[{lesson.title}](lesson:{lid})" if kind == "any" else lid))  # fmt: skip
            for s in lesson.sections:
                ref = f"{lid}#{s.number}"
                out.append((f"{ref} — {s.title}", f"{ref} {lesson.title} {s.title}",
                            f"[{s.title}](lesson:{ref})" if kind == "any" else ref))  # fmt: skip
    if kind in ("any", "term"):
        for tid, term in context.terms.items():
            out.append((f"{term} — term:{tid}", f"{tid} {term}",
                        f"[{term}](term:{tid})" if kind == "any" else tid))  # fmt: skip
    return out
