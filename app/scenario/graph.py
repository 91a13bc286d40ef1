"""The authoring rules of a scenario's graph, as findings per node and per reply, and a layout
of the graph to draw.

One set of rules for two callers: ``content check`` (app.scenario.loader turns each finding into
a ``file:line`` problem) and the studio's graph editor, which checks a scenario while it is
being written — replies may point nowhere yet, there may be no endings at all — and marks the
node or reply a finding names. So nothing here assumes a scenario is complete."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from app.scenario.model import DIMENSIONS, Scenario

MIN_BEST_PATH = 8

# What each finding is called in ``content check`` (the kinds problems have always had).
PROBLEM_KINDS = {
    "no-start": "broken-reference",
    "missing-target": "broken-reference",
    "unreachable": "unreachable",
    "trapped": "trapped",
    "few-endings": "structure",
    "short-path": "structure",
    "scores": "invalid",
}


@dataclass(frozen=True)
class Finding:
    """A broken rule. ``node_id`` names a node or an ending (None: the scenario as a whole);
    ``choice_index`` a reply of that node (0-based); ``field`` the key at fault, so an editor
    can mark it; ``detail`` the value the message is about (a target id, a count)."""

    node_id: str | None
    choice_index: int | None
    kind: str  # a key of PROBLEM_KINDS, or "schema" (a field the model refuses)
    message: str
    field: str = ""
    detail: str = ""


def scores_finding(node_id: str, index: int, scores: dict) -> Finding | None:
    """A reply's scores use the four dimensions, each from -2 to 2."""
    bad = set(scores) - set(DIMENSIONS)
    if bad or any(not isinstance(v, int) or not -2 <= v <= 2 for v in scores.values()):
        return Finding(
            node_id,
            index,
            "scores",
            f"node '{node_id}': scores use {', '.join(DIMENSIONS)} with values from -2 to 2",
            "scores",
        )
    return None


def distances(s: Scenario) -> dict[str, int]:
    """Fewest decisions from the start to each node or ending that can be reached."""
    if s.start not in s.nodes:
        return {}
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
    return dist


