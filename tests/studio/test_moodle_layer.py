"""GIFT / Moodle XML into the layer, through the existing importer and the spreadsheet
import's checks and writer: our own export comes back exactly, Moodle's files are checked by
Moodle's rules and by the bank's, and what quiz files cannot hold is named."""

from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.quiz.bank import load_bank
from app.quiz.interchange.decode import ImportRefused
from app.quiz.interchange.gift import export_gift
from app.quiz.interchange.moodlexml import export_moodle_xml
from app.studio.moodle_import import import_moodle_file
from app.studio.questions import import_questions

QUIZ = Path(__file__).resolve().parent.parent / "quiz"
L = "what-is-a-complaint"


def _loaded(layer: Path) -> dict:
    problems: list = []
    questions, _refs = load_bank(layer / "quizzes", layer.parent, problems)
    assert problems == [], problems
    return {q.id: replace(q, source="") for q in questions}


def _sample(course) -> list:
    """Two questions of each of the seven types from the bundled course."""
    picked: dict[str, list] = {}
    for q in course.questions:
        if len(picked.setdefault(q.type, [])) < 2:
            picked[q.type].append(q)
    assert len(picked) == 7
    return [q for qs in picked.values() for q in qs]


@pytest.mark.parametrize("fmt", ["gift", "moodlexml"])
def test_our_export_comes_back_into_the_layer_exactly(tmp_path, course, fmt):
    sample = _sample(course)
    source = tmp_path / ("bank.gift" if fmt == "gift" else "bank.xml")
    text = export_gift(sample) if fmt == "gift" else export_moodle_xml(sample)
    source.write_text(text, encoding="utf-8")
    layer = tmp_path / "organisation"
    report = import_questions(source, layer, sections={s.id for s in course.course.sections},
                              lessons=course.lessons)  # fmt: skip
    assert report.problems == [] and report.notes == []
    assert report.file == layer / "quizzes" / "bank.yaml"
    assert _loaded(layer) == {q.id: replace(q, source="") for q in sample}


def test_ids_taken_by_the_course_are_replaced_and_said(tmp_path, course):
    sample = _sample(course)[:3]
    source = tmp_path / "week 1.gift"
    source.write_text(export_gift(sample), encoding="utf-8")
    layer = tmp_path / "organisation"
    report = import_moodle_file(source, layer, taken_ids={q.id for q in course.questions})
    assert report.ids == ["week-1-001", "week-1-002", "week-1-003"]
    assert report.notes[0] == (
        f"week 1.gift:{report.notes[0].split(':')[1]}: '{sample[0].id}' is taken already: "
        "imported as 'week-1-001'"
    )
    again = import_moodle_file(source, layer, taken_ids={q.id for q in course.questions})
    assert again.ids == ["week-1-004", "week-1-005", "week-1-006"]  # the layer's are taken too
    loaded = _loaded(layer)
    assert [replace(loaded[n], id=q.id) for n, q in zip(report.ids, sample, strict=True)] == [
        replace(q, source="") for q in sample
    ]


def test_moodle_files_get_the_callers_section_and_lesson_and_their_problems_named(tmp_path):
    layer = tmp_path / "organisation"
    source = QUIZ / "moodle_doc_examples.gift"
    report = import_moodle_file(source, layer, section="s01", lesson=L)
    reasons = [(p.line, p.kind, p.message) for p in report.problems]
    # Moodle's own refusals (numerical, essay, a description), by line, as the importer gives
    assert [(line, kind) for line, kind, _ in reasons[:3]] == [
        (21, "skipped"), (23, "skipped"), (47, "skipped")
    ]  # fmt: skip
    unfit = {m.split(":")[0]: m for _line, kind, m in reasons if kind == "unfit"}
    assert "no general feedback" in unfit["grant-s-tomb"]
    assert "Moodle weights per answer" in unfit["gift-30"]  # ~%50%Grant ~%50%wife
    assert all(line > 1 for line, *_ in reasons)  # every question named by its line
    written = _loaded(layer)
    assert list(written) == report.ids == ["gift-45"]  # the one with general feedback
    assert {(q.topic, q.lesson) for q in written.values()} == {("s01", L)}


def test_a_question_without_section_or_lesson_is_named(tmp_path):
    source = tmp_path / "plain.gift"
    source.write_text(
        "::Q1:: 投诉是礼物吗？ {T ####投诉反映了期望与实际的落差。}\n", encoding="utf-8"
    )
    report = import_moodle_file(source, tmp_path / "layer")
    assert [p.message for p in report.problems] == ["q1: no section: choose one for the file"]
    assert report.file is None
    report = import_moodle_file(source, tmp_path / "layer", section="s01", lesson=L)
    assert report.ids == ["q1"] and _loaded(tmp_path / "layer")["q1"].answer is True


def test_cli_imports_gift_by_its_extension(tmp_path, capsys):
    source = tmp_path / "bank.txt"  # Moodle writes GIFT as .txt too: told by its first line
    source.write_text("::Q1:: 投诉是礼物吗？ {T ####投诉反映了期望与实际的落差。}\n",
                      encoding="utf-8")  # fmt: skip
    layer = tmp_path / "layer"
    args = ["--data-dir", str(tmp_path / "data"), "content", "import", "questions", str(source),
            "--layer", str(layer)]  # fmt: skip
    assert main(args) == 1
    assert capsys.readouterr().err == "bank.txt:1: q1: no section: choose one for the file\n"
    assert main([*args, "--section", "s01", "--lesson", "no-such-lesson"]) == 1
    assert "lesson 'no-such-lesson' does not exist" in capsys.readouterr().err
    assert main([*args, "--section", "s01", "--lesson", L]) == 0
    assert (
        capsys.readouterr().out
        == f"wrote 1 question(s) to {_rel(layer / 'quizzes' / 'bank.yaml')}\n"
    )
    (tmp_path / "bad.xml").write_text("<quiz><question", encoding="utf-8")
    assert main([*args[:5], str(tmp_path / "bad.xml"), "--section", "s01"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: bad.xml: not well-formed XML") and len(err.splitlines()) == 1
    with pytest.raises(ImportRefused):
        import_questions(tmp_path / "bad.xml", layer)


def _rel(path: Path) -> str:
    import os

    rel = os.path.relpath(path)
    return str(path) if rel.startswith("..") else rel
