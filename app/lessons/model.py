"""A lesson as the app uses it. A plain frozen dataclass: loading the cached bundle needs
no pydantic (see app.lessons.loader for validation).

A lesson's text (``LessonBody``: the intro and its sections) is most of a course's bytes,
and start-up needs only the outline: titles, order, sections of the course. The bundle cache
therefore stores each body as its own msgpack bytes (``packed``), which load as one copy, and
a lesson decodes its body the first time ``intro`` or ``sections`` is read. A 2,000-lesson
course then starts without building 29 MB of text nobody has opened yet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from app.common.script import AS_WRITTEN
from app.common.sections import Section

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LessonBody:
    intro: str  # Markdown before the first ``## `` heading
    sections: tuple[Section, ...]


@dataclass(frozen=True, eq=False, slots=True)
class Lesson:
    id: str = field(metadata=AS_WRITTEN)
    title: str
    section: str = field(metadata=AS_WRITTEN)
    order: int
    minutes: int
    objectives: tuple[str, ...]
    key_terms: tuple[str, ...]
    related: tuple[str, ...] = field(metadata=AS_WRITTEN)
    # bytes: left encoded by the bundle cache until first read (see the module's docstring)
    body: LessonBody | bytes
    source: str = field(metadata=AS_WRITTEN)  # file path as reported in problems
    # (is_image, target, line) as written
    links: tuple[tuple[bool, str, int], ...] = field(default=(), metadata=AS_WRITTEN)
    # front-matter key -> line
    field_lines: dict[str, int] = field(default_factory=dict, metadata=AS_WRITTEN)

    @property
    def intro(self) -> str:
        return self.text().intro

    @property
    def sections(self) -> tuple[Section, ...]:
        return self.text().sections

    @property
    def char_count(self) -> int:
        return len(self.intro) + sum(len(s.markdown) for s in self.sections)

    def text(self) -> LessonBody:
        """The body, decoded (once) if the cache left it encoded. Two threads reading it at
        once both decode and keep equal values, so no lock is needed."""
        body = self.body
        if isinstance(body, bytes):
            body = _decode_body(body, self.source)
            object.__setattr__(self, "body", body)
        return body

    def packed(self) -> Lesson:
        """This lesson with its body encoded, as the bundle cache stores it."""
        if isinstance(self.body, bytes):
            return self
        import msgspec

        return replace(self, body=msgspec.msgpack.encode(self.body))

    def unpacked(self) -> Lesson:
        """This lesson with its body decoded (e.g. before its text is converted)."""
        self.text()
        return self

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Lesson):
            return NotImplemented
        return all(
            (self.text() if name == "body" else getattr(self, name))
            == (other.text() if name == "body" else getattr(other, name))
            for name in self.__dataclass_fields__
        )

    __hash__ = None  # type: ignore[assignment]  # field_lines is a dict, as before


# Shown instead of a body the cache holds damaged (or crafted): the cache checks every other
# field when it loads, but a body only when the lesson is first read.
DAMAGED_BODY = LessonBody(
    "本课正文在缓存中已损坏。下次启动时将从课程文件重新读取。\n\n"
    "This lesson's text was damaged in the content cache; it is read again from the course "
    "files the next time the app starts.",
    (),
)
# Called (with no arguments) when a body fails to decode: app.course.cache drops its files.
on_damaged_body: list[Callable[[], None]] = []

_DECODER = None


def _decode_body(data: bytes, source: str) -> LessonBody:
    global _DECODER
    import msgspec

    if _DECODER is None:
        _DECODER = msgspec.msgpack.Decoder(LessonBody)
    try:
        return _DECODER.decode(data)
    except (msgspec.DecodeError, RecursionError) as exc:  # ValidationError is a DecodeError
        log.warning("the cached text of %s is unreadable (%s); the cache is dropped", source, exc)
        for drop in on_damaged_body:
            drop()
        return DAMAGED_BODY
