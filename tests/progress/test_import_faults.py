"""A learner import killed at any moment (kill -9 of the importing process) leaves the copy
usable: the learners already there keep every record, every listed learner opens, and the
imported one is either all there or not there at all."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 20


def _import(data: Path, file: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data), "learner", "import", str(file)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_learner_import_killed_at_any_moment_loses_nothing(tmp_path, course):
    from app.services import Academy

    source = Academy(tmp_path / "source", course=course)
    pid = source.profiles.create("带走的学员").id
    source.open_learner(pid)
    source.study.set_learned("what-is-a-complaint")
    source.close_learner()
    file = source.profiles.export_learner(tmp_path / "me.academy-learner", pid)
    source.close()

    data = tmp_path / "pc"
    home = Academy(data, course=course)
    mine = home.profiles.create("本机学员").id
    home.open_learner(mine)
    for lid in home.content.lesson_order()[:5]:
        home.study.set_learned(lid)
    home.close()

    started = time.monotonic()  # how long a whole import takes here, to kill within it
    assert _import(data, file).wait(120) == 0
    whole = time.monotonic() - started
    rng = random.Random(15)
    outcomes = {"kept": 0, "absent": 0}
    for trial in range(TRIALS):
        before = {p.id for p in Academy(data, course=course).profiles.all()}
        proc = _import(data, file)
        time.sleep(rng.uniform(0.0, whole))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(60)
        after = Academy(data, course=course)
        ids = {p.id for p in after.profiles.all()}
        assert before <= ids and len(ids - before) <= 1, f"trial {trial}: {before} → {ids}"
        for p in after.profiles.all():  # every listed learner opens, with its records
            after.open_learner(p.id)
            learned = sum(s.learned for s in after.study.lesson_states().values())
            expected = 5 if p.id == mine else 1
            assert learned == expected, f"trial {trial}: {p.name} has {learned} lessons"
            after.close_learner()
        outcomes["kept" if ids - before else "absent"] += 1
        after.close()
    print(f"import killed {TRIALS} times within {whole:.2f} s: {outcomes}")
    assert sum(outcomes.values()) == TRIALS, outcomes
