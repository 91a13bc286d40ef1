"""How a long section is spread over slides (no lone callout on a page of its own) and how the
projector's screen is chosen and named, without a window."""

from app.classroom.screens import (
    ScreenInfo,
    added_screen,
    choose_screens,
    find_screen,
    screen_label,
)
from app.classroom.slides import split_pages


def height(bs: tuple[str, ...], _part: int) -> float:
    """A fake measure: a title of 10, a callout of 35, "N|text" blocks of N."""
    return 10.0 + sum(35 if b.startswith("!!!") else float(b.split("|", 1)[0]) for b in bs)


TIP = '!!! tip "提示"\n    正文'
ANSWER = '!!! answer "参考答案"\n    1. 甲'


def test_blocks_are_added_while_they_fit():
    bs = ("30|a", "30|b", "30|c")
    assert split_pages(bs, height, 100) == [("30|a", "30|b", "30|c")]
    assert split_pages(bs, height, 75) == [("30|a", "30|b"), ("30|c",)], "a paragraph may"
    assert split_pages((), height, 100) == [()]


def test_a_callout_that_spills_over_takes_the_block_before_it_along():
    bs = ("30|p1", "30|p2", "20|list", TIP)  # 10 + 80 fits in 100; the tip (35) does not
    pages = split_pages(bs, height, 100)
    assert pages == [("30|p1", "30|p2"), ("20|list", TIP)], "no callout alone on page 2"


def test_a_short_tail_rejoins_the_page_before_when_it_is_only_a_little_too_tall():
    bs = ("40|p1", "45|p2", "8|end")  # 10 + 85 fits; + 8 is 103: 3 % over, shrunk a little
    assert split_pages(bs, height, 100) == [("40|p1", "45|p2", "8|end")]
    far = ("45|p1", "45|p2", "14|end")  # 114: too tall to squeeze, so the tail gets company
    assert split_pages(far, height, 100) == [("45|p1",), ("45|p2", "14|end")]


def test_a_self_checks_answers_keep_a_slide_of_their_own():
    bs = ("60|q", ANSWER)
    assert split_pages(bs, height, 100) == [("60|q",), (ANSWER,)]


def test_a_tail_that_cannot_take_company_stays_as_it_is():
    bs = ("85|table", TIP)  # nothing to move: the page before holds a single block
    assert split_pages(bs, height, 100) == [("85|table",), (TIP,)]


LAPTOP = ScreenInfo("eDP-1", 0, 0, 1366, 768, primary=True)
LEFT = ScreenInfo("HDMI-1", 1366, 0, 1920, 1080)
RIGHT = ScreenInfo("HDMI-1", 3286, 0, 1280, 720)  # the same name through a docking station


def test_screens_with_the_same_name_have_different_labels_with_size_and_position():
    template = "%1 — %2×%3 at (%4, %5)"
    labels = [screen_label(i, s, template, ", primary") for i, s in
              enumerate((LAPTOP, LEFT, RIGHT), start=1)]  # fmt: skip
    assert labels == [
        "1 · eDP-1 — 1366×768 at (0, 0), primary",
        "2 · HDMI-1 — 1920×1080 at (1366, 0)",
        "3 · HDMI-1 — 1280×720 at (3286, 0)",
    ]
    assert screen_label(1, ScreenInfo("", 0, 0, 800, 600), template, "").startswith("1 · ? — ")


def test_the_projector_is_the_remembered_screen_else_the_first_that_is_not_primary():
    screens = [LAPTOP, LEFT, RIGHT]
    assert choose_screens(screens, None) == (1, 0)
    assert choose_screens(screens, RIGHT.key) == (2, 0), "told apart by geometry"
    assert choose_screens(screens, LAPTOP.key) == (0, 1), "the laptop projects, HDMI presents"
    assert choose_screens(screens, "HDMI-1") == (1, 0), "a name saved by an older version"
    moved = ScreenInfo("HDMI-2", 3286, 0, 1280, 720)  # renamed after a driver update
    assert find_screen([LAPTOP, LEFT, moved], RIGHT.key) == 2
    assert choose_screens([LAPTOP, LEFT], RIGHT.key) == (1, 0), "gone: the other screen"
    assert choose_screens([LAPTOP], LEFT.key) == (0, None), "one screen: slides only"
    assert choose_screens([LEFT, LAPTOP], None) == (0, 1), "the primary need not be first"


def test_a_screen_plugged_in_is_found():
    assert added_screen([LAPTOP], [LAPTOP, LEFT]) == 1
    assert added_screen([LAPTOP, LEFT], [LAPTOP]) is None
    assert added_screen([LAPTOP, LEFT], [LAPTOP, RIGHT]) == 1, "same name, another screen"


def test_a_paragraph_ending_in_a_colon_stays_with_what_it_introduces():
    bs = ("20|intro：", "45|list", TIP)  # 75 fits; the tip makes 110
    assert split_pages(bs, height, 100) == [("20|intro：", "45|list", TIP)], (
        "rather one page drawn 10 % smaller than the intro cut from its list"
    )
    far = ("40|intro：", "45|list", TIP)  # 130: too much to shrink, the tip stays alone
    assert split_pages(far, height, 100) == [("40|intro：", "45|list"), (TIP,)]
