"""Content at organisation scale: a course of 2,000 lessons and 20,000 questions, made from the
bundled ``content/`` (its files repeated with new ids, lesson references rewritten to the
copy's own lessons, so the course is valid), loaded in fresh processes as the app and
``content check`` load it.

Figures: first load with no caches (a pack install or an upgrade) ≤ 4 s, load from the
bundle cache ≤ 0.3 s, ``content check`` ≤ 5 s (spawn to exit), and, without budgets, the
peak memory of the first load, a reload after one file of the pack changed (the per-file
parse cache at work) and the bundled course's first load for comparison. The generated
course is cached under ``bench/.cache/`` (keyed by GENERATOR and the bundled files), never
committed. Run alone: ``python bench/content.py`` (exit 1 over budget); ``BENCH_RUNS`` sets
how many runs each figure is the median of (default 3).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
GENERATOR = 1  # bump when the generated course changes shape
LESSONS, QUESTIONS = 2_000, 20_000
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
BUDGET = {"first_load_s": 4.0, "cached_load_s": 0.3, "content_check_s": 5.0}
_QUESTION_ID = re.compile(r"^(\s*- id: )(\S+)[ \t]*$", re.MULTILINE)
_LESSON_ID = re.compile(r"^id: (\S+)[ \t]*$", re.MULTILINE)


def _source_key() -> str:
    h = hashlib.sha256(f"{GENERATOR}/{LESSONS}/{QUESTIONS}".encode())
    for path in sorted(p for p in (ROOT / "content").rglob("*") if p.is_file()):
        h.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def _renamer(ids: dict[str, str]):
    """Rewrite whole lesson ids (``lesson: x``, ``lesson:x#2``, ``related: [x]``), not the
    ids of questions or images that merely start with one."""
    if not ids:
        return lambda text: text
    alternatives = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w/.-])({alternatives})(?![\w/.-])")
    return lambda text: pattern.sub(lambda m: ids[m.group(1)], text)


def generate(dest: Path) -> Path:
    """Write the large course to ``dest`` (``dest/content`` and an ``assets`` link)."""
    src = ROOT / "content"
    content = dest / "content"
    shutil.copytree(src, content)
    try:
        (dest / "assets").symlink_to(ROOT / "assets", target_is_directory=True)
    except OSError:  # no symlinks (Windows without the right): a copy of the images
        shutil.copytree(ROOT / "assets", dest / "assets")
    lesson_files = sorted((src / "lessons").glob("*.md"))
    lesson_ids = [_LESSON_ID.search(p.read_text(encoding="utf-8")).group(1) for p in lesson_files]
    quiz_files = sorted((src / "quizzes").glob("*.yaml"))
    made_lessons, made_questions, copy = (
        len(lesson_files),
        sum(len(_QUESTION_ID.findall(p.read_text(encoding="utf-8"))) for p in quiz_files),
        0,
    )
    while made_lessons < LESSONS or made_questions < QUESTIONS:
        copy += 1
        suffix = f"-x{copy}"
        take = min(len(lesson_files), max(0, LESSONS - made_lessons))
        ids = {lid: lid + suffix for lid in lesson_ids[:take]}
        rename = _renamer(ids)
        folder = content / "lessons" / f"copy-{copy:03d}"
        if take:
            folder.mkdir()
        for path in lesson_files[:take]:
            (folder / path.name).write_text(rename(path.read_text(encoding="utf-8")), "utf-8")
        made_lessons += take
        for path in quiz_files:
            if made_questions >= QUESTIONS:
                break
            text = rename(path.read_text(encoding="utf-8"))
            blocks = re.split(r"(?m)^(?=  - id: )", text)
            room = QUESTIONS - made_questions
            if len(blocks) - 1 > room:
                text = "".join(blocks[: room + 1])
            text = _QUESTION_ID.sub(rf"\g<1>\g<2>{suffix}", text)
            made_questions += min(len(blocks) - 1, room)
            (content / "quizzes" / f"{path.stem}{suffix}.yaml").write_text(text, "utf-8")
    return content


def corpus() -> Path:
    """The generated course's content folder, made once per GENERATOR and bundled content."""
    key = _source_key()
    dest = CACHE / f"content-{key}"
    if (dest / "done").is_file():
        if not (dest / "assets" / "images").is_dir():  # a link to a checkout since removed
            (dest / "assets").unlink(missing_ok=True)
            (dest / "assets").symlink_to(ROOT / "assets", target_is_directory=True)
        return dest / "content"
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob("content-*"):
        shutil.rmtree(old, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix="content-", dir=CACHE))
    generate(tmp)
    tmp.rename(dest)
    (dest / "done").write_text(key)
    return dest / "content"


