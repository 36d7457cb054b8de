"""Attribute: turn selected groups into cited briefing sentences with support spans."""

from __future__ import annotations

from collections.abc import Sequence

from summarize.dedup import jaccard, shingles
from summarize.models import BriefSentence, Group, Support


def cite_groups(groups: Sequence[Group], article_order: dict[str, int]) -> list[BriefSentence]:
    """One briefing sentence per group, citing every article that said it.

    The text is the group's representative verbatim, so it occurs in the cleaned text of
    each cited source (exactly, or as the near-duplicate recorded in `support`).
    """
    sentences: list[BriefSentence] = []
    for group in groups:
        shown = group.representative
        shown_shingles = shingles(shown.text)
        members = sorted(group.members, key=lambda s: (article_order.get(s.article_id, 0), s.index))
        support = tuple(
            Support(
                source=member.article_id,
                sentence_index=member.index,
                start=member.start,
                end=member.end,
                score=1.0
                if member is shown or member.text == shown.text
                else round(jaccard(shown_shingles, shingles(member.text)), 4),
            )
            for member in members
        )
        citations = tuple(dict.fromkeys(item.source for item in support))
        sentences.append(BriefSentence(text=shown.text, citations=citations, support=support))
    return sentences
