"""Statements an LRS administrator can use: questions as cmi.interaction activities with their
type, components and right response, the learner's response, one registration per attempt
and per role-play run, exams as their own activities, names in both scripts, and scaled
role-play scores — from a real learner database, and checked against xAPI 1.0.3."""

import json
import uuid

from app.demo import take_exam
from app.reports.interactions import interaction_definition, response_text
from app.reports.xapi import language_map, total_range, validate
from tests.reports.test_reports import _study


def _statements(learner, tmp_path):
    out = json.loads(learner.reports.export(tmp_path / "x.json", "xapi").read_text("utf-8"))
    assert [p for st in out for p in validate(st)] == []
    return out


def _question(course, kind):
    return next(q for q in course.questions if q.type == kind)


def test_every_question_type_has_its_interaction_and_response(course):
    names = language_map
    single = _question(course, "single")
    d = interaction_definition(single, names)
    right = next(i for i, o in enumerate(single.options) if o.correct)
    assert d["interactionType"] == "choice"
    assert [c["id"] for c in d["choices"]] == [f"o{i + 1}" for i in range(len(single.options))]
    assert d["correctResponsesPattern"] == [f"o{right + 1}"]
    assert response_text(single, right) == f"o{right + 1}"
    multiple = _question(course, "multiple")
    d = interaction_definition(multiple, names)
    rights = [f"o{i + 1}" for i, o in enumerate(multiple.options) if o.correct]
    assert d["correctResponsesPattern"] == ["[,]".join(rights)]
    assert response_text(multiple, [2, 0]) == "o1[,]o3"
    tf = _question(course, "truefalse")
    assert interaction_definition(tf, names)["correctResponsesPattern"] == [
        "true" if tf.answer else "false"
    ]
    short = _question(course, "short")
    d = interaction_definition(short, names)
    assert d["interactionType"] == "fill-in" and d["correctResponsesPattern"] == list(short.answers)
    ordering = _question(course, "ordering")
    d = interaction_definition(ordering, names)
    assert d["interactionType"] == "sequencing"
    in_order = "[,]".join(f"i{i + 1}" for i in range(len(ordering.items)))
    assert d["correctResponsesPattern"] == [in_order]
    assert response_text(ordering, [1, 0]) == "i2[,]i1"
    matching = _question(course, "matching")
    d = interaction_definition(matching, names)
    assert d["interactionType"] == "matching" and len(d["source"]) == len(matching.pairs)
    assert d["correctResponsesPattern"][0].startswith("s1[.]t1")
    assert response_text(matching, {"1": 0, "0": 1}) == "s1[.]t2[,]s2[.]t1"
    assert response_text(single, "not a number") is None and response_text(single, None) is None


def test_an_exams_answers_share_its_registration_and_point_to_the_exam(learner, tmp_path):
    _study(learner)
    take_exam(learner, "exam", 0.7, seed=4)
    out = _statements(learner, tmp_path)
    exam = next(st for st in out if st["verb"]["display"]["en-US"] in ("passed", "failed"))
    reg = exam["context"]["registration"]
    uuid.UUID(reg)
    assert exam["object"]["id"].endswith("/exam/exam")
    assert exam["object"]["definition"]["name"]["en-US"] == "Exam"
    answers = [st for st in out if st["context"].get("registration") == reg and st is not exam]
    assert answers and all(st["verb"]["display"]["en-US"] == "answered" for st in answers)
    assert all(st["context"]["contextActivities"]["parent"][0]["id"] == exam["object"]["id"]
               for st in answers)  # fmt: skip
    practice = [st for st in out if st["verb"]["display"]["en-US"] == "answered"
                and st["context"].get("registration") != reg]  # fmt: skip
    assert len({st["context"]["registration"] for st in practice}) == 1, "one practice session"
    parents = {st["context"]["contextActivities"]["parent"][0]["id"] for st in practice}
    assert len(parents) == 1 and parents.pop().split("/")[-2:] == ["quiz", "practice"]
    for st in answers + practice:
        definition = st["object"]["definition"]
        assert definition["interactionType"] and definition["correctResponsesPattern"] is not None
        assert set(definition["name"]) >= {"zh-CN", "zh-TW"}
    assert any("response" in st["result"] for st in answers)


