"""Refresh the interface translations: ``self.tr()`` strings -> ``.ts`` -> ``.qm``.

Why: the Chinese interface lives in ``assets/i18n/academy_zh_{CN,TW}.ts`` (and English plural
forms in ``academy_en.ts``) (edited by hand or in
Qt Linguist) and the app loads the compiled ``.qm`` files. When someone adds or changes a
``self.tr("...")`` string, this script puts it in both ``.ts`` files (lupdate keeps the
translations already there and, with ``-no-obsolete``, drops strings that are gone), compiles
them, and fails if any message is still untranslated, so CI and tests catch a missing one.
A string that moved to another class (Qt's context) keeps its translation: before obsolete
entries are dropped, an untranslated message takes the translation of the same English text
from any other context in the file.

Usage, from the repo root (``make i18n``):
    .venv/bin/python tools/i18n.py           # lupdate + lrelease + report
    .venv/bin/python tools/i18n.py --check   # only report unfinished messages in the .ts files
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW", "en")
# English is the source language: its catalogue holds only plural forms ("%n question(s)"
# -> "1 question" / "2 questions"), which the source text cannot express by itself.


def lupdate_flags(lang: str) -> tuple[str, ...]:
    return ("-pluralonly",) if lang == "en" else ()
BIN = Path(sys.executable).parent  # pyside6-lupdate / -lrelease sit next to the venv's python


def ts_path(lang: str) -> Path:
    return I18N / f"academy_{lang}.ts"


def sources() -> list[Path]:
    return [*sorted((ROOT / "app" / "views").rglob("*.py")), ROOT / "app" / "main.py"]


def run(tool: str, *args: str | Path) -> None:
    subprocess.run([str(BIN / tool), *map(str, args)], check=True, cwd=ROOT)


def unfinished(ts: Path) -> tuple[int, int]:
    """(messages, unfinished) in a .ts file; obsolete/vanished entries are not counted."""
    total = missing = 0
    for message in ET.parse(ts).iter("message"):
        tr = message.find("translation")
        kind = tr.get("type") if tr is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        total += 1
        texts = [tr] if tr is not None else []
        if tr is not None and message.get("numerus") == "yes":
            texts = tr.findall("numerusform")
        if kind == "unfinished" or not texts or any(not (t.text or "").strip() for t in texts):
            missing += 1
    return total, missing


def reuse_moved_translations(ts: Path) -> int:
    """Fill untranslated messages from the same source text translated in another context
    (the string moved between classes). Returns how many were filled."""
    tree = ET.parse(ts)
    known: dict[str, str] = {}
    for message in tree.iter("message"):
        tr = message.find("translation")
        source = message.findtext("source")
        # translated, or obsolete/vanished (the string's old place) with its translation
        if tr is not None and tr.get("type") != "unfinished" and (tr.text or "").strip():
            known.setdefault(source, tr.text)
    filled = 0
    for message in tree.iter("message"):
        tr = message.find("translation")
        if tr is None or tr.get("type") != "unfinished" or message.get("numerus") == "yes":
            continue
        text = known.get(message.findtext("source"))
        if text:
            tr.text = text
            del tr.attrib["type"]
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only report unfinished messages (no lupdate)"
    )
    args = parser.parse_args(argv)

    I18N.mkdir(parents=True, exist_ok=True)
    if not args.check:
        for lang in LANGUAGES:
            ts = ts_path(lang)
            for flags in (("-locations", "relative"), ("-no-obsolete", "-locations", "relative")):
                run(
                    "pyside6-lupdate", "-silent", *flags, *lupdate_flags(lang),
                    "-source-language", "en", "-target-language", lang,
                    *sources(), "-ts", ts,
                )  # fmt: skip
                if "-no-obsolete" not in flags:
                    reuse_moved_translations(ts)
            run("pyside6-lrelease", "-silent", ts, "-qm", ts.with_suffix(".qm"))

    failed = False
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if not ts.exists():
            print(f"{ts.relative_to(ROOT)}: missing")
            failed = True
            continue
        total, missing = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {total} messages, {missing} unfinished")
        failed |= missing > 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
