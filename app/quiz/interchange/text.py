"""Text of imported questions: Moodle's format prefixes and HTML turned into plain text.

Imported text is anybody's: HTML (an ``[html]`` GIFT question, an XML text in the html format)
becomes plain text here, at import, so nothing from a file is ever rendered as markup.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

FORMATS = ("html", "moodle", "plain", "markdown")
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "hr", "dt", "dd", "section", "article",
}  # fmt: skip
_SKIPPED = {"script", "style", "head", "title", "template", "iframe", "object"}


def split_format(text: str, default: str = "moodle") -> tuple[str, str]:
    """(text without its format prefix, format), the way Moodle's GIFT reader does it
    (``parse_text_with_format``): a known ``[name]`` at the very start is removed, anything
    else is text."""
    text = text.strip()
    if text.startswith("["):
        name, sep, rest = text[1:].partition("]")
        if sep and name in FORMATS:
            return rest.strip(), name
    return text, default


def as_plain(text: str, fmt: str) -> str:
    return html_to_text(text) if fmt == "html" else text


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(text: str) -> str:
    """Plain text of an HTML fragment: tags gone (scripts and styles with their content),
    entities decoded, paragraphs and line breaks as new lines."""
    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
