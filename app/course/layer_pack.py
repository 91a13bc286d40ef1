"""Publishing the organisation layer as a pack, and installing such a pack on another copy.

A layer pack is a course pack (app.course.packs: manifest, SHA-256 of every file, the same
archive checks) whose manifest says ``"kind": "layer"`` and carries the layer's version and
change log; its files sit under ``organisation/``. ``export_layer`` refuses a layer with
problems, so what is published always loads.

Installing replaces ``<data dir>/organisation`` with the same guarantees as a course pack:
everything is checked before anything is written (the archive, then the layer loaded over
the course this copy uses: a pack that does not load cleanly is refused, its problems named);
the pack is unpacked into ``layer-packs/.staging-*``; the swap is two renames (the old layer
into ``layer-packs/archive/``, the new one into place) recorded first in the journal
``layer-packs/pending``, so a kill between the two is finished (or undone) by
``recover_layer`` at the next start; and ``install.lock`` keeps two installs apart. The
previous layer stays in the archive, and ``rollback_layer`` brings it back. The receiving
copy's own drafts move into the new layer: a draft is never lost to an install.

Learners' progress is stored by item id, so an item whose id the new version keeps keeps
its progress.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.common.problems import Problem
from app.course.layer_folder import DRAFTS, LAYER_FILE, has_layer
from app.course.packs import (
    InstallReport,
    Manifest,
    PackRefused,
    _check_entry,
    _checked,
    _digests,
    _ids,
    _install_lock,
    _open,
    _read,
    build_pack,
    check_names,
    inspect_pack,
    version_tuple,
)

log = logging.getLogger(__name__)
LAYER_NAME = "organisation"
JOURNAL = "pending"
_ARCHIVE = re.compile(r"^[0-9]{8}-[0-9]{6}-[0-9]{6}-[a-z0-9.-]{1,80}$")
_STAGING = re.compile(r"^\.staging-[0-9a-f]{8}$")


class LayerProblems(PackRefused):
    """The layer does not load cleanly; ``problems`` are what is wrong, file and line."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message)
        self.problems = problems


def layer_packs_root(data_root: Path) -> Path:
    return Path(data_root) / "layer-packs"


def live_layer(data_root: Path) -> Path:
    return Path(data_root) / LAYER_NAME


def _problem_list(problems, limit: int = 5) -> str:
    shown = "; ".join(str(p) for p in problems[:limit])
    more = f"; and {len(problems) - limit} more" if len(problems) > limit else ""
    return shown + more


def next_version(version: str) -> str:
    """1.0 -> 1.1, 2.3.9 -> 2.3.10: the last number goes up by one."""
    parts = version.split(".")
    return ".".join([*parts[:-1], str(int(parts[-1]) + 1)])


@dataclass(frozen=True)
class Published:
    path: Path
    manifest: Manifest


