"""Find a way through a scenario to an ending of a given kind, using only the engine."""

from app.scenario.engine import ScenarioRun


def path_to(scenario, want: str, limit: int = 20) -> list[tuple[str, int]]:
    """(node id, reply index) steps to an ending of kind ``want``; best-scoring replies are
    tried first for 'loyal', worst first otherwise. Fails the test if there is none."""

    def search(path):
        run = ScenarioRun.replayed(scenario, path)
        if run.finished:
            return path if run.ending.kind == want else None
        if len(path) > limit:
            return None
        choices = run.node.choices
        order = sorted(
            range(len(choices)),
            key=lambda i: sum(choices[i].scores.values()),
            reverse=want == "loyal",
        )
        for i in order:
            found = search([*path, (run.node_id, i)])
            if found:
                return found
        return None

    found = search([])
    assert found, f"no path to a {want} ending in {scenario.id}"
    return found
