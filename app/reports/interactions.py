"""Questions as xAPI ``cmi.interaction`` activities, and answers as ``result.response``.

So that an LRS (or the BI tool behind it) can do item analysis, each question activity says
what kind of interaction it is, what its options are and which response is right, in the
formats xAPI 1.0.3 defines (§ Interaction Activities): choices by id, ``[,]`` between the
parts of a response, ``[.]`` between a source and its target. Option ids are the option's
position in the question as written (``o1``, ``o2`` …), so they mean the same in every
learner's statements whatever order the options were shown in.
"""

from __future__ import annotations

from collections.abc import Callable

SEP, PAIR = "[,]", "[.]"
INTERACTION_TYPES = {
    "single": "choice",
    "situational": "choice",
    "multiple": "choice",
    "truefalse": "true-false",
    "short": "fill-in",
    "ordering": "sequencing",
    "matching": "matching",
}


def _components(texts, prefix: str, names: Callable[[str], dict]) -> list[dict]:
    return [{"id": f"{prefix}{i + 1}", "description": names(t)} for i, t in enumerate(texts)]


def interaction_definition(q, names: Callable[[str], dict]) -> dict:
    """The ``definition`` fields of a question beyond its name: interactionType,
    correctResponsesPattern and the choices / source / target components. ``names`` turns
    a text into a language map."""
    kind = INTERACTION_TYPES.get(q.type)
    if kind is None:
        return {}
    out: dict = {"interactionType": kind}
    if q.type in ("single", "situational", "multiple"):
        out["choices"] = _components([o.text for o in q.options], "o", names)
        right = [f"o{i + 1}" for i, o in enumerate(q.options) if o.correct]
        out["correctResponsesPattern"] = [SEP.join(right)] if q.type == "multiple" else right
    elif q.type == "truefalse":
        out["correctResponsesPattern"] = ["true" if q.answer else "false"]
    elif q.type == "short":
        out["correctResponsesPattern"] = [a for a in q.answers if a]
    elif q.type == "ordering":
        out["choices"] = _components(q.items, "i", names)
        out["correctResponsesPattern"] = [SEP.join(f"i{i + 1}" for i in range(len(q.items)))]
    elif q.type == "matching":
        rights = [right for _left, right in q.pairs] + list(q.distractors)
        out["source"] = _components([left for left, _right in q.pairs], "s", names)
        out["target"] = _components(rights, "t", names)
        out["correctResponsesPattern"] = [
            SEP.join(f"s{i + 1}{PAIR}t{i + 1}" for i in range(len(q.pairs)))
        ]
    return out


def response_text(q, response) -> str | None:
    """A stored response (in the question's own indices) as ``result.response``; None when
    there was none (a question left unanswered) or it does not fit the question."""
    if response is None:
        return None
    try:
        if q.type in ("single", "situational"):
            return f"o{int(response) + 1}"
        if q.type == "multiple":
            return SEP.join(f"o{int(i) + 1}" for i in sorted(response))
        if q.type == "truefalse":
            return "true" if bool(response) else "false"
        if q.type == "short":
            return str(response)
        if q.type == "ordering":
            return SEP.join(f"i{int(i) + 1}" for i in response)
        if q.type == "matching":
            pairs = sorted((int(k), int(v)) for k, v in dict(response).items())
            return SEP.join(f"s{k + 1}{PAIR}t{v + 1}" for k, v in pairs)
    except (TypeError, ValueError):
        return None
    return None
