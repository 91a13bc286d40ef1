"""Learner profiles on one shared installation.

The list lives in ``profiles.json`` (written atomically, previous version kept as ``.bak``)
so the chooser can show it without touching any database. Each profile's progress is its
own folder under ``learners/``; deleting a profile moves that folder aside, which also makes
the deletion undoable.

A PIN keeps colleagues from opening each other's profile by mistake; four digits are not a
security boundary, and the docs say so. It is stored as a salted scrypt hash.

At most one profile is the installation's *trainer*: it sets the exam rules and sees the
cohort. A trainer always has a PIN. The first one makes itself trainer with its PIN when
there is none; after that only the trainer (with its PIN) hands the role on or gives it up.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

from app.languages import LANGUAGES
from app.paths import DataPaths

log = logging.getLogger(__name__)
PIN_RE = re.compile(r"^\d{4}$")
HEX_RE = re.compile(r"^[0-9a-f]+$")
MAX_NAME = 40


class ProfileError(ValueError):
    """A request the learner can fix (empty name, duplicate name, bad PIN format)."""


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    created_at: str
    pin_salt: str | None = None
    pin_hash: str | None = None
    trainer: bool = False

    @property
    def has_pin(self) -> bool:
        """True when either PIN field is set: damaged fields keep the profile locked."""
        return self.pin_hash is not None or self.pin_salt is not None


def pin_fields_problem(salt: object, digest: object) -> str | None:
    """Why a stored salt and hash cannot be a PIN this app set (None when they can)."""
    if salt is None and digest is None:
        return None
    for value, size in ((salt, 32), (digest, 64)):
        if not isinstance(value, str) or len(value) != size or not HEX_RE.match(value):
            return "malformed PIN fields"
    return None


@dataclass(frozen=True)
class DeletedProfile:
    profile: Profile
    moved_to: Path


def _hash_pin(pin: str, salt: bytes) -> str:
    import hashlib  # loads OpenSSL: only when a PIN is set or checked

    return hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32).hex()


class ProfileRegistry:
    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        # "previous-copy" or "rebuilt" when the list had to be recovered; the GUI explains it.
        self.recovery_note: str | None = None
        self._profiles: dict[str, Profile] = {}
        self._last: str | None = None
        self._language: str | None = None
        self._load()

    # reading -------------------------------------------------------------------------------
    def _load(self) -> None:
        f = self.paths.profiles_file
        for candidate in (f, f.with_suffix(".json.bak")):
            if not candidate.exists():
                continue
            try:
                data = json.loads(candidate.read_text(encoding="utf-8"))
                if not isinstance(data, dict) or not isinstance(data.get("profiles", []), list):
                    raise ValueError("not a list of profiles")
                self._profiles = {}
                for n, item in enumerate(data.get("profiles", []), start=1):
                    profile = _profile_from(item, n)
                    if profile is not None and profile.trainer and self.trainer() is not None:
                        log.error("profile entry %d: a second trainer; the role stays with "
                                  "the first", n)  # fmt: skip
                        profile = replace(profile, trainer=False)
                    if profile is not None:
                        self._profiles[profile.id] = profile
                last, language = data.get("last_profile"), data.get("language")
                self._last = last if isinstance(last, str) else None
                self._language = language if language in LANGUAGES else None
            except (ValueError, TypeError, KeyError, OSError, RecursionError) as exc:
                log.error("profile list %s unreadable: %s", candidate, exc)
                self._set_aside(candidate)
                continue
            if candidate != f:
                self.recovery_note = "previous-copy"
                self._save()
            return
        self._rebuild_from_folders()

    def _set_aside(self, path: Path) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        with contextlib.suppress(OSError):
            path.rename(path.with_name(f"{path.name}.damaged-{stamp}"))

    def _rebuild_from_folders(self) -> None:
        """Profiles whose list was lost still have their folders: list them again."""
        folders = (
            sorted(p for p in self.paths.learners.glob("*") if p.is_dir())
            if self.paths.learners.exists()
            else []
        )
        self._profiles = {}
        for i, d in enumerate(folders, start=1):
            self._profiles[d.name] = Profile(d.name, f"学员 {i}", _now())
        if folders:
            self.recovery_note = "rebuilt"
            self._save()

    def profiles(self) -> list[Profile]:
        return sorted(self._profiles.values(), key=lambda p: (p.name.casefold(), p.created_at))

    def get(self, profile_id: str) -> Profile | None:
        return self._profiles.get(profile_id)

    @property
    def last_profile_id(self) -> str | None:
        return self._last if self._last in self._profiles else None

    # writing -------------------------------------------------------------------------------
    def _save(self) -> None:
        self.paths.root.mkdir(parents=True, exist_ok=True)
        f = self.paths.profiles_file
        data = {
            "version": 1,
            "last_profile": self._last,
            "language": self._language,
            "profiles": [asdict(p) for p in self._profiles.values()],
        }
        tmp = f.with_suffix(".json.tmp")
        with tmp.open("w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.flush()
            os.fsync(out.fileno())
        if f.exists():
            shutil.copy2(f, f.with_suffix(".json.bak"))
        os.replace(tmp, f)

    def _clean_name(self, name: str, exclude: str | None = None) -> str:
        name = " ".join(name.split())
        if not name:
            raise ProfileError("name-empty")
        if len(name) > MAX_NAME:
            raise ProfileError("name-too-long")
        if any(
            p.name.casefold() == name.casefold() and p.id != exclude
            for p in self._profiles.values()
        ):
            raise ProfileError("name-taken")
        return name

    def create(self, name: str, pin: str | None = None) -> Profile:
        name = self._clean_name(name)
        import uuid

        salt, digest = self._pin_fields(pin)
        profile = Profile(uuid.uuid4().hex[:12], name, _now(), salt, digest)
        self._profiles[profile.id] = profile
        self.paths.learner_dir(profile.id).mkdir(parents=True, exist_ok=True)
        self._save()
        return profile

    def adopt(self, profile: Profile) -> Profile:
        """Register a profile brought from another PC (its folder is already in place)."""
        if profile.id in self._profiles:
            raise ProfileError("already-exists")
        self._profiles[profile.id] = profile
        self._save()
        return profile

    def _pin_fields(self, pin: str | None) -> tuple[str | None, str | None]:
        if not pin:
            return None, None
        if not PIN_RE.match(pin):
            raise ProfileError("pin-format")
        salt = os.urandom(16)
        return salt.hex(), _hash_pin(pin, salt)

    def rename(self, profile_id: str, name: str) -> Profile:
        p = self._require(profile_id)
        updated = replace(p, name=self._clean_name(name, exclude=p.id))
        self._profiles[p.id] = updated
        self._save()
        return updated

    def set_pin(self, profile_id: str, pin: str | None) -> Profile:
        p = self._require(profile_id)
        if p.trainer and not pin:
            raise ProfileError("trainer-needs-pin")
        salt, digest = self._pin_fields(pin)
        updated = replace(p, pin_salt=salt, pin_hash=digest)
        self._profiles[p.id] = updated
        self._save()
        return updated

    def verify_pin(self, profile_id: str, pin: str) -> bool:
        p = self._require(profile_id)
        if not p.has_pin:
            return True
        if pin_fields_problem(p.pin_salt, p.pin_hash) or not PIN_RE.match(pin or ""):
            return False  # damaged fields never open the profile
        import hmac

        return hmac.compare_digest(_hash_pin(pin, bytes.fromhex(p.pin_salt)), p.pin_hash)

    @property
    def language(self) -> str | None:
        """The interface language last used on this copy: what the profile chooser speaks."""
        return self._language

    def set_language(self, lang: str) -> None:
        if self._language != lang:
            self._language = lang
            self._save()

    def set_last(self, profile_id: str) -> None:
        self._require(profile_id)
        if self._last != profile_id:
            self._last = profile_id
            self._save()

    def delete(self, profile_id: str) -> DeletedProfile:
        """Move the profile's folder aside (a backup, and what makes undo possible)."""
        p = self._require(profile_id)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        self.paths.deleted.mkdir(parents=True, exist_ok=True)
        target = self.paths.deleted / f"{p.id}-{stamp}"
        src = self.paths.learner_dir(p.id)
        if src.exists():
            shutil.move(str(src), str(target))
        else:
            target.mkdir(parents=True)
        (target / "profile.json").write_text(
            json.dumps(asdict(p), ensure_ascii=False, indent=2), encoding="utf-8"
        )
        del self._profiles[p.id]
        if self._last == p.id:
            self._last = None
        self._save()
        return DeletedProfile(p, target)

    def undo_delete(self, deleted: DeletedProfile) -> Profile:
        p = deleted.profile
        if p.id in self._profiles:
            raise ProfileError("already-restored")
        name = p.name
        if any(q.name.casefold() == name.casefold() for q in self._profiles.values()):
            name = f"{name} (2)"
        dest = self.paths.learner_dir(p.id)
        self.paths.learners.mkdir(parents=True, exist_ok=True)
        shutil.move(str(deleted.moved_to), str(dest))
        (dest / "profile.json").unlink(missing_ok=True)
        # The role stays with whoever holds it now; a restored trainer is one only if none is.
        restored = replace(p, name=name, trainer=p.trainer and self.trainer() is None)
        self._profiles[p.id] = restored
        self._save()
        return restored

    # the trainer ----------------------------------------------------------------------------
    def trainer(self) -> Profile | None:
        return next((p for p in self._profiles.values() if p.trainer), None)

    def _trainer_pin_checked(self, by: str, pin: str) -> Profile:
        """The profile ``by`` once it is shown to hold the role now (or may take it: there is
        no trainer and ``by`` has a PIN) and ``pin`` is its PIN."""
        p = self._require(by)
        current = self.trainer()
        if current is not None and current.id != p.id:
            raise ProfileError("not-trainer")
        if not p.has_pin:
            raise ProfileError("trainer-needs-pin")
        if not self.verify_pin(p.id, pin):
            raise ProfileError("pin-wrong")
        return p

    def make_trainer(self, profile_id: str, by: str, pin: str) -> Profile:
        """Make ``profile_id`` the trainer. ``by`` proves it may, with its ``pin``: when there
        is no trainer, a profile with a PIN makes itself trainer; otherwise only the trainer
        hands the role to another profile (which must have a PIN)."""
        target = self._require(profile_id)
        giver = self._trainer_pin_checked(by, pin)
        if self.trainer() is None and giver.id != target.id:
            raise ProfileError("not-trainer")  # the first trainer can only name itself
        if not target.has_pin:
            raise ProfileError("trainer-needs-pin")
        for p in list(self._profiles.values()):
            if p.trainer and p.id != target.id:
                self._profiles[p.id] = replace(p, trainer=False)
        updated = replace(target, trainer=True)
        self._profiles[target.id] = updated
        self._save()
        return updated

    def drop_trainer(self, by: str, pin: str) -> Profile:
        """The trainer gives the role up (there is no trainer afterwards)."""
        p = self._trainer_pin_checked(by, pin)
        if not p.trainer:
            raise ProfileError("not-trainer")
        updated = replace(p, trainer=False)
        self._profiles[p.id] = updated
        self._save()
        return updated

    def _require(self, profile_id: str) -> Profile:
        p = self._profiles.get(profile_id)
        if p is None:
            raise ProfileError("no-such-profile")
        return p


def _profile_from(item: object, n: int) -> Profile | None:
    """One entry of a list someone may have edited: a bad name becomes a placeholder, a bad
    id leaves the entry out (its folder is still there), odd PIN fields keep it locked."""
    if not isinstance(item, dict):
        log.error("profile entry %d is not an object; left out", n)
        return None
    pid = item.get("id")
    if not isinstance(pid, str) or not re.fullmatch(r"[0-9A-Za-z]{1,32}", pid):
        log.error("profile entry %d has no usable id; left out", n)
        return None
    name = item.get("name")
    name = " ".join(name.split())[:MAX_NAME] if isinstance(name, str) else ""
    created = item.get("created_at")

    def pin_part(value: object) -> str | None:
        return None if value is None else value if isinstance(value, str) else repr(value)

    profile = Profile(
        pid, name or f"学员 {n}", created if isinstance(created, str) else "",
        pin_part(item.get("pin_salt")), pin_part(item.get("pin_hash")),
    )  # fmt: skip
    if item.get("trainer") is True:  # only a real yes: "false", 1 or a list are no trainer
        if profile.has_pin:
            return replace(profile, trainer=True)
        log.error("profile entry %d is marked trainer but has no PIN; not a trainer", n)
    return profile


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")
