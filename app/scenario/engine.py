"""Playing a scenario: the customer's emotion moves with each reply, four scores add up, and
the debrief lists every choice with the principle it followed or broke."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from app.scenario.model import DIMENSIONS, Choice, Ending, Node, Scenario

# How good an ending is, best first: the order results are compared in.
ENDING_RANK = {"loyal": 3, "costly": 2, "escalated": 1, "lost": 0}


def result_key(kind: str, total: int) -> tuple[int, int]:
    """Sort key of a finished run: the ending matters more than the points on the way."""
    return ENDING_RANK.get(kind, -1), total


def decisions_to_best(scenario: Scenario) -> int:
    """The fewest replies that reach a 'loyal' ending (0 if none can)."""
    dist = {scenario.start: 0}
    queue = deque([scenario.start])
    while queue:
        at = queue.popleft()
        if at in scenario.endings:
            if scenario.endings[at].kind == "loyal":
                return dist[at]
            continue
        for c in scenario.nodes[at].choices:
            if c.next not in dist:
                dist[c.next] = dist[at] + 1
                queue.append(c.next)
    return 0


def _shortest_path(scenario: Scenario, target: str) -> list[int] | None:
    """Reply indices of a fewest-decisions way from the start to ``target`` (None: none)."""
    if scenario.start not in scenario.nodes:
        return None
    came: dict[str, tuple[str, int] | None] = {scenario.start: None}
    queue = deque([scenario.start])
    while queue:
        at = queue.popleft()
        if at == target:
            path: list[int] = []
            while came[at] is not None:
                at, index = came[at]
                path.append(index)
            return path[::-1]
        for i, c in enumerate(scenario.nodes[at].choices):
            if c.next in scenario.nodes and c.next not in came:
                came[c.next] = (at, i)
                queue.append(c.next)
    return None


@dataclass(frozen=True)
class Step:
    node: Node
    choice: Choice
    index: int  # which reply (0-based), so a run can be stored and replayed
    emotion_before: int
    emotion_after: int


@dataclass
class ScenarioRun:
    scenario: Scenario
    node_id: str = ""
    emotion: int = 0
    scores: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DIMENSIONS, 0))
    steps: list[Step] = field(default_factory=list)
    ending: Ending | None = None

    def __post_init__(self) -> None:
        self.node_id = self.node_id or self.scenario.start
        self.emotion = self.scenario.emotion

    @property
    def node(self) -> Node | None:
        return None if self.ending else self.scenario.nodes[self.node_id]

    @property
    def finished(self) -> bool:
        return self.ending is not None

    def choose(self, index: int) -> Step:
        node = self.node
        if node is None:
            raise RuntimeError("the scenario has ended")
        if not 0 <= index < len(node.choices):
            raise IndexError(f"node '{node.id}' has {len(node.choices)} replies, not {index + 1}")
        choice = node.choices[index]
        before = self.emotion
        # The reply moves the customer's mood; what they hear next may stir them up again.
        upset = self.scenario.nodes[choice.next].upset if choice.next in self.scenario.nodes else 0
        self.emotion = max(0, min(4, self.emotion + choice.emotion))
        self.emotion = min(4, self.emotion + upset)
        for dim in DIMENSIONS:
            self.scores[dim] += choice.scores.get(dim, 0)
        step = Step(node, choice, index, before, self.emotion)
        self.steps.append(step)
        if choice.next in self.scenario.endings:
            self.ending = self.scenario.endings[choice.next]
        else:
            self.node_id = choice.next
        return step

    @classmethod
    def from_node(cls, scenario: Scenario, node_id: str) -> ScenarioRun:
        """A run that starts at ``node_id`` ("play from here" while writing a scenario), with
        the customer's mood as the shortest way there from the start leaves it (or the start
        mood plus the node's own news, if the start cannot reach it). No steps, no points."""
        if node_id not in scenario.nodes:
            raise ValueError(f"scenario '{scenario.id}' has no node '{node_id}'")
        run = cls(scenario)
        path = _shortest_path(scenario, node_id)
        if path is None:
            run.emotion = min(4, scenario.emotion + scenario.nodes[node_id].upset)
        else:
            for index in path:
                run.choose(index)
        run.node_id = node_id
        run.steps.clear()
        run.scores = dict.fromkeys(DIMENSIONS, 0)
        return run

    @classmethod
    def replayed(cls, scenario: Scenario, path: list[tuple[str, int]]) -> ScenarioRun:
        """Rebuild a stored run step by step. Raises ValueError if the scenario has changed
        since (a node is gone or the path no longer follows it)."""
        run = cls(scenario)
        for node_id, index in path:
            if run.finished or run.node_id != node_id:
                raise ValueError(f"the stored run no longer fits scenario '{scenario.id}'")
            try:
                run.choose(int(index))
            except IndexError as e:
                raise ValueError(str(e)) from None
        return run

    def undo(self) -> Step | None:
        """Take back the last reply (a misclick in class): the run is as it was before it."""
        if not self.steps:
            return None
        step = self.steps.pop()
        self.ending = None
        self.node_id = step.node.id
        self.emotion = step.emotion_before
        for dim in DIMENSIONS:
            self.scores[dim] -= step.choice.scores.get(dim, 0)
        return step

    @property
    def path(self) -> list[tuple[str, int]]:
        """(node id, reply index) for each step: enough to store and replay the run."""
        return [(s.node.id, s.index) for s in self.steps]

    def total(self) -> int:
        return sum(self.scores.values())

    def key(self) -> tuple[int, int]:
        return result_key(self.ending.kind if self.ending else "", self.total())

    def debrief(self) -> list[dict]:
        return [
            {
                "customer": s.node.customer,
                "reply": s.choice.text,
                "followed": sum(s.choice.scores.values()) > 0,
                "principle": s.choice.principle,
                "feedback": s.choice.feedback,
                "lesson": s.choice.lesson,
                "emotion": s.emotion_after,
            }
            for s in self.steps
        ]
