"""mammoth's HTML → the course's Markdown: whatever a document says is shown as written by
the reader's renderer (nothing becomes markup, notes or a callout), lists nest and tables
keep their cells."""

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.common.render import DARK_THEME, markdown_to_html
from app.common.sections import split_sections
from app.studio.html_markdown import html_to_markdown


def _markdown(fragment: str) -> str:
    return "\n\n".join(b.text for b in html_to_markdown(fragment).blocks)


def _shown(markdown: str) -> str:
    """The text the reader shows for ``markdown``: rendered, then its words only."""
    page = markdown_to_html(markdown, DARK_THEME, Path("/nonexistent"))
    root = ET.fromstring(f"<r>{page}</r>")
    return re.sub(r"\s+", " ", "".join(root.itertext())).strip()


RISKY = (
    "# 标题", "## 节", "> 引用", "- 列表", "+ 加", "1. 一", "* 星", "!!! tip \"x\"", "???",
    "~~~", "```", "    缩进", "<b>粗</b>", "<script>x</script>", "&amp;", "&copy;", "a|b",
    "[链接](lesson:x)", "![图](images/x.png)", "**粗**", "_斜_", "`代码`", "{: .cls}",
    "<http://a.b>", "\\", "===", "---", "[x]: http://a.b", "term:x", "<!-- c -->",
)  # fmt: skip


def test_risky_paragraphs_are_shown_exactly_as_written():
    for text in RISKY:
        markdown = _markdown(f"<p>{html.escape(text)}</p>")
        assert _shown(markdown) == text.strip(), (text, markdown)  # spaces: as HTML has them
        problems: list = []
        _intro, sections = split_sections(f"## s\n\n{markdown}", 1, "x.md", problems, [])
        assert problems == [] and len(sections) == 1 and sections[0].notes == "", text
        assert "admonition" not in markdown_to_html(markdown, DARK_THEME, Path("/nonexistent"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="*_`[]()<>&#;!|\\{}~=-+.?: aZ19中\n\t", max_size=40))
def test_any_text_is_shown_as_written(text):
    markdown = _markdown(f"<p>{html.escape(text)}</p>")
    assert _shown(markdown) == re.sub(r"\s+", " ", text).strip(), markdown


def test_bold_italic_and_line_breaks():
    md = _markdown("<p>先<strong>倾听 </strong>再<em>道歉</em>。<br />第二行 # 不是标题</p>")
    assert md == "先**倾听** 再*道歉*。  \n第二行 # 不是标题"
    assert _markdown("<p><strong><em>两者</em></strong></p>") == "***两者***"
    assert _markdown("<p><strong>  </strong>空</p>") == "空"


def test_nested_lists_are_indented_four_spaces_per_level():
    md = _markdown(
        "<ul><li>一<ul><li>一.1<ol><li>甲</li><li>乙</li></ol></li></ul></li><li>二</li></ul>"
    )
    assert md == "- 一\n    - 一.1\n        1. 甲\n        2. 乙\n- 二"
    page = markdown_to_html(md, DARK_THEME, Path("/nonexistent"))
    assert re.search(r"<li>一<ul>\s*<li>一\.1<ol>\s*<li>甲</li>", page)


def test_tables_spread_merged_cells_and_escape_bars():
    md = _markdown(
        "<table><thead><tr><th>项目</th><th colspan='2'>条件</th></tr></thead>"
        "<tr><td rowspan='2'><p>退货</p><p>换货</p></td><td>a|b</td><td><ul><li>x</li>"
        "<li>y</li></ul></td></tr><tr><td>c</td><td>d</td></tr></table>"
    )
    assert md.splitlines() == [
        "| 项目 | 条件 |   |",
        "| --- | --- | --- |",
        "| 退货 换货 | a\\|b | x; y |",
        "|   | c | d |",
    ]
    page = markdown_to_html(md, DARK_THEME, Path("/nonexistent"))
    assert page.count("<tr>") == 3 and re.search(r"<td[^>]*>a\|b</td>", page)


def test_links_keep_web_addresses_only_and_images_only_the_importers():
    md = _markdown(
        '<p><a href="https://example.com/a b(c)">网站</a> <a href="javascript:alert(1)">坏</a>'
        ' <a href="#_Toc1">目录</a> <img src="images/x-1/image1.png" alt="图[1]" />'
        ' <img src="file:///etc/passwd" alt="外部" /></p>'
    )
    assert md == (
        "[网站](https://example.com/a%20b%28c%29) 坏 目录 ![图(1)](images/x-1/image1.png) 外部"
    )
