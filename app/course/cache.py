"""Cache loaded (and script-converted) content on disk, keyed by a hash of the files.

Parsing Markdown and validating with pydantic costs more than a start-up can afford, and
content only changes when a pack is installed. The key covers every file's bytes, the asset
names (missing images are problems) and the app version, so a stale cache is never used.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from pathlib import Path

from app import __version__
from app.course.model import ContentBundle

log = logging.getLogger(__name__)
CACHE_FORMAT = 10  # bump when the pickled classes change (10: classes moved to kind packages)


def content_digest(content_root: Path, assets: Path) -> str:
    h = hashlib.sha256(f"{__version__}/{CACHE_FORMAT}".encode())
    for path in sorted(p for p in content_root.rglob("*") if p.is_file()):
        h.update(path.relative_to(content_root).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    images = assets / "images"
    if images.is_dir():
        for path in sorted(images.rglob("*")):
            h.update(path.relative_to(assets).as_posix().encode() + b"\0")
    return h.hexdigest()


def load_cached(cache_dir: Path | None, digest: str, script: str) -> ContentBundle | None:
    if cache_dir is None:
        return None
    path = cache_dir / f"content-{digest[:24]}-{script}.pickle"
    try:
        with path.open("rb") as f:
            bundle = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a damaged cache is only a slower start
        log.warning("ignoring unreadable content cache %s: %s", path, exc)
        return None
    return bundle if isinstance(bundle, ContentBundle) and bundle.digest == digest else None


def store_cached(cache_dir: Path | None, bundle: ContentBundle) -> None:
    if cache_dir is None:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for old in cache_dir.glob(f"content-*-{bundle.script}.pickle"):
            old.unlink(missing_ok=True)
        path = cache_dir / f"content-{bundle.digest[:24]}-{bundle.script}.pickle"
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as f:
            pickle.dump(bundle, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not write content cache: %s", exc)
