"""A Word document (.docx) → a draft lesson in the layer: ``drafts/lessons/<id>.md``, its
images in ``assets/images/<id>/``.

The draft passes the lesson loader's checks as it is (front matter, at least one ``## ``
section, no ``# `` heading, images found under the layer's ``assets/``), except what only
the trainer can decide:

- ``section``: unless one is given, the placeholder ``SECTION_PLACEHOLDER``, which is no
  course section, so ``content check`` reports it once the draft is published; the editor
  asks for it (and ``problems`` lists it);
- ``objectives`` and ``key_terms`` are left empty (the course standard asks for 2–5
  objectives: the document does not say what they are);
- an image without a description (alt text) is written as ``![](…)`` and listed in
  ``problems``: a description is never invented (nor is one Word generated taken as
  checked).

A .docx is a zip from outside: its size, entries and compression are checked with the
limits of ``app.common.ziplimits`` before mammoth opens it, every entry is read once with
a cap (a header may lie), XML with a DTD is refused (Word never writes one; entities are how
XML bombs work), mammoth's embedded style map is ignored and it reads no file outside the
document. Anything wrong with the file is one ``DocxRefused`` with a message naming it.
"""

from __future__ import annotations

import io
import json
import logging
import math
import re
import shutil
import tempfile
import zipfile
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from app.common.problems import Problem
from app.common.yamlfile import display_path
from app.common.ziplimits import (
    MAX_RATIO,
    READ_ERRORS,
    entry_problem,
    read_capped,
    read_problem,
    unreadable_problem,
)
from app.studio.html_markdown import Block, Converted, html_to_markdown
from app.studio.layer_files import is_id, lesson_ids, make_id, write_atomic

log = logging.getLogger(__name__)

MAX_DOCX_BYTES = 50 * 1024 * 1024  # the file itself
MAX_ENTRIES = 2000  # a long handbook with many images has a few hundred
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # one entry once unpacked (document.xml, an image)
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all entries once unpacked

SECTION_PLACEHOLDER = "choose-a-section"
DRAFT_ORDER = 99  # last in its section until the trainer places it
# Word 365 describes pictures itself; such text is not the author's and must be checked
GENERATED_ALT = re.compile(r"automatically generated|自动生成的说明|自動產生的描述", re.I)
# the Word styles mammoth does not map by default that a policy document uses
STYLE_MAP = """
p[style-name='Title'] => h1.doc-title:fresh
p[style-name='Subtitle'] => p:fresh
p[style-name='List Paragraph'] => p:fresh
"""
_IMAGE_TYPES = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
)
_DTD = (b"<!DOCTYPE", b"<!ENTITY")


class DocxRefused(ValueError):
    """The document is not imported; the message says why, naming the file."""


@dataclass
class DraftLesson:
    draft: Path  # drafts/lessons/<id>.md (not written on a dry run)
    lesson_id: str
    title: str
    markdown: str  # the whole draft file
    images: list[Path] = field(default_factory=list)  # written under assets/images/<id>/
    problems: list[Problem] = field(default_factory=list)  # for the trainer to fix
    messages: list[str] = field(default_factory=list)  # mammoth's warnings


def import_docx(
    path: Path,
    layer: Path,
    *,
    lesson_id: str | None = None,
    section: str | None = None,
    taken_ids: Collection[str] = (),
    dry_run: bool = False,
) -> DraftLesson:
    """Convert ``path`` into a draft lesson of ``layer``. ``lesson_id`` defaults to one made
    from the file name; it must not be a lesson of the layer, a draft, or in ``taken_ids``
    (the bundled course's lesson ids). Raises DocxRefused; nothing is written then."""
    path = Path(path)
    name = path.name
    lesson_id = lesson_id or make_id(path.stem, "imported-lesson")
    if not is_id(lesson_id):
        raise DocxRefused(f"'{lesson_id}' is not a lesson id (lowercase a-z, 0-9 and '-')")
    if lesson_id in taken_ids or lesson_id in lesson_ids(layer):
        raise DocxRefused(
            f"{name}: a lesson '{lesson_id}' exists already; give the draft another id (--id)"
        )
    draft = layer / "drafts" / "lessons" / f"{lesson_id}.md"
    image_dir = layer / "assets" / "images" / lesson_id
    if draft.exists() or image_dir.exists():
        taken = draft if draft.exists() else image_dir
        raise DocxRefused(f"{name}: {taken} exists already; give the draft another id (--id)")
    data = _checked_zip(path)
    images = _Images(lesson_id)
    converted, messages = _convert(data, name, images)
    title, blocks = _title(converted.blocks, data, path.stem)
    body = _body(blocks, title)
    text = _front_matter(lesson_id, title, section, body) + body
    result = DraftLesson(draft, lesson_id, title, text, messages=messages)
    shown = display_path(draft, layer.parent)
    result.problems = _problems(text, converted, images, shown, section)
    if not dry_run:
        result.images = _write(draft, text, image_dir, images)
    return result


