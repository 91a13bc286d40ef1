"""Crafted files: what someone could hand the app as a pack, a learner file, a cohort export, a
question bank, or plant in its data folder. Each builder takes a valid file the app itself
made and returns named variants of it; a fixed seed makes every run the same corpus."""

from __future__ import annotations

import io
import json
import random
import sqlite3
import struct
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

DEEP = 100_000  # nesting far beyond any parser's recursion limit
HTML = [
    '<img src="/dev/zero">',
    '<img src="file:///dev/zero">',
    '<img src="http://127.0.0.1:9/x.png">',
    '<a href="javascript:alert(1)">x</a>',
    "<script>alert(1)</script><style>*{font-size:900px}</style>",
    "=cmd|' /C calc'!A0",
]


def deep_json(kind: str = "[") -> bytes:
    close = {"[": "]", "{": "}"}[kind]
    inner = '{"a":' * DEEP + "1" + "}" * DEEP if kind == "{" else kind * DEEP + close * DEEP
    return inner.encode()


def byte_flips(data: bytes, count: int, seed: int, flips: int = 3) -> Iterator[tuple[str, bytes]]:
    rng = random.Random(seed)
    for i in range(count):
        mutant = bytearray(data)
        for _ in range(flips):
            mutant[rng.randrange(len(mutant))] ^= 1 << rng.randrange(8)
        yield f"flip-{i}", bytes(mutant)


def _patch_headers(data: bytes, *, flag: int | None = None, method: int | None = None) -> bytes:
    """Change the flag bits or the compression method in every local and central header."""
    out = bytearray(data)
    for sig, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        at = out.find(sig)
        while at != -1:
            if flag is not None:
                old = struct.unpack_from("<H", out, at + flag_at)[0]
                struct.pack_into("<H", out, at + flag_at, old | flag)
            if method is not None:
                struct.pack_into("<H", out, at + method_at, method)
            at = out.find(sig, at + 4)
    return bytes(out)


