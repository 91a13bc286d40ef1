"""The live quiz: one question at a time on the projector, a countdown, the reveal with the
explanation, and the hands the trainer counted per option.

Only questions answered by choosing (single, multiple, situational, true/false) suit a show
of hands; the others are left out.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

HAND_TYPES = ("single", "multiple", "situational", "truefalse")


def hand_questions(questions) -> list:
    return [q for q in questions if q.type in HAND_TYPES]


def draw_questions(questions, topic: str, count: int = 10,
                   rng: random.Random | None = None) -> list:  # fmt: skip
    """Up to ``count`` show-of-hands questions of a course section, drawn at random without
    repeats (all of them, shuffled, if the section has fewer); [] if it has none."""
    pool = hand_questions([q for q in questions if q.topic == topic])
    return (rng or random.Random()).sample(pool, min(count, len(pool)))


def options_of(q, true_text: str = "对", false_text: str = "错") -> list[str]:
    if q.type == "truefalse":
        return [true_text, false_text]
    return [o.text for o in q.options]


def correct_of(q) -> set[int]:
    if q.type == "truefalse":
        return {0 if q.answer else 1}
    return set(q.correct_indices)


@dataclass
class LiveQuiz:
    questions: list
    seconds: int = 30
    index: int = 0
    revealed: bool = False
    remaining: int = 0
    counts: dict[int, dict[int, int]] = field(default_factory=dict)  # question -> option -> hands

    def __post_init__(self) -> None:
        self.remaining = self.seconds

    @property
    def question(self):
        return self.questions[self.index]

    @property
    def finished(self) -> bool:
        return self.index >= len(self.questions) - 1 and self.revealed

    def tick(self) -> bool:
        """One second passes. Returns True when time has just run out (then it reveals)."""
        if self.revealed or self.remaining <= 0:
            return False
        self.remaining -= 1
        if self.remaining == 0:
            self.revealed = True
            return True
        return False

    def reveal(self) -> None:
        self.revealed = True

    def forward(self) -> bool:
        """The presenter's "next": reveal the answer, then go to the next question."""
        if not self.revealed:
            self.reveal()
            return True
        if self.index + 1 < len(self.questions):
            self.index += 1
            self.revealed = False
            self.remaining = self.seconds
            return True
        return False

    def back(self) -> bool:
        if self.revealed:
            self.revealed = False
            return True
        if self.index > 0:
            self.index -= 1
            self.revealed = True
            return True
        return False

    def set_hands(self, option: int, hands: int) -> None:
        self.counts.setdefault(self.index, {})[option] = max(0, int(hands))

    def hands(self, index: int | None = None) -> list[int]:
        i = self.index if index is None else index
        q = self.questions[i]
        got = self.counts.get(i, {})
        return [got.get(k, 0) for k in range(len(options_of(q)))]

    def share_right(self, index: int | None = None) -> float | None:
        """Share of the hands raised for a right option (None if nobody was counted)."""
        i = self.index if index is None else index
        hands = self.hands(i)
        total = sum(hands)
        if not total:
            return None
        right = correct_of(self.questions[i])
        return sum(h for k, h in enumerate(hands) if k in right) / total
