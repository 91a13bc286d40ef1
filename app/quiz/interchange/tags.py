"""Question metadata in tags Moodle keeps (at most 50 characters each): ``academy-type:single``,
``academy-topic:s07``, ``academy-lesson:six-step-conversation#3``; a longer value is split over
numbered tags (``academy-lesson-1:``, ``academy-lesson-2:`` …). Moodle XML carries them in
``<tags>``, GIFT in a ``// [id:…] [tag:…]`` comment (Moodle's own GIFT syntax), so the id,
type, topic and lesson survive a round trip through Moodle in either format."""

from __future__ import annotations

import re

from app.quiz.model import Question

TAG_LIMIT = 50  # Moodle cuts a tag's name at 50 characters
TAG_PREFIX = "academy-"
TAG_KEYS = ("type", "topic", "difficulty", "lesson")


def academy_tags(q: Question) -> list[str]:
    """Tags of at most ``TAG_LIMIT`` characters carrying what Moodle has no field for."""
    tags = []
    for key in TAG_KEYS:
        value = str(getattr(q, key))
        if not value:
            continue
        whole = f"{TAG_PREFIX}{key}:{value}"
        if len(whole) <= TAG_LIMIT:
            tags.append(whole)
            continue
        room = TAG_LIMIT - len(f"{TAG_PREFIX}{key}-99:")
        chunks = [value[i : i + room] for i in range(0, len(value), room)]
        tags += [f"{TAG_PREFIX}{key}-{n}:{chunk}" for n, chunk in enumerate(chunks, start=1)]
    return tags


_KEYS = "|".join(TAG_KEYS)
_TAG = re.compile(rf"{TAG_PREFIX}(?P<key>{_KEYS})(?:-(?P<n>\d+))?:(?P<value>.*)", re.S)


def info_from_tags(values: list[str]) -> dict:
    """The metadata our tags carry (other tags are the teacher's own and are ignored)."""
    info: dict = {}
    pieces: dict[str, dict[int, str]] = {}
    for value in values:
        m = _TAG.fullmatch(value)
        if m is None:
            continue
        if m.group("n") is None:
            info[m.group("key")] = m.group("value")
        else:
            pieces.setdefault(m.group("key"), {})[int(m.group("n"))] = m.group("value")
    for key, parts in pieces.items():
        info[key] = "".join(parts[n] for n in sorted(parts))
    return info


def gift_comment(question_id: str, tags: list[str]) -> str:
    """Moodle's GIFT comment for an idnumber and tags (``]`` escaped as ``\\]``)."""
    esc = lambda t: t.replace("]", "\\]")  # noqa: E731
    return "// " + " ".join([f"[id:{esc(question_id)}]", *(f"[tag:{esc(t)}]" for t in tags)])


_ID = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f])+)\]")
_TAG_TOKEN = re.compile(r"\[tag:((?:\\\]|[^\]<>`\x00-\x1f])+)\]")


def read_gift_comment(comment: str) -> tuple[str, list[str]]:
    """(idnumber, tags) from GIFT comment text, as Moodle's GIFT reader finds them."""
    m = _ID.search(comment)
    idnumber = m.group(1).replace("\\]", "]").strip() if m else ""
    tags = [t.replace("\\]", "]").strip() for t in _TAG_TOKEN.findall(comment)]
    return idnumber, tags
