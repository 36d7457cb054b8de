"""The pipeline: ingest -> clean -> segment -> dedup -> condense -> attribute.

A thin composition of the stage functions, driven by one options object.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from summarize import clean as clean_stage
from summarize import copies, dedup, engines, extractive, ingest, segment, semantic
from summarize.attribute import cite_groups
from summarize.errors import InputError
from summarize.models import (
    Article,
    Briefing,
    BriefSentence,
    CleanedArticle,
    Group,
    Sentence,
    SourceInfo,
)
from summarize.seq2seq import Seq2SeqOptions
from summarize.textutil import content_terms
from summarize.vectors import TfidfModel


@dataclass(frozen=True)
class BriefOptions:
    """Everything that changes a briefing. Same options + same input = same bytes out."""

    words: int | None = 200
    sentences: int | None = None
    dedup_threshold: float = dedup.DEFAULT_THRESHOLD
    title: str | None = None
    extractive: extractive.ExtractiveConfig = field(default_factory=extractive.ExtractiveConfig)
    engine: str = "auto"  # auto | extractive | abstractive
    seq2seq: Seq2SeqOptions = field(default_factory=Seq2SeqOptions)
    allow_cpu_generation: bool = False
    keep_unsupported: bool = False
    limits: ingest.Limits = field(default_factory=ingest.Limits)
    semantic: str = "auto"  # auto | on | off: sentence embeddings in grouping (semantic extra)

    def budget(self) -> extractive.Budget:
        return extractive.Budget(words=self.words, sentences=self.sentences)

    def engine_options(self) -> engines.EngineOptions:
        return engines.EngineOptions(
            engine=self.engine,
            seq2seq=self.seq2seq,
            allow_cpu_generation=self.allow_cpu_generation,
            keep_unsupported=self.keep_unsupported,
        )


def brief(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    options: BriefOptions | None = None,
) -> Briefing:
    """Brief the articles under `paths` (folders, files or globs).

    Unusable inputs are skipped and listed in `Briefing.warnings`; if nothing usable is
    left, raises InputError naming the inputs and why.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    started = time.perf_counter()
    options = options or BriefOptions()
    read = ingest.read_articles(paths, options.limits)
    ingest_seconds = time.perf_counter() - started
    if not read.articles:
        if len(read.skipped) == 1:
            raise read.skipped[0]
        reasons = "; ".join(str(error) for error in read.skipped) or "no input given"
        raise InputError(", ".join(map(str, paths)) or "(none)", f"no readable article ({reasons})")
    briefing = brief_articles(read.articles, options)
    briefing.warnings[:0] = [f"skipped {error}" for error in read.skipped]
    briefing.stats["skipped_inputs"] = [str(error) for error in read.skipped]
    briefing.timings = {"ingest": ingest_seconds, **briefing.timings}
    return briefing


@dataclass
class Prepared:
    """Articles cleaned, segmented and deduplicated: what every engine starts from."""

    cleaned: list[CleanedArticle]
    sentences: list[Sentence]
    groups: list[Group]
    article_order: dict[str, int]
    timings: dict[str, float]
    copy_of: dict[str, str] = field(default_factory=dict)  # {copy: original} article ids
    semantic: str = "off"  # whether sentence embeddings were used in grouping


def prepare(articles: Sequence[Article], options: BriefOptions) -> Prepared:
    timings: dict[str, float] = {}
    with _timed(timings, "clean"):
        cleaned = [clean_stage.clean(article) for article in articles]
    with _timed(timings, "segment"):
        sentences = [s for article in cleaned for s in segment.segment(article)]
    order = {article.id: position for position, article in enumerate(articles)}
    with _timed(timings, "dedup"):
        copy_of = copies.find_copies(cleaned)
        candidates = [s for s in sentences if s.kind in extractive.ELIGIBLE_KINDS]
    embeddings = None
    if semantic.use_embeddings(options.semantic):
        with _timed(timings, "embed"):
            embeddings = semantic.embed([s.text for s in candidates])
    with _timed(timings, "dedup"):
        groups = dedup.deduplicate(
            candidates, options.dedup_threshold, order, copy_of, embeddings=embeddings
        )
    used = "on" if embeddings is not None else "off"
    return Prepared(cleaned, sentences, groups, order, timings, copy_of, used)


