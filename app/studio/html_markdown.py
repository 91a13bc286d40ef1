"""The simple HTML that mammoth makes of a Word document → the course's Markdown.

Written on the standard library's ``html.parser`` rather than a general converter
(markdownify and the like): mammoth's HTML is a small, known set of tags, and what matters
here is what a general converter does not do — every piece of document text escaped so that
nothing in it becomes Markdown or HTML the reader would act on (the reader passes raw HTML
through, and a ``???`` line or a ``!!!`` line would become presenter notes or a callout),
tables in the pipe syntax the reader's ``tables`` extension renders (merged cells spread
out), nested lists indented the four spaces Python-Markdown needs, and headings kept as
levels for the lesson's own structure (``docx_import`` decides which become ``## ``).

The result is a list of blocks: headings (with their level) and Markdown blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote

_VOID = {"img", "br", "hr", "input", "meta", "link", "col", "wbr"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = {"p", "ul", "ol", "table", "div", "blockquote", "pre", *_HEADINGS}
_SKIPPED = {"script", "style", "head", "title", "template", "iframe", "object", "noscript"}
# an image the importer saved: images/<lesson id>/<name>.<ext>, nothing else is shown
IMAGE_SRC = re.compile(r"images/[a-z0-9][a-z0-9-]*/[A-Za-z0-9_-]+\.(png|jpg|jpeg|gif|bmp)")
_LINK_SCHEMES = ("http://", "https://", "mailto:")


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)


@dataclass(frozen=True)
class Block:
    """A heading (``level`` 1–6, ``text`` its inline Markdown) or a Markdown block (level 0)."""

    text: str
    level: int = 0
    css_class: str = ""  # a heading's class from the style map ("doc-title")
    plain: str = ""  # a heading's words as written (a ``## `` title is shown as plain text)


@dataclass(frozen=True)
class Image:
    src: str
    alt: str


@dataclass
class Converted:
    blocks: list[Block]
    images: list[Image]  # in document order, as written into the blocks


class _TreeBuilder(HTMLParser):
    """A forgiving tree: an end tag closes up to its start tag, a stray one is ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self.skip += 1
            return
        if self.skip:
            return
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        if tag in _SKIPPED or self.skip:
            return
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        if not self.skip:
            self.stack[-1].children.append(data)


