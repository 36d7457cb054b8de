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
from summarize.facts import figure_keys
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
    disagreements = _join_cited_tellings(disagreements, sentences, candidates, article_order)
    # A source sentence may be in several disputes (its toll and its day): each is marked.
    where: dict[tuple[str, int], set[int]] = {}
    for index, item in enumerate(disagreements):
        for key in item.sentences:
            where.setdefault(key, set()).add(index)
    marked = []
    for sentence in sentences:
        disputed = sorted(
            index
            for index in set().union(
                *(where.get((item.source, item.sentence_index), ()) for item in sentence.support)
            )
            if _states_a_value(sentence, disagreements[index])
        )
        # Independent sources: the copies of one story (a wire story republished) are one.
        independent = independent_count(sentence.citations, copy_of or {})
        marked.append(replace(sentence, disputed=tuple(disputed), corroboration=independent))
    return CrossCheck(marked, disagreements, timeline, flags)


def _join_cited_tellings(
    disagreements: list[Disagreement],
    sentences: Sequence[BriefSentence],
    candidates: Sequence[Sentence],
    article_order: Mapping[str, int],
) -> list[Disagreement]:
    """Each disputed value with every source the briefing cites for it: a briefing sentence
    that states one value of a dispute cites sources whose telling of it the detector never
    compared (the pairs it compares are the ones that differ), and the reader must see them
    under that value too ("12 [1][3]", as the sentence cites, not "12 [1]"). A source is
    added only when its supporting sentence gives the value itself and it gives no other."""
    if not disagreements:
        return disagreements
    text_of = {(s.article_id, s.index): s.text for s in candidates}
    joined = list(disagreements)
    for sentence in sentences:
        keys = {(item.source, item.sentence_index) for item in sentence.support}
        for index, item in enumerate(joined):
            if keys.isdisjoint(item.sentences):
                continue
            holding = [
                i
                for i, value in enumerate(item.values)
                if not keys.isdisjoint((s.source, s.sentence_index) for s in value.support)
            ]
            if len(holding) != 1:
                continue  # the sentence's sources give several of the values: nothing to add
            value = item.values[holding[0]]
            listed = {source for other in item.values for source in other.sources}
            added = [
                support
                for support in sentence.support
                if support.source not in listed
                and _gives_value(
                    text_of.get((support.source, support.sentence_index), ""), value.value, item
                )
            ]
            if not added:
                continue
            support = sorted(
                (*value.support, *added),
                key=lambda s: (article_order.get(s.source, 0), s.sentence_index),
            )
            values = list(item.values)
            values[holding[0]] = replace(
                value,
                sources=tuple(dict.fromkeys(s.source for s in support)),
                support=tuple(support),
            )
            joined[index] = replace(
                item,
                values=tuple(values),
                sentences=(*item.sentences, *((s.source, s.sentence_index) for s in added)),
            )
    return joined


def _gives_value(text: str, value: str, disagreement: Disagreement) -> bool:
    """Whether a source sentence states a disputed value: the same figure however written
    ("Twelve" / "12") for a number, the words themselves for a date, a place or an actor."""
    if not text:
        return False
    if disagreement.slot == "number":
        wanted = figure_keys(value)
        return bool(wanted) and wanted <= figure_keys(text)
    return value.casefold() in text.casefold()


def _states_a_value(sentence: BriefSentence, disagreement: Disagreement) -> bool:
    """An extracted sentence states what its source sentence states; a generated one only
    carries the dispute when one of the disputed values is in its own words."""
    if sentence.support_score >= 1.0:
        return True
    text = sentence.text.casefold()
    return any(value.value.casefold() in text for value in disagreement.values)
