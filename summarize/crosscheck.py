"""Cross-check the sources once an engine has written the briefing: where they disagree,
what happened when, which sources the cleaner found AI-written, and what that means for
each briefing sentence (disputed, corroborated by how many sources).

Disagreements and the timeline come from the SOURCE sentences for both engines, never
from generated text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from summarize import disagree
from summarize.copies import independent_count
from summarize.models import (
    BriefSentence,
    CleanedArticle,
    Disagreement,
    Group,
    Sentence,
    TimelineEntry,
)

AI_GENERATED = "ai_generated"
# What a claim only AI-written sources make is worth next to one a human-written source
# makes: low enough that such a claim never outranks a corroborated one.
AI_ONLY_WEIGHT = 0.25


@dataclass(frozen=True)
class CrossCheck:
    sentences: list[BriefSentence]  # the briefing's sentences with `disputed` and `corroboration`
    disagreements: list[Disagreement]
    timeline: list[TimelineEntry]
    flags: dict[str, tuple[str, ...]]  # article id -> flags, only for flagged articles


def source_flags(cleaned: Sequence[CleanedArticle]) -> dict[str, tuple[str, ...]]:
    """("ai_generated",) for each article the cleaner removed an AI-content disclaimer from."""
    return {
        article.id: (AI_GENERATED,) for article in cleaned if article.removed.get("ai_disclaimer")
    }


def claim_weight(article_ids: Sequence[str], flags: dict[str, tuple[str, ...]]) -> float:
    """1.0 when a human-written source states the claim, AI_ONLY_WEIGHT when only
    AI-written ones do. Selection multiplies a group's score by it."""
    if any(AI_GENERATED not in flags.get(article_id, ()) for article_id in article_ids):
        return 1.0
    return AI_ONLY_WEIGHT if article_ids else 1.0


def cross_check(
    cleaned: Sequence[CleanedArticle],
    candidates: Sequence[Sentence],
    groups: Sequence[Group],
    sentences: Sequence[BriefSentence],
    article_order: dict[str, int],
    find_disagreements: bool = True,
    with_timeline: bool = False,
    near_pairs: Sequence[tuple[Sentence, Sentence]] | None = None,
    copy_of: Mapping[str, str] | None = None,
) -> CrossCheck:
    """`near_pairs`: the near-duplicate pairs dedup saw (None: find them here); `copy_of`:
    {copy: original} articles (`summarize.copies`), which share a date."""
    flags = source_flags(cleaned)
    disagreements: list[Disagreement] = []
    timeline: list[TimelineEntry] = []
    if find_disagreements or with_timeline:
        dates = disagree.article_dates(cleaned, copy_of=copy_of)
        worth_reading = disagree.worth_reading(candidates, near_pairs)
        readings = disagree.read_sentences(worth_reading, dates)
        if find_disagreements:
            disagreements = disagree.find_disagreements(readings, article_order, near_pairs)
        if with_timeline:
            from summarize.timeline import build_timeline  # only when asked for (--timeline)

            timeline = build_timeline(readings, groups, dates, article_order)
    where = {key: index for index, item in enumerate(disagreements) for key in item.sentences}
    marked = []
    for sentence in sentences:
        disputed = sorted(
            index
            for index in {
                where[(item.source, item.sentence_index)]
                for item in sentence.support
                if (item.source, item.sentence_index) in where
            }
            if _states_a_value(sentence, disagreements[index])
        )
        # Independent sources: the copies of one story (a wire story republished) are one.
        independent = independent_count(sentence.citations, copy_of or {})
        marked.append(replace(sentence, disputed=tuple(disputed), corroboration=independent))
    return CrossCheck(marked, disagreements, timeline, flags)


def _states_a_value(sentence: BriefSentence, disagreement: Disagreement) -> bool:
    """An extracted sentence states what its source sentence states; a generated one only
    carries the dispute when one of the disputed values is in its own words."""
    if sentence.support_score >= 1.0:
        return True
    text = sentence.text.casefold()
    return any(value.value.casefold() in text for value in disagreement.values)
