"""The glossary, the phrase library and the synonyms of a layer (``glossary.yaml``,
``phrases.yaml``, ``synonyms.yaml``, the formats of ``content/``) as rows of a table.

Each file is an editable document whose ``rows`` are its entries in the file's form (a phrase
row also names its group, whose title and step it shares with the group's other rows).
``faults`` checks them with the loaders' own rules — the dataclasses' annotations through the
same pydantic adapter, the same duplicate-id report, the synonyms' group rule, the course's
lesson-reference check — and names each problem by row and column. The file is written back
whole, atomically, in the bundled files' layout (comments are not kept)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from app.common.document import DraftError, EditableDocument, read_document
from app.common.problems import Problem
from app.common.yamlfile import report_duplicates
from app.course.checks import check_lesson_ref
from app.lessons.model import Lesson
from app.studio.layer_files import write_atomic
from app.studio.quiz_yaml import error_message

MAX_BYTES = 4 * 1024 * 1024
_SPLIT = re.compile(r"[,，、;；\n]")


@dataclass(frozen=True)
class RowFault:
    """A problem with row ``row`` (None: the file) in column ``column`` (None: the row)."""

    row: int | None
    column: str | None
    message: str


def words(text: str) -> list[str]:
    """A list cell as typed ("客户, 顾客、客人") as its words."""
    return [w.strip() for w in _SPLIT.split(text) if w.strip()]


class _Inline(list):
    """A list written on one line ([客户, 顾客]), as the bundled files write them."""


def _dump(doc: dict) -> str:
    import yaml

    class Dumper(yaml.SafeDumper):
        def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
            super().increase_indent(flow, False)

    def inline(dumper: yaml.SafeDumper, value: _Inline) -> Any:
        return dumper.represent_sequence("tag:yaml.org,2002:seq", list(value), flow_style=True)

    Dumper.add_representer(_Inline, inline)
    return yaml.dump(doc, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)


class ReferenceRows(EditableDocument):
    """``{"rows": [row, …], "rest": {other top-level keys}}``; a row is a dict whose keys
    are ``columns`` (and whatever else the file had, which the check names)."""

    kind: ClassVar[str] = ""
    columns: ClassVar[tuple[str, ...]] = ()
    list_columns: ClassVar[tuple[str, ...]] = ()  # cells that hold a list of words
    part: ClassVar[str] = ""  # the file's top-level key

    @classmethod
    def load(cls, path: Path) -> ReferenceRows:
        if not path.exists():
            return cls({"rows": [], "rest": {}})
        parsed = read_document(path, MAX_BYTES)
        data = parsed.data if parsed.data is not None else {}
        if not isinstance(data, dict):
            raise DraftError(f"{path}:1: the file is '{cls.part}:' and a list")
        entries = data.get(cls.part) or []
        if not isinstance(entries, list) or not all(cls._entry_ok(e) for e in entries):
            line = parsed.line_for((cls.part,))
            raise DraftError(f"{path}:{line}: '{cls.part}' is not a list this table can show")
        rest = {k: v for k, v in data.items() if k != cls.part}
        return cls({"rows": cls._rows(entries), "rest": rest})

    @staticmethod
    def _entry_ok(entry: Any) -> bool:
        return isinstance(entry, dict)

    @classmethod
    def _rows(cls, entries: list) -> list[dict]:
        return [dict(e) for e in entries]

    @property
    def rows(self) -> list[dict]:
        return self.data["rows"]

    def file_form(self) -> dict:
        """The document as the file holds it."""
        return {self.part: [self._ordered(r) for r in self.rows], **self.data["rest"]}

    def _ordered(self, row: dict) -> dict:
        out = {k: row[k] for k in self.columns if k in row and row[k] not in (None, "", [])}
        for k in self.list_columns:
            if k in out and isinstance(out[k], list):
                out[k] = _Inline(out[k])
        return out | {k: v for k, v in row.items() if k not in self.columns}

    def dump(self) -> str:
        return _dump(self.file_form())

    def save(self, path: Path) -> None:
        write_atomic(path, self.dump())

    # cells ---------------------------------------------------------------------------------
    def cell(self, row: int, column: str) -> str:
        value = self.rows[row].get(column)
        if column in self.list_columns and isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return value if isinstance(value, str) else ("" if value is None else str(value))

    def set_cell(self, row: int, column: str, text: str) -> None:
        value: Any = words(text) if column in self.list_columns else text.strip()
        if value in ("", []):
            self.rows[row].pop(column, None)
        else:
            self.rows[row][column] = value

    def add_row(self, after: int | None = None) -> int:
        at = len(self.rows) if after is None else after + 1
        self.rows.insert(at, self._new_row(after))
        return at

    def _new_row(self, after: int | None) -> dict:
        return {}

    def remove_rows(self, rows: list[int]) -> None:
        for r in sorted(set(rows), reverse=True):
            del self.rows[r]

    # checks --------------------------------------------------------------------------------
    def faults(self, lessons: Mapping[str, Lesson] | None = None) -> list[RowFault]:
        """What ``content check`` says of the file, by row and column."""
        out = self._schema_faults()
        problems: list[Problem] = []
        ids = [(r.get("id"), i) for i, r in enumerate(self.rows) if isinstance(r.get("id"), str)]
        report_duplicates(ids, self.kind, self.kind, problems)  # the "line" is the row
        out += [RowFault(p.line, "id", p.message) for p in problems]
        if lessons is not None and "lesson" in self.columns:
            for i, r in enumerate(self.rows):
                ref = r.get("lesson")
                wrong = (
                    check_lesson_ref(ref, dict(lessons)) if isinstance(ref, str) and ref else None
                )
                if wrong:
                    out.append(RowFault(i, "lesson", wrong))
        return sorted(out, key=lambda f: (-1 if f.row is None else f.row, f.column or ""))

    def _schema_faults(self) -> list[RowFault]:
        from pydantic import ValidationError

        try:
            _adapter(self.schema()).validate_python(self.file_form())
        except ValidationError as exc:
            return [self._fault(tuple(e.get("loc", ())), error_message(e)) for e in exc.errors()]
        return []

    def _fault(self, loc: tuple, message: str) -> RowFault:
        if len(loc) < 2:
            return RowFault(None, None, message)
        column = str(loc[2]) if len(loc) > 2 else None
        if column not in self.columns:
            message = f"'{column}': {message}" if column else message
            column = None
        return RowFault(int(loc[1]), column, message)

    @staticmethod
    def schema() -> Any:
        raise NotImplementedError


@functools.cache
def _adapter(schema: Any) -> Any:
    """Built once per kind: the table checks after every edit."""
    from pydantic import TypeAdapter

    return TypeAdapter(schema)


class GlossaryRows(ReferenceRows):
    kind = "glossary"
    part = "terms"
    columns = ("id", "term", "en", "definition", "lesson", "aliases")
    list_columns = ("aliases",)

    @staticmethod
    def schema() -> Any:
        from app.reference.glossary import GlossaryFile

        return GlossaryFile


class PhraseRows(ReferenceRows):
    """A row per phrase; ``group``, ``title`` and ``step`` are its group's (one edit of a
    title or step changes the group's, on each of its rows)."""

    kind = "phrases"
    part = "groups"
    columns = ("group", "title", "step", "id", "situation", "say", "avoid", "why", "lesson")
    GROUP_KEYS = ("group", "title", "step")

    @staticmethod
    def _entry_ok(entry: Any) -> bool:
        return isinstance(entry, dict) and (
            isinstance(entry.get("phrases"), list)
            and all(isinstance(p, dict) for p in entry["phrases"])
        )

    @classmethod
    def _rows(cls, entries: list) -> list[dict]:
        rows = []
        for g in entries:
            head = {"group": g.get("id"), "title": g.get("title"), "step": g.get("step")}
            head = {k: v for k, v in head.items() if v is not None}
            extra = {f"group.{k}": v for k, v in g.items() if k not in ("id", "title", "step",
                                                                        "phrases")}  # fmt: skip
            rows += [{**head, **extra, **p} for p in g["phrases"]]
        return rows

    def _groups(self) -> list[tuple[dict, list[int]]]:
        """(the group's mapping, the rows in it) in the order groups first appear."""
        groups: dict[str, tuple[dict, list[int]]] = {}
        for i, r in enumerate(self.rows):
            gid = str(r.get("group") or "")
            if gid not in groups:
                head = {"id": r.get("group"), "title": r.get("title"), "step": r.get("step")}
                head = {k: v for k, v in head.items() if v not in (None, "")}
                head |= {k[6:]: v for k, v in r.items() if k.startswith("group.")}
                groups[gid] = (head, [])
            groups[gid][1].append(i)
        return list(groups.values())

    def file_form(self) -> dict:
        groups = []
        for head, members in self._groups():
            phrases = [self._phrase(self.rows[i]) for i in members]
            groups.append({**head, "phrases": phrases})
        return {"groups": groups, **self.data["rest"]}

    def _phrase(self, row: dict) -> dict:
        own = [c for c in self.columns if c not in self.GROUP_KEYS]
        out = {k: row[k] for k in own if k in row and row[k] not in (None, "")}
        return out | {
            k: v for k, v in row.items()
            if k not in self.columns and not k.startswith("group.")
        }  # fmt: skip

    def set_cell(self, row: int, column: str, text: str) -> None:
        if column in ("title", "step"):
            group = self.rows[row].get("group")
            for r in self.rows:
                if r.get("group") == group:
                    r[column] = text.strip()
            return
        super().set_cell(row, column, text)

    def _new_row(self, after: int | None) -> dict:
        if after is None or not self.rows:
            return {k: v for k, v in (self.rows[-1] if self.rows else {}).items()
                    if k in self.GROUP_KEYS}  # fmt: skip
        return {k: v for k, v in self.rows[after].items() if k in self.GROUP_KEYS}

    def _fault(self, loc: tuple, message: str) -> RowFault:
        if len(loc) < 2:
            return RowFault(None, None, message)
        _head, members = self._groups()[int(loc[1])]
        if len(loc) >= 4 and loc[2] == "phrases":
            column = str(loc[4]) if len(loc) > 4 else None
            if column not in self.columns:
                message, column = (f"'{column}': {message}" if column else message), None
            return RowFault(members[int(loc[3])], column, message)
        column = {"id": "group", "phrases": None}.get(str(loc[2]), str(loc[2])) if len(
            loc) > 2 else None  # fmt: skip
        return RowFault(members[0], column if column in self.columns else None, message)

    @staticmethod
    def schema() -> Any:
        from app.reference.phrases import PhrasesFile

        return PhrasesFile


