"""A second process that parses a large course's YAML while this one reads it.

A large course's first load (2,000 lessons, 20,000 questions: 3,400 files) spends most of its
time in the YAML parser, which holds the GIL, so threads do not help; a second process does.
The loaders read the files in their order and parse each as they come; the helper parses the
same files from the other end, in the opposite order, and sends its parses in small batches.
Whenever a loader needs a parse the helper has already sent, it takes it; otherwise it parses
the file itself. The two meet in the middle, whatever the course's shape, with at most one
batch parsed twice.

The helper is started with ``spawn`` (never ``fork``: the loader may be a thread of a Qt
program). It is given the files' paths and the keys the parse cache already holds, reads the
files as the loaders do, and sends back msgpack data (data and line numbers, the parse
cache's shape, decoded against that shape), so nothing but plain data crosses. If it cannot
start or dies, the loaders simply parse everything themselves.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from app.common.frontmatter import ParsedYaml, YamlProblem, parse_yaml, split_front_matter

log = logging.getLogger(__name__)
BATCH = 40  # parses per message: small enough that little is parsed twice where they meet


def parse_key(salt: str, text: str, first_line: int) -> str:
    """The parse cache's key of a text (what the loaders parse: a YAML file, or a Markdown
    file's front matter, which starts on line 2)."""
    return hashlib.sha256(f"{salt}/{first_line}\0{text}".encode()).hexdigest()


def parse_input(path: Path) -> tuple[str, int]:
    """(the text the loaders parse, its first line), read as they read it (app.common.yamlfile,
    frontmatter.read_document). Raises OSError, UnicodeDecodeError or YamlProblem."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".md":
        return split_front_matter(text).front, 2
    return text, 1


class ParseHelper:
    """A second process parsing the files at ``paths`` from the last to the first, except
    those whose parse the cache holds (``cached`` keys)."""

    def __init__(self, paths: list[Path], salt: str, cached: set[str]) -> None:
        import multiprocessing

        self.received: dict[str, Any] = {}  # key -> (first line, entry) or None (parse here)
        ctx = multiprocessing.get_context("spawn")
        self._receiver, sender = ctx.Pipe(duplex=False)
        self._worker = ctx.Process(
            target=_work, args=(sender, [str(p) for p in reversed(paths)], salt, cached),
            daemon=True, name="content-parser",
        )  # fmt: skip
        try:
            self._worker.start()
        except Exception as exc:  # no second process here (a locked-down PC): one core
            log.warning("parsing on one core: %s", exc)
            self._receiver.close()
            self._receiver = None
        sender.close()

    def take(self, key: str) -> tuple[ParsedYaml, Any] | None:
        """The helper's parse of ``key`` (and its entry, as the parse cache writes it) if it
        has sent it; else None: parse it here."""
        self._drain()
        got = self.received.pop(key, None)
        if got is None:
            return None
        first, entry = got
        parsed = ParsedYaml(data=entry.data, key_lines=dict(entry.lines), first_line=first,
                            json_safe=True)  # fmt: skip
        return parsed, entry

    def _drain(self) -> None:
        import msgspec

        receiver = self._receiver
        try:
            while receiver is not None and receiver.poll():
                for key, first, entry in _decoder().decode(receiver.recv_bytes()):
                    self.received[key] = (first, entry) if entry is not None else None
        except (EOFError, OSError, msgspec.DecodeError) as exc:
            if not isinstance(exc, EOFError):  # EOF: it is done
                log.warning("the second parser failed (%s): parsing here", exc)
            self._receiver = None

    def close(self) -> None:
        if self._worker.is_alive():
            self._worker.terminate()
        if self._receiver is not None:
            self._receiver.close()
            self._receiver = None


def _work(sender, paths: list[str], salt: str, cached: set[str]) -> None:
    """In the second process: read and parse each file the cache does not hold and send the
    parses in batches of [key, first line, {"data", "lines"}] (null: not valid YAML or not
    plain data, or unreadable: the loader deals with it)."""
    import msgspec

    batch: list[Any] = []
    for path in paths:
        try:
            text, first = parse_input(Path(path))
        except (OSError, UnicodeDecodeError, YamlProblem):
            continue
        key = parse_key(salt, text, first)
        if key in cached:
            continue
        try:
            parsed = parse_yaml(text, first)
        except YamlProblem:
            parsed = None
        ok = parsed is not None and parsed.json_safe
        batch.append((key, first, {"data": parsed.data, "lines": list(parsed.key_lines.items())}
                      if ok else None))  # fmt: skip
        if len(batch) == BATCH:
            sender.send_bytes(msgspec.msgpack.encode(batch))
            batch = []
    if batch:
        sender.send_bytes(msgspec.msgpack.encode(batch))
    sender.close()


_DECODER = None


def _decoder():
    """Decodes a batch, checking every entry's shape."""
    global _DECODER
    if _DECODER is None:
        import msgspec

        class Entry(msgspec.Struct, forbid_unknown_fields=True):
            data: Any
            lines: list[tuple[tuple[str | int, ...], int]]

        _DECODER = msgspec.msgpack.Decoder(list[tuple[str, int, Entry | None]])
    return _DECODER
