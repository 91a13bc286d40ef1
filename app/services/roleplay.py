"""Role-play: running a scenario and keeping every finished run."""

from __future__ import annotations

from app.changes import mutation
from app.services.core import Core


class RolePlay:
    def __init__(self, core: Core) -> None:
        self._core = core
        self.bus = core.bus

    def start(self, scenario_id: str):
        """A new ScenarioRun (nothing is stored until it reaches an ending)."""
        from app.scenario.engine import ScenarioRun

        return ScenarioRun(self._core.content.scenarios[scenario_id])

    @mutation(scenario_runs=True)
    def finish(self, run, seconds: float, *, mode: str = "self") -> dict:
        """Store a run that reached its ending. Returns {"id", "best", "previous_best"}: whether
        this run is now the learner's best for the scenario, and the best before it."""
        from app.scenario.engine import result_key

        if run.ending is None:
            raise ValueError("the scenario has not reached an ending")
        sid = run.scenario.id
        previous = self.best_results().get(sid)
        run_id = self._core.store().record_scenario_run(
            sid, run.ending.id, run.ending.kind, run.scores, run.emotion, run.path, seconds,
            mode=mode,
        )  # fmt: skip
        better = previous is None or run.key() > result_key(
            previous["ending_kind"], previous["total"]
        )
        return {"id": run_id, "best": better, "previous_best": previous}

    def best_results(self) -> dict[str, dict]:
        """The learner's best finished run of each scenario: best ending, then most points;
        among equals the earliest. Empty when no learner is open."""
        from app.scenario.engine import result_key

        if self._core.learner is None:
            return {}
        best: dict[str, dict] = {}
        for r in self._core.store().scenario_runs():
            old = best.get(r["scenario_id"])
            if old is None or result_key(r["ending_kind"], r["total"]) > result_key(
                old["ending_kind"], old["total"]
            ):
                best[r["scenario_id"]] = r
        return best

    def runs(self, scenario_id: str | None = None) -> list[dict]:
        return self._core.store().scenario_runs(scenario_id)
