"""The search index: a tantivy index of character bigrams, one folder per content version.

Why tantivy and not SQLite FTS5: at the sizes organisations reach (10,000–100,000 documents
from their own packs) FTS5 could not rank fast enough — `bm25()` scores every matching row
before `ORDER BY … LIMIT`, so a common word such as 投诉 (in nearly every document) took
15 ms at 10,000 documents and grows linearly, and building took about 10 s per 10,000
documents. tantivy (Rust, the engine behind Quickwit) keeps block-max scores and skips
documents that cannot reach the top k, and indexes on two threads; see `make bench`.

Terms: overlapping character bigrams of the text (``app.knowledge.analysis`` says why), made
by tantivy's own n-gram tokenizer, and Latin words whole. The top candidates by BM25 are then
re-ranked in Python — only those, never every match — so that a document holding the query as
written comes before one holding its pieces, and a glossary entry for exactly the word comes
first.

The index is built in a temporary folder renamed into place, so a crash mid-build never
leaves half an index; the folder name carries the content digest, so it is rebuilt only when
the content changes.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.knowledge.analysis import (
    Query,
    Vocabulary,
    fold,
    mark_spans,
    normalise,
    parse_query,
    query_terms,
)
from app.knowledge.documents import Document

INDEX_FORMAT = 2  # 1: SQLite FTS5 trigram file
MARK_OPEN, MARK_CLOSE = "\u0002", "\u0003"  # around each hit in a snippet; views style them
SNIPPET_CHARS = 70
CANDIDATES = 80  # how many BM25 candidates are re-ranked (per query, whatever the corpus)
_STORED = ("kind", "ref", "title", "body", "topic", "target")
_LATIN = re.compile(r"[A-Za-z0-9]+")


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
    """Terms of a query as typed: width-folded, lower-cased, Simplified, split on spaces
    (what the notes search and the reader's highlighting match)."""
    terms = [t.strip("\"'“”‘’") for t in normalise(text).split()]
    return list(dict.fromkeys(t for t in terms if t))


def index_path(cache_dir: Path, digest: str) -> Path:
    return cache_dir / f"search-{INDEX_FORMAT}-{digest[:20]}"


def _schema():
    import tantivy

    sb = tantivy.SchemaBuilder()
    for name in ("kind", "ref", "target"):
        sb.add_text_field(name, stored=True, tokenizer_name="raw")
    sb.add_unsigned_field("section", stored=True)
    sb.add_text_field("topic", stored=True, tokenizer_name="whitespace")
    for name in ("title", "body"):
        sb.add_text_field(name, stored=True, tokenizer_name="bigram", index_option="freq")
        sb.add_text_field(f"{name}_w", stored=False, tokenizer_name="words", index_option="freq")
    return sb.build()


def _open(path: Path, schema=None):
    import tantivy

    index = tantivy.Index(schema or _schema(), path=str(path), reuse=True)
    index.register_tokenizer(
        "bigram",
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(2, 2, False))
        .filter(tantivy.Filter.lowercase())
        .build(),
    )
    index.register_tokenizer(
        "words",
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(r"[A-Za-z0-9]+"))
        .filter(tantivy.Filter.lowercase())
        .build(),
    )
    return index


