"""`make bench`: start-up time and memory of the app against a bare PySide6 window.

Both are started as fresh processes, interleaved, after one warm-up run each (which also
fills the content cache, as any start after the first finds it). Times are measured from
just before the process is spawned to the moment its marker line arrives, so interpreter
start-up and imports count. The app's bytecode is compiled first, as pip and PyInstaller
do for an installed copy: where PYTHONDONTWRITEBYTECODE is set (this machine sets it), every
start would otherwise compile the app's modules from source, ~30 ms a start that no user
pays. Budgets (ARCHITECTURE.md): painted ≤ 1.5×, ready ≤ 3×, memory
≤ 2× the bare window when ready and ≤ 2.5× once the background loading is done (steady).
Also measured: how long one durable progress write takes, and the organisation-scale modules
(SCALE: search, content, cohort, history — each with its own budgets, corpora generated once
into bench/.cache/). Writes bench/results.json and exits 1 if any budget is missed;
``python bench/run.py search history`` runs start-up and only the modules named.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "11"))
BUDGET = {"painted": 1.5, "ready": 3.0, "memory": 2.0, "steady_memory": 2.5}
WRITE_P95_MS = 5.0
# the figures at organisation scale, each its own module with its own budgets
SCALE = (
    ("search", "search at scale (bench/search.py)"),
    ("content", "a 2,000-lesson / 20,000-question course (bench/content.py)"),
    ("cohort", "a cohort of 1,000 learners, 500,000 statements (bench/cohort.py)"),
    ("history", "a learner with 5 years of history (bench/history.py)"),
)


def timed_run(cmd: list[str], env: dict) -> dict[str, tuple[float, int]]:
    """Spawn ``cmd``; return {marker: (seconds since spawn, rss KiB)}."""
    marks: dict[str, tuple[float, int]] = {}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("@"):
            name, _, rest = line[1:].partition(" ")
            rss = int(rest.split("rss=")[1]) if "rss=" in rest else 0
            marks[name] = (time.perf_counter() - t0, rss)
    proc.wait()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.read()}")
    return marks


def write_latency(data_dir: Path) -> dict[str, float]:
    """p50/p95 of one committed progress write (WAL, synchronous=FULL)."""
    sys.path.insert(0, str(ROOT))
    from datetime import datetime

    from app.services import Academy

    academy = Academy(data_dir / "writes")
    pid = academy.profiles.create("bench").id
    academy.open_learner(pid)
    lid = academy.content.lesson_order()[0]
    samples = []
    for i in range(200):
        t = time.perf_counter()
        academy.study.save_position(lid, 1 + i % 5, (i % 100) / 100)
        samples.append((time.perf_counter() - t) * 1000)
    academy.study.add_study_time(lid, 5, datetime.now())
    academy.close_learner()
    samples.sort()
    return {
        "p50_ms": round(samples[len(samples) // 2], 3),
        "p95_ms": round(samples[int(len(samples) * 0.95)], 3),
    }


def main(argv: list[str] | None = None) -> int:
    """``python bench/run.py [MODULE …]``: start-up, then every scale module (or those named)."""
    only = set(argv if argv is not None else sys.argv[1:])
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        ACADEMY_TIMING="1",
    )
    py = sys.executable
    compileall.compile_dir(ROOT / "app", quiet=1)  # an installed copy's bytecode
    with tempfile.TemporaryDirectory(prefix="academy-bench-") as tmp:
        data = Path(tmp) / "data"
        app_cmd = [py, "-m", "app", "--smoke", "--data-dir", str(data)]
        bare_cmd = [py, str(ROOT / "bench" / "bare_window.py")]
        # A profile, as a real learner has; the warm-up fills the content cache.
        subprocess.run(
            [
                py,
                "-c",
                f"from app.services import Academy; "
                f"Academy({str(data)!r}).profiles.create('bench')",
            ],
            cwd=ROOT,
            check=True,
        )
        timed_run(app_cmd, env)
        timed_run(bare_cmd, env)
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(timed_run(bare_cmd, env))
            app.append(timed_run(app_cmd, env))
        writes = write_latency(Path(tmp))

    def med(runs, mark, idx=0):
        return statistics.median(r[mark][idx] for r in runs)

    bare_painted, bare_rss = med(bare, "painted"), med(bare, "painted", 1)
    result = {
        "runs": RUNS,
        "bare": {"painted_s": round(bare_painted, 4), "rss_mib": round(bare_rss / 1024, 1)},
        "app": {
            "painted_s": round(med(app, "painted"), 4),
            "ready_s": round(med(app, "ready"), 4),
            "exit_s": round(med(app, "exit"), 4),
            "rss_mib": round(med(app, "ready", 1) / 1024, 1),
            "steady_rss_mib": round(med(app, "steady", 1) / 1024, 1),
        },
        "progress_write": writes,
    }
    ratios = {
        "painted": med(app, "painted") / bare_painted,
        "ready": med(app, "ready") / bare_painted,
        "memory": med(app, "ready", 1) / bare_rss,
        "steady_memory": med(app, "steady", 1) / bare_rss,
    }
    result["ratios"] = {k: round(v, 2) for k, v in ratios.items()}
    result["budget"] = BUDGET
    misses = [k for k in BUDGET if ratios[k] > BUDGET[k]]
    if writes["p95_ms"] > WRITE_P95_MS:
        misses.append("progress write")

    print(f"start-up: median of {RUNS} runs each (bare PySide6 window = 1.0×)")
    print(f"  bare window painted  {bare_painted * 1000:7.0f} ms   {bare_rss / 1024:6.1f} MiB")
    for key, label, value in (
        ("painted", "app painted        ", f"{med(app, 'painted') * 1000:7.0f} ms "),
        ("ready", "app fully ready    ", f"{med(app, 'ready') * 1000:7.0f} ms "),
        ("memory", "memory when ready  ", f"{med(app, 'ready', 1) / 1024:7.1f} MiB"),
        ("steady_memory", "memory, steady     ", f"{med(app, 'steady', 1) / 1024:7.1f} MiB"),
    ):
        print(f"  {label}  {value}  {ratios[key]:.2f}× (budget {BUDGET[key]}×)")
    print(
        f"  progress write       p50 {writes['p50_ms']} ms, p95 {writes['p95_ms']} ms "
        f"(budget p95 {WRITE_P95_MS} ms)"
    )
    sys.stdout.flush()

    # At organisation scale: each module generates (or reuses, from bench/.cache/) its corpus,
    # measures in fresh processes where start-up matters, and says what missed its budget.
    sys.path.insert(0, str(ROOT / "bench"))
    for name, title in SCALE:
        if only and name not in only:
            continue
        if not (ROOT / "bench" / f"{name}.py").exists():
            continue
        print(title)
        sys.stdout.flush()
        out = __import__(name).run()
        result[name] = out
        if name == "search":
            ok = all(r["within_budget"] for r in out)
        else:
            ok = bool(out.get("within_budget"))
        if not ok:
            misses.append(name)
    result["within_budget"] = not misses
    result["missed"] = misses
    (ROOT / "bench" / "results.json").write_text(json.dumps(result, indent=2) + "\n")
    print("within budget" if not misses else f"OVER BUDGET: {', '.join(misses)}")
    return 0 if not misses else 1


if __name__ == "__main__":
    raise SystemExit(main())
