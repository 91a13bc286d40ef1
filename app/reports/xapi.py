"""xAPI (Experience API 1.0.3) statements of a learner's record, and a check of each statement
against the specification's requirements.

Activity ids are IRIs under one course IRI; statement ids are UUIDs derived from the stored
row of the event (uuid5 of the learner and that row), so exporting the same record twice
gives the same ids, a later export adds statements without changing any, and a cohort
import can skip what it already has. Questions are ``cmi.interaction`` activities
(app.reports.interactions); every attempt and role-play run has its registration; names
are given in Simplified and Traditional Chinese, and in English where the course has it.
"""

from __future__ import annotations

import hashlib
import math
import re
import uuid
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from functools import lru_cache

from app.reports.interactions import interaction_definition, response_text

HOME = "https://xapi.complaint-academy.local"
NAMESPACE = uuid.UUID("6f0f6a0e-2b52-5c1d-9d3e-6b1c8a7e4d21")
VERBS = {
    "experienced": "http://adlnet.gov/expapi/verbs/experienced",
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
}
EXT_TOPIC = f"{HOME}/extensions/topic"
EXT_MODE = f"{HOME}/extensions/mode"
EXT_ENDING = f"{HOME}/extensions/ending"

_DURATION = re.compile(
    r"^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?"
    r"(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$"
)
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$")


def course_iri(course_id: str) -> str:
    return f"{HOME}/course/{course_id}"


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration, e.g. 3725.5 s -> PT1H2M5.5S (xAPI wants at most 0.01 s precision)."""
    total = round(max(0.0, float(seconds)), 2)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    out = "PT"
    if hours:
        out += f"{int(hours)}H"
    if minutes:
        out += f"{int(minutes)}M"
    secs_text = f"{secs:.2f}".rstrip("0").rstrip(".")
    if secs or out == "PT":
        out += f"{secs_text}S"
    return out


def duration_seconds(text: str) -> float:
    m = re.match(r"^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$", text)
    if not m:
        return 0.0
    h, mi, s = (float(g) if g else 0.0 for g in m.groups())
    return h * 3600 + mi * 60 + s


def iso_timestamp(when: datetime) -> str:
    if when.tzinfo is None:
        when = when.astimezone()  # stored local times: say which zone they are in
    return when.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


VERB_NAMES = {  # display in every interface language
    "experienced": ("学习了", "experienced"),
    "answered": ("回答了", "answered"),
    "passed": ("通过了", "passed"),
    "failed": ("未通过", "failed"),
    "completed": ("完成了", "completed"),
}
EXAM_NAMES = {"exam": ("考试", "Exam"), "final": ("结业考试", "Final exam")}
# answers given outside an exam belong to one of these, so that an LRS tells practice apart
PRACTICE_NAMES = {
    "practice": ("练习", "Practice"),
    "review": ("错题复习", "Review of missed questions"),
    "lesson": ("本课自测", "Lesson check"),
}


def language_map(text: str, en: str | None = None) -> dict[str, str]:
    """A name in Simplified and Traditional Chinese (and English when there is one)."""
    out = {"zh-CN": text, "zh-TW": _traditional(text)}
    if en:
        out["en-US"] = en
    return out


@lru_cache(maxsize=4096)
def _traditional(text: str) -> str:  # a long history names the same activities many times
    from app.common.script import to_traditional

    return to_traditional(text)


_NAMESPACE_BYTES = NAMESPACE.bytes


def statement_id(name: str) -> str:
    """``str(uuid.uuid5(NAMESPACE, name))``, computed directly (a long history asks for
    hundreds of thousands; ``uuid.UUID`` objects cost most of the time)."""
    d = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8")).digest()[:16])
    d[6] = (d[6] & 0x0F) | 0x50  # version 5
    d[8] = (d[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = d.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def registration(key: str) -> str:
    """The registration (a UUID) that groups the statements of one attempt or run:
    a quiz session's own id when it is one, else one derived from ``key``."""
    try:
        return str(uuid.UUID(key))
    except (ValueError, TypeError, AttributeError):
        return statement_id(str(key))


