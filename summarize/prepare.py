"""Prepare: clean, segment and deduplicate the articles once; what every engine starts from."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace

import numpy as np

from summarize import clean as clean_stage
from summarize import copies, dedup, language, relevance, segment, semantic
from summarize.errors import InputError
from summarize.extractive import ELIGIBLE_KINDS
from summarize.models import Article, CleanedArticle, Group, Sentence
from summarize.options import BriefOptions
from summarize.sanitize import addresses_a_model
from summarize.textutil import one_line
from summarize.vectors import TfidfModel


@dataclass
class Prepared:
    """Articles cleaned, segmented and deduplicated, with one TF-IDF fit over the candidate
    sentences that the title choice, the extractive scoring and the alignment share."""

    articles: Sequence[Article]
    cleaned: list[CleanedArticle]
    sentences: list[Sentence]  # every sentence, headings and table rows included
    candidates: list[Sentence]  # the prose sentences a briefing may use
    groups: list[Group]  # candidates merged into statements (dedup)
    article_order: dict[str, int]  # article id -> position in the input
    tfidf: tuple[TfidfModel, list[list[str]]]  # fitted on `candidates`, with their terms
    timings: dict[str, float]
    languages: language.LanguageReport  # which articles' sentences are used, and why
    # Near-duplicate sentence pairs dedup saw (merged or not): the disagreement candidates.
    near_pairs: list[tuple[Sentence, Sentence]] | None = None
    copy_of: dict[str, str] = field(default_factory=dict)  # {copy: original} article ids
    semantic: str = "off"  # whether sentence embeddings were used in grouping
    skipped: list[str] = field(default_factory=list)  # articles a stage could not handle
    # One normalised sentence embedding per candidate (--semantic), None without the extra.
    embeddings: np.ndarray | None = None
    # Articles that share almost nothing with the rest of the set: {id: why} (relevance).
    off_story: dict[str, str] = field(default_factory=dict)
    # Sentences planted to steer an AI model, left out: one note each, for the warnings.
    planted: list[str] = field(default_factory=list)
    # Articles their outlet labels as opinion: {id: why} (relevance.opinion_pieces).
    opinion: dict[str, str] = field(default_factory=dict)

    @property
    def unweighed(self) -> frozenset[str]:
        """The articles that must not steer the briefing: stubs, articles off the story and
        opinion pieces; none where that is every article with a sentence to use (a set of
        three short reports: each is then weighed, or nothing would rank and corroborate)."""
        stubs = frozenset(c.id for c in self.cleaned if c.is_stub)
        unweighed = stubs | frozenset(self.off_story) | frozenset(self.opinion)
        heard = {sentence.article_id for sentence in self.candidates}
        return unweighed if heard - unweighed else frozenset()


def prepare(articles: Sequence[Article], options: BriefOptions) -> Prepared:
    timings: dict[str, float] = {}
    skipped: list[str] = []
    cleaned: list[CleanedArticle] = []
    with timed(timings, "clean"):
        for article in articles:
            try:
                cleaned.append(clean_article(article))
            except Exception as error:  # one hostile article must not fail the briefing
                skipped.append(_unusable(article, "could not be cleaned", error))
    if not cleaned:
        raise InputError("(input)", f"no article could be cleaned ({'; '.join(skipped[:3])})")
    # English first: see summarize.language for which articles' sentences are not used.
    languages = language.report({article.id: article.language for article in cleaned})
    sentences: list[Sentence] = []
    with timed(timings, "segment"):
        for done in cleaned:
            if done.id in languages.unused:
                continue
            try:
                sentences.extend(split_article(done))
            except Exception as error:
                skipped.append(_unusable(done.article, "could not be split", error))
    order = {article.id: position for position, article in enumerate(articles)}
    candidates = [s for s in sentences if s.kind in ELIGIBLE_KINDS]
    # Text planted to steer an AI model ("Ignore all previous instructions and ...") is no
    # news: no engine sees it, and the reader is told where it was.
    planted = [s for s in candidates if addresses_a_model(s.text)]
    if planted:
        candidates = [s for s in candidates if not addresses_a_model(s.text)]
    # A column's views are not facts: no engine tells them (its facts may be told).
    opinion = relevance.opinion_pieces([article.article for article in cleaned])
    if opinion:
        candidates = [
            s
            for s in candidates
            if s.article_id not in opinion or not relevance.tells_a_view(s.text)
        ]
    paths = {article.id: article.article.path for article in cleaned}
    planted_notes = [
        f"{paths[s.article_id]}: a sentence addressed to an AI model, not to readers "
        f"(“{one_line(s.text, 60)}”), is not used"
        for s in planted
    ]
    with timed(timings, "copies"):
        copy_of = copies.find_copies(cleaned)
    embeddings = None
    if semantic.use_embeddings(options.semantic):
        with timed(timings, "embed"):
            embeddings = semantic.embed([s.text for s in candidates])
    with timed(timings, "dedup"):
        near_pairs: list[tuple[Sentence, Sentence]] = []
        groups = dedup.deduplicate(
            candidates,
            options.dedup_threshold,
            order,
            near_pairs,
            copy_of=copy_of,
            embeddings=embeddings,
        )
    tfidf = TfidfModel.from_texts([s.text for s in candidates])
    stubs = {article.id for article in cleaned if article.is_stub}
    # A short report on the story is a source like any other, not a stub.
    reports = relevance.short_reports(candidates, tfidf, stubs, copy_of)
    if reports:
        cleaned = [
            replace(article, is_stub=False, stub_reason=None) if article.id in reports else article
            for article in cleaned
        ]
        stubs -= reports
    off_story = relevance.off_story(candidates, tfidf, stubs, copy_of)
    return Prepared(
        articles,
        cleaned,
        sentences,
        candidates,
        groups,
        order,
        tfidf,
        timings,
        languages,
        near_pairs if options.dedup_threshold < 1.0 else None,
        copy_of,
        "on" if embeddings is not None else "off",
        skipped,
        embeddings,
        off_story,
        planted_notes,
        opinion,
    )


# Within `reusing_preparation()`: each article's cleaning and sentences, done once.
_DONE: ContextVar[dict[Article, tuple[CleanedArticle, list[Sentence] | None]] | None] = ContextVar(
    "prepared_articles", default=None
)


@contextmanager
def reusing_preparation() -> Iterator[None]:
    """Within the block, an article already cleaned and split (equal by value: id, text,
    path, ...) is not cleaned and split again: a batch set's full briefing and its update
    briefing (history and new articles) share the work."""
    token = _DONE.set({})
    try:
        yield
    finally:
        _DONE.reset(token)


def clean_article(article: Article) -> CleanedArticle:
    """`clean.clean`, done once per article within `reusing_preparation()`."""
    done = _DONE.get()
    if done is None:
        return clean_stage.clean(article)
    if article not in done:
        done[article] = (clean_stage.clean(article), None)
    return done[article][0]


def split_article(cleaned: CleanedArticle) -> list[Sentence]:
    """`segment.segment`, done once per article within `reusing_preparation()`."""
    done = _DONE.get()
    if done is None:
        return segment.segment(cleaned)
    known = done.get(cleaned.article)
    if known is None or known[0] is not cleaned:
        return segment.segment(cleaned)
    if known[1] is None:
        done[cleaned.article] = (cleaned, segment.segment(cleaned))
    return list(done[cleaned.article][1] or ())


def _unusable(article: Article, what: str, error: Exception) -> str:
    return f"{article.path}: {what} ({type(error).__name__}: {error}); its text is not used"


@contextmanager
def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    """Add the seconds spent in the block to `timings[stage]`."""
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
