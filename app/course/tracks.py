"""Tracks: the specialisations a learner follows on top of the common core.

A track names the sections that belong to it (``tracks:`` in ``course.yaml``). Sections no
track names are the core every learner takes. The learner's track decides what the home
page lists, which lessons the certificate needs and which sections the final exam draws
from; the other tracks' lessons stay readable in the reader. "general" is the core alone.

No pydantic and no Qt here: the course model embeds ``Track`` and the cache decodes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from app.common.rules import CONFIG, Id, Rule, Text
from app.common.script import AS_WRITTEN

GENERAL = "general"


@dataclass(frozen=True, slots=True)
class Track:
    __pydantic_config__ = CONFIG
    id: Id = field(metadata=AS_WRITTEN)
    title: Text
    sections: Annotated[tuple[Id, ...], Rule(min_length=1)] = field(metadata=AS_WRITTEN)


def tracked_sections(tracks: tuple[Track, ...]) -> set[str]:
    """Sections that belong to some track (not to the core)."""
    return {sid for t in tracks for sid in t.sections}


def known_track(tracks: tuple[Track, ...], track_id: object) -> str:
    """``track_id`` if the course has that track, else "general" (a stale or foreign value
    read from a learner's settings falls back to the core)."""
    return track_id if any(t.id == track_id for t in tracks) else GENERAL  # type: ignore[return-value]


def followed_sections(
    section_ids: list[str], tracks: tuple[Track, ...], track_id: str
) -> list[str]:
    """The sections a learner of ``track_id`` follows, in course order: the core and the
    track's own sections."""
    tracked = tracked_sections(tracks)
    own = next((set(t.sections) for t in tracks if t.id == track_id), set())
    return [sid for sid in section_ids if sid not in tracked or sid in own]
