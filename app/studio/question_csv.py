"""A table of questions from a spreadsheet (CSV or tab-separated text) → a layer quiz file.

The header (docs/quiz-format.md, *Questions from a spreadsheet*) names the columns, in any
order, in English or Chinese::

    id, type, section, lesson, difficulty, stem, customer, A … H, answer,
    feedback_A … feedback_H, explanation

Every type of the bank fits a row: single, multiple and situational (options in A–H, the
right letters in ``answer``), truefalse (``answer`` true/false), short (accepted answers in
``answer``, separated by ``|``), ordering (items in A–H in the right order) and matching
(``left -> right`` in A–H). What a row cannot hold, the quiz files cannot either: Moodle's
per-option weights and a matching question's extra right-hand answers (import such a bank
with ``quiz import`` instead).

Files: UTF-8 with or without a byte-order mark, GB18030, or UTF-16 with one (Excel's
"Unicode text"); comma, tab or semicolon separated (decided from the header line). Each row is
checked by the bank's own model (``app.studio.quiz_yaml``); a problem names the row (the
header is row 1, as in the spreadsheet) and the column. Good rows are written, bad ones
listed.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.common.problems import Problem
from app.lessons.model import Lesson
from app.quiz.interchange.decode import ImportRefused, read_untrusted
from app.studio.layer_files import make_id
from app.studio.quiz_yaml import Fault, TakenIds, question_faults, write_quiz_file

LETTERS = "ABCDEFGH"
COLUMNS = (
    "id", "type", "section", "lesson", "difficulty", "stem", "customer", *LETTERS, "answer",
    *(f"feedback_{x}" for x in LETTERS), "explanation",
)  # fmt: skip
REQUIRED = ("type", "stem", "explanation")
ALIASES = {
    "编号": "id", "题型": "type", "类型": "type", "章节": "section", "topic": "section",
    "课程": "lesson", "难度": "difficulty", "题干": "stem", "问题": "stem", "question": "stem",
    "顾客": "customer", "顾客说": "customer", "答案": "answer", "正确答案": "answer",
    "解析": "explanation", "说明": "explanation",
}  # fmt: skip
TYPES = {
    "single": "single", "单选": "single", "单选题": "single",
    "multiple": "multiple", "多选": "multiple", "多选题": "multiple",
    "truefalse": "truefalse", "true/false": "truefalse", "判断": "truefalse", "判断题": "truefalse",
    "ordering": "ordering", "排序": "ordering", "排序题": "ordering",
    "matching": "matching", "匹配": "matching", "匹配题": "matching", "连线": "matching",
    "short": "short", "填空": "short", "填空题": "short", "简答": "short",
    "situational": "situational", "情境": "situational", "情境题": "situational",
}  # fmt: skip
TRUE = {"true", "t", "yes", "y", "1", "对", "正确", "是", "√", "✓"}
FALSE = {"false", "f", "no", "n", "0", "错", "错误", "否", "×", "✗"}
PAIR = re.compile(r"\s*(?:->|→|=>|－>)\s*")
_LETTER_LIST = re.compile(r"[\s,，、;；/]+")


@dataclass
class QuestionImport:
    file: Path | None  # the quiz file written; None on a dry run or when no row was good
    ids: list[str] = field(default_factory=list)  # questions written (or that would be)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # nothing to fix: what was decided


def read_table(path: Path, fmt: str | None = None) -> tuple[list[list[str]], str]:
    """(rows including the header, encoding). ``fmt``: "csv" or "tsv"; otherwise the header
    line decides (a tab, else a semicolon with no comma, else a comma). ImportRefused for a
    file that is not text."""
    text, encoding = read_untrusted(path)
    first = text.split("\n", 1)[0]
    if fmt == "tsv" or (fmt is None and "\t" in first):
        delimiter = "\t"
    elif fmt is None and ";" in first and "," not in first:
        delimiter = ";"
    else:
        delimiter = ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise ImportRefused(f"{path.name}: not a readable table ({exc})") from None
    return rows, encoding


def import_question_table(
    path: Path,
    layer: Path,
    *,
    section: str | None = None,
    lesson: str | None = None,
    fmt: str | None = None,
    taken_ids: Collection[str] = (),
    sections: Collection[str] | None = None,
    lessons: Mapping[str, Lesson] | None = None,
    dry_run: bool = False,
) -> QuestionImport:
    """Rows of ``path`` → ``quizzes/<file name>.yaml`` of ``layer``. ``section`` and
    ``lesson`` fill empty cells of those columns; ``taken_ids`` are the bundled course's
    question ids; ``sections``/``lessons``, when given, are checked against. Raises
    ImportRefused when the file cannot be read at all."""
    path = Path(path)
    rows, _encoding = read_table(path, fmt)
    shown = path.name
    result = QuestionImport(None)
    if not rows or not any(c.strip() for c in rows[0]):
        raise ImportRefused(f"{shown}: no header row (see docs/quiz-format.md)")
    columns = _header(rows[0], shown, result.problems)
    if columns is None:
        return result
    taken = TakenIds(layer, taken_ids)
    prefix = make_id(path.stem, "imported")
    good: list[dict] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cells = {name: row[i].strip() if i < len(row) else "" for i, name in columns.items()}
        extra = [c for i, c in enumerate(row) if i not in columns and c.strip()]
        if len(row) > len(rows[0]) and extra:
            result.problems.append(
                _problem(shown, number, "", f"{len(row)} cells, but the header names "
                         f"{len(rows[0])}: a separator inside a cell that is not quoted?")
            )  # fmt: skip
            continue
        data, letters, faults = _question(cells, section, lesson)
        faults += _id(data, taken, prefix)
        said = {_column(f, letters) for f in faults}
        # the bank's own rules too, for the columns not already found wrong
        faults += [
            f
            for f in question_faults(data, sections=sections, lessons=lessons)
            if _column(f, letters) not in said and not (said and not f.loc)
        ]
        if faults:
            result.problems += [
                _problem(shown, number, _column(f, letters), f.message) for f in faults
            ]
            continue
        taken.take(data["id"], shown)
        good.append(data)
    result.ids = [q["id"] for q in good]
    if good and not dry_run:
        result.file = write_quiz_file(layer, prefix, good)
    return result


def _problem(shown: str, row: int, column: str, message: str) -> Problem:
    where = f"row {row}, column '{column}'" if column else f"row {row}"
    return Problem(shown, row, "row", f"{where}: {message}")


def _header(header: list[str], shown: str, problems: list[Problem]) -> dict[int, str] | None:
    """Column index → column name; None (with problems) when the table cannot be read."""
    columns: dict[int, str] = {}
    for i, raw in enumerate(header):
        name = raw.strip().lstrip("\ufeff")
        if not name:
            continue
        low = name.lower()
        feedback = re.fullmatch(r"(?:feedback|反馈)[ _-]?([a-h])", low)
        if len(name) == 1 and name.upper() in LETTERS:
            key = name.upper()
        elif feedback:
            key = f"feedback_{feedback.group(1).upper()}"
        else:
            key = ALIASES.get(name, ALIASES.get(low, low))
        if key not in COLUMNS:
            problems.append(
                _problem(shown, 1, name, "unknown column (see docs/quiz-format.md); ignored")
            )
            continue
        if key in columns.values():
            problems.append(_problem(shown, 1, name, "the column appears twice"))
            return None
        columns[i] = key
    missing = [c for c in REQUIRED if c not in columns.values()]
    if missing:
        problems.append(
            Problem(shown, 1, "row", f"row 1: the header has no column {', '.join(missing)} "
                    f"(columns: {', '.join(COLUMNS)})")
        )  # fmt: skip
        return None
    return columns


def _question(
    cells: dict[str, str], section: str | None, lesson: str | None
) -> tuple[dict, list[str], list[Fault]]:
    """(the question in the file's form, the letter of each option/item/pair, faults)."""
    faults: list[Fault] = []
    raw_type = cells.get("type", "")
    qtype = TYPES.get(raw_type.lower(), raw_type)
    data: dict = {
        "id": cells.get("id", ""),
        "type": qtype,
        "topic": cells.get("section") or section or "",
        "difficulty": 2,
        "lesson": cells.get("lesson") or lesson or "",
        "stem": cells.get("stem", ""),
        "explanation": cells.get("explanation", ""),
    }
    if not data["topic"]:
        faults.append(Fault(("topic",), "is empty (or give a section for the whole table)"))
    if not data["lesson"]:
        faults.append(Fault(("lesson",), "is empty (or give a lesson for the whole table)"))
    if cells.get("difficulty"):
        try:
            data["difficulty"] = int(cells["difficulty"])
        except ValueError:
            faults.append(Fault(("difficulty",), "must be 1, 2 or 3"))
    filled = [x for x in LETTERS if cells.get(x)]
    gap = next((x for x in LETTERS[: LETTERS.index(filled[-1])] if not cells.get(x)), None) \
        if filled else None  # fmt: skip
    if gap:
        faults.append(Fault((gap,), f"is empty, but a later column ({filled[-1]}) is not"))
    answer = cells.get("answer", "")
    values = [cells[x] for x in filled]
    if qtype in ("single", "multiple", "situational"):
        right = [x.upper() for x in _LETTER_LIST.split(answer) if x]
        if len(right) == 1 and len(right[0]) > 1 and right[0].isalpha():
            right = list(right[0])  # "AC"
        wrong = [x for x in right if x not in filled]
        if not right:
            faults.append(Fault(("answer",), "give the letter(s) of the right option(s)"))
        elif wrong:
            faults.append(Fault(("answer",), f"names {', '.join(wrong)}, which is not an option"))
        data["options"] = [
            {"text": cells[x], "correct": x in right, "feedback": cells.get(f"feedback_{x}", "")}
            for x in filled
        ]
        for o in data["options"]:  # the file form leaves out what is not said
            if not o["correct"]:
                del o["correct"]
            if not o["feedback"]:
                del o["feedback"]
        if qtype == "situational":
            data["customer"] = cells.get("customer", "")
    elif qtype == "truefalse":
        word = answer.lower()
        if word in TRUE or word in FALSE:
            data["answer"] = word in TRUE
        else:
            faults.append(Fault(("answer",), "must be true or false (对/错)"))
    elif qtype == "short":
        data["answers"] = [a.strip() for a in re.split(r"[|｜]", answer) if a.strip()]
    elif qtype == "ordering":
        data["items"] = values
    elif qtype == "matching":
        data["pairs"] = []
        for x in filled:
            parts = PAIR.split(cells[x], maxsplit=1)
            if len(parts) != 2:
                faults.append(Fault((x,), "write a pair as 'left -> right'"))
                continue
            data["pairs"].append({"left": parts[0].strip(), "right": parts[1].strip()})
    if qtype in ("truefalse", "short") and filled:
        faults.append(Fault((filled[0],), f"a {qtype} question has no options: leave A–H empty"))
    if qtype in ("ordering", "matching") and answer:
        faults.append(
            Fault(("answer",), f"a {qtype} question takes its answer from A–H: leave it empty")
        )
    if qtype != "situational" and cells.get("customer"):
        faults.append(Fault(("customer",), "only a situational question has the customer's words"))
    return data, filled, faults


def _id(data: dict, taken: TakenIds, prefix: str) -> list[Fault]:
    """A blank id gets the next free ``<file name>-NNN``; a given one must be free."""
    if not data["id"]:
        data["id"] = taken.free(prefix)
        return []
    where = taken.clash(data["id"])
    if where:
        return [Fault(("id",), f"'{data['id']}' is used already ({where})")]
    return []


_FIELD_COLUMNS = {
    "id": "id", "type": "type", "topic": "section", "difficulty": "difficulty",
    "lesson": "lesson", "stem": "stem", "explanation": "explanation", "customer": "customer",
    "answer": "answer", "answers": "answer",
}  # fmt: skip


def _column(fault: Fault, letters: list[str]) -> str:
    """The column a fault is about, from where it is in the file's form."""
    loc = fault.loc
    if not loc:  # a rule of the whole question: its words say which part
        text = fault.message
        if "correct" in text:
            return "answer"
        if "customer" in text:
            return "customer"
        if "feedback" in text:
            return "feedback_A–H"
        if "answer" in text:
            return "answer"
        return "A–H"
    head = loc[0]
    if isinstance(head, str) and (head in LETTERS or head.startswith("feedback_")):
        return head
    if head in ("options", "items", "pairs"):
        if len(loc) > 1 and isinstance(loc[1], int) and loc[1] < len(letters):
            letter = letters[loc[1]]
            return f"feedback_{letter}" if loc[-1] == "feedback" else letter
        return "A–H"
    return _FIELD_COLUMNS.get(str(head), str(head))
