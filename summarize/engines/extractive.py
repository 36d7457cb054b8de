"""The extractive engine: score the statements, select to the budget, cite every source.

Needs no weights, no network and no torch: it always runs, so it ends the `auto` walk.
Focus and history (update briefings) enter through `extractive.SelectionContext`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, ClassVar

from summarize import extractive
from summarize.attribute import cite_groups
from summarize.engines import EngineResult, Request
from summarize.facts import parse_date
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
        warnings: list[str] = []
        with timed(timings, "condense"):
            context = selection_context(prepared, request)
            scored, model, terms = self._score(prepared, context)
            if request.focus and not extractive.focus_found(scored):
                warnings.append(
                    f"no sentence is relevant to the focus {request.focus!r}: "
                    "this is the general briefing"
                )
                context = dataclasses.replace(context, focus=None)
                scored, model, terms = self._score(prepared, context)
            concepts = (
                extractive.shared_bigrams(prepared.candidates, terms)
                if self.config.concept_weight
                else None
            )
            selected = extractive.select(
                scored,
                model,
                request.budget,
                self.config,
                prepared.article_order,
                concepts,
                context,
            )
        with timed(timings, "attribute"):
            sentences = cite_groups([item.group for item in selected], prepared.article_order)
            # A new figure that revises an earlier one also cites the earlier source.
            sentences = [
                dataclasses.replace(sentence, updates=item.updates) if item.updates else sentence
                for sentence, item in zip(sentences, selected, strict=True)
            ]
        return EngineResult(sentences, warnings=warnings, timings=timings)

    def _score(
        self, prepared: Prepared, context: extractive.SelectionContext
    ) -> tuple[list[extractive.ScoredGroup], extractive.TfidfModel, list[list[str]]]:
        return extractive.score_groups(
            prepared.groups,
            prepared.candidates,
            prepared.article_order,
            self.config,
            prepared.tfidf,
            context,
        )


def selection_context(prepared: Prepared, request: Request) -> extractive.SelectionContext:
    """Focus, history and what is known of each article (its date, whether it is a stub)."""
    dates: dict[str, str] = {}
    for cleaned in prepared.cleaned:
        # Metadata first; the cleaner may have found a dateline date when it has none.
        date = parse_date(cleaned.article.published) or parse_date(cleaned.date)
        if date:
            dates[cleaned.id] = date.isoformat()
    return extractive.SelectionContext(
        focus=request.focus or None,
        history=request.history,
        dated=frozenset(dates),
        dates=dates,
        stubs=frozenset(c.id for c in prepared.cleaned if c.is_stub),
    )
