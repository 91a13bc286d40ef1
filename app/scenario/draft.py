"""A scenario file being written: the YAML document as data an editor changes, checked with the
rules ``content check`` uses, and written back atomically.

A draft may be half-written — a reply without a target, a node without replies, no endings
yet — so it is kept as the plain mapping the file holds, not as the validated model. Each
check builds what it needs from it: pydantic validates the document with the model's own
annotations (app.scenario.model), and the graph rules (app.scenario.graph) run on a lenient
``Scenario`` built from whatever is there. The file is data from outside the bundled course:
it is read with the safe YAML loader, size-limited, and refused with the line at fault if its
shape cannot be edited (``DraftError``)."""

from __future__ import annotations

import copy
import functools
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.common.document import DraftError, EditableDocument, read_document
from app.scenario.graph import Finding, graph_findings
from app.scenario.model import DIMENSIONS, ENDING_KINDS, Choice, Ending, Node, Scenario

MAX_BYTES = 4 * 1024 * 1024  # a scenario of 200 nodes is about 300 KB
NEW_CHOICE: dict[str, Any] = {
    "text": "",
    "next": "",
    "emotion": 0,
    "scores": dict.fromkeys(DIMENSIONS, 0),
    "feedback": "",
    "principle": "",
    "lesson": "",
}
CHOICE_KEYS = tuple(NEW_CHOICE)


def _as_int(value: Any, default: int = 0) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else ""


class ScenarioDraft(EditableDocument):
    """The document of one scenario file. Ids of nodes and endings are its keys, in the
    file's order; every change goes through the methods below so an editor can undo it."""

    # reading and writing ---------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> ScenarioDraft:
        shown = str(path)
        parsed = read_document(path, MAX_BYTES)
        data = parsed.data if parsed.data is not None else {}

        def refuse(loc: tuple, what: str) -> DraftError:
            return DraftError(f"{shown}:{parsed.line_for(loc)}: {what}")

        if not isinstance(data, dict):
            raise refuse((), "a scenario is a mapping of 'key: value' lines")
        for part in ("nodes", "endings"):
            data.setdefault(part, {})
            if not isinstance(data[part], dict) or not all(
                isinstance(k, str) and isinstance(v, dict) for k, v in data[part].items()
            ):
                raise refuse((part,), f"'{part}' must map ids to 'key: value' lines")
        for nid, node in data["nodes"].items():
            node.setdefault("choices", [])
            choices = node["choices"]
            if not isinstance(choices, list) or not all(isinstance(c, dict) for c in choices):
                raise refuse(("nodes", nid, "choices"), f"node '{nid}': replies must be a list")
            for c in choices:
                if "scores" in c and not isinstance(c["scores"], dict):
                    raise refuse(("nodes", nid, "choices"), f"node '{nid}': scores must map")
        return cls(data)

    def dump(self) -> str:
        """YAML in the layout of the bundled scenarios: keys in order, scores on one line."""
        import yaml

        class Dumper(yaml.SafeDumper):
            def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
                super().increase_indent(flow, False)  # "- text:" indented under "choices:"

        def scores_inline(dumper: yaml.SafeDumper, value: _Inline) -> Any:
            return dumper.represent_mapping("tag:yaml.org,2002:map", dict(value), flow_style=True)

        Dumper.add_representer(_Inline, scores_inline)
        doc = copy.deepcopy(self.data)
        for node in doc.get("nodes", {}).values():
            for c in node.get("choices", []):
                if isinstance(c.get("scores"), dict):
                    c["scores"] = _Inline(c["scores"])
        return yaml.dump(
            doc, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100, indent=2
        )

    def save(self, path: Path) -> None:
        """Write the document atomically (temporary file, fsync, os.replace): a crash leaves
        the old file or the new one, never half of it."""
        text = self.dump()
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # what is there -----------------------------------------------------------------------
    @property
    def nodes(self) -> dict[str, dict]:
        return self.data["nodes"]

    @property
    def endings(self) -> dict[str, dict]:
        return self.data["endings"]

    def choices(self, node_id: str) -> list[dict]:
        return self.nodes[node_id]["choices"]

    def scenario(self) -> Scenario:
        """The draft as a ``Scenario`` whatever is missing or of the wrong type (blank text,
        no target, 0): what the graph rules, the layout and "play from here" read. Not
        validated: ``findings`` says what is wrong."""
        d = self.data
        nodes = {
            nid: Node(
                id=nid,
                customer=_as_text(n.get("customer")),
                choices=tuple(
                    Choice(
                        text=_as_text(c.get("text")),
                        next=_as_text(c.get("next")),
                        emotion=_as_int(c.get("emotion")),
                        scores={
                            k: v for k, v in (c.get("scores") or {}).items() if isinstance(k, str)
                        },
                        feedback=_as_text(c.get("feedback")),
                        principle=_as_text(c.get("principle")),
                        lesson=_as_text(c.get("lesson")),
                    )
                    for c in n.get("choices", [])
                ),
                upset=_as_int(n.get("upset")),
            )
            for nid, n in self.nodes.items()
        }
        endings = {
            eid: Ending(
                id=eid,
                kind=_as_text(e.get("kind")),
                title=_as_text(e.get("title")),
                text=_as_text(e.get("text")),
            )
            for eid, e in self.endings.items()
        }
        return Scenario(
            id=_as_text(d.get("id")),
            title=_as_text(d.get("title")),
            industry=_as_text(d.get("industry")),
            intro=_as_text(d.get("intro")),
            start=_as_text(d.get("start")),
            emotion=_as_int(d.get("emotion"), 4),
            nodes=nodes,
            endings=endings,
        )

    # checks ----------------------------------------------------------------------------
    def findings(self, check_lesson: Callable[[str], str | None] | None = None) -> list[Finding]:
        """Everything ``content check`` would say about this file: the model's field rules
        (the same pydantic validation the loader runs), the graph rules, and, given the
        course's lesson check, each reply's lesson link."""
        out = schema_findings(self.data)
        out += graph_findings(self.scenario())
        if check_lesson is not None:
            for nid, node in self.nodes.items():
                for i, c in enumerate(node.get("choices", [])):
                    ref = c.get("lesson")
                    wrong = check_lesson(ref) if isinstance(ref, str) and ref else None
                    if wrong:
                        out.append(Finding(nid, i, "lesson", wrong, "lesson", ref))
        return out

    # changes ---------------------------------------------------------------------------
    def new_node_id(self) -> str:
        taken = set(self.nodes) | set(self.endings)
        n = len(self.nodes) + 1
        while f"n{n}" in taken:
            n += 1
        return f"n{n}"

    def add_node(self, node_id: str | None = None) -> str:
        """A node with no line and no replies yet (the checks say what it still needs)."""
        nid = node_id or self.new_node_id()
        self.nodes[nid] = {"customer": "", "choices": []}
        if not self.data.get("start"):
            self.data["start"] = nid
        return nid

    def remove_node(self, node_id: str) -> None:
        """Replies that led here keep the id, so the checks point at each one to re-route."""
        del self.nodes[node_id]

    def add_choice(self, node_id: str, target: str = "") -> int:
        self.choices(node_id).append({**copy.deepcopy(NEW_CHOICE), "next": target})
        return len(self.choices(node_id)) - 1

    def remove_choice(self, node_id: str, index: int) -> None:
        del self.choices(node_id)[index]

    def add_ending(self, kind: str = "lost") -> str:
        kind = kind if kind in ENDING_KINDS else "lost"
        taken = set(self.nodes) | set(self.endings)
        eid, n = kind, 2
        while eid in taken:
            eid, n = f"{kind}-{n}", n + 1
        self.endings[eid] = {"kind": kind, "title": "", "text": ""}
        return eid

    def remove_ending(self, ending_id: str) -> None:
        del self.endings[ending_id]


