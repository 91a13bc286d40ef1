"""Moodle interchange: GIFT and Moodle XML import/export, encodings, unsafe files, fuzzing."""

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.course.library import load_library
from app.paths import assets_dir, content_dir
from app.quiz.interchange import banks
from app.quiz.interchange.decode import ImportRefused, decode_bytes, read_untrusted
from app.quiz.interchange.gift import export_gift, parse_gift
from app.quiz.interchange.moodlexml import export_moodle_xml, parse_moodle_xml

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
BANK = load_library(content_dir(), assets_dir()).questions


def test_moodle_documentation_examples():
    """The GIFT examples of Moodle's documentation: types, answers and skipped items."""
    r = parse_gift((HERE / "moodle_doc_examples.gift").read_text(encoding="utf-8"))
    types = [q.type for q in r.questions]
    assert types == [
        "single",
        "single",
        "truefalse",
        "truefalse",
        "short",
        "short",
        "matching",
        "single",
        "multiple",
        "single",
        "short",
    ]
    tomb, missing_word, false_, true_, short, two_plus_two, match, fb, weighted, esc, md = (
        r.questions
    )
    assert tomb.id == "grant-s-tomb" and [o.text for o in tomb.options if o.correct] == ["no one"]
    assert missing_word.stem == "Grant is  ____  in Grant's tomb."
    assert (false_.answer, true_.answer) == (False, True)
    assert short.answers == ("no one", "nobody") and two_plus_two.answers == ("four", "4")
    assert match.pairs[3] == ("India", "New Delhi")
    assert fb.options[2].feedback == "Very good!" and fb.options[0].feedback.startswith("feedback")
    assert [o.text for o in weighted.options if o.correct] == ["Grant", "Grant's wife"]
    assert [o.text for o in esc.options] == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]
    assert r.categories[esc.id] == "tom/Default for Course/Tombs"
    assert md.explanation == "General feedback here"
    assert [(s.line, s.reason.split()[0]) for s in r.skipped] == [
        (21, "numerical"),
        (23, "essay"),
        (47, "a"),
    ]


@pytest.mark.parametrize(
    ("export", "parse"), [(export_gift, parse_gift), (export_moodle_xml, parse_moodle_xml)]
)
def test_export_then_import_gives_back_the_same_questions(export, parse):
    result = parse(export(BANK))
    assert not result.skipped
    back = {q.id: q for q in result.questions}
    assert len(back) == len(BANK)
    for q in BANK:
        assert replace(back[q.id], source="") == replace(q, source=""), q.id


def test_moodle_xml_reports_unsupported_types_with_their_line():
    xml = """<?xml version="1.0"?>
<quiz>
  <question type="category"><category><text>$course$/Complaints</text></category></question>
  <question type="essay"><name><text>Essay one</text></name>
    <questiontext><text>Write</text></questiontext></question>
  <question type="multianswer"><name><text>Cloze</text></name>
    <questiontext><text>{1:SA:=x}</text></questiontext></question>
  <question type="truefalse"><name><text>TF</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>The <b>sky</b> is blue.</p>]]></text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer></question>
</quiz>"""
    r = parse_moodle_xml(xml)
    assert [(s.item, s.line) for s in r.skipped] == [("Essay one", 4), ("Cloze", 6)]
    assert "essay" in r.skipped[0].reason
    (tf,) = r.questions
    assert tf.answer is True and tf.stem == "The sky is blue."
    assert r.categories[tf.id] == "$course$/Complaints"


@pytest.mark.parametrize(
    "payload",
    [
        '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        "<quiz><question type='truefalse'><questiontext><text>&b;</text></questiontext></question>"
        "</quiz>",
        '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<quiz>&x;</quiz>",
        "<quiz><question",
        "<html><body>not a quiz</body></html>",
    ],
)
def test_unsafe_or_broken_xml_is_refused_with_a_reason(payload):
    with pytest.raises(ImportRefused) as info:
        parse_moodle_xml(payload)
    assert str(info.value)


def test_encodings_are_detected_or_refused(tmp_path):
    gift = "::q1::投诉的核心是什么？{=落差 ~价格 ~天气}\n"
    for encoding in ("utf-8", "utf-8-sig", "gb18030", "gbk"):
        f = tmp_path / f"{encoding}.gift"
        f.write_bytes(gift.encode(encoding))
        text, _used = read_untrusted(f)
        assert parse_gift(text).questions[0].options[0].text == "落差", encoding
    western = "::q1::Café crème?{=oui ~non ~peut-être}\n".encode("cp1252")
    assert decode_bytes(western)[1] == "cp1252"
    with pytest.raises(ImportRefused, match="encoding"):
        decode_bytes(b"\x81\x20\xff\xfe\x8d\x20")
    with pytest.raises(ImportRefused, match="binary"):
        decode_bytes(b"abc\x00def")
    big = tmp_path / "big.gift"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(ImportRefused, match="limit"):
        read_untrusted(big, max_bytes=1024)


