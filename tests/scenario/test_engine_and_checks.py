"""The role-play engine plays every scenario to every ending; authoring mistakes are named."""

from collections import deque
from pathlib import Path

import pytest
import yaml

from app.common.problems import Problem
from app.course.library import load_library
from app.paths import assets_dir, content_dir
from app.scenario.engine import ScenarioRun
from app.scenario.loader import load_scenarios


def _choice(nxt: str, emotion: int = -1, score: int = 1) -> dict:
    return {
        "text": f"去 {nxt}",
        "next": nxt,
        "emotion": emotion,
        "scores": {"empathy": score, "compliance": 0, "solving": score, "cost": 0},
        "feedback": "说明。",
        "principle": "原则",
        "lesson": "seven-step-emotion-first#2",
    }


def _scenario(**changes) -> dict:
    nodes = {}
    for i in range(1, 9):  # n1 … n8 on the best path
        good = f"n{i + 1}" if i < 8 else "loyal"
        nodes[f"n{i}"] = {
            "customer": f"第{i}句。",
            "choices": [_choice(good), _choice("costly", 0, 0), _choice("lost", 2, -2)],
        }
    nodes["n4"]["choices"].append(_choice("escalated", 2, -2))
    doc = {
        "id": "test",
        "title": "测试",
        "industry": "banking",
        "intro": "背景。",
        "start": "n1",
        "emotion": 4,
        "nodes": nodes,
        "endings": {
            k: {"kind": k, "title": k, "text": "结局。"}
            for k in ("loyal", "costly", "escalated", "lost")
        },
    }
    doc.update(changes)
    return doc


def _add_trap(doc: dict) -> None:
    """Two nodes that only lead to each other, entered from n3."""
    doc["nodes"]["trap1"] = {"customer": "绕圈一。", "choices": [_choice("trap2")] * 3}
    doc["nodes"]["trap2"] = {"customer": "绕圈二。", "choices": [_choice("trap1")] * 3}
    doc["nodes"]["n3"]["choices"][1] = _choice("trap1")


def _load(tmp_path: Path, doc: dict) -> tuple[dict, list[Problem]]:
    folder = tmp_path / "content" / "scenarios"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "t.yaml").write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    problems: list[Problem] = []
    scenarios, _refs = load_scenarios(folder, tmp_path, problems)
    return scenarios, problems


def _paths_to_every_ending(scenario) -> dict[str, list[int]]:
    """Breadth-first over the engine's own choices: the choice indices reaching each ending."""
    found: dict[str, list[int]] = {}
    queue = deque([[]])
    seen = {scenario.start}
    while queue and len(found) < len(scenario.endings):
        path = queue.popleft()
        run = ScenarioRun(scenario)
        for i in path:
            run.choose(i)
        for i in range(len(run.node.choices)):
            trial = ScenarioRun(scenario)
            for j in [*path, i]:
                trial.choose(j)
            if trial.finished:
                found.setdefault(trial.ending.id, [*path, i])
            elif trial.node_id not in seen:
                seen.add(trial.node_id)
                queue.append([*path, i])
    return found


def test_a_well_formed_scenario_plays_to_every_ending(tmp_path):
    scenarios, problems = _load(tmp_path, _scenario())
    assert problems == []
    s = scenarios["test"]
    paths = _paths_to_every_ending(s)
    assert set(paths) == {"loyal", "costly", "escalated", "lost"}
    run = ScenarioRun(s)
    for i in paths["loyal"]:
        run.choose(i)
    assert run.ending.kind == "loyal" and len(run.steps) == 8
    assert run.emotion == 0, "calmed from 暴怒 to 平静"
    assert run.scores["empathy"] == 8 and run.total() == 16
    debrief = run.debrief()
    assert len(debrief) == 8 and all(d["followed"] for d in debrief)
    assert debrief[0]["lesson"] == "seven-step-emotion-first#2"
    with pytest.raises(RuntimeError):
        run.choose(0)