class _Inline(dict):
    """A mapping written on one line ({empathy: 2, …}), as the bundled files write scores."""


def schema_findings(data: dict[str, Any]) -> list[Finding]:
    """The model's own field rules (app.scenario.model, as the loader validates a file) as
    findings on the node, reply and field they concern."""
    from pydantic import ValidationError

    try:
        _adapter().validate_python(data)
    except ValidationError as exc:
        return [_schema_finding(err) for err in exc.errors()]
    return []


@functools.cache
def _adapter() -> Any:
    """Built once (a tenth of a second): the editor checks on every pause in typing."""
    from pydantic import TypeAdapter

    return TypeAdapter(Scenario)


def _schema_finding(err: Any) -> Finding:
    loc = tuple(err.get("loc", ()))
    where = ".".join(str(p) for p in loc) or "(document)"
    typ = str(err.get("type", ""))
    node = choice = None
    field = str(loc[0]) if loc else ""
    if len(loc) >= 2 and loc[0] in ("nodes", "endings"):
        node, field = str(loc[1]), (str(loc[2]) if len(loc) > 2 else "")
        if field == "choices" and len(loc) > 3 and isinstance(loc[3], int):
            choice, field = loc[3], (str(loc[4]) if len(loc) > 4 else "")
    if typ == "missing":
        message = f"missing field '{where}'"
    elif typ == "extra_forbidden":
        message = f"unknown field '{where}'"
    else:
        message = f"field '{where}': {err.get('msg', '')}"
    return Finding(node, choice, "schema", message, field, typ)