class StatementBuilder:
    def __init__(self, course, learner_id: str, learner_name: str,
                 home_page: str | None = None) -> None:  # fmt: skip
        self.course = course
        self.course_iri = course_iri(course.id)
        self.actor = {  # the organisation's account system when organisation.json names it
            "objectType": "Agent",
            "name": learner_name,
            "account": {"homePage": home_page or HOME, "name": learner_id},
        }
        self.learner_id = learner_id

    def activity(self, kind: str, ref: str, name: str, *, en: str | None = None,
                 description: str | None = None, extra: dict | None = None) -> dict:  # fmt: skip
        definition = {
            "type": f"http://adlnet.gov/expapi/activities/{_ACTIVITY_TYPES[kind]}",
            "name": language_map(name, en),
        }
        if description:
            definition["description"] = language_map(description)
        definition.update(extra or {})
        return {"objectType": "Activity", "id": f"{self.course_iri}/{kind}/{ref}",
                "definition": definition}  # fmt: skip

    def statement(self, key: str, verb: str, obj: dict, when: datetime, result: dict | None = None,
                  extensions: dict | None = None, *, registration_id: str | None = None,
                  parent: dict | None = None) -> dict:  # fmt: skip
        zh, en = VERB_NAMES[verb]
        course = {"objectType": "Activity", "id": self.course_iri}
        st = {
            "id": statement_id(f"{self.learner_id}/{key}"),
            "actor": self.actor,
            "verb": {"id": VERBS[verb], "display": language_map(zh, en)},
            "object": obj,
            "timestamp": iso_timestamp(when),
            "context": {
                "contextActivities": {
                    "parent": [_reference(parent)] if parent else [course],
                    **({"grouping": [course]} if parent else {}),
                },
                "platform": "客诉学堂",
                "language": "zh-CN",
            },
            "version": "1.0.3",
        }
        if registration_id:
            st["context"]["registration"] = registration_id
        if result:
            st["result"] = result
        if extensions:
            st["context"]["extensions"] = extensions
        return st


def _reference(activity: dict) -> dict:
    return {"objectType": "Activity", "id": activity["id"]}


_ACTIVITY_TYPES = {
    "lesson": "lesson",
    "question": "cmi.interaction",
    "exam": "assessment",
    "quiz": "assessment",
    "scenario": "simulation",
    "course": "course",
}


def learner_statements(bundle, learner_id: str, name: str, records: dict, *,
                       home_page: str | None = None, account: str | None = None,
                       mbox: str | None = None) -> list[dict]:  # fmt: skip
    """Statements for a learner's lessons, answers, exams and role-plays (see
    ``iter_statements``), as a list."""
    return list(iter_statements(bundle, learner_id, name, records, home_page=home_page,
                                account=account, mbox=mbox))  # fmt: skip


def statements_json(statements: Iterable[dict]) -> Iterator[str]:
    """A JSON array of ``statements`` in pieces, one statement a line, so an export of a
    long history is written as it is made. Encoded by msgspec (compact UTF-8, in C): the
    standard library's encoder was 40 % of a 200,000-answer export."""
    import msgspec

    encode = msgspec.json.Encoder().encode
    first = True
    for st in statements:
        yield ("[\n" if first else ",\n") + encode(st).decode()
        first = False
    yield "[]\n" if first else "\n]\n"


