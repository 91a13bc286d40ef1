"""The handout: a lesson's slides with the presenter notes, as an A4 PDF (fonts embedded, so
the Chinese text prints anywhere)."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.classroom.slides import lesson_slides
from app.content.html_theme import HtmlTheme
from app.content.render import markdown_to_html


def handout_html(lesson, theme: HtmlTheme, assets: Path, notes_label: str, course: str) -> str:
    e = html.escape
    fonts = ", ".join(f"'{f}'" for f in theme.font_families)
    parts = [
        f'<html><body style="font-family:{fonts}; color:#1f2933; font-size:{theme.base_pt}pt;">'
    ]
    for n, slide in enumerate(lesson_slides(lesson), start=1):
        brk = ' style="page-break-before: always;"' if n > 1 else ""
        parts.append(
            f'<p{brk}><span style="color:#52606d; font-size:{theme.base_pt * 0.8}pt">'
            f"{e(course)} · {n}</span></p>"
            f'<h2 style="color:{theme.heading}">{e(slide.title)}</h2>'
        )
        parts.extend(markdown_to_html(b, theme, assets) for b in slide.blocks)
        if slide.notes.strip():
            parts.append(
                '<table width="100%" cellpadding="8" cellspacing="0" bgcolor="#f1f3f5" '
                'style="margin-top:10px"><tr><td>'
                f'<p style="color:#3e4c59; font-weight:600">{e(notes_label)}</p>'
                + markdown_to_html(slide.notes, theme, assets)
                + "</td></tr></table>"
            )
    parts.append("</body></html>")
    return "".join(parts)


def export_handout(
    lesson, path: Path, theme: HtmlTheme, assets: Path, *, notes_label: str, course: str
) -> Path:
    """Write the PDF atomically."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(lesson.title)
    writer.setCreator("客诉学堂 · Complaint Handling Academy")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(list(theme.font_families))
    font.setPointSizeF(theme.base_pt)
    doc.setDefaultFont(font)
    doc.setHtml(handout_html(lesson, theme, assets, notes_label, course))
    # No page size of our own: print_() then lays the text out for the writer's resolution, so
    # 11 pt is 11 pt on paper.
    doc.print_(writer)
    del writer  # finishes the file
    os.replace(tmp, path)
    return path
