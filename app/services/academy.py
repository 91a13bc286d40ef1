"""The one entry object: the course, the open learner, and a service per topic.

Views and the command line reach everything through it; nothing outside ``app.services``
touches the progress store, the profile registry or the cohort file directly.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app import paths as app_paths
from app.changes import ChangeBus, Changes, mutation
from app.course.model import ContentBundle
from app.languages import LANGUAGES, normalise_language
from app.lessons.model import Lesson
from app.paths import DataPaths
from app.progress.profiles import Profile
from app.services.core import Core
from app.services.knowledge import Knowledge
from app.services.profiles import Profiles
from app.services.quizzes import Quizzes
from app.services.reports import Reports
from app.services.roleplay import RolePlay
from app.services.studio import Studio
from app.services.study import Study
from app.services.sync import Sync
from app.services.writing import Writing
from app.tasks import NO_PROGRESS, Progress

log = logging.getLogger(__name__)


class Academy:
    def __init__(
        self,
        data_dir: str | Path | None = None,
        *,
        lang: str | None = None,
        content_root: Path | None = None,
        assets: Path | None = None,
        course: ContentBundle | None = None,
    ) -> None:
        """``course``: an already loaded course for ``content_root`` (tests and tools that
        load it once for many academies); it is used while its script is the one read."""
        paths = DataPaths.at(data_dir).ensure()
        root = content_root or _installed_or_bundled(paths)
        core = self._core = Core(
            paths, root, assets or app_paths.assets_dir(), custom=content_root is not None
        )
        core.lang = normalise_language(lang or core.registry.language)
        self._preloaded = course
        self.bus: ChangeBus = core.bus
        self.study = Study(core)
        self.quizzes = Quizzes(core)
        self.roleplay = RolePlay(core)
        self.knowledge = Knowledge(core)
        self.reports = Reports(core)
        self.profiles = Profiles(core)
        self.writing = Writing(core)
        self.sync = Sync(core)
        self.studio = Studio(core, self._content_replaced)
        self.open_report = None  # what opening the learner's database found and repaired
        self._scratch: Path | None = None

    # the course ---------------------------------------------------------------------------
    @property
    def paths(self) -> DataPaths:
        return self._core.paths

    @property
    def assets(self) -> Path:
        return self._core.assets

    @property
    def lang(self) -> str:
        return self._core.lang

    @property
    def content(self) -> ContentBundle:
        return self.load_content()

    def load_content(self, progress: Progress = NO_PROGRESS) -> ContentBundle:
        """The course, loaded now if it is not yet: from the cache, or (the first start after
        an install or upgrade) file by file, each reported to ``progress``."""
        core = self._core
        if core.bundle is None and self._preloaded is not None:
            from app.common.script import script_for_language

            # a preloaded course is the course alone: with a layer, load course and layer
            if self._preloaded.script == script_for_language(core.lang) and core.layer is None:
                core.bundle = self._preloaded
        return core.load_content(progress)

    @property
    def content_loaded(self) -> bool:
        return self._core.bundle is not None

    def lesson(self, lesson_id: str) -> Lesson | None:
        return self.content.lessons.get(lesson_id)

    def set_language(self, lang: str) -> None:
        lang = normalise_language(lang)
        if lang == self.lang:
            return
        from app.common.script import script_for_language

        core = self._core
        old_script = script_for_language(core.lang)
        core.lang = lang
        core.registry.set_language(lang)
        if core.learner is not None:
            core.learner.store.set_setting("language", lang)
        if script_for_language(lang) != old_script:
            core.forget_content()
            self.bus.announce(Changes(content=True, settings=True))
        else:
            self.bus.announce(Changes(settings=True))

    def inspect_pack(self, path: Path):
        """A course pack's manifest, checked (raises PackRefused); nothing is installed."""
        from app.course.packs import inspect_pack

        return inspect_pack(Path(path))

    @mutation(content=True)
    def install_pack(self, path: Path):
        """Check and install a course pack, or an organisation layer pack (over the course
        this copy uses); the new content is used from now on."""
        from app.course.packs import install_pack, pack_kind

        core = self._core
        if pack_kind(Path(path)) == "layer":
            from app.course.layer_pack import install_layer_pack

            report = install_layer_pack(Path(path), core.paths.root, core.content_root,
                                        core.assets)  # fmt: skip
        else:
            report = install_pack(Path(path), core.paths.root, core.content_root, core.assets)
            if not core.custom_content:
                core.content_root = _installed_or_bundled(core.paths)
        self._content_replaced()
        return report

    @mutation(content=True)
    def rollback_layer(self) -> Path:
        """Bring back the organisation layer installed before this one (raises PackRefused
        when there is none); returns the archive it came from."""
        from app.course.layer_pack import rollback_layer

        restored = rollback_layer(self._core.paths.root)
        self._content_replaced()
        return restored

    @property
    def layer_folder(self) -> Path:
        """Where this copy's organisation layer lives (whether or not it has one yet)."""
        return self._core.paths.organisation

    def _content_replaced(self) -> None:
        self._core.forget_content()
        self._preloaded = None
        self.knowledge.forget_index()

    def assets_of(self, item) -> Path:
        """The folder an item's images are read from: a layer item's are in the layer's
        ``assets/`` (``item.source`` names the file it came from)."""
        layer = self.content.layer
        if layer is not None and layer.holds(getattr(item, "source", "")):
            return self._core.paths.organisation / "assets"
        return self._core.assets

    # the open learner ----------------------------------------------------------------------
    @property
    def learner_open(self) -> bool:
        return self._core.learner is not None

    @property
    def profile(self) -> Profile | None:
        """The open learner's profile (None when no learner is open)."""
        return self._core.profile

    def open_learner(self, profile_id: str):
        """Open (checking, recovering, migrating) a learner's database. Returns an OpenReport.

        Raises DatabaseTooNew for a database from a newer app, leaving it untouched."""
        core = self._core
        profile = core.registry.get(profile_id)
        if profile is None:
            raise KeyError(profile_id)
        report = self._open_store(profile, core.paths.learner_dir(profile_id))
        core.registry.set_last(profile_id)
        return report

    def open_scratch_learner(self):
        """A throwaway learner in a temporary folder (smoke runs, screenshots)."""
        import tempfile

        from app.progress.backups import unavailable_reason
        from app.progress.database import DatabaseUnavailable

        try:
            folder = Path(tempfile.mkdtemp(prefix="scratch-learner-", dir=self.paths.cache))
        except OSError as exc:  # a read-only or full data folder: say so, as for a real learner
            reason = unavailable_reason(exc)
            if reason is None:
                raise
            raise DatabaseUnavailable(self.paths.cache, reason) from exc
        report = self._open_store(Profile("scratch", "学员", ""), folder)
        self._scratch = folder
        return report

    @mutation(learner=True)
    def _open_store(self, profile: Profile, folder: Path):
        from app.progress.database import prepare_database
        from app.progress.learner import LearnerProgress

        self.close_learner()
        core = self._core
        report = prepare_database(folder)
        core.learner = LearnerProgress(report.path, report.verified)
        core.profile = profile
        self.open_report = report
        lang = core.learner.get_setting("language")
        if lang and lang in LANGUAGES and lang != core.lang:
            self.set_language(lang)
        return report

    def warm_up(self) -> None:
        """Load the ORM store and build the search index if the course is new (off the GUI
        thread), so the first write and the first search do not wait. The index is opened
        by the first search, not here (memory: see KnowledgeService.prepare)."""
        learner = self._core.learner
        if learner is not None:
            learner.warm_up()
            problem = learner.verify()  # the checks a clean close let the open skip
            if problem is not None:
                log.error("the progress file %s needs repair at the next start: %s",
                          learner.path, problem)  # fmt: skip
        self.knowledge.prepare(open_index=False)

    def close_learner(self) -> None:
        core = self._core
        if core.learner is not None:
            core.learner.close()
        core.learner = None
        core.profile = None
        if self._scratch is not None:
            import shutil

            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def close(self) -> None:
        """Close everything this object opened (the learner, the cohort, the search index)."""
        self.close_learner()
        self.reports.close()
        self.knowledge.forget_index()

    # the learner's settings ----------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        learner = self._core.learner
        return learner.get_setting(key, default) if learner is not None else default

    @mutation(settings=True)
    def set_setting(self, key: str, value: Any) -> None:
        self._core.store().set_setting(key, value)


def _installed_or_bundled(paths: DataPaths) -> Path:
    from app.course.packs import active_content_root

    return active_content_root(paths.root) or app_paths.content_dir()
