"""Show Simplified-Chinese content in Traditional script through OpenCC.

Authors write Simplified only. The Taiwan edition uses OpenCC's ``s2tw`` and the Hong Kong
edition ``s2hk``: characters and regional variants, no phrase substitution. (``s2twp`` also
swaps in Taiwanese computing vocabulary — 程序公平 → 程式公平, 权限 → 許可權, a bank's 窗口
→ 視窗 — which is wrong for a course about complaint handling, and it changed quiz answers.)
The few words the character step still gets wrong are corrected by a reviewed term table,
``app.common.traditional_terms.TERMS``. Converters are built once per process; converted
bundles are cached on disk by ``app.course.cache``, so this runs once per content change.

``convert_strings`` converts every ``str`` in a frozen dataclass, recursing into tuples,
lists, dicts (values only: keys are ids) and nested dataclasses. A field that must stay as
written (ids, references, file paths, line numbers, English) is declared once with
``field(metadata=AS_WRITTEN)`` (``AS_WRITTEN = {"script": False}``); that is the whole per-kind
declaration of what script conversion touches.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache, partial
from typing import Any

from app.common.traditional_terms import TERMS

SIMPLIFIED = "zh-Hans"
TRADITIONAL = "zh-Hant"  # Taiwan standard characters
HONG_KONG = "zh-Hant-HK"  # Hong Kong standard characters
TRADITIONAL_SCRIPTS = (TRADITIONAL, HONG_KONG)

# OpenCC configuration of each Traditional edition, and the variant step that localises the
# term table's values (written in OpenCC's standard Traditional) for it.
_CONFIGS = {TRADITIONAL: ("s2tw", "t2tw"), HONG_KONG: ("s2hk", "t2hk")}

# ``field(metadata=AS_WRITTEN)``: a dataclass field that script conversion leaves alone.
AS_WRITTEN = {"script": False}


@lru_cache(maxsize=6)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def _term_pattern() -> re.Pattern:
    # longest first, so 统一只回 wins over 只... and a term inside a longer one is not split
    return re.compile("|".join(re.escape(t) for t in sorted(TERMS, key=len, reverse=True)))


@lru_cache(maxsize=2)
def _marks(script: str) -> tuple[dict[str, str], dict[str, str]]:
    """Term → private-use mark, and mark → the term's form in ``script``."""
    variants = _converter(_CONFIGS[script][1])
    to_mark, from_mark = {}, {}
    for i, (simplified, traditional) in enumerate(TERMS.items()):
        mark = chr(0xE000 + i)
        to_mark[simplified] = mark
        from_mark[mark] = variants.convert(traditional)
    return to_mark, from_mark


def to_traditional(text: str, script: str = TRADITIONAL) -> str:
    """``text`` in Taiwan (``TRADITIONAL``) or Hong Kong (``HONG_KONG``) characters."""
    if not text:
        return text
    to_mark, from_mark = _marks(script)
    text = _term_pattern().sub(lambda m: to_mark[m.group(0)], text)
    out = _converter(_CONFIGS[script][0]).convert(text)
    if any(mark in out for mark in from_mark):
        out = "".join(from_mark.get(ch, ch) for ch in out)
    if "籤" in out:
        out = _SIGN.sub("簽", out)
    return out


# 签 the verb "sign" is 簽; OpenCC writes 籤 ("slip, tag") wherever its phrase list does not
# know the word (签批, 不签就作废, 自己签的). The course's 籤 words are labels and lots.
_SIGN = re.compile(r"(?<![標标便抽書书牙求])籤(?![詩诗])")


def converter_for(script: str):
    """The function that writes Simplified text in ``script`` (identity for Simplified)."""
    if script == SIMPLIFIED:
        return lambda text: text
    if script not in _CONFIGS:
        raise ValueError(f"unknown script {script!r}")
    return partial(to_traditional, script=script)


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
    if isinstance(value, bytes):  # e.g. a lesson body the cache left encoded
        raise TypeError("encoded content cannot be converted: unpack it first")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if hasattr(value, "unpacked"):  # a dataclass that keeps part of itself encoded
            value = value.unpacked()
        changes = {
            f.name: convert_strings(getattr(value, f.name), convert)
            for f in dataclasses.fields(value)
            if f.metadata.get("script", True) and f.init
        }
        return dataclasses.replace(value, **changes)
    return value


def script_for_language(lang: str) -> str:
    """The script a learner reading in interface language ``lang`` gets the course in."""
    key = lang.lower().replace("_", "-")
    if key in ("zh-hk", "zh-mo", "zh-hant-hk"):
        return HONG_KONG
    return TRADITIONAL if key in ("zh-tw", "zh-hant") else SIMPLIFIED
