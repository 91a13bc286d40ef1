"""Show Simplified-Chinese content in Traditional script through OpenCC.

Authors write Simplified only. ``s2twp`` also converts vocabulary (信息 → 資訊), which is what
readers of Traditional expect. The converter is built once per process; converted bundles
are cached on disk by ``app.course.cache``, so this runs once per content change.

``convert_strings`` converts every ``str`` in a frozen dataclass, recursing into tuples,
lists, dicts (values only: keys are ids) and nested dataclasses. A field that must stay as
written (ids, references, file paths, line numbers, English) is declared once with
``field(metadata=AS_WRITTEN)`` (``AS_WRITTEN = {"script": False}``); that is the whole per-kind
declaration of what script conversion touches.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any

SIMPLIFIED = "zh-Hans"
TRADITIONAL = "zh-Hant"

# ``field(metadata=AS_WRITTEN)``: a dataclass field that script conversion leaves alone.
AS_WRITTEN = {"script": False}


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


# Words where s2twp's Taiwan phrasing is wrong for this course, and what to write instead: it
# turns 用户 (a customer of a bank, a telecom or an app) into 使用者 (a user of software), so
# "老用户" would read 老使用者. They are shielded from the converter with private-use markers.
KEEP_IN_TRADITIONAL = {"用户": "用戶"}


def to_traditional(text: str) -> str:
    if not text:
        return text
    marks = {}
    for i, (simplified, traditional) in enumerate(KEEP_IN_TRADITIONAL.items()):
        mark = chr(0xE000 + i)
        marks[mark] = traditional
        text = text.replace(simplified, mark)
    out = _converter("s2twp").convert(text)
    for mark, traditional in marks.items():
        out = out.replace(mark, traditional)
    return out


def to_simplified(text: str) -> str:
    """Fold Traditional (or mixed) text to Simplified, e.g. for matching answers and queries."""
    return _converter("t2s").convert(text) if text else text


def convert_strings(value: Any, convert=to_traditional) -> Any:
    """``value`` with every string converted, driven by ``dataclasses.fields``: fields marked
    ``AS_WRITTEN`` are kept as they are (and not looked into)."""
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, tuple):
        return tuple(convert_strings(v, convert) for v in value)
    if isinstance(value, list):
        return [convert_strings(v, convert) for v in value]
    if isinstance(value, dict):
        return {k: convert_strings(v, convert) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: convert_strings(getattr(value, f.name), convert)
            for f in dataclasses.fields(value)
            if f.metadata.get("script", True) and f.init
        }
        return dataclasses.replace(value, **changes)
    return value


def script_for_language(lang: str) -> str:
    return TRADITIONAL if lang.lower() in ("zh-tw", "zh_tw", "zh-hant", "zh-hk") else SIMPLIFIED