def iter_statements(bundle, learner_id: str, name: str, records: dict, *,
                    home_page: str | None = None, account: str | None = None,
                    mbox: str | None = None) -> Iterator[dict]:  # fmt: skip
    """Statements for a learner's lessons, answers, exams and role-plays, one at a time
    (``records["answers"]`` may be an iterator: it is read once).

    ``records``: {"lessons": {id: LessonState}, "answers": [...], "exams": [...],
    "scenarios": [...]} as the progress store returns them. The actor is ``mbox`` when given,
    else the ``account`` name (a staff id; the profile id by default) under ``home_page``;
    statement ids always come from the profile id, so naming the learner differently later
    does not make old events new."""
    b = StatementBuilder(bundle.course, learner_id, name, home_page)
    if mbox:
        b.actor = {"objectType": "Agent", "name": name, "mbox": mbox}
    elif account:
        b.actor["account"]["name"] = account
    questions = {q.id: q for q in bundle.questions}
    # Every statement is one event that never changes afterwards, so its id (derived from
    # the stored row that recorded the event) always comes with the same content: a session
    # of reading, the moment a lesson was marked learned, one answer. Re-exporting after more
    # study adds statements and changes none (an LRS answers 409 to a changed statement).
    lessons = bundle.lessons
    english = bundle.english
    for session in records.get("sessions", []):
        lid = session["lesson_id"]
        lesson = lessons.get(lid)
        obj = b.activity("lesson", lid, lesson.title if lesson else lid,
                         en=english.lessons.get(lid))  # fmt: skip
        ext = {EXT_TOPIC: lesson.section} if lesson else None
        yield (b.statement(_session_key(session), "experienced", obj,
                               session["started_at"],
                               {"duration": iso_duration(session["seconds"])}, ext))  # fmt: skip
    for lid, state in sorted(records["lessons"].items()):
        if not (state.learned and state.learned_at):
            continue
        lesson = lessons.get(lid)
        obj = b.activity("lesson", lid, lesson.title if lesson else lid,
                         en=english.lessons.get(lid))  # fmt: skip
        ext = {EXT_TOPIC: lesson.section} if lesson else None
        yield (b.statement(_lesson_key(lid, state), "completed", obj, state.learned_at,
                           {"completion": True}, ext))  # fmt: skip
    exams = {}
    for kind, (zh, en) in EXAM_NAMES.items():
        exams[kind] = b.activity("exam", kind, zh, en=en, extra={
            "description": language_map("客诉学堂的" + zh, f"The course's {en.lower()}")})
    for kind, (zh, en) in PRACTICE_NAMES.items():
        exams[kind] = b.activity("quiz", kind, zh, en=en, extra={
            "description": language_map("客诉学堂的" + zh + "（不计成绩）",
                                        f"The course's {en.lower()} (not graded)")})  # fmt: skip
    exam_kind = {e["id"]: e["kind"] for e in records["exams"]}
    activities: dict[str, dict] = {}  # one definition per question, however often answered
    registrations: dict[str, str] = {}  # a session's answers share it
    for i, a in enumerate(records["answers"]):
        q = questions.get(a["question_id"])
        obj = activities.get(a["question_id"])
        if obj is None:
            if q is None:
                obj = b.activity("question", a["question_id"], a["question_id"])
            else:
                obj = b.activity("question", q.id, short_name(q.stem),
                                 en=_question_en(q, english),
                                 description=q.stem if short_name(q.stem) != q.stem else None,
                                 extra=interaction_definition(q, language_map))  # fmt: skip
            activities[a["question_id"]] = obj
        result = {
            "success": bool(a["correct"]),
            "score": {"scaled": round(float(a["score"]), 4), "raw": round(float(a["score"]), 4),
                      "min": 0, "max": 1},
            "duration": iso_duration(a["seconds"]),
        }  # fmt: skip
        said = response_text(q, a.get("response")) if q is not None else None
        if said is not None:
            result["response"] = said
        ext = {EXT_MODE: a["mode"]}
        if q is not None:
            ext[EXT_TOPIC] = q.topic
        key = _answer_key(a, i)
        session = a.get("session_id")
        kind = exam_kind.get(session) or (a["mode"] if a["mode"] in exams else None)
        if session and session not in registrations:
            registrations[session] = registration(session)
        yield (b.statement(key, "answered", obj, a["answered_at"], result, ext,
                               registration_id=registrations[session] if session else None,
                               parent=exams.get(kind) if kind else None))  # fmt: skip
    for e in records["exams"]:
        if e["finished_at"] is None or e["score"] is None:
            continue
        obj = exams.get(e["kind"]) or b.activity("exam", e["kind"], e["kind"])
        seconds = (e["finished_at"] - e["started_at"]).total_seconds()
        result = {
            "success": bool(e["passed"]),
            "completion": True,
            "score": {"scaled": round(float(e["score"]), 4)},
            "duration": iso_duration(seconds),
        }
        verb = "passed" if e["passed"] else "failed"
        yield (b.statement(_exam_key(e), verb, obj, e["finished_at"], result,
                               {EXT_MODE: e["kind"]},
                               registration_id=registration(e["id"])))  # fmt: skip
    ranges: dict[str, tuple[int, int]] = {}  # a scenario's, however often it was played
    for r in records["scenarios"]:
        scenario = bundle.scenarios.get(r["scenario_id"])
        title = scenario.title if scenario else r["scenario_id"]
        obj = b.activity("scenario", r["scenario_id"], title,
                         en=english.scenarios.get(r["scenario_id"]),
                         description=scenario.intro if scenario else None)  # fmt: skip
        score = {"raw": r["total"]}
        if scenario is not None:
            if scenario.id not in ranges:
                ranges[scenario.id] = total_range(scenario)
            low, high = ranges[scenario.id]
            if high > low:
                raw = min(max(r["total"], low), high)
                score = {"raw": raw, "min": low, "max": high,
                         "scaled": round((raw - low) / (high - low), 4)}  # fmt: skip
        result = {
            "success": r["ending_kind"] == "loyal",
            "completion": True,
            "score": score,
            "duration": iso_duration(r["seconds"]),
            "extensions": {EXT_ENDING: r["ending_kind"]},
        }
        run = registration(f"{learner_id}/run/{r['id']}")
        yield (b.statement(_run_key(r), "completed", obj, r["finished_at"],
                               result, {EXT_MODE: r["mode"]}, registration_id=run))  # fmt: skip


