"""What the importers need to know of a layer folder and how they write into it: the ids it
uses already, ids made from file names, and atomic writes.

The layer's layout (docs/content-format.md) is a contract shared with the layer's loader; it
is read here by file name and a light parse only, so an importer needs nothing loaded."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from app.common.rules import ID_PATTERN

_ID = re.compile(ID_PATTERN)
_FRONT_ID = re.compile(r"^id:\s*['\"]?([a-z0-9][a-z0-9-]*)['\"]?\s*(?:#.*)?$", re.M)


def write_atomic(path: Path, text: str) -> None:
    """``text`` in ``path``, all or nothing: a temporary file beside it, flushed to disk,
    then ``os.replace`` (a crash leaves the old file or the new one, never half of one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def make_id(text: str, fallback: str = "imported") -> str:
    """A content id (``[a-z0-9-]``) from a file name: Chinese in pinyin (退货政策 →
    ``tui-huo-zheng-ce``), anything else not allowed becomes ``-``; at most 60 characters."""
    if re.search(r"[\u4e00-\u9fff]", text):
        from pypinyin import lazy_pinyin

        text = "-".join(lazy_pinyin(text))
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")
    return slug if slug and _ID.fullmatch(slug) else fallback


def is_id(text: str) -> bool:
    return bool(_ID.fullmatch(text))


def lesson_ids(layer: Path) -> set[str]:
    """Ids of the layer's lessons and drafts (their front matter's ``id:``, or the file
    name where the front matter has none): a new draft must not take one."""
    ids: set[str] = set()
    for folder in (layer / "lessons", layer / "drafts" / "lessons"):
        for path in sorted(folder.glob("**/*.md")) if folder.is_dir() else ():
            ids.add(path.stem)
            try:
                head = path.read_text(encoding="utf-8-sig", errors="replace")[:4096]
            except OSError:
                continue
            m = _FRONT_ID.search(head)
            if m:
                ids.add(m.group(1))
    return ids


def question_ids(layer: Path) -> dict[str, str]:
    """Question id → the layer file that has it (``quizzes/*.yaml``), read leniently: a file
    that does not parse is skipped here (``content check`` reports it)."""
    from app.common.frontmatter import YamlProblem, parse_yaml

    found: dict[str, str] = {}
    folder = layer / "quizzes"
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        try:
            data = parse_yaml(path.read_text(encoding="utf-8-sig")).data
        except (OSError, UnicodeDecodeError, YamlProblem):
            continue
        questions = data.get("questions") if isinstance(data, dict) else None
        for q in questions if isinstance(questions, list) else ():
            if isinstance(q, dict) and isinstance(q.get("id"), str):
                found.setdefault(q["id"], f"quizzes/{path.name}")
    return found
