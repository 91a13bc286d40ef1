"""The trainer's cohort at organisation scale: 1,000 learners' exports of 500 answers each
(plus the lessons, exams and role-plays a learner also has: about 530,000 statements),
written as the app writes them (``learner_statements`` and the export's JSON), then
imported through the facade the trainer panel calls, and its figures read back.

Budgets (issue 21, item 2): import ≤ 60 s, the panel's figures and most-missed questions
≤ 1 s after import (the import computes them at its end, off the window's thread; the same
figures from a fresh open are shown too, without a budget), peak memory (RSS) of the
importing process ≤ 500 MB. The corpus is
generated once into bench/.cache/ (about 1.6 GB; a change of FORMAT regenerates it); the
import and figures run in a fresh interpreter so its peak memory is theirs alone.
Run alone: `python bench/cohort.py` (exit 1 over budget).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FORMAT = 1  # bump when the generated exports change: the cache is rebuilt
LEARNERS = 1000
ANSWERS = 500
CACHE = ROOT / "bench" / ".cache" / f"cohort-v{FORMAT}-{LEARNERS}x{ANSWERS}"
BUDGET = {"import_s": 60.0, "figures_s": 1.0, "peak_rss_mb": 500.0}
TIMEOUT_S = 900  # the measuring process is stopped after this (a figure not reached is "—")

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
          "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "晓东", "海燕")  # fmt: skip


def _response(q, right: bool, rng: random.Random):
    """What the learner answered, in the question's own indices (as the store keeps it)."""
    if q.type in ("single", "situational") and q.options:
        good = sorted(q.correct_indices) or [0]
        bad = [i for i in range(len(q.options)) if i not in good] or good
        return rng.choice(good if right else bad)
    if q.type == "multiple" and q.options:
        good = sorted(q.correct_indices)
        return good if right else good[:-1] or [0]
    if q.type == "truefalse":
        return bool(q.answer) if right else not q.answer
    if q.type == "short" and q.answers:
        return q.answers[0] if right else "不太清楚"
    if q.type == "ordering" and q.items:
        order = list(range(len(q.items)))
        return order if right else order[::-1]
    if q.type == "matching" and q.pairs:
        n = len(q.pairs)
        return {i: i if right else (i + 1) % n for i in range(n)}
    return None


def learner_records(bundle, n: int) -> tuple[str, str, dict]:
    """(profile id, name, records) of learner ``n``: lessons read and learned, ``ANSWERS``
    answers (practice, review, lesson checks and exams), exams and a role-play or two, spread
    over two months, right more or less often by the learner's level and the question's
    difficulty."""
    from app.progress.states import LessonState

    rng = random.Random(n)
    pid = f"{n:04d}{rng.getrandbits(32):08x}"
    name = rng.choice(_SURNAMES) + rng.choice(_GIVEN) + f"{n:04d}"
    start = datetime(2026, 3, 2, 8, 30, tzinfo=timezone.utc) + timedelta(hours=rng.randint(0, 99))
    clock = [start]

    def later(seconds: float) -> datetime:
        clock[0] += timedelta(seconds=seconds)
        return clock[0]

    order = bundle.lesson_order()
    learned = order[: rng.randint(0, len(order))]
    sessions, lessons = [], {}
    for lid in learned:
        for _ in range(rng.randint(1, 2)):
            began = later(rng.randint(600, 20000))
            sessions.append({"id": len(sessions) + 1, "lesson_id": lid, "started_at": began,
                             "seconds": rng.randint(300, 1500)})  # fmt: skip
        at = later(60)
        lessons[lid] = LessonState(lid, "learned", 3, 1.0, 900, at, at)
    level = rng.uniform(0.45, 0.95)
    questions = bundle.questions
    answers, exams, scenarios = [], [], []

    def answer(q, mode: str, session: str | None) -> bool:
        right = rng.random() < level - 0.08 * (q.difficulty - 2)
        secs = round(rng.uniform(6, 60), 1)
        at = later(secs + rng.randint(5, 90))
        answers.append({"id": len(answers) + 1, "question_id": q.id, "mode": mode,
                        "session_id": session, "response": _response(q, right, rng),
                        "correct": right, "score": 1.0 if right else 0.0, "seconds": secs,
                        "timed_out": False, "answered_at": at})  # fmt: skip
        return right

    kinds = ["exam"] * rng.randint(1, 3) + (["final"] if level > 0.7 else [])
    per_exam = 25
    while len(answers) < ANSWERS:
        if kinds and len(answers) >= ANSWERS - per_exam * len(kinds) - rng.randint(0, 40):
            kind = kinds.pop(0)
            eid = f"{pid}-exam-{len(exams)}"
            began = later(3600)
            got = sum(answer(q, kind, eid) for q in rng.sample(questions, per_exam))
            score = got / per_exam
            exams.append({"id": eid, "kind": kind, "started_at": began,
                          "finished_at": later(30), "score": score, "passed": score >= 0.6,
                          "questions": per_exam, "pass_mark": 0.6})  # fmt: skip
            continue
        mode = rng.choice(("practice", "practice", "review", "lesson"))
        sid = f"{pid}-{mode}-{len(answers)}"
        for q in rng.sample(questions, min(8, ANSWERS - len(answers))):
            answer(q, mode, sid)
    for i, sc in enumerate(rng.sample(sorted(bundle.scenarios), rng.randint(0, 2))):
        scenarios.append({"id": i + 1, "scenario_id": sc, "total": rng.randint(-4, 12),
                          "ending_kind": rng.choice(("loyal", "costly", "escalated", "lost")),
                          "seconds": rng.randint(200, 900), "mode": "self",
                          "finished_at": later(900)})  # fmt: skip
    records = {"lessons": lessons, "sessions": sessions, "answers": answers, "exams": exams,
               "scenarios": scenarios}  # fmt: skip
    return pid, name, records


