"""A second process that parses a large course's YAML while this one reads it.

A large course's first load (2,000 lessons, 20,000 questions: 3,400 files) spends most of its
time in the YAML parser, which holds the GIL, so threads do not help; a second process does.
The loaders read the files in their order and parse each as they come; the helper parses the
same files from the other end, in the opposite order, and sends its parses in small batches.
Whenever a loader needs a parse the helper has already sent, it takes it; otherwise it parses
the file itself. The two meet in the middle, whatever the course's shape, with at most one
batch parsed twice.

The helper is started with ``spawn`` (never ``fork``: the loader may be a thread of a Qt
program), is given texts, not paths, and sends back msgpack data (data and line numbers, the
parse cache's shape, decoded against that shape), so nothing but plain data crosses. If it
cannot start or dies, the loaders simply parse everything themselves.
"""

from __future__ import annotations

import logging
from typing import Any

from app.common.frontmatter import ParsedYaml, YamlProblem, parse_yaml

log = logging.getLogger(__name__)
Item = tuple[str, str, int]  # (key, text, first line)
BATCH = 40  # parses per message: small enough that little is parsed twice where they meet


class ParseHelper:
    """A second process parsing ``items`` from the last to the first."""

    def __init__(self, items: list[Item]) -> None:
        import multiprocessing

        self.received: dict[str, Any] = {}  # key -> entry (data, lines) or None (parse here)
        self._first_line = {key: first for key, _text, first in items}
        ctx = multiprocessing.get_context("spawn")
        self._receiver, sender = ctx.Pipe(duplex=False)
        self._worker = ctx.Process(
            target=_work, args=(sender, items[::-1]), daemon=True, name="content-parser"
        )
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
        entry = self.received.pop(key, None)
        if entry is None:
            return None
        parsed = ParsedYaml(data=entry.data, key_lines=dict(entry.lines),
                            first_line=self._first_line[key], json_safe=True)  # fmt: skip
        return parsed, entry

    def _drain(self) -> None:
        import msgspec

        receiver = self._receiver
        try:
            while receiver is not None and receiver.poll():
                self.received.update(_decoder().decode(receiver.recv_bytes()))
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


def _work(sender, items: list[Item]) -> None:
    """In the second process: parse each text and send the parses in batches, as
    [key, {"data", "lines"}] pairs (null: not valid YAML or not plain data, parse there)."""
    import msgspec

    batch: list[Any] = []
    for key, text, first in items:
        try:
            parsed = parse_yaml(text, first)
        except YamlProblem:
            parsed = None
        ok = parsed is not None and parsed.json_safe
        batch.append((key, {"data": parsed.data, "lines": list(parsed.key_lines.items())}
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

        _DECODER = msgspec.msgpack.Decoder(list[tuple[str, Entry | None]])
    return _DECODER
