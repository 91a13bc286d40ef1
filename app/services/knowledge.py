"""The knowledge base: search over the course and the learner's notes, bookmarks, notes."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from app import paths as app_paths
from app.changes import mutation
from app.services.core import Core


class Knowledge:
    def __init__(self, core: Core) -> None:
        self._core = core
        self.bus = core.bus
        self._index = None
        self._lock = threading.Lock()  # the warm-up thread and a first search may both build

    def prepare(self, *, open_index: bool = True):
        """The search index for the current course, built on first use (call it off the GUI
        thread the first time: building takes a moment). Rebuilt only when the content
        changes, since the file name carries the content digest. ``open_index=False`` only
        makes sure it is built (the app's warm-up): an open index holds ~12 MB (tantivy's
        reader, the OpenCC dictionaries for Traditional queries) that a learner who never
        searches does not need, and opening a built one takes a few milliseconds."""
        with self._lock:
            return self._prepare(open_index)

    def _prepare(self, open_index: bool = True):
        from app.knowledge.index import SearchIndex, build_index, index_path

        core = self._core
        path = index_path(core.paths.cache, core.content.digest or "nodigest")
        current = self._index
        if current is not None and current.path == path:
            return current
        shipped = app_paths.resource_root() / "prebuilt" / path.name
        if not path.exists() and shipped.is_dir():
            path = shipped  # an installed copy ships the index of its own content, read-only
        if not path.exists():
            from app.knowledge.documents import course_documents

            simplified = core.load_simplified()
            build_index(path, course_documents(simplified))
        if not open_index:
            return None
        if current is not None:
            current.close()
        self._index = SearchIndex(path, self.vocabulary())
        return self._index

    def vocabulary(self):
        """Words searched for together (content/synonyms.yaml and, for each glossary term,
        its name, aliases and English name), which also cut a query into words."""
        from app.knowledge.analysis import Vocabulary

        content = self._core.content
        glossary = [(t.term, *t.aliases, t.en) for t in content.glossary.values()]
        return Vocabulary([*content.synonyms, *glossary])

    def forget_index(self) -> None:
        """The course changed: the next search opens (or builds) the new course's index."""
        with self._lock:
            if self._index is not None:
                self._index.close()
            self._index = None

    @property
    def ready(self) -> bool:
        """True once the index for the current course is open (searching will not build)."""
        return self._index is not None

    def search(self, query: str, *, kinds=None, topic: str | None = None, limit: int = 30) -> list:
        """Ranked hits over the course (and the open learner's notes), in the reader's script."""
        from dataclasses import replace

        core = self._core
        index = self.prepare()
        parsed = index.parse(query)
        hits = index.search(parsed, kinds=kinds, topic=topic, limit=limit)
        if core.learner is not None and (not kinds or "note" in kinds) and not topic:
            from app.knowledge.notes import search_notes

            mine = search_notes(core.store().notes(), core.content, parsed)
            hits = sorted([*hits, *mine], key=lambda h: -h.score)[:limit]
        from app.common.script import SIMPLIFIED, converter_for, script_for_language

        script = script_for_language(core.lang)
        if script != SIMPLIFIED:
            convert = converter_for(script)
            hits = [replace(h, title=convert(h.title), snippet=convert(h.snippet)) for h in hits]
        return hits

    def marks(self, query: str) -> list[str]:
        """The words to mark where a hit for ``query`` opens (the query's words and their
        synonyms), longest first, in the reader's script."""
        from app.common.script import converter_for, script_for_language

        convert = converter_for(script_for_language(self._core.lang))
        return [convert(w) for w in self.prepare().parse(query).words]

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """Words of the course close to ``query`` ("did you mean"), for a search that found
        nothing: glossary terms, synonyms and lesson titles, nearest first."""
        import difflib

        from app.knowledge.analysis import normalise

        content = self._core.content
        words = {t.term for t in content.glossary.values()}
        words |= {a for t in content.glossary.values() for a in (*t.aliases, t.en)}
        words |= {w for g in content.synonyms for w in g}
        words |= {lesson.title for lesson in content.lessons.values()}
        by_norm = {normalise(w): w for w in words if w}
        q = normalise(query).strip()
        if not q:
            return []
        close = difflib.get_close_matches(q, list(by_norm), n=limit, cutoff=0.5)
        return [by_norm[c] for c in close]

    # bookmarks and notes ---------------------------------------------------------------------
    @mutation(notes=True)
    def toggle_bookmark(self, kind: str, ref: str, section: int) -> bool:
        return self._core.store().toggle_bookmark(kind, ref, section)

    def is_bookmarked(self, kind: str, ref: str, section: int) -> bool:
        return any(
            (b["kind"], b["ref"], b["section"]) == (kind, ref, section)
            for b in self._core.store().bookmarks()
        )

    def bookmarks(self) -> list[dict]:
        """Bookmarks, newest first, each with the title of its place."""
        return self._titled(self._core.store().bookmarks())

    def note_for(self, kind: str, ref: str, section: int) -> dict | None:
        """The note on a place, or None (also when no learner is open)."""
        if self._core.learner is None:
            return None
        notes = self._core.store().notes(kind, ref)
        return next((n for n in notes if n["section"] == section), None)

    @mutation(notes=True)
    def save_note(self, kind: str, ref: str, section: int, text: str) -> int | None:
        return self._core.store().save_note(kind, ref, section, text)

    def notes(self) -> list[dict]:
        """Live notes, most recently changed first, each with the title of its place."""
        return self._titled(self._core.store().notes())

    def _titled(self, rows: list[dict]) -> list[dict]:
        from app.knowledge.notes import place_target, place_title

        content = self._core.content
        return [
            {**r, "title": place_title(content, r["kind"], r["ref"], r["section"]),
             "target": place_target(r["kind"], r["ref"], r["section"])}
            for r in rows
        ]  # fmt: skip

    @mutation(notes=True)
    def delete_note(self, note_id: int) -> bool:
        return self._core.store().delete_note(note_id)

    @mutation(notes=True)
    def restore_note(self, note_id: int) -> bool:
        return self._core.store().restore_note(note_id)

    def export_notes(self, path: Path) -> Path:
        """Write every note as Markdown (UTF-8) to ``path``, atomically."""
        from app.knowledge.notes import notes_markdown
        from app.services.files import write_atomically

        core = self._core
        text = notes_markdown(
            core.store().notes(), core.content,
            learner=core.profile.name if core.profile else "", now=datetime.now(),
        )  # fmt: skip
        return write_atomically(Path(path), text)
