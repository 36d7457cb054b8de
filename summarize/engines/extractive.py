"""The extractive engine: score the statements, select to the budget, cite every source.

Needs no weights, no network and no torch: it always runs, so it ends the `auto` walk.
Focus and history (update briefings) enter through `extractive.SelectionContext`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from summarize import extractive
from summarize.attribute import SupportFinder, cite_groups
from summarize.disagree import article_dates
from summarize.engines import EngineResult, Request
from summarize.models import ExplainedSentence, Explanation, PassedCandidate
from summarize.options import BriefOptions
from summarize.prepare import timed

if TYPE_CHECKING:
    from summarize.prepare import Prepared


class ExtractiveEngine:
    name: ClassVar[str] = "extractive"

    def __init__(self, options: BriefOptions) -> None:
        self.config = options.extractive_config()
        self.requested = options.engine == self.name
        self.explain = options.explain

    def unavailable(self) -> str | None:
        return None

    def ready(self) -> str:
        return "extractive engine requested" if self.requested else "needs no model"

    def condense(self, prepared: Prepared, request: Request) -> EngineResult:
        timings: dict[str, float] = {}
        warnings: list[str] = []
        with timed(timings, "condense"):
            days = article_dates(prepared.cleaned, copy_of=prepared.copy_of)
            context = selection_context(prepared, request, days)
            # Attribution's reading of a restatement: selection tells each fact once by it.
            finder = SupportFinder(
                prepared.candidates, prepared.tfidf, prepared.embeddings, days=days
            )
            context = dataclasses.replace(context, restate=finder.restate)
            trace = extractive.SelectionTrace() if self.explain else None
            scored, model, terms = self._score(prepared, context, trace)
            if request.focus and not extractive.focus_found(scored):
                warnings.append(
                    f"no sentence is relevant to the focus {request.focus!r}: "
                    "this is the general briefing"
                )
                context = dataclasses.replace(context, focus=None)
                trace = extractive.SelectionTrace() if self.explain else None
                scored, model, terms = self._score(prepared, context, trace)
            concepts = (
                extractive.shared_bigrams(prepared.candidates, terms, prepared.copy_of)
                if self.config.concept_weight
                else None
            )

            def choose(
                scored: list[extractive.ScoredGroup],
                model: extractive.TfidfModel,
                trace: extractive.SelectionTrace | None,
            ) -> list[extractive.ScoredGroup]:
                return extractive.select(
                    scored,
                    model,
                    request.budget,
                    self.config,
                    prepared.article_order,
                    concepts,
                    context,
                    trace,
                )

            selected = choose(scored, model, trace)
            if context.focus and extractive.focus_thin(selected, request.budget):
                # Too little on the focus to fill a meaningful part of the budget (what the
                # reader gets, after restatements are dropped): the rest is the general
                # briefing, the focus still in every score (the floor off), so what
                # answers it ranks first. A one-sentence briefing would leave the reader
                # with less than the general one, which is what a focus that matches
                # nothing gets; the warning says which part is which.
                wider = extractive.SelectionTrace() if self.explain else None
                every = self._score(prepared, context, wider, focus_floor=0.0)
                if len(every[0]) > len(scored):
                    warnings.append(
                        f"the focus {request.focus!r} matches little in these articles "
                        f"({extractive.focus_words(selected)} words on it for a "
                        f"{request.budget.approximate_words}-word budget): the rest is the "
                        "general briefing"
                    )
                    (scored, model, _), trace = every, wider
                    selected = choose(scored, model, trace)
        with timed(timings, "attribute"):
            # Every article that restates a shown sentence is cited, grouped with it or not.
            sentences = cite_groups(
                [item.group for item in selected], prepared.article_order, finder, prepared.groups
            )
            # A new figure that revises an earlier one also cites the earlier source.
            sentences = [
                dataclasses.replace(sentence, updates=item.updates) if item.updates else sentence
                for sentence, item in zip(sentences, selected, strict=True)
            ]
        explain = (
            explanation(trace, scored, selected, prepared, self.config)
            if trace is not None
            else None
        )
        return EngineResult(sentences, warnings=warnings, timings=timings, explain=explain)

    def _score(
        self,
        prepared: Prepared,
        context: extractive.SelectionContext,
        trace: extractive.SelectionTrace | None,
        focus_floor: float | None = None,
    ) -> tuple[list[extractive.ScoredGroup], extractive.TfidfModel, list[list[str]]]:
        config = self.config
        if focus_floor is not None:
            config = dataclasses.replace(config, focus_floor=focus_floor)
        return extractive.score_groups(
            prepared.groups,
            prepared.candidates,
            prepared.article_order,
            config,
            prepared.tfidf,
            context,
            trace,
        )


# --explain lists this many of the strongest candidates `select` passed over, and this
# many of those left out before it (not eligible, already in the history).
EXPLAIN_PASSED = 10
EXPLAIN_REJECTED = 5


def explanation(
    trace: extractive.SelectionTrace,
    scored: list[extractive.ScoredGroup],
    selected: list[extractive.ScoredGroup],
    prepared: Prepared,
    config: extractive.ExtractiveConfig,
) -> Explanation:
    """The trace of one selection in words: every briefing sentence with its score parts,
    the strongest candidates passed over with the reason recorded when they were."""
    number = {item.group.id: n for n, item in enumerate(selected, 1)}
    steps = {scored[i].group.id: (step, parts) for step, (i, parts) in enumerate(trace.taken, 1)}
    sentences = tuple(
        ExplainedSentence(
            number=number[item.group.id],
            text=item.group.representative.text,
            score=item.score,
            parts=item.parts,
            sources=item.group.article_ids,
            step=steps[item.group.id][0],
            selection=steps[item.group.id][1],
            merged=tuple(
                (member.article_id, member.index, member.text)
                for member in item.group.members
                if member.key != item.group.representative.key
            ),
        )
        for item in selected
    )
    by_score = sorted(trace.passed.items(), key=lambda pair: (-scored[pair[0]].score, pair[0]))
    candidates = [(scored[i], exclusion) for i, exclusion in by_score[:EXPLAIN_PASSED]]
    rejected = sorted(enumerate(trace.rejected), key=lambda pair: (-pair[1][0].score, pair[0]))[
        :EXPLAIN_REJECTED
    ]
    candidates += [pair for _, pair in rejected]
    candidates.sort(key=lambda pair: -pair[0].score)  # stable: ties keep the order above
    multi_source = any(item.group.corroboration > 1 for item in selected)
    stubs = {c.id: f"a stub article ({c.stub_reason})" for c in prepared.cleaned if c.is_stub}
    stubs.update(
        (a, f"an article off the story (it {why})") for a, why in prepared.off_story.items()
    )
    passed = []
    for item, exclusion in candidates:
        culprit = (
            number[scored[exclusion.culprit].group.id] if exclusion.culprit is not None else None
        )
        reason, detail = _reason(item, exclusion, culprit, multi_source)
        representative = item.group.representative
        if representative.article_id in stubs:
            detail += f"; from {stubs[representative.article_id]}"
        passed.append(
            PassedCandidate(
                source=representative.article_id,
                sentence_index=representative.index,
                text=representative.text,
                score=item.score,
                parts=item.parts,
                sources=item.group.article_ids,
                reason=reason,
                detail=detail,
                restates=culprit,
            )
        )
    names = dict.fromkeys(name for item in [*selected, *scored] for name, _ in item.parts)
    weights = " + ".join(names) or "no candidate"
    method = (
        f"score = {weights}; chosen in steps by MMR (lambda {config.mmr_lambda}, "
        f"concept weight {config.concept_weight}) until the budget ends; a candidate "
        f"with similarity >= {config.max_similarity} to a chosen sentence restates it"
    )
    return Explanation("extractive", method, sentences, tuple(passed))


def _reason(
    item: extractive.ScoredGroup,
    exclusion: extractive.Exclusion,
    restates: int | None,
    multi_source: bool,
) -> tuple[str, str]:
    """The reason code and its one-line wording, with the numbers that decided it."""
    code, figure, limit = exclusion.code, exclusion.figure or 0.0, exclusion.limit or 0.0
    if code == "restates" and exclusion.rule == "same event":
        return code, (
            f"restates sentence {restates}: tells the same event (same subject, parties and "
            f"event words; similarity {figure:.2f} >= {limit:.2f})"
        )
    if code == "restates" and exclusion.rule == "same figures":
        return code, (
            f"restates sentence {restates}: gives its figures (the same fact in other words;"
            f" similarity {figure:.2f})"
        )
    if code == "restates" and exclusion.rule == "shared wording":
        return code, (
            f"restates sentence {restates}: shares its wording (similarity {figure:.2f} >= "
            f"{limit:.2f} and word overlap)"
        )
    if code == "restates":
        return code, (
            f"restates sentence {restates} (similarity {figure:.2f} >= max_similarity {limit:.2f})"
        )
    if code == "retold":
        return code, f"retells the briefing: {figure:.0%} of its word pairs already told"
    if code == "cannot_stand_alone":
        shown = item.group.representative
        if shown.index == 0:  # "This article is for subscribers only." opens its article
            return code, "cannot stand alone: opens with a reference to nothing before it"
        return code, (
            f"cannot stand alone: leans on the sentence before it "
            f"({shown.article_id}#{shown.index - 1}), which was not selected"
        )
    if code in ("budget", "sentence_budget"):
        budget = (
            f"did not fit: needs {figure:.0f} words, {limit:.0f} left"
            if code == "budget"
            else f"the {limit:.0f}-sentence budget was used up"
        )
        if item.group.corroboration == 1 and multi_source and exclusion.outranked:
            return "single_source_outranked", (
                f"single-source claim (no corroboration) outranked at {exclusion.outranked} "
                f"step(s), then {budget}"
            )
        return code, f"budget: {budget}"
    if code == "too_short":
        return code, f"not eligible: too short ({figure:.0f} words, minimum {limit:.0f})"
    if code == "too_long":
        return code, f"not eligible: too long ({figure:.0f} words, maximum {limit:.0f})"
    if code == "in_history":
        return code, f"already in the history (similarity {figure:.2f})"
    if code == "stub_off_story":
        return code, (
            f"only stub articles give it, and it is off the story (centrality {figure:.2f}"
            f" < stub_centrality_floor {limit:.2f})"
        )
    if code == "off_focus":
        return code, f"off the focus (relevance {figure:.2f} < focus_floor {limit:.2f})"
    return code, "not eligible: a heading, table row or fragment, not a sentence of prose"


def selection_context(
    prepared: Prepared, request: Request, days: Mapping[str, dt.date | None] | None = None
) -> extractive.SelectionContext:
    """Focus, history and what is known of each article (its date, whether it is a stub).
    `days`: the articles' dates (`disagree.article_dates`), when the caller has them."""
    if days is None:
        days = article_dates(prepared.cleaned, copy_of=prepared.copy_of)
    dates = {article_id: date.isoformat() for article_id, date in days.items() if date}
    return extractive.SelectionContext(
        focus=request.focus or None,
        history=request.history,
        dated=frozenset(dates),
        dates=dates,
        stubs=prepared.unweighed,
        copies=prepared.copy_of,
        embeddings=prepared.embeddings,
    )