@pytest.mark.parametrize(
    ("change", "kind", "words"),
    [
        (
            lambda d: d["nodes"]["n3"]["choices"].__setitem__(0, _choice("nowhere")),
            "broken-reference",
            "neither a node nor an ending",
        ),
        (
            lambda d: d["nodes"].__setitem__(
                "orphan",
                {
                    "customer": "没人来这儿。",
                    "choices": [_choice("loyal"), _choice("lost"), _choice("costly")],
                },
            ),
            "unreachable",
            "orphan",
        ),
        (_add_trap, "trapped", "no ending"),
        (
            lambda d: d["nodes"]["n2"]["choices"].__setitem__(0, _choice("loyal")),
            "structure",
            "at least 8",
        ),
        (
            lambda d: (
                [d["endings"].pop(k) for k in ("escalated", "lost", "costly")]
                and [
                    c.__setitem__("next", "loyal")
                    for n in d["nodes"].values()
                    for c in n["choices"]
                    if c["next"] not in d["nodes"]
                ]
            ),
            "structure",
            "at least 3 endings",
        ),
    ],
)
def test_authoring_mistakes_are_reported(tmp_path, change, kind, words):
    doc = _scenario()
    change(doc)
    _scenarios, problems = _load(tmp_path, doc)
    assert any(p.kind == kind and words in p.message for p in problems), problems
    assert all(p.file == "content/scenarios/t.yaml" and p.line >= 1 for p in problems)


def test_every_bundled_scenario_reaches_every_ending():
    bundle = load_library(content_dir(), assets_dir())
    for s in bundle.scenarios.values():
        assert set(_paths_to_every_ending(s)) == set(s.endings), s.id


def test_undo_restores_the_run_exactly_and_replay_rebuilds_it(tmp_path):
    scenarios, _ = _load(tmp_path, _scenario())
    s = scenarios["test"]
    run = ScenarioRun(s)
    run.choose(0)
    before = (run.node_id, run.emotion, dict(run.scores), len(run.steps))
    run.choose(2)  # straight to the 'lost' ending
    assert run.finished and run.ending.kind == "lost" and run.emotion == 4
    undone = run.undo()
    assert undone.index == 2 and not run.finished
    assert (run.node_id, run.emotion, dict(run.scores), len(run.steps)) == before
    for _ in range(7):
        run.choose(0)
    assert run.ending.kind == "loyal"
    again = ScenarioRun.replayed(s, run.path)
    assert again.ending == run.ending and again.scores == run.scores
    assert again.debrief() == run.debrief()
    assert ScenarioRun(s).undo() is None


def test_a_stored_path_that_no_longer_fits_is_refused(tmp_path):
    scenarios, _ = _load(tmp_path, _scenario())
    s = scenarios["test"]
    with pytest.raises(ValueError, match="no longer fits"):
        ScenarioRun.replayed(s, [("n1", 0), ("n5", 0)])
    with pytest.raises(ValueError, match="has 3 replies"):
        ScenarioRun.replayed(s, [("n1", 7)])


def test_results_compare_by_ending_before_points():
    from app.scenario.engine import result_key

    ranked = sorted(
        [("lost", 30), ("loyal", 2), ("costly", 20), ("loyal", 9), ("escalated", 25)],
        key=lambda r: result_key(*r),
        reverse=True,
    )
    assert ranked == [("loyal", 9), ("loyal", 2), ("costly", 20), ("escalated", 25), ("lost", 30)]


def test_news_in_a_node_stirs_the_customer_up_and_take_back_undoes_it(tmp_path):
    doc = _scenario()
    doc["nodes"]["n3"]["upset"] = 2  # e.g. "your ID card has expired"
    scenarios, problems = _load(tmp_path, doc)
    assert problems == []
    run = ScenarioRun(scenarios["test"])
    run.choose(0)
    assert run.emotion == 3
    run.choose(0)  # calming reply (−1), then the news in n3 (+2)
    assert run.node_id == "n3" and run.emotion == 4
    run.undo()
    assert run.emotion == 3
    doc["nodes"]["n3"]["upset"] = 3
    _scenarios, problems = _load(tmp_path, doc)
    assert any("upset" in p.message for p in problems)
