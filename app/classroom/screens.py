"""Which screen is the projector: plain data about the screens, no Qt.

Two screens may carry the same name (two "HDMI-1" on a docking station, or none at all under
some drivers), so a screen is remembered and told apart by its geometry, as OpenLP does; the
name is only a fallback for a setting saved by an older version, which stored the name alone.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool = False

    @property
    def key(self) -> str:
        """What the setting stores: the name and the geometry ("HDMI-1@1366,0,1920x1080")."""
        return f"{self.name}@{self.x},{self.y},{self.width}x{self.height}"

    @property
    def geometry_key(self) -> str:
        return self.key.split("@", 1)[1]


def screen_label(number: int, screen: ScreenInfo, template: str, primary_suffix: str) -> str:
    """A screen's line in the list, e.g. "2 · HDMI-1 — 1920×1080 at (1366, 0), primary"; the
    number is the one "Identify screens" shows on that screen. ``template`` (translated by
    the caller) holds %1 name, %2×%3 size, (%4, %5) position; ``primary_suffix`` is appended
    for the primary screen."""
    name = screen.name or "?"
    text = (
        template.replace("%1", name).replace("%2", str(screen.width))
        .replace("%3", str(screen.height)).replace("%4", str(screen.x))
        .replace("%5", str(screen.y))
    )  # fmt: skip
    return f"{number} · {text}{primary_suffix if screen.primary else ''}"


def find_screen(screens: list[ScreenInfo], remembered: str | None) -> int | None:
    """The index of the remembered screen: same name and geometry, else the same geometry,
    else (a bare name, as older versions saved it) the first of that name."""
    if not remembered:
        return None
    for i, s in enumerate(screens):
        if s.key == remembered:
            return i
    if "@" in remembered:
        geometry = remembered.split("@", 1)[1]
        return next((i for i, s in enumerate(screens) if s.geometry_key == geometry), None)
    return next((i for i, s in enumerate(screens) if s.name == remembered), None)


def choose_screens(screens: list[ScreenInfo], remembered: str | None) -> tuple[int, int | None]:
    """(projector, presenter or None) as indexes into ``screens``.

    The projector is the remembered screen if it is still there, else the first that is not
    primary; the presenter view goes on the primary screen (or the first other one). With a
    single screen there is no presenter view: that screen shows the slides.
    """
    if not screens:
        raise ValueError("no screen")
    primary = next((i for i, s in enumerate(screens) if s.primary), 0)
    if len(screens) == 1:
        return 0, None
    projector = find_screen(screens, remembered)
    if projector is None:
        projector = next(i for i in range(len(screens)) if i != primary)
    presenter = primary if projector != primary else next(
        i for i in range(len(screens)) if i != primary
    )  # fmt: skip
    return projector, presenter


def added_screen(before: list[ScreenInfo], after: list[ScreenInfo]) -> int | None:
    """The index in ``after`` of a screen that was not there before (a projector plugged in
    while teaching), or None."""
    old = {s.key for s in before}
    return next((i for i, s in enumerate(after) if s.key not in old), None)
