"""The organisation layer over the course: its items are added with the course's checks; an
id clash is named in the layer's file and line and left out unless hidden (then it
replaces); hides withdraw; a reference to a lesson that has gone is a problem, not a stop;
no layer is exactly the course as before; a layer edit makes the cache miss."""

from pathlib import Path

from app.course.cache import content_digest
from app.course.loader import load_content
from app.paths import assets_dir, content_dir
from app.services import Academy
from tests.content.layer_helpers import LAYER_YAML, basic_layer, lesson, question, write_layer

ROOT = Path(__file__).resolve().parents[2]


def _load(layer: Path | None):
    return load_content(content_dir(), assets_dir(), layer=layer)


def _problems(bundle):
    return [(p.file, p.line, p.kind) for p in bundle.problems]


def test_a_layer_adds_its_items_and_sections_with_no_problems(tmp_path):
    layer = basic_layer(tmp_path / "organisation")
    write_layer(layer, {
        "lessons/org-in-s01.md": lesson("org-in-s01", section="s01", order=99),
        "glossary.yaml": "terms:\n  - {id: org-fast-track, term: 快速通道, en: fast track, "
                         "definition: 本行为老年顾客开设的专门窗口。, lesson: org-rules}\n",
        "phrases.yaml": "groups:\n  - id: opening\n    title: 开场\n    step: 倾听\n    phrases:\n"
                        "      - {id: org-greeting, situation: 顾客来到柜台, say: 您好，请讲。, "
                        "avoid: 有事吗？, why: 先让顾客开口。, lesson: org-rules}\n",
        "synonyms.yaml": "groups:\n  - [快速通道, 绿色通道]\n",
    }, LAYER_YAML)  # fmt: skip
    bundle = _load(layer)
    assert bundle.problems == ()
    assert bundle.layer.id == "acme-bank" and bundle.layer.version == "1.0"
    assert bundle.lessons["org-rules"].source == "organisation/lessons/org-rules.md"
    org = next(s for s in bundle.course.sections if s.id == "org-products")
    assert org.lesson_ids == ("org-rules",) and org.number == 16
    s01 = next(s for s in bundle.course.sections if s.id == "s01")
    assert s01.lesson_ids[-1] == "org-in-s01", "a layer lesson may join a bundled section"
    assert {"org-q1", "org-q2"} <= {q.id for q in bundle.questions}
    assert "org-fast-track" in bundle.glossary
    opening = next(g for g in bundle.phrase_groups if g.id == "opening")
    assert opening.phrases[-1].id == "org-greeting", "added to the bundled group of that id"
    assert ("快速通道", "绿色通道") in bundle.synonyms
    course = _load(None)
    assert len(bundle.lessons) == len(course.lessons) + 2


def test_no_layer_is_the_course_as_before(tmp_path, course):
    data = tmp_path / "data"
    (data / "organisation" / "drafts").mkdir(parents=True)  # a folder, but no layer.yaml
    a = Academy(data)
    assert a.content.layer is None
    assert list(a.content.lessons) == list(course.lessons)
    assert content_digest(content_dir(), assets_dir()) == content_digest(
        content_dir(), assets_dir(), None
    )
    assert _load(None) == load_content(content_dir(), assets_dir())


def test_a_clash_is_named_in_the_layers_file_and_left_out(tmp_path):
    layer = basic_layer(tmp_path / "organisation")
    write_layer(layer, {
        "lessons/mine.md": lesson("what-is-a-complaint", title="我们的定义"),
        "quizzes/clash.yaml": "questions:\n" + question("case-balance-influencer-q1"),
    }, LAYER_YAML)  # fmt: skip
    bundle = _load(layer)
    assert ("organisation/lessons/mine.md", 2, "duplicate-id") in _problems(bundle)
    assert ("organisation/quizzes/clash.yaml", 6, "duplicate-id") in _problems(bundle)
    assert bundle.lessons["what-is-a-complaint"].title == "什么是投诉", "the course's stays"
    q = next(q for q in bundle.questions if q.id == "case-balance-influencer-q1")
    assert q.source.startswith("content/")
    assert "org-rules" in bundle.lessons, "the rest of the layer loads"
    shown = next(str(p) for p in bundle.problems if p.file == "organisation/lessons/mine.md")
    assert "hides" in shown and "content/lessons/s01-what-is-a-complaint.md" in shown


def _sections(n: int) -> str:
    return "".join(f"\n## 第{i}节\n本行的第{i}节内容。\n" for i in range(3, n + 1))


def test_hides_replace_and_withdraw_bundled_items(tmp_path):
    n = len(_load(None).lessons["what-is-a-complaint"].sections)
    layer_yaml = LAYER_YAML.replace("hides: {}", (
        "hides:\n  lessons: [what-is-a-complaint]\n"
        "  questions: [case-balance-influencer-q1, case-balance-influencer-q2]\n"
        "  phrases: [opening-angry-call]\n"))  # fmt: skip
    layer = basic_layer(tmp_path / "organisation", layer_yaml)
    write_layer(layer, {
        "lessons/mine.md": lesson("what-is-a-complaint", section="s01", title="我们的定义")
        + _sections(n),
        "quizzes/again.yaml": "questions:\n" + question("case-balance-influencer-q1"),
    }, layer_yaml)  # fmt: skip
    bundle = _load(layer)
    assert bundle.problems == ()
    replaced = bundle.lessons["what-is-a-complaint"]
    assert replaced.title == "我们的定义" and replaced.source == "organisation/lessons/mine.md"
    ids = [q.id for q in bundle.questions]
    assert "case-balance-influencer-q2" not in ids, "withdrawn"
    assert ids.count("case-balance-influencer-q1") == 1
    assert next(q for q in bundle.questions if q.id == "case-balance-influencer-q1").source == (
        "organisation/quizzes/again.yaml"
    )
    assert "opening-angry-call" not in {p.id for g in bundle.phrase_groups for p in g.phrases}
    # A replacement without the sections the course links to: named on the hides line.
    (layer / "lessons" / "mine.md").write_text(lesson("what-is-a-complaint", section="s01"))
    short = _load(layer)
    assert short.problems and {(p.file, p.line) for p in short.problems} == {
        ("organisation/layer.yaml", 8)
    }
    assert "has no section" in short.problems[0].message


