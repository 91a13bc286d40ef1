"""Load scenarios and check how they are authored, naming file and line for each problem:
missing targets, unreachable nodes or endings, nodes from which no ending can be reached
(dead ends, cycles with no way out), too few endings, a best path that is too short."""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from pathlib import Path

from app.common.problems import Problem
from app.common.yamlfile import display_path, load_yaml_document
from app.scenario.model import DIMENSIONS, Scenario

MIN_BEST_PATH = 8


def load_scenarios(folder: Path, base: Path, problems: list[Problem]):
    """(scenarios by id, [(file, line, lesson-ref)] for the caller to check)."""
    from pydantic import TypeAdapter

    scenarios: dict[str, Scenario] = {}
    refs: list[tuple[str, int, str]] = []
    adapter = TypeAdapter(Scenario)
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        loaded = load_yaml_document(path, adapter, base, problems)
        if loaded is None:
            continue
        doc, parsed = loaded
        shown = display_path(path, base)
        lines: dict[str, int] = {}
        nodes = {}
        for nid, n in doc.nodes.items():
            lines[nid] = parsed.line_for(("nodes", nid))
            for i, c in enumerate(n.choices):
                at = parsed.line_for(("nodes", nid, "choices", i, "next"))
                bad = set(c.scores) - set(DIMENSIONS)
                if bad or any(not -2 <= v <= 2 for v in c.scores.values()):
                    problems.append(
                        Problem(
                            shown,
                            at,
                            "invalid",
                            f"node '{nid}': scores use {', '.join(DIMENSIONS)} "
                            "with values from -2 to 2",
                        )
                    )
                refs.append(
                    (shown, parsed.line_for(("nodes", nid, "choices", i, "lesson")), c.lesson)
                )
                lines[f"{nid}/{i}"] = at
            nodes[nid] = replace(n, id=nid)
        endings = {}
        for eid, e in doc.endings.items():
            lines[eid] = parsed.line_for(("endings", eid))
            endings[eid] = replace(e, id=eid)
        scenario = replace(doc, nodes=nodes, endings=endings, source=shown, lines=lines)
        if doc.id in scenarios:
            problems.append(
                Problem(
                    shown,
                    parsed.line_for(("id",)),
                    "duplicate-id",
                    f"duplicate scenario id '{doc.id}'",
                )
            )
            continue
        problems.extend(check_graph(scenario, parsed.line_for(("start",))))
        scenarios[doc.id] = scenario
    return scenarios, refs


def check_graph(s: Scenario, start_line: int = 1) -> list[Problem]:
    out: list[Problem] = []
    if s.start not in s.nodes:
        return [
            Problem(
                s.source, start_line, "broken-reference", f"start node '{s.start}' does not exist"
            )
        ]
    for nid, node in s.nodes.items():
        for i, c in enumerate(node.choices):
            if c.next not in s.nodes and c.next not in s.endings:
                out.append(
                    Problem(
                        s.source,
                        s.lines.get(f"{nid}/{i}", 1),
                        "broken-reference",
                        f"node '{nid}' choice {i + 1} leads to '{c.next}', which "
                        "is neither a node nor an ending",
                    )
                )
    # Forward: what can be reached from the start, and in how many decisions.
    dist = {s.start: 0}
    queue = deque([s.start])
    while queue:
        x = queue.popleft()
        if x not in s.nodes:
            continue
        for c in s.nodes[x].choices:
            if c.next not in dist:
                dist[c.next] = dist[x] + 1
                queue.append(c.next)
    for key in [*s.nodes, *s.endings]:
        if key not in dist:
            kind = "node" if key in s.nodes else "ending"
            out.append(
                Problem(
                    s.source,
                    s.lines.get(key, 1),
                    "unreachable",
                    f"{kind} '{key}' cannot be reached from the start",
                )
            )
    # Backward: from which nodes can some ending still be reached?
    back: dict[str, set[str]] = {}
    for nid, node in s.nodes.items():
        for c in node.choices:
            back.setdefault(c.next, set()).add(nid)
    can_end = set(s.endings)
    queue = deque(s.endings)
    while queue:
        for prev in back.get(queue.popleft(), ()):
            if prev not in can_end:
                can_end.add(prev)
                queue.append(prev)
    for nid in s.nodes:
        if nid in dist and nid not in can_end:
            out.append(
                Problem(
                    s.source,
                    s.lines.get(nid, 1),
                    "trapped",
                    f"from node '{nid}' no ending can be reached (a dead end or "
                    "a cycle with no way out)",
                )
            )
    loyal = [e for e in s.endings.values() if e.kind == "loyal"]
    if len(s.endings) < 3 or not loyal:
        out.append(
            Problem(
                s.source,
                start_line,
                "structure",
                "a scenario needs at least 3 endings, one of kind 'loyal'",
            )
        )
    elif min(dist.get(e.id, 0) for e in loyal) < MIN_BEST_PATH:
        best = min(dist.get(e.id, 0) for e in loyal)
        out.append(
            Problem(
                s.source,
                s.lines.get(loyal[0].id, 1),
                "structure",
                f"the best path to '{loyal[0].id}' has {best} decisions; "
                f"at least {MIN_BEST_PATH} are needed",
            )
        )
    return out
