"""How queries are cut into index terms, and what a query asks for.

Chinese has no spaces, so the index holds overlapping character bigrams, as Lucene's CJK
analyzer does: 客户投诉 is 客户 户投 投诉 (tantivy's n-gram tokenizer makes them from the
text; each text ends with a space, so its last character begins a bigram too and a
one-character query is a prefix lookup). Latin words and numbers are whole lower-case
words. A query is cut the same way and answered by the documents that hold most of its
terms; a document that holds the query (or one of its chunks) as written is ranked above
one that merely holds the pieces.

Staff type questions ("怎么安抚愤怒的客户"): the question words and particles are dropped
before the pieces are formed, and the words the synonym list groups with a word of the query
(客户/顾客/客人, 网红/博主/大V) are looked for too. Nothing here imports the index library, so
the notes search and the tests use it directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_CJK}]+|[a-z0-9]+")
_FULL_WIDTH = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                       *range(0xFF41, 0xFF5B)]}  # fmt: skip
_ANY_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")

# Words that make a query a question, not part of its topic (longest first when removed).
QUESTION_WORDS = (
    "怎么办", "怎么样", "怎么做", "怎么", "怎样", "如何", "为什么", "为何", "什么", "哪些",
    "哪个", "是否", "能不能", "可不可以", "可以吗", "请问", "应该", "应当", "要不要", "有没有",
)  # fmt: skip
# Particles that join the topic words of a question; bigrams across them are noise.
PARTICLES = set("的了吗呢吧啊呀么")


def fold(text: str) -> str:
    """Full-width Latin letters and digits as half-width, so ＩＳＯ and ISO are one word.
    (Not NFKC: that would also turn Chinese punctuation such as ，and ： into ASCII.)
    Most text has none: ``str.translate`` looks every character up in the table (1.4 s for
    the 10,000 documents of the search bench), a regular expression finds there is nothing
    to do in C, fifty times faster."""
    if _ANY_FULL_WIDTH.search(text) is None:
        return text
    return text.translate(_FULL_WIDTH)


def normalise(text: str) -> str:
    """Width-folded, Simplified, lower-case: the form both the index and queries are in."""
    from app.common.script import to_simplified

    return to_simplified(fold(text).replace("\u3000", " ")).lower()


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def query_terms(chunk: str) -> list[str]:
    """The terms a query chunk is looked up by: bigrams (no trailing single character, which
    the document side adds only so that one-character queries work), a lone character as
    itself, Latin words whole. Bigrams that straddle a particle (的客) are left out."""
    out: list[str] = []
    for m in _RUN.finditer(chunk):
        run = m.group()
        if not is_cjk(run[0]) or len(run) == 1:
            out.append(run)
        else:
            for i in range(len(run) - 1):
                pair = run[i : i + 2]
                if not (pair[0] in PARTICLES or pair[1] in PARTICLES) or len(run) == 2:
                    out.append(pair)
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Query:
    """What a query asks for, ready for the index and for marking hits.

    ``concepts``: one tuple per word of the query — the word as typed first, then the words
    the synonym list groups with it; the index counts a concept once, whichever of its words
    a document uses."""

    text: str  # normalised
    chunks: tuple[str, ...]  # the topic words as typed, question words removed
    concepts: tuple[tuple[str, ...], ...]
    marks: tuple[str, ...] = field(default=())  # words to highlight, longest first

    @property
    def terms(self) -> tuple[str, ...]:
        """Index terms of the words as typed."""
        return tuple(dict.fromkeys(t for c in self.concepts for t in query_terms(c[0])))

    @property
    def words(self) -> tuple[str, ...]:
        """The query's words as typed and their synonyms, longest first (what the reader
        marks where a hit opens; the snippets also mark the pieces)."""
        found = {*self.chunks, *(w for c in self.concepts for w in c)}
        return tuple(sorted(found, key=len, reverse=True))

    @property
    def empty(self) -> bool:
        return not self.terms


class Vocabulary:
    """Known words (synonyms, glossary terms and aliases), normalised, for cutting a query:
    顾客发火 is 顾客 + 发火, so the bigram 客发 (as in 顾客发现) is not looked for."""

    def __init__(self, groups: Sequence[Sequence[str]] = (), words: Iterable[str] = ()) -> None:
        self.groups = tuple(tuple(normalise(w) for w in g if w) for g in groups)
        known = {w for g in self.groups for w in g} | {normalise(w) for w in words if w}
        self.words = frozenset(w for w in known if len(w) >= 2 and any(map(is_cjk, w)))
        self.longest = max(map(len, self.words), default=0)

    def segments(self, chunk: str) -> list[str]:
        """``chunk`` cut at the known words it contains (longest first, left to right);
        the stretches between them stay whole."""
        if not self.words:
            return [chunk]
        out, rest, i = [], "", 0
        while i < len(chunk):
            for n in range(min(self.longest, len(chunk) - i), 1, -1):
                if chunk[i : i + n] in self.words:
                    if rest:
                        out.append(rest)
                    out.append(chunk[i : i + n])
                    rest, i = "", i + n
                    break
            else:
                rest += chunk[i]
                i += 1
        if rest:
            out.append(rest)
        return out


NO_WORDS = Vocabulary()


def parse_query(query: str, vocabulary: Vocabulary = NO_WORDS) -> Query:
    """``query`` as chunks and concepts, with the words ``vocabulary`` groups with its words."""
    text = normalise(query)
    topic = text
    for word in QUESTION_WORDS:
        topic = topic.replace(word, " ")
    chunks = [c.strip("\"'“”‘’") for c in re.split(rf"[^{_CJK}a-z0-9]+", topic)]
    chunks = list(dict.fromkeys(c for c in chunks if c))
    if not chunks:  # the query was only question words ("为什么"): search it as written
        chunks = [c for c in re.split(rf"[^{_CJK}a-z0-9]+", text) if c]
    pieces = [p for c in chunks for p in vocabulary.segments(c)]
    if len(pieces) > 1:  # a lone character between two known words (安抚愤怒的客户,
        # 客户会投诉) is a particle or a verb too common to tell documents apart
        pieces = [p for p in pieces if len(p) > 1] or pieces
    concepts = []
    for piece in dict.fromkeys(pieces):
        others = [w for g in vocabulary.groups if piece in g for w in g if w != piece]
        concepts.append((piece, *dict.fromkeys(others)))
    marks = {*chunks, *(w for c in concepts for w in c if len(w) > 1)}
    marks |= {t for c in concepts for t in query_terms(c[0]) if len(t) > 1}
    return Query(text, tuple(chunks), tuple(concepts),
                 tuple(sorted(marks, key=len, reverse=True)))  # fmt: skip


def mark_spans(text: str, q: Query, *, simplified: bool = False) -> list[tuple[int, int]]:
    """Where ``text`` shows what ``q`` looked for: its chunks, synonyms and bigrams; as
    sorted, merged (start, end) spans. ``simplified``: the text is already Simplified and
    width-folded (the index's own text), so only case is folded — no converter call."""
    low = text.lower() if simplified else normalise(text)
    if len(low) != len(text):  # a fold changed lengths (never for CJK): mark nothing
        return []
    spans: list[tuple[int, int]] = []
    for word in q.marks:
        start = low.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = low.find(word, start + len(word))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
