"""Limits for zips from outside (course packs, learner files), checked on each entry's header
before it is read: a small file that unpacks to gigabytes (a zip bomb) is refused instead of
filling the memory and the disk."""

from __future__ import annotations

import lzma
import zipfile
import zlib

MAX_RATIO = 100  # uncompressed / compressed, per entry: more is a zip bomb
# What opening or reading a damaged or crafted zip raises besides BadZipFile: zlib's and
# lzma's errors on bad data, EOFError on a cut stream, OSError (bz2, a seek before the start),
# ValueError, RuntimeError for an encrypted entry and NotImplementedError (a RuntimeError) for
# an unknown compression method or zip feature.
READ_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError, RuntimeError,
)  # fmt: skip
READABLE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


def entry_problem(info: zipfile.ZipInfo, max_bytes: int, max_ratio: int = MAX_RATIO) -> str | None:
    """Why ``info`` is too big to read (None when it is not), in words for the message."""
    name = info.filename
    if info.file_size > max_bytes:
        return f"{name!r} is larger than {_size(max_bytes)}"
    if info.compress_size and info.file_size / info.compress_size > max_ratio:
        return f"{name!r} is compressed more than {max_ratio}:1 (zip bomb?)"
    return None


def unreadable_problem(info: zipfile.ZipInfo) -> str | None:
    """Why ``info`` cannot be read at all (encrypted, an unknown compression method), in words
    for the message; None when it can be tried."""
    if info.flag_bits & 0x1:
        return f"{info.filename!r} is encrypted (protected by a password)"
    if info.compress_type not in READABLE_METHODS:
        return (
            f"{info.filename!r} uses compression method {info.compress_type}, "
            "which this app cannot read"
        )
    return None


def read_problem(name: str, exc: BaseException) -> str:
    """``exc`` (one of READ_ERRORS, raised reading entry ``name``) in words for the message."""
    if isinstance(exc, NotImplementedError):
        return f"{name!r} uses a zip feature this app cannot read ({exc})"
    if isinstance(exc, RuntimeError) and "password" in str(exc):
        return f"{name!r} is encrypted (protected by a password)"
    return f"{name!r} is damaged ({exc or type(exc).__name__})"


def read_capped(z: zipfile.ZipFile, name: str, max_bytes: int) -> bytes | None:
    """The entry's bytes, or None when there are more than ``max_bytes`` (the header may lie)."""
    with z.open(name) as f:
        data = f.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"
