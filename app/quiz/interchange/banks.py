"""Imported question banks: each import is its own bank (a JSON file in the data folder), with
its own categories, listed and removable without touching the course's questions."""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from app.quiz.interchange.decode import ImportRefused, read_untrusted
from app.quiz.interchange.gift import GiftResult, parse_gift
from app.quiz.interchange.moodlexml import parse_moodle_xml
from app.quiz.model import Option, Question


@dataclass
class ImportReport:
    bank: str
    imported: int
    skipped: list[dict]
    encoding: str
    renamed_from: str = ""  # the file's own bank name, when a bank by that name exists already

    def as_json(self) -> dict:
        return {
            "bank": self.bank,
            "imported": self.imported,
            "skipped": self.skipped,
            "encoding": self.encoding,
            "renamed_from": self.renamed_from,
        }


def guess_format(path: Path, text: str) -> str:
    if path.suffix.lower() == ".xml" or text.lstrip().startswith("<"):
        return "moodlexml"
    return "gift"


def parse_file(path: Path, fmt: str | None = None) -> tuple[GiftResult, str]:
    """The questions of ``path``; a refusal always names the file it is about."""
    try:
        text, encoding = read_untrusted(path)
        fmt = fmt or guess_format(path, text)
        if fmt == "gift":
            return parse_gift(text), encoding
        if fmt == "moodlexml":
            return parse_moodle_xml(text), encoding
        raise ImportRefused(f"unknown format '{fmt}' (use gift or moodlexml)")
    except ImportRefused as exc:
        if path.name in str(exc):
            raise
        raise ImportRefused(f"{path.name}: {exc}") from None


_NAME_CHARS = "A-Za-z0-9\u4e00-\u9fff_-"
BANK_NAME = re.compile(f"[{_NAME_CHARS}]+")


def bank_name(path: Path) -> str:
    return re.sub(f"[^{_NAME_CHARS}]+", "-", path.stem).strip("-") or "imported"


def bank_path(folder: Path, name: str) -> Path:
    """The bank's file, for a name as ``bank_name`` makes them: a name is an identifier, never a
    path (``quiz remove ../profiles`` once deleted the profiles)."""
    if not isinstance(name, str) or not BANK_NAME.fullmatch(name):
        raise ImportRefused(
            f"'{name}' is not a bank name (letters, digits, Chinese, _ and -; "
            "see the list of imported banks)"
        )
    target = folder / f"{name}.json"
    if target.resolve().parent != folder.resolve():
        raise ImportRefused(f"'{name}' is not a bank name (it leads out of the bank folder)")
    return target


def import_file(
    folder: Path, path: Path, fmt: str | None = None, *, dry_run: bool = False
) -> ImportReport:
    """A file whose bank name is taken gets the next free one (``week-2``), never the old bank's
    place: two files called alike once silently replaced each other."""
    result, encoding = parse_file(path, fmt)
    wanted = bank_name(path)
    skipped = [{"item": s.item, "line": s.line, "reason": s.reason} for s in result.skipped]
    if dry_run or not result.questions:
        name = _free_name(folder, wanted)
    else:
        folder.mkdir(parents=True, exist_ok=True)
        name = _reserve_name(folder, wanted)
        data = {
            "name": name,
            "source": path.name,
            "imported_at": datetime.now().isoformat(),
            "categories": result.categories,
            "questions": [asdict(q) for q in result.questions],
        }
        target = folder / f"{name}.json"
        tmp = target.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, target)
        except BaseException:  # no empty reserved bank left behind
            target.unlink(missing_ok=True)
            tmp.unlink(missing_ok=True)
            raise
    return ImportReport(
        name, len(result.questions), skipped, encoding, wanted if name != wanted else ""
    )


def _candidates(wanted: str):
    yield wanted
    n = 2
    while True:
        yield f"{wanted}-{n}"
        n += 1


def _free_name(folder: Path, wanted: str) -> str:
    return next(n for n in _candidates(wanted) if not (folder / f"{n}.json").exists())


def _reserve_name(folder: Path, wanted: str) -> str:
    """The first free name, claimed by creating its file (exclusive, so two imports at once
    cannot both take it); the bank's text replaces the empty file afterwards."""
    for name in _candidates(wanted):
        try:
            with open(folder / f"{name}.json", "x", encoding="utf-8"):
                return name
        except FileExistsError:
            continue
    raise AssertionError("unreachable")


def list_banks(folder: Path) -> list[dict]:
    banks = []
    for f in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            text = f.read_text(encoding="utf-8")
            if not text:  # a name reserved by an import still writing it: not a bank yet
                continue
            data = json.loads(text)
            banks.append(
                {
                    "name": f.stem,  # the name remove/load use, whatever the file says
                    "source": data.get("source", ""),
                    "questions": len(data["questions"]),
                    "categories": sorted(set(data.get("categories", {}).values())),
                }
            )
        except (OSError, ValueError, KeyError):
            banks.append(
                {"name": f.stem, "source": "", "questions": 0, "categories": [], "damaged": True}
            )
    return banks


def load_bank_questions(folder: Path, name: str) -> list[Question]:
    """The bank's questions; ImportRefused naming the file and the question if the file is
    damaged (it sits in the data folder, which anyone may edit)."""
    path = bank_path(folder, name)
    at = "the file"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        out = []
        for n, q in enumerate(data["questions"], 1):
            at = f"question {n}"
            q["options"] = tuple(Option(**o) for o in q.get("options", ()))
            for key in ("items", "answers", "distractors", "answer_fractions"):
                q[key] = tuple(q.get(key, ()))
            q["pairs"] = tuple(tuple(p) for p in q.get("pairs", ()))
            out.append(Question(**q))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ImportRefused(f"{path.name}, {at}: {type(exc).__name__}: {exc}") from None
    return out


def remove_bank(folder: Path, name: str) -> bool:
    """False if there is no such bank; raises ImportRefused for a name that is not one."""
    target = bank_path(folder, name)
    if not target.exists():
        return False
    target.unlink()
    return True
