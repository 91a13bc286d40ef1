"""Limits for zips from outside (course packs, learner files), checked on each entry's header
before it is read: a small file that unpacks to gigabytes (a zip bomb) is refused instead of
filling the memory and the disk."""

from __future__ import annotations

import zipfile

MAX_RATIO = 100  # uncompressed / compressed, per entry: more is a zip bomb


def entry_problem(info: zipfile.ZipInfo, max_bytes: int, max_ratio: int = MAX_RATIO) -> str | None:
    """Why ``info`` is too big to read (None when it is not), in words for the message."""
    name = info.filename
    if info.file_size > max_bytes:
        return f"{name!r} is larger than {_size(max_bytes)}"
    if info.compress_size and info.file_size / info.compress_size > max_ratio:
        return f"{name!r} is compressed more than {max_ratio}:1 (zip bomb?)"
    return None


def read_capped(z: zipfile.ZipFile, name: str, max_bytes: int) -> bytes | None:
    """The entry's bytes, or None when there are more than ``max_bytes`` (the header may lie)."""
    with z.open(name) as f:
        data = f.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"
