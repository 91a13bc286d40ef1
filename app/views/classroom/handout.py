"""The handout: a lesson's slides with the presenter notes, as an A4 PDF (fonts embedded, so
the Chinese text prints anywhere)."""

from __future__ import annotations

import html
from pathlib import Path

from app.classroom.slides import lesson_slides
from app.common.html_theme import HtmlTheme
from app.common.render import markdown_to_html


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
    from app.views.pdf import write_pdf

    return write_pdf(
        handout_html(lesson, theme, assets, notes_label, course), path, title=lesson.title,
        families=theme.font_families, base_pt=theme.base_pt, margins_mm=17, assets=assets,
    )  # fmt: skip
