"""Attribute: turn selected groups into cited briefing sentences with support spans."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from summarize import facts, semantic
from summarize.dedup import (
    compatible,
    dates,
    jaccard,
    numbers,
    restatement_similarity,
    same_roles,
    shingles,
    term_weights,
)
from summarize.models import BriefSentence, Group, Sentence, Support
from summarize.textutil import STOPWORDS, content_terms, stem
from summarize.vectors import TfidfModel

# A sentence of another article supports a shown sentence when dedup's guards hold
# (figures and dates agree, actors keep their roles) and, without embeddings, both tests
# below pass: the weighted term overlap of grouping (dedup.restatement_similarity) and the
# Jaccard overlap of content-word unigrams and bigrams (a restatement repeats some of the
# wording, not only the names). Chosen on the dev sets (benchmarks/quality.py --misses):
# pairs that pass only the first test are mostly the same actors doing something else.
SUPPORT_SIMILARITY = 0.45
SUPPORT_SHINGLES = 0.25
# A source sentence that is a piece of the shown one, or holds it, split differently ("The
# mayor declared an emergency." inside "The mayor declared an emergency on Monday as the
# river rose."): most of the shorter one's unigrams and bigrams occur in the longer one.
SUPPORT_CONTAINED = 0.8
_MIN_CONTAINED = 6  # shingles the shorter sentence needs for containment to mean anything
# TF-IDF cosine below which a sentence is not worth the exact tests (cheap pre-filter).
_PROPOSE = 0.15


class SupportFinder:
    """Finds, for a shown sentence, the sentence of each other article that restates it.

    Without embeddings, TF-IDF cosine over the candidate sentences proposes and the lexical
    tests decide; with embeddings (--semantic), a cosine of at least `semantic.RESTATES`
    also counts. Either way one pass over the candidates per shown sentence: the cost is
    linear in the candidates.
    """

    def __init__(
        self,
        candidates: Sequence[Sentence],
        tfidf: tuple[TfidfModel, list[list[str]]] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> None:
        self.candidates = list(candidates)
        self.model, self.terms = tfidf or TfidfModel.from_texts([s.text for s in candidates])
        self.rows = self.model.rows(self.terms)
        self.idf = {term: float(self.model.idf[c]) for term, c in self.model.vocabulary.items()}
        self.embeddings = embeddings
        self.position = {sentence.key: row for row, sentence in enumerate(self.candidates)}

    def restating(self, shown: Sentence, skip: set[str]) -> list[tuple[Sentence, float]]:
        """The best restating sentence of each article not in `skip`, with its similarity."""
        if not self.candidates:
            return []
        terms = content_terms(shown.text)
        scores = self.rows.dot(self.model.rows([terms]).dense_row(0))
        row = self.position.get(shown.key)
        cosines = None
        if self.embeddings is not None and row is not None:
            cosines = self.embeddings @ self.embeddings[row]
            proposed = (scores >= _PROPOSE) | (cosines >= semantic.RESTATES)
        else:
            proposed = scores >= _PROPOSE
        # Actors and places without calendar words: "On Sunday, Aleppo ..." keeps its roles.
        shown_names, shown_shingles = facts.entity_names(shown.text), _shingles(terms)
        best: dict[str, tuple[float, Sentence]] = {}
        for index in np.flatnonzero(proposed).tolist():
            other = self.candidates[index]
            if other.article_id in skip or other.article_id == shown.article_id:
                continue
            close = cosines is not None and cosines[index] >= semantic.RESTATES
            wording = _wording(shown_shingles, _shingles(self.terms[index]))
            if not (close or wording):  # the cheap test first: most proposals stop here
                continue
            other_names = facts.entity_names(other.text)
            names = frozenset(
                stem(name) for name in shown_names + other_names if name not in STOPWORDS
            )
            similarity = restatement_similarity(
                term_weights(terms, self.idf, names),
                term_weights(self.terms[index], self.idf, names),
            )
            restates = wording == "contained" or (
                wording == "overlap" and similarity >= SUPPORT_SIMILARITY
            )
            if close and cosines is not None:
                restates, similarity = True, max(similarity, float(cosines[index]))
            if not restates or similarity <= best.get(other.article_id, (0.0, other))[0]:
                continue
            if same_roles(shown_names, other_names) and figures_agree(shown.text, other.text):
                best[other.article_id] = (similarity, other)
        return [(sentence, similarity) for similarity, sentence in best.values()]


def figures_agree(a: str, b: str) -> bool:
    """dedup's figure and date guard, read for citation: dates must agree (a month spelled
    "Aug." or "August" alike); figures must agree as dedup asks (one telling states all of
    the other's) or, when the tellings share a figure, each may add figures of other things
    ("filed on July 29, aged 56" / "filed on July 29 after 18 years") as long as no counted
    thing gets two values. Figures in words count ("three killed" is not "two killed")."""
    if not compatible(_day_words(a), _day_words(b)):
        return False
    digits_a, digits_b = numbers(a), numbers(b)
    read_a, read_b = facts.extract(a).quantities, facts.extract(b).quantities
    values_a, values_b = {q.value for q in read_a}, {q.value for q in read_b}
    if compatible(digits_a, digits_b) and (values_a <= values_b or values_b <= values_a):
        return True
    if not (digits_a & digits_b or values_a & values_b):
        return False
    return not any(
        x.value != y.value
        and ((x.noun and x.noun == y.noun) or (x.before and x.before == y.before))
        for x in read_a
        for y in read_b
    )


def _day_words(text: str) -> frozenset[str]:
    """dedup's month and weekday words, each month under one spelling."""
    return frozenset(str(facts.MONTHS.get(word, word)) for word in dates(text))


def _shingles(terms: Sequence[str]) -> frozenset[str]:
    """dedup.shingles over terms the TF-IDF fit already found (stemming each candidate
    again would cost more than the whole test)."""
    return frozenset(terms) | frozenset(f"{a} {b}" for a, b in itertools.pairwise(terms))


def _wording(a: frozenset[str], b: frozenset[str]) -> str:
    """How much wording two sentences share: "contained" when one holds most of the other's
    (split differently, a quotation cut short), "overlap" when their Jaccard overlap is
    enough for the weighted-overlap test to decide, "" otherwise."""
    shorter = min(len(a), len(b))
    shared = len(a & b)
    if shorter >= _MIN_CONTAINED and shared / shorter >= SUPPORT_CONTAINED:
        return "contained"
    union = len(a) + len(b) - shared
    return "overlap" if union and shared / union >= SUPPORT_SHINGLES else ""


def cite_groups(
    groups: Sequence[Group],
    article_order: dict[str, int],
    finder: SupportFinder | None = None,
) -> list[BriefSentence]:
    """One briefing sentence per group, citing every article that said it.

    The text is the group's representative verbatim, so it occurs in the cleaned text of
    each cited source (exactly, or as the near-duplicate recorded in `support`). With a
    `finder`, an article whose sentence restates the shown one but that grouping kept
    apart (its telling joined another group, or the wording differs more than grouping
    allows) is cited too, with that sentence as its support.
    """
    sentences: list[BriefSentence] = []
    for group in groups:
        shown = group.representative
        shown_shingles = shingles(shown.text)
        found = [
            (member, 1.0 if member is shown or member.text == shown.text else None)
            for member in group.members
        ]
        if finder is not None:
            found += finder.restating(shown, set(group.article_ids))
        found.sort(key=lambda item: (article_order.get(item[0].article_id, 0), item[0].index))
        support = tuple(
            Support(
                source=member.article_id,
                sentence_index=member.index,
                start=member.start,
                end=member.end,
                score=round(jaccard(shown_shingles, shingles(member.text)), 4)
                if score is None
                else round(score, 4),
            )
            for member, score in found
        )
        citations = tuple(dict.fromkeys(item.source for item in support))
        sentences.append(BriefSentence(text=shown.text, citations=citations, support=support))
    return sentences
