"""xAPI (Experience API 1.0.3) statements of a learner's record, and a check of each statement
against the specification's requirements.

Activity ids are IRIs under one course IRI; statement ids are UUIDs derived from the record
(uuid5), so exporting the same record twice gives the same ids and a cohort import can skip
what it already has.
"""

from __future__ import annotations

import math
import re
import uuid
from datetime import datetime, timezone

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


class StatementBuilder:
    def __init__(self, course, learner_id: str, learner_name: str) -> None:
        self.course = course
        self.course_iri = course_iri(course.id)
        self.actor = {
            "objectType": "Agent",
            "name": learner_name,
            "account": {"homePage": HOME, "name": learner_id},
        }
        self.learner_id = learner_id

    def activity(self, kind: str, ref: str, name: str, lang: str = "zh-CN") -> dict:
        return {
            "objectType": "Activity",
            "id": f"{self.course_iri}/{kind}/{ref}",
            "definition": {
                "type": f"http://adlnet.gov/expapi/activities/{_ACTIVITY_TYPES[kind]}",
                "name": {lang: name},
            },
        }

    def statement(self, key: str, verb: str, obj: dict, when: datetime, result: dict | None = None,
                  extensions: dict | None = None) -> dict:  # fmt: skip
        st = {
            "id": str(uuid.uuid5(NAMESPACE, f"{self.learner_id}/{key}")),
            "actor": self.actor,
            "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
            "object": obj,
            "timestamp": iso_timestamp(when),
            "context": {
                "contextActivities": {
                    "parent": [{"objectType": "Activity", "id": self.course_iri}]
                },
                "platform": "客诉学堂",
                "language": "zh-CN",
            },
            "version": "1.0.3",
        }
        if result:
            st["result"] = result
        if extensions:
            st["context"]["extensions"] = extensions
        return st


_ACTIVITY_TYPES = {
    "lesson": "lesson",
    "question": "cmi.interaction",
    "exam": "assessment",
    "scenario": "simulation",
    "course": "course",
}


def learner_statements(bundle, learner_id: str, name: str, records: dict) -> list[dict]:
    """Statements for a learner's lessons, answers, exams and role-plays.

    ``records``: {"lessons": {id: LessonState}, "answers": [...], "exams": [...],
    "scenarios": [...]} as the progress store returns them."""
    b = StatementBuilder(bundle.course, learner_id, name)
    questions = {q.id: q for q in bundle.questions}
    out = []
    # Every statement is one event that never changes afterwards, so its id (derived from
    # the stored row that recorded the event) always comes with the same content: a session
    # of reading, the moment a lesson was marked learned, one answer. Re-exporting after more
    # study adds statements and changes none (an LRS answers 409 to a changed statement).
    lessons = bundle.lessons
    for session in records.get("sessions", []):
        lid = session["lesson_id"]
        lesson = lessons.get(lid)
        obj = b.activity("lesson", lid, lesson.title if lesson else lid)
        ext = {EXT_TOPIC: lesson.section} if lesson else None
        out.append(b.statement(f"study/{session['id']}", "experienced", obj,
                               session["started_at"],
                               {"duration": iso_duration(session["seconds"])}, ext))  # fmt: skip
    for lid, state in sorted(records["lessons"].items()):
        if not (state.learned and state.learned_at):
            continue
        lesson = lessons.get(lid)
        obj = b.activity("lesson", lid, lesson.title if lesson else lid)
        ext = {EXT_TOPIC: lesson.section} if lesson else None
        key = f"lesson/{lid}/completed/{state.learned_at.isoformat()}"
        out.append(b.statement(key, "completed", obj, state.learned_at, {"completion": True},
                               ext))  # fmt: skip
    for i, a in enumerate(records["answers"]):
        q = questions.get(a["question_id"])
        obj = b.activity("question", a["question_id"], short_name(q.stem) if q else
                         a["question_id"])  # fmt: skip
        if q is not None and short_name(q.stem) != q.stem:  # the whole stem, not cut
            obj["definition"]["description"] = {"zh-CN": q.stem}
        result = {
            "success": bool(a["correct"]),
            "score": {"scaled": round(float(a["score"]), 4), "raw": round(float(a["score"]), 4),
                      "min": 0, "max": 1},
            "duration": iso_duration(a["seconds"]),
        }  # fmt: skip
        ext = {EXT_MODE: a["mode"]}
        if q is not None:
            ext[EXT_TOPIC] = q.topic
        key = f"answer/{a['id']}" if "id" in a else f"answer/{a['question_id']}/" \
            f"{a['answered_at'].isoformat()}/{i}"
        out.append(b.statement(key, "answered", obj, a["answered_at"], result, ext))
    for e in records["exams"]:
        if e["finished_at"] is None or e["score"] is None:
            continue
        obj = b.activity("exam", e["kind"], "期末考试" if e["kind"] == "final" else "考试")
        seconds = (e["finished_at"] - e["started_at"]).total_seconds()
        result = {
            "success": bool(e["passed"]),
            "completion": True,
            "score": {"scaled": round(float(e["score"]), 4)},
            "duration": iso_duration(seconds),
        }
        verb = "passed" if e["passed"] else "failed"
        out.append(b.statement(f"exam/{e['id']}", verb, obj, e["finished_at"], result,
                               {EXT_MODE: e["kind"]}))  # fmt: skip
    for r in records["scenarios"]:
        scenario = bundle.scenarios.get(r["scenario_id"])
        obj = b.activity("scenario", r["scenario_id"], scenario.title if scenario else
                         r["scenario_id"])  # fmt: skip
        result = {
            "success": r["ending_kind"] == "loyal",
            "completion": True,
            "score": {"raw": r["total"]},
            "duration": iso_duration(r["seconds"]),
            "extensions": {EXT_ENDING: r["ending_kind"]},
        }
        out.append(b.statement(f"scenario/{r['id']}", "completed", obj, r["finished_at"],
                               result, {EXT_MODE: r["mode"]}))  # fmt: skip
    return out


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
    if st.get("result") is not None:
        problems += _result_problems(st["result"])
    context = st.get("context")
    if context is not None:
        if not isinstance(context, dict):
            problems.append("context must be an object")
        elif context.get("extensions") is not None:
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
