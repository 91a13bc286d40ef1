"""A table of questions pasted from a spreadsheet → a layer quiz file the real loader reads:
every type that fits a row, Excel's encodings and separators, bad rows named by row and
column while the good ones are written."""

import codecs
import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.common.problems import Problem
from app.quiz.bank import load_bank
from app.quiz.interchange.decode import ImportRefused
from app.studio.question_csv import import_question_table

HEADER = [
    "id", "type", "section", "lesson", "difficulty", "stem", "customer", "A", "B", "C", "D",
    "answer", "feedback_A", "feedback_B", "feedback_C", "explanation",
]  # fmt: skip
L = "what-is-a-complaint"
ROWS = [
    ["", "single", "s01", L, "1", "哪一项属于投诉？", "", "顾客表达不满并希望解决", "咨询营业时间",
     "表扬服务", "", "A", "", "", "", "投诉是顾客对产品或服务表达不满并期望得到处理。"],
    ["", "多选", "s01", L, "", "哪些做法有助于平复情绪？", "", "认真倾听", "表达理解", "打断解释",
     "承诺跟进", "A,B,D", "", "", "", "倾听、理解与跟进能让顾客感到被重视。"],
    ["", "truefalse", "s01", L, "3", "投诉可以帮助企业发现问题。", "", "", "", "", "", "对", "", "",
     "", "投诉反映期望与实际的落差，是改进的线索。"],
    ["", "short", "s01", L, "", "顾客表达不满的行为叫什么？", "", "", "", "", "", "投诉|客诉", "",
     "", "", "这种行为就是投诉，也常简称客诉。"],
    ["", "ordering", "s01", L, "", "排出处理的先后顺序。", "", "倾听", "道歉", "解决", "跟进",
     "", "", "", "", "先处理情绪，再处理问题，最后跟进。"],
    ["", "matching", "s01", L, "", "把投诉和类型连起来。", "", "快递迟到 -> 服务投诉",
     "商品破损 -> 产品投诉", "价格不符 -> 价格投诉", "", "", "", "", "", "按起因给投诉归类。"],
    ["", "situational", "s01", L, "", "顾客来电时很生气。", "你们的快递又晚了三天！",
     "先道歉并了解情况", "告诉他这不是你的错", "请他找快递公司", "", "A", "先接住情绪。",
     "推卸责任会激化矛盾。", "把顾客推给别人。", "先接住情绪，再了解事实。"],
]  # fmt: skip


def _write_csv(path: Path, rows, *, delimiter=",", encoding="utf-8-sig") -> Path:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _loaded(layer: Path):
    """The layer's questions as the real loader reads them (which file: not compared)."""
    problems: list = []
    questions, _refs = load_bank(layer / "quizzes", layer.parent, problems)
    assert problems == [], problems
    return {q.id: replace(q, source="") for q in questions}


def _checks(course):
    return dict(
        taken_ids={q.id for q in course.questions},
        sections={s.id for s in course.course.sections},
        lessons=course.lessons,
    )


def test_every_type_from_an_excel_csv_loads_with_the_real_loader(tmp_path, course):
    source = _write_csv(tmp_path / "我的题库.csv", [HEADER, *ROWS])  # UTF-8 with a BOM
    layer = tmp_path / "organisation"
    report = import_question_table(source, layer, **_checks(course))
    assert report.problems == []
    assert report.file == layer / "quizzes" / "wo-de-ti-ku.yaml"
    questions = _loaded(layer)
    assert list(questions) == [f"wo-de-ti-ku-{n:03d}" for n in range(1, 8)] == report.ids
    single, multiple, tf, short, ordering, matching, situational = questions.values()
    assert single.type == "single" and single.correct_indices == {0} and single.difficulty == 1
    assert multiple.type == "multiple" and multiple.correct_indices == {0, 1, 3}
    assert tf.answer is True and tf.difficulty == 3
    assert short.answers == ("投诉", "客诉")
    assert ordering.items == ("倾听", "道歉", "解决", "跟进")
    assert matching.pairs[1] == ("商品破损", "产品投诉")
    assert situational.customer == "你们的快递又晚了三天！"
    assert [o.feedback for o in situational.options] == ["先接住情绪。", "推卸责任会激化矛盾。",
                                                         "把顾客推给别人。"]  # fmt: skip
    assert {q.topic for q in questions.values()} == {"s01"}


