"""The learners on this copy: create, rename, PIN, delete with undo, move to another PC."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.changes import mutation
from app.progress.profiles import DeletedProfile, Profile
from app.services.core import Core, NoLearnerOpen

if TYPE_CHECKING:
    from app.progress.transfer import LearnerImport


class Profiles:
    def __init__(self, core: Core) -> None:
        self._core = core
        self.bus = core.bus

    def all(self) -> list[Profile]:
        return self._core.registry.profiles()

    def get(self, profile_id: str) -> Profile | None:
        return self._core.registry.get(profile_id)

    @property
    def last_profile_id(self) -> str | None:
        return self._core.registry.last_profile_id

    @property
    def recovery_note(self) -> str | None:
        """What was repaired in profiles.json at start-up, if anything."""
        return self._core.registry.recovery_note

    def verify_pin(self, profile_id: str, pin: str) -> bool:
        return self._core.registry.verify_pin(profile_id, pin)

    @mutation(profiles=True)
    def create(self, name: str, pin: str | None = None) -> Profile:
        return self._core.registry.create(name, pin)

    @mutation(profiles=True)
    def rename(self, profile_id: str, name: str) -> Profile:
        profile = self._core.registry.rename(profile_id, name)
        if self._core.profile is not None and self._core.profile.id == profile_id:
            self._core.profile = profile
        return profile

    @mutation(profiles=True)
    def set_pin(self, profile_id: str, pin: str | None) -> Profile:
        profile = self._core.registry.set_pin(profile_id, pin)
        self._refresh_open()
        return profile

    def trainer(self) -> Profile | None:
        """The installation's trainer (None when no profile holds the role)."""
        return self._core.registry.trainer()

    def is_trainer(self) -> bool:
        """True when the open profile is the trainer: it sets the exam rules, sees the cohort."""
        return is_trainer(self._core)

    @mutation(profiles=True)
    def make_trainer(self, profile_id: str, by: str, pin: str) -> Profile:
        """Make a profile the trainer. ``by`` (with its PIN) is the trainer handing the role
        on, or, while there is none, the profile itself. Raises ProfileError."""
        profile = self._core.registry.make_trainer(profile_id, by, pin)
        self._refresh_open()
        return profile

    @mutation(profiles=True)
    def drop_trainer(self, by: str, pin: str) -> Profile:
        """The trainer (with its PIN) gives the role up. Raises ProfileError."""
        profile = self._core.registry.drop_trainer(by, pin)
        self._refresh_open()
        return profile

    def _refresh_open(self) -> None:
        core = self._core
        if core.profile is not None and core.registry.get(core.profile.id) is not None:
            core.profile = core.registry.get(core.profile.id)

    @mutation(profiles=True)
    def delete(self, profile_id: str) -> DeletedProfile:
        return self._core.registry.delete(profile_id)

    @mutation(profiles=True)
    def undo_delete(self, deleted: DeletedProfile) -> Profile:
        return self._core.registry.undo_delete(deleted)

    def export_learner(self, path: Path, profile_id: str | None = None) -> Path:
        """The whole learner (profile, PIN, records) as one file to take to another PC."""
        from app.progress.transfer import export_learner

        core = self._core
        pid = profile_id or (core.profile.id if core.profile else None)
        if pid is None:
            raise NoLearnerOpen("no learner profile is open")
        return export_learner(core.registry, pid, Path(path))

    @mutation(profiles=True)
    def import_learner(self, path: Path) -> LearnerImport:
        """Add the learner in a file from another PC; damaged rows are left out and counted."""
        from app.progress.transfer import import_learner

        return import_learner(self._core.registry, Path(path))


def require_trainer(core: Core) -> Profile:
    """The open profile if it is the trainer; ProfileError("not-trainer") otherwise."""
    from app.progress.profiles import ProfileError

    if not is_trainer(core):
        raise ProfileError("not-trainer")
    return core.registry.get(core.profile.id)


def is_trainer(core: Core) -> bool:
    """The open profile holds the trainer role in the registry now (not as it was opened)."""
    if core.profile is None:
        return False
    current = core.registry.get(core.profile.id)
    return bool(current is not None and current.trainer)
