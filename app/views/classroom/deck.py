"""Laying slides out for a screen: Markdown blocks become pages that fit, at projector sizes.

Body text is 28 pt on a 1080-line screen and scales with the screen's height, so a slide looks
the same on a 720-line projector. A section too long for one page continues on the next at a
block boundary; a single block taller than the page (a big table) is shrunk to fit, never cut.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtGui import QFont, QTextDocument

from app.classroom.slides import Slide, split_pages
from app.common.html_theme import PROJECTOR_THEME, HtmlTheme
from app.common.render import markdown_to_html
from app.views.safe_text import SafeTextDocument

BODY_PT_AT_1080 = 28.0
MARGIN = 0.05  # of the width, each side


@dataclass(frozen=True)
class Page:
    slide: Slide
    blocks: tuple[str, ...]
    part: int = 1  # 2, 3 … on continuation pages
    index_of_slide: int = 0

    @property
    def title(self) -> str:
        return self.slide.title if self.part == 1 else f"{self.slide.title}（{self.part}）"


def body_pt(height: int, scale: float = 1.0) -> float:
    return max(12.0, BODY_PT_AT_1080 * height / 1080 * scale)


def theme_for(height: int, families: tuple[str, ...], scale: float = 1.0) -> HtmlTheme:
    return replace(PROJECTOR_THEME, font_families=families, base_pt=body_pt(height, scale))


def page_html(page: Page, theme: HtmlTheme, assets: Path) -> str:
    """The page's title and blocks. The page number is not part of it: the projector paints
    it pinned to the bottom edge (see ``page_number_box``), wherever the text ends."""
    e = html.escape
    fonts = ", ".join(f"'{f}'" for f in theme.font_families)
    body = "".join(markdown_to_html(b, theme, assets) for b in page.blocks)
    big = "font-size:xx-large;" if page.slide.kind == "title" else ""
    question = page.slide.kind == "question"
    body_style = f"font-size:{theme.base_pt * 1.15:.1f}pt;" if question else ""
    return (
        f'<html><body style="font-family:{fonts}; color:{theme.text}; '
        f'font-size:{theme.base_pt:.1f}pt; line-height:135%;">'
        f'<h1 style="color:{theme.heading}; {big}">{e(page.title)}</h1>'
        f'<div style="{body_style}">{body}</div></body></html>'
    )


def page_number_box(width: int, height: int) -> tuple[float, float, float, float, float]:
    """Where the page number goes on a ``width``×``height`` page: (x, y, w, h, pixel size) —
    in the bottom margin, right-aligned with the text, its baseline near the bottom edge, and
    0.8 of the body text's size so the back row can read it (never over the content)."""
    px = 0.8 * BODY_PT_AT_1080 * 96 / 72 * height / 1080
    box_h = height * MARGIN
    return (width * MARGIN, height - box_h, width * (1 - 2 * MARGIN), box_h * 0.92, px)


def document(html_text: str, width: float, base_pt: float,
             assets: Path | None = None) -> QTextDocument:  # fmt: skip
    """A slide laid out; its images come from ``assets`` only."""
    doc = SafeTextDocument(assets)
    font = QFont()
    font.setPointSizeF(base_pt)  # headings are sized from this (see theme.show_html)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html_text)
    doc.setTextWidth(width)
    return doc


def content_width(width: int) -> float:
    return width * (1 - 2 * MARGIN)


def content_height(height: int) -> float:
    return height * (1 - 2 * MARGIN)


def paginate(
    slides: list[Slide], size: tuple[int, int], theme: HtmlTheme, assets: Path
) -> list[Page]:
    """Pages that fit ``size``: blocks added while they fit, then a continuation page, with
    no lone callout or short tail on a page of its own (``split_pages``)."""
    width, height = content_width(size[0]), content_height(size[1])
    pages: list[Page] = []
    for si, slide in enumerate(slides):

        def height_of(blocks: tuple[str, ...], part: int, slide: Slide = slide) -> float:
            html_text = page_html(Page(slide, blocks, part), theme, assets)
            return document(html_text, width, theme.base_pt, assets).size().height()

        for part, blocks in enumerate(split_pages(slide.blocks, height_of, height), start=1):
            pages.append(Page(slide, blocks, part, si))
    return pages
