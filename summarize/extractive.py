"""Condense (extractive): score deduplicated groups, select with MMR, order for reading.

Needs no model weights and no network. One default configuration serves every input; the
weights below are documented in the README together with how they were chosen.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from summarize.models import BlockKind, Group, Sentence
from summarize.options import Budget
from summarize.textutil import word_count
from summarize.vectors import TfidfModel

ELIGIBLE_KINDS = (BlockKind.PARAGRAPH, BlockKind.BULLET)
_SENTENCE_START = ('"', "“", "'", "‘", "(")


@dataclass(frozen=True)
class ExtractiveConfig:
    """Weights of the sentence score and the redundancy control.

    score = centrality * centroid cosine + position * exp(-decay * rank in article)
            + corroboration * (sources - 1) / (articles - 1)
    """

    # Chosen on the Multi-News validation sample (benchmarks/peers.py); one setting for all.
    centrality_weight: float = 1.5
    position_weight: float = 1.0
    corroboration_weight: float = 0.5
    position_decay: float = 0.05
    mmr_lambda: float = 0.75
    max_similarity: float = 0.35
    min_words: int = 6
    max_words: int = 70
    # Weight of the coverage of content-word bigrams that several articles share
    # (concept coverage in the style of Gillick & Favre), added to the MMR value.
    concept_weight: float = 0.5


@dataclass(frozen=True)
class ScoredGroup:
    group: Group
    score: float
    first_report: float  # relative position (0 = lead) where the story first says it


def eligible(sentence: Sentence, config: ExtractiveConfig) -> bool:
    """A real, self-contained sentence: prose, sensible length, starts like a sentence."""
    if sentence.kind not in ELIGIBLE_KINDS:
        return False
    n_words = word_count(sentence.text)
    if not config.min_words <= n_words <= config.max_words:
        return False
    first = sentence.text[0]
    return first.isupper() or first.isdigit() or first in _SENTENCE_START


def score_groups(
    groups: Sequence[Group],
    sentences: Sequence[Sentence],
    article_order: dict[str, int],
    config: ExtractiveConfig,
    tfidf: tuple[TfidfModel, list[list[str]]] | None = None,
) -> tuple[list[ScoredGroup], TfidfModel, list[list[str]]]:
    """Score every group whose representative is an eligible sentence.

    `tfidf` is the model fitted on `sentences` and their terms, when the caller has it.
    """
    model, sentence_terms = tfidf or TfidfModel.from_texts([s.text for s in sentences])
    rows = model.rows(sentence_terms)
    row_of = {sentence.key: row for row, sentence in enumerate(sentences)}

    # Centroid: each article counts once, however long it is.
    by_article: dict[str, list[int]] = {}
    for row, sentence in enumerate(sentences):
        by_article.setdefault(sentence.article_id, []).append(row)
    centroid = np.zeros(rows.n_columns)
    for article_rows in by_article.values():
        vector = rows.row_sum(article_rows)
        norm = np.linalg.norm(vector)
        if norm:
            centroid += vector / norm
    norm = np.linalg.norm(centroid)
    if norm:
        centroid /= norm
    centrality = rows.dot(centroid)
    top = float(centrality.max()) if len(centrality) else 0.0

    rank: dict[tuple[str, int], int] = {}
    counts: dict[str, int] = {}
    for sentence in sentences:
        if sentence.kind in ELIGIBLE_KINDS:
            rank[sentence.key] = counts.get(sentence.article_id, 0)
            counts[sentence.article_id] = rank[sentence.key] + 1

    n_articles = max(1, len(article_order))
    scored: list[ScoredGroup] = []
    for group in groups:
        representative = group.representative
        if not eligible(representative, config):
            continue
        cent = centrality[row_of[representative.key]] / top if top > 0 else 0.0
        best_rank = min(rank.get(m.key, 0) for m in group.members)
        position = math.exp(-config.position_decay * best_rank)
        corroboration = (group.corroboration - 1) / (n_articles - 1) if n_articles > 1 else 0.0
        score = (
            config.centrality_weight * cent
            + config.position_weight * position
            + config.corroboration_weight * corroboration
        )
        first_report = min(
            rank.get(m.key, 0) / max(1, counts.get(m.article_id, 1)) for m in group.members
        )
        scored.append(ScoredGroup(group, float(score), first_report))
    return scored, model, sentence_terms


def shared_bigrams(
    sentences: Sequence[Sentence], sentence_terms: Sequence[Sequence[str]]
) -> dict[str, float]:
    """Content-word bigrams said by more than one article, weighted by (articles - 1)."""
    seen: dict[str, set[str]] = {}
    for sentence, terms in zip(sentences, sentence_terms, strict=True):
        for pair in itertools.pairwise(terms):
            seen.setdefault(f"{pair[0]} {pair[1]}", set()).add(sentence.article_id)
    return {concept: len(ids) - 1.0 for concept, ids in seen.items() if len(ids) > 1}


def select(
    scored: Sequence[ScoredGroup],
    model: TfidfModel,
    budget: Budget,
    config: ExtractiveConfig,
    article_order: dict[str, int],
    concepts: dict[str, float] | None = None,
) -> list[ScoredGroup]:
    """MMR selection up to the budget, then ordered for reading (not by score)."""
    if not scored:
        return []
    from summarize.textutil import content_terms

    rep_terms = [content_terms(item.group.representative.text) for item in scored]
    rows = model.rows(rep_terms)
    coverage = _ConceptCoverage(rep_terms, concepts or {}) if config.concept_weight else None
    lengths = np.array([word_count(item.group.representative.text) for item in scored])
    scores = np.array([item.score for item in scored])
    top = scores.max() or 1.0
    relevance = scores / top
    max_sim = np.zeros(len(scored))
    available = np.ones(len(scored), dtype=bool)
    chosen: list[int] = []
    words_left = budget.words if budget.words is not None else math.inf
    while budget.sentences is None or len(chosen) < budget.sentences:
        fits = available & (lengths <= words_left) & (max_sim < config.max_similarity)
        if not fits.any():
            break
        value = config.mmr_lambda * relevance - (1 - config.mmr_lambda) * max_sim
        if coverage is not None:
            value = value + config.concept_weight * coverage.gains()
        value[~fits] = -np.inf
        best = int(np.argmax(value))  # ties resolve to the lowest index: deterministic
        chosen.append(best)
        available[best] = False
        words_left -= lengths[best]
        max_sim = np.maximum(max_sim, rows.dot(rows.dense_row(best)))
        if coverage is not None:
            coverage.cover(best)

    picked = [scored[i] for i in chosen]
    return sorted(
        picked,
        key=lambda item: (
            item.first_report,
            article_order.get(item.group.representative.article_id, 0),
            item.group.representative.index,
        ),
    )


class _ConceptCoverage:
    """Weight of the not-yet-covered shared bigrams of each candidate, normalised to [0, 1]."""

    def __init__(self, term_lists: Sequence[Sequence[str]], weights: dict[str, float]) -> None:
        ids: dict[str, int] = {}
        indptr, indices = [0], []
        for terms in term_lists:
            found = {f"{a} {b}" for a, b in itertools.pairwise(terms)} & weights.keys()
            indices.extend(sorted(ids.setdefault(concept, len(ids)) for concept in found))
            indptr.append(len(indices))
        self.indptr = np.asarray(indptr, dtype=np.int64)
        self.indices = np.asarray(indices, dtype=np.int64)
        self.weights = np.zeros(len(ids))
        for concept, column in ids.items():
            self.weights[column] = weights[concept]
        self.covered = np.zeros(len(ids), dtype=bool)
        self.scale = max(float(self._raw().max(initial=0.0)), 1e-9)

    def _raw(self) -> np.ndarray:
        values = np.where(self.covered[self.indices], 0.0, self.weights[self.indices])
        sums = np.zeros(len(self.indptr) - 1)
        nonempty = self.indptr[:-1] < self.indptr[1:]
        if values.size:
            sums[nonempty] = np.add.reduceat(values, self.indptr[:-1][nonempty])
        return sums

    def gains(self) -> np.ndarray:
        return self._raw() / self.scale

    def cover(self, row: int) -> None:
        self.covered[self.indices[self.indptr[row] : self.indptr[row + 1]]] = True
