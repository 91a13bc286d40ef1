"""Load scenarios and check how they are authored, naming file and line for each problem:
missing targets, unreachable nodes or endings, nodes from which no ending can be reached
(dead ends, cycles with no way out), too few endings, a best path that is too short."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.common.problems import Problem
from app.common.yamlfile import display_path, load_yaml_document
from app.scenario.graph import PROBLEM_KINDS, graph_findings, scores_finding
from app.scenario.model import Scenario


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
                bad_scores = scores_finding(nid, i, c.scores)
                if bad_scores:
                    problems.append(Problem(shown, at, "invalid", bad_scores.message))
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
    """The graph's authoring findings (app.scenario.graph) as problems naming file and line."""
    out = []
    for f in graph_findings(s):
        if f.kind == "scores":
            continue  # reported with the line of the reply while loading
        if f.node_id is None:
            line = start_line
        elif f.choice_index is not None:
            line = s.lines.get(f"{f.node_id}/{f.choice_index}", 1)
        else:
            line = s.lines.get(f.node_id, 1)
        out.append(Problem(s.source, line, PROBLEM_KINDS[f.kind], f.message))
    return out
