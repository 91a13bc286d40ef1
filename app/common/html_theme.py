"""Colours and fonts of rendered lesson pages; light enough to import before the first paint."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HtmlTheme:
    """Colours and sizes for rendered content; the views derive one from the Qt palette."""

    text: str = "#1f2933"
    muted: str = "#52606d"
    heading: str = "#0b4f6c"
    link: str = "#0a66c2"
    rule: str = "#d9e2ec"
    table_head: str = "#eef2f6"
    callouts: tuple[tuple[str, str, str], ...] = (
        # kind, background, accent (title colour)
        ("tip", "#e8f4fd", "#0b5394"),
        ("warning", "#fff4e5", "#a14a00"),
        ("example", "#eef7ee", "#2f6b2f"),
        ("phrase", "#f3eefb", "#5b3a99"),
        ("work", "#e9f6f5", "#0f6b63"),
        ("note", "#f1f3f5", "#3e4c59"),
    )
    font_families: tuple[str, ...] = ("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC")
    base_pt: float = 12.0

    def callout(self, kind: str) -> tuple[str, str]:
        for k, bg, accent in self.callouts:
            if k == kind:
                return bg, accent
        return self.callout("note")


DARK_THEME = HtmlTheme(
    text="#e4e7eb",
    muted="#9aa5b1",
    heading="#7cc4e4",
    link="#7fb8ff",
    rule="#3e4c59",
    table_head="#2a3441",
    callouts=(
        ("tip", "#1b3040", "#8cc8f0"),
        ("warning", "#3a2c16", "#f0b36a"),
        ("example", "#1e3320", "#9fd49f"),
        ("phrase", "#2d2540", "#c3a8f0"),
        ("work", "#163533", "#7fd6cc"),
        ("note", "#2a3038", "#c0c8d0"),
    ),
)


# The projector: light text on near-black, Okabe–Ito accents (distinct for colour-blind
# viewers and on a washed-out projector), every meaning also carried by text or a mark.
PROJECTOR_THEME = HtmlTheme(
    text="#ffffff",
    muted="#d0d6dc",
    heading="#f0e442",
    link="#56b4e9",
    rule="#5a6572",
    table_head="#2b333d",
    callouts=(
        ("tip", "#16283a", "#56b4e9"),
        ("warning", "#3a2410", "#e69f00"),
        ("example", "#10302a", "#7fd1b9"),
        ("phrase", "#2a2238", "#cc99dd"),
        ("work", "#14302e", "#7fd1b9"),
        ("note", "#22282f", "#d0d6dc"),
    ),
)
PROJECTOR_BACKGROUND = "#0d1014"