def test_imported_banks_are_separate_and_removable(tmp_path):
    folder = tmp_path / "imported"
    report = banks.import_file(folder, HERE / "moodle_doc_examples.gift")
    assert report.imported == 11 and len(report.skipped) == 3
    listed = banks.list_banks(folder)
    assert listed[0]["name"] == "moodle_doc_examples" and listed[0]["questions"] == 11
    questions = banks.load_bank_questions(folder, "moodle_doc_examples")
    assert questions[0].options[2].text == "no one"
    assert banks.remove_bank(folder, "moodle_doc_examples") and not banks.list_banks(folder)
    dry = banks.import_file(folder, HERE / "moodle_doc_examples.gift", dry_run=True)
    assert dry.imported == 11 and not banks.list_banks(folder)


def test_a_bank_still_being_written_is_not_listed_and_a_damaged_one_is(tmp_path):
    """An import claims its name with an empty file, then writes the bank: the list (which
    the quiz page reads meanwhile) must not offer the empty file as a bank to practise."""
    folder = tmp_path / "imported"
    folder.mkdir()
    (folder / "being-written.json").write_text("", encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    assert [(b["name"], b.get("damaged", False)) for b in banks.list_banks(folder)] == [
        ("broken", True)
    ]

def test_cli_import_export_and_remove(tmp_path):
    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(tmp_path), *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    out = tmp_path / "bank.xml"
    assert run("quiz", "export", str(out), "--format", "moodlexml").returncode == 0
    result = run("quiz", "import", str(out), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["imported"] == len(BANK) and report["skipped"] == []
    result = run("quiz", "import", str(HERE / "moodle_doc_examples.gift"))
    assert "imported 11" in result.stdout and ":21:" in result.stdout
    assert "moodle_doc_examples" in run("quiz", "banks").stdout
    assert run("quiz", "remove", "moodle_doc_examples").returncode == 0
    assert run("quiz", "remove", "moodle_doc_examples").returncode == 1
    bad = tmp_path / "bad.xml"
    bad.write_text("<quiz><question", encoding="utf-8")
    refused = run("quiz", "import", str(bad))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr


GIFT_ALPHABET = st.sampled_from(
    [*list("{}=~#%:->\\ \nTFab1.[]$/投诉"), "::", "####", "->", "{T}", "\\~", "%50%"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(GIFT_ALPHABET, max_size=60).map("".join)))
def test_gift_parser_never_raises(text):
    result = parse_gift(text)
    assert all(s.reason for s in result.skipped)


XML_PIECES = st.sampled_from(
    [
        "<quiz>",
        "</quiz>",
        "<question type='multichoice'>",
        "<question type='truefalse'>",
        "</question>",
        "<answer fraction='100'>",
        "<answer fraction='x'>",
        "</answer>",
        "<text>",
        "</text>",
        "投诉",
        "<questiontext>",
        "</questiontext>",
        "<single>false</single>",
        "&amp;",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(XML_PIECES, max_size=40).map("".join)))
def test_moodle_xml_parser_raises_only_import_refused(text):
    try:
        result = parse_moodle_xml(text)
    except ImportRefused:
        return
    assert all(s.reason for s in result.skipped)


def test_cli_export_uses_the_installed_course_pack(tmp_path, content_copy):
    """`quiz export` goes through the facade, so it sees the course a pack installed."""
    from app.course.packs import build_pack

    bank = content_copy / "quizzes" / "s01.yaml"
    bank.write_text(bank.read_text("utf-8").replace("stem: ", "stem: 【新版】", 1), "utf-8")
    pack = build_pack(content_copy, tmp_path / "p.zip", pack_id="update", version="2.0",
                      title="新版")  # fmt: skip
    data = tmp_path / "data"

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(data), *args],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    assert run("content", "install", str(pack)).returncode == 0
    out = tmp_path / "bank.gift"
    assert run("quiz", "export", str(out), "--format", "gift").returncode == 0
    assert "【新版】" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["../profiles", "..", "a/b", "a\\b", "/etc/passwd", "", "x.y"])
