"""Rendering for QTextDocument, Traditional conversion, and the content cache."""

from pathlib import Path

from app.common.render import HtmlTheme, lesson_html, markdown_to_html
from app.common.script import SIMPLIFIED, TRADITIONAL, to_simplified
from app.course.library import load_library
from app.lessons.model import LessonBody
from app.paths import assets_dir, content_dir


def test_callouts_become_tables_with_their_title_and_colour():
    theme = HtmlTheme()
    html = markdown_to_html('!!! phrase "话术"\n    “您先别急。”\n', theme, assets_dir())
    bg, _accent = theme.callout("phrase")
    assert f'bgcolor="{bg}"' in html and "话术" in html and "您先别急" in html
    assert "<div" not in html, "QTextDocument cannot draw boxes around divs"
    default = markdown_to_html("!!! warning\n    小心\n", theme, assets_dir())
    assert "注意" in default, "a callout without a title gets its kind's default title"


def test_links_images_tables_and_emphasis(tmp_path: Path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "x.svg").write_text("<svg/>", encoding="utf-8")
    md = (
        "**重点** *强调* [下一课](lesson:customer-psychology#2)\n\n![图](images/x.svg)\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    html = markdown_to_html(md, HtmlTheme(), tmp_path)
    assert "<strong>重点</strong>" in html and "<em>强调</em>" in html
    assert 'href="lesson:customer-psychology#2"' in html
    assert (tmp_path / "images" / "x.svg").resolve().as_uri() in html
    assert "<table" in html and "<th" in html


def test_lesson_page_has_an_anchor_per_section():
    bundle = load_library(content_dir(), assets_dir())
    lesson = bundle.lessons["what-is-a-complaint"]
    html = lesson_html(lesson, HtmlTheme(), assets_dir())
    for s in lesson.sections:
        assert f'name="sec-{s.number}"' in html
    assert lesson.objectives[0] in html
    assert "???" not in html
    assert not any(s.notes and s.notes[:20] in html for s in lesson.sections)


def test_traditional_content_is_converted_and_cached(tmp_path: Path):
    cache = tmp_path / "cache"
    hant = load_library(content_dir(), assets_dir(), TRADITIONAL, cache)
    hans = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
    assert hant.script == TRADITIONAL and hans.script == SIMPLIFIED
    lesson_t = hant.lessons["what-is-a-complaint"]
    lesson_s = hans.lessons["what-is-a-complaint"]
    assert lesson_t.title != lesson_s.title and "訴" in lesson_t.title
    assert to_simplified(lesson_t.title) == lesson_s.title
    assert len(list(cache.glob("content-*-zh-Hant.msgpack"))) == 1
    again = load_library(content_dir(), assets_dir(), TRADITIONAL, cache)
    assert again == hant


def test_cache_is_rebuilt_when_content_changes(content_copy: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    assets = content_copy.parent / "assets"
    first = load_library(content_copy, assets, SIMPLIFIED, cache)
    path = content_copy / "lessons" / "s01-what-is-a-complaint.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("title: 什么是投诉", "title: 投诉是什么"),
        encoding="utf-8",
    )
    second = load_library(content_copy, assets, SIMPLIFIED, cache)
    assert first.digest != second.digest
    assert second.lessons["what-is-a-complaint"].title == "投诉是什么"


def test_damaged_cache_is_ignored(tmp_path: Path):
    cache = tmp_path / "cache"
    good = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
    (path,) = cache.glob("content-*.msgpack")
    path.write_bytes(b"not msgpack")
    again = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
    assert again.lessons.keys() == good.lessons.keys()


def test_traditional_converts_characters_not_vocabulary():
    """The course's own words stay (s2tw, not s2twp): 用户 is 用戶, not 使用者 (a software
    user), and 软件, 网络, 信息, 数据 are only written in Traditional characters."""
    from app.common.script import HONG_KONG, to_traditional

    text = to_traditional("老用户反映软件的网络信息有误，用户数据要保护。")
    assert text == "老用戶反映軟件的網絡信息有誤，用戶數據要保護。"
    assert to_traditional("线上窗口里着急", HONG_KONG) == "線上窗口裏着急"
    assert to_traditional("线上窗口里着急") == "線上窗口裡著急"
    hant = load_library(content_dir(), assets_dir(), TRADITIONAL)
    words = "".join(s.markdown for c in hant.cases.values() for s in c.sections)
    assert "使用者" not in words and "用戶" in words


class _Planted:
    """What an attacker who can write the data folder plants: unpickling runs code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "ran"))


def test_a_planted_cache_file_cannot_run_code(tmp_path: Path):
    """A shared portable copy's cache/ is writable by anyone who has the stick: the cache
    must be data only, never code (issue 15 item 8)."""
    import pickle

    from app.course.cache import content_digest

    cache = tmp_path / "cache"
    cache.mkdir()
    marker = tmp_path / "marker"
    digest = content_digest(content_dir(), assets_dir())
    payload = pickle.dumps(_Planted(marker))
    for suffix in ("pickle", "json", "msgpack"):
        (cache / f"content-{digest[:24]}-zh-Hans.{suffix}").write_bytes(payload)
    bundle = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
    assert not marker.exists(), "the planted cache ran code"
    assert "what-is-a-complaint" in bundle.lessons


def _crafted(good: dict, how: str) -> object:
    import copy

    data = copy.deepcopy(good)
    lesson = next(iter(data["lessons"].values()))
    if how == "wrong type":
        lesson["order"] = "1"
    elif how == "bool for int":
        lesson["minutes"] = True
    elif how == "missing field":
        del lesson["title"]
    elif how == "unknown field":
        lesson["__class__"] = "os.system"
    elif how == "list for tuple of str":
        lesson["objectives"] = [1, 2]
    elif how == "deep nesting":
        return b"\x91" * 200_000 + b"\xc0"  # an array in an array … 200,000 deep
    elif how == "not an object":
        return [1, 2, 3]
    return data


def test_a_crafted_or_damaged_cache_is_ignored_and_content_reparsed(tmp_path: Path):
    import msgspec

    from app.course import cache as content_cache

    cache = tmp_path / "cache"
    good = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
    (path,) = cache.glob("content-*-zh-Hans.msgpack")
    original = msgspec.msgpack.decode(path.read_bytes())
    for how in ("wrong type", "bool for int", "missing field",
                "list for tuple of str", "deep nesting", "not an object"):  # fmt: skip
        crafted = _crafted(original, how)
        raw = crafted if isinstance(crafted, bytes) else msgspec.msgpack.encode(crafted)
        path.write_bytes(raw)
        loaded = content_cache.load_cached(cache, good.digest, SIMPLIFIED)
        assert loaded is None, how
        again = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
        assert again == good, how
    # A field the model does not have is skipped: it can name a class, it is never used.
    path.write_bytes(msgspec.msgpack.encode(_crafted(original, "unknown field")))
    assert content_cache.load_cached(cache, good.digest, SIMPLIFIED) == good
    path.write_bytes(b"x" * 10)
    assert content_cache.load_cached(cache, good.digest, SIMPLIFIED) is None
    original_limit = content_cache.MAX_CACHE_BYTES
    try:
        content_cache.MAX_CACHE_BYTES = 100
        load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)  # rewrites the good file
        assert content_cache.load_cached(cache, good.digest, SIMPLIFIED) is None, "huge"
    finally:
        content_cache.MAX_CACHE_BYTES = original_limit


def test_the_digest_is_remembered_by_file_times_and_any_change_is_seen(
    content_copy: Path, tmp_path: Path, monkeypatch
):
    """A start from the cache reads no content file: the digest is taken from
    digests.json while every file's name, size and times are as when it was hashed."""
    import json

    from app.course import cache as content_cache

    assets, cache = content_copy.parent / "assets", tmp_path / "cache"
    fresh = content_cache.content_digest(content_copy, assets, cache)
    assert not (cache / content_cache.DIGESTS).exists(), "files changed just now: not kept"
    monkeypatch.setattr(content_cache, "RECENT_NS", 0)
    assert content_cache.content_digest(content_copy, assets, cache) == fresh
    kept = json.loads((cache / content_cache.DIGESTS).read_text())
    assert list(kept.values()) == [fresh]
    # what is remembered is what is used (so a wrong entry would be believed: it is data)
    (cache / content_cache.DIGESTS).write_text(json.dumps(dict.fromkeys(kept, "remembered")))
    assert content_cache.content_digest(content_copy, assets, cache) == "remembered"
    lesson = content_copy / "lessons" / "s01-what-is-a-complaint.md"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("投诉", "抱怨", 1), encoding="utf-8")  # same size? no matter
    changed = content_cache.content_digest(content_copy, assets, cache)
    assert changed not in ("remembered", fresh)
    assert changed == content_cache.content_digest(content_copy, assets)  # hashed again


