"""Light and dark looks, fonts per script, and the matching HtmlTheme for lesson pages.

Fusion style with our own palettes looks the same on Windows, macOS and Linux, which matters
when a trainer's screenshots must match what learners see. Fonts are named per script:
without a named family Qt falls back to the Japanese Noto CJK face for Chinese, which
draws some characters (户, 生) in the wrong form.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.content.html_theme import DARK_THEME, HtmlTheme

FONT_CHOICES = {
    "zh-CN": [
        "Microsoft YaHei UI",
        "Microsoft YaHei",
        "PingFang SC",
        "Hiragino Sans GB",
        "Noto Sans CJK SC",
        "Noto Sans SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
    ],
    "zh-TW": [
        "Microsoft JhengHei UI",
        "Microsoft JhengHei",
        "PingFang TC",
        "Noto Sans CJK TC",
        "Noto Sans TC",
        "Source Han Sans TC",
    ],
    "en": ["Segoe UI", "SF Pro Text", "Helvetica Neue", "Noto Sans", "DejaVu Sans"],
}


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    alt: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    sidebar: str
    sidebar_text: str
    selection: str
    success: str
    in_progress: str
    warning_bg: str
    warning_text: str


LIGHT = Colors(
    window="#f5f7fa",
    base="#ffffff",
    alt="#eef2f6",
    text="#1f2933",
    muted="#52606d",
    accent="#0b6e8a",
    accent_text="#ffffff",
    border="#d9e2ec",
    sidebar="#10394b",
    sidebar_text="#e6f1f5",
    selection="#cfe8f0",
    success="#2f855a",
    in_progress="#c05621",
    warning_bg="#fff4e5",
    warning_text="#7a3e00",
)
DARK = Colors(
    window="#1b2129",
    base="#232b35",
    alt="#2a3441",
    text="#e4e7eb",
    muted="#9aa5b1",
    accent="#4fb3d4",
    accent_text="#0c1a20",
    border="#3e4c59",
    sidebar="#111820",
    sidebar_text="#d5e4ea",
    selection="#2f5566",
    success="#68c08f",
    in_progress="#f6ad55",
    warning_bg="#3a2c16",
    warning_text="#f5c27a",
)


def font_families(lang: str) -> list[str]:
    """Preferred families for ``lang``, most wanted first, with Simplified faces as fallback
    for Chinese text in the English interface. Qt skips the ones that are not installed."""
    if lang == "zh-TW":
        return FONT_CHOICES["zh-TW"] + FONT_CHOICES["zh-CN"]
    return list(dict.fromkeys(FONT_CHOICES.get(lang, []) + FONT_CHOICES["zh-CN"]))


def installed_families(lang: str) -> list[str]:
    """The subset of ``font_families`` present here (enumerating fonts is slow: not at start)."""
    available = set(QFontDatabase.families())
    return [f for f in font_families(lang) if f in available] or [QFont().defaultFamily()]


def is_dark(choice: str) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, lang: str, choice: str = "system") -> Colors:
    app.setStyle("Fusion")
    c = DARK if is_dark(choice) else LIGHT
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alt,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Button: c.alt,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.accent,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(c.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(c.muted))
    app.setPalette(pal)
    font = QFont()
    font.setFamilies(font_families(lang))
    font.setPointSizeF(10.5)
    app.setFont(font)
    global _current
    _current = c
    return c


# Local style sheets, one per look. Deliberately not one app-wide sheet: that routes every
# widget through QStyleSheetStyle, which measured ~18 ms more before the first paint.
_LOOKS = {
    "Sidebar": """
        #Sidebar {{ background: {sidebar}; }}
        QToolButton {{ color: {sidebar_text}; border: none; padding: 10px 6px;
            border-radius: 8px; font-size: 10pt; }}
        QToolButton:checked {{ background: rgba(255,255,255,0.16); font-weight: 600; }}
        QToolButton:hover {{ background: rgba(255,255,255,0.10); }}
        QToolButton:focus {{ outline: none; border: 1px solid {sidebar_text}; }}
        QLabel {{ color: {sidebar_text}; font-weight: 700; font-size: 12pt; }}""",
    "Card": "#Card {{ background: {base}; border: 1px solid {border}; border-radius: 10px; }}",
    "Banner": """#Banner {{ background: {warning_bg}; border-radius: 6px; }}
        QLabel {{ color: {warning_text}; }}""",
    "Primary": """QPushButton {{ background: {accent}; color: {accent_text}; border: none;
            border-radius: 6px; padding: 8px 18px; font-weight: 600; }}
        QPushButton:focus {{ border: 2px solid {text}; }}
        QPushButton:disabled {{ background: {border}; color: {muted}; }}""",
    "List": "QTreeWidget::item, QListWidget::item {{ padding: 5px 2px; }}",
}
_current: Colors = LIGHT


def mark(widget, look: str):
    """Give ``widget`` one of the app's looks: Sidebar, Card, Banner, Primary, List,
    PageTitle or Muted. Returns the widget."""
    widget.setObjectName(look)
    if look == "Muted":
        widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the muted colour
    elif look == "PageTitle":
        font = widget.font()
        font.setPointSizeF(18)
        font.setBold(True)
        widget.setFont(font)
    else:
        widget.setStyleSheet(_LOOKS[look].format(**asdict(_current)))
    return widget


def mark_progress(bar) -> None:
    pal = bar.palette()
    pal.setColor(QPalette.ColorRole.Highlight, QColor(_current.success))
    bar.setPalette(pal)


def html_theme(colors: Colors, lang: str, base_pt: float) -> HtmlTheme:
    families = tuple(installed_families("zh-TW" if lang == "zh-TW" else "zh-CN"))
    base = DARK_THEME if colors is DARK else HtmlTheme()
    return replace(base, font_families=families, base_pt=base_pt)
