"""The search index: SQLite FTS5 with the trigram tokenizer, in one file per content version.

Why trigram: Chinese has no spaces, so word tokenizers index whole sentences as one token;
trigrams match any substring of three or more characters, in Chinese and English alike. One-
and two-character queries (投诉, 道歉) are too short for trigrams, so they are answered by a
scan of the same table (the course is about a megabyte; a scan takes milliseconds).

The index is built into a temporary file and renamed into place, so a crash mid-build never
leaves a half index; the file name carries the content digest, so it is rebuilt only when the
content changes.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.knowledge.documents import Document

INDEX_FORMAT = 1
MARK_OPEN, MARK_CLOSE = "\u0002", "\u0003"  # around each hit in a snippet; views style them
SNIPPET_CHARS = 70

_SCHEMA = """
CREATE TABLE doc (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL, section INTEGER NOT NULL,
    title TEXT NOT NULL, body TEXT NOT NULL, topic TEXT NOT NULL, target TEXT NOT NULL);
CREATE VIRTUAL TABLE doc_fts USING fts5(
    title, body, content='doc', content_rowid='id', tokenize='trigram');
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Hit:
    kind: str
    ref: str
    section: int
    title: str
    snippet: str  # with MARK_OPEN / MARK_CLOSE around the matched text
    score: float  # higher is better
    topic: str
    target: str

    def as_dict(self, marks: tuple[str, str] = ("[", "]")) -> dict:
        return {
            "kind": self.kind,
            "id": self.ref,
            "title": self.title,
            "section": self.section,
            "snippet": self.snippet.replace(MARK_OPEN, marks[0]).replace(MARK_CLOSE, marks[1]),
            "score": round(self.score, 4),
            "topic": self.topic,
            "target": self.target,
        }


def normalise_query(text: str) -> list[str]:
    """Terms of a query: width-folded (NFKC), lower-cased, Simplified, split on spaces."""
    from app.common.script import to_simplified

    text = to_simplified(_fold(text).replace("\u3000", " ")).lower()
    terms = [t.strip("\"'“”‘’") for t in text.split()]
    return list(dict.fromkeys(t for t in terms if t))


def index_path(cache_dir: Path, digest: str) -> Path:
    return cache_dir / f"search-{INDEX_FORMAT}-{digest[:20]}.sqlite"


def build_index(path: Path, documents: Iterable[Document]) -> Path:
    """Write a fresh index at ``path`` (atomically) and remove older ones beside it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(_SCHEMA)
        rows = [(d.kind, d.ref, d.section, d.title, d.body, d.topic, d.target) for d in documents]
        conn.executemany(
            "INSERT INTO doc (kind, ref, section, title, body, topic, target) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(k, r, s, _fold(t), _fold(b), tp, tg) for k, r, s, t, b, tp, tg in rows],
        )
        conn.execute("INSERT INTO doc_fts (doc_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO meta VALUES ('documents', ?)", (str(len(rows)),))
        conn.commit()
    finally:
        conn.close()
    os.replace(tmp, path)
    for old in path.parent.glob(f"search-{INDEX_FORMAT}-*.sqlite"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


_FULL_WIDTH = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                       *range(0xFF41, 0xFF5B)]}  # fmt: skip


def _fold(text: str) -> str:
    """Full-width Latin letters and digits as half-width, so ＩＳＯ and ISO are one word.
    (Not NFKC: that would also turn Chinese punctuation such as ，and ： into ASCII.)"""
    return text.translate(_FULL_WIDTH)


class SearchIndex:
    """Read-only queries against a built index file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Queries run on worker threads (the search box never blocks the window); one lock
        # keeps them from sharing the connection at the same moment.
        self._conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._conn.close()

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM doc").fetchone()[0])

    def search(
        self,
        query: str,
        *,
        kinds: Iterable[str] | None = None,
        topic: str | None = None,
        limit: int = 30,
    ) -> list[Hit]:
        terms = normalise_query(query)
        if not terms:
            return []
        long_terms = [t for t in terms if len(t) >= 3]
        short_terms = [t for t in terms if len(t) < 3]
        where, args = [], []
        if long_terms:
            where.append("doc_fts MATCH ?")
            args.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
        for t in short_terms:
            where.append("(doc_fts.title LIKE ? ESCAPE '\\' OR doc_fts.body LIKE ? ESCAPE '\\')")
            pattern = "%" + re.sub(r"([%_\\])", r"\\\1", t) + "%"
            args += [pattern, pattern]
        kinds = [k for k in (kinds or []) if k]
        if kinds:
            where.append(f"doc.kind IN ({','.join('?' * len(kinds))})")
            args += kinds
        if topic:
            where.append("(' ' || doc.topic || ' ') LIKE ?")
            args.append(f"% {topic} %")
        rank = "bm25(doc_fts, 8.0, 1.0)" if long_terms else "0"
        sql = (
            f"SELECT doc.kind, doc.ref, doc.section, doc.title, doc.body, doc.topic, doc.target, "
            f"{rank} FROM doc_fts JOIN doc ON doc.id = doc_fts.rowid "
            f"WHERE {' AND '.join(where)}"
        )
        with self._lock:
            rows = self._conn.execute(sql, args).fetchall()
        hits = [
            Hit(kind, ref, section, title, snippet(body, terms),
                _score(kind, title, body, terms, bm), tp, target)
            for kind, ref, section, title, body, tp, target, bm in rows
        ]  # fmt: skip
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]


# A glossary entry or a lesson section that is about the query should come before the many
# quiz questions that merely mention it.
KIND_WEIGHT = {
    "term": 1.3,
    "lesson": 1.15,
    "case": 1.0,
    "phrase": 1.0,
    "note": 1.0,
    "question": 0.6,
}


def _score(kind: str, title: str, body: str, terms: list[str], bm25: float) -> float:
    """bm25 (negative in SQLite: lower is better) turned around, plus weight for hits in the
    title (most when the title or a term's name starts with the query) and for how often the
    terms occur, times a weight per kind, so every query ranks the same way."""
    t, b = title.lower(), body.lower()
    score = -float(bm25)
    exact = set(re.split(r"[（）]", t)) if kind == "term" else set()
    for term in terms:
        if term in exact:  # the glossary entry for exactly this word
            score += 25.0
        if t.startswith(term) or (kind == "term" and term in b[:40].split(" / ")[0:8]):
            score += 10.0
        elif term in t or (kind == "term" and term in b[:60]):
            score += 5.0
        score += min(b.count(term), 10) * 0.3
    return score * KIND_WEIGHT.get(kind, 1.0) / (1 + len(b) / 4000)


def snippet(body: str, terms: list[str], width: int = SNIPPET_CHARS) -> str:
    """A window of ``body`` around the first hit, every hit wrapped in MARK_OPEN/MARK_CLOSE."""
    low = body.lower()
    positions = [p for p in (low.find(t) for t in terms) if p >= 0]
    start = max(0, min(positions) - width // 3) if positions else 0
    end = min(len(body), start + width)
    window = body[start:end]
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.I)
    marked = pattern.sub(lambda m: f"{MARK_OPEN}{m.group(0)}{MARK_CLOSE}", window)
    return ("…" if start > 0 else "") + marked + ("…" if end < len(body) else "")