def test_bank_names_are_identifiers_never_paths(tmp_path, name):
    """`quiz remove ../profiles` once deleted profiles.json next to the bank folder."""
    folder = tmp_path / "imported"
    folder.mkdir()
    outside = tmp_path / "profiles.json"
    outside.write_text("{}", encoding="utf-8")
    (tmp_path / "x.y.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ImportRefused, match="not a bank name"):
        banks.remove_bank(folder, name)
    with pytest.raises(ImportRefused, match="not a bank name"):
        banks.load_bank_questions(folder, name)
    assert outside.exists() and (tmp_path / "x.y.json").exists()


def test_cli_remove_refuses_a_path(tmp_path):
    (tmp_path / "profiles.json").write_text("{}", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "quiz", "remove", "../profiles"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and "not a bank name" in result.stderr
    assert "Traceback" not in result.stderr and (tmp_path / "profiles.json").exists()


def test_a_second_file_with_the_same_name_gets_a_new_bank(tmp_path):
    """Two files named alike once gave one bank: the second silently replaced the first."""
    folder = tmp_path / "imported"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "week.gift", tmp_path / "b" / "week.gift"
    first.write_text("::one::Is it one? {T}\n", encoding="utf-8")
    second.write_text("::two::Is it two? {T}\n\n::three::And three? {F}\n", encoding="utf-8")
    assert banks.import_file(folder, first).bank == "week"
    preview = banks.import_file(folder, second, dry_run=True)
    report = banks.import_file(folder, second)
    assert preview.bank == report.bank == "week-2" and report.renamed_from == "week"
    assert report.as_json()["renamed_from"] == "week"
    assert [q.id for q in banks.load_bank_questions(folder, "week")] == ["one"]
    assert len(banks.load_bank_questions(folder, "week-2")) == 2
    assert banks.import_file(folder, first).bank == "week-3"


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    """Windows Notepad's "Unicode" was refused as binary data."""
    text = "::q1::投诉先道歉？ {T}\n"
    for codec, bom, label in (
        ("utf-16-le", b"\xff\xfe", "utf-16-le"),
        ("utf-16-be", b"\xfe\xff", "utf-16-be"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
    ):
        f = tmp_path / f"{codec}.gift"
        f.write_bytes(bom + text.encode(codec))
        assert read_untrusted(f) == (text, label)
        assert banks.import_file(tmp_path / "b", f, dry_run=True).imported == 1
    with pytest.raises(ImportRefused, match=r"UTF-16 without a byte-order mark.*UTF-8"):
        decode_bytes(text.encode("utf-16-le"))
    with pytest.raises(ImportRefused, match="UTF-16"):
        decode_bytes(b"\xff\xfe" + b"\x00\xd8")  # a lone surrogate


BAD_META = ["[1, 2]", '{"id": {"a": 1}}', '{"id": ["x"]}', '{"topic": 3}', '"text"', "{bad"]


@pytest.mark.parametrize("meta", BAD_META)
def test_a_bad_academy_tag_skips_its_question_not_the_file(meta):
    """Our own metadata tag holding a list or a dict id refused (or crashed) the whole file."""
    gift = (
        f"// @academy {meta}\n::bad::Bad? {{T}}\n\n"
        '// @academy {"id": "good"}\n::good::Good? {F}\n'
    )
    result = parse_gift(gift)
    assert [q.id for q in result.questions] == ["good"]
    assert [(s.item, s.line) for s in result.skipped] == [("bad", 2)]
    tag = "<tags><tag><text>academy:{}</text></tag></tags>"
    xml = (
        "<quiz>\n"
        '<question type="truefalse"><name><text>bad</text></name>'
        "<questiontext><text>Bad?</text></questiontext>"
        f'<answer fraction="100"><text>true</text></answer>{tag.format(meta)}</question>\n'
        '<question type="truefalse"><name><text>good</text></name>'
        "<questiontext><text>Good?</text></questiontext>"
        '<answer fraction="100"><text>false</text></answer></question>\n'
        "</quiz>"
    )
    result = parse_moodle_xml(xml)
    assert [q.id for q in result.questions] == ["good"]
    assert [(s.item, s.line) for s in result.skipped] == [("bad", 2)]


def _best_time(fn, *args) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - start)
    return best


def test_import_time_grows_linearly(monkeypatch):
    """10k GIFT questions took 17.5 s: each one was compared with every one before it (and each
    XML question's line counted from the start of the text). 4 times the questions may take
    about 4 times as long; quadratic growth gives 16."""
    from app.quiz.interchange import gift as gift_module

    tree = gift_module._parser().parse("=right ~wrong")

    # the grammar's own cost per question is constant; keep the test quick
    monkeypatch.setattr(gift_module, "_parse_body", lambda _body: tree)

    def gift_text(n: int) -> str:
        return "".join(f"::q{i}::Question {i}? {{=right ~wrong}}\n\n" for i in range(n))

    small, large = gift_text(2500), gift_text(10000)
    ratio = _best_time(parse_gift, large) / _best_time(parse_gift, small)
    assert ratio < 8, ratio
    small, large = (export_moodle_xml(parse_gift(t).questions) for t in (small, large))
    ratio = _best_time(parse_moodle_xml, large) / _best_time(parse_moodle_xml, small)
    assert ratio < 8, ratio
