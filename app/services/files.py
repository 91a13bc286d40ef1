"""Writing files the learner asked for, so that a crash never leaves half a file."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, text: str, *, newline: str | None = None) -> Path:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8", newline=newline)
    os.replace(tmp, path)
    return path
