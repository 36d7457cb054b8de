"""The extractive engine: score the statements, select to the budget, cite every source.

Needs no weights, no network and no torch: it always runs, so it ends the `auto` walk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from summarize import extractive
from summarize.attribute import cite_groups
from summarize.engines import EngineResult, Request
from summarize.options import BriefOptions
from summarize.prepare import timed

if TYPE_CHECKING:
    from summarize.prepare import Prepared


class ExtractiveEngine:
    name: ClassVar[str] = "extractive"

    def __init__(self, options: BriefOptions) -> None:
        self.config = options.extractive_config()
        self.requested = options.engine == self.name

    def unavailable(self) -> str | None:
        return None

    def ready(self) -> str:
        return "extractive engine requested" if self.requested else "needs no model"

    def condense(self, prepared: Prepared, request: Request) -> EngineResult:
        timings: dict[str, float] = {}
        with timed(timings, "condense"):
            scored, model, terms = extractive.score_groups(
                prepared.groups,
                prepared.candidates,
                prepared.article_order,
                self.config,
                prepared.tfidf,
            )
            concepts = (
                extractive.shared_bigrams(prepared.candidates, terms)
                if self.config.concept_weight
                else None
            )
            selected = extractive.select(
                scored, model, request.budget, self.config, prepared.article_order, concepts
            )
        with timed(timings, "attribute"):
            sentences = cite_groups([item.group for item in selected], prepared.article_order)
        return EngineResult(sentences, timings=timings)
