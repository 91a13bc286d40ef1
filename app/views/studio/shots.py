"""What the ``studio`` and ``studio-*`` screenshot views show: the studio window, or each editor
on a file of a layer made in the cache folder from bundled content, with a problem to flag."""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.quiz.model import TYPES, Question


def file_form(q: Question) -> dict:
    """A loaded question as its quiz file writes it (docs/quiz-format.md)."""
    data: dict = {"id": q.id, "type": q.type, "topic": q.topic, "difficulty": q.difficulty,
                  "lesson": q.lesson, "stem": q.stem, "customer": q.customer}  # fmt: skip
    if q.options:
        data["options"] = [
            {"text": o.text, "correct": o.correct, "feedback": o.feedback} for o in q.options
        ]
    if q.type == "truefalse":
        data["answer"] = q.answer
    data["items"] = list(q.items)
    data["pairs"] = [{"left": a, "right": b} for a, b in q.pairs]
    data["answers"] = list(q.answers)
    data["explanation"] = q.explanation
    return data


def _layer(academy) -> Path:
    return Path(tempfile.mkdtemp(prefix="studio-", dir=academy.paths.cache)) / "organisation"


def question_shot(academy, colors, _id: str | None, size):
    """A quiz file with one question of each type; the situational one links to a lesson
    section that does not exist (flagged), and is tried as a learner would see it."""
    from app.studio.layer_files import write_atomic
    from app.studio.quiz_yaml import quiz_yaml
    from app.views.studio.question_editor import QuestionEditor

    picked: dict[str, dict] = {}
    for q in academy.content.questions:
        if q.type not in picked and len(q.stem) < 60:
            picked[q.type] = file_form(q)
    questions = [picked[t] | {"id": f"week-{i:03d}"} for i, t in enumerate(TYPES, 1)]
    flagged = next(i for i, q in enumerate(questions) if q["type"] == "situational")
    questions[flagged]["lesson"] = questions[flagged]["lesson"].partition("#")[0] + "#99"
    path = _layer(academy) / "quizzes" / "week.yaml"
    write_atomic(path, quiz_yaml(questions))
    editor = QuestionEditor(academy, colors, path)
    editor.resize(*size)
    editor.select(flagged)
    editor.try_it()
    editor.try_panel.widget.choose(0)
    editor.try_panel.check()
    return editor


def reference_shot(academy, colors, _id: str | None, size):
    """The glossary table of a layer made from the course's first terms, two of them under
    one id (flagged), searched for a word of that term."""
    from app.paths import content_dir
    from app.studio.reference_rows import GlossaryRows
    from app.views.studio.reference_tables import ReferenceTableEditor

    rows = GlossaryRows.load(content_dir() / "glossary.yaml")
    del rows.rows[24:]
    rows.rows[5]["id"] = rows.rows[4]["id"]
    path = _layer(academy) / "glossary.yaml"
    path.parent.mkdir(parents=True)
    rows.save(path)
    editor = ReferenceTableEditor(academy, colors, path)
    editor.resize(*size)
    editor.table.setCurrentIndex(editor.proxy.index(5, 1))
    return editor


def scenario_shot(academy, colors, scenario_id: str | None, size):
    """The role-play editor on a copy of a bundled scenario (--lesson names it) in which one
    reply leads to a node that does not exist: the graph, the list and the form flag it."""
    import shutil

    from app.paths import content_dir
    from app.scenario.draft import ScenarioDraft
    from app.views.studio.scenario_editor import ScenarioEditor

    known = academy.content.scenarios
    sid = scenario_id or "bank-account-limit"
    if sid not in known:
        raise ValueError(f"no scenario {sid!r}; there are: {', '.join(known)}")
    folder = Path(tempfile.mkdtemp(prefix="studio-", dir=academy.paths.cache))
    path = folder / f"{sid}.yaml"
    shutil.copy(content_dir().parent / known[sid].source, path)
    draft = ScenarioDraft.load(path)
    second = list(draft.nodes)[1]
    draft.set(("nodes", second, "choices", 1, "next"), "n99")
    draft.save(path)
    editor = ScenarioEditor(academy, colors, path)
    editor.resize(*size)
    editor.show_item(second)
    return editor


