"""The rules of the exams: how many questions per section, how long, the pass mark, how many
attempts, and which sections the final draws from.

They come from the installed course (``exams:`` in ``course.yaml``, or a content pack's) and
may be overridden on one installation by its trainer (``exam-rules.json`` in the data
folder). Both are read item by item: a bad value is reported (a content problem for the
course file, a log line for the override file) and the value before it stays.

No pydantic and no Qt: the cache decodes ``ExamRules`` as part of the course, and the same
``read_rules`` checks the course file and the trainer's file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from app.common.rules import ID_PATTERN

log = logging.getLogger(__name__)

KINDS = ("exam", "final")
PER_SECTION = (1, 20)
MINUTES = (5, 180)
PASS_MARK = (0.5, 1.0)
ATTEMPTS = (0, 99)  # 0: as many as the learner likes
RULES_FILE = "exam-rules.json"
MAX_RULES_BYTES = 64 * 1024


class ExamRefused(ValueError):
    """An exam the rules do not allow now; the message is a code the views put in words
    ("no-attempts-left")."""


@dataclass(frozen=True, slots=True)
class ExamRule:
    per_section: int = 3
    minutes: int = 20
    pass_mark: float = 0.8
    attempts: int = 0  # 0: unlimited
    sections: tuple[str, ...] = ()  # empty: every section with questions

    @property
    def time_limit_s(self) -> int:
        return self.minutes * 60

    def attempts_left(self, used: int) -> int | None:
        """Attempts still allowed after ``used`` finished ones (None: unlimited)."""
        return None if self.attempts == 0 else max(0, self.attempts - used)


@dataclass(frozen=True, slots=True)
class ExamRules:
    """One ``ExamRule`` per kind of exam: ``exam`` (practice exam) and ``final``."""

    exam: ExamRule = field(default_factory=ExamRule)
    final: ExamRule = field(default_factory=lambda: ExamRule(minutes=30))

    def of(self, kind: str) -> ExamRule:
        if kind not in KINDS:
            raise ValueError(f"unknown exam kind {kind!r}")
        return getattr(self, kind)

    def with_rule(self, kind: str, rule: ExamRule) -> ExamRules:
        self.of(kind)
        return replace(self, **{kind: rule})

    def to_json(self) -> dict:
        return {
            kind: {f.name: _plain(getattr(self.of(kind), f.name)) for f in fields(ExamRule)}
            for kind in KINDS
        }


def _plain(value):
    return list(value) if isinstance(value, tuple) else value


# A problem found while reading: where (a key path), its kind (as content problems name
# them: unknown-field, invalid, wrong-type) and what is wrong.
Issue = tuple[tuple[str | int, ...], str, str]


def _whole(low: int, high: int) -> Callable[[object], object]:
    def check(value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"a whole number from {low} to {high}")
        return value

    return check


def _fraction(value: object) -> object:
    low, high = PASS_MARK
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (low <= value <= high):
        raise ValueError(f"a fraction from {low} to {high} (0.8 means 80 %)")
    return float(value)


def _section_ids(value: object) -> object:
    import re

    if not isinstance(value, list) or not all(
        isinstance(s, str) and re.match(ID_PATTERN, s) for s in value
    ):
        raise ValueError("a list of section ids (empty: every section)")
    return tuple(dict.fromkeys(value))


CHECKS: dict[str, Callable[[object], object]] = {
    "per_section": _whole(*PER_SECTION),
    "minutes": _whole(*MINUTES),
    "pass_mark": _fraction,
    "attempts": _whole(*ATTEMPTS),
    "sections": _section_ids,
}


def read_rules(raw: object, base: ExamRules | None = None) -> tuple[ExamRules, list[Issue]]:
    """``raw`` (a mapping of kind -> mapping of rule -> value) applied over ``base``, item by
    item: what is wrong is left out and listed, the rest applies."""
    rules = base or ExamRules()
    issues: list[Issue] = []
    if raw is None:
        return rules, issues
    if not isinstance(raw, dict):
        return rules, [((), "wrong-type", "should be a mapping of exam kinds (exam, final)")]
    for kind, values in raw.items():
        if kind not in KINDS:
            issues.append(((str(kind),), "unknown-field",
                           f"unknown exam kind '{kind}' (known: exam, final)"))  # fmt: skip
            continue
        if not isinstance(values, dict):
            issues.append(((kind,), "wrong-type", f"'{kind}' should be a mapping of rules"))
            continue
        rule = rules.of(kind)
        changed = {}
        for key, value in values.items():
            check = CHECKS.get(key)
            if check is None:
                issues.append(((kind, str(key)), "unknown-field", f"unknown rule '{kind}.{key}'"))
                continue
            try:
                changed[key] = check(value)
            except ValueError as exc:
                issues.append(((kind, key), "invalid", f"'{kind}.{key}': {value!r} is not {exc}"))
        rules = rules.with_rule(kind, replace(rule, **changed))
    return rules, issues


def read_override(root: Path) -> dict:
    """The ``rules`` mapping of ``root``'s ``exam-rules.json`` as written ({} when there is
    none or it cannot be read: logged)."""
    path = root / RULES_FILE
    try:
        with path.open("rb") as f:
            text = f.read(MAX_RULES_BYTES + 1)
        if len(text) > MAX_RULES_BYTES:
            raise ValueError(f"larger than {MAX_RULES_BYTES} bytes")
        raw = json.loads(text.decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, RecursionError) as exc:
        log.warning("ignoring unreadable exam rules %s: %s", path, exc)
        return {}
    rules = raw.get("rules") if isinstance(raw, dict) else None
    if not isinstance(rules, dict):
        log.warning("ignoring exam rules %s: no 'rules' mapping", path)
        return {}
    return rules


def load_override(root: Path, base: ExamRules) -> ExamRules:
    """The trainer's rules in ``root`` over ``base``; an unreadable file or value is logged
    and left out, item by item (the file is in a folder anyone with the copy can write)."""
    rules, issues = read_rules(read_override(root), base)
    for where, _kind, message in issues:
        log.warning("exam rules %s: %s ignored: %s", root / RULES_FILE,
                    ".".join(map(str, where)) or "(file)", message)  # fmt: skip
    return rules


def override_json(rules: dict, set_by: str) -> str:
    """The text of ``exam-rules.json``: ``rules`` maps the kinds the trainer set to their
    values (kinds left out follow the course)."""
    data = {"version": 1, "set_by": set_by, "rules": rules}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def attempts_used(history: list[dict], kind: str) -> int:
    """Attempts of ``kind`` in an exam history (``Store.exam_history``), finished or not: an
    exam counts from the moment its questions are shown, so closing the app in the middle
    does not give the learner a fresh try."""
    return sum(1 for e in history if e.get("kind") == kind)
