"""Moving a learner to another PC: the whole profile (name, PIN, every record) as one file.

The file is a zip with ``learner.json`` and a consistent snapshot of ``progress.db`` (SQLite's
backup API, so it can be taken while the learner is open). Importing checks the file before
anything is written, never overwrites a profile (a clashing id or name gets a new one), and
refuses a database from a newer version of the app.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
from pathlib import Path

from app import __version__
from app.common.ziplimits import MAX_RATIO, entry_problem, read_capped
from app.progress.profiles import Profile

FORMAT = "complaint-academy-learner/1"
MAX_DB_BYTES = 500 * 1024 * 1024
MAX_JSON_BYTES = 1024 * 1024  # a name, a date and a PIN hash: far less
DB_RATIO = 1000  # a database with many free pages packs very tightly; deflate stops near 1032:1
ENTRIES = {"learner.json", "progress.db"}


class TransferError(ValueError):
    pass


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
        finally:
            dst.close()
            src.close()
        meta = {
            "format": FORMAT,
            "app_version": __version__,
            "profile": {
                "id": profile.id,
                "name": profile.name,
                "created_at": profile.created_at,
                "pin_salt": profile.pin_salt,
                "pin_hash": profile.pin_hash,
            },
        }
        partial = out.with_name(f".{out.name}.tmp")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("learner.json", json.dumps(meta, ensure_ascii=False, indent=2))
            z.write(snap, "progress.db")
        partial.replace(out)
    return out


def import_learner(registry, file: Path) -> Profile:
    """Add the learner in ``file``; returns the new profile (its id or name may differ)."""
    from app.progress.database import KNOWN_REVISIONS, stored_revision

    file = Path(file)
    try:
        z = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError) as exc:
        raise TransferError(f"{file.name}: not a learner file ({exc})") from None
    with z, tempfile.TemporaryDirectory() as tmp:
        names = {i.filename for i in z.infolist()}
        if names != ENTRIES:
            raise TransferError(f"{file.name}: expected {sorted(ENTRIES)}, found {sorted(names)}")
        problem = entry_problem(z.getinfo("learner.json"), MAX_JSON_BYTES, MAX_RATIO) or (
            entry_problem(z.getinfo("progress.db"), MAX_DB_BYTES, DB_RATIO)
        )
        if problem:
            raise TransferError(f"{file.name}: {problem}")
        raw = read_capped(z, "learner.json", MAX_JSON_BYTES)
        if raw is None:
            raise TransferError(f"{file.name}: 'learner.json' is larger than its header says")
        try:
            meta = json.loads(raw.decode("utf-8"))
            p = meta["profile"]
            if meta.get("format") != FORMAT or not p.get("name"):
                raise KeyError("format")
        except (ValueError, KeyError, TypeError):
            raise TransferError(f"{file.name}: learner.json is not a learner description") from None
        db = Path(tmp) / "progress.db"
        with z.open("progress.db") as src, db.open("wb") as out:
            shutil.copyfileobj(src, out)  # in pieces: up to 500 MB never sits in memory
        try:
            revision = stored_revision(db)
            ok = sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        except sqlite3.DatabaseError:
            ok, revision = False, None
        if not ok:
            raise TransferError(f"{file.name}: the progress database inside is damaged")
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise TransferError(
                f"{file.name}: made by a newer version of the app ({revision}); update this copy"
            )
        profile_id = p.get("id") or uuid.uuid4().hex[:12]
        if registry.get(profile_id) is not None or not str(profile_id).isalnum():
            profile_id = uuid.uuid4().hex[:12]
        name = " ".join(str(p["name"]).split())[:40]
        taken = {q.name.casefold() for q in registry.profiles()}
        base, n = name, 2
        while name.casefold() in taken:
            name, n = f"{base} ({n})", n + 1
        dest = registry.paths.learner_dir(profile_id)
        dest.mkdir(parents=True, exist_ok=False)
        try:
            shutil.copy2(db, dest / "progress.db")
            return registry.adopt(
                Profile(profile_id, name, p.get("created_at") or "", p.get("pin_salt"),
                        p.get("pin_hash"))
            )  # fmt: skip
        except Exception:
            shutil.rmtree(dest, ignore_errors=True)  # nothing half-imported is left behind
            raise