def _bad_crc(data: bytes) -> bytes:
    """Flip a byte inside the first entry's compressed data (the headers stay valid)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    info = z.infolist()[0]
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    out[start + info.compress_size // 2] ^= 0xFF
    return bytes(out)


def zip_of(entries: dict[str, bytes | str], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def zip_variants(valid: bytes, seed: int, flips: int = 12) -> Iterator[tuple[str, bytes]]:
    """The archive itself broken: not a zip, cut short, encrypted, an unknown compression,
    a bad checksum, random damage."""
    yield "empty", b""
    yield "text", "这不是压缩包".encode()
    yield "truncated-half", valid[: len(valid) // 2]
    yield "truncated-tail", valid[:-7]
    yield "encrypted", _patch_headers(valid, flag=0x1)
    yield "unknown-compression", _patch_headers(valid, method=99)
    yield "lzma-claimed", _patch_headers(valid, method=14)
    yield "bad-crc", _bad_crc(valid)
    yield from byte_flips(valid, flips, seed)


def entry_variants(entries: dict[str, bytes], name: str) -> Iterator[tuple[str, bytes]]:
    """One entry of a valid archive replaced by hostile content, the rest left intact."""

    def with_entry(data: bytes | str) -> bytes:
        return zip_of({**entries, name: data})

    yield f"{name}:deep-list", with_entry(deep_json("["))
    yield f"{name}:deep-object", with_entry(deep_json("{"))
    yield (
        f"{name}:utf16-no-bom",
        with_entry(entries[name].decode("utf-8", "replace").encode("utf-16-le")),
    )
    yield f"{name}:binary", with_entry(bytes(range(256)) * 64)
    yield f"{name}:empty", with_entry(b"")
    for value in ([], 3, None, "x", {"a": []}):
        yield f"{name}:json-{type(value).__name__}", with_entry(json.dumps(value))
    if name.endswith(".json"):
        yield from (
            (f"{name}:{label}", with_entry(json.dumps(doc, ensure_ascii=False)))
            for label, doc in json_type_swaps(json.loads(entries[name]))
        )


def json_type_swaps(doc, limit: int = 60) -> Iterator[tuple[str, object]]:
    """The document with one value at a time replaced by a value of another type (or hostile
    text): what a hand-edited or crafted file holds where the app expects its own."""
    swaps = [None, 7, -1e308, "x" * 5000, [], {}, [{"a": 1}], HTML[0], True]
    paths = list(_paths(doc))[:limit]
    for path in paths:
        for n, value in enumerate(swaps):
            yield f"{'/'.join(map(str, path))}={n}", _replace(doc, path, value)


def _paths(doc, prefix=()):
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield (*prefix, k)
            yield from _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:3]):
            yield (*prefix, i)
            yield from _paths(v, (*prefix, i))


def _replace(doc, path, value):
    if not path:
        return value
    head, *rest = path
    if isinstance(doc, dict):
        return {**doc, head: _replace(doc[head], rest, value)}
    copy = list(doc)
    copy[head] = _replace(doc[head], rest, value)
    return copy


def text_variants(valid: bytes, seed: int, flips: int = 8) -> Iterator[tuple[str, bytes]]:
    """A text file (a question bank) broken: encodings, size, nesting, markup, random damage."""
    text = valid.decode("utf-8")
    yield "empty", b""
    yield "utf16-bom", b"\xff\xfe" + text.encode("utf-16-le")
    yield "utf16-no-bom", text.encode("utf-16-le")
    yield "binary", bytes(range(256)) * 64
    yield "truncated", valid[: len(valid) // 3]
    yield "one-long-line", b"::q::" + b"x" * 2_000_000 + b"{=a ~b}"
    yield "many-braces", b"{" * 200_000
    yield "deep-xml", b"<quiz>" + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</quiz>"
    yield (
        "entities",
        (
            b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
            b'<quiz><question type="truefalse"><name><text>&c;</text></name></question></quiz>'
        ),
    )
    yield "html", "\n\n".join(f"::{h}::{h}{{T}}" for h in HTML).encode()
    yield from byte_flips(valid, flips, seed, flips=6)


def sqlite_variants(valid: Path) -> Iterator[tuple[str, bytes]]:
    """A progress database crafted or damaged: triggers and views, wrong types in every
    column, a newer schema, garbage, cut short."""
    raw = valid.read_bytes()
    yield "garbage", b"SQLite format 3\x00" + bytes(range(256)) * 32
    yield "truncated", raw[: len(raw) // 2]
    yield "header-only", raw[:100]
    scripts = {
        "trigger": "CREATE TRIGGER t AFTER INSERT ON answer BEGIN DELETE FROM answer; END;",
        "views-for-tables": "DROP TABLE note; CREATE VIEW note AS SELECT 1 AS id;",
        "newer": "UPDATE alembic_version SET version_num = '9999_future';",
        "no-version": "DROP TABLE alembic_version;",
        "wrong-types": _wrong_types_script(),
        "huge-text": "INSERT INTO note (kind, ref, section, text, created_at, updated_at) VALUES "
        "('lesson', 'x', 1, printf('%.*c', 3000000, 'x'), '2026-01-01', '2026-01-01');",
        "html": "INSERT INTO note (kind, ref, section, text, created_at, updated_at) VALUES "
        + ", ".join(f"('lesson', 'what-is-a-complaint', 1, '{h.replace(chr(39), chr(39) * 2)}',"
                    " '2026-01-01', '2026-01-01')" for h in HTML)
        + ";",
    }  # fmt: skip
    for label, script in scripts.items():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "p.db"
            path.write_bytes(raw)
            con = sqlite3.connect(path)
            con.executescript(script)
            con.commit()
            con.close()
            yield label, path.read_bytes()


def _wrong_types_script() -> str:
    """A row in every table whose every column holds a value of the wrong kind."""
    from app.progress.schema import Base

    lines = []
    for table in Base.metadata.sorted_tables:
        for bad in ("X'FF00FE'", "'not a value'", "-1e999", "zeroblob(4)"):
            cols = [
                c.name for c in table.columns if not (c.primary_key and c.autoincrement is True)
            ]
            values = ", ".join(
                bad if i % 2 == 0 else ("'x'" if "id" in c else "3") for i, c in enumerate(cols)
            )
            lines.append(
                f'INSERT OR IGNORE INTO "{table.name}" ({", ".join(cols)}) VALUES ({values});'
            )
    return "\n".join(lines)
