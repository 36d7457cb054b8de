"""Deduplicate: merge sentences that say the same thing, across and within articles.

Exact duplicates (after case/punctuation folding) are merged by key. Near-duplicates
(the same sentence lightly edited by two outlets) are found with MinHash LSH over
content-word unigram and bigram shingles, then verified with the exact Jaccard
similarity, so the cost stays near-linear in the number of sentences.

MinHash is implemented here with numpy rather than datasketch: datasketch needs SciPy,
and with SciPy installed `import nltk` alone takes about 0.7 s longer, a cost every
`summarize` call would pay.
"""

from __future__ import annotations

import itertools
import zlib
from collections import defaultdict
from collections.abc import Iterator, Sequence

import numpy as np

from summarize.facts import digit_tokens, names_in_order, same_roles
from summarize.models import Group, Sentence
from summarize.textutil import content_terms, normalize_text

DEFAULT_THRESHOLD = 0.45
_NUM_PERM = 128
_MIN_RECALL = 0.97  # chance that a pair exactly at the threshold becomes a candidate
_PRIME = (1 << 31) - 1
_SEED = 20240117
_MAX_BUCKET = 200  # beyond this a band bucket is noise; its members are not paired


def shingles(text: str) -> frozenset[str]:
    """Content-word unigrams and bigrams: bigrams keep "Iran hit Pakistan" apart from
    "Pakistan hit Iran", unigrams keep short edits from breaking the match."""
    terms = content_terms(text)
    return frozenset(terms) | frozenset(f"{a} {b}" for a, b in itertools.pairwise(terms))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def minhash_signatures(sets: Sequence[frozenset[str]]) -> np.ndarray:
    """One row of `_NUM_PERM` MinHash values per set (empty sets get all-max rows)."""
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, _PRIME, size=_NUM_PERM, dtype=np.int64)
    b = rng.integers(0, _PRIME, size=_NUM_PERM, dtype=np.int64)
    signatures = np.full((len(sets), _NUM_PERM), _PRIME, dtype=np.int64)
    batch_rows: list[int] = []
    batch_hashes: list[int] = []

    def flush() -> None:
        if not batch_hashes:
            return
        hashes = np.asarray(batch_hashes, dtype=np.int64) % _PRIME
        values = (hashes[:, None] * a[None, :] + b[None, :]) % _PRIME
        rows = np.asarray(batch_rows)
        np.minimum.at(signatures, rows, values)
        batch_rows.clear()
        batch_hashes.clear()

    for row, shingle_set in enumerate(sets):
        for shingle in shingle_set:
            batch_rows.append(row)
            batch_hashes.append(zlib.crc32(shingle.encode("utf-8")))
        if len(batch_hashes) > 50_000:  # bounds the (shingles x permutations) matrix
            flush()
    flush()
    return signatures


def _bands_for(threshold: float) -> tuple[int, int]:
    """(bands, rows): the most selective banding that still makes a pair at `threshold`
    a candidate with probability >= _MIN_RECALL; candidates are verified exactly."""
    for rows in (8, 6, 5, 4, 3, 2, 1):
        bands = _NUM_PERM // rows
        if 1 - (1 - threshold**rows) ** bands >= _MIN_RECALL:
            return bands, rows
    return _NUM_PERM, 1


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # The smaller index stays root so results do not depend on pair order.
            if root_b < root_a:
                root_a, root_b = root_b, root_a
            self.parent[root_b] = root_a


def deduplicate(
    sentences: Sequence[Sentence],
    threshold: float = DEFAULT_THRESHOLD,
    article_order: dict[str, int] | None = None,
) -> list[Group]:
    """Merge exact and near-duplicate sentences into Groups, in first-occurrence order.

    `threshold` is the Jaccard similarity of content-word shingles at or above which two
    sentences count as the same statement (1.0 merges exact duplicates only).
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"near-duplicate threshold must be in (0, 1], got {threshold}")
    order = article_order or {}
    union = _UnionFind(len(sentences))
    by_key: dict[str, int] = {}
    for index, sentence in enumerate(sentences):
        key = normalize_text(sentence.text)
        if key in by_key:
            union.union(by_key[key], index)
        elif key:
            by_key[key] = index

    if threshold < 1.0 and len(sentences) > 1:
        _merge_near_duplicates(sentences, threshold, union)

    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(sentences)):
        members[union.find(index)].append(index)
    groups: list[Group] = []
    for root in sorted(members):
        indices = members[root]
        group_sentences = tuple(sentences[i] for i in indices)
        representative = min(
            group_sentences, key=lambda s: (s.index, order.get(s.article_id, 0), s.article_id)
        )
        groups.append(Group(id=len(groups), representative=representative, members=group_sentences))
    return groups


def _merge_near_duplicates(
    sentences: Sequence[Sentence], threshold: float, union: _UnionFind
) -> None:
    # Exact copies are already merged: one member of each stands in for all of them.
    distinct = sorted({union.find(index) for index in range(len(sentences))})
    sets = {index: shingles(sentences[index].text) for index in distinct}
    figures = {index: digit_tokens(sentences[index].text) for index in distinct}
    names = {index: names_in_order(sentences[index].text) for index in distinct}
    usable = [index for index in distinct if len(sets[index]) >= 3]
    if len(usable) < 2:
        return
    for left, right in lsh_candidates([sets[index] for index in usable], threshold):
        a, b = usable[left], usable[right]
        # Sentences that state different figures never merge: citing a source for a
        # number it did not give would be a false attribution.
        if (
            figures[a] == figures[b]
            and jaccard(sets[a], sets[b]) >= threshold
            and same_roles(names[a], names[b])
        ):
            union.union(a, b)


def lsh_candidates(sets: Sequence[frozenset[str]], threshold: float) -> Iterator[tuple[int, int]]:
    """Each pair (i < j) of `sets` that MinHash LSH banding puts in one bucket, once: the
    pairs whose Jaccard similarity may reach `threshold`, without comparing all pairs."""
    if len(sets) < 2:
        return
    signatures = minhash_signatures(sets)
    bands, rows = _bands_for(threshold)
    checked: set[tuple[int, int]] = set()
    for band in range(bands):
        band_values = signatures[:, band * rows : (band + 1) * rows]
        _, bucket_ids = np.unique(band_values, axis=0, return_inverse=True)
        bucket_ids = bucket_ids.ravel()
        by_bucket = np.argsort(bucket_ids, kind="stable")
        sorted_ids = bucket_ids[by_bucket]
        starts = np.flatnonzero(np.r_[True, sorted_ids[1:] != sorted_ids[:-1]])
        sizes = np.diff(np.r_[starts, len(sorted_ids)])
        for start, size in zip(
            starts[sizes >= 2].tolist(), sizes[sizes >= 2].tolist(), strict=True
        ):
            if size > _MAX_BUCKET:
                continue
            bucket = by_bucket[start : start + size].tolist()
            for i, left in enumerate(bucket):
                for right in bucket[i + 1 :]:
                    pair = (min(left, right), max(left, right))
                    if pair not in checked:
                        checked.add(pair)
                        yield pair
