"""`make bench`: start-up time and memory of the app against a bare PySide6 window.

Both are started as fresh processes, interleaved, after one warm-up run each (which also
fills the content cache, as any start after the first finds it). Times are measured from
just before the process is spawned to the moment its marker line arrives, so interpreter
start-up and imports count. Budgets (ARCHITECTURE.md): painted ≤ 1.5×, ready ≤ 3×,
memory ≤ 2× the bare window. Also measured: how long one durable progress write takes, and
search at 10,000 and 100,000 documents (bench/search.py, with its own budgets).
Writes bench/results.json and exits 1 if a budget is missed.
"""

from __future__ import annotations

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
BUDGET = {"painted": 1.5, "ready": 3.0, "memory": 2.0}


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


def main() -> int:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        ACADEMY_TIMING="1",
    )
    py = sys.executable
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
        },
        "progress_write": writes,
    }
    ratios = {
        "painted": med(app, "painted") / bare_painted,
        "ready": med(app, "ready") / bare_painted,
        "memory": med(app, "ready", 1) / bare_rss,
    }
    result["ratios"] = {k: round(v, 2) for k, v in ratios.items()}
    result["budget"] = BUDGET
    print("search at scale (bench/search.py)")
    sys.path.insert(0, str(ROOT / "bench"))
    from search import run as search_run

    result["search"] = search_run()
    result["within_budget"] = all(ratios[k] <= BUDGET[k] for k in BUDGET) and all(
        r["within_budget"] for r in result["search"]
    )
    (ROOT / "bench" / "results.json").write_text(json.dumps(result, indent=2) + "\n")

    print(f"median of {RUNS} runs each (bare PySide6 window = 1.0×)")
    print(f"  bare window painted  {bare_painted * 1000:7.0f} ms   {bare_rss / 1024:6.1f} MiB")
    print(
        f"  app painted          {med(app, 'painted') * 1000:7.0f} ms   "
        f"{ratios['painted']:.2f}× (budget {BUDGET['painted']}×)"
    )
    print(
        f"  app fully ready      {med(app, 'ready') * 1000:7.0f} ms   "
        f"{ratios['ready']:.2f}× (budget {BUDGET['ready']}×)"
    )
    print(
        f"  app memory           {med(app, 'ready', 1) / 1024:7.1f} MiB  "
        f"{ratios['memory']:.2f}× (budget {BUDGET['memory']}×)"
    )
    print(
        f"  progress write       p50 {writes['p50_ms']} ms, p95 {writes['p95_ms']} ms "
        "(budget p95 5 ms)"
    )
    print("within budget" if result["within_budget"] else "OVER BUDGET")
    return 0 if result["within_budget"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
