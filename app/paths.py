"""Where things live: shipped read-only resources versus the writable data dir.

Frozen (PyInstaller) builds keep resources under ``sys._MEIPASS``; a source checkout keeps
them beside the ``app`` package. The data dir is per user unless ``--data-dir`` overrides it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app import APP_NAME


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def content_dir() -> Path:
    return resource_root() / "content"


def assets_dir() -> Path:
    return resource_root() / "assets"


PORTABLE_MARKER = "portable.txt"


def executable_dir() -> Path:
    """The folder of the installed executable (frozen), or of the source checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return resource_root()


def portable_data_dir(exe_dir: Path | None = None) -> Path | None:
    """With a ``portable.txt`` beside the executable, all data stays beside it in ``data/``
    (a copy on a USB stick carries its learners with it); otherwise None."""
    folder = exe_dir or executable_dir()
    return folder / "data" if (folder / PORTABLE_MARKER).is_file() else None


def default_data_dir() -> Path:
    portable = portable_data_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


class DataPaths:
    """The layout of one data dir; every writer goes through here.

    A plain class rather than a dataclass: it is needed before the first paint, and the
    dataclasses module costs ~8 ms to import."""

    __slots__ = ("root",)

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DataPaths) and other.root == self.root

    def __hash__(self) -> int:
        return hash(self.root)

    def __repr__(self) -> str:
        return f"DataPaths({str(self.root)!r})"

    @property
    def learners(self) -> Path:
        return self.root / "learners"

    @property
    def deleted(self) -> Path:
        return self.root / "deleted-profiles"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def imported_banks(self) -> Path:
        return self.root / "imported-questions"

    @property
    def organisation(self) -> Path:
        """The organisation's own layer over the course (app.course.layer); loaded only
        when it holds a ``layer.yaml``."""
        return self.root / "organisation"

    @property
    def profiles_file(self) -> Path:
        return self.root / "profiles.json"

    def learner_dir(self, profile_id: str) -> Path:
        return self.learners / profile_id

    def ensure(self) -> DataPaths:
        for d in (self.root, self.learners, self.logs, self.cache):
            d.mkdir(parents=True, exist_ok=True)
        return self

    @classmethod
    def at(cls, root: str | Path | None) -> DataPaths:
        return cls(Path(root).expanduser().resolve() if root else default_data_dir())