def graph_findings(s: Scenario) -> list[Finding]:
    """Every authoring rule of docs/scenario-format.md that the graph decides: targets exist,
    everything is reachable, no node is trapped, 3+ endings with a 'loyal' one, and the best
    path takes at least ``MIN_BEST_PATH`` decisions. Also each reply's scores."""
    out: list[Finding] = []
    for nid, node in s.nodes.items():
        for i, c in enumerate(node.choices):
            bad_scores = scores_finding(nid, i, c.scores)
            if bad_scores:
                out.append(bad_scores)
            if c.next not in s.nodes and c.next not in s.endings:
                out.append(
                    Finding(
                        nid,
                        i,
                        "missing-target",
                        f"node '{nid}' choice {i + 1} leads to '{c.next}', which "
                        "is neither a node nor an ending",
                        "next",
                        c.next,
                    )
                )
    if s.start not in s.nodes:
        out.append(
            Finding(None, None, "no-start", f"start node '{s.start}' does not exist", "start")
        )
        return out
    dist = distances(s)
    for key in [*s.nodes, *s.endings]:
        if key not in dist:
            kind = "node" if key in s.nodes else "ending"
            out.append(
                Finding(
                    key, None, "unreachable", f"{kind} '{key}' cannot be reached from the start"
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
                Finding(
                    nid,
                    None,
                    "trapped",
                    f"from node '{nid}' no ending can be reached (a dead end or "
                    "a cycle with no way out)",
                )
            )
    loyal = [eid for eid, e in s.endings.items() if e.kind == "loyal"]
    if len(s.endings) < 3 or not loyal:
        out.append(
            Finding(
                None,
                None,
                "few-endings",
                "a scenario needs at least 3 endings, one of kind 'loyal'",
                detail=str(len(s.endings)),
            )
        )
    elif min(dist.get(e, 0) for e in loyal) < MIN_BEST_PATH:
        best = min(dist.get(e, 0) for e in loyal)
        out.append(
            Finding(
                loyal[0],
                None,
                "short-path",
                f"the best path to '{loyal[0]}' has {best} decisions; "
                f"at least {MIN_BEST_PATH} are needed",
                detail=str(best),
            )
        )
    return out


# -- layout -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GraphLayout:
    """Columns of ids, left to right: nodes by their distance from the start, then nodes the
    start cannot reach, then the endings. ``place`` gives each id its (column, row)."""

    columns: tuple[tuple[str, ...], ...]
    place: dict[str, tuple[int, int]]


def edges(s: Scenario) -> list[tuple[str, str]]:
    """(node, target) for each reply whose target exists, in file order."""
    return [
        (nid, c.next)
        for nid, node in s.nodes.items()
        for c in node.choices
        if c.next in s.nodes or c.next in s.endings
    ]


def layout(s: Scenario, sweeps: int = 6) -> GraphLayout:
    """Columns by distance from the start; within a column, rows ordered by the mean row of
    each id's neighbours (the barycentre heuristic), sweeping right then left and keeping the
    order with the fewest crossings. Deterministic: ties keep the file's order. Linear in the
    size of the graph per sweep, so 200 nodes lay out in milliseconds."""
    dist = distances(s)
    reachable = [n for n in s.nodes if n in dist and n not in s.endings]
    deepest = max((dist[n] for n in reachable), default=-1)
    columns: list[list[str]] = [[] for _ in range(deepest + 1)]
    for n in sorted(reachable, key=lambda n: dist[n]):  # stable: file order within a column
        columns[dist[n]].append(n)
    stray = [n for n in s.nodes if n not in dist]
    if stray:
        columns.append(stray)
    if s.endings:
        columns.append(list(s.endings))
    columns = [c for c in columns if c]
    links = edges(s)
    best = [list(c) for c in columns]
    best_cross = crossings(best, links)
    for sweep in range(sweeps):
        order = range(1, len(columns)) if sweep % 2 == 0 else range(len(columns) - 2, -1, -1)
        for k in order:
            columns[k] = _by_barycentre(columns, k, links, forward=sweep % 2 == 0)
        cross = crossings(columns, links)
        if cross < best_cross:
            best, best_cross = [list(c) for c in columns], cross
    place = {nid: (ci, ri) for ci, col in enumerate(best) for ri, nid in enumerate(col)}
    return GraphLayout(tuple(tuple(c) for c in best), place)


def _by_barycentre(
    columns: list[list[str]], k: int, links: list[tuple[str, str]], forward: bool
) -> list[str]:
    where = {
        nid: (ci, ri / max(1, len(col)))
        for ci, col in enumerate(columns)
        for ri, nid in enumerate(col)
    }
    pulls: dict[str, list[float]] = {}
    for a, b in links:
        near, far = (b, a) if forward else (a, b)
        if near not in where or far not in where or where[near][0] != k:
            continue
        if (where[far][0] < k) if forward else (where[far][0] > k):
            pulls.setdefault(near, []).append(where[far][1])
    current = {nid: i / max(1, len(columns[k])) for i, nid in enumerate(columns[k])}
    return sorted(
        columns[k],
        key=lambda n: (sum(pulls[n]) / len(pulls[n]) if n in pulls else current[n], current[n]),
    )


def crossings(columns: Iterable[Iterable[str]], links: list[tuple[str, str]]) -> int:
    """How many pairs of arrows between neighbouring columns cross (the number a layout
    tries to keep small)."""
    place = {nid: (ci, ri) for ci, col in enumerate(columns) for ri, nid in enumerate(col)}
    spans: dict[int, list[tuple[int, int]]] = {}
    for a, b in links:
        if a in place and b in place:
            (ca, ra), (cb, rb) = place[a], place[b]
            if abs(ca - cb) == 1:
                left, right = (ra, rb) if ca < cb else (rb, ra)
                spans.setdefault(min(ca, cb), []).append((left, right))
    total = 0
    for pairs in spans.values():
        # Sorted by the left end, two arrows cross when their right ends are in the other
        # order: count those inversions with a Fenwick tree, O(E log E) per column pair.
        pairs.sort()
        rights = sorted({r for _, r in pairs})
        rank = {r: i + 1 for i, r in enumerate(rights)}
        tree = [0] * (len(rights) + 1)
        for seen, (_, r) in enumerate(pairs):
            i, not_above = rank[r], 0
            while i > 0:
                not_above += tree[i]
                i -= i & -i
            total += seen - not_above
            i = rank[r]
            while i < len(tree):
                tree[i] += 1
                i += i & -i
    return total
