"""Whether a test-wise learner could pass by picking the longest answer.

Writers tend to make the right option the most complete, careful one, and learners learn to
spot it. The figure is how often the right option (or the best role-play reply) is strictly
the longest; ``content check`` warns above the limits and a test keeps the course below them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

QUESTION_LIMIT = 0.35  # single-choice and situational questions
REPLY_LIMIT = 0.40  # role-play decisions with one best reply


@dataclass(frozen=True)
class LengthBias:
    counted: int  # questions (or decisions) with one right answer
    longest: tuple[str, ...]  # where that answer is strictly the longest

    @property
    def share(self) -> float:
        return len(self.longest) / self.counted if self.counted else 0.0


def _strictly_longest(texts: list[str], index: int) -> bool:
    lengths = [len(t) for t in texts]
    return all(n < lengths[index] for i, n in enumerate(lengths) if i != index)


def option_length_bias(questions: Iterable) -> LengthBias:
    counted, longest = 0, []
    for q in questions:
        if q.type not in ("single", "situational"):
            continue
        right = [i for i, o in enumerate(q.options) if o.correct]
        if len(right) != 1:
            continue
        counted += 1
        if _strictly_longest([o.text for o in q.options], right[0]):
            longest.append(q.id)
    return LengthBias(counted, tuple(longest))


def reply_length_bias(scenarios: Iterable) -> LengthBias:
    """The best reply of a decision is the one with the highest total score, when only one
    has it."""
    counted, longest = 0, []
    for s in scenarios:
        for node_id, node in s.nodes.items():
            totals = [sum(c.scores.values()) for c in node.choices]
            best = max(totals)
            if totals.count(best) != 1:
                continue
            counted += 1
            if _strictly_longest([c.text for c in node.choices], totals.index(best)):
                longest.append(f"{s.id}/{node_id}")
    return LengthBias(counted, tuple(longest))


def bias_warnings(bundle) -> list[str]:
    """The figures, as ``content check`` prints them (a warning when above a limit)."""
    out = []
    for what, bias, limit in (
        ("single-choice questions: the right option", option_length_bias(bundle.questions),
         QUESTION_LIMIT),
        ("role-play decisions: the best reply", reply_length_bias(bundle.scenarios.values()),
         REPLY_LIMIT),
    ):  # fmt: skip
        verdict = "warning: above" if bias.share > limit else "within"
        out.append(
            f"{what} is the longest in {len(bias.longest)} of {bias.counted} "
            f"({bias.share:.0%}; {verdict} the limit of {limit:.0%})"
        )
    return out
