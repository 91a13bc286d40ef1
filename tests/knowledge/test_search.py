"""Full-text search over the course: both scripts, English terms, short queries, filters,
snippets, and an index rebuilt only when the content changes."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.knowledge.index import MARK_CLOSE, MARK_OPEN, normalise_query, snippet
from app.services import Academy

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def academy(tmp_path_factory, course):
    a = Academy(tmp_path_factory.mktemp("data"), course=course)
    a.knowledge.prepare()
    return a


def _refs(hits):
    return [(h.kind, h.ref, h.section) for h in hits]


def test_simplified_and_traditional_queries_find_the_same_things(academy):
    for simplified, traditional in (("服务补救悖论", "服務補救悖論"), ("平衡点", "平衡點")):
        a = academy.knowledge.search(simplified, limit=10)
        assert a and _refs(a) == _refs(academy.knowledge.search(traditional, limit=10))


def test_the_glossary_entry_comes_first_for_its_own_word(academy):
    assert _refs(academy.knowledge.search("投诉", limit=1)) == [("term", "complaint", 0)]
    assert (
        academy.knowledge.search("empathy", limit=1)[0].ref == "empathy"
    )  # English finds the entry
    assert academy.knowledge.search("NPS", limit=1)[0].ref == "nps"  # short Latin abbreviation
    assert (
        academy.knowledge.search("ＩＳＯ 10002", limit=1)[0].ref == "iso-10002"
    )  # full-width folded


def test_one_and_two_character_queries(academy):
    hits = academy.knowledge.search("道歉", limit=20)
    assert len(hits) == 20
    assert all("道歉" in (h.title + h.snippet) for h in hits)
    one = academy.knowledge.search("诉", limit=5)
    assert one and all("诉" in h.snippet for h in one)


def test_filters_by_kind_and_topic(academy):
    phrases = academy.knowledge.search("道歉", kinds=["phrase"], limit=50)
    assert phrases and {h.kind for h in phrases} == {"phrase"}
    s08 = academy.knowledge.search("客户", topic="s08", limit=50)
    assert s08 and all("s08" in h.topic.split() for h in s08)
    cases = academy.knowledge.search("银行", kinds=["case"], limit=50)
    assert cases and all(h.target.startswith("case:") and h.section >= 1 for h in cases)


def test_lesson_hits_name_the_section_to_open(academy):
    hit = academy.knowledge.search("第三步：合理道歉", kinds=["lesson"], limit=1)[0]
    lesson = academy.lesson(hit.ref)
    assert hit.target == f"{hit.ref}#{hit.section}"
    assert "道歉" in lesson.sections[hit.section - 1].title


def test_traditional_interface_gets_traditional_titles_and_snippets(tmp_path):
    a = Academy(tmp_path / "d", lang="zh-TW")
    hit = a.knowledge.search("服务补救悖论", limit=1)[0]
    assert "補救" in hit.title and "補救" in hit.snippet


def test_snippets_mark_every_hit_in_a_window():
    body = "前言" * 40 + "情绪优先的做法，先处理情绪。" + "后记" * 40
    text = snippet(body, ["情绪"])
    assert text.startswith("…") and text.endswith("…")
    assert text.count(MARK_OPEN) == 2 and text.count(MARK_CLOSE) == 2
    assert normalise_query("  客訴   ＮＰＳ 客訴 ") == ["客诉", "nps"]
    assert normalise_query("  ") == []


def test_no_hits_and_odd_queries_are_harmless(academy):
    assert academy.knowledge.search("zzzzqqq") == []
    for odd in ('"', "%", "_", "AND", "OR NOT", "*", "a\\b", "'); DROP TABLE doc; --"):
        academy.knowledge.search(odd)  # never raises


def test_the_index_is_rebuilt_only_when_the_content_changes(content_copy, tmp_path):
    a = Academy(tmp_path / "d", content_root=content_copy, assets=content_copy.parent / "assets")
    first = a.knowledge.prepare().path
    stamp = first.stat().st_mtime_ns
    b = Academy(tmp_path / "d", content_root=content_copy, assets=content_copy.parent / "assets")
    assert b.knowledge.prepare().path == first and first.stat().st_mtime_ns == stamp
    with (content_copy / "glossary.yaml").open("a", encoding="utf-8") as f:
        f.write(
            "  - id: zz-new-term\n    term: 新加术语测试\n    en: brand new term\n"
            "    definition: 只为测试而加的一条。\n    lesson: what-is-a-complaint\n"
        )
    c = Academy(tmp_path / "d", content_root=content_copy, assets=content_copy.parent / "assets")
    assert c.knowledge.search("brand new term", limit=1)[0].ref == "zz-new-term"
    assert c.knowledge.prepare().path != first and not first.exists()
    assert not list((tmp_path / "d" / "cache").glob(".search-*.tmp"))
    assert len(list((tmp_path / "d" / "cache").glob("search-*"))) == 1, "the old index is gone"


def test_cli_search_prints_json_with_the_contract_fields(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "search", "同理心",
         "--json", "--limit", "3"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert isinstance(result["took_ms"], float) and result["took_ms"] >= 0
    hits = result["hits"]
    assert 1 <= len(hits) <= 3 and hits[0]["id"] == "empathy"
    assert {"kind", "id", "title", "section", "snippet", "score"} <= set(hits[0])
    assert "[同理心]" in hits[0]["snippet"]


def test_an_installed_copy_uses_the_shipped_index(tmp_path, monkeypatch):
    from app import paths
    from app.knowledge.index import index_path

    built = Academy(tmp_path / "build").knowledge.prepare().path
    shipped_root = tmp_path / "bundle"
    (shipped_root / "prebuilt").mkdir(parents=True)
    shutil.copytree(built, shipped_root / "prebuilt" / built.name)
    monkeypatch.setattr(paths, "resource_root", lambda: shipped_root)
    fresh = Academy(tmp_path / "fresh", content_root=ROOT / "content", assets=ROOT / "assets")
    index = fresh.knowledge.prepare()
    assert index.path == shipped_root / "prebuilt" / built.name
    assert not index_path(fresh.paths.cache, fresh.content.digest).exists(), "nothing rebuilt"
    assert fresh.knowledge.search("同理心", limit=1)[0].ref == "empathy"


def test_a_search_that_finds_nothing_suggests_a_word(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "search", "zzqx",
         "--json"], capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    result = json.loads(out.stdout)
    assert result["hits"] == [] and result["did_you_mean"] == []
    a = Academy(tmp_path / "d")
    assert "服务补救" in a.knowledge.suggest("服务补求")
    assert "平衡点" in a.knowledge.suggest("平衡典")


def test_role_plays_and_desk_checklists_are_searchable(academy):
    hit = academy.knowledge.search("网红", kinds=["scenario"], limit=1)[0]
    assert hit.target == "scenario:influencer-threatens-post"
    targets = [h.target for h in academy.knowledge.search("网红", limit=10)]
    assert len(targets) == len(set(targets)), "one hit per place"
    desk = academy.knowledge.search("七步", kinds=["checklist"], limit=3)
    assert desk and all(h.target.startswith("desk:") for h in desk)


def test_synonyms_and_question_words(academy):
    from app.knowledge.analysis import parse_query

    q = parse_query("顾客发火怎么办", academy.knowledge.vocabulary())
    assert q.chunks == ("顾客发火",)
    assert [c[0] for c in q.concepts] == ["顾客", "发火"], "cut at known words, 怎么办 dropped"
    assert "客户" in q.concepts[0] and "愤怒" in q.concepts[1]
    assert "客发" not in q.terms, "no bigram across two words"
    hits = academy.knowledge.search("顾客发火", limit=10)
    assert any("愤怒" in h.snippet or "生气" in h.snippet for h in hits), "synonyms found"


def test_a_bad_synonym_file_is_reported_with_its_line(content_copy):
    from app.course.loader import load_content

    (content_copy / "synonyms.yaml").write_text(
        "groups:\n  - [客户, 顾客]\n  - [投诉]\n  - [顾客, 客人]\n  - [退款, 退款]\n",
        encoding="utf-8",
    )
    bundle = load_content(content_copy)
    found = {(p.line, p.kind) for p in bundle.problems if p.file.endswith("synonyms.yaml")}
    assert 3 in {line for line, _kind in found}  # a group of one word
    assert (4, "invalid") in found  # 顾客 already in group 1
    assert (5, "invalid") in found  # a word twice
    assert ("客户", "顾客") in bundle.synonyms and len(bundle.synonyms) == 1


def test_the_warm_up_builds_the_index_but_leaves_it_closed_until_a_search(tmp_path, course):
    from app.knowledge.index import index_path

    learner = Academy(tmp_path / "data", course=course)  # not this module's prepared one
    learner.open_learner(learner.profiles.create("甲").id)
    learner.warm_up()
    path = index_path(learner.paths.cache, learner.content.digest or "nodigest")
    assert path.exists(), "built, so the first search does not wait for a build"
    assert not learner.knowledge.ready, "not held open by a learner who never searches"
    assert learner.knowledge.search("投诉") and learner.knowledge.ready
    learner.close()


def test_full_width_letters_and_digits_fold_wherever_they_are_and_nothing_else_changes():
    from app.knowledge.analysis import fold

    long_text = "客户投诉处理，" * 200
    assert fold(long_text) == long_text
    assert fold(long_text + "依据ＩＳＯ １０００２：２０１８，ｂａｔｎａ") == (
        long_text + "依据ISO 10002：2018，batna"
    ), "full-width Latin and digits fold; the full-width space and CJK punctuation stay"
