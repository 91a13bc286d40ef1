"""One reading of a content folder: the files it parses are counted for a progress bar, and
each file's YAML parse is remembered, by the hash of its text, in the data folder's cache.

After a pack update only the files that changed are parsed again; the others' parses are read
back as plain JSON (data and line numbers, never pickle: the data folder is writable by
whoever holds a shared copy) and validated by the models exactly as a fresh parse is, so a
cached parse can hold nothing a file could not. A cache file that is not of the expected
shape (checked by msgspec, in C, as it decodes) is ignored and the text parsed again.

The kinds' loaders do not pass this around: ``load_content`` opens a reading for the
duration of the load (a context variable, so concurrent loads on other threads are apart),
and ``app.common.yamlfile``/``frontmatter`` ask it for each parse. Without one (a test
loading one kind), parsing is as before: uncounted, uncached.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from app.common.frontmatter import ParsedYaml, parse_yaml
from app.common.parallel_parse import parse_key
from app.tasks import NO_PROGRESS, Progress

log = logging.getLogger(__name__)
PARSE_FORMAT = 2  # bump when ParsedYaml or the way it is stored changes (2: one file)
PARALLEL_FROM = 300  # files to parse before a second process pays for its start
MAX_FILE_BYTES = 512 * 1024 * 1024  # every file's parse; larger is not ours
_current: ContextVar[ContentReading | None] = ContextVar("content_reading", default=None)


class ContentReading:
    """Counts the files read (``progress.step(done, total)``) and caches their parses.

    The parses live in one file, ``parses.json`` in ``cache_dir`` (creating thousands of
    small files cost 3 s of a 2,000-lesson course's first load on this machine). Each entry
    is kept as its raw JSON and decoded, with its shape checked, only when its file is read:
    a damaged entry costs that one file's parse. ``save`` writes what this reading used."""

    def __init__(self, total: int, progress: Progress = NO_PROGRESS,
                 cache_dir: Path | None = None) -> None:  # fmt: skip
        self.total = total
        self.done = 0
        self.progress = progress
        self.cache_dir = cache_dir
        self.hits = self.misses = 0
        self._salt = _salt()
        self._stored: dict[str, Any] | None = None  # key -> msgspec.Raw, read once
        self._kept: dict[str, Any] = {}  # what the next file holds: used entries, new parses
        self._helper = None  # a ParseHelper on large first loads

    @property
    def used(self) -> set[str]:
        """The cache keys this reading used or added."""
        return set(self._kept)

    def file_read(self) -> None:
        """One more file read (raises Cancelled if the user asked to stop)."""
        self.done += 1
        self.progress.step(self.done, self.total)

    def key(self, text: str, first_line: int) -> str:
        return parse_key(self._salt, text, first_line)

    def parse_alongside(self, root: Path) -> None:
        """With many files to parse (a large course's first load, ``content check``), start
        a second process that parses them from the other end while the loaders read
        (app.common.parallel_parse); it skips the files whose parse the cache holds."""
        paths = _in_loading_order(root)
        cached = set(self._entries()) if self.cache_dir is not None else set()
        if len(paths) - len(cached) >= PARALLEL_FROM:
            from app.common.parallel_parse import ParseHelper

            self._helper = ParseHelper(paths, self._salt, cached)

    def close(self) -> None:
        if self._helper is not None:
            self._helper.close()
            self._helper = None

    def parse(self, text: str, first_line: int) -> ParsedYaml:
        helper = self._helper
        if self.cache_dir is None and helper is None:
            return parse_yaml(text, first_line)
        key = self.key(text, first_line)
        if helper is not None:
            ready = helper.take(key)
            if ready is not None:
                self.misses += 1
                parsed, entry = ready
                if self.cache_dir is not None:
                    self._kept[key] = entry  # encoded as it came
                return parsed
        if self.cache_dir is None:
            return parse_yaml(text, first_line)
        raw = self._entries().get(key)
        parsed = _read_entry(raw, first_line, key) if raw is not None else None
        if parsed is not None:
            self.hits += 1
            self._kept[key] = raw
            return parsed
        self.misses += 1
        parsed = parse_yaml(text, first_line)  # a YamlProblem is not cached: parsed again
        if parsed.json_safe:  # else (a date, a merge key, a number as a key) parsed each time
            self._kept[key] = {"data": parsed.data, "lines": list(parsed.key_lines.items())}
        return parsed

    def _entries(self) -> dict[str, Any]:
        if self._stored is None:
            assert self.cache_dir is not None
            self._stored = _read_file(self.cache_dir / PARSES)
        return self._stored

    def save(self) -> None:
        """Write the parses this reading used, if they differ from the file's: the parses of
        files it did not see (an older pack's) are left out."""
        if self.cache_dir is None:
            return
        if not self.misses and self._kept.keys() == self._entries().keys():
            return  # nothing new, nothing to leave out
        import msgspec

        path = self.cache_dir / PARSES
        tmp = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")  # one a writer
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(msgspec.json.encode(self._kept))  # Raw entries are copied as is
            os.replace(tmp, path)
        except OSError as exc:  # a full disk or a read-only copy: only a slower next load
            log.warning("could not cache the parses: %s", exc)
        for old in self.cache_dir.glob("??"):  # the per-file entries of format 1
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)


