"""The graph rules as findings per node and reply (one function for `content check` and the
editor), a half-written draft checked without failing, the graph's layout, and saving a draft
so the real loader reads it back."""

import shutil
import time
from pathlib import Path

import pytest

from app.cli import main
from app.common.problems import Problem
from app.paths import content_dir
from app.scenario.draft import DraftError, ScenarioDraft
from app.scenario.engine import ScenarioRun
from app.scenario.graph import crossings, distances, edges, graph_findings, layout
from app.scenario.loader import load_scenarios

BUNDLED = content_dir() / "scenarios" / "bank-account-limit.yaml"


def _loaded(folder: Path):
    problems: list[Problem] = []
    scenarios, _ = load_scenarios(folder, folder.parent, problems)
    return scenarios, problems


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    return Path(shutil.copy(BUNDLED, folder / BUNDLED.name))


def test_a_broken_target_is_one_finding_on_the_reply_and_the_same_problem_in_content_check(
    tmp_path, capsys
):
    path = _copy(tmp_path)
    draft = ScenarioDraft.load(path)
    assert draft.findings() == []
    draft.set(("nodes", "n1", "choices", 3, "next"), "n99")
    found = [f for f in draft.findings() if f.kind == "missing-target"]
    assert [(f.node_id, f.choice_index, f.field, f.detail) for f in found] == [
        ("n1", 3, "next", "n99")
    ]
    draft.save(path)
    _scenarios, problems = _loaded(path.parent)
    assert [p.message for p in problems if p.kind == "broken-reference"] == [found[0].message]
    line = next(p.line for p in problems if p.kind == "broken-reference")
    assert "next: n99" in path.read_text(encoding="utf-8").splitlines()[line - 1]


def test_content_check_reports_what_the_graph_rules_find(content_copy, capsys):
    root = content_copy
    draft = ScenarioDraft.load(root / "scenarios" / BUNDLED.name)
    draft.remove_node("b1")  # n1's first reply now leads nowhere; b1's targets lose a way in
    draft.save(root / "scenarios" / BUNDLED.name)
    findings = graph_findings(draft.scenario())
    assert main(["content", "check", str(root)]) != 0
    out = capsys.readouterr()
    text = out.out + out.err
    for f in findings:
        assert f.message in text


def test_a_half_written_draft_is_checked_without_failing(tmp_path):
    path = tmp_path / "new.yaml"
    path.write_text("id: new\ntitle: 新场景\nstart: n1\nnodes:\n  n1:\n    customer: 你好\n")
    draft = ScenarioDraft.load(path)
    kinds = {(f.node_id, f.kind, f.field) for f in draft.findings()}
    assert ("n1", "trapped", "") in kinds  # no replies: a dead end
    assert ("n1", "schema", "choices") in kinds  # needs 3–4 replies
    assert (None, "few-endings", "") in kinds
    assert (None, "schema", "intro") in kinds  # a missing field of the scenario
    i = draft.add_choice("n1")
    kinds = {(f.node_id, f.choice_index, f.kind, f.field) for f in draft.findings()}
    assert ("n1", i, "missing-target", "next") in kinds
    assert ("n1", i, "schema", "text") in kinds  # the reply's text is still empty


def test_a_file_that_cannot_be_edited_is_refused_with_its_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\nnodes:\n  n1:\n    customer: hi\n    choices: 3\n")
    with pytest.raises(DraftError, match=r"bad\.yaml:5: node 'n1'"):
        ScenarioDraft.load(path)
    path.write_text("id: [x\n")
    with pytest.raises(DraftError, match=r"bad\.yaml:\d+: "):
        ScenarioDraft.load(path)


def test_a_saved_draft_loads_with_the_real_loader_as_it_was(tmp_path):
    original, problems = _loaded(BUNDLED.parent)
    path = _copy(tmp_path)
    draft = ScenarioDraft.load(path)
    draft.save(path)
    again, problems = _loaded(path.parent)
    assert problems == []
    mine = again["bank-account-limit"]
    theirs = original["bank-account-limit"]
    assert mine.nodes == theirs.nodes and mine.endings == theirs.endings
    assert (mine.title, mine.intro, mine.start, mine.emotion) == (
        theirs.title,
        theirs.intro,
        theirs.start,
        theirs.emotion,
    )
    assert "scores: {empathy:" in path.read_text(encoding="utf-8")
    assert not list(path.parent.glob("*.tmp"))


def test_layout_columns_follow_the_distance_and_every_id_is_placed_once():
    draft = ScenarioDraft.load(BUNDLED)
    s = draft.scenario()
    first, second = layout(s), layout(s)
    assert first == second  # deterministic
    placed = [nid for col in first.columns for nid in col]
    assert sorted(placed) == sorted([*s.nodes, *s.endings])
    dist = distances(s)
    for nid in s.nodes:
        assert first.place[nid][0] == dist[nid]
    assert set(first.columns[-1]) == set(s.endings)


def _crossed() -> ScenarioDraft:
    """Two columns wired so that the file's order crosses every arrow."""
    nodes = {"s": {"customer": "x", "choices": [{"next": f"a{i}"} for i in range(4)]}}
    for i in range(4):
        nodes[f"a{i}"] = {"customer": "x", "choices": [{"next": f"b{3 - i}"}]}
    for i in range(4):
        nodes[f"b{i}"] = {"customer": "x", "choices": [{"next": "end"}]}
    return ScenarioDraft({"start": "s", "nodes": nodes, "endings": {"end": {"kind": "loyal"}}})


def test_layout_orders_each_column_to_cut_crossings():
    s = _crossed().scenario()
    by_file = [["s"], [f"a{i}" for i in range(4)], [f"b{i}" for i in range(4)], ["end"]]
    assert crossings(by_file, edges(s)) == 6
    assert crossings(layout(s).columns, edges(s)) == 0


def test_two_hundred_nodes_lay_out_and_check_quickly():
    nodes = {}
    for i in range(200):
        nodes[f"n{i}"] = {
            "customer": "x",
            "choices": [{"next": f"n{(i * 7 + k) % 200}"} for k in range(3)] + [{"next": "end"}],
        }
    draft = ScenarioDraft({"start": "n0", "nodes": nodes, "endings": {"end": {"kind": "loyal"}}})
    began = time.perf_counter()
    found = draft.findings()
    placed = layout(draft.scenario())
    assert time.perf_counter() - began < 2.0
    assert len(placed.place) == 201 and any(f.kind == "few-endings" for f in found)


def test_play_from_here_starts_at_the_node_in_the_mood_the_way_there_leaves():
    s = ScenarioDraft.load(BUNDLED).scenario()
    firsts = [c.next for c in s.nodes[s.start].choices]
    moods = {}
    for i, nxt in enumerate(firsts):
        if nxt in s.nodes and firsts.count(nxt) == 1:
            walk = ScenarioRun(s)
            walk.choose(i)
            moods[nxt] = walk.emotion
    target = next(n for n, mood in moods.items() if mood != s.emotion)
    run = ScenarioRun.from_node(s, target)
    assert run.node_id == target and run.steps == [] and run.total() == 0
    assert run.emotion == moods[target]
    run.choose(0)
    assert len(run.steps) == 1 and run.steps[0].node.id == target
    with pytest.raises(ValueError, match="no node"):
        ScenarioRun.from_node(s, "nowhere")
