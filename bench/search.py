"""Search at knowledge-base scale: a corpus built from the course's own sentences (about 950
characters a document, as an organisation's policies and cases would be), indexed by the
app's own code, then queries of every length timed one by one.

Budgets (issue: search at scale): 10,000 documents — build ≤ 3 s, p95 ≤ 15 ms for every kind
of query; 100,000 documents — build ≤ 30 s, p95 ≤ 50 ms. Run alone: `python bench/search.py`.
"""

from __future__ import annotations

import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = {10_000: {"build_s": 3.0, "p95_ms": 15.0}, 100_000: {"build_s": 30.0, "p95_ms": 50.0}}
QUERIES = {
    "1 char": ["诉", "赔", "歉", "险"],
    "2 chars": ["投诉", "客户", "道歉", "退保"],
    "3-4 chars": ["服务补救", "平衡点", "双录", "犹豫期"],
    "5+ chars": ["客户投诉处理流程", "情绪优先七步", "七日无理由退货"],
    "question": ["怎么安抚愤怒的客户", "为什么客户会投诉", "顾客要求赔偿怎么办"],
    "multi-word": ["投诉 升级 主管", "退款 运费 完好"],
    "English": ["service recovery", "ISO 10002", "BATNA"],
}
REPEATS = 15


def corpus(n: int, seed: int = 1):
    from app.course.loader import load_content
    from app.knowledge.documents import Document, course_documents
    from app.paths import assets_dir, content_dir

    bundle = load_content(content_dir(), assets_dir())
    text = "".join(d.body for d in course_documents(bundle))
    sentences = [s for s in re.split(r"(?<=[。！？])", text) if len(s) > 8]
    rng = random.Random(seed)
    for i in range(n):
        parts, size = [], 0
        while size < 950:
            s = rng.choice(sentences)
            parts.append(s)
            size += len(s)
        title = rng.choice(sentences)[:24]
        yield Document("lesson", f"doc-{i}", 1, title, "".join(parts), "s01", f"doc-{i}#1")


def measure(n: int, vocabulary) -> dict:
    from app.knowledge.index import SearchIndex, build_index, index_size

    docs = list(corpus(n))
    tmp = Path(tempfile.mkdtemp(prefix="academy-search-bench-"))
    try:
        start = time.perf_counter()
        path = build_index(tmp / "search-bench", docs)
        build_s = time.perf_counter() - start
        index = SearchIndex(path, vocabulary)
        by_kind = {}
        for kind, queries in QUERIES.items():
            samples = []
            for q in queries:
                index.search(q, limit=10)  # warm
                for _ in range(REPEATS):
                    t0 = time.perf_counter()
                    index.search(q, limit=10)
                    samples.append((time.perf_counter() - t0) * 1000)
            samples.sort()
            by_kind[kind] = {
                "p50_ms": round(samples[len(samples) // 2], 2),
                "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 2),
            }
        size = index_size(path)
        index.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    worst = max(v["p95_ms"] for v in by_kind.values())
    budget = SIZES[n]
    return {
        "documents": n,
        "build_s": round(build_s, 2),
        "index_mib": round(size / 2**20, 1),
        "queries": by_kind,
        "worst_p95_ms": worst,
        "budget": budget,
        "within_budget": build_s <= budget["build_s"] and worst <= budget["p95_ms"],
    }


def run() -> list[dict]:
    from app.services import Academy

    with tempfile.TemporaryDirectory() as tmp:
        academy = Academy(tmp)
        vocabulary = academy.knowledge.vocabulary()
        academy.close()
    results = [measure(n, vocabulary) for n in SIZES]
    for r in results:
        print(f"  search, {r['documents']:,} documents: build {r['build_s']} s "
              f"(budget {r['budget']['build_s']} s), index {r['index_mib']} MiB, "
              f"worst p95 {r['worst_p95_ms']} ms (budget {r['budget']['p95_ms']} ms)")  # fmt: skip
        for kind, v in r["queries"].items():
            print(f"      {kind:<11} p50 {v['p50_ms']:6.2f} ms   p95 {v['p95_ms']:6.2f} ms")
    return results


if __name__ == "__main__":
    out = run()
    raise SystemExit(0 if all(r["within_budget"] for r in out) else 1)
