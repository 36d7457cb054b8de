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

from summarize import seq2seq
from summarize.align import align, split_generated
from summarize.engines import EngineResult, Request
from summarize.models import Sentence
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
        self.load_seconds = time.perf_counter() - started
        return f"model {self.model.name} ({self.model.family}) on {self.model.device}"

    def condense(self, prepared: Prepared, request: Request) -> EngineResult:
        """Generate, split, trim to the budget, align to sources, drop what is unsupported."""
        assert self.model is not None, "ready() loads the model first"
        options = self.options
        condenser = seq2seq.Condenser(self.model, options.seq2seq)
        # Each statement once (deduplicated), in the article and position where it appears.
        representative_keys = {group.representative.key for group in prepared.groups}
        by_article: dict[str, list[Sentence]] = {article.id: [] for article in prepared.cleaned}
        for sentence in prepared.candidates:
            if sentence.key in representative_keys:
                by_article[sentence.article_id].append(sentence)
        budget = request.budget
        text, trace = condenser.condense(
            list(by_article.values()), budget.approximate_words, request.title
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
        stats: dict[str, object] = {
            "model": model.name,
            "model_family": model.family,
            "device": model.device,
            "window_tokens": model.window,
            "input_tokens": trace.input_tokens,
            "generation_rounds": trace.levels,
            "generations": trace.generations,
            "input_cut_to_fit": trace.cut_fairly,
            "generated_sentences": len(generated),
            "unsupported": len(alignment.unsupported),
            "unsupported_kept": options.keep_unsupported,
        }
        warnings = []
        if alignment.unsupported:
            action = "kept and marked" if options.keep_unsupported else "dropped"
            warnings.append(
                f"{len(alignment.unsupported)} generated sentence(s) not supported by the "
                f"sources were {action}"
            )
        empty = (
            None if alignment.sentences else "the model produced no sentence the sources support"
        )
        return EngineResult(alignment.sentences, stats, warnings, timings, empty)


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
