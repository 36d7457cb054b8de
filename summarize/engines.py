"""Engine choice (auto / extractive / abstractive) and the abstractive path of the pipeline.

`auto` uses the seq2seq model when one is configured and loadable and a GPU is present
(or CPU generation was allowed); otherwise it runs the extractive engine and says why.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from summarize import extractive, seq2seq
from summarize.align import align, split_generated
from summarize.models import BriefSentence, CleanedArticle, Group, Sentence
from summarize.vectors import TfidfModel

ENGINES = ("auto", "extractive", "abstractive")


@dataclass(frozen=True)
class EngineOptions:
    engine: str = "auto"
    seq2seq: seq2seq.Seq2SeqOptions = field(default_factory=seq2seq.Seq2SeqOptions)
    allow_cpu_generation: bool = False
    keep_unsupported: bool = False

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r}; use one of {', '.join(ENGINES)}")


@dataclass
class EngineChoice:
    engine: str  # "extractive" or "abstractive"
    reason: str
    model: seq2seq.LoadedModel | None = None
    load_seconds: float = 0.0


@lru_cache(maxsize=2)
def _cached_model(options: seq2seq.Seq2SeqOptions) -> seq2seq.LoadedModel:
    """One load per process and model options (batch and eval brief many sets)."""
    return seq2seq.load_model(options)


def choose_engine(options: EngineOptions) -> EngineChoice:
    """Decide which engine runs; raises ModelUnavailable only for an explicit abstractive."""
    if options.engine == "extractive":
        return EngineChoice("extractive", "extractive engine requested")
    spec = options.seq2seq.model_spec()
    if options.engine == "auto":
        missing = seq2seq.dependencies_missing()
        if missing:
            return EngineChoice("extractive", f"no seq2seq model: {missing}")
        if not options.seq2seq.allow_download and not seq2seq.locally_available(spec):
            return EngineChoice(
                "extractive",
                f"no seq2seq model: '{spec}' is not a folder or in the local Hugging Face cache",
            )
        on_cpu = options.seq2seq.device == "cpu" or (
            options.seq2seq.device == "auto" and not seq2seq.gpu_available()
        )
        if on_cpu and not options.allow_cpu_generation:
            return EngineChoice(
                "extractive",
                "no GPU for the seq2seq model (CPU generation is slow; "
                "pass --allow-cpu-generation to use it anyway)",
            )
    started = time.perf_counter()
    try:
        loaded = _cached_model(options.seq2seq)
        # Read the prompt template now, so a missing or broken one falls back under auto.
        seq2seq.Condenser(loaded, options.seq2seq)
    except seq2seq.ModelUnavailable as error:
        if options.engine == "abstractive":
            raise
        return EngineChoice("extractive", f"seq2seq model unusable: {error}")
    seconds = time.perf_counter() - started
    return EngineChoice(
        "abstractive", f"model {loaded.name} ({loaded.family}) on {loaded.device}", loaded, seconds
    )


@dataclass
class AbstractiveResult:
    sentences: list[BriefSentence]
    unsupported: list[str]
    stats: dict[str, object]
    timings: dict[str, float]
    notes: list[str] = field(default_factory=list)  # warnings for the briefing


def run_abstractive(
    choice: EngineChoice,
    options: EngineOptions,
    cleaned: Sequence[CleanedArticle],
    candidates: Sequence[Sentence],
    groups: Sequence[Group],
    words: int | None,
    sentence_limit: int | None,
    title: str,
    tfidf: tuple[TfidfModel, list[list[str]]] | None = None,
) -> AbstractiveResult:
    """Generate, split, trim to the budget, align to sources and drop what is unsupported."""
    assert choice.model is not None
    condenser = seq2seq.Condenser(choice.model, options.seq2seq)
    # Each statement once (deduplicated), in the article and position where it appears.
    representative_keys = {group.representative.key for group in groups}
    by_article: dict[str, list[Sentence]] = {article.id: [] for article in cleaned}
    for sentence in candidates:
        if sentence.key in representative_keys:
            by_article[sentence.article_id].append(sentence)
    per_article = list(by_article.values())
    word_budget = words if words is not None else 25 * (sentence_limit or 5)
    # Extract-then-abstract: when not everything fits the windows, the extractive
    # ranking decides which sentences of each article the model reads.
    order = {article.id: position for position, article in enumerate(cleaned)}
    scored, _model, _terms = extractive.score_groups(
        groups, candidates, order, extractive.ExtractiveConfig(), tfidf
    )
    salience = {item.group.representative.key: item.score for item in scored}
    text, trace = condenser.condense(per_article, word_budget, title, salience)
    timings = {
        "model_load": choice.load_seconds,
        "chunking": trace.chunk_seconds,
        "generation": trace.generate_seconds,
    }
    started = time.perf_counter()
    generated = _within_budget(split_generated(text), words, sentence_limit)
    alignment = align(
        generated, candidates, cleaned, keep_unsupported=options.keep_unsupported, tfidf=tfidf
    )
    timings["attribution"] = time.perf_counter() - started
    # An explicit abstractive engine fails loudly; auto falls back in the pipeline.
    if not alignment.sentences and options.engine == "abstractive" and not options.keep_unsupported:
        raise seq2seq.UnsupportedOutput(_unsupported_message(len(generated), choice.model.name))
    stats = {
        "model": choice.model.name,
        "model_family": choice.model.family,
        "device": choice.model.device,
        "window_tokens": choice.model.window,
        "input_tokens": trace.input_tokens,
        "model_input_tokens": trace.model_input_tokens,
        "input_share": round(trace.input_share, 4),
        "sentences_left_out": trace.sentences_left_out,
        "windows_per_round": trace.windows,
        "generation_rounds": trace.levels,
        "generations": trace.generations,
        "generated_tokens": trace.generated_tokens,
        "input_cut_to_fit": bool(trace.sentences_left_out or trace.cut_fairly or trace.tokens_cut),
        "threads": choice.model.threads,
        "generated_sentences": len(generated),
        "unsupported": len(alignment.unsupported),
        "unsupported_kept": options.keep_unsupported,
    }
    notes = []
    if not generated:
        notes.append(f"model {choice.model.name} generated no complete sentence")
    if trace.sentences_left_out:
        notes.append(
            f"the model read {trace.input_share:.0%} of the input ({trace.model_input_tokens} "
            f"of {trace.input_tokens} tokens): {trace.sentences_left_out} sentence(s) ranked "
            "least salient by the extractive engine did not fit its windows"
        )
    if trace.cut_fairly or trace.tokens_cut:
        notes.append("partial summaries were cut to fit the model's window in the last round")
    return AbstractiveResult(alignment.sentences, alignment.unsupported, stats, timings, notes)


def _unsupported_message(generated: int, model: str) -> str:
    what = (
        f"none of the {generated} sentence(s) it generated is supported by the sources"
        if generated
        else "it generated no complete sentence"
    )
    return (
        f"the output of model {model} is unusable: {what}. Pass --keep-unsupported to see "
        "them marked, or --engine auto to fall back to the extractive engine"
    )


def _within_budget(sentences: list[str], words: int | None, limit: int | None) -> list[str]:
    kept: list[str] = []
    used = 0
    for sentence in sentences:
        length = len(sentence.split())
        if words is not None and used + length > words:
            break
        if limit is not None and len(kept) >= limit:
            break
        kept.append(sentence)
        used += length
    return kept