def generate(folder: Path = CACHE) -> list[Path]:
    """The exports, one file a learner as ``Reports.export(..., "xapi")`` writes it; made once
    (a file is written whole or not at all, so an interrupted run resumes)."""
    files = [folder / f"learner-{n:04d}.json" for n in range(LEARNERS)]
    if (folder / "complete").exists():
        return files
    from app.course.loader import load_content
    from app.paths import assets_dir, content_dir
    from app.reports.xapi import learner_statements

    folder.mkdir(parents=True, exist_ok=True)
    bundle = load_content(content_dir(), assets_dir())
    for n, path in enumerate(files):
        if path.exists():
            continue
        pid, name, records = learner_records(bundle, n)
        text = json.dumps(learner_statements(bundle, pid, name, records), ensure_ascii=False,
                          indent=2)  # fmt: skip
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8", newline="")
        os.replace(tmp, path)
    (folder / "complete").write_text(f"{LEARNERS} learners\n")
    return files


def measure(folder: Path) -> None:
    """In a fresh interpreter: import every file through the facade (as the trainer panel
    does), then read the panel's figures; print each result as a line ``@name value``."""

    from app.services import Academy
    from app.tasks import Progress

    files = sorted(folder.glob("learner-*.json"))
    steps: list[int] = []
    with tempfile.TemporaryDirectory(prefix="academy-cohort-bench-") as tmp:
        academy = Academy(tmp)
        _ = academy.content  # loaded by then in the app: not part of the import's time
        progress = Progress(lambda done, total, text: steps.append(done))
        t0 = time.perf_counter()
        results = academy.reports.import_cohort_files(files, progress)
        print(f"@import_s {time.perf_counter() - t0:.2f}", flush=True)
        failed = [r for r in results if isinstance(r, Exception)]
        added = sum(r.added for r in results if not isinstance(r, Exception))
        print(f"@statements {added}", flush=True)
        print(f"@progress_steps {len(steps)}", flush=True)
        print(f"@failed_files {len(failed)}", flush=True)
        reports = academy.reports
        t0 = time.perf_counter()
        learners = reports.cohort_learners()
        print(f"@learners_s {time.perf_counter() - t0:.3f}", flush=True)
        t1 = time.perf_counter()
        missed = reports.cohort_missed_cells()
        print(f"@missed_s {time.perf_counter() - t1:.3f}", flush=True)
        t1 = time.perf_counter()
        reports.cohort_score_distribution()
        print(f"@distribution_s {time.perf_counter() - t1:.3f}", flush=True)
        t1 = time.perf_counter()
        reports.cohort_topic_mastery()
        print(f"@mastery_s {time.perf_counter() - t1:.3f}", flush=True)
        print(f"@figures_s {time.perf_counter() - t0:.3f}", flush=True)
        # the same figures from a fresh connection (nothing computed yet): what a trainer
        # waits for on opening the panel at the start of a session
        from app.reports.cohort import Cohort

        cold = Cohort(Path(tmp) / "cohort.sqlite")
        t1 = time.perf_counter()
        cold.warm(len(academy.content.lessons))
        print(f"@cold_figures_s {time.perf_counter() - t1:.3f}", flush=True)
        cold.close()
        print(f"@learners {len(learners)}", flush=True)
        print(f"@missed {len(missed)}", flush=True)
        size = sum(p.stat().st_size for p in Path(tmp).glob("cohort.sqlite*"))
        print(f"@cohort_mb {size / 2**20:.1f}", flush=True)
        academy.close()
    # VmHWM (this process's own high-water mark), not ru_maxrss, which Linux keeps across
    # exec: a child of a big parent would report the parent's peak
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    print(f"@peak_rss_mb {peak / 1024:.1f}", flush=True)


def run() -> dict:
    t0 = time.perf_counter()
    generate()
    gen_s = time.perf_counter() - t0
    marks: dict[str, float] = {}
    proc = subprocess.Popen(
        [sys.executable, __file__, "--measure", str(CACHE)], cwd=ROOT, text=True,
        stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("@"):
                name, _, value = line[1:].partition(" ")
                marks[name] = float(value)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        proc.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:  # what was measured by then is reported
        proc.kill()
        proc.wait()
    reader.join()
    figures = {"corpus_s": round(gen_s, 1), **marks}
    within = all(k in marks and marks[k] <= v for k, v in BUDGET.items())
    shown = {k: marks.get(k, "—") for k in BUDGET}
    print(f"  cohort corpus: {LEARNERS} learners' exports ready in {gen_s:.1f} s "
          f"({int(marks.get('statements', 0)):,} statements imported)")  # fmt: skip
    print(f"  cohort import: {shown['import_s']} s (budget {BUDGET['import_s']} s)")
    parts = {k: marks.get(f"{k}_s", "—") for k in ("learners", "missed", "distribution", "mastery")}
    print(f"  cohort figures after import: {shown['figures_s']} s "
          f"(budget {BUDGET['figures_s']} s; learners {parts['learners']}, "
          f"most missed {parts['missed']}, distribution {parts['distribution']}, "
          f"mastery {parts['mastery']})")  # fmt: skip
    print(f"  cohort figures on a fresh open (no budget): {marks.get('cold_figures_s', '—')} s")
    print(f"  cohort peak memory: {shown['peak_rss_mb']} MB (budget {BUDGET['peak_rss_mb']} MB)")
    print(f"  cohort file: {marks.get('cohort_mb', '—')} MB")
    return {"figures": figures, "budget": BUDGET, "within_budget": within}


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        measure(Path(sys.argv[2]))
        raise SystemExit(0)
    raise SystemExit(0 if run()["within_budget"] else 1)
