"""Issue 20.1: the role-play and case lists show each item's title and its second line
(industry · status) in every interface language, in rows tall enough for both."""

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from app.views.cases import CasesPage
from app.views.roleplay import RolePlayPage
from app.views.theme import LIGHT, apply_theme
from app.views.two_line_list import GAP, PAD_Y, line_height, split_lines


@pytest.fixture
def interface_font(qapp):
    """Sets the interface font of a language as the app does; puts the old look back after."""
    font, palette, style = qapp.font(), qapp.palette(), qapp.style().name()
    yield lambda lang: apply_theme(qapp, lang, "light")
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def _ink_rows(image, left: int, right: int, top: int, bottom: int, background: QColor) -> int:
    """How many pixel rows between ``top`` and ``bottom`` have something drawn on them."""
    rows = 0
    for y in range(max(0, top), min(image.height(), bottom)):
        if any(
            abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60
            for x in range(left, min(image.width(), right), 2)
        ):
            rows += 1
    return rows


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("kind", ["roleplay", "cases"])
def test_both_lines_of_every_item_fit_and_are_painted(qtbot, learner, interface_font, lang, kind):
    interface_font(lang)
    page = RolePlayPage(learner, LIGHT) if kind == "roleplay" else CasesPage(learner, LIGHT)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    qtbot.waitExposed(page)
    view = page.list
    delegate = view.itemDelegate()
    font = view.font()
    assert view.count() > 3
    for row in range(view.count()):
        item = view.item(row)
        title, second = split_lines(item.text())
        assert title and second, item.text()
        rect = view.visualItemRect(item)
        needed = line_height(title, font) + GAP + line_height(second, font)
        assert rect.height() >= needed, (lang, item.text(), rect.height(), needed)
        option = QStyleOptionViewItem()
        option.rect, option.font = rect, font
        shown_title, shown_second = delegate.lines(option, view.indexFromItem(item))
        assert shown_second == second, "the industry · status line is never cut"
        assert shown_title == title or shown_title.endswith("…")

    # The second line of an unselected row really is drawn, under its title.
    view.setCurrentRow(0)
    item = view.item(1)
    rect = view.visualItemRect(item)
    title, second = split_lines(item.text())
    image = view.viewport().grab().toImage()
    dpr = image.devicePixelRatio()
    h1 = line_height(title, font)
    top = rect.top() + PAD_Y + h1 + GAP
    band = (top, top + line_height(second, font))
    background = view.palette().color(view.viewport().backgroundRole())
    ink = _ink_rows(
        image, int(rect.left() * dpr), int(rect.right() * dpr),
        int(band[0] * dpr), int(band[1] * dpr), background,
    )  # fmt: skip
    assert ink >= 4, (lang, kind, item.text())
    assert QApplication.font().family() == font.family()