def export_layer(layer: Path, out: Path, course_root: Path, assets: Path, *,
                 version: str | None = None, note: str | None = None,
                 today: date | None = None) -> Published:  # fmt: skip
    """Publish ``layer`` as a pack at ``out``. The version: ``version`` if given (it must be
    later than the one recorded), else the recorded one on a first publication, else the
    next one; it is written back to ``layer.yaml`` with a change-log line (``note``). Raises
    LayerProblems when the layer (over the course at ``course_root``) has problems, and
    PackRefused for a version that would not install."""
    import yaml

    from app.course.loader import load_content

    layer = Path(layer)
    bundle = load_content(course_root, assets, layer=layer)
    if bundle.problems:
        raise LayerProblems(
            f"the layer has {len(bundle.problems)} problem(s); nothing was published: "
            + _problem_list(list(bundle.problems)),
            list(bundle.problems),
        )
    info = bundle.layer
    assert info is not None
    raw = yaml.safe_load((layer / LAYER_FILE).read_text(encoding="utf-8-sig"))
    changelog = [dict(c) for c in raw.get("changelog") or []]
    published = {str(c.get("version")) for c in changelog}
    if version is None:
        version = info.version if info.version not in published else next_version(info.version)
    check_names(info.id, version, "0.1.0", "layer")
    if version in published or version_tuple(version) < version_tuple(info.version):
        raise PackRefused(f"version {version} is not later than {info.version}, the last one")
    changelog.append({"version": version, "date": (today or date.today()).isoformat(),
                      "note": note or "发布"})  # fmt: skip
    raw["version"] = version
    raw["changelog"] = changelog
    text = yaml.safe_dump(raw, allow_unicode=True, sort_keys=False, default_flow_style=False)
    before = (layer / LAYER_FILE).read_text(encoding="utf-8-sig")
    _write_atomically(layer / LAYER_FILE, text)  # the pack carries the version it is
    entries = [{k: str(v) for k, v in c.items()} for c in changelog]
    try:
        path = build_pack(layer, Path(out), pack_id=info.id, version=version, title=info.title,
                          kind="layer", changelog=entries)  # fmt: skip
        return Published(path, inspect_pack(path))
    except BaseException:
        _write_atomically(layer / LAYER_FILE, before)  # not published: not recorded either
        raise


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def install_layer_pack(path: Path, data_root: Path, course_root: Path,
                       assets: Path) -> InstallReport:  # fmt: skip
    """Install a layer pack as ``<data_root>/organisation``. Raises PackRefused (or
    LayerProblems); on any failure, or a kill at any moment, the layer that was there stays,
    or the new one is there, complete."""
    path = Path(path)
    manifest = inspect_pack(path)
    if manifest.kind != "layer":
        raise PackRefused(f"{path.name}: a course pack, not an organisation layer")
    root = layer_packs_root(data_root)
    root.mkdir(parents=True, exist_ok=True)
    with _install_lock(root) as locked:
        if not locked:
            raise PackRefused(f"{path.name}: another layer is being installed")
        _recover(data_root)
        return _install(path, manifest, Path(data_root), Path(course_root), Path(assets))


def _install(path: Path, manifest: Manifest, data_root: Path, course_root: Path,
             assets: Path) -> InstallReport:  # fmt: skip
    from app.course.loader import load_content

    root = layer_packs_root(data_root)
    staging = root / f".staging-{uuid.uuid4().hex[:8]}"
    pack = path.name
    journaled = False
    try:
        with _open(path, pack) as z:  # read again: a pack changed since inspect is refused
            for name in manifest.files:
                try:
                    info = z.getinfo(name)
                except KeyError:
                    raise PackRefused(f"{pack}: {name!r} is no longer in the pack") from None
                _check_entry(info, pack)
                data = _checked(_read(z, name, pack), name, manifest, pack)
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        new_layer = staging / LAYER_NAME
        if (new_layer / DRAFTS).exists():
            raise PackRefused(f"{pack}: holds drafts, which are never published")
        new = load_content(course_root, assets, layer=new_layer)
        if new.problems:
            raise LayerProblems(
                f"{pack}: the layer has {len(new.problems)} problem(s) over this copy's "
                "course: " + _problem_list(list(new.problems)),
                list(new.problems),
            )
        live = live_layer(data_root)
        old = load_content(course_root, assets, layer=live if has_layer(live) else None)
        old_ids, new_ids = _ids(old), _ids(new)
        old_d, new_d = _digests(old), _digests(new)
        changed = sorted(i for i in old_ids & new_ids if old_d.get(i) != new_d.get(i))
        if (live / DRAFTS).is_dir():  # this copy's unfinished work moves with it
            shutil.copytree(live / DRAFTS, new_layer / DRAFTS)
        archived = None
        if live.exists():
            archived = root / "archive" / _archive_name(live)
        _write_journal(root, staging.name, archived.name if archived else "")
        journaled = True
        _swap(live, archived, new_layer)
        (root / JOURNAL).unlink()
        return InstallReport(manifest, sorted(new_ids - old_ids), changed,
                             sorted(old_ids - new_ids), archived)  # fmt: skip
    finally:
        if journaled and (root / JOURNAL).exists():
            _recover(data_root)  # a failed rename: finish or undo it now
        shutil.rmtree(staging, ignore_errors=True)