def brief_articles(articles: Sequence[Article], options: BriefOptions | None = None) -> Briefing:
    """Brief articles already in memory (the Python API behind `brief`, `eval` and `batch`)."""
    options = options or BriefOptions()
    if not articles:
        raise InputError("(input)", "no articles to brief")
    budget = options.budget()
    engine_options = options.engine_options()
    prepared = prepare(articles, options)
    timings = prepared.timings
    candidates = [s for s in prepared.sentences if s.kind in extractive.ELIGIBLE_KINDS]
    # One TF-IDF fit over the candidates serves the title, the scoring and the alignment.
    tfidf = TfidfModel.from_texts([s.text for s in candidates])
    title = options.title or _pick_title(articles, *tfidf) or "Briefing"
    choice = engines.choose_engine(engine_options)
    warnings: list[str] = []
    engine_stats: dict[str, object] = {}
    brief_sentences = []
    if choice.engine == "abstractive":
        result = engines.run_abstractive(
            choice,
            engine_options,
            prepared.cleaned,
            candidates,
            prepared.groups,
            budget.words,
            budget.sentences,
            title,
            tfidf,
        )
        timings.update(result.timings)
        brief_sentences, engine_stats = result.sentences, result.stats
        if result.unsupported:
            action = "kept and marked" if options.keep_unsupported else "dropped"
            warnings.append(
                f"{len(result.unsupported)} generated sentence(s) not supported by the sources "
                f"were {action}"
            )
        if not brief_sentences and options.engine == "auto":
            choice = engines.EngineChoice(
                "extractive", "the model produced no sentence the sources support"
            )
    if choice.engine == "extractive":
        with _timed(timings, "condense"):
            selected = _extractive(prepared, candidates, options, tfidf)
        with _timed(timings, "attribute"):
            groups = [item.group for item in selected]
            brief_sentences = cite_groups(groups, prepared.article_order)

    sources = [
        dataclasses.replace(_source_info(article), copy_of=prepared.copy_of.get(article.id))
        for article in prepared.cleaned
    ]
    if len(articles) == 1:
        warnings.append("only one article was given: the briefing summarises a single source")
    if not brief_sentences:
        warnings.append("no sentence in these articles is usable as a briefing sentence")
    stats = _stats(prepared, brief_sentences) | engine_stats
    return Briefing(
        title=title,
        engine=choice.engine,
        engine_reason=choice.reason,
        sentences=brief_sentences,
        sources=sources,
        stats=stats,
        warnings=warnings,
        timings=timings,
    )


def _extractive(
    prepared: Prepared,
    candidates: Sequence[Sentence],
    options: BriefOptions,
    tfidf: tuple[TfidfModel, list[list[str]]],
) -> list[extractive.ScoredGroup]:
    config = options.extractive
    scored, model, terms = extractive.score_groups(
        prepared.groups, candidates, prepared.article_order, config, tfidf
    )
    concepts = extractive.shared_bigrams(candidates, terms) if config.concept_weight else None
    return extractive.select(
        scored, model, options.budget(), config, prepared.article_order, concepts
    )


def _source_info(cleaned: CleanedArticle) -> SourceInfo:
    article = cleaned.article
    return SourceInfo(
        id=article.id,
        title=article.title or _lead_words(cleaned.text) or article.id,
        path=article.path,
        source=article.source,
        url=article.url,
        published=article.published,
    )


def _lead_words(text: str, limit: int = 12) -> str:
    """A stand-in title for an untitled article: the opening words of its text."""
    opening = text.split()[: limit + 1]
    return " ".join(opening[:limit]) + ("…" if len(opening) > limit else "")


def _pick_title(
    articles: Sequence[Article], model: TfidfModel, terms: list[list[str]]
) -> str | None:
    """The headline closest to what all articles say (centroid of their sentences)."""
    titled = [article.title for article in articles if article.title]
    if not titled:
        return None
    if len(titled) == 1 or not terms:
        return titled[0]
    import numpy as np

    sentence_rows = model.rows(terms)
    centroid = sentence_rows.row_sum(range(sentence_rows.n_rows))
    norm = np.linalg.norm(centroid)
    if not norm:
        return titled[0]
    scores = model.rows([content_terms(title) for title in titled]).dot(centroid / norm)
    return titled[int(np.argmax(scores))]


def _stats(prepared: Prepared, brief_sentences: Sequence[BriefSentence]) -> dict[str, object]:
    candidate_count = sum(len(group.members) for group in prepared.groups)
    return {
        "articles": len(prepared.cleaned),
        "sentences": len(prepared.sentences),
        "candidate_sentences": candidate_count,
        "groups": len(prepared.groups),
        "duplicates_merged": candidate_count - len(prepared.groups),
        "multi_source_groups": sum(1 for g in prepared.groups if g.corroboration > 1),
        "copies": len(prepared.copy_of),
        "semantic": prepared.semantic,
        "selected": len(brief_sentences),
        "words": sum(len(s.text.split()) for s in brief_sentences),
        "corroboration": [len(s.citations) for s in brief_sentences],
        "boilerplate_removed": {
            article.id: article.removed for article in prepared.cleaned if article.removed
        },
        "boilerplate_removed_total": sum(sum(a.removed.values()) for a in prepared.cleaned),
    }


@contextmanager
def _timed(timings: dict[str, float], stage: str):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
