"""Course packs: a trainer installs an updated or additional course as one zip.

A pack holds ``manifest.json`` (id, version, minimum app version, title, and the SHA-256 of
every file) and the course under ``content/``. Everything is checked before anything is
written — the archive itself (paths, symlinks, sizes, compression ratio), the manifest, every
checksum, then the course with the same checks as ``content check``.

Only then does the pack become the active course, in steps that a kill -9 or a power cut can
stop anywhere: the pack is unpacked into ``.staging-*``, renamed to its own ``course-*``
folder once complete, and the file ``active`` (written to a temporary file, then
``os.replace``d) is switched to name it — the one step that changes the course. The previous
course is archived last (never deleted, so removed lessons stay readable). At the next start
``active_content_root`` removes what an interrupted install left and archives course folders
that are not active. An install holds ``install.lock`` (released by the system when the
process dies), and the tidying is skipped while another process holds it.

Progress is keyed by stable ids, so a learner's progress on unchanged items carries over.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import stat
import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from app import __version__
from app.common.ziplimits import (
    MAX_RATIO,
    READ_ERRORS,
    entry_problem,
    read_problem,
    unreadable_problem,
)

log = logging.getLogger(__name__)
MAX_PACK_BYTES = 100 * 1024 * 1024
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 5000
PACK_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,62}$"
VERSION_PATTERN = r"^[0-9]{1,9}(\.[0-9]{1,9}){0,3}$"  # ASCII digits, a few of them
_ID = re.compile(PACK_ID_PATTERN)
_VERSION = re.compile(VERSION_PATTERN)
_FOLDER = re.compile(r"^course-[0-9a-f]{32}$")  # an installed course; "current" before pointers
_POINTER = "active"


class PackRefused(ValueError):
    """The pack cannot be installed; the message says why (and which file)."""


@dataclass(frozen=True)
class Manifest:
    id: str
    version: str
    min_app_version: str
    title: str
    files: dict[str, str]  # path inside the zip -> sha256
    kind: str = "course"  # or "layer": an organisation layer (app.course.layer_pack)
    changelog: tuple[dict[str, str], ...] = ()  # a layer's [{version, date, note}]


# what each kind of pack holds: its folder inside the zip and the file it must have
PACK_KINDS = {"course": ("content", "content/course.yaml"),
              "layer": ("organisation", "organisation/layer.yaml")}  # fmt: skip
MAX_CHANGELOG = 1000


@dataclass(frozen=True)
class InstallReport:
    manifest: Manifest
    added: list[str]
    changed: list[str]
    removed: list[str]  # kept in the archived previous course
    archived_to: Path | None


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split("."))


def packs_root(data_root: Path) -> Path:
    return Path(data_root) / "content-packs"


def active_content_root(data_root: Path) -> Path | None:
    """The installed course, if a pack has been installed (else the bundled one is used).
    Called at start: first tidies what an interrupted install left behind."""
    root = packs_root(data_root)
    if not root.is_dir():
        return None
    tidy(root)
    folder = _active_folder(root)
    return folder / "content" if folder is not None else None


def _active_folder(root: Path) -> Path | None:
    """The folder (content/ and manifest.json) the pointer names, or the folder installs
    used before there was a pointer."""
    try:
        name = (root / _POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        name = "current"
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("cannot read the active course pointer: %s", exc)
        return None
    if name != "current" and not _FOLDER.match(name):
        log.warning("ignoring a course pointer to %r", name)
        return None
    folder = root / name
    return folder if (folder / "content" / "course.yaml").is_file() else None


def tidy(root: Path) -> None:
    """Remove unpacked leftovers and archive course folders that are not active (an install
    killed between switching the pointer and archiving). Skipped during an install."""
    with _install_lock(root) as locked:
        if not locked:
            return
        active = _active_folder(root)
        for path in root.iterdir():
            try:
                if path.name.startswith(".staging-") and path.is_dir():
                    shutil.rmtree(path)
                elif path.name.startswith(".active-") and path.is_file():
                    path.unlink()
                elif _is_course_folder(path) and path != active:
                    _archive(root, path)
            except OSError as exc:
                log.warning("could not tidy %s: %s", path, exc)


def _is_course_folder(path: Path) -> bool:
    return (path.name == "current" or bool(_FOLDER.match(path.name))) and path.is_dir()


class _install_lock:
    """An exclusive lock on ``install.lock`` that the system drops when the process dies, so
    a killed install never blocks the next one. ``as`` gives whether it was taken."""

    def __init__(self, root: Path) -> None:
        self.path = root / "install.lock"
        self.fd: int | None = None

    def __enter__(self) -> bool:
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(self.fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            if self.fd is not None:
                os.close(self.fd)
                self.fd = None
            return False
        return True

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing releases the lock
            self.fd = None


def _write_pointer(root: Path, name: str) -> None:
    """Switch the active course in one step: a reader sees the old name or the new one."""
    tmp = root / f".active-{uuid.uuid4().hex[:8]}"
    with tmp.open("w", encoding="utf-8") as f:
        f.write(name)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, root / _POINTER)


def _archive(root: Path, folder: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = root / "archive" / f"{stamp}-{_current_name(folder)}"
    target.parent.mkdir(parents=True, exist_ok=True)
    n = 1
    while target.exists():
        n += 1
        target = target.with_name(f"{stamp}-{_current_name(folder)}-{n}")
    folder.rename(target)
    return target


def _check_entry(info: zipfile.ZipInfo, pack: str) -> None:
    name = info.filename
    path = PurePosixPath(name)
    if (
        name.startswith(("/", "\\"))
        or "\\" in name
        or re.match(r"^[A-Za-z]:", name)
        or any(part == ".." for part in path.parts)
    ):
        raise PackRefused(f"{pack}: {name!r} points outside the pack (path traversal)")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise PackRefused(f"{pack}: {name!r} is a symbolic link; packs may hold only files")
    problem = entry_problem(info, MAX_FILE_BYTES, MAX_RATIO) or unreadable_problem(info)
    if problem:
        raise PackRefused(f"{pack}: {problem}")


def _open(path: Path, pack: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except READ_ERRORS as exc:
        raise PackRefused(f"{pack}: not a zip file ({exc or type(exc).__name__})") from None


def _read(z: zipfile.ZipFile, name: str, pack: str) -> bytes:
    """An entry's bytes; a damaged, encrypted or unreadable entry refuses the pack. (Sizes
    were checked on the headers first; zipfile stops at the size the header gives.)"""
    try:
        return z.read(name)
    except READ_ERRORS as exc:
        raise PackRefused(f"{pack}: {read_problem(name, exc)}") from None


def check_names(pack_id: object, version: object, min_app_version: object, where: str) -> None:
    """The id and versions a pack may have: one rule for install and for ``content pack``."""
    if not isinstance(pack_id, str) or not _ID.fullmatch(pack_id):
        raise PackRefused(
            f"{where} id {pack_id!r} is not a lowercase id (a-z, 0-9 and '-', 2 to 63 long)"
        )
    for key, value in (("version", version), ("min_app_version", min_app_version)):
        if not isinstance(value, str) or not _VERSION.fullmatch(value):
            raise PackRefused(f"{where} {key} {value!r} is not like 1.2.0")


def read_manifest(z: zipfile.ZipFile, pack: str) -> Manifest:
    try:
        raw = _read(z, "manifest.json", pack)
    except KeyError:
        raise PackRefused(f"{pack}: manifest.json is missing") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # not UTF-8, not JSON, too deep, huge numbers
        raise PackRefused(f"{pack}: manifest.json is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise PackRefused(f"{pack}: manifest.json must be an object")
    for key in ("id", "version", "min_app_version", "title", "files"):
        if key not in data:
            raise PackRefused(f"{pack}: manifest.json has no '{key}'")
    check_names(data["id"], data["version"], data["min_app_version"], f"{pack}: manifest")
    if not isinstance(data["title"], str):
        raise PackRefused(f"{pack}: manifest title must be text")
    try:
        data["title"].encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\ud800"), which JSON allows
        raise PackRefused(f"{pack}: manifest title is not valid text") from None
    files = data["files"]
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and re.fullmatch(r"[0-9a-f]{64}", v)
        for k, v in files.items()
    ):
        raise PackRefused(f"{pack}: manifest files must map each path to its sha256")
    kind = data.get("kind", "course")
    if kind not in PACK_KINDS:
        raise PackRefused(f"{pack}: manifest kind {kind!r} is not one of {', '.join(PACK_KINDS)}")
    changelog = data.get("changelog", [])
    if not isinstance(changelog, list) or len(changelog) > MAX_CHANGELOG or not all(
        isinstance(c, dict) and all(isinstance(k, str) and isinstance(v, str)
                                    for k, v in c.items()) for c in changelog
    ):  # fmt: skip
        raise PackRefused(f"{pack}: manifest changelog must be a list of {{version, date, note}}")
    return Manifest(data["id"], data["version"], data["min_app_version"], data["title"],
                    dict(files), kind, tuple(dict(c) for c in changelog))  # fmt: skip


def pack_kind(path: Path) -> str:
    """What a pack's manifest says it holds ("course" or "layer"), read without checking the
    rest; "course" when it cannot tell (the full check then says what is wrong)."""
    try:
        with zipfile.ZipFile(path) as z:
            return read_manifest(z, Path(path).name).kind
    except (PackRefused, OSError, *READ_ERRORS):
        return "course"


def inspect_pack(path: Path) -> Manifest:
    """Check a pack completely without writing anything. Raises PackRefused."""
    path = Path(path)
    pack = path.name
    if not path.is_file():
        raise PackRefused(f"{pack}: no such file")
    if path.stat().st_size > MAX_PACK_BYTES:
        raise PackRefused(f"{pack}: larger than 100 MB")
    with _open(path, pack) as z:
        infos = z.infolist()
        if len(infos) > MAX_ENTRIES:
            raise PackRefused(f"{pack}: more than {MAX_ENTRIES} entries")
        for info in infos:
            _check_entry(info, pack)
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise PackRefused(f"{pack}: more than 200 MB once unpacked")
        manifest = read_manifest(z, pack)
        if version_tuple(manifest.min_app_version) > version_tuple(__version__):
            raise PackRefused(
                f"{pack}: needs app version {manifest.min_app_version} or later "
                f"(this is {__version__})"
            )
        files = {i.filename for i in infos if not i.is_dir()} - {"manifest.json"}
        if not files:
            raise PackRefused(f"{pack}: holds no course files")
        folder, required = PACK_KINDS[manifest.kind]
        outside = sorted(f for f in files if not f.startswith(folder + "/"))
        if outside:
            raise PackRefused(f"{pack}: {outside[0]!r} is not under {folder}/")
        unlisted = sorted(files - set(manifest.files))
        if unlisted:
            raise PackRefused(f"{pack}: {unlisted[0]!r} is not listed in the manifest")
        missing = sorted(set(manifest.files) - files)
        if missing:
            raise PackRefused(f"{pack}: the manifest lists {missing[0]!r}, which is not there")
        for name in sorted(files):
            _checked(_read(z, name, pack), name, manifest, pack)
        if required not in files:
            raise PackRefused(f"{pack}: {required} is missing")
    return manifest


def _checked(data: bytes, name: str, manifest: Manifest, pack: str) -> bytes:
    if hashlib.sha256(data).hexdigest() != manifest.files[name]:
        raise PackRefused(f"{pack}: {name!r} does not match its checksum")
    return data


def _ids(bundle) -> set[str]:
    return (
        {f"lesson:{k}" for k in bundle.lessons}
        | {f"case:{k}" for k in bundle.cases}
        | {f"question:{q.id}" for q in bundle.questions}
        | {f"scenario:{k}" for k in bundle.scenarios}
    )


def _digests(bundle) -> dict[str, int]:
    out = {f"lesson:{k}": hash((v.title, tuple(s.markdown for s in v.sections)))
           for k, v in bundle.lessons.items()}  # fmt: skip
    out.update({f"case:{k}": hash(tuple(s.markdown for s in v.sections))
                for k, v in bundle.cases.items()})  # fmt: skip
    out.update({f"question:{q.id}": hash((q.stem, q.explanation)) for q in bundle.questions})
    return out


def install_pack(path: Path, data_root: Path, bundled: Path, assets: Path) -> InstallReport:
    """Install a pack as the active course. Raises PackRefused; on any failure, or a kill at
    any moment, the course that was active stays active or the new one is, complete."""
    from app.course.loader import load_content

    manifest = inspect_pack(path)
    if manifest.kind != "course":
        raise PackRefused(f"{Path(path).name}: an organisation layer, not a course pack")
    root = packs_root(data_root)
    root.mkdir(parents=True, exist_ok=True)
    with _install_lock(root) as locked:
        if not locked:
            raise PackRefused(f"{Path(path).name}: another pack is being installed")
        return _install(path, manifest, root, bundled, assets, load_content)


def _install(path, manifest: Manifest, root: Path, bundled: Path, assets: Path,
             load_content) -> InstallReport:  # fmt: skip
    staging = root / f".staging-{uuid.uuid4().hex[:8]}"
    folder = root / f"course-{uuid.uuid4().hex}"
    switched = False
    try:
        pack = Path(path).name
        # Read a second time: checked again, so a pack changed since ``inspect_pack`` is
        # refused like any other, and never unpacked.
        with _open(path, pack) as z:
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
        new = load_content(staging / "content", assets)
        if new.problems:
            shown = "; ".join(str(p) for p in new.problems[:5])
            raise PackRefused(
                f"{Path(path).name}: the course has {len(new.problems)} problem(s): {shown}"
            )
        old_folder = _active_folder(root)
        old = load_content(old_folder / "content" if old_folder else bundled, assets)
        old_ids, new_ids = _ids(old), _ids(new)
        old_d, new_d = _digests(old), _digests(new)
        report_changed = sorted(i for i in old_ids & new_ids if old_d.get(i) != new_d.get(i))
        (staging / "manifest.json").write_text(
            json.dumps(manifest.__dict__, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        staging.rename(folder)  # complete, not yet active
        _write_pointer(root, folder.name)  # the switch
        switched = True
        archived = None
        if old_folder is not None:
            try:
                archived = _archive(root, old_folder)
            except OSError as exc:  # the new course is active; the next start retries
                log.warning("could not archive %s: %s", old_folder, exc)
        return InstallReport(manifest, sorted(new_ids - old_ids), report_changed,
                             sorted(old_ids - new_ids), archived)  # fmt: skip
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if not switched:
            shutil.rmtree(folder, ignore_errors=True)


def _current_name(current: Path) -> str:
    try:
        m = json.loads((current / "manifest.json").read_text(encoding="utf-8"))
        return f"{m['id']}-{m['version']}"
    except (OSError, ValueError, KeyError):
        return "previous"


def build_pack(content: Path, out: Path, *, pack_id: str, version: str, title: str,
               min_app_version: str = "0.1.0", kind: str = "course",
               changelog: list[dict[str, str]] | None = None) -> Path:  # fmt: skip
    """Zip a content folder (or, ``kind="layer"``, an organisation layer without its drafts)
    as a pack with its manifest (for trainers and tests). Raises PackRefused for what install
    would refuse, and for symbolic links: packing one would put whatever it points to (say
    /etc/passwd) into a file handed to others."""
    content = Path(content)
    check_names(pack_id, version, min_app_version, "pack")
    folder, _required = PACK_KINDS[kind]
    paths = _content_files(content, skip=("drafts",) if kind == "layer" else ())
    files = {}
    tmp = Path(out).with_name(f".{Path(out).name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            for f in paths:
                name = f"{folder}/" + f.relative_to(content).as_posix()
                data = f.read_bytes()
                files[name] = hashlib.sha256(data).hexdigest()
                z.writestr(name, data)
            manifest = {"id": pack_id, "version": version, "min_app_version": min_app_version,
                        "title": title, "files": files}  # fmt: skip
            if kind != "course":
                manifest.update(kind=kind, changelog=list(changelog or []))
            z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        os.replace(tmp, out)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return Path(out)


def _content_files(content: Path, skip: tuple[str, ...] = ()) -> list[Path]:
    """Every regular file under ``content`` (but the top-level folders in ``skip``), refusing
    symbolic links (to files or folders) and anything else that is not a plain file or folder
    inside it."""
    found = []
    for top, dirs, names in os.walk(content):
        if Path(top) == content:
            dirs[:] = [d for d in dirs if d not in skip]
        for name in sorted(dirs) + sorted(names):
            path = Path(top) / name
            shown = path.relative_to(content).as_posix()
            if path.is_symlink():
                raise PackRefused(
                    f"{shown} is a symbolic link; a pack may hold only files inside {content}"
                )
            if name in names:
                if not path.is_file():
                    raise PackRefused(f"{shown} is not a regular file")
                found.append(path)
    resolved = content.resolve()
    for path in found:
        if not path.resolve().is_relative_to(resolved):
            raise PackRefused(f"{path} is outside {content}")
    return sorted(found)
