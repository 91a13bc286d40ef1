"""The course studio: the trainer's own lessons, cases, questions and role-plays in the
organisation layer (app.course.layer), made, imported and published from the app.

Every write needs the trainer (ProfileError "not-trainer" otherwise) and announces that the
content changed, so the window reloads the course with the layer over it. The editors
(app/views/studio/) write their own file atomically and then call ``saved``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.changes import mutation
from app.services.core import Core
from app.services.profiles import require_trainer

# what the studio lists, by kind: (folder in the layer, file pattern)
KINDS: dict[str, tuple[str, str]] = {
    "lesson": ("lessons", "*.md"),
    "draft": ("drafts/lessons", "*.md"),
    "case": ("cases", "*.md"),
    "questions": ("quizzes", "*.yaml"),
    "scenario": ("scenarios", "*.yaml"),
    "reference": (".", "*.yaml"),
}
REFERENCE_FILES = ("glossary.yaml", "phrases.yaml", "synonyms.yaml")


@dataclass(frozen=True)
class StudioItem:
    kind: str  # a key of KINDS
    id: str  # the file's stem (a lesson's, case's or scenario's id; a quiz file's name)
    title: str  # from the loaded course where it is there, else the id
    path: Path
    problems: int  # problems ``content check`` names in this file


class Studio:
    def __init__(self, core: Core, replaced) -> None:
        """``replaced``: what the facade does when the content changed under it."""
        self._core = core
        self.bus = core.bus
        self._replaced = replaced

    @property
    def folder(self) -> Path:
        return self._core.paths.organisation

    def items(self) -> list[StudioItem]:
        """Every file of the layer a trainer edits, by kind then name."""
        layer = self.folder
        bundle = self._core.content
        titles = {lesson.source: lesson.title for lesson in bundle.lessons.values()}
        titles |= {case.source: case.title for case in bundle.cases.values()}
        titles |= {s.source: s.title for s in bundle.scenarios.values() if hasattr(s, "source")}
        counts: dict[str, int] = {}
        for p in self.problems():
            counts[p.file] = counts.get(p.file, 0) + 1
        out = []
        for kind, (sub, pattern) in KINDS.items():
            folder = layer / sub
            paths = sorted(folder.glob(pattern)) if folder.is_dir() else []
            if kind == "reference":
                paths = [layer / name for name in REFERENCE_FILES]
            for path in paths:
                shown = path.relative_to(layer.parent).as_posix()
                out.append(StudioItem(kind, path.stem, titles.get(shown, path.stem), path,
                                      counts.get(shown, 0)))  # fmt: skip
        return out

    def problems(self) -> list:
        """What ``content check`` finds in the layer (file:line problems)."""
        prefix = self.folder.name + "/"
        return [p for p in self._core.content.problems if p.file.startswith(prefix)]

    def version(self) -> tuple[str, str] | None:
        """(id, version) of the layer, or None before it has one."""
        info = getattr(self._core.content, "layer", None)
        return (info.id, info.version) if info is not None else None

    @mutation(content=True)
    def new_item(self, kind: str, item_id: str, section: str | None = None) -> Path:
        """A new lesson, case, question file or role-play that passes ``content check``
        as it is (app.course.scaffold). Raises ScaffoldRefused with the reason."""
        from app.course.scaffold import ensure_layer_file, new_item

        require_trainer(self._core)
        ensure_layer_file(self.folder)
        path = new_item(kind, item_id, self.folder, self._core.content, section)
        self._replaced()
        return path

    @mutation(content=True)
    def import_docx(self, path: Path, lesson_id: str | None = None, section: str | None = None):
        """A Word document as a draft lesson (app.studio.docx_import). Raises DocxRefused."""
        from app.course.scaffold import ensure_layer_file
        from app.studio.docx_import import import_docx

        require_trainer(self._core)
        ensure_layer_file(self.folder)
        return import_docx(Path(path), self.folder, lesson_id=lesson_id, section=section,
                           taken_ids=set(self._core.content.lessons))  # fmt: skip

    @mutation(content=True)
    def import_questions(self, path: Path, section: str | None = None,
                         lesson: str | None = None):  # fmt: skip
        """Questions from a spreadsheet (CSV/TSV), GIFT or Moodle XML into a new quiz file
        of the layer (app.studio.questions). Raises ImportRefused."""
        from app.course.scaffold import ensure_layer_file
        from app.studio.known import known_from
        from app.studio.questions import import_questions

        require_trainer(self._core)
        ensure_layer_file(self.folder)
        known = known_from(self._core.content, self.folder)
        report = import_questions(Path(path), self.folder, section=section, lesson=lesson,
                                  taken_ids=known.question_ids, sections=known.sections,
                                  lessons=known.lessons)  # fmt: skip
        self._replaced()
        return report

    @mutation(content=True)
    def paste_questions(self, text: str, name: str = "pasted-questions"):
        """Rows copied from a spreadsheet (tab-separated, header row first, the columns of
        docs/quiz-format.md) into a new quiz file of the layer, as ``import_questions``."""
        import tempfile

        from app.studio.questions import ImportRefused

        if "\t" not in text.split("\n", 1)[0]:
            raise ImportRefused("the clipboard holds no table: copy the rows, with the header "
                                "row, from the spreadsheet")  # fmt: skip
        folder = Path(tempfile.mkdtemp(prefix="paste-", dir=self._core.paths.cache))
        path = folder / f"{name}.tsv"
        try:
            path.write_text(text, encoding="utf-8")
            return self.import_questions(path)
        finally:
            path.unlink(missing_ok=True)
            folder.rmdir()

    @mutation(content=True)
    def saved(self, path: Path) -> None:
        """An editor wrote ``path``: the course is loaded again with it."""
        self._replaced()

    @mutation(content=True)
    def promote_draft(self, path: Path) -> Path:
        """Move a draft lesson into the layer's lessons (it is then loaded and published)."""
        require_trainer(self._core)
        target = self.folder / "lessons" / Path(path).name
        if target.exists():
            raise FileExistsError(f"a lesson file {target.name} exists already")
        target.parent.mkdir(parents=True, exist_ok=True)
        Path(path).replace(target)
        self._replaced()
        return target

    @mutation(content=True)
    def publish(self, out: Path, version: str | None = None, note: str | None = None):
        """The layer as a pack every installed copy can install (app.course.layer_pack).
        Raises LayerProblems (listing them) or PackRefused; nothing is written then."""
        from app.course.layer_pack import export_layer

        require_trainer(self._core)
        core = self._core
        published = export_layer(self.folder, Path(out), core.content_root, core.assets,
                                 version=version, note=note)  # fmt: skip
        self._replaced()  # layer.yaml now records the version
        return published
