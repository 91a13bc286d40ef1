"""The review after a quiz or exam: every question in full, the learner's answer, the right
answer, the result and the feedback, readable without hovering (one scrolling page).

Every text is escaped: imported banks are anybody's text.
"""

from __future__ import annotations

import html


def correct_answer_text(q, true_text: str = "对", false_text: str = "错") -> str:
    if q.type in ("single", "multiple", "situational"):
        return "；".join(o.text for o in q.options if o.correct)
    if q.type == "truefalse":
        return true_text if q.answer else false_text
    if q.type == "ordering":
        return " → ".join(q.items)
    if q.type == "matching":
        return "；".join(f"{a} — {b}" for a, b in q.pairs)
    return " / ".join(q.answers)


def given_answer_text(q, response, true_text: str = "对", false_text: str = "错") -> str | None:
    """The learner's answer (in the question's own terms) as words; None when blank."""
    if response is None:
        return None
    try:
        if q.type in ("single", "situational"):
            return q.options[int(response)].text
        if q.type == "multiple":
            return "；".join(q.options[int(i)].text for i in response)
        if q.type == "truefalse":
            return true_text if response else false_text
        if q.type == "ordering":
            return " → ".join(q.items[int(i)] for i in response)
        if q.type == "matching":
            return "；".join(
                f"{q.pairs[int(left)][0]} — {q.pairs[int(right)][1]}"
                for left, right in dict(response).items()
            )
    except (IndexError, TypeError, ValueError):
        return str(response)
    return str(response)


LABELS = ("True", "False", "Right", "Wrong", "Unanswered", "Time ran out: unanswered",
          "Your answer:", "Right answer:")  # fmt: skip


def review_html(session, labels: dict[str, str], colors) -> str:
    """One block per question, in the order asked, in the words of ``labels`` (LABELS)."""
    e = html.escape
    say = labels.__getitem__
    yes, no = say("True"), say("False")
    blocks = []
    for n, p in enumerate(session.items, start=1):
        q = p.question
        g = session.grades.get(q.id)
        if g is None:
            continue  # never shown (practice ended early)
        if g.correct:
            verdict = f"<span style='color:{colors.success}'>✓ {e(say('Right'))}</span>"
        elif g.empty:
            word = say("Time ran out: unanswered") if g.timed_out else say("Unanswered")
            verdict = f"<span style='color:{colors.muted}'>— {e(word)}</span>"
        else:
            partial = f" ({round(g.score * 100)}%)" if g.score else ""
            verdict = f"<span style='color:#c53030'>✗ {e(say('Wrong'))}{partial}</span>"
        given = given_answer_text(q, session.responses.get(q.id), yes, no)
        rows = [
            f"<p style='margin:0'><b>{n}.</b> {e(q.stem)}</p>",
            f"<p style='margin:2px 0 0 18px; color:{colors.muted}'>{e(q.customer)}</p>"
            if q.customer
            else "",
            f"<p style='margin:4px 0 0 18px'>{verdict}</p>",
            f"<p style='margin:2px 0 0 18px'>{e(say('Your answer:'))} "
            f"{e(given) if given is not None else '—'}</p>",
            f"<p style='margin:2px 0 0 18px'>{e(say('Right answer:'))} "
            f"<b>{e(correct_answer_text(q, yes, no))}</b></p>",
        ]
        if g.feedback:
            rows.append(f"<p style='margin:2px 0 0 18px'>{e(g.feedback)}</p>")
        if q.explanation:
            rows.append(
                f"<p style='margin:2px 0 0 18px; color:{colors.muted}'>{e(q.explanation)}</p>"
            )
        blocks.append("".join(rows))
    return "<hr/>".join(blocks)