# What each statement's id is made from (with the learner's profile id): the stored row that
# recorded the event. One place, for the statements and for ``statement_ids``.
def _session_key(session: dict) -> str:
    return f"study/{session['id']}"


def _lesson_key(lid: str, state) -> str:
    # the instant (UTC, to the microsecond): the same whatever zone the PC is set to, and
    # learning a lesson again a second later is a new event
    return f"lesson/{lid}/completed/{state.learned_at.astimezone(timezone.utc).isoformat()}"


def _answer_key(a: dict, i: int) -> str:
    if "id" in a:
        return f"answer/{a['id']}"
    return f"answer/{a['question_id']}/{a['answered_at'].astimezone(timezone.utc).isoformat()}/{i}"


def _exam_key(e: dict) -> str:
    return f"exam/{e['id']}"


def _run_key(r: dict) -> str:
    return f"scenario/{r['id']}"


def statement_ids(learner_id: str, records: dict) -> Iterator[str]:
    """The ids of the statements ``iter_statements`` makes from ``records``, without making
    them: what waits to be sent is counted from these (a long history's 200,000 answers
    take a fraction of a second this way, against seconds to build every statement)."""
    for session in records.get("sessions", []):
        yield statement_id(f"{learner_id}/{_session_key(session)}")
    for lid, state in sorted(records["lessons"].items()):
        if state.learned and state.learned_at:
            yield statement_id(f"{learner_id}/{_lesson_key(lid, state)}")
    for i, a in enumerate(records["answers"]):
        yield statement_id(f"{learner_id}/{_answer_key(a, i)}")
    for e in records["exams"]:
        if e["finished_at"] is not None and e["score"] is not None:
            yield statement_id(f"{learner_id}/{_exam_key(e)}")
    for r in records["scenarios"]:
        yield statement_id(f"{learner_id}/{_run_key(r)}")


def _question_en(q, english) -> str:
    """An English name that says which question it is and what it belongs to (the stem
    itself is Chinese only: description and choices carry it)."""
    where = english.lessons.get(q.lesson or "") or english.sections.get(q.topic)
    return f"Question {q.id}" + (f" ({where})" if where else "")


def total_range(scenario) -> tuple[int, int]:
    """The lowest and highest total a run of ``scenario`` can score (over paths that visit
    no turn twice), for a scaled score."""
    from functools import cache

    @cache
    def best(node_id: str, seen: frozenset) -> tuple[int, int] | None:
        if node_id in scenario.endings:
            return 0, 0
        node = scenario.nodes.get(node_id)
        if node is None:
            return None
        lows, highs = [], []
        for c in node.choices:
            if c.next in seen:
                continue
            rest = best(c.next, seen | {c.next})
            if rest is None:
                continue
            points = sum(c.scores.values())
            lows.append(points + rest[0])
            highs.append(points + rest[1])
        return (min(lows), max(highs)) if lows else None

    found = best(scenario.start, frozenset({scenario.start}))
    return found or (0, 0)


