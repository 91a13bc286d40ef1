"""Reading an untrusted import file: a size limit, and only encodings we can tell apart.

A byte-order mark decides: UTF-8, UTF-16 LE or BE (Windows Notepad's "Unicode"). UTF-16
without one cannot be told from binary data, so it is refused with a hint. Without a mark,
UTF-8 is tried first, then GB18030 (a superset of GBK), then
windows-1252. GB18030 decodes most byte strings, but not Western text with accents followed by
ASCII, which is where windows-1252 files fail it; whatever fails all three is refused.
"""

from __future__ import annotations

import codecs
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
ENCODINGS = ("utf-8-sig", "gb18030", "cp1252")
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class ImportRefused(ValueError):
    """The whole file is refused; the message says why, for the person importing it."""


def read_untrusted(path: Path, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """(text, encoding used)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused(f"{path}: cannot be read ({exc.strerror})") from None
    if size > max_bytes:
        raise ImportRefused(f"{path}: {size} bytes is over the limit of {max_bytes} bytes")
    data = path.read_bytes()
    return decode_bytes(data, str(path))


def decode_bytes(data: bytes, name: str = "file") -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            plain = encoding.removesuffix("-sig")
            try:
                text = data[len(bom) :].decode(plain)
            except UnicodeDecodeError:
                raise ImportRefused(
                    f"{name}: marked as {plain.upper()} but is not valid {plain.upper()}; "
                    "save it as UTF-8 and try again"
                ) from None
            if "\x00" in text:
                raise ImportRefused(f"{name}: binary data (not a text file)")
            return text, encoding
    if b"\x00" in data:
        raise ImportRefused(
            f"{name}: binary data (not a text file), or UTF-16 without a byte-order mark; "
            "if it is text, save it as UTF-8 (or as UTF-16 with a byte-order mark)"
        )
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ImportRefused(
        f"{name}: the encoding is not UTF-8, GB18030/GBK or windows-1252; "
        "save it as UTF-8 and try again"
    )
