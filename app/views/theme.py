"""Light and dark looks, fonts per script, and the matching HtmlTheme for lesson pages.

Fusion style with our own palettes looks the same on Windows, macOS and Linux, which matters
when a trainer's screenshots must match what learners see. Fonts are named per script:
without a named family Qt falls back to the Japanese Noto CJK face for Chinese, which
draws some characters (户, 生) in the wrong form.
"""

from __future__ import annotations

from collections import namedtuple

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.languages import font_language, is_traditional

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


# A namedtuple, not a dataclass: this module is imported before the first paint, and the
# dataclasses module alone costs ~8 ms to import.
Colors = namedtuple(
    "Colors",
    "window base alt text muted accent accent_text border sidebar sidebar_text selection "
    "success in_progress warning_bg warning_text",
)


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
    if is_traditional(lang):
        return FONT_CHOICES["zh-TW"] + FONT_CHOICES["zh-CN"]
    return list(dict.fromkeys(FONT_CHOICES.get(lang, []) + FONT_CHOICES["zh-CN"]))


def installed_families(lang: str) -> list[str]:
    """The subset of ``font_families`` present here (enumerating fonts is slow: not at start)."""
    from PySide6.QtGui import QFontDatabase  # after the first paint only

    available = set(QFontDatabase.families())
    return [f for f in font_families(lang) if f in available] or [QFont().defaultFamily()]


def is_dark(choice: str) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    # The platform palette (before ours replaces it) says whether the system is dark; asking
    # styleHints().colorScheme() would build Python's whole Qt namespace (~20 ms) before the
    # first paint. Gui.confirm_color_scheme() checks the answer right after the paint.
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def system_prefers_dark() -> bool | None:
    """The system's colour scheme, or None if the platform does not say."""
    from PySide6.QtCore import Qt

    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Unknown:
        return None
    return scheme == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, lang: str, choice: str = "system") -> Colors:
    # Fusion until the window is ready; then app.views.style.AppStyle (Fusion with a clear
    # focus ring), which a later change of colours keeps
    if type(app.style()).__name__ != "AppStyle" and app.style().name().lower() != "fusion":
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
        #SidebarColumn, #SidebarScroll, #SidebarScroll > QWidget {{ background: transparent; }}
        QToolButton {{ color: {sidebar_text}; border: none; padding: 5px 4px;
            border-radius: 8px; font-size: 10pt;
            qproperty-toolButtonStyle: ToolButtonTextUnderIcon; }}
        QToolButton:checked {{ background: rgba(255,255,255,0.16); font-weight: 600; }}
        QToolButton:hover {{ background: rgba(255,255,255,0.10); }}
        QToolButton:focus {{ outline: none; border: 1px solid {sidebar_text}; }}
        QLabel {{ color: {sidebar_text}; font-weight: 700; font-size: 12pt;
            qproperty-alignment: AlignCenter; }}""",
    "Loading": "QLabel {{ color: {muted}; qproperty-alignment: AlignCenter; }}",
    "Card": "#Card {{ background: {base}; border: 1px solid {border}; border-radius: 10px; }}",
    "Banner": """#Banner {{ background: {warning_bg}; border-radius: 6px; }}
        QLabel {{ color: {warning_text}; }}""",
    "Primary": """QPushButton {{ background: {accent}; color: {accent_text}; border: none;
            border-radius: 6px; padding: 8px 18px; font-weight: 600; }}
        QPushButton:focus {{ border: 2px solid {text}; }}
        QPushButton:disabled {{ background: {border}; color: {muted}; }}""",
    "List": "QTreeWidget::item, QListWidget::item {{ padding: 5px 2px; }}",
    "QuestionMap": """QPushButton {{ background: {base}; color: {text};
            border: 1px solid {border}; border-radius: 4px; padding: 4px 2px; }}
        QPushButton[examState="Answered"] {{ background: {selection}; }}
        QPushButton[examState="Current"] {{ border: 2px solid {accent}; font-weight: 700; }}
        QPushButton:focus {{ border: 2px solid {text}; }}""",
    "Clock": """QLabel {{ font-size: 15pt; font-weight: 700; padding: 2px 10px;
            border: 1px solid {border}; border-radius: 6px; }}""",
    "ClockLow": """QLabel {{ font-size: 15pt; font-weight: 700; padding: 2px 10px;
            background: {warning_bg}; color: {warning_text}; border-radius: 6px; }}""",
}
_current: Colors = LIGHT


def mark(widget, look: str):
    """Give ``widget`` one of the app's looks: Sidebar, Card, Banner, Primary, List,
    Loading, PageTitle or Muted. Returns the widget."""
    widget.setObjectName(look)
    if look == "Muted":
        widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the muted colour
    elif look == "PageTitle":
        font = widget.font()
        font.setPointSizeF(18)
        font.setBold(True)
        widget.setFont(font)
    else:
        widget.setStyleSheet(_LOOKS[look].format(**_current._asdict()))
    return widget


def mark_progress(bar) -> None:
    pal = bar.palette()
    pal.setColor(QPalette.ColorRole.Highlight, QColor(_current.success))
    bar.setPalette(pal)


def html_theme(colors: Colors, lang: str, base_pt: float):
    from app.common.html_theme import DARK_THEME, HtmlTheme

    families = tuple(installed_families(font_language(lang)))
    base = DARK_THEME if colors is DARK else HtmlTheme()
    from dataclasses import replace

    return replace(base, font_families=families, base_pt=base_pt)


def show_html(browser, html: str, base_pt: float) -> None:
    """Put ``html`` in a text browser whose headings scale with its text. Qt sizes <h1>–<h6>
    from the document's default font (ignoring a CSS size), so that font must match the
    page's body size, or a zoomed or projected page has headings smaller than its text."""
    doc = browser.document()
    font = doc.defaultFont()
    font.setPointSizeF(base_pt)
    doc.setDefaultFont(font)
    browser.setHtml(html)