def short_name(text: str, limit: int = 80) -> str:
    """``text`` as an activity name: whole when short, else up to the end of a sentence or
    clause within ``limit`` characters (never cut mid-word), with an ellipsis."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = max(head.rfind(p) for p in "。？！；，：,;:?!")
    return (head[: cut + 1] if cut >= limit // 3 else head[: limit - 1]) + "…"


def validate(st: object) -> list[str]:
    """What makes ``st`` not a valid xAPI 1.0.3 statement (empty when it is valid). Whatever
    a file holds — a string where an object belongs, a list for a number — is a problem in
    words, never an exception."""
    if not isinstance(st, dict):
        return ["not a statement object"]
    problems = []
    if "id" in st:
        if not isinstance(st["id"], str):
            problems.append("id must be text (a UUID)")
        else:
            try:
                uuid.UUID(st["id"])
            except ValueError:
                problems.append("id is not a UUID")
    problems += _actor_problems(st.get("actor"))
    verb = st.get("verb")
    if not isinstance(verb, dict) or not _is_iri(verb.get("id")):
        problems.append("verb.id must be an IRI")
    elif "display" in verb and not isinstance(verb["display"], dict):
        problems.append("verb.display must be a language map")
    obj = st.get("object")
    if not isinstance(obj, dict) or not _is_iri(obj.get("id")):
        problems.append("object.id must be an IRI")
    elif isinstance(obj.get("definition"), dict):
        problems += _definition_problems(obj["definition"])
    if st.get("result") is not None:
        problems += _result_problems(st["result"])
    context = st.get("context")
    if context is not None:
        if not isinstance(context, dict):
            problems.append("context must be an object")
            context = {}
        if "registration" in context and not _is_uuid(context["registration"]):
            problems.append("context.registration must be a UUID")
        if context.get("extensions") is not None:
            ext = context["extensions"]
            if not isinstance(ext, dict):
                problems.append("context.extensions must be an object")
            elif EXT_TOPIC in ext and not isinstance(ext[EXT_TOPIC], str):
                problems.append("the topic extension must be text")
    if "timestamp" in st and not (
        isinstance(st["timestamp"], str) and _TIMESTAMP.match(st["timestamp"])
    ):
        problems.append(f"timestamp {_shown(st['timestamp'])} is not ISO 8601")
    return problems


INTERACTION_KINDS = {"true-false", "choice", "fill-in", "long-fill-in", "matching",
                     "performance", "sequencing", "likert", "numeric", "other"}  # fmt: skip


def _is_uuid(value: object) -> bool:
    try:
        uuid.UUID(value)  # type: ignore[arg-type]
    except (ValueError, TypeError, AttributeError):
        return False
    return True


def _definition_problems(definition: dict) -> list[str]:
    """An activity definition's language maps and, for an interaction, its type, its
    response patterns and its components (xAPI 1.0.3, Interaction Activities)."""
    problems = []
    for key in ("name", "description"):
        value = definition.get(key)
        if value is not None and not (
            isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
        ):
            problems.append(f"definition.{key} must be a language map")
    kind = definition.get("interactionType")
    if kind is None:
        return problems
    if kind not in INTERACTION_KINDS:
        problems.append(f"interactionType {_shown(kind)} is not one xAPI defines")
    pattern = definition.get("correctResponsesPattern", [])
    if not isinstance(pattern, list) or not all(isinstance(p, str) for p in pattern):
        problems.append("correctResponsesPattern must be a list of text")
    for key in ("choices", "scale", "source", "target", "steps"):
        items = definition.get(key)
        if items is None:
            continue
        ok = isinstance(items, list) and all(
            isinstance(c, dict) and isinstance(c.get("id"), str) and c["id"]
            and isinstance(c.get("description", {}), dict) for c in items
        )  # fmt: skip
        if not ok:
            problems.append(f"definition.{key} must be a list of {{id, description}}")
    return problems


def _is_iri(value: object) -> bool:
    return isinstance(value, str) and bool(_IRI.match(value))


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _shown(value: object) -> str:
    """A value from the file in a message: its repr, cut short."""
    text = repr(value) if isinstance(value, (str, int, float, bool)) else type(value).__name__
    return text if len(text) <= 60 else text[:57] + "..."


def _actor_problems(actor: object) -> list[str]:
    if not isinstance(actor, dict):
        return ["actor is missing"]
    problems = []
    ifis = [k for k in ("mbox", "mbox_sha1sum", "openid", "account") if k in actor]
    if len(ifis) != 1:
        problems.append("actor needs exactly one identifier (mbox, openid or account)")
    elif ifis[0] != "account" and not isinstance(actor[ifis[0]], str):
        problems.append(f"actor.{ifis[0]} must be text")
    account = actor.get("account")
    if account is not None and not (
        isinstance(account, dict)
        and _is_iri(account.get("homePage"))
        and isinstance(account.get("name"), str)
        and account["name"]
    ):
        problems.append("actor.account needs homePage (an IRL) and name (text)")
    if "name" in actor and not isinstance(actor["name"], str):
        problems.append("actor.name must be text")
    return problems


def _result_problems(result: object) -> list[str]:
    if not isinstance(result, dict):
        return ["result must be an object"]
    problems = []
    score = result.get("score")
    if score is not None:
        if not isinstance(score, dict):
            problems.append("result.score must be an object")
        else:
            odd = [k for k in ("scaled", "raw", "min", "max") if k in score
                   and not _is_number(score[k])]  # fmt: skip
            if odd:
                problems.append(f"result.score.{odd[0]} must be a number")
            elif "scaled" in score and not -1 <= score["scaled"] <= 1:
                problems.append("result.score.scaled must be between -1 and 1")
            elif "min" in score and "max" in score and score["min"] > score["max"]:
                problems.append("result.score.min is above max")
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            problems.append(f"result.{key} must be true or false")
    if "duration" in result and not (
        isinstance(result["duration"], str) and _DURATION.match(result["duration"])
    ):
        problems.append(f"result.duration {_shown(result['duration'])} is not ISO 8601")
    if "response" in result and not isinstance(result["response"], str):
        problems.append("result.response must be text")
    if "extensions" in result and not isinstance(result["extensions"], dict):
        problems.append("result.extensions must be an object")
    return problems
