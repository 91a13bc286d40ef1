"""A whole bundle in another script. Every kind declares which of its fields stay as written
(``field(metadata=AS_WRITTEN)``); ``app.common.script.convert_strings`` does the rest."""

from __future__ import annotations

from app.common.script import SIMPLIFIED, TRADITIONAL_SCRIPTS, convert_strings, converter_for
from app.course.model import ContentBundle


def convert_bundle(bundle: ContentBundle, script: str) -> ContentBundle:
    if script == bundle.script:
        return bundle
    if script not in TRADITIONAL_SCRIPTS or bundle.script != SIMPLIFIED:
        raise ValueError(f"cannot convert {bundle.script} to {script}")
    return convert_strings(bundle, converter_for(script)).with_script(script)