def parse_html(text: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


# escaping --------------------------------------------------------------------------------
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_ESCAPED = re.compile(r"([\\`*_{}\[\]|])")


def escape_text(text: str) -> str:
    """Document text as Markdown that shows exactly that text: Markdown's inline marks
    escaped, ``<`` as an entity (no raw HTML, no autolink), ``&`` only where it would start
    an entity."""
    text = _ENTITY_LIKE.sub("&amp;", text)
    text = text.replace("<", "&lt;")
    return _ESCAPED.sub(r"\\\1", text)


_LINE_START = re.compile(r"^(#|>|\+|-|!!!|\d+\.(?=\s|$))")


def escape_line_start(line: str) -> str:
    """A line that would start a heading, quote, list, callout, presenter notes, a fence, a
    setext underline or an indented code block is made plain text. ``line`` is already
    escaped by ``escape_text``."""
    line = line.lstrip()
    if line.strip() == "???":
        return "&#63;??"
    if line.startswith("~~~"):
        return "&#126;" + line[1:]
    if re.fullmatch(r"=+\s*", line):
        return "&#61;" + line[1:]
    m = _LINE_START.match(line)
    if m:
        token = m.group(1)
        if token[0].isdigit():
            return f"{token[:-1]}\\.{line[len(token) :]}"
        return "\\" + line
    return line


def _collapse(text: str) -> str:
    return re.sub(r"[ \t\r\n\f\v]+", " ", text)


# inline ------------------------------------------------------------------------------------
class _Inline:
    """Inline Markdown of a node's children; ``breaks`` is what ``<br>`` becomes."""

    def __init__(self, images: list[Image], breaks: str = "\n") -> None:
        self.images = images
        self.breaks = breaks

    def of(self, node: Node, marks: frozenset[str] = frozenset()) -> str:
        return "".join(self.piece(c, marks) for c in node.children)

    def piece(self, child: Node | str, marks: frozenset[str]) -> str:
        if isinstance(child, str):
            return escape_text(_collapse(child))
        tag = child.tag
        if tag in ("strong", "b"):
            return self._wrap(child, "**", marks)
        if tag in ("em", "i"):
            return self._wrap(child, "*", marks)
        if tag == "br":
            return self.breaks
        if tag == "img":
            return self.image(child)
        if tag == "a":
            return self.link(child, marks)
        if tag == "input" and child.attrs.get("type") == "checkbox":  # mammoth ≥ 1.9
            return "☑ " if "checked" in child.attrs else "☐ "
        if tag in ("ul", "ol"):  # a list where only text fits (a table cell)
            items = [self.of(li, marks).strip() for li in child.children if isinstance(li, Node)]
            return "; ".join(i for i in items if i)
        if tag in _BLOCKS or tag in ("li", "tr", "td", "th"):
            return " " + self.of(child, marks) + " "
        return self.of(child, marks)  # span, sup, sub, u, s, …: their text

    def _wrap(self, node: Node, mark: str, marks: frozenset[str]) -> str:
        if mark in marks:
            return self.of(node, marks)
        inner = self.of(node, marks | {mark})
        core = inner.strip()
        if not core or "\n" in core:  # emphasis cannot span a line break
            return inner
        lead = inner[: len(inner) - len(inner.lstrip())]
        trail = inner[len(inner.rstrip()) :]
        return f"{lead}{mark}{core}{mark}{trail}"

    def image(self, node: Node) -> str:
        src = node.attrs.get("src", "")
        alt = _collapse(node.attrs.get("alt", "")).strip()
        # [ ] in the description would end it early for the reference checks' link pattern
        alt = escape_text(alt.replace("[", "(").replace("]", ")"))
        if not IMAGE_SRC.fullmatch(src):  # not one the importer saved: its description only
            return alt
        self.images.append(Image(src, node.attrs.get("alt", "")))
        return f"![{alt}]({src})"

    def link(self, node: Node, marks: frozenset[str]) -> str:
        text = self.of(node, marks)
        href = node.attrs.get("href", "")
        if href.startswith("#") and _collapse(text).strip() == "↑":
            return ""  # mammoth's way back from a footnote: an anchor the reader has not
        if not text.strip() or not href.lower().startswith(_LINK_SCHEMES):
            return text  # internal anchors, file:, javascript: …: the words only
        return f"[{text.strip()}]({quote(href, safe=':/?#=&%@+,;~!$*')})"


# blocks ------------------------------------------------------------------------------------
def html_to_markdown(text: str) -> Converted:
    """The blocks of mammoth's ``text``; images met are listed in order."""
    images: list[Image] = []
    blocks: list[Block] = []
    _blocks(parse_html(text), blocks, images)
    return Converted(blocks, images)


def _blocks(node: Node, out: list[Block], images: list[Image]) -> None:
    run: list[Node | str] = []  # inline content between blocks (text straight in the body)

    def flush() -> None:
        if run:
            para = _paragraph(Node("p", children=list(run)), images)
            if para:
                out.append(Block(para))
            run.clear()

    for child in node.children:
        if isinstance(child, str) or child.tag not in _BLOCKS | {"hr"}:
            run.append(child)
            continue
        flush()
        tag = child.tag
        if tag in _HEADINGS:
            text = _Inline(images, " ").of(child).strip()
            plain = _collapse(_plain_text(child)).strip()
            if plain:
                out.append(Block(text, _HEADINGS[tag], child.attrs.get("class", ""), plain))
        elif tag == "p":
            para = _paragraph(child, images)
            if para:
                out.append(Block(para))
        elif tag in ("ul", "ol"):
            lines = _list(child, 0, images)
            if lines:
                out.append(Block("\n".join(lines)))
        elif tag == "table":
            table = _table(child, images)
            if table:
                out.append(Block(table))
        elif tag == "hr":
            out.append(Block("---"))
        else:  # div, blockquote, pre: their content
            _blocks(child, out, images)
    flush()


def _plain_text(node: Node) -> str:
    return "".join(c if isinstance(c, str) else _plain_text(c) for c in node.children)


def _paragraph(node: Node, images: list[Image], indent: str = "") -> str:
    text = _Inline(images).of(node)
    lines = [escape_line_start(line.strip()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    # a line break inside the paragraph: two trailing spaces (Markdown's hard break)
    return ("  \n" + indent).join(lines)


def _list(node: Node, depth: int, images: list[Image]) -> list[str]:
    indent = "    " * depth
    inner = "    " * (depth + 1)
    lines: list[str] = []
    number = 0
    for li in node.children:
        if not isinstance(li, Node) or li.tag != "li":
            continue
        number += 1
        marker = f"{number}. " if node.tag == "ol" else "- "
        inline: list[Node | str] = []
        nested: list[Node] = []
        for c in li.children:
            if isinstance(c, Node) and c.tag in ("ul", "ol", "p", "table", *_HEADINGS):
                nested.append(c)
            else:
                inline.append(c)
        first = _paragraph(Node("li", children=inline), images, inner)
        paras = [n for n in nested if n.tag not in ("ul", "ol")]
        if not first and paras:  # <li><p>text</p>…: the first paragraph is the item's text
            first = _paragraph(paras.pop(0), images, inner)
        lines.append(f"{indent}{marker}{first}".rstrip())
        for n in nested:
            if n.tag in ("ul", "ol"):
                lines.extend(_list(n, depth + 1, images))
            elif n in paras:
                text = (
                    _paragraph(n, images, inner)
                    if n.tag == "p"
                    else escape_line_start(_Inline(images, " ").of(n).strip())
                )
                if text:
                    lines.extend(["", f"{inner}{text}"])
    return lines


def _table(node: Node, images: list[Image]) -> str:
    """A pipe table; merged cells are spread over the cells they cover (the first holds the
    text), since pipe tables have no spans. The first row is the header."""
    rows = [tr for tr in _descendants(node, "tr")]
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}  # (row, column) taken by a cell above
    for r, tr in enumerate(rows):
        row: list[str] = []
        cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        col = 0
        for cell in cells:
            while (r, col) in pending:
                row.append(pending.pop((r, col)))
                col += 1
            text = _collapse(_Inline(images, " ").of(cell)).strip() or " "
            span = _span(cell.attrs.get("colspan"))
            down = _span(cell.attrs.get("rowspan"))
            for c in range(span):
                row.append(text if c == 0 else " ")
                for below in range(1, down):
                    pending[(r + below, col + c)] = " "
            col += span
        while (r, col) in pending:
            row.append(pending.pop((r, col)))
            col += 1
        grid.append(row)
    grid = [row for row in grid if any(c.strip() for c in row)]
    if not grid:
        return ""
    width = max(len(row) for row in grid)
    grid = [row + [" "] * (width - len(row)) for row in grid]
    lines = [_row(grid[0]), "| " + " | ".join("---" for _ in range(width)) + " |"]
    lines += [_row(row) for row in grid[1:]]
    return "\n".join(lines)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1


def _descendants(node: Node, tag: str):
    """Rows of this table, not of tables nested in its cells."""
    for c in node.children:
        if not isinstance(c, Node):
            continue
        if c.tag == tag:
            yield c
        elif c.tag not in ("table", "td", "th"):
            yield from _descendants(c, tag)