# the zip ---------------------------------------------------------------------------------
def _checked_zip(path: Path) -> bytes:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_DOCX_BYTES:
            raise DocxRefused(f"{name}: larger than {MAX_DOCX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise DocxRefused(f"{name}: cannot be read ({exc.strerror or exc})") from None
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except READ_ERRORS:
        raise DocxRefused(
            f"{name}: not a Word document (.docx): it is damaged or another kind of file "
            "(an old .doc must be saved as .docx in Word first)"
        ) from None
    with z:
        infos = z.infolist()
        if len(infos) > MAX_ENTRIES:
            raise DocxRefused(f"{name}: more than {MAX_ENTRIES} entries; not a Word document")
        for info in infos:
            problem = entry_problem(info, MAX_ENTRY_BYTES, MAX_RATIO) or unreadable_problem(info)
            if problem:
                raise DocxRefused(f"{name}: {problem}")
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise DocxRefused(f"{name}: more than {MAX_TOTAL_BYTES // (1024 * 1024)} MB unpacked")
        names = {i.filename for i in infos}
        if "word/document.xml" not in names and "[Content_Types].xml" not in names:
            raise DocxRefused(f"{name}: a zip file, but not a Word document (.docx)")
        total = 0
        for info in infos:
            try:
                entry = read_capped(z, info.filename, MAX_ENTRY_BYTES)
            except READ_ERRORS as exc:
                raise DocxRefused(f"{name}: {read_problem(info.filename, exc)}") from None
            if entry is None:
                raise DocxRefused(f"{name}: {info.filename!r} is larger than its header says")
            total += len(entry)
            if total > MAX_TOTAL_BYTES:
                raise DocxRefused(f"{name}: more than {MAX_TOTAL_BYTES // 2**20} MB unpacked")
            if info.filename.endswith((".xml", ".rels")) and _has_dtd(entry):
                raise DocxRefused(
                    f"{name}: {info.filename!r} declares a DTD or entities, which Word never "
                    "writes; refused"
                )
    return data


def _has_dtd(entry: bytes) -> bool:
    for mark in _DTD:
        if mark in entry or mark.decode().encode("utf-16-le") in entry:
            return True
        if mark.decode().encode("utf-16-be") in entry:
            return True
    return False


# conversion --------------------------------------------------------------------------------
class _Images:
    """The document's images, numbered in document order; kept in memory until written."""

    def __init__(self, lesson_id: str) -> None:
        self.lesson_id = lesson_id
        self.saved: list[tuple[str, bytes]] = []  # (file name, bytes)
        self.unsupported: list[str] = []  # placeholders written in their place

    def convert(self, image) -> dict[str, str]:
        number = len(self.saved) + len(self.unsupported) + 1
        try:
            with image.open() as f:
                data = f.read(MAX_ENTRY_BYTES + 1)
        except (KeyError, *READ_ERRORS):  # a picture whose part is missing or damaged
            data = b""
        ext = next((e for magic, e in _IMAGE_TYPES if data.startswith(magic)), None)
        if ext is None:
            kind = (image.content_type or "unknown").split("/")[-1].upper()
            placeholder = f"［图片 {number}（{kind}）无法导入：请另存为 PNG 或 JPEG 后添加］"
            self.unsupported.append(placeholder)
            return {"src": "", "alt": placeholder}
        file_name = f"image{number}.{ext}"
        self.saved.append((file_name, data))
        return {"src": f"images/{self.lesson_id}/{file_name}"}


def _convert(data: bytes, name: str, images: _Images) -> tuple[Converted, list[str]]:
    import mammoth

    try:
        result = mammoth.convert_to_html(
            io.BytesIO(data),
            style_map=STYLE_MAP,
            convert_image=mammoth.images.img_element(images.convert),
            include_embedded_style_map=False,  # the document's own map is not ours to trust
            external_file_access=False,  # a linked image never reads a file of this computer
        )
    except Exception as exc:  # mammoth on a crafted file: anything; one message, no traceback
        # info: without logging set up (the CLI), a warning would print the traceback
        log.info("mammoth could not read %s", name, exc_info=True)
        raise DocxRefused(
            f"{name}: cannot be read as a Word document ({type(exc).__name__}: {exc})"
        ) from None
    messages = [f"{name}: {m.message}" for m in result.messages]
    return html_to_markdown(result.value), messages


def _title(blocks: list[Block], data: bytes, stem: str) -> tuple[str, list[Block]]:
    """(title, blocks without it): the paragraph in Word's Title style; else the first
    heading when no other heading has its level (a document heading, not a chapter's);
    else the document's title property; else the file name."""
    for i, b in enumerate(blocks):
        if b.level and b.css_class == "doc-title":
            return b.plain, blocks[:i] + blocks[i + 1 :]
    headings = [(i, b) for i, b in enumerate(blocks) if b.level]
    if headings:
        i, first = headings[0]
        if sum(1 for _, b in headings if b.level == first.level) == 1 and len(headings) > 1:
            return first.plain, blocks[:i] + blocks[i + 1 :]
    return _core_title(data) or stem.strip() or "未命名课程", blocks


def _core_title(data: bytes) -> str:
    """``dc:title`` of docProps/core.xml (already checked: no DTD), or ""."""
    from defusedxml import ElementTree as SafeET

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            root = SafeET.fromstring(z.read("docProps/core.xml"))
    except Exception:  # no such part, bad XML, defusedxml's refusals: no title from it
        return ""
    for el in root.iter():
        if el.tag.endswith("}title") and el.text and el.text.strip():
            return re.sub(r"\s+", " ", el.text).strip()
    return ""


def _body(blocks: list[Block], title: str) -> str:
    """Headings of the top level used become ``## `` sections, the next ``### `` and so on;
    a document with no heading is one section named after the title."""
    levels = [b.level for b in blocks if b.level]
    top = min(levels) if levels else 1
    parts: list[str] = []
    if not levels:
        parts.append(f"## {title}")
    for b in blocks:
        if not b.level:
            parts.append(b.text)
        elif b.level == top:
            parts.append(f"## {b.plain}")  # a section title is shown as written
        else:
            parts.append("#" * min(6, 2 + b.level - top) + " " + b.text)
    return "\n\n".join(parts) + "\n"


def _front_matter(lesson_id: str, title: str, section: str | None, body: str) -> str:
    chars = len(re.sub(r"\s+", "", body))
    minutes = max(1, min(240, math.ceil(chars / 300)))  # about 300 characters a minute
    q = lambda s: json.dumps(s, ensure_ascii=False)  # noqa: E731 - a YAML double-quoted scalar
    chosen = section or SECTION_PLACEHOLDER
    return "\n".join(
        [
            "---",
            f"id: {lesson_id}",
            f"title: {q(title)}",
            f"section: {q(chosen)}"
            + ("" if section else "  # to choose: a section id of the course or the layer"),
            f"order: {DRAFT_ORDER}",
            f"minutes: {minutes}",
            "objectives: []  # 2–5 learning objectives, each one sentence",
            "key_terms: []",
            "---",
            "",
            "",
        ]
    )


def _problems(
    text: str, converted: Converted, images: _Images, shown: str, section: str | None
) -> list[Problem]:
    lines = text.splitlines()

    def line_of(needle: str, start: int = 0) -> int:
        for n in range(start, len(lines)):
            if needle in lines[n]:
                return n + 1
        return 1

    problems: list[Problem] = []
    if not section:
        problems.append(
            Problem(shown, line_of("section:"), "needs-section",
                    "choose the course section this lesson belongs to")
        )  # fmt: skip
    for img in converted.images:
        at = line_of(f"]({img.src})")
        if not img.alt.strip():
            problems.append(
                Problem(shown, at, "missing-alt",
                        f"image '{img.src}' has no description (alt text): "
                        "write what it shows, for learners who cannot see it")
            )  # fmt: skip
        elif GENERATED_ALT.search(img.alt):
            problems.append(
                Problem(shown, at, "generated-alt",
                        f"image '{img.src}': the description was generated by Word; "
                        "check it and rewrite it")
            )  # fmt: skip
    for placeholder in images.unsupported:
        problems.append(
            Problem(shown, line_of(placeholder), "unsupported-image",
                    "an image in a format the reader cannot show (EMF, WMF, TIFF, SVG…): "
                    "save it as PNG or JPEG and add it to the lesson")
        )  # fmt: skip
    return problems


def _write(draft: Path, text: str, image_dir: Path, images: _Images) -> list[Path]:
    """Images into a staging folder renamed into place, then the draft (atomic); a failure
    leaves neither."""
    written: list[Path] = []
    if images.saved:
        image_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".import-{image_dir.name}-", dir=image_dir.parent))
        try:
            for file_name, data in images.saved:
                (staging / file_name).write_bytes(data)
            staging.rename(image_dir)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        written = [image_dir / file_name for file_name, _ in images.saved]
    try:
        write_atomic(draft, text)
    except BaseException:
        if written:
            shutil.rmtree(image_dir, ignore_errors=True)
        raise
    return written
