"""One reading of a content folder: the files it parses are counted for a progress bar, and
each file's YAML parse is remembered, by the hash of its text, in the data folder's cache.

After a pack update only the files that changed are parsed again; the others' parses are read
back as plain JSON (data and line numbers, never pickle: the data folder is writable by
whoever holds a shared copy) and validated by the models exactly as a fresh parse is, so a
cached parse can hold nothing a file could not. A cache file that is not of the expected
shape is ignored and the text parsed again.

The kinds' loaders do not pass this around: ``load_content`` opens a reading for the
duration of the load (a context variable, so concurrent loads on other threads are apart),
and ``app.common.yamlfile``/``frontmatter`` ask it for each parse. Without one (a test
loading one kind), parsing is as before: uncounted, uncached.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from app.common.frontmatter import ParsedYaml, parse_yaml
from app.tasks import NO_PROGRESS, Progress

log = logging.getLogger(__name__)
PARSE_FORMAT = 1  # bump when ParsedYaml or the way it is stored changes
MAX_ENTRY_BYTES = 16 * 1024 * 1024  # a content file's parse; larger is not ours
_current: ContextVar[ContentReading | None] = ContextVar("content_reading", default=None)


class ContentReading:
    """Counts the files read (``progress.step(done, total)``) and caches their parses."""

    def __init__(self, total: int, progress: Progress = NO_PROGRESS,
                 cache_dir: Path | None = None) -> None:  # fmt: skip
        self.total = total
        self.done = 0
        self.progress = progress
        self.cache_dir = cache_dir
        self.used: set[str] = set()  # cache entries this reading used or wrote
        self.hits = self.misses = 0
        self._salt = _salt()
        self._made: set[Path] = set()  # folders known to exist
        self._keys: set[str] | None = None

    def file_read(self) -> None:
        """One more file read (raises Cancelled if the user asked to stop)."""
        self.done += 1
        self.progress.step(self.done, self.total)

    def parse(self, text: str, first_line: int) -> ParsedYaml:
        if self.cache_dir is None:
            return parse_yaml(text, first_line)
        key = hashlib.sha256(f"{self._salt}/{first_line}\0{text}".encode()).hexdigest()
        self.used.add(key)
        path = self.cache_dir / key[:2] / f"{key}.json"
        parsed = _read_entry(path, first_line) if key in self._stored() else None
        if parsed is not None:
            self.hits += 1
            return parsed
        self.misses += 1
        parsed = parse_yaml(text, first_line)  # a YamlProblem is not cached: parsed again
        _write_entry(path, parsed, self._made)
        return parsed

    def _stored(self) -> set[str]:
        """The keys in the cache, listed once: a first load tries no file that is not there
        (opening a file costs more than the listing, 3,000 times over)."""
        if self._keys is None:
            assert self.cache_dir is not None
            self._keys = {p.stem for p in self.cache_dir.glob("*/*.json")}
        return self._keys

    def prune(self) -> None:
        """Forget the parses of files this reading did not see (an older pack's)."""
        if self.cache_dir is None:
            return
        for key in self._stored() - self.used:
            (self.cache_dir / key[:2] / f"{key}.json").unlink(missing_ok=True)


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
    token = _current.set(current)
    try:
        yield current
    finally:
        _current.reset(token)


def parse(text: str, first_line: int = 1) -> ParsedYaml:
    """parse_yaml through the current reading's cache, if there is one."""
    current = _current.get()
    return parse_yaml(text, first_line) if current is None else current.parse(text, first_line)


def file_read() -> None:
    current = _current.get()
    if current is not None:
        current.file_read()


def _write_entry(path: Path, parsed: ParsedYaml, made: set[Path]) -> None:
    if not parsed.json_safe:
        return  # such a file (a date, a merge key, a number as a key) is parsed every time
    entry = {"data": parsed.data, "lines": [[list(k), v] for k, v in parsed.key_lines.items()]}
    try:
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        # Written in place: a file cut short by a kill is not valid JSON, so it is ignored.
        path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), "utf-8")
    except OSError as exc:  # a full disk or a read-only copy: only a slower next load
        log.warning("could not cache a parse: %s", exc)


def _read_entry(path: Path, first_line: int) -> ParsedYaml | None:
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_ENTRY_BYTES + 1)
    except OSError:
        return None
    try:
        if len(raw) > MAX_ENTRY_BYTES:
            raise ValueError("too large")
        entry = json.loads(raw)
        if type(entry) is not dict or entry.keys() != {"data", "lines"}:
            raise ValueError("not a parse")
        lines: dict[tuple[str | int, ...], int] = {}
        for item in entry["lines"]:
            key, line = item
            if type(key) is not list or type(line) is not int:
                raise ValueError("not a line")
            if not all(type(k) in (str, int) for k in key):
                raise ValueError("not a key")
            lines[tuple(key)] = line
    except (ValueError, TypeError, RecursionError) as exc:
        log.warning("ignoring a damaged parse cache entry %s: %s", path.name, exc)
        return None
    return ParsedYaml(data=entry["data"], key_lines=lines, first_line=first_line)