class SynonymRows(ReferenceRows):
    """A row per group of words."""

    kind = "synonyms"
    part = "groups"
    columns = ("words",)
    list_columns = ("words",)

    @staticmethod
    def _entry_ok(entry: Any) -> bool:
        return isinstance(entry, list) and not any(isinstance(w, dict | list) for w in entry)

    @classmethod
    def _rows(cls, entries: list) -> list[dict]:
        return [{"words": [str(w) for w in e]} for e in entries]

    def file_form(self) -> dict:
        groups = [_Inline(r.get("words") or []) for r in self.rows]
        return {"groups": groups, **self.data["rest"]}

    def _schema_faults(self) -> list[RowFault]:
        from app.reference.synonyms import group_problems

        groups = [list(r.get("words") or []) for r in self.rows]
        return [RowFault(i, "words", message) for i, message in group_problems(groups)]


KINDS: dict[str, type[ReferenceRows]] = {
    "glossary": GlossaryRows, "phrases": PhraseRows, "synonyms": SynonymRows,
}  # fmt: skip


def rows_for(path: Path) -> ReferenceRows:
    """The rows of ``glossary.yaml``, ``phrases.yaml`` or ``synonyms.yaml`` (by its name)."""
    kind = KINDS.get(Path(path).stem)
    if kind is None:
        raise DraftError(f"{path}: not glossary.yaml, phrases.yaml or synonyms.yaml")
    return kind.load(Path(path))