@pytest.mark.parametrize(
    ("delimiter", "encoding", "suffix"),
    [("\t", "utf-16", ".txt"), ("\t", "utf-8", ".tsv"), (";", "utf-8-sig", ".csv"),
     (",", "gb18030", ".csv")],
)  # fmt: skip
def test_excel_unicode_text_tabs_and_other_encodings_give_the_same_questions(
    tmp_path, course, delimiter, encoding, suffix
):
    reference = import_question_table(
        _write_csv(tmp_path / "ref.csv", [HEADER, *ROWS]), tmp_path / "ref", **_checks(course)
    )
    source = _write_csv(tmp_path / f"ref{suffix}", [HEADER, *ROWS], delimiter=delimiter,
                        encoding=encoding)  # fmt: skip
    if encoding == "utf-16":  # Excel's "Unicode text": UTF-16 LE with its byte-order mark
        assert source.read_bytes().startswith(codecs.BOM_UTF16_LE)
    fmt = "tsv" if suffix == ".txt" else None
    report = import_question_table(source, tmp_path / "layer", fmt=fmt, **_checks(course))
    assert report.problems == []
    assert (
        _loaded(tmp_path / "layer") == {k: v for k, v in _loaded(tmp_path / "ref").items()}
        and report.ids == reference.ids
    )


def test_bad_rows_are_named_by_row_and_column_and_the_good_ones_are_written(tmp_path, course):
    bad = [
        ["", "single", "s01", L, "", "题干足够长", "", "甲", "乙", "丙", "", "E", "", "", "",
         "解析足够长"],  # row 2: answer names an empty option
        ["", "essay", "s01", L, "", "题干足够长", "", "", "", "", "", "", "", "", "", "解析足够长"],
        ["s01-q001", "truefalse", "s01", L, "", "题干足够长", "", "", "", "", "", "对", "", "",
         "", "解析足够长"],  # row 4: a bundled question's id
        ["", "truefalse", "s01", "no-such-lesson", "", "题干足够长", "", "", "", "", "", "错",
         "", "", "", "解析足够长"],  # row 5
        ["", "single", "s01", L, "", "题干足够长", "", "甲", "", "丙", "", "A", "", "", "",
         "解析足够长"],  # row 6: B is empty between A and C
        ["", "single", "s01", L, "", "题干足够长", "", "甲", "乙", "", "", "A", "", "", "",
         "解析足够长"],  # row 7: two options
        ["", "situational", "s01", L, "", "题干足够长", "我要投诉", "甲", "乙", "丙", "", "B",
         "好", "", "好", "解析足够长"],  # row 8: feedback_B missing
        ["", "truefalse", "s99", L, "9", "题干足够长", "", "", "", "", "", "也许", "", "", "",
         "短"],  # row 9: section, difficulty, answer, explanation
        ["", "matching", "s01", L, "", "题干足够长", "", "甲 -> 一", "乙", "丙 -> 三", "", "", "",
         "", "", "解析足够长"],  # row 10
        ROWS[2],  # row 11: good
    ]  # fmt: skip
    source = _write_csv(tmp_path / "bad.csv", [HEADER, *bad])
    layer = tmp_path / "organisation"
    report = import_question_table(source, layer, **_checks(course))
    where = [(p.line, p.message.split(":")[0]) for p in report.problems]
    assert where == [
        (2, "row 2, column 'answer'"),
        (3, "row 3, column 'type'"),
        (4, "row 4, column 'id'"),
        (5, "row 5, column 'lesson'"),
        (6, "row 6, column 'B'"),
        (7, "row 7, column 'A–H'"),
        (8, "row 8, column 'feedback_A–H'"),
        (9, "row 9, column 'answer'"),
        (9, "row 9, column 'difficulty'"),
        (9, "row 9, column 'explanation'"),
        (9, "row 9, column 'section'"),
        (10, "row 10, column 'B'"),
    ], report.problems
    assert all(isinstance(p, Problem) and p.file == "bad.csv" for p in report.problems)
    assert "s01-q001' is used already (the course)" in report.problems[2].message
    assert "lesson 'no-such-lesson' does not exist" in report.problems[3].message
    assert [p.message.split(": ", 1)[1] for p in report.problems if p.line == 9] == [
        "must be true or false (对/错)",
        "Input should be less than or equal to 3",
        "String should have at least 4 characters",
        "section 's99' is not a course section",
    ]
    assert list(_loaded(layer)) == report.ids == ["bad-001"]  # the good row is written


