"""One call that returns the content in the script the learner reads, cached."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.common.gc_pause import paused_gc
from app.common.script import SIMPLIFIED
from app.course.cache import content_digest, load_cached, store_cached
from app.course.model import ContentBundle
from app.course.script import convert_bundle
from app.tasks import NO_PROGRESS, Progress


def load_library(
    content_root: Path,
    assets: Path,
    script: str = SIMPLIFIED,
    cache_dir: Path | None = None,
    progress: Progress = NO_PROGRESS,
    layer: Path | None = None,
) -> ContentBundle:
    """The bundle from the cache, else parsed (reporting each file read to ``progress``;
    with a ``cache_dir``, only the files whose text is new are parsed again). ``layer``: an
    organisation layer to add over the course (app.course.layer). The cycle collector is
    paused meanwhile: what is built here holds no cycles (app.common.gc_pause)."""
    with paused_gc():
        return _load(content_root, assets, script, cache_dir, progress, layer)


def _load(content_root: Path, assets: Path, script: str, cache_dir: Path | None,
          progress: Progress, layer: Path | None) -> ContentBundle:  # fmt: skip
    digest = content_digest(content_root, assets, cache_dir, layer)
    cached = load_cached(cache_dir, digest, script)
    if cached is not None:
        return cached
    base = load_cached(cache_dir, digest, SIMPLIFIED)
    if base is None:
        from app.course.loader import load_content  # YAML + pydantic: only on a cache miss

        parses = cache_dir / "parsed" if cache_dir is not None else None
        base = replace(load_content(content_root, assets, progress, parses, layer), digest=digest)
        store_cached(cache_dir, base)
    if script == SIMPLIFIED:
        return base
    converted = convert_bundle(base, script)
    store_cached(cache_dir, converted)
    return converted