def test_role_play_scores_are_scaled_within_the_scenarios_range(learner, tmp_path):
    sid = "bank-account-limit"
    scenario = learner.content.scenarios[sid]
    low, high = total_range(scenario)
    assert low < 0 < high
    run = learner.roleplay.start(sid)
    while not run.finished:  # the best reply each time
        best = max(range(len(run.node.choices)),
                   key=lambda i: sum(run.node.choices[i].scores.values()))  # fmt: skip
        run.choose(best)
    learner.roleplay.finish(run, 120.0)
    out = _statements(learner, tmp_path)
    done = next(st for st in out if st["object"]["id"].endswith(f"/scenario/{sid}"))
    score = done["result"]["score"]
    assert (score["min"], score["max"]) == (low, high) and 0.0 <= score["scaled"] <= 1.0
    uuid.UUID(done["context"]["registration"])


def test_the_validator_rejects_broken_interactions():
    base = {"actor": {"mbox": "mailto:a@example.org"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
            "object": {"id": "https://example.org/q/1", "definition": {}}}  # fmt: skip
    assert validate(base) == []
    bad_kind = {**base, "object": {**base["object"], "definition": {"interactionType": "quiz"}}}
    assert any("interactionType" in p for p in validate(bad_kind))
    bad_choices = {**base, "object": {**base["object"], "definition": {
        "interactionType": "choice", "choices": [{"description": {}}]}}}  # fmt: skip
    assert any("choices" in p for p in validate(bad_choices))
    bad_reg = {**base, "context": {"registration": "attempt-7"}}
    assert any("registration" in p for p in validate(bad_reg))


def test_lessons_questions_and_role_plays_are_named_in_three_languages(learner, tmp_path):
    _study(learner)
    run = learner.roleplay.start("hotel-overbooking")
    while not run.finished:
        run.choose(0)
    learner.roleplay.finish(run, 60.0)
    out = _statements(learner, tmp_path)
    kinds = {}
    for st in out:
        kind = st["object"]["id"].split("/")[-2]
        kinds.setdefault(kind, st["object"]["definition"]["name"])
    assert {"lesson", "question", "scenario"} <= set(kinds)
    for kind in ("lesson", "question", "scenario"):
        assert set(kinds[kind]) == {"zh-CN", "zh-TW", "en-US"}, kind
    assert kinds["scenario"]["en-US"] == "No room left for a late-night arrival"
    lesson = next(st for st in out if st["object"]["id"].endswith("/lesson/what-is-a-complaint"))
    assert lesson["object"]["definition"]["name"]["en-US"] == "What is a complaint"
    assert kinds["question"]["en-US"].startswith("Question ")


def test_every_lesson_section_and_scenario_has_an_english_name(course):
    english = course.english
    assert set(english.lessons) == set(course.lessons)
    assert set(english.scenarios) == set(course.scenarios)
    assert set(english.sections) == {s.id for s in course.course.sections}


def test_a_wrong_english_name_is_named_with_its_line(content_copy):
    from app.course.loader import load_content

    path = content_copy / "english.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  hotel-overbooking: No room left for a late-night arrival",
                        "  hotel-overbooking: [not, text]\n  no-such-scenario: Lost")  # fmt: skip
    path.write_text(text, encoding="utf-8")
    bundle = load_content(content_copy)
    found = {(p.file, p.line, p.kind) for p in bundle.problems}
    lines = text.splitlines()
    at = lines.index("  hotel-overbooking: [not, text]") + 1
    assert ("content/english.yaml", at, "invalid") in found
    assert ("content/english.yaml", at + 1, "broken-reference") in found
    assert "hotel-overbooking" not in bundle.english.scenarios
    assert bundle.english.scenarios["bank-account-limit"]  # the rest still apply
