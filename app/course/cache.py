"""Cache loaded (and script-converted) content on disk, keyed by a hash of the files.

Parsing Markdown and validating with pydantic costs more than a start-up can afford, and
content only changes when a pack is installed. The key covers every file's bytes, the asset
names (missing images are problems) and the app version, so a stale cache is never used.

The cache is JSON decoded by msgspec against the bundle's type hints, not a pickle: it sits
in the data folder, which anyone holding a shared portable copy can write, and loading a
pickle runs whatever code it names. msgspec builds only the types the hints name, refuses a
value of the wrong kind ("1" or true where a number belongs) or a missing field, and skips a
field the model does not have; a file that does not fit is ignored. It encodes and decodes
in C: a 2,000-lesson course's 50 MB are written in a fifth of a second instead of 1.4 s.

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
import time
from pathlib import Path

from app import __version__
from app.course.model import ContentBundle

log = logging.getLogger(__name__)
CACHE_FORMAT = 18  # bump when the bundle or its conversion changes (18: msgspec)
MAX_CACHE_BYTES = 256 * 1024 * 1024  # bundled ~2 MB, 2,000 lessons + 20,000 questions ~52 MB


RECENT_NS = 3_000_000_000  # a file changed this recently may change again unseen (FAT: 2 s)
DIGESTS = "digests.json"


def content_digest(content_root: Path, assets: Path, cache_dir: Path | None = None) -> str:
    """The hash of every content file's name and bytes and of the image names. With a
    ``cache_dir``, taken from ``digests.json`` when no file's name, size or time changed."""
    files = sorted(p for p in content_root.rglob("*") if p.is_file())
    images = assets / "images"
    names = sorted(images.rglob("*")) if images.is_dir() else []
    stamp = key = None
    if cache_dir is not None:
        stamp, key = _stamp(content_root, files, names)
        known = _digests(cache_dir).get(key) if key else None
        if known is not None:
            return known
    h = hashlib.sha256(f"{__version__}/{CACHE_FORMAT}".encode())
    for path in files:
        h.update(path.relative_to(content_root).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    for path in names:
        h.update(path.relative_to(assets).as_posix().encode() + b"\0")
    digest = h.hexdigest()
    if cache_dir is not None and key and stamp is not None and stamp < time.time_ns() - RECENT_NS:
        _remember(cache_dir, key, digest)
    return digest


def _stamp(root: Path, files: list[Path], names: list[Path]) -> tuple[int | None, str | None]:
    """(the newest modification time, a key of every file's place, size and time)."""
    h = hashlib.sha256(f"{__version__}/{CACHE_FORMAT}/{root.resolve()}".encode())
    newest = 0
    try:
        for path in files:
            st = path.stat()
            newest = max(newest, st.st_mtime_ns, st.st_ctime_ns)
            h.update(f"{path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}"
                     f"\0{st.st_ctime_ns}\n".encode())  # fmt: skip
    except OSError:
        return None, None
    for path in names:
        h.update(f"{path.name}\n".encode())
    return newest, h.hexdigest()


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
        tmp = cache_dir / f"{DIGESTS}.tmp"
        tmp.write_text(json.dumps(known), "utf-8")
        os.replace(tmp, cache_dir / DIGESTS)
    except OSError as exc:
        log.warning("could not remember the content digest: %s", exc)


def _path(cache_dir: Path, digest: str, script: str) -> Path:
    return cache_dir / f"content-{digest[:24]}-{script}.json"


def load_cached(cache_dir: Path | None, digest: str, script: str) -> ContentBundle | None:
    if cache_dir is None:
        return None
    path = _path(cache_dir, digest, script)
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_CACHE_BYTES + 1)
        if len(raw) > MAX_CACHE_BYTES:
            raise ValueError(f"larger than {MAX_CACHE_BYTES} bytes")
        bundle = _decoder().decode(raw)
    except FileNotFoundError:
        return None
    except Exception as exc:  # damaged or crafted (RecursionError too): only a slower start
        log.warning("ignoring unreadable content cache %s: %s", path, exc)
        return None
    return bundle if bundle.digest == digest and bundle.script == script else None


def store_cached(cache_dir: Path | None, bundle: ContentBundle) -> None:
    if cache_dir is None:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for pattern in (f"content-*-{bundle.script}.json", f"content-*-{bundle.script}.pickle"):
            for old in cache_dir.glob(pattern):  # .pickle: left by versions before format 11
                old.unlink(missing_ok=True)
        path = _path(cache_dir, bundle.digest, bundle.script)
        tmp = path.with_suffix(".tmp")
        import msgspec

        tmp.write_bytes(msgspec.json.encode(bundle))
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not write content cache: %s", exc)


_DECODER = None


def _decoder():
    """msgspec's decoder for the bundle (its type tree is built once)."""
    global _DECODER
    if _DECODER is None:
        import msgspec

        _DECODER = msgspec.json.Decoder(ContentBundle)
    return _DECODER
