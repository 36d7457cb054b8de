"""Attribute generated text: align each generated sentence to the source sentences that
support it, cite their articles, and flag what no source supports.

Support is lexical (TF-IDF cosine over stemmed content words). A generated sentence counts
as supported only if its best support reaches `min_support` and every number and name in it
occurs in the cleaned text of the articles it cites: a fabricated figure, date or name is
caught even when the rest of the sentence matches a source closely.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from summarize.attribute import contradicting_articles
from summarize.disagree import gives_counts
from summarize.facts import claim_terms
from summarize.models import BriefSentence, CleanedArticle, Sentence, Support
from summarize.segment import sentence_spans
from summarize.textutil import content_terms, words
from summarize.vectors import TfidfModel

_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")")


@dataclass(frozen=True)
class AlignConfig:
    min_support: float = 0.35  # best cosine a sentence needs to count as supported
    relative_support: float = 0.8  # cite every source whose match is this close to the best
    max_citations: int = 8


@dataclass(frozen=True)
class Alignment:
    sentences: list[BriefSentence]
    unsupported: list[str]  # texts dropped (or kept and flagged) as unsupported


def split_generated(text: str) -> list[str]:
    """Sentences of generated text; a trailing fragment (cut mid-sentence) is dropped."""
    pieces = [" ".join(text[a:b].split()) for a, b in sentence_spans(text)]
    pieces = [piece for piece in pieces if piece]
    if pieces and not pieces[-1].endswith(_TERMINAL):
        pieces.pop()
    unique: dict[str, None] = {}
    for piece in pieces:
        unique.setdefault(piece, None)  # beam search can still repeat a whole sentence
    return list(unique)


def align(
    generated: Sequence[str],
    sources: Sequence[Sentence],
    cleaned: Sequence[CleanedArticle],
    keep_unsupported: bool = False,
    config: AlignConfig | None = None,
    tfidf: tuple[TfidfModel, list[list[str]]] | None = None,
) -> Alignment:
    """`tfidf` is the model fitted on `sources` and their terms, when the caller has it."""
    config = config or AlignConfig()
    if not generated:
        return Alignment([], [])
    model, source_terms = tfidf or TfidfModel.from_texts([s.text for s in sources])
    source_rows = model.rows(source_terms)
    generated_rows = model.rows([content_terms(text) for text in generated])
    article_words = {article.id: set(words(article.text)) for article in cleaned}
    order = {article.id: position for position, article in enumerate(cleaned)}

    counting_sources: list[Sentence] | None = None

    def counting() -> list[Sentence]:  # read once, when a generated sentence gives a count
        nonlocal counting_sources
        if counting_sources is None:
            counting_sources = [s for s in sources if gives_counts(s.text)]
        return counting_sources

    kept: list[BriefSentence] = []
    unsupported: list[str] = []
    for row, text in enumerate(generated):
        scores = source_rows.dot(generated_rows.dense_row(row)) if sources else np.zeros(0)
        best = float(scores.max()) if scores.size else 0.0
        floor = max(config.min_support, config.relative_support * best)
        matches = [int(i) for i in np.argsort(-scores, kind="stable") if scores[i] >= floor]
        # A source that gives another value of a count the sentence gives contradicts it,
        # however closely the rest of its wording matches: it is not cited (as extractive).
        contradicting = contradicting_articles(
            text, counting(), {sources[index].article_id for index in matches}
        )
        matches = [index for index in matches if sources[index].article_id not in contradicting]
        support: list[Support] = []
        for index in matches:
            source = sources[index]
            if len({s.source for s in support} | {source.article_id}) > config.max_citations:
                break
            support.append(
                Support(
                    source.article_id,
                    source.index,
                    source.start,
                    source.end,
                    round(float(scores[index]), 4),
                )
            )
        citations = tuple(sorted({s.source for s in support}, key=lambda aid: order.get(aid, 0)))
        cited_words = (
            set().union(*(article_words.get(aid, set()) for aid in citations))
            if citations
            else set()
        )
        missing = {fact for fact in claim_terms(text) if not _fact_in(fact, cited_words)}
        is_supported = bool(support) and not missing
        if not is_supported:
            unsupported.append(text)
            if not keep_unsupported:
                continue
        kept.append(
            BriefSentence(
                text=text,
                citations=citations,
                support=tuple(support),
                support_score=round(best, 4),
                supported=is_supported,
            )
        )
    return Alignment(kept, unsupported)


def _fact_in(fact: str, vocabulary: set[str]) -> bool:
    parts = words(fact)
    return bool(parts) and all(part in vocabulary for part in parts)
