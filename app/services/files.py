"""Writing files the learner asked for, so that a crash never leaves half a file."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def write_atomically(path: Path, text: str, *, newline: str | None = None) -> Path:
    return write_pieces_atomically(path, (text,), newline=newline)


def write_pieces_atomically(path: Path, pieces: Iterable[str], *,
                            newline: str | None = None) -> Path:  # fmt: skip
    """``pieces`` written one after another (an export made as it is written, never held
    whole), under a temporary name renamed into place once complete."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline=newline) as f:
            for piece in pieces:
                f.write(piece)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)
    return path
