"""Cache loaded (and script-converted) content on disk, keyed by a hash of the files.

Parsing Markdown and validating with pydantic costs more than a start-up can afford, and
content only changes when a pack is installed. The key covers every file's bytes, the asset
names (missing images are problems) and the app version, so a stale cache is never used.

The cache is msgpack decoded by msgspec against the bundle's type hints, not a pickle: it sits
in the data folder, which anyone holding a shared portable copy can write, and loading a
pickle runs whatever code it names. msgspec builds only the types the hints name, refuses a
value of the wrong kind ("1" or true where a number belongs) or a missing field, and skips a
field the model does not have; a file that does not fit is ignored. It encodes and decodes
in C: a 2,000-lesson course is written in a tenth of a second instead of 1.4 s, and read in
about 0.15 s with the garbage collector paused (``paused_gc``: a million new objects that
hold no cycles would otherwise set off collections that scan them again and again). Lesson
bodies (the largest part, and read one lesson at a time) stay packed as bytes in the cache
and in memory until a lesson is opened: a start holds the course's titles, questions and
index, not 2,000 rendered pages it may never show (``on_damaged_body`` names a body that no
longer decodes).

Hashing every file costs a fifth of a second on such a course, more than the rest of a start
from the cache. The digest of a folder is therefore remembered against its files' names,
sizes and modification times (``digests.json``, as git's index does); a file changed in the
same instant the digest was taken (its time too recent to tell apart) is not remembered.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from dataclasses import replace
from pathlib import Path

from app import __version__
from app.common.gc_pause import paused_gc
from app.course.model import ContentBundle
from app.lessons.model import on_damaged_body

log = logging.getLogger(__name__)
CACHE_FORMAT = 22  # bump when the bundle or its conversion changes (22: lesson bodies packed)
MAX_CACHE_BYTES = 256 * 1024 * 1024  # bundled ~2 MB, 2,000 lessons + 20,000 questions ~52 MB


RECENT_NS = 3_000_000_000  # a file changed this recently may change again unseen (FAT: 2 s)
DIGESTS = "digests.json"


def content_digest(content_root: Path, assets: Path, cache_dir: Path | None = None,
                   layer: Path | None = None) -> str:  # fmt: skip
    """The hash of every content file's name and bytes and of the image names. With a
    ``cache_dir``, taken from ``digests.json`` when no file's name, size or time changed.
    ``layer``: an organisation layer loaded over the course; its files (images included,
    drafts not) and its folder's name (problems name its files) are part of the key."""
    files = _files(content_root)
    if layer is not None:
        from app.course.layer_folder import layer_files

        for path in layer_files(layer):  # after the course's files, named apart by the NUL
            rel = path.relative_to(layer).as_posix()
            files.append((f"\0{layer.name}/{rel}", str(path), path.stat()))
    names = [rel for rel, _path, _st in _files(assets / "images")]
    key = None
    if cache_dir is not None:
        key = _stamp(content_root, files, names)
        known = _digests(cache_dir).get(key)
        if known is not None:
            return known
    h = hashlib.sha256(f"{__version__}/{CACHE_FORMAT}".encode())
    for rel, path, _st in files:
        h.update(rel.encode() + b"\0")
        with open(path, "rb") as f:
            h.update(f.read())
    for rel in names:
        h.update(f"images/{rel}".encode() + b"\0")
    digest = h.hexdigest()
    newest = max((max(st.st_mtime_ns, st.st_ctime_ns) for _r, _p, st in files), default=0)
    if cache_dir is not None and newest < time.time_ns() - RECENT_NS:
        _remember(cache_dir, key, digest)
    return digest


def _files(root: Path) -> list[tuple[str, str, os.stat_result]]:
    """(path relative to ``root``, path, stat) of every file below it, by relative path.
    os.scandir, not pathlib: 3,400 files are listed and stat'ed in a hundredth of a second."""
    out: list[tuple[str, str, os.stat_result]] = []
    folders = [("", str(root))]
    while folders:
        prefix, folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            rel = prefix + entry.name
            if entry.is_dir():
                folders.append((rel + "/", entry.path))
            elif entry.is_file():
                out.append((rel, entry.path, entry.stat()))
    out.sort()
    return out


def _stamp(root: Path, files: list, names: list[str]) -> str:
    """A key of every file's place, size and times (and the image names)."""
    h = hashlib.sha256(f"{__version__}/{CACHE_FORMAT}/{root.resolve()}".encode())
    h.update("".join(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\n"
                     for rel, _path, st in files).encode())  # fmt: skip
    h.update("\n".join(names).encode())
    return h.hexdigest()


def _digests(cache_dir: Path) -> dict[str, str]:
    try:
        with (cache_dir / DIGESTS).open("rb") as f:
            data = json.loads(f.read(100_000))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def _remember(cache_dir: Path, key: str, digest: str) -> None:
    known = _digests(cache_dir)
    known = dict(list(known.items())[-7:])  # a few folders (course, packs, tests)
    known[key] = digest
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_dir / f"{DIGESTS}.{os.getpid()}-{threading.get_ident()}.tmp"
        tmp.write_text(json.dumps(known), "utf-8")
        os.replace(tmp, cache_dir / DIGESTS)
    except OSError as exc:
        log.warning("could not remember the content digest: %s", exc)


def _path(cache_dir: Path, digest: str, script: str) -> Path:
    return cache_dir / f"content-{digest[:24]}-{script}.msgpack"


def load_cached(cache_dir: Path | None, digest: str, script: str) -> ContentBundle | None:
    if cache_dir is None:
        return None
    path = _path(cache_dir, digest, script)
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_CACHE_BYTES + 1)
        if len(raw) > MAX_CACHE_BYTES:
            raise ValueError(f"larger than {MAX_CACHE_BYTES} bytes")
        with paused_gc():
            bundle = _decoder().decode(raw)
    except FileNotFoundError:
        return None
    except Exception as exc:  # damaged or crafted (RecursionError too): only a slower start
        log.warning("ignoring unreadable content cache %s: %s", path, exc)
        return None
    if bundle.digest != digest or bundle.script != script:
        return None
    _loaded.add(path)
    return bundle


# Cache files loaded by this process: a lesson body found damaged when it is first read
# (app.lessons.model) drops them, so that the next start parses the course again.
_loaded: set[Path] = set()


def _drop_loaded() -> None:
    for path in list(_loaded):
        path.unlink(missing_ok=True)
        _loaded.discard(path)


on_damaged_body.append(_drop_loaded)


def store_cached(cache_dir: Path | None, bundle: ContentBundle) -> None:
    if cache_dir is None:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for suffix in ("msgpack", "json", "pickle"):  # json, pickle: older formats' files
            for old in cache_dir.glob(f"content-*-{bundle.script}.{suffix}"):
                old.unlink(missing_ok=True)
        path = _path(cache_dir, bundle.digest, bundle.script)
        tmp = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")  # one a writer
        import msgspec

        lessons = {key: lesson.packed() for key, lesson in bundle.lessons.items()}
        tmp.write_bytes(msgspec.msgpack.encode(replace(bundle, lessons=lessons)))
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not write content cache: %s", exc)


_DECODER = None


def _decoder():
    """msgspec's decoder for the bundle (its type tree is built once)."""
    global _DECODER
    if _DECODER is None:
        import msgspec

        _DECODER = msgspec.msgpack.Decoder(ContentBundle)
    return _DECODER
