"""Copies: find articles that are copies of one another (a wire story republished, a page
saved twice, a lightly edited copy), so a fact they share counts as one source.

Each article becomes a set of word 5-shingles; an inverted index over a hash-chosen sample
of them proposes candidate pairs (no all-pairs loop), and a pair is a copy when the exact
containment of the smaller article in the larger, |A & B| / min(|A|, |B|), is at least
`COPY_CONTAINMENT`. Copies are joined
transitively; every article of a copy family points to its original: the earliest dated,
else the one the others add to, else the first given (so the input order does not decide).
"""

from __future__ import annotations

import itertools
import zlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from summarize.dedup import UnionFind
from summarize.models import CleanedArticle
from summarize.textutil import words

COPY_CONTAINMENT = 0.8
_SHINGLE_WORDS = 5
_SAMPLE = 8  # one shingle in eight is indexed; containment is estimated on that sample
_MIN_SAMPLED = 0.5  # sampled containment that earns an exact check (lenient: a sample errs)
_MAX_POSTING = 64
_MIN_SHINGLES = 8  # shorter texts say too little to be called copies of anything


def word_shingles(text: str, size: int = _SHINGLE_WORDS) -> frozenset[str]:
    tokens = words(text)
    if len(tokens) < size:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    return frozenset(" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def find_copies(
    articles: Sequence[CleanedArticle], threshold: float = COPY_CONTAINMENT
) -> dict[str, str]:
    """{article id: id of the article it copies} for every article that copies an earlier one.

    The original of each copy family (`_original`) is not a key.
    """
    sets = [word_shingles(article.text) for article in articles]
    usable = [index for index, shingle_set in enumerate(sets) if len(shingle_set) >= _MIN_SHINGLES]
    if len(usable) < 2:
        return {}
    union = UnionFind(len(articles))
    for a, b in _candidate_pairs([sets[index] for index in usable]):
        left, right = usable[a], usable[b]
        if (
            union.find(left) != union.find(right)
            and containment(sets[left], sets[right]) >= threshold
        ):
            union.union(left, right)
    families: dict[int, list[int]] = defaultdict(list)
    for index in range(len(articles)):
        families[union.find(index)].append(index)
    copy_of: dict[str, str] = {}
    for members in families.values():
        if len(members) < 2:
            continue
        original = _original(members, articles, sets)
        for index in members:
            if index != original and articles[index].id != articles[original].id:
                copy_of[articles[index].id] = articles[original].id
    return copy_of


# A copy that adds this much more of its own (a paragraph, a page's furniture) than
# another member of its family is not the original; closer than this, edits look alike.
_ADDED = 0.05


def _original(
    members: Sequence[int], articles: Sequence[CleanedArticle], sets: Sequence[frozenset[str]]
) -> int:
    """The original of a copy family, whatever order the files came in: the earliest
    dated; else the one the others add to (the least of its own not in the others: a
    republication adds a local paragraph); else, edits alike, the first given."""
    dated = min(_date_key(articles[i].date) for i in members)
    members = [i for i in members if _date_key(articles[i].date) == dated]

    def own(i: int) -> float:
        others = frozenset().union(*(sets[j] for j in members if j != i))
        return len(sets[i] - others) / max(1, len(sets[i]))

    share = {i: own(i) for i in members}
    least = min(share.values())
    return min(i for i in members if share[i] <= least + _ADDED)


def _date_key(date: str | None) -> str:
    """The month and day of a date, ISO ("2026-08-03") or a dateline's day without its year
    ("--08-03"): copies of one story appear within days, in one year. Unknown sorts last."""
    return date[-5:] if date and len(date) in (7, 10) and date[-3] == "-" else "99-99"


def _candidate_pairs(sets: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """Pairs whose sampled shingles (about one in `_SAMPLE`, chosen by hash so every article
    samples the same ones) overlap enough to be worth an exact check, found with an inverted
    index. Shingles found in very many articles are set phrases, not evidence of copying."""
    postings: dict[int, list[int]] = defaultdict(list)
    sampled = [0] * len(sets)
    for row, shingle_set in enumerate(sets):
        for shingle in shingle_set:
            code = zlib.crc32(shingle.encode("utf-8"))
            if code % _SAMPLE == 0:
                postings[code].append(row)
                sampled[row] += 1
    shared: Counter[tuple[int, int]] = Counter()
    for rows in postings.values():
        if 1 < len(rows) <= _MAX_POSTING:
            shared.update(itertools.combinations(rows, 2))
    return sorted(
        pair
        for pair, count in shared.items()
        if count >= _MIN_SAMPLED * min(sampled[pair[0]], sampled[pair[1]])
    )


def independent_count(article_ids: Sequence[str], copy_of: Mapping[str, str]) -> int:
    """How many independent sources a set of articles is: copies of one story count once."""
    return len({copy_of.get(article_id, article_id) for article_id in article_ids})