# One load in a fresh process: seconds (imports included) and peak RSS.
_CHILD = """
import json, sys, time
t = time.perf_counter()
from pathlib import Path
from app.course.library import load_library
root, cache = Path(sys.argv[1]), sys.argv[2]
bundle = load_library(root, root.parent / "assets", cache_dir=Path(cache) if cache else None)
seconds = time.perf_counter() - t
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child started by a big
# parent would report the parent's peak
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({"s": seconds, "rss_mib": hwm / 1024, "lessons": len(bundle.lessons),
    "questions": len(bundle.questions),
    "problems": [str(p) for p in bundle.problems[:5]], "problem_count": len(bundle.problems)}))
"""


def _env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")


def load_once(root: Path, cache_dir: Path | None) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(root), str(cache_dir or "")],
        cwd=ROOT, env=_env(), capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def check_once(root: Path) -> tuple[float, int]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "app", "content", "check", str(root)],
        cwd=ROOT, env=_env(), capture_output=True, text=True,
    )  # fmt: skip
    return time.perf_counter() - start, proc.returncode


def _median(values) -> float:
    return round(statistics.median(values), 3)


def run() -> dict:
    root = corpus()
    first, cached, again, bundled = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="academy-content-bench-") as tmp:
        for i in range(RUNS):
            cache = Path(tmp) / f"cache-{i}"
            first.append(load_once(root, cache))
            cached.append(load_once(root, cache))
            bundled.append(load_once(ROOT / "content", Path(tmp) / f"bundled-{i}"))
        # A pack update that changes one lesson: a copy of the course with one file edited,
        # loaded with the parse cache the first load left (the bundle cache no longer fits).
        edited = Path(tmp) / "edited"
        shutil.copytree(root.parent, edited, symlinks=True)
        lesson = next((edited / "content" / "lessons").glob("*.md"))
        lesson.write_text(lesson.read_text(encoding="utf-8") + "\n更新后的一句话。\n", "utf-8")
        for i in range(RUNS):
            cache = Path(tmp) / f"again-{i}"
            shutil.copytree(Path(tmp) / "cache-0", cache)
            again.append(load_once(edited / "content", cache))
    checks = [check_once(root) for _ in range(RUNS)]
    figures = {
        "lessons": first[0]["lessons"],
        "questions": first[0]["questions"],
        "problems": first[0]["problem_count"],
        "first_load_s": _median(r["s"] for r in first),
        "first_load_peak_mib": _median(r["rss_mib"] for r in first),
        "cached_load_s": _median(r["s"] for r in cached),
        "cached_load_peak_mib": _median(r["rss_mib"] for r in cached),
        "one_file_changed_s": _median(r["s"] for r in again),
        "content_check_s": _median(s for s, _ in checks),
        "content_check_exit": checks[0][1],
        "bundled_first_load_s": _median(r["s"] for r in bundled),
    }
    within = all(figures[k] <= v for k, v in BUDGET.items()) and figures["problems"] == 0
    print(f"content at scale: {figures['lessons']:,} lessons, {figures['questions']:,} questions, "
          f"{figures['problems']} problems (median of {RUNS} runs, fresh processes)")  # fmt: skip
    if first[0]["problems"]:
        print("  problems: " + "; ".join(first[0]["problems"]))
    print(
        f"  first load, no caches: {figures['first_load_s']} s (budget {BUDGET['first_load_s']} s)"
    )
    print(f"  first load peak memory: {figures['first_load_peak_mib']:.0f} MiB")
    print(f"  load from cache: {figures['cached_load_s']} s (budget {BUDGET['cached_load_s']} s)")
    print(f"  load from cache peak memory: {figures['cached_load_peak_mib']:.0f} MiB")
    print(f"  reload after one file changed: {figures['one_file_changed_s']} s")
    exit_code, budget = figures["content_check_exit"], BUDGET["content_check_s"]
    print(f"  content check: {figures['content_check_s']} s (budget {budget} s), exit {exit_code}")
    print(f"  bundled course, first load: {figures['bundled_first_load_s']} s")
    print("within budget" if within else "OVER BUDGET")
    return {"figures": figures, "budget": BUDGET, "within_budget": within}


if __name__ == "__main__":
    raise SystemExit(0 if run()["within_budget"] else 1)
