"""Interface languages. Light on purpose: read before the first paint."""

from __future__ import annotations

import json
from pathlib import Path

LANGUAGES: dict[str, str] = {
    "zh-CN": "简体中文",
    "zh-TW": "繁體中文（台灣）",
    "zh-HK": "繁體中文（香港）",
    "en": "English",
}
DEFAULT_LANGUAGE = "zh-CN"
# Read in Traditional characters: the course converted with s2tw (Taiwan) or s2hk (Hong Kong).
# Both use the zh-TW interface catalogue; only the course text differs.
TRADITIONAL_LANGUAGES = ("zh-TW", "zh-HK")


def is_traditional(lang: str | None) -> bool:
    return lang in TRADITIONAL_LANGUAGES


def interface_catalogue(lang: str) -> str:
    """The translation catalogue the interface uses for ``lang`` (zh-HK shares zh-TW's)."""
    return "zh-TW" if lang == "zh-HK" else lang


def font_language(lang: str) -> str:
    """zh-TW for either Traditional edition (Traditional faces first), else zh-CN."""
    return "zh-TW" if is_traditional(lang) else "zh-CN"


def normalise_language(lang: str | None) -> str:
    if not lang:
        return DEFAULT_LANGUAGE
    key = lang.replace("_", "-").lower()
    for code in LANGUAGES:
        if code.lower() == key or code.split("-")[0] == key == "en":
            return code
    if key in ("zh-mo", "zh-hant-hk"):
        return "zh-HK"
    if key == "zh-hant":
        return "zh-TW"
    if key.startswith("zh"):
        return "zh-CN"
    raise ValueError(f"unknown language '{lang}' (use one of {', '.join(LANGUAGES)})")


def remembered_language(profiles_file: Path) -> str | None:
    """The interface language last used on this copy, as ``ProfileRegistry`` stores it in
    ``profiles.json`` — without importing the registry. None if unknown or unreadable."""
    try:
        lang = json.loads(profiles_file.read_text(encoding="utf-8")).get("language")
    except (OSError, ValueError, AttributeError):
        return None
    return lang if lang in LANGUAGES else None
