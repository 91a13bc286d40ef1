"""Cache loaded (and script-converted) content on disk, keyed by a hash of the files.

Parsing Markdown and validating with pydantic costs more than a start-up can afford, and
content only changes when a pack is installed. The key covers every file's bytes, the asset
names (missing images are problems) and the app version, so a stale cache is never used.

The cache is JSON decoded against the bundle's type hints (app.course.frozen_json), not a
pickle: it sits in the data folder, which anyone holding a shared portable copy can write,
and loading a pickle runs whatever code it names. A file that does not fit is ignored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from app import __version__
from app.course.frozen_json import decode, encode
from app.course.model import ContentBundle

log = logging.getLogger(__name__)
CACHE_FORMAT = 18  # bump when the bundle or its conversion changes (18: organisation layer)
MAX_CACHE_BYTES = 256 * 1024 * 1024  # bundled ~2 MB, 2,000 lessons + 20,000 questions ~52 MB


def content_digest(content_root: Path, assets: Path, layer: Path | None = None) -> str:
    """``layer``: an organisation layer loaded over the course; its files (images included,
    drafts not) are part of the key."""
    h = hashlib.sha256(f"{__version__}/{CACHE_FORMAT}".encode())
    for path in sorted(p for p in content_root.rglob("*") if p.is_file()):
        h.update(path.relative_to(content_root).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    images = assets / "images"
    if images.is_dir():
        for path in sorted(images.rglob("*")):
            h.update(path.relative_to(assets).as_posix().encode() + b"\0")
    if layer is not None:
        from app.course.layer_folder import layer_files

        h.update(b"\0layer\0" + layer.name.encode() + b"\0")  # problems name its files
        for path in layer_files(layer):
            h.update(path.relative_to(layer).as_posix().encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


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
        bundle = decode(ContentBundle, json.loads(raw))
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
        text = json.dumps(encode(bundle), ensure_ascii=False, separators=(",", ":"))
        tmp.write_bytes(text.encode("utf-8"))
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not write content cache: %s", exc)
