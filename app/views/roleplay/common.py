"""What the chooser, the dialogue and the debrief share: their HTML page."""

from __future__ import annotations


def page_html(theme, body: str) -> str:
    """``body`` in the theme's fonts, colour and size, at a comfortable line height."""
    fonts = ", ".join(f"'{f}'" for f in theme.font_families)
    return (
        f'<html><body style="font-family:{fonts}; color:{theme.text}; '
        f'font-size:{theme.base_pt}pt; line-height:150%;">{body}</body></html>'
    )