def build_index(path: Path, documents: Iterable[Document]) -> Path:
    """Write a fresh index at ``path`` (a folder, atomically) and remove older ones beside it."""
    import tantivy

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        index = _open(tmp)
        writer = index.writer(heap_size=200_000_000, num_threads=min(2, os.cpu_count() or 1))
        count = 0
        for d in documents:
            title, body = fold(d.title), fold(d.body)
            doc = tantivy.Document()
            doc.add_text("kind", d.kind)
            doc.add_text("ref", d.ref)
            doc.add_text("target", d.target)
            doc.add_unsigned("section", d.section)
            doc.add_text("topic", d.topic)
            # a space after the text: its last character then begins a bigram too, so a
            # one-character query (a prefix lookup) finds it
            doc.add_text("title", title + " ")
            doc.add_text("body", body + " ")
            # Latin words only: the word tokenizer then reads a few words, not the whole text
            doc.add_text("title_w", " ".join(_LATIN.findall(title)))
            doc.add_text("body_w", " ".join(_LATIN.findall(body)))
            writer.add_document(doc)
            count += 1
        writer.commit()
        writer.wait_merging_threads()
        (tmp / "documents").write_text(str(count), encoding="ascii")
        os.replace(tmp, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for old in path.parent.glob("search-*"):
        if old != path:
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
            else:  # an FTS5 file from before INDEX_FORMAT 2
                old.unlink(missing_ok=True)
    return path


def index_size(path: Path) -> int:
    """Bytes on disk (the bench reports it)."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


class SearchIndex:
    """Read-only queries against a built index folder."""

    def __init__(self, path: Path, vocabulary: Vocabulary | None = None) -> None:
        self.path = path
        self.vocabulary = vocabulary or Vocabulary()
        self._index = _open(path)
        self._index.reload()
        self._searcher = self._index.searcher()
        self._schema = self._index.schema
        # Queries run on worker threads (the search box never blocks the window).
        self._lock = threading.Lock()

    def close(self) -> None:
        self._searcher = None
        self._index = None

    def count(self) -> int:
        return int(self._searcher.num_docs)

    def parse(self, query: str) -> Query:
        return parse_query(query, self.vocabulary)

    def search(
        self,
        query: str | Query,
        *,
        kinds: Iterable[str] | None = None,
        topic: str | None = None,
        limit: int = 30,
    ) -> list[Hit]:
        q = query if isinstance(query, Query) else self.parse(query)
        if q.empty:
            return []
        tq = self._query(q, [k for k in (kinds or []) if k], topic)
        with self._lock:
            searcher = self._searcher
            found = searcher.search(tq, max(limit, CANDIDATES)).hits
            docs = [(bm25, searcher.doc(addr)) for bm25, addr in found]
            weights = self._concept_weights(q)
        hits = [self._hit(doc, bm25, q, weights) for bm25, doc in docs]
        hits.sort(key=lambda h: -h.score)
        best: dict[str, Hit] = {}  # one hit per place (a role-play has a document per turn)
        for h in hits:
            best.setdefault(h.target, h)
        return list(best.values())[:limit]

    # building the query ------------------------------------------------------------------------
    def _query(self, q: Query, kinds: list[str], topic: str | None):
        """One clause per concept (a word of the query and its synonyms, counted once:
        the best of them), each the sum of its terms in the title (boosted) and the text."""
        import tantivy

        Q, Occur, schema = tantivy.Query, tantivy.Occur, self._schema

        def word_query(word: str, weight: float):
            should = []
            for term in query_terms(word):
                for field, boost in (("title", 3.0), ("body", 1.0)):
                    if term.isascii():
                        sub = Q.term_query(schema, f"{field}_w", term)
                    elif len(term) == 1:  # every character begins a bigram in the index
                        sub = Q.regex_query(schema, field, _regex_escape(term) + ".")
                    else:
                        sub = Q.term_query(schema, field, term)
                    should.append((Occur.Should, Q.boost_query(sub, boost * weight)))
            return Q.boolean_query(should) if should else None

        clauses = []
        for concept in q.concepts:
            alternatives = [w for w in (word_query(concept[0], 1.0),
                            *(word_query(w, 0.7) for w in concept[1:])) if w]  # fmt: skip
            if not alternatives:
                continue
            one = alternatives[0] if len(alternatives) == 1 else (
                Q.disjunction_max_query(alternatives))  # fmt: skip
            clauses.append((Occur.Should, one))
        main = Q.boolean_query(clauses)
        must = [(Occur.Must, main)]
        if kinds:
            any_kind = [(Occur.Should, Q.term_query(schema, "kind", k)) for k in kinds]
            must.append((Occur.Must, Q.boolean_query(any_kind)))
        if topic:
            must.append((Occur.Must, Q.term_query(schema, "topic", topic)))
        return Q.boolean_query(must) if len(must) > 1 else main

    # re-ranking the candidates -----------------------------------------------------------------
    def _concept_weights(self, q: Query) -> tuple[float, ...]:
        """How telling each concept is (inverse document frequency, as BM25's): a document
        that covers 发火 says more than one that covers 顾客, which nearly all do."""
        import math

        n = max(1, self._searcher.num_docs)
        weights = []
        for concept in q.concepts:
            df = 0
            for word in concept:
                terms = query_terms(word)
                counts = [self._searcher.doc_freq("body_w" if t.isascii() else "body", t)
                          for t in terms if len(t) > 1 or t.isascii()]  # fmt: skip
                df += min(counts) if counts else n
            weights.append(math.log(1 + n / (1 + min(df, n))))
        return tuple(weights)

    def _hit(self, doc, bm25: float, q: Query, weights: tuple[float, ...] = ()) -> Hit:
        def one(name: str):
            values = doc.get_all(name)
            return values[0] if values else ""

        kind, ref, title, body, topic, target = (one(n) for n in _STORED)
        title, body = title.rstrip(), body.rstrip()
        section = int(one("section") or 0)
        return Hit(kind, ref, section, title, snippet(body, q, simplified=True),
                   _score(kind, title, body, q, bm25, weights), topic, target)  # fmt: skip


def _regex_escape(ch: str) -> str:
    return "\\" + ch if ch in r".^$*+?()[]{}|\\" else ch


# A glossary entry or a lesson section that is about the query should come before the many
# quiz questions that merely mention it.
KIND_WEIGHT = {
    "term": 1.3,
    "lesson": 1.15,
    "case": 1.0,
    "scenario": 1.0,
    "checklist": 1.1,
    "phrase": 1.0,
    "note": 1.0,
    "question": 0.6,
}


def _score(kind: str, title: str, body: str, q: Query, bm25: float,
           weights: tuple[float, ...] = ()) -> float:  # fmt: skip
    """BM25, plus what a reader notices first: the longest stretch of the query found as
    written in the title or the text (a phrase beats scattered words), the glossary entry for
    exactly that word, and how many of the query's words (or their synonyms) the document
    has; times a weight per kind."""
    t, b = title.lower(), body.lower()  # stored Simplified and width-folded
    section = t.rsplit(" · ", 1)[-1]  # a lesson or case section: its own heading
    score = float(bm25)
    names = set(t.replace("（", " ").replace("）", " ").split()) if kind == "term" else set()
    head = b[:60]
    for chunk in q.chunks:
        if chunk in names:  # the glossary entry for exactly this word
            score += 30.0
        elif kind == "term" and chunk in head:  # one of its aliases
            score += 10.0
        score += 14.0 * _run(chunk, t) ** 2 + 8.0 * _run(chunk, b) ** 2
    if q.concepts:
        weights = weights or tuple(1.0 for _ in q.concepts)
        total = sum(weights) or 1.0
        pairs = list(zip(q.concepts, weights, strict=True))
        covered = sum(w for c, w in pairs if any(x in t or x in b for x in c))
        in_title = sum(w for c, w in pairs if any(x in t for x in c))
        score += (12.0 * covered + 10.0 * in_title) / total
    weight = KIND_WEIGHT.get(kind, 1.0)
    if kind in ("lesson", "case") and section.endswith(WRAP_UP):
        weight *= 0.8  # the reading list, the self-check and the summary repeat the lesson
    return score * weight / (1 + len(b) / 4000)


WRAP_UP = ("延伸阅读与参考", "自我检测", "小结", "讨论题")


def _run(chunk: str, text: str) -> float:
    """The longest stretch of ``chunk`` that ``text`` holds as written, as a share of it."""
    n = len(chunk)
    if n == 0:
        return 0.0
    if chunk in text:
        return 1.0
    for size in range(n - 1, 1, -1):
        if any(chunk[i : i + size] in text for i in range(n - size + 1)):
            return size / n
    return 0.0


def snippet(body: str, q: Query | Sequence[str], width: int = SNIPPET_CHARS, *,
            simplified: bool = False) -> str:  # fmt: skip
    """A window of ``body`` around the first mark, every mark wrapped in MARK_OPEN/MARK_CLOSE.
    ``q`` is a parsed query, or plain words to mark."""
    if not isinstance(q, Query):
        words = tuple(sorted({normalise(w) for w in q if w}, key=len, reverse=True))
        q = Query(" ".join(words), words, tuple((w,) for w in words), words)
    spans = mark_spans(body, q, simplified=simplified)
    start = max(0, spans[0][0] - width // 3) if spans else 0
    end = min(len(body), start + width)
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out += [body[pos:s], MARK_OPEN, body[s:e], MARK_CLOSE]
        pos = e
    out.append(body[pos:end])
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(body) else "")
