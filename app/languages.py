"""Interface languages. Light on purpose: read before the first paint."""

from __future__ import annotations

import json
from pathlib import Path

LANGUAGES: dict[str, str] = {"zh-CN": "简体中文", "zh-TW": "繁體中文", "en": "English"}
DEFAULT_LANGUAGE = "zh-CN"


def normalise_language(lang: str | None) -> str:
    if not lang:
        return DEFAULT_LANGUAGE
    key = lang.replace("_", "-").lower()
    for code in LANGUAGES:
        if code.lower() == key or code.split("-")[0] == key == "en":
            return code
    if key in ("zh-hant", "zh-hk", "zh-mo"):
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
