"""Finished role-plays are stored per learner; the best result per scenario is kept apart
from worse replays; nothing is stored for a run that has not ended."""

import sqlite3

import pytest

from app.scenario.engine import ScenarioRun
from tests.helpers import database_of
from tests.scenario.walk import path_to

SCENARIO = "bank-account-limit"


def _play(academy, want: str) -> ScenarioRun:
    s = academy.content.scenarios[SCENARIO]
    return ScenarioRun.replayed(s, path_to(s, want))


def test_best_result_survives_worse_replays_and_a_reopen(learner):
    first = learner.roleplay.finish(_play(learner, "lost"), 95.0)
    assert first["best"] and first["previous_best"] is None
    good = learner.roleplay.finish(_play(learner, "loyal"), 300.0)
    assert good["best"] and good["previous_best"]["ending_kind"] == "lost"
    worse = learner.roleplay.finish(_play(learner, "escalated"), 120.0, mode="classroom")
    assert not worse["best"]

    pid = learner.profile.id
    learner.close_learner()
    learner.open_learner(pid)
    best = learner.roleplay.best_results()[SCENARIO]
    assert best["ending_kind"] == "loyal" and best["id"] == good["id"]
    assert best["total"] == sum(best["scores"].values()) > 0
    runs = learner.roleplay.runs(SCENARIO)
    assert [r["ending_kind"] for r in runs] == ["lost", "loyal", "escalated"]
    assert runs[2]["mode"] == "classroom" and runs[1]["seconds"] == 300.0
    # The stored path rebuilds the same debrief.
    again = ScenarioRun.replayed(learner.content.scenarios[SCENARIO], best["path"])
    assert again.ending.kind == "loyal" and again.scores == best["scores"]


def test_an_unfinished_run_is_refused_and_nothing_is_written(learner):
    run = learner.roleplay.start(SCENARIO)
    run.choose(0)
    with pytest.raises(ValueError):
        learner.roleplay.finish(run, 10.0)
    assert learner.roleplay.runs() == []
    db = database_of(learner)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM scenario_run").fetchone() == (0,)
