"""State the topic services share: the loaded course, the open learner, the change bus.

It is private to ``app.services``: views and the command line see only ``Academy`` and its
topic services, never the store or the registry behind them.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from app.changes import ChangeBus
from app.course.model import ContentBundle
from app.paths import DataPaths
from app.progress.profiles import Profile, ProfileRegistry
from app.tasks import NO_PROGRESS, Progress

log = logging.getLogger(__name__)


class NoLearnerOpen(RuntimeError):
    pass


class Core:
    def __init__(self, paths: DataPaths, content_root: Path, assets: Path, custom: bool) -> None:
        self.paths = paths
        self.content_root = content_root
        self.assets = assets
        self.custom_content = custom  # a content root given by the caller: packs don't move it
        self.bus = ChangeBus()
        self.registry = ProfileRegistry(paths)
        self.lang = "zh-CN"
        self.bundle: ContentBundle | None = None
        self.learner = None  # app.progress.learner.LearnerProgress of the open learner
        self.profile: Profile | None = None
        self._loading = threading.RLock()
        self._generation = 0  # forget_content calls: a load keeps its result only if unchanged

    @property
    def content(self) -> ContentBundle:
        return self.load_content()

    def load_content(self, progress: Progress = NO_PROGRESS) -> ContentBundle:
        """The course (and layer); loaded once however many threads ask at the same time
        (the window's load, a studio refresh, a search warm-up)."""
        with self._loading:
            return self._load_content(progress)

    def _load_content(self, progress: Progress) -> ContentBundle:
        while self.bundle is None:
            from app.common.script import script_for_language
            from app.course.library import load_library

            asked = self._generation
            bundle = load_library(
                self.content_root, self.assets, script_for_language(self.lang), self.paths.cache,
                progress, self.layer,
            )  # fmt: skip
            if asked != self._generation:
                continue  # the content changed while it loaded (a studio save): again
            self.bundle = bundle
            for p in self.bundle.problems:
                log.warning("content problem: %s", p)
        return self.bundle

    def forget_content(self) -> None:
        """The files changed (a pack, a script, a studio save): the next reader loads them,
        and a load under way when this is called does not keep what it read."""
        self._generation += 1
        self.bundle = None

    @property
    def layer(self) -> Path | None:
        """The data folder's organisation layer, if it has one (one stat when it has not)."""
        from app.course.layer_folder import has_layer

        folder = self.paths.organisation
        if has_layer(folder):
            return folder
        if (self.paths.root / "layer-packs" / "pending").exists():  # an install was cut short
            from app.course.layer_pack import recover_layer

            recover_layer(self.paths.root)
            return folder if has_layer(folder) else None
        return None

    def load_simplified(self) -> ContentBundle:
        """The course (and layer) in Simplified script, whatever the learner reads: search
        indexes, interchange files and xAPI statements are built from it."""
        from app.course.library import load_library

        return load_library(self.content_root, self.assets, cache_dir=self.paths.cache,
                            layer=self.layer)  # fmt: skip

    def require_learner(self):
        """The open learner's progress (snapshot reads until the ORM store is loaded)."""
        if self.learner is None:
            raise NoLearnerOpen("no learner profile is open")
        return self.learner

    def store(self):
        """The open learner's ORM store (loads SQLAlchemy on first use)."""
        return self.require_learner().store