def test_lesson_bodies_stay_encoded_in_the_cache_until_a_lesson_is_read(tmp_path: Path):
    cache = tmp_path / "cache"
    fresh = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
    cached = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
    lesson = cached.lessons["what-is-a-complaint"]
    assert all(isinstance(one.body, bytes) for one in cached.lessons.values())
    assert lesson.sections == fresh.lessons["what-is-a-complaint"].sections
    assert not isinstance(lesson.body, bytes)  # decoded once, then kept
    assert cached == fresh


def test_traditional_made_from_a_cached_simplified_bundle_converts_the_bodies(tmp_path: Path):
    cache = tmp_path / "cache"
    hans = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
    hant = load_library(content_dir(), assets_dir(), TRADITIONAL, cache)  # from the packed base
    simplified = hans.lessons["what-is-a-complaint"].sections[0].markdown
    traditional = hant.lessons["what-is-a-complaint"].sections[0].markdown
    assert traditional != simplified and to_simplified(traditional) == simplified
    again = load_library(content_dir(), assets_dir(), TRADITIONAL, cache)
    assert again.lessons["what-is-a-complaint"].sections[0].markdown == traditional


def test_a_damaged_lesson_body_is_a_note_and_the_next_start_parses_again(tmp_path: Path):
    import msgspec

    from app.lessons.model import DAMAGED_BODY

    cache = tmp_path / "cache"
    good = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
    (path,) = cache.glob("content-*-zh-Hans.msgpack")
    data = msgspec.msgpack.decode(path.read_bytes())
    data["lessons"]["what-is-a-complaint"]["body"] = msgspec.msgpack.encode({"intro": 3})
    data["lessons"]["why-customers-complain"]["body"] = b"\xc1 not msgpack"
    path.write_bytes(msgspec.msgpack.encode(data))

    damaged = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
    lesson = damaged.lessons["what-is-a-complaint"]
    assert lesson.title == good.lessons["what-is-a-complaint"].title  # the outline was fine
    assert lesson.sections == () and lesson.intro == DAMAGED_BODY.intro
    assert not path.exists()  # dropped at the first damaged body
    assert damaged.lessons["why-customers-complain"].text() == DAMAGED_BODY
    again = load_library(content_dir(), assets_dir(), SIMPLIFIED, cache)
    assert again == good and isinstance(again.lessons["what-is-a-complaint"].body, LessonBody)