# The order in which app.course.loader reads a content folder: the second parser starts from
# the other end. A file left out or out of place costs time, never a wrong result.
_ORDER = (
    *("course.yaml", "lessons", "glossary.yaml", "phrases.yaml", "synonyms.yaml", "desk.yaml"),
    *("syllabus", "quizzes", "cases", "scenarios", "writing", "english.yaml"),
)


def _in_loading_order(root: Path) -> list[Path]:
    files = []
    for name in _ORDER:
        path = root / name
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in (".md", ".yaml"))
        elif path.is_file():
            files.append(path)
    return files


def _salt() -> str:
    import yaml

    # the resolver decides what a plain scalar is (3, true, "3"): a PyYAML update re-parses
    return f"{PARSE_FORMAT}/{yaml.__version__}"


@contextmanager
def reading(root: Path, progress: Progress = NO_PROGRESS,
            cache_dir: Path | None = None) -> Iterator[ContentReading]:  # fmt: skip
    """A reading of the content folder ``root`` for the duration of the block."""
    total = sum(1 for p in root.rglob("*") if p.suffix in (".md", ".yaml") and p.is_file())
    current = ContentReading(total, progress, cache_dir)
    current.parse_alongside(root)
    token = _current.set(current)
    try:
        yield current
    finally:
        _current.reset(token)
        current.close()


def parse(text: str, first_line: int = 1) -> ParsedYaml:
    """parse_yaml through the current reading's cache, if there is one."""
    current = _current.get()
    return parse_yaml(text, first_line) if current is None else current.parse(text, first_line)


def file_read() -> None:
    current = _current.get()
    if current is not None:
        current.file_read()


PARSES = "parses.json"


def _read_file(path: Path) -> dict[str, Any]:
    """The file's entries as raw JSON by key; empty when it is missing or not an object of
    such entries (then every file is parsed again)."""
    import msgspec

    try:
        with path.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError:
        return {}
    try:
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("too large")
        return msgspec.json.decode(raw, type=dict[str, msgspec.Raw])
    except (ValueError, msgspec.DecodeError, RecursionError) as exc:
        log.warning("ignoring the damaged parse cache %s: %s", path, exc)
        return {}


_ENTRY_DECODER = None


def _entry_decoder():
    """Decodes an entry and checks its shape: any JSON data, lines as [[key, …], line]."""
    global _ENTRY_DECODER
    if _ENTRY_DECODER is None:
        import msgspec

        class Entry(msgspec.Struct, forbid_unknown_fields=True):
            data: Any
            lines: list[tuple[tuple[str | int, ...], int]]

        _ENTRY_DECODER = msgspec.json.Decoder(Entry)
    return _ENTRY_DECODER


def _read_entry(raw: Any, first_line: int, key: str) -> ParsedYaml | None:
    import msgspec

    try:
        entry = _entry_decoder().decode(raw)
    except (ValueError, msgspec.DecodeError, RecursionError) as exc:
        log.warning("ignoring a damaged parse cache entry %s: %s", key[:12], exc)
        return None
    return ParsedYaml(data=entry.data, key_lines=dict(entry.lines), first_line=first_line)
