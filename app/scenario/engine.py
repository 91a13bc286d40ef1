"""Playing a scenario: the customer's emotion moves with each reply, four scores add up, and
the debrief lists every choice with the principle it followed or broke."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.scenario.model import DIMENSIONS, Choice, Ending, Node, Scenario


@dataclass(frozen=True)
class Step:
    node: Node
    choice: Choice
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
        choice = node.choices[index]
        self.emotion = max(0, min(4, self.emotion + choice.emotion))
        for dim in DIMENSIONS:
            self.scores[dim] += choice.scores.get(dim, 0)
        step = Step(node, choice, self.emotion)
        self.steps.append(step)
        if choice.next in self.scenario.endings:
            self.ending = self.scenario.endings[choice.next]
        else:
            self.node_id = choice.next
        return step

    def total(self) -> int:
        return sum(self.scores.values())

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