def test_withdrawing_what_the_course_still_points_to_is_named_on_the_hides_line(tmp_path):
    layer_yaml = LAYER_YAML.replace("hides: {}", "hides:\n  lessons: [customer-psychology]\n")
    layer = basic_layer(tmp_path / "organisation", layer_yaml)
    bundle = _load(layer)
    assert bundle.problems, "bundled items link to that lesson"
    assert {(p.file, p.line) for p in bundle.problems} == {("organisation/layer.yaml", 8)}
    assert "customer-psychology" not in bundle.lessons and "org-rules" in bundle.lessons
    assert "still points to it" in bundle.problems[0].message


def test_a_reference_to_a_lesson_that_has_gone_is_a_problem_and_the_rest_loads(tmp_path):
    """The course was updated under the layer: the lesson its question and link named is
    not in it any more."""
    layer = basic_layer(tmp_path / "organisation")
    write_layer(
        layer,
        {
            "lessons/links.md": lesson("org-links", body="见[旧课](lesson:retired-lesson#2)。"),
            "quizzes/old.yaml": "questions:\n" + question("org-old", lesson="retired-lesson"),
            "layer.yaml": LAYER_YAML.replace("hides: {}", "hides:\n  cases: [no-such-case]\n"),
        },
    )
    bundle = _load(layer)
    assert sorted(_problems(bundle)) == [
        ("organisation/layer.yaml", 8, "broken-reference"),
        ("organisation/lessons/links.md", 13, "broken-link"),
        ("organisation/quizzes/old.yaml", 6, "broken-reference"),
    ]
    assert {"org-links", "org-rules"} <= set(bundle.lessons)
    assert "org-old" in {q.id for q in bundle.questions}


def test_a_broken_layer_yaml_is_named_and_the_items_still_load(tmp_path):
    layer = basic_layer(tmp_path / "organisation", "id: Not An Id\ntitle: x\nversion: 1.0\n")
    layer_yaml_problems = [p for p in _load(layer).problems if p.file.endswith("layer.yaml")]
    assert {p.line for p in layer_yaml_problems} == {1, 3}
    bundle = _load(layer)
    assert "org-rules" not in bundle.lessons, "its section was declared in layer.yaml"
    assert any(p.file == "organisation/lessons/org-rules.md" for p in bundle.problems)


def test_layer_images_live_in_the_layers_assets(tmp_path):
    layer = basic_layer(tmp_path / "data" / "organisation")
    write_layer(layer, {
        "lessons/pic.md": lesson("org-pic", body="![受理流程图](images/acme/flow.png)"),
        "assets/images/acme/flow.png": "not really a png",
    }, LAYER_YAML)  # fmt: skip
    assert _load(layer).problems == ()
    (layer / "assets" / "images" / "acme" / "flow.png").unlink()
    assert _problems(_load(layer)) == [("organisation/lessons/pic.md", 13, "missing-image")]
    (layer / "assets" / "images" / "acme" / "flow.png").write_text("again", encoding="utf-8")
    a = Academy(tmp_path / "data")
    assert a.assets_of(a.lesson("org-pic")) == layer / "assets"
    assert a.assets_of(a.lesson("what-is-a-complaint")) == a.assets


def test_the_cache_misses_when_the_layer_changes(tmp_path):
    data = tmp_path / "data"
    layer = basic_layer(data / "organisation")
    first = Academy(data)
    assert first.lesson("org-rules").title == "本行的投诉受理规定"
    digest = first.content.digest
    text = (layer / "lessons" / "org-rules.md").read_text("utf-8")
    (layer / "lessons" / "org-rules.md").write_text(text.replace("受理规定", "受理办法"), "utf-8")
    second = Academy(data)
    assert second.lesson("org-rules").title == "本行的投诉受理办法"
    assert second.content.digest != digest
    (layer / "assets" / "images").mkdir(parents=True)
    (layer / "assets" / "images" / "a.png").write_bytes(b"1")
    assert content_digest(content_dir(), assets_dir(), layer) != second.content.digest
    (layer / "drafts").mkdir()
    before = content_digest(content_dir(), assets_dir(), layer)
    (layer / "drafts" / "wip.md").write_text("unfinished", encoding="utf-8")
    assert content_digest(content_dir(), assets_dir(), layer) == before, "drafts do not count"


def test_traditional_readers_get_the_layer_too(tmp_path):
    data = tmp_path / "data"
    basic_layer(data / "organisation")
    a = Academy(data, lang="zh-TW")
    assert a.lesson("org-rules").title == "本行的投訴受理規定"


def test_drafts_are_never_loaded(tmp_path):
    layer = basic_layer(tmp_path / "organisation")
    write_layer(layer, {"drafts/lessons/half.md": "---\nid: broken\n"}, LAYER_YAML)
    assert _load(layer).problems == ()
