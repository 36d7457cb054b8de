"""A dated timeline of the events the sources report, each with every article that said it.

An event is a sentence with an event word ("struck", "killed", "met", ...) and exactly
one day it happened on: an absolute date ("January 16", "16 Jan 2024"), or a relative one
("yesterday", "on Tuesday") anchored to its article's date. Restatements of one event
(a dedup group) become one entry citing all their articles. Undated events are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence

from summarize.disagree import EVENT_WORDS, Reading, same_event
from summarize.facts import anchor_relative, extract
from summarize.models import Group, TimelineEntry
from summarize.textutil import stem

MAX_PER_DAY = 3  # the most widely reported events of one day
MAX_ENTRIES = 20


def build_timeline(
    readings: Sequence[Reading],
    groups: Sequence[Group],
    dates: dict[str, dt.date | None],
    article_order: dict[str, int] | None = None,
) -> list[TimelineEntry]:
    """Dated events in date order (then by how many sources report them, then position).
    Two tellings of one event on one day (shared context words) become one entry."""
    order = article_order or {}
    by_key = {reading.sentence.key: reading for reading in readings}
    fallback = _cluster_date(dates)
    per_day: dict[str, list[tuple[tuple[int, int, int], Reading, tuple[str, ...]]]] = defaultdict(
        list
    )
    for group in groups:
        members = sorted(group.members, key=lambda s: (order.get(s.article_id, 0), s.index))
        for member in members:
            reading = by_key.get(member.key)
            day = _event_day(reading, fallback) if reading else None
            if reading and day:
                sources = tuple(sorted(group.article_ids, key=lambda a: order.get(a, 0)))
                rank = (-len(sources), order.get(member.article_id, 0), member.index)
                per_day[day].append((rank, reading, sources))
                break
    entries: list[TimelineEntry] = []
    for day in sorted(per_day):
        kept: list[tuple[Reading, list[str]]] = []
        for _, reading, sources in sorted(per_day[day], key=lambda item: item[0]):
            same = next((item for item in kept if same_event(item[0], reading)), None)
            if same:
                same[1].extend(source for source in sources if source not in same[1])
            else:
                kept.append((reading, list(sources)))
        for reading, sources in kept[:MAX_PER_DAY]:
            sentence = reading.sentence
            text = anchor_relative(sentence.text, dates.get(sentence.article_id))
            cited = tuple(sorted(sources, key=lambda a: order.get(a, 0)))
            entries.append(TimelineEntry(day, text, cited))
    return entries[:MAX_ENTRIES]


def _cluster_date(dates: dict[str, dt.date | None]) -> dt.date | None:
    """For articles without a date: the middle one of the others' dates."""
    known = sorted(date for date in dates.values() if date)
    return known[len(known) // 2] if known else None


def _event_day(reading: Reading, fallback: dt.date | None) -> str | None:
    """ISO date of the one day the sentence's event happened on, or None. A date without
    a year in an undated article takes its year from the other articles' dates."""
    text = reading.sentence.text
    if not any(stem(word) in EVENT_WORDS for word in re.findall(r"[^\W\d_]+", text.casefold())):
        return None
    mentions = reading.facts.dates
    if fallback and any(not d.iso and not d.relative for d in mentions):
        mentions = tuple(d for d in extract(text, fallback).dates if not d.relative)
    if any(len(d.iso) == 7 for d in mentions):
        return None  # "in January 2024" next to a day: which one is the event's is unclear
    days = {d.iso for d in mentions if len(d.iso) == 10}
    return next(iter(days)) if len(days) == 1 else None
