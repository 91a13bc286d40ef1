"""Moving a learner to another PC: the whole profile (name, PIN, every record) as one file.

The file is a zip with ``learner.json`` and a consistent snapshot of ``progress.db`` (SQLite's
backup API, so it can be taken while the learner is open). The file is data, never adopted:
importing reads the rows of the tables the app knows, checks each one, and copies the sound
ones into a new database made by the app's own migrations, so a planted trigger, view or
schema never runs here. A clashing id or name gets a new one; a newer app's file is refused.

A learner's PIN stays with them: the PIN fields are inside a seal (a SHA-256 over the profile
and the database) and also recorded in the database itself, so removing the PIN from
``learner.json`` is refused. Four digits are not a security boundary (see the README); this
keeps a casual edit from unlocking a colleague's profile, not a determined one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from app import __version__
from app.common.ziplimits import MAX_RATIO, entry_problem, read_capped
from app.progress.profiles import Profile, pin_fields_problem
from app.progress.rows import SKIP_SETTINGS, copy_rows, open_read_only

FORMAT = "complaint-academy-learner/2"
OLD_FORMATS = {"complaint-academy-learner/1"}  # before the seal: still accepted
MAX_DB_BYTES = 500 * 1024 * 1024
MAX_JSON_BYTES = 1024 * 1024  # a name, a date and a PIN hash: far less
DB_RATIO = 1000  # a database with many free pages packs very tightly; deflate stops near 1032:1
ENTRIES = {"learner.json", "progress.db"}
LOCK_KEY = next(iter(SKIP_SETTINGS))  # a setting row in the exported snapshot only
STAGING = ".staging-import-"


class TransferError(ValueError):
    pass


@dataclass(frozen=True)
class LearnerImport:
    profile: Profile
    left_out: dict[str, int] = field(default_factory=dict)  # table → damaged rows not copied


def export_learner(registry, profile_id: str, out: Path) -> Path:
    profile = registry.get(profile_id)
    if profile is None:
        raise TransferError(f"no learner {profile_id!r}")
    db = registry.paths.learner_dir(profile_id) / "progress.db"
    if not db.exists():
        raise TransferError(f"{profile.name} has no progress database yet")
    out = Path(out)
    with tempfile.TemporaryDirectory() as tmp:
        snap = Path(tmp) / "progress.db"
        src, dst = sqlite3.connect(db), sqlite3.connect(snap)
        try:
            src.backup(dst)
            lock = {"pin_salt": profile.pin_salt, "pin_hash": profile.pin_hash}
            with dst:
                dst.execute("DELETE FROM setting WHERE key = ?", (LOCK_KEY,))
                if profile.has_pin:
                    dst.execute("INSERT INTO setting VALUES (?, ?)", (LOCK_KEY, json.dumps(lock)))
            dst.execute("VACUUM")
        finally:
            dst.close()
            src.close()
        described = {
            "id": profile.id,
            "name": profile.name,
            "created_at": profile.created_at,
            "pin_salt": profile.pin_salt,
            "pin_hash": profile.pin_hash,
        }
        meta = {
            "format": FORMAT,
            "app_version": __version__,
            "profile": described,
            "seal": _seal(described, snap),
        }
        partial = out.with_name(f".{out.name}.tmp")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("learner.json", json.dumps(meta, ensure_ascii=False, indent=2))
            z.write(snap, "progress.db")
        partial.replace(out)
    return out


def _seal(profile: dict, db: Path) -> str:
    digest = hashlib.sha256()
    with db.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    text = json.dumps(profile, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode() + digest.digest()).hexdigest()


def import_learner(registry, file: Path) -> LearnerImport:
    """Add the learner in ``file`` (its id or name may differ); nothing is left half-added."""
    file = Path(file)
    _clear_stale_staging(registry.paths.root)
    try:
        z = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TransferError(f"{file.name}: not a learner file ({exc})") from None
    with z, tempfile.TemporaryDirectory() as tmp:
        try:
            p, meta, db = _unpack(z, file.name, Path(tmp))
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, EOFError) as exc:
            raise TransferError(f"{file.name}: cannot be read ({exc})") from None
        except _zlib_error() as exc:
            raise TransferError(f"{file.name}: damaged ({exc})") from None
        _check_pin(file.name, p, meta, db)
        if meta["format"] == FORMAT and meta.get("seal") != _seal(p, db):
            raise TransferError(
                f"{file.name}: the file was changed after it was exported (its seal does not "
                "match); export the learner again on the other PC"
            )
        return _add(registry, p, db, file.name)


def _zlib_error():
    import zlib

    return zlib.error


def _unpack(z: zipfile.ZipFile, label: str, tmp: Path) -> tuple[dict, dict, Path]:
    names = {i.filename for i in z.infolist()}
    if names != ENTRIES:
        raise TransferError(f"{label}: expected {sorted(ENTRIES)}, found {sorted(names)}")
    problem = entry_problem(z.getinfo("learner.json"), MAX_JSON_BYTES, MAX_RATIO) or (
        entry_problem(z.getinfo("progress.db"), MAX_DB_BYTES, DB_RATIO)
    )
    if problem:
        raise TransferError(f"{label}: {problem}")
    raw = read_capped(z, "learner.json", MAX_JSON_BYTES)
    if raw is None:
        raise TransferError(f"{label}: 'learner.json' is larger than its header says")
    try:
        meta = json.loads(raw.decode("utf-8"))
        p = meta["profile"]
        if meta.get("format") not in {FORMAT, *OLD_FORMATS} or not isinstance(p, dict):
            raise KeyError("format")
        if not isinstance(p.get("name"), str) or not p["name"].strip():
            raise KeyError("name")
    except (ValueError, KeyError, TypeError, RecursionError):
        raise TransferError(f"{label}: learner.json is not a learner description") from None
    db = tmp / "progress.db"
    with z.open("progress.db") as src, db.open("wb") as out:
        shutil.copyfileobj(src, out)  # in pieces: up to 500 MB never sits in memory
    return p, meta, db


def _check_pin(label: str, p: dict, meta: dict, db: Path) -> None:
    salt, digest = p.get("pin_salt"), p.get("pin_hash")
    if pin_fields_problem(salt, digest):
        raise TransferError(f"{label}: the learner's PIN fields are malformed; refused")
    try:
        con = open_read_only(db)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (LOCK_KEY,)).fetchone()
        finally:
            con.close()
        lock = json.loads(row[0]) if row else None
    except (sqlite3.DatabaseError, ValueError, TypeError):
        lock = None
    if (
        isinstance(lock, dict)
        and lock.get("pin_hash")
        and (lock.get("pin_hash") != digest or lock.get("pin_salt") != salt)
    ):
        raise TransferError(
            f"{label}: the learner's PIN was removed or changed in learner.json; refused"
        )


def _add(registry, p: dict, source: Path, label: str) -> LearnerImport:
    from app.progress.database import (
        KNOWN_REVISIONS,
        DatabaseUpgradeFailed,
        create_database,
        stored_revision,
    )

    try:
        revision = stored_revision(source)
        con = sqlite3.connect(source)
        ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
    except sqlite3.DatabaseError:
        ok, revision = False, None
    if not ok:
        raise TransferError(f"{label}: the progress database inside is damaged")
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise TransferError(
            f"{label}: made by a newer version of the app ({revision}); update this copy"
        )

    profile_id = p.get("id")
    if not isinstance(profile_id, str) or not re.fullmatch(r"[0-9a-zA-Z]{1,32}", profile_id):
        profile_id = uuid.uuid4().hex[:12]
    if registry.get(profile_id) is not None or registry.paths.learner_dir(profile_id).exists():
        profile_id = uuid.uuid4().hex[:12]
    name = " ".join(p["name"].split())[:40]
    taken = {q.name.casefold() for q in registry.profiles()}
    base, n = name, 2
    while name.casefold() in taken:
        name, n = f"{base} ({n})", n + 1
    created = p.get("created_at") if isinstance(p.get("created_at"), str) else ""

    root = registry.paths.root
    root.mkdir(parents=True, exist_ok=True)
    staging = root / f"{STAGING}{uuid.uuid4().hex}"
    staging.mkdir()
    dest = registry.paths.learner_dir(profile_id)
    moved = False
    try:
        fresh = staging / "progress.db"
        try:
            create_database(fresh)
        except DatabaseUpgradeFailed as exc:
            raise TransferError(f"{label}: a new database could not be made here ({exc})") from exc
        left_out = copy_rows(source, fresh)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.rename(staging, dest)  # the learner's folder appears whole, or not at all
        moved = True
        profile = Profile(profile_id, name, created[:40], p.get("pin_salt"), p.get("pin_hash"))
        return LearnerImport(registry.adopt(profile), left_out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if moved and registry.get(profile_id) is None:
            shutil.rmtree(dest, ignore_errors=True)  # nothing half-imported is left behind
        raise


def _clear_stale_staging(root: Path) -> None:
    """Folders of imports killed part-way (older than an hour: not one running now)."""
    if not root.exists():
        return
    for d in root.glob(f"{STAGING}*"):
        with contextlib.suppress(OSError):
            if time.time() - d.stat().st_mtime > 3600:
                shutil.rmtree(d)