def test_ids_never_clash_with_the_layer_and_nothing_is_replaced(tmp_path, course):
    source = _write_csv(tmp_path / "week.csv", [HEADER, *ROWS[:2]])
    layer = tmp_path / "organisation"
    first = import_question_table(source, layer, **_checks(course))
    second = import_question_table(source, layer, **_checks(course))
    assert first.file.name == "week.yaml" and second.file.name == "week-2.yaml"
    assert first.ids == ["week-001", "week-002"] and second.ids == ["week-003", "week-004"]
    assert len(_loaded(layer)) == 4
    given = [HEADER, ["week-001", *ROWS[0][1:]]]
    report = import_question_table(_write_csv(tmp_path / "again.csv", given), layer)
    assert report.file is None and report.problems[0].message == (
        "row 2, column 'id': 'week-001' is used already (quizzes/week.yaml)"
    )


def test_header_problems_and_a_dry_run(tmp_path):
    layer = tmp_path / "organisation"
    missing = _write_csv(tmp_path / "m.csv", [["type", "stem", "answer"], ROWS[2][1:4]])
    report = import_question_table(missing, layer, lesson=L)
    assert report.file is None and [p.line for p in report.problems] == [1]
    assert "no column explanation" in report.problems[0].message
    typo = _write_csv(tmp_path / "t.csv", [[*HEADER, "explaination"], [*ROWS[2], "x"]])
    report = import_question_table(typo, layer, dry_run=True)
    assert [p.message for p in report.problems] == [
        "row 1, column 'explaination': unknown column (see docs/quiz-format.md); ignored"
    ]
    assert report.ids == ["t-001"] and report.file is None and not layer.exists()
    with pytest.raises(ImportRefused, match="binary"):
        (tmp_path / "x.csv").write_bytes(b"\x00\x01PK")
        import_question_table(tmp_path / "x.csv", layer)


def test_cli_prints_one_line_per_problem_and_exits_1(tmp_path, capsys):
    data = tmp_path / "data"
    good = _write_csv(tmp_path / "good.csv", [HEADER, *ROWS])
    args = ["--data-dir", str(data), "content", "import", "questions"]
    assert main([*args, str(good), "--dry-run"]) == 0
    assert capsys.readouterr().out == "would write 7 question(s)\n"
    assert not (data / "organisation").exists()
    assert main([*args, str(good)]) == 0
    assert "wrote 7 question(s) to" in capsys.readouterr().out
    assert (data / "organisation" / "quizzes" / "good.yaml").is_file()
    rows = [HEADER, [c.replace("s01", "") for c in ROWS[0]], ROWS[1]]
    partial = _write_csv(tmp_path / "partial.csv", rows)
    assert main([*args, str(partial), "--layer", str(tmp_path / "l")]) == 1
    out = capsys.readouterr()
    assert out.err.splitlines() == [
        "partial.csv:2: row 2, column 'section': is empty (or give a section for the whole table)"
    ]
    assert main([*args, str(partial), "--layer", str(tmp_path / "l2"), "--section", "s01"]) == 0


def test_the_documented_example_imports_cleanly(tmp_path, course):
    doc = (Path(__file__).resolve().parents[2] / "docs" / "quiz-format.md").read_text("utf-8")
    example = doc.split("```csv\n", 1)[1].split("```", 1)[0]
    (tmp_path / "example.csv").write_text(example, encoding="utf-8")
    report = import_question_table(tmp_path / "example.csv", tmp_path / "layer", **_checks(course))
    assert report.problems == [] and len(_loaded(tmp_path / "layer")) == 6