def lesson_shot(academy, colors, lesson_id: str | None, size):
    """The lesson editor on a bundled lesson (--lesson names it) copied into a temporary
    layer with its images, a table added and one link to a lesson that does not exist:
    the problem is listed by line and the preview shows the table and the image."""
    import shutil

    from app.paths import content_dir
    from app.views.studio.lesson_editor import LessonEditor

    lid = lesson_id or "what-is-a-complaint"
    lesson = academy.content.lessons.get(lid)
    if lesson is None:
        raise ValueError(f"no lesson {lid!r}; there are: {', '.join(academy.content.lessons)}")
    layer = _layer(academy)
    (layer / "lessons").mkdir(parents=True)
    shutil.copytree(academy.assets / "images", layer / "assets" / "images")
    text = (content_dir().parent / lesson.source).read_text(encoding="utf-8")
    first = text.index("\n## ")
    end = text.index("\n???", first)
    added = ("\n\n| 渠道 | 首次回复时限 |\n|---|---|\n| 电话 | 当场 |\n| 邮件 | 24 小时内 |\n"
             "\n详见[投诉处理流程](lesson:complaint-process-overview#2)。\n")  # fmt: skip
    path = layer / "lessons" / f"{lid}.md"
    path.write_text(text[:end] + added + text[end:], encoding="utf-8")
    editor = LessonEditor(academy, colors, path)
    editor.resize(*size)
    editor.text.go_to_line(editor.draft.body_first_line + text[first:end].count("\n"))
    editor.slides.setCurrentRow(1)
    return editor


def case_shot(academy, colors, case_id: str | None, size):
    """The case editor on a bundled case (--lesson names it) copied into a temporary layer
    with its pair, one lesson it links to renamed to one that does not exist."""
    import shutil

    from app.paths import content_dir
    from app.views.studio.case_editor import CaseEditor

    cid = case_id or "balance-influencer"
    case = academy.content.cases.get(cid)
    if case is None:
        raise ValueError(f"no case {cid!r}; there are: {', '.join(academy.content.cases)}")
    layer = _layer(academy)
    (layer / "cases").mkdir(parents=True)
    for c in (case, academy.content.cases.get(case.pair or "")):
        if c is not None:
            shutil.copy(content_dir().parent / c.source, layer / "cases" / Path(c.source).name)
    path = layer / "cases" / Path(case.source).name
    text = path.read_text(encoding="utf-8")
    wrong = case.lessons[-1]
    path.write_text(text.replace(f", {wrong}]", f", {wrong}-old]", 1), encoding="utf-8")
    editor = CaseEditor(academy, colors, path)
    editor.resize(*size)
    return editor


def window_shot(academy, colors, _id: str | None, size):
    """The course studio of a trainer in a scratch data folder (never the given one: the
    studio writes a layer): a lesson, a question file, a case, and a role-play with a dead
    end (every reply of its second node leads back to it: no ending can be reached from
    there), open in its editor with the dead end flagged."""
    from app.scenario.draft import ScenarioDraft
    from app.services import Academy
    from app.views.screenshot import _wait_for
    from app.views.studio.window import StudioWindow

    scratch = Academy(Path(tempfile.mkdtemp(prefix="studio-", dir=academy.paths.cache)),
                      lang=academy.lang, course=academy.content)  # fmt: skip
    trainer = scratch.profiles.create("讲师", "1234")
    scratch.profiles.make_trainer(trainer.id, trainer.id, "1234")
    scratch.open_learner(trainer.id)
    for kind, item_id in (("lesson", "card-fees"), ("question", "card-fees-q"),
                          ("case", "card-fee-waiver"), ("scenario", "card-fee-call")):  # fmt: skip
        path = scratch.studio.new_item(kind, item_id, "s01")
    draft = ScenarioDraft.load(path)
    first = list(draft.nodes)[1]
    for i, _choice in enumerate(draft.get(("nodes", first, "choices"))):
        draft.set(("nodes", first, "choices", i, "next"), first)
    draft.save(path)
    scratch.studio.saved(path)
    window = StudioWindow(scratch, colors, lambda: None)
    window.resize(*size)
    window.show()
    _wait_for(lambda: window.tree.topLevelItemCount() and "…" not in window.problems_title.text())
    window.open_file(path, "scenario")
    window.editor.show_item(first)
    return window


def studio_view(view: str, academy, colors, item_id: str | None, size):
    """The studio window, or the editor a ``studio-*`` screenshot view shows (``--lesson``
    names the bundled scenario, lesson or case it starts from)."""
    shots = {"studio": window_shot, "studio-scenario": scenario_shot, "studio-lesson": lesson_shot,
             "studio-case": case_shot, "studio-question": question_shot,
             "studio-glossary": reference_shot}  # fmt: skip
    return shots[view](academy, colors, item_id, size)
