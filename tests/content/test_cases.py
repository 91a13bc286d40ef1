"""Case studies: structure, references and pairs are checked with file and line."""

from pathlib import Path

from app.course.loader import load_content

CASE = """---
id: {id}
title: 一个案例
industry: banking
outcome: {outcome}
topics: [s05]
lessons: [principles-and-techniques]
{pair}---
## 背景
背景。
## 经过
- 09:00 顾客来电
## 员工的做法
做法，见[原则](lesson:principles-and-techniques#1)。
## 结果
结果。
## 分析
分析，见[原则](lesson:principles-and-techniques#{section})。
???
讲师提示。
## 换个做法
更好的做法。
## 课堂讨论
1. 问题一？
"""


def _write(content: Path, name: str, **fields) -> None:
    fields.setdefault("outcome", "success")
    fields.setdefault("pair", "")
    fields.setdefault("section", "2")
    (content / "cases").mkdir(exist_ok=True)
    (content / "cases" / f"{name}.md").write_text(CASE.format(id=name, **fields), encoding="utf-8")


def test_a_good_pair_of_cases_loads(content_copy: Path):
    _write(content_copy, "bank-a", pair="pair: bank-b\n")
    _write(content_copy, "bank-b", outcome="failure", pair="pair: bank-a\n")
    bundle = load_content(content_copy)
    mine = [p for p in bundle.problems if "cases/bank-" in p.file]
    assert mine == []
    a = bundle.cases["bank-a"]
    assert (a.industry, a.outcome, a.pair) == ("banking", "success", "bank-b")
    assert [s.title for s in a.sections][:2] == ["背景", "经过"]


def test_case_problems_name_file_and_line(content_copy: Path):
    _write(content_copy, "bank-a", pair="pair: bank-b\n", section="99")
    _write(content_copy, "bank-b", pair="pair: nobody\n")
    (content_copy / "cases" / "bank-c.md").write_text(
        CASE.format(id="bank-c", outcome="tie", pair="", section="1"), encoding="utf-8"
    )
    text = CASE.format(id="bank-d", outcome="success", pair="", section="1")
    (content_copy / "cases" / "bank-d.md").write_text(
        text.replace("## 课堂讨论\n", ""), encoding="utf-8"
    )
    got = {
        (p.file.split("/")[-1], p.line, p.kind)
        for p in load_content(content_copy).problems
        if "cases/bank-" in p.file
    }
    assert ("bank-a.md", 19, "broken-link") in got  # section 99 does not exist
    assert ("bank-a.md", 8, "broken-reference") in got  # bank-b does not point back
    assert ("bank-b.md", 8, "broken-reference") in got  # no case 'nobody'
    assert ("bank-c.md", 5, "wrong-type") in got  # outcome must be success|failure
    assert ("bank-d.md", 9, "structure") in got  # 课堂讨论 missing
