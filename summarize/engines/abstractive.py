"""The abstractive engine: a local seq2seq model writes the briefing, alignment cites it.

`auto` passes it by (cheaply, before torch is imported where possible) when the model's
packages are missing, the model is not available offline, or there is no GPU and CPU
generation was not allowed. Generated sentences are aligned to the source sentences;
those no source supports are dropped (or kept and marked with keep_unsupported).
"""

from __future__ import annotations

import time
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from summarize import extractive, seq2seq
from summarize.align import align, split_generated
from summarize.engines import EngineResult, Request
from summarize.engines.extractive import selection_context
from summarize.models import GenerationStats, Sentence
from summarize.options import BriefOptions

if TYPE_CHECKING:
    from summarize.prepare import Prepared


@lru_cache(maxsize=2)
def _cached_model(options: seq2seq.Seq2SeqOptions) -> seq2seq.LoadedModel:
    """One load per process and model options (batch and eval brief many sets)."""
    return seq2seq.load_model(options)


class Seq2SeqEngine:
    name: ClassVar[str] = "abstractive"

    def __init__(self, options: BriefOptions) -> None:
        self.options = options
        self.model: seq2seq.LoadedModel | None = None
        self.condenser: seq2seq.Condenser | None = None
        self.load_seconds = 0.0

    def unavailable(self) -> str | None:
        options = self.options.seq2seq
        missing = seq2seq.dependencies_missing()
        if missing:
            return f"no seq2seq model: {missing}"
        spec = options.model_spec()
        if not options.allow_download and not seq2seq.locally_available(spec):
            return f"no seq2seq model: '{spec}' is not a folder or in the local Hugging Face cache"
        on_cpu = options.device == "cpu" or (
            options.device == "auto" and not seq2seq.gpu_available()
        )
        if on_cpu and not self.options.allow_cpu_generation:
            return (
                "no GPU for the seq2seq model (CPU generation is slow; "
                "pass --allow-cpu-generation to use it anyway)"
            )
        return None

    def ready(self) -> str:
        started = time.perf_counter()
        self.model = _cached_model(self.options.seq2seq)
        # Read the prompt template now, so a missing or broken one falls back under auto.
        self.condenser = seq2seq.Condenser(self.model, self.options.seq2seq)
        self.load_seconds = time.perf_counter() - started
        return f"model {self.model.name} ({self.model.family}) on {self.model.device}"

    def condense(self, prepared: Prepared, request: Request) -> EngineResult:
        """Generate, split, trim to the budget, align to sources, drop what is unsupported."""
        assert self.model is not None and self.condenser is not None, "ready() loads first"
        options = self.options
        # Each statement once (deduplicated), in the article and position where it appears.
        representative_keys = {group.representative.key for group in prepared.groups}
        off_story = prepared.off_story
        by_article: dict[str, list[Sentence]] = {article.id: [] for article in prepared.cleaned}
        for sentence in prepared.candidates:
            # An article off the story is not given to the model to tell.
            if sentence.key in representative_keys and sentence.article_id not in off_story:
                by_article[sentence.article_id].append(sentence)
        # Extract-then-abstract: when not everything fits the windows, the extractive
        # ranking decides which sentences of each article the model reads.
        # The focus (and history) weigh in here too: they decide what the model reads.
        scored, _model, _terms = extractive.score_groups(
            prepared.groups,
            prepared.candidates,
            prepared.article_order,
            options.extractive_config(),
            prepared.tfidf,
            selection_context(prepared, request),
        )
        salience = {item.group.representative.key: item.score for item in scored}
        budget = request.budget
        text, trace = self.condenser.condense(
            list(by_article.values()),
            budget.approximate_words,
            request.title,
            salience,
            request.focus,
        )
        timings = {
            "model_load": self.load_seconds,
            "chunking": trace.chunk_seconds,
            "generation": trace.generate_seconds,
        }
        started = time.perf_counter()
        generated = _within_budget(split_generated(text), budget.words, budget.sentences)
        alignment = align(
            generated,
            prepared.candidates,
            prepared.cleaned,
            keep_unsupported=options.keep_unsupported,
            tfidf=prepared.tfidf,
        )
        timings["attribution"] = time.perf_counter() - started
        model = self.model
        # Asked for by name, the engine fails loudly; under auto the walk goes on instead.
        if not alignment.sentences and options.engine == self.name and not options.keep_unsupported:
            raise seq2seq.UnsupportedOutput(_unsupported_message(len(generated), model.name))
        generation = GenerationStats(
            model=model.name,
            model_family=model.family,
            device=model.device,
            window_tokens=model.window,
            input_tokens=trace.input_tokens,
            model_input_tokens=trace.model_input_tokens,
            input_share=round(trace.input_share, 4),
            sentences_left_out=trace.sentences_left_out,
            windows_per_round=tuple(trace.windows),
            generation_rounds=trace.levels,
            generations=trace.generations,
            generated_tokens=trace.generated_tokens,
            input_cut_to_fit=bool(trace.sentences_left_out or trace.cut_fairly or trace.tokens_cut),
            threads=model.threads,
            generated_sentences=len(generated),
            unsupported=len(alignment.unsupported),
            unsupported_kept=options.keep_unsupported,
        )
        warnings = []
        if not generated:
            warnings.append(f"model {model.name} generated no complete sentence")
        if trace.sentences_left_out:
            warnings.append(
                f"the model read {trace.input_share:.0%} of the input "
                f"({trace.model_input_tokens} of {trace.input_tokens} tokens): "
                f"{trace.sentences_left_out} sentence(s) ranked least salient by the "
                "extractive engine did not fit its windows"
            )
        if trace.cut_fairly or trace.tokens_cut:
            warnings.append(
                "partial summaries were cut to fit the model's window in the last round"
            )
        if alignment.unsupported:
            action = "kept and marked" if options.keep_unsupported else "dropped"
            warnings.append(
                f"{len(alignment.unsupported)} generated sentence(s) not supported by the "
                f"sources were {action}"
            )
        empty = (
            None if alignment.sentences else "the model produced no sentence the sources support"
        )
        return EngineResult(alignment.sentences, generation, warnings, timings, empty_reason=empty)


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