def _swap(live: Path, archived: Path | None, new_layer: Path) -> None:
    """The two renames; the journal written before them lets a later start finish them."""
    if archived is not None:
        archived.mkdir(parents=True)
        live.rename(archived / LAYER_NAME)
    new_layer.rename(live)


def _archive_name(layer: Path) -> str:
    import yaml

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    try:
        raw = yaml.safe_load((layer / LAYER_FILE).read_text(encoding="utf-8-sig"))
        label = f"{raw['id']}-{raw['version']}"
    except Exception:  # a broken layer.yaml names nothing; the layer is archived all the same
        label = "previous"
    label = re.sub(r"[^a-z0-9.-]", "-", str(label).lower())[:80] or "previous"
    return f"{stamp}-{label}"


def _write_journal(root: Path, new: str, archive: str) -> None:
    tmp = root / f".{JOURNAL}-{uuid.uuid4().hex[:8]}"
    with tmp.open("w", encoding="utf-8") as f:
        json.dump({"new": new, "archive": archive}, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, root / JOURNAL)


def recover_layer(data_root: Path) -> None:
    """Finish or undo a layer install (or rollback) that a kill interrupted, and remove what
    it left. Called at start when ``layer-packs/pending`` exists; skipped during an install."""
    root = layer_packs_root(data_root)
    if not root.is_dir():
        return
    with _install_lock(root) as locked:
        if locked:
            _recover(Path(data_root))


def _recover(data_root: Path) -> None:
    root = layer_packs_root(data_root)
    journal = root / JOURNAL
    if journal.is_file():
        try:
            entry = json.loads(journal.read_text(encoding="utf-8"))
            new, archive = entry["new"], entry["archive"]
            if not (_STAGING.match(new) or _ARCHIVE.match(new.removeprefix("archive/"))):
                raise ValueError(f"not a staging folder: {new!r}")
            if archive and not _ARCHIVE.match(archive):
                raise ValueError(f"not an archive name: {archive!r}")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring an unreadable layer journal: %s", exc)
            journal.unlink(missing_ok=True)
        else:
            staged = root / new / LAYER_NAME
            live = live_layer(data_root)
            try:
                if staged.is_dir() and not live.exists():
                    staged.rename(live)  # the old layer is archived: finish the swap
                # else the swap never began (the old layer stays) or it completed
                journal.unlink()
            except OSError as exc:
                log.warning("could not finish the layer install: %s", exc)
    for leftover in root.glob(".staging-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in root.glob(f".{JOURNAL}-*"):
        leftover.unlink(missing_ok=True)


def archived_layers(data_root: Path) -> list[Path]:
    """Earlier layers, newest first."""
    folder = layer_packs_root(data_root) / "archive"
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _ARCHIVE.match(p.name) and (p / LAYER_NAME).is_dir()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def rollback_layer(data_root: Path) -> Path:
    """Bring back the newest archived layer (archiving the current one, so a rollback can be
    undone the same way). Returns the archive that was restored. Raises PackRefused."""
    data_root = Path(data_root)
    root = layer_packs_root(data_root)
    root.mkdir(parents=True, exist_ok=True)
    with _install_lock(root) as locked:
        if not locked:
            raise PackRefused("a layer is being installed; try again when it is done")
        _recover(data_root)
        earlier = archived_layers(data_root)
        if not earlier:
            raise PackRefused("there is no earlier layer to go back to")
        restored = earlier[0]
        live = live_layer(data_root)
        archived = root / "archive" / _archive_name(live) if live.exists() else None
        _write_journal(root, f"archive/{restored.name}", archived.name if archived else "")
        try:
            _swap(live, archived, restored / LAYER_NAME)
            (root / JOURNAL).unlink()
        finally:
            if (root / JOURNAL).exists():
                _recover(data_root)
        shutil.rmtree(restored, ignore_errors=True)  # now empty: its layer is live again
        return restored
