"""Where sources differ: the same fact reported with a different figure, date, place or actor.

Two ways find sentences (from different articles) that report the same fact:

- near-duplicates: MinHash LSH over the sentences' content words with their figures and
  dates taken out (dedup's index, at a lower threshold), verified by exact Jaccard; the
  pairs dedup refuses to merge because their figures differ are among them;
- the same event: an inverted index on (agent, event, patient), e.g. ("iran", "attack",
  "pakistan") for "Iran fired missiles into Pakistan" and "Iran launched strikes on
  Pakistan", verified by shared context words; within a large bucket only a few members
  per value are compared, so the cost stays near-linear.

A pair is a disagreement when one slot differs and the rest agrees: a figure that counts
the same thing ("9 militants" / "12 militants") and cannot be a rounding or bound of the
other ("nearly 100" / "over 90" can), a date, or one name replaced by another. Pairs join
into groups (union-find); each group lists every value with its sources and spans.

Figures are also compared by what they count, however worded, in buckets by value (a few
members per value): tolls, counted things, one act's sum of money (a fine, a purchase,
aid; the same parties; in a currency both give, a conversion being the same sum), a
party's seats and share of one vote, a quake's magnitude (two agencies' in one article
too), one person's term for one act ("sentenced to 12 years" / "jailed for 10 years",
"banned for three matches" / "a two-match ban"). Figures of two moments, given on two days
or one as the result of a change ("rose to 97"), are a development, not a dispute.

One person in one role named two ways ("chief executive Mark Feld" / "Mark Feldman", "Anna
Berg" / "Maria Berg") is a name in dispute; spellings a letter apart are one name.

Values told in other words are compared too: a small body's vote ("ruling 6-3" / "in a 5-4
decision"), the age one died at ("at the age of 87" / "aged 88" / "She was 87."), the day
of one event read from each report's own date ("on Tuesday" in a report of 10 June /
"yesterday" in one of 11 June; "Brandt died on Friday" / "on Thursday"), a party's part
of the seats ("38 of the 101 seats") or the party a sentence refers back to ("The party
took 37 seats", "Its shares fell 6%"), a percentage of one act (an offer, a demand, a rise
or fall of one thing), one place's temperature on one day, a player's minute, a list of
identifiers with another member, the cost of one thing. `values_differ` asks the same rules
of two sentences, for attribution: a source that gives another value is not cited for it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import TypeVar

from summarize.dedup import jaccard, lsh_candidates
from summarize.facts import (
    COUNT_MODIFIER,
    MONTHS,
    NOT_COUNTED,
    PLACE_KINDS,
    POINTS,
    SHARED_EVENT_WORDS,
    TITLES,
    UNIT_WORDS,
    WEEKDAYS,
    Facts,
    Quantity,
    contest,
    counted_thing,
    disaster_stems,
    entity_names,
    event_terms,
    extract,
    figure_frame,
    gives_points,
    has_digit,
    infer_year,
    mentions_toll,
    name_runs,
    named_spans,
    names_a_day,
    names_in_order,
    news_terms,
    one_edit_apart,
    parse_date,
    role_reading,
    same_entity,
    same_roles,
    same_telling,
    shares_event,
    subject,
    tallies,
    tolls,
    without_conversions,
    years,
)
from summarize.models import (
    CleanedArticle,
    Disagreement,
    DisagreementValue,
    Sentence,
    Support,
)
from summarize.patterns import compiled
from summarize.textutil import (
    IRREGULAR_PAST,
    LETTER_WORD,
    STOPWORDS,
    content_terms,
    normalize_text,
    stem,
    words,
)

NEAR_THRESHOLD = 0.5  # context Jaccard for "the same sentence with one value changed"
NAME_THRESHOLD = 0.6
WEEKDAY_THRESHOLD = 0.7  # stricter when the differing value is a name
EVENT_OVERLAP = 0.3  # shared context (overlap coefficient) for two tellings of one event
GROUP_OVERLAP = 0.5  # stricter when the sets of organisations named differ
MAX_DATE_GAP_DAYS = 7  # further apart, two dates of one event key are two events
_PER_VALUE = 3  # members compared per value within one event bucket
_MAX_COMPARED = 64  # readings of one event bucket compared pairwise at most

# Event words (Porter stems) and the kind of event they report.
_EVENTS = {
    "attack": "strike struck attack fire launch hit bomb shell raid airstrik invad shot shoot "
    "missil retali",
    "casualty": "kill die dead death wound injur",
    "arrest": "arrest detain charg sentenc convict jail",
    "meeting": "meet met visit talk",
    "vote": "elect vote won win defeat",
    "money": "pay paid fund rais cost spent spend sold sell buy bought",
}
EVENT_WORDS = {word: kind for kind, text in _EVENTS.items() for word in text.split()}
_EVENT_STEMS = frozenset(EVENT_WORDS)
_EVENT_CANDIDATE = compiled(
    r"\b(?:" + "|".join(sorted({word[:3] for word in EVENT_WORDS})) + r")[^\W\d_]*",
    re.IGNORECASE,
)
_PLACE_WORDS = {"in", "at", "near", "into", "inside", "from", "across", "of"}
_DATELINE = compiled(r",?\s*(?:\d{4}\s*)?(?:\([^)]{2,30}\)\s*)?(?:--|—|–|_|-)\s")
_WEB = compiled(r"https?://|www\.", re.IGNORECASE)
_RANGE = compiled(r"\s*(?:to|through|until|-|–)\s*\d")
# A figure with what it counts or its currency right after it ("4,200 jobs", "$1.2
# billion", "1.15 billion dollars"), a quake's magnitude or a share of the vote: a sentence
# the count rules may compare.
_COUNT = compiled(
    r"(?P<money>(?:[$€£]|USD|EUR|GBP)\s?\d|\d\s+(?:[mb]illion\s+)?(?:dollars|euros?)\b)"
    r"|(?P<magnitude>\bmagnitude\b)|(?P<share>\d\s?(?:%|percent|per cent) of the (?:\w+ )?vote)"
    rf"|\d\s+(?:{COUNT_MODIFIER}\s+)?(?P<thing>[a-z]{{3,}})"
)


@lru_cache(maxsize=1 << 14)
def _count_words(text: str) -> frozenset[str]:
    """What the figures of a sentence may count, read cheaply ("job" for "4,200 jobs",
    "$" for money): two sentences can only tell one count twice where these meet."""
    found = set()
    if gives_points(text):
        found.add(POINTS)
    # (Every match of _COUNT holds a digit or "magnitude": most sentences need no search.)
    counts = _COUNT.finditer(text) if has_digit(text) or "magnitude" in text else ()
    for match in counts:
        special = next((key for key in ("money", "magnitude", "share") if match.group(key)), "")
        if special:
            found.add("$" if special == "money" else special)
        else:
            found.add(news_terms([stem(match.group("thing"))])[0])
    return frozenset(found - NOT_COUNTED)


# A figure in digits or in a word ("5", "five", "dozen").
_NUMBER_WORD = (
    r"(?:\d[\d,.]*|(?:"
    + "|".join(sorted(UNIT_WORDS, key=lambda word: (-len(word), word)))
    + r")\b)"
)
_ATTRIBUTION = compiled(r"\b(?:said|says|told|according to|announced|claimed|stated)\b")


@dataclass(frozen=True)
class Reading:
    """One sentence read for the facts it states."""

    sentence: Sentence
    facts: Facts
    context: frozenset[str]  # content stems without figures and dates
    names: tuple[tuple[str, int, int], ...]
    event: tuple[str, str, str] | None  # (agent, kind, patient)
    has_event_word: bool = False  # "struck", "killed", "met", ...
    # Organisations named by an acronym "(BLF)" in this sentence or the ones that go on
    # telling its event in the same paragraph.
    groups: frozenset[str] = frozenset()
    group_sentences: tuple[Sentence, ...] = ()  # where those acronyms are, when elsewhere
    reported: dt.date | None = None  # the article's date, when known
    # The counts of people it gives by what happened to them ({"dead": {12.0}}: facts.tolls).
    tolls: tuple[tuple[str, frozenset[float]], ...] = ()

    @property
    def name_set(self) -> frozenset[str]:
        return frozenset(name for name, _, _ in self.names)


def article_dates(
    cleaned: Sequence[CleanedArticle],
    read_before: Sequence[dt.date] = (),
    copy_of: Mapping[str, str] | None = None,
) -> dict[str, dt.date | None]:
    """Each article's date: its `published` metadata, the date the cleaner found (a
    dateline or a date line), else the last date line the cleaner removed from it. A
    dateline's day without a year ("LIMA, May 9 (Xinhua) --") takes the year that puts it
    nearest the other articles' dates (wire copy of one story is days apart), counting
    the dates of the articles `read_before` (an update briefing's history). An undated
    article and its dated copy (`copy_of`: {copy: original}, `summarize.copies`) tell one
    story of one day: each takes the other's date."""
    dates: dict[str, dt.date | None] = {}
    year_unknown: dict[str, tuple[int, int]] = {}
    for article in cleaned:
        found = article.date
        date = parse_date(article.article.published) or parse_date(found)
        if date is None:
            removed = [text for category, text in article.removed_lines if category == "date"]
            date = parse_date(removed[-1]) if removed else None
        if date is None and found and found.startswith("--"):
            year_unknown[article.id] = (int(found[2:4]), int(found[5:7]))
        dates[article.id] = date
    known = sorted([*(date for date in dates.values() if date), *read_before])
    if known and year_unknown:
        middle = known[len(known) // 2]
        for article_id, (month, day) in year_unknown.items():
            with contextlib.suppress(ValueError):  # 29 February of a year without one
                dates[article_id] = dt.date(infer_year(month, day, middle), month, day)
    for copy, original in (copy_of or {}).items():
        if copy in dates and original in dates:
            dates[copy] = dates[copy] or dates[original]
            dates[original] = dates[original] or dates[copy]
    return dates


def read_sentences(
    sentences: Sequence[Sentence], dates: dict[str, dt.date | None]
) -> list[Reading]:
    """The facts of every sentence, read once for both the detector and the timeline."""
    cache: dict[tuple[str, dt.date | None], Reading] = {}
    readings = []
    for sentence in sentences:
        key = (sentence.text, dates.get(sentence.article_id))
        if key not in cache:
            cache[key] = _read(sentence, key[1])
        cached = cache[key]
        readings.append(
            cached if cached.sentence is sentence else replace(cached, sentence=sentence)
        )
    return _with_groups(readings)


_ACRONYM = compiled(r"\(([A-Z]{2,6})\)")
_NOT_GROUPS = frozenset({"AP", "AFP", "UPI", "CNN", "BBC", "PDF", "UTC", "GMT", "EST", "USD"})


def _with_groups(readings: list[Reading]) -> list[Reading]:
    """Attach to each event sentence the acronyms of its paragraph until the next event."""
    result = list(readings)
    owner: int | None = None
    for index, reading in enumerate(readings):
        previous = readings[index - 1].sentence if index else None
        same_paragraph = previous is not None and (
            previous.article_id == reading.sentence.article_id
            and previous.paragraph == reading.sentence.paragraph
        )
        if reading.event or not same_paragraph:
            owner = index if reading.event else None
        found = {a for a in _ACRONYM.findall(reading.sentence.text) if a not in _NOT_GROUPS}
        if found and owner is not None:
            held = result[owner]
            extra = held.group_sentences + ((reading.sentence,) if owner != index else ())
            result[owner] = replace(held, groups=held.groups | found, group_sentences=extra)
    return result


def _read(sentence: Sentence, reference: dt.date | None) -> Reading:
    text = sentence.text
    facts = extract(text, reference)
    spans = sorted(
        [(q.start, q.end) for q in facts.quantities] + [(d.start, d.end) for d in facts.dates]
    )
    pieces, cursor = [], 0
    for start, end in spans:
        pieces.append(text[cursor:start])
        cursor = max(cursor, end)
    pieces.append(text[cursor:])
    context = frozenset(content_terms(" ".join(pieces)))
    names = facts.name_spans
    has_event_word = not _EVENT_STEMS.isdisjoint(context)
    # Who did what to whom is only compared for sentences with a value or an acronym.
    needs_event = (
        has_event_word and len(names) >= 2 and (facts.quantities or facts.dates or "(" in text)
    )
    event = _event(_event_words(text), names) if needs_event else None
    found = tolls(text, facts.quantities) if facts.quantities else {}
    return Reading(
        sentence,
        facts,
        context,
        names,
        event,
        has_event_word,
        reported=reference,
        tolls=tuple(sorted(found.items())),
    )


def _event_words(text: str) -> list[tuple[re.Match[str], str]]:
    """(match, kind) of each event word, in order; only words whose first three letters
    could begin one are stemmed."""
    found = []
    for match in _EVENT_CANDIDATE.finditer(text):
        kind = EVENT_WORDS.get(stem(match.group().casefold()))
        if kind:
            found.append((match, kind))
    return found


def _event(
    events: Sequence[tuple[re.Match[str], str]], names: Sequence[tuple[str, int, int]]
) -> tuple[str, str, str] | None:
    """(agent, kind, patient) around the first event word with a name on each side: the
    last name before it and the first name after it, or None."""
    if len(names) < 2:
        return None
    for match, kind in events:
        before = [name for name, start, _ in names if start < match.start()]
        after = [name for name, start, _ in names if start > match.end()]
        if before and after and before[-1] != after[0]:
            return before[-1], kind, after[0]
    return None


@dataclass(frozen=True)
class _Finding:
    slot: str
    sub: str  # tells two disputed figures of one sentence apart (the noun they count)
    left: int  # reading indexes
    right: int
    left_value: tuple[str, str]  # (normalised key, as written)
    right_value: tuple[str, str]
    agree: bool = False
    right_sub: str | None = None  # the right side's own `sub`, when it differs

    @property
    def nodes(self) -> tuple[tuple[int, str, str], tuple[int, str, str]]:
        """(reading, kind, sub) of each side: where a figure is, or what a date or name is of."""
        kind = _SLOT_GROUP.get(self.slot, "name")
        right_sub = self.sub if self.right_sub is None else self.right_sub
        return (self.left, kind, self.sub), (self.right, kind, right_sub)


_SLOT_GROUP = {"number": "number", "date": "date"}


def _figure_finding(
    a: int, ra: Reading, qa: Quantity, b: int, rb: Reading, qb: Quantity, agree: bool | None = None
) -> _Finding:
    """A figure of one sentence against a figure of another, each known by where it stands
    (so every rule that compares one figure joins it to one group)."""
    return _Finding(
        "number",
        f"@{qa.start}",
        a,
        b,
        _figure_key(qa, ra.sentence.text),
        _figure_key(qb, rb.sentence.text),
        qa.compatible(qb) if agree is None else agree,
        right_sub=f"@{qb.start}",
    )


def worth_reading(
    sentences: Sequence[Sentence], near_pairs: Sequence[tuple[Sentence, Sentence]] | None
) -> list[Sentence]:
    """The sentences a disagreement or a timeline entry can come from, in order: all of
    them without `near_pairs`; else the members of near pairs, sentences that name a day,
    and paragraphs that name an organisation by acronym. Reading only these keeps the
    cross-check a small part of the whole briefing."""
    if near_pairs is None:
        return list(sentences)
    paired = {sentence.key for pair in near_pairs for sentence in pair}
    # Figures of one thing in two articles (`_count_findings` compares them).
    counted: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        for word in _count_words(s.text):
            counted[word].add(s.article_id)
    in_two = {word for word, articles in counted.items() if len(articles) > 1}
    with_acronym = {
        (s.article_id, s.paragraph) for s in sentences if "(" in s.text and _ACRONYM.search(s.text)
    }
    # Ages of named people (`_age_findings`) and every sentence of their articles that names
    # them (where a first name tells which of a family an age is of).
    aged = [s for s in sentences if _ages_in(s.text)]
    surnames: dict[str, set[str]] = defaultdict(set)
    for s in aged:
        surnames[s.article_id].update(item.person[1] for item in _ages_in(s.text))
    # "She was 87." and the sentence before it, which names her.
    told_before = {
        (s.article_id, s.index - back) for s in sentences if _pronoun_age(s.text) for back in (0, 1)
    }
    # People in roles (`_person_name_findings`): one role and first name with two surnames,
    # or one role and surname with two first names, in two articles.
    named_values: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    named_in: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for s in sentences:
        for person in _role_names(s.text):
            for key, value in _name_keys(person):
                named_values[key].add(value)
                named_in[key].add(s.article_id)
    two_ways = {key for key, found in named_values.items() if len(found) > 1}
    two_ways = {key for key in two_ways if len(named_in[key]) > 1}
    # Percentages of one act, temperatures, minutes and lists of identifiers two articles
    # give (`_percent_findings`, `_temperature_findings`, ...).
    valued: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s in sentences:
        for value_key in _value_keys(s.text):
            valued[value_key].add(s.article_id)
    valued_in_two = {key for key, articles in valued.items() if len(articles) > 1}
    kept = [
        s
        for s in sentences
        if s.key in paired
        or s.key in told_before
        or (s.article_id in surnames and _names_one_of(s.text, surnames[s.article_id]))
        or (s.article_id, s.paragraph) in with_acronym
        or names_a_day(s.text)
        or mentions_toll(s.text)
        or not in_two.isdisjoint(_count_words(s.text))
        or tallies(s.text)
        or _terms(s.text)
        or any(key in two_ways for p in _role_names(s.text) for key, _ in _name_keys(p))
        or not valued_in_two.isdisjoint(_value_keys(s.text))
    ]
    # The sentence before one that refers back to its actor ("Its shares fell 6%") names it.
    before = {(s.article_id, s.index - 1) for s in kept if _ANAPHOR.match(s.text)}
    if not before:
        return kept
    kept_keys = {s.key for s in kept} | before
    return [s for s in sentences if s.key in kept_keys]


def _value_keys(text: str) -> frozenset[tuple[str, str]]:
    """What the value rules may compare in a sentence: the acts of its percentages, the
    scales of its temperatures, the players of its minutes, its lists' identifiers."""
    keys = {("%", " ".join(key)) for key in _percents(text)}
    keys |= {("°", item.key) for item in _temperatures(text)}
    keys |= {("minute", item.key) for item in _minutes(text)}
    keys |= {("code", code) for _, codes, _ in _code_lists(text) for code in codes}
    return frozenset(keys)


def _names_one_of(text: str, surnames: set[str]) -> bool:
    folded = text.casefold()
    return any(name in folded for name in surnames) and not surnames.isdisjoint(
        name for name, _, _ in named_spans(text)
    )


def find_disagreements(
    readings: Sequence[Reading],
    article_order: dict[str, int] | None = None,
    near_pairs: Sequence[tuple[Sentence, Sentence]] | None = None,
) -> list[Disagreement]:
    """The facts that sources report with different values, most widely reported first.
    `near_pairs` are the near-duplicate candidates dedup found (None: found here)."""
    order = article_order or {}
    # Exact copies of a sentence (after case and punctuation folding) are read as one; the
    # copies join whatever their original is found in.
    first: dict[str, int] = {}
    copies: dict[int, list[int]] = defaultdict(list)
    for index, reading in enumerate(readings):
        key = normalize_text(reading.sentence.text)
        if key in first:
            copies[first[key]].append(index)
        else:
            first[key] = index
    distinct = sorted(first.values())
    shown = [readings[i] for i in distinct]
    if near_pairs is None:
        pairs = _lsh_pairs(shown)
    else:
        position = {reading.sentence.key: i for i, reading in enumerate(shown)}
        pairs = sorted(
            {
                (min(position[a.key], position[b.key]), max(position[a.key], position[b.key]))
                for a, b in near_pairs
                if a.key in position and b.key in position
            }
        )
    local = _near_duplicate_findings(shown, pairs) + _event_findings(shown) + _group_findings(shown)
    # One person in one role named two ways, where no near-duplicate pair named them.
    named_pairs = {(f.left, f.right) for f in local if f.slot not in _SLOT_GROUP}
    local += [f for f in _person_name_findings(shown) if (f.left, f.right) not in named_pairs]
    # Who won one contest, where sources name different winners.
    local += _contest_findings(shown)
    # The day of one event told in other words, where no near-duplicate pair dated it.
    dated_pairs = {(f.left, f.right) for f in local if f.slot == "date"}
    local += [f for f in _event_day_findings(shown) if (f.left, f.right) not in dated_pairs]
    # Each rule compares only the figures no rule before it compared (in that pair).
    for rule in _FIGURE_RULES:
        compared = {
            (f.left, f.right, node) for f in local if f.slot == "number" for node in f.nodes
        }
        local += [f for f in rule(shown) if not _compared_already(f, compared)]
    # Two sources that count one event differently may also date it differently ("on
    # Saturday, killing 12" / "on Friday, killing 15"): both disputes are shown.
    dated = {(f.left, f.right) for f in local if f.slot == "date"}
    for left, right in dict.fromkeys((f.left, f.right) for f in local if f.slot == "number"):
        if (left, right) not in dated:
            ra, rb = shown[left], shown[right]
            local += _compare_dates(left, right, ra, rb, max_gap=MAX_DATE_GAP_DAYS, tied=True)
    findings = [
        replace(finding, left=distinct[finding.left], right=distinct[finding.right])
        for finding in local
    ]
    return _group(findings, readings, order, copies)


def _compared_already(
    finding: _Finding, compared: set[tuple[int, int, tuple[int, str, str]]]
) -> bool:
    return any((finding.left, finding.right, node) in compared for node in finding.nodes)


def _different_articles(a: Reading, b: Reading) -> bool:
    return a.sentence.article_id != b.sentence.article_id


def _lsh_pairs(readings: Sequence[Reading]) -> list[tuple[int, int]]:
    usable = [i for i, r in enumerate(readings) if len(r.context) >= 4]
    return [
        (usable[left], usable[right])
        for left, right in lsh_candidates([readings[i].context for i in usable], NEAR_THRESHOLD)
    ]


def _near_duplicate_findings(
    readings: Sequence[Reading], pairs: Sequence[tuple[int, int]]
) -> list[_Finding]:
    findings: list[_Finding] = []
    for a, b in pairs:
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb) or jaccard(ra.context, rb.context) < NEAR_THRESHOLD:
            continue
        if _WEB.search(ra.sentence.text) or _WEB.search(rb.sentence.text):
            continue  # "Visit ... at http://...": page furniture, not a reported fact
        if not same_roles(ra.facts.names, rb.facts.names) or _of_two_things(ra, rb):
            continue
        found = _compare_figures(a, b, ra, rb)
        if _another_moment(ra, rb):
            # Counts given on two days, or one after a change, are a development; a span
            # of time ("Three days earlier") does not grow, nor a sum told as no change.
            unchanged = not (_CHANGED.search(ra.sentence.text) or _CHANGED.search(rb.sentence.text))
            kept = {
                f"@{q.start}"
                for q in ra.facts.quantities
                if (q.noun in NOT_COUNTED and not q.unit) or (q.unit in _MONEY_UNITS and unchanged)
            }
            found = [f for f in found if f.sub in kept]
        found += _compare_dates(a, b, ra, rb, max_gap=None)
        if not any(not f.agree for f in found):
            found += _compare_names(a, b, ra, rb)
        findings += found
    return findings


def _event_findings(readings: Sequence[Reading]) -> list[_Finding]:
    buckets: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for index, reading in enumerate(readings):
        if reading.event and (reading.facts.dates or reading.facts.quantities):
            buckets[reading.event].append(index)
    findings: list[_Finding] = []
    for members in buckets.values():
        if len({readings[i].sentence.article_id for i in members}) < 2:
            continue
        by_value: dict[str, list[int]] = defaultdict(list)
        for index in members:
            day = _single_day(readings[index])
            if day:
                by_value[day[0]].append(index)
        if len(by_value) < 2:
            continue
        for a, b in _compared_pairs(by_value.values()):
            ra, rb = readings[a], readings[b]
            if _different_articles(ra, rb) and same_event(ra, rb):
                findings += _compare_dates(a, b, ra, rb, max_gap=MAX_DATE_GAP_DAYS)
    return findings


def _toll_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """Tolls of one event that sources count differently, however each words it ("killing
    at least 12 people" / "at least 15 people were killed" / "twelve people died"): two
    sentences of different articles that give one count of the dead (the injured, the
    arrested) of one disaster (`_one_toll`). Reports of different days are not
    compared (`_another_moment`): a toll that rose overnight is news, not a dispute."""
    buckets: dict[str, dict[float, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, reading in enumerate(readings):
        for kind, values in reading.tolls:
            if len(values) == 1:
                buckets[kind][next(iter(values))].append(index)
    findings: list[_Finding] = []
    for by_value in buckets.values():
        if len(by_value) < 2:
            continue
        value_of = {index: value for value, members in by_value.items() for index in members}
        days_of = _days_of_values(readings, by_value)
        for a, b in _compared_pairs(list(by_value.values())):
            ra, rb = readings[a], readings[b]
            if not _different_articles(ra, rb) or _another_moment(ra, rb):
                continue
            if counts_of_parts(ra.sentence.text, rb.sentence.text) or _two_days(ra, rb):
                continue  # "has killed some 800 people in its 30-year campaign"
            day_a, day_b = days_of[value_of[a]], days_of[value_of[b]]
            borrowed = not (_single_day(ra) and _single_day(rb))  # else `_two_days` decided
            if borrowed and len(day_a) == len(day_b) == 1 and day_a != day_b:
                continue  # "four were killed on Tuesday" / "125 died" ("125 ... on Monday")
            if _years_apart(ra, rb):
                continue  # "a similar disaster in 2015 ... killed more than 90 people"
            if not _one_toll(ra, rb):
                continue
            qa, qb = _quantity(ra, value_of[a]), _quantity(rb, value_of[b])
            if qa is None or qb is None:
                continue
            findings.append(_figure_finding(a, ra, qa, b, rb, qb))
    return findings


def _days_of_values(
    readings: Sequence[Reading], by_value: Mapping[float, list[int]]
) -> dict[float, frozenset[str]]:
    """The days the sentences giving each value of one toll name for it: a figure told
    with no day of its own is of the day another source gives the same figure ("125 people
    had died" / "As many as 125 people died on Monday"), not of the day of another figure
    ("four people were killed on Tuesday")."""
    days: dict[float, frozenset[str]] = {}
    for value, members in by_value.items():
        named = (_single_day(readings[index]) for index in members)
        days[value] = frozenset(day[0] for day in named if day)
    return days


def _count_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """One thing counted differently by two sources in their own words ("27 confirmed
    cases" / "Tanzania has confirmed 29 cases", "cut 4,200 jobs" / "will cut 4,000 jobs",
    "$1.2 billion" / "about 1.15 billion dollars"): the figures count the same thing
    (`facts.counted_thing`, once in each sentence), and the sentences tell the same event.
    As with tolls, reports of different days are not compared (`_another_moment`)."""
    counted = [_counted(reading) for reading in readings]
    entries = (
        (index, thing, quantity.value)
        for index, found in enumerate(counted)
        for thing, quantity in found.items()
    )
    findings: list[_Finding] = []
    for thing, a, b in _pairs_by_value(entries):
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb) or _another_moment(ra, rb) or _years_apart(ra, rb):
            continue
        qa, qb = counted[a][thing], counted[b][thing]
        if _states(rb, qa) or _states(ra, qb):
            continue  # the other sentence states this value too: not in dispute
        if not _one_count(ra, qa, rb, qb) or _two_things(ra, qa, rb, qb):
            continue
        if _whole_of_a_part(ra.sentence.text, qa) or _whole_of_a_part(rb.sentence.text, qb):
            continue  # "guilty on four of five charges": five is all, not the ones found
        findings.append(_figure_finding(a, ra, qa, b, rb, qb))
    return findings


_PART_OF_WHOLE = compiled(
    rf"(?:\b{_NUMBER_WORD}|\ball|\bnone|\bmost)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


def _whole_of_a_part(text: str, quantity: Quantity) -> bool:
    """Whether a figure is the whole a part is told of ("four of five charges", "all of the
    12 counts"): not the count of the part another source gives."""
    return _PART_OF_WHOLE.search(text[max(0, quantity.start - 30) : quantity.start]) is not None


def _tally_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """One vote's tally told differently ("voted 151 to 147" / "by 152 votes to 147"): two
    sentences of different articles that name a place or body in common and give tallies
    so close that they are one vote (within `_TALLY_SLACK` of its votes cast); two votes of
    one story ("220-210" in the House, "51-49" in the Senate) are far apart. The same tally
    in two articles is one vote, named or not ("The bill passed 152 to 147"); the days two
    tellings of one vote name are compared too."""
    with_tally = [(i, tallies(r.sentence.text)) for i, r in enumerate(readings)]
    with_tally = [(i, found) for i, found in with_tally if len(found) == 1]
    findings: list[_Finding] = []
    for (a, (tally_a,)), (b, (tally_b,)) in itertools.combinations(with_tally, 2):
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb):
            continue
        named = not ra.name_set.isdisjoint(rb.name_set)
        if not _one_vote(tally_a, tally_b, named, partial(same_event, ra, rb)):
            continue
        findings.append(
            _Finding(
                "number",
                "vote",
                a,
                b,
                (f"{tally_a[0]}-{tally_a[1]}", f"{tally_a[0]} to {tally_a[1]}"),
                (f"{tally_b[0]}-{tally_b[1]}", f"{tally_b[0]} to {tally_b[1]}"),
                agree=tally_a == tally_b,
            )
        )
        # One vote has one day: "voted 151 to 147 on Monday" / "on Tuesday ... 152 to 147".
        day_a, day_b = _single_day(ra), _single_day(rb)
        if day_a and day_b and day_a[0][:1].isdigit() == day_b[0][:1].isdigit():
            findings.append(_Finding("date", "", a, b, day_a, day_b, agree=day_a[0] == day_b[0]))
    return findings


_TALLY_SLACK = 0.02


def _one_vote(
    a: tuple[int, int],
    b: tuple[int, int],
    names_in_common: bool,
    one_event: Callable[[], bool] = lambda: False,
) -> bool:
    """Whether two tallies are one vote told twice: the same tally, or tallies within
    `_TALLY_SLACK` of the votes cast that name a place or body in common or give one side
    alike ("voted 118 to 98" / "lost by 116 votes to 98"); two votes of one story ("220-210"
    in the House, "51-49" in the Senate) are far apart. A small body's vote ("ruling 6-3" /
    "in a 5-4 decision": nine justices) is one vote when as many voted, the sentences name
    a body in common and tell one event in words in common (`one_event`, asked last: one
    court decides many cases by 5-4)."""
    if a == b:
        return True
    if not (names_in_common or a[0] == b[0] or a[1] == b[1]):
        return False
    gap = abs(a[0] - b[0]) + abs(a[1] - b[1])
    if gap <= _TALLY_SLACK * max(sum(a), sum(b)):
        return True
    return names_in_common and sum(a) == sum(b) and one_event()


def tallies_differ(a: str, b: str) -> bool:
    """Whether `b` gives another tally of the one vote `a` gives (`_one_vote`), and never
    `a`'s: a source that says "116 to 98" contradicts "voted 118 to 98"."""
    tallies_a, tallies_b = tallies(a), tallies(b)
    if len(tallies_a) != 1 or not tallies_b or tallies_a <= tallies_b:
        return False
    (tally,) = tallies_a
    names = not frozenset(names_in_order(a)).isdisjoint(names_in_order(b))
    one_event = partial(same_event, _text_reading(a), _text_reading(b))
    return any(_one_vote(tally, other, names, one_event) for other in tallies_b)


# --- when a value was given: another day's figure is a development, not a dispute --------

# The day a source gave its figure ("the health ministry said late on Tuesday", "official
# results released Monday", "said earlier today").
_SAID_ON = compiled(
    r"\b(?:said|says|announced|reported|released|stated|confirmed|told\s+[\w-]+)"
    # "said in a statement on Saturday", "said in a brief post late on Friday"
    r"(?:\s+in\s+an?\s+(?:[\w-]+\s+)?(?:statement|interview|post|message|briefing|release"
    r"|email|letter|video))?"
    r"(?:\s+(?:late|early|earlier|later))?(?:\s+on)?\s+"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday)\b",
    re.IGNORECASE,
)
# A value stated as the result of a change: a later figure than one given without it ("the
# toll rose to 97", "cases reaching 110", "now 205", "the recount moved one seat").
_CHANGED = compiled(
    r"\b(?:rose|rises|risen|rising|climbed|climbs|jumped|jumps|increased|grew|grows|soared"
    r"|surged|doubled|tripled|fell|dropped|declined|reached|reaches|reaching|now|recount"
    r"|revised|updated|upgraded|downgraded|raised|lowered|reduced|up from|down from"
    r"|(?:bringing|brings|brought|raising|taking|takes|pushing|pushed)\s+(?:the\s+)?"
    r"(?:(?:death|casualty|official)\s+)?(?:toll|number|total|tally|count)\b)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)  # every pair of figures the detector weighs asks again
def told_as_change(text: str) -> bool:
    """Whether a sentence states its figure as the result of a change ("rose to 97", "now
    stands at", "up from six"): a later moment of a count than a figure stated plainly."""
    return _CHANGED.search(text) is not None


@lru_cache(maxsize=1 << 14)  # every pair of figures the detector weighs asks again
def _said_day(text: str) -> str | None:
    """The day named with "said" in `text` (`_SAID_ON`), case-folded, or None."""
    said = _SAID_ON.search(text)
    return None if said is None else said.group("day").casefold()


def _report_day(reading: Reading) -> dt.date | str | None:
    """The day a sentence's source gave its figure: the day named with "said" (a date
    where the article's date anchors it, else the weekday), else the article's date."""
    day = _said_day(reading.sentence.text)
    reported = reading.reported
    if day is None:
        return reported
    if day in ("today", "tonight"):
        return reported
    if day == "yesterday":
        return reported - dt.timedelta(days=1) if reported else None
    if reported is None:
        return day
    return reported - dt.timedelta(days=(reported.weekday() - WEEKDAYS.index(day)) % 7)


def _weekday(day: dt.date | str) -> str:
    return WEEKDAYS[day.weekday()] if isinstance(day, dt.date) else day


def _another_moment(ra: Reading, rb: Reading) -> bool:
    """Whether two sentences' figures may be of two moments, so that they differ as a
    count develops: given on two different days (`_report_day`: "said late on Tuesday"
    against an article of Monday), or, where a day is unknown, one stated as the result of
    a change and the other not ("rose to 97" / "42 people were killed", "giving it 65
    seats after the recount" / "63 seats")."""
    day_a, day_b = _report_day(ra), _report_day(rb)
    if day_a is not None and day_b is not None:
        if isinstance(day_a, dt.date) and isinstance(day_b, dt.date):
            return day_a != day_b
        return _weekday(day_a) != _weekday(day_b)
    return told_as_change(ra.sentence.text) != told_as_change(rb.sentence.text)


# --- who a figure is of: the parties named in its clause ---------------------------------

# Where a clause of its own begins ("64 seats, while the National Front won 51"); a clause
# opened by ", which" tells of the name before it, so it joins the clause it follows.
_CLAUSE_BREAK = compiled(r";|,\s+(?:and|while|but|whereas)\s|\s+while\s|(?P<which>,\s+which\s)")
_PLACE_BEFORE = frozenset(
    ["in", "at", "near", "into", "inside", "outside", "across", "off", "throughout"]
)
# Name words many different actors share ("Alder Bank" and "Birch Bank" are not one bank,
# the "European Commission" is not the "European Union"): a party is told by its others.
_SHARED_NAME_WORDS = frozenset(
    """the of and for european europe eu national international united states u.s us uk
    union group company companies corporation corp inc ltd plc co bank party court
    commission ministry agency government council board department general federal state
    republic new north south east west central president minister prime chief office
    authority commissioner committee assembly parliament""".split()  # noqa: SIM905
)


def _clause(text: str, quantity: Quantity) -> tuple[int, int]:
    """Where the clause of a figure begins and ends."""
    start, end = 0, len(text)
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= quantity.start:
            start = start if match.group("which") else match.end()
        elif match.start() >= quantity.end and not match.group("which"):
            end = match.start()
            break
    return start, end


def _parties(text: str, start: int, end: int) -> tuple[tuple[str, ...], ...]:
    """The actors `text[start:end]` names (`facts.entities`), places ("in Luxembourg") left
    out: who paid, bought, gave or won."""
    found: list[tuple[int, list[str]]] = []
    previous_end = -1
    for name, name_start, name_end in named_spans(text):
        if name_start < start or name_end > end:
            continue
        if found and not text[previous_end:name_start].strip():
            found[-1][1].append(name)
        else:
            found.append((name_start, [name]))
        previous_end = name_end
    parties = []
    for name_start, names in found:
        before = re.findall(r"[a-z]+", text[max(0, name_start - 20) : name_start].casefold())
        if not (before and before[-1] in _PLACE_BEFORE) or _held_in(before):
            parties.append(tuple(names))
    return tuple(parties)


def _held_in(before: Sequence[str]) -> bool:
    """Whether the words before a name hold it as a company ("Shares in Nordvik", "a
    stake in Veltra"), not as a place."""
    return len(before) > 1 and before[-1] == "in" and before[-2] in _HELD_IN


def _one_party(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names are one actor: the same name, one the initials of the other ("EU"
    / "European Union"), or a word in common that few actors share ("Veltrax" / "Veltrax
    Systems", "Unity Party" / "Dara Velmar's Unity Party")."""
    if a == b or bool((set(a) & set(b)) - _SHARED_NAME_WORDS):
        return True
    for short, long in ((a, b), (b, a)):
        if len(short) == 1 and len(long) > 1:
            initials = "".join(word[0] for word in long if word not in ("of", "the", "and"))
            if short[0].replace(".", "") == initials:
                return True
    return False


def _vague(name: tuple[str, ...]) -> bool:
    """One word many actors share ("European regulators", "the Commission", "U.S."): it
    names no party the other clause must name too."""
    return len(name) == 1 and name[0] in _SHARED_NAME_WORDS


def _same_parties(
    text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]
) -> bool:
    """Whether two clauses tell of the same actors: one actor in common, and each actor one
    of them names (but a `_vague` one) named by the other too, for one side at least;
    "fined Alder Bank" / "fined Birch Bank" name two, "Alder Bank was fined" / "the
    Board fined Birch Bank" too."""
    return _parties_agree(_parties(text_a, *span_a), _parties(text_b, *span_b))


def _parties_agree(a: Sequence[tuple[str, ...]], b: Sequence[tuple[str, ...]]) -> bool:
    """`_same_parties` of the parties two clauses name (an actor referred back to and not
    found, `_UNKNOWN`, is none of them)."""
    if _UNKNOWN in (a, b) or not any(_one_party(x, y) for x in a for y in b):
        return False

    def covered(these: Sequence[tuple[str, ...]], those: Sequence[tuple[str, ...]]) -> bool:
        return all(any(_one_party(x, y) for y in those) for x in these if not _vague(x))

    return covered(a, b) or covered(b, a)


# A clause that names its actor by referring back ("The party took 37 seats", "Its shares
# fell 6%", "The company has offered 3.5%"): the actor the sentence before named.
_ANAPHOR = compiled(
    r"\s*(?:(?:But|And|Meanwhile),?\s+)?(?:(?:The|the|Its|its|Their|their|Her|her|His|his)\s+"
    r"(?:party|company|firm|group|union|bank|carmaker|chipmaker|automaker|airline|retailer"
    r"|government|club|team|insurer|lender|owner|operator)\b|(?:It|Its|Their|They)\b)"
)
_UNKNOWN: tuple[tuple[str, ...], ...] = (("?",),)  # an actor referred back to, not found


def _clause_parties(
    reading: Reading, span: tuple[int, int], read: Mapping[tuple[str, int], Reading]
) -> tuple[tuple[str, ...], ...]:
    """The parties `_parties` finds in a clause of a reading; for a clause that refers
    back to its actor (`_ANAPHOR`) and names none, the subject (else the first actor) of
    the sentence before it in its article (among the readings `read`, by key), `_UNKNOWN`
    where that sentence was not read or names nobody."""
    text = reading.sentence.text
    parties = _parties(text, *span)
    if parties or not _ANAPHOR.match(text, span[0]):
        return parties
    article, position = reading.sentence.key
    before = read.get((article, position - 1))
    if before is None:
        return _UNKNOWN
    previous = before.sentence.text
    actor = subject(previous) or next(iter(_parties(previous, 0, len(previous))), None)
    return (actor,) if actor else _UNKNOWN


# --- sums of money of one act ------------------------------------------------------------

_MONEY_UNITS = ("$", "€", "£")
_CURRENCY_WORD = compiled(r"\s+(?:U\.?S\.?\s+)?(?:dollars?|euros?)\b", re.IGNORECASE)
_CONVERSION_PAREN = compiled(r"\s*\([^()]{1,40}\)")
# The acts a sum of money is told of: what was paid as a fine, for a company, as aid.
_MONEY_ACTS = {
    "fine": "fine fined fines penalty penalties penalised penalized",
    "buy": "buy buys bought buying acquire acquires acquired acquiring acquisition takeover "
    "purchase purchased",
    "aid": "pledge pledged pledges pledging aid assistance",
    "cost": "cost costs costing spend spends spent",
}
_ACT_OF = {word: act for act, text in _MONEY_ACTS.items() for word in text.split()}
_ACT_REACH = (6, 5)  # words before and after a sum that may say what it was for
# A sum of several ("a total of 875 million euros", "so far"): not one act's.
_SUM_OF_SEVERAL = compiled(
    r"\b(?:total|totals|totalling|totaling|combined|in all|altogether|so far|cumulative)\b",
    re.IGNORECASE,
)


def _of_several(text: str, quantity: Quantity) -> bool:
    return _SUM_OF_SEVERAL.search(text, *_clause(text, quantity)) is not None


@lru_cache(maxsize=1 << 12)
def _conversion_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence gives a figure again in other units ("($1.2 billion)":
    `facts.without_conversions`)."""
    plain = without_conversions(text)
    if plain == text:
        return ()
    return tuple(
        (match.start(), match.end())
        for match in re.finditer(r"\s+", plain)
        if text[match.start() : match.end()].strip()
    )


def _conversion_at(text: str, position: int) -> bool:
    return any(start <= position < end for start, end in _conversion_spans(text))


def _money_act(text: str, quantity: Quantity) -> str:
    """What a sum was paid for, by the nearest word of an act in its clause: "fine" for
    "fined Dornell Bank 1.1 billion euros" and "a $1.3 billion penalty", "aid" for
    "pledged 5 million euros", "" when none is near."""
    plain = without_conversions(text)
    before = re.split(r"[,;:]", plain[max(0, quantity.start - 80) : quantity.start])[-1]
    after = re.split(r"[,;:]", plain[quantity.end : quantity.end + 80])[0]
    near = [
        *enumerate(reversed(re.findall(r"[a-z]+", before.casefold())[-_ACT_REACH[0] :])),
        *enumerate(re.findall(r"[a-z]+", after.casefold())[: _ACT_REACH[1]]),
    ]
    acts = sorted((distance, _ACT_OF[word]) for distance, word in near if word in _ACT_OF)
    return acts[0][1] if acts else ""


@dataclass(frozen=True)
class _Sum:
    """A sum of money one act of a sentence is told with, in each currency it is given."""

    quantity: Quantity  # as first written
    by_unit: Mapping[str, Quantity]  # it and its conversions ("$": $1.2 billion)


def _sums(reading: Reading) -> dict[str, _Sum]:
    """The sums of money a sentence gives for an act, one per act ({"fine": 1.1 billion
    euro ($1.2 billion)}); an act with two sums, or a sum of several, is left out."""
    text = reading.sentence.text
    # Each sum as written, with the conversions that follow it.
    written: list[dict[str, Quantity]] = []
    for quantity in reading.facts.quantities:
        if quantity.unit not in _MONEY_UNITS:
            continue
        if written and _conversion_at(text, quantity.start):
            written[-1].setdefault(quantity.unit, quantity)
        else:
            written.append({quantity.unit: quantity})
    found: dict[str, list[_Sum]] = defaultdict(list)
    for by_unit in written:
        quantity = next(iter(by_unit.values()))
        act = _money_act(text, quantity)
        if act and not _of_several(text, quantity):
            found[act].append(_Sum(quantity, by_unit))
        elif act:
            found[act].append(_Sum(quantity, {}))  # a sum of several: the act is told twice
    return {act: sums[0] for act, sums in found.items() if len(sums) == 1 and sums[0].by_unit}


def _sums_agree(a: _Sum, b: _Sum) -> bool:
    """Whether two sums can be one, compared in a currency both give ("1.1 billion euro
    ($1.2 billion)" / "$1.3 billion" differ in dollars); in no common currency they cannot
    be told apart, and are taken to agree."""
    common = a.by_unit.keys() & b.by_unit.keys()
    return not common or any(a.by_unit[unit].compatible(b.by_unit[unit]) for unit in common)


def _money_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """One act's sum of money told differently ("upheld a 1.1 billion euro ($1.2 billion)
    fine against Veltrax" / "rejected Veltrax's challenge to a 1.2 billion euro fine" /
    "a $1.3 billion penalty"): the same act (a fine, a purchase, aid: `_money_act`) by the
    same parties (`_same_parties`: one donor, one company fined), compared in a currency
    both give, a conversion in parentheses being the same sum. A sum in another currency
    only joins the values of a dispute. A sum stated as changed ("raised its offer to")
    and another day's are not compared."""
    sums = [_sums(reading) for reading in readings]
    entries = (
        (index, act, _figure_key(amount.quantity)[0])
        for index, found in enumerate(sums)
        for act, amount in found.items()
    )
    findings: list[_Finding] = []
    for act, a, b in _pairs_by_value(entries):
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb) or _two_days(ra, rb):
            continue
        sum_a, sum_b = sums[a][act], sums[b][act]
        qa, qb = sum_a.quantity, sum_b.quantity
        text_a, text_b = ra.sentence.text, rb.sentence.text
        if act == "cost":
            if not _cost_of_one_thing(text_a, qa, text_b, qb):
                continue
        elif not _same_parties(text_a, _clause(text_a, qa), text_b, _clause(text_b, qb)):
            continue
        if counts_of_parts(text_a, text_b) or _a_later_claim(ra, rb):
            continue  # "another 2 million euros", "raised its offer to $5 billion"
        findings.append(_figure_finding(a, ra, qa, b, rb, qb, _sums_agree(sum_a, sum_b)))
    return findings


def _a_later_claim(ra: Reading, rb: Reading) -> bool:
    """Whether one of two tellings of a claim (a sum, an offer) states it as changed
    ("raised its offer to") where they were not given on one day: a later claim."""
    if not (_CHANGED.search(ra.sentence.text) or _CHANGED.search(rb.sentence.text)):
        return False
    day_a, day_b = _report_day(ra), _report_day(rb)
    return day_a is None or day_a != day_b


def _cost_of_one_thing(text_a: str, qa: Quantity, text_b: str, qb: Quantity) -> bool:
    """Whether two sums are the cost of one thing: what each is for is one word ("The
    repairs will cost $14 million" / "Halifax will spend $41 million repairing the
    bridge"), both are rates or neither, and the payers named before the sums, where
    both name one, agree (who said it, after the sum, is no payer)."""
    payers_a = _parties(text_a, _clause(text_a, qa)[0], qa.start)
    payers_b = _parties(text_b, _clause(text_b, qb)[0], qb.start)
    if payers_a and payers_b and not _parties_agree(payers_a, payers_b):
        return False
    if _is_rate(text_a, qa) != _is_rate(text_b, qb):
        return False
    thing_a, thing_b = _cost_thing(text_a, qa), _cost_thing(text_b, qb)
    return bool(thing_a) and thing_a == thing_b


# Words between a cost's verb and what it is for: auxiliaries, a rate, a preposition.
_COST_FILLER = frozenset(
    """will would could should may might is are was were has have had to be been also
    a an the per each every year years month week day annually on in for about some
    nearly roughly almost around dollars dollar euros euro pounds""".split()  # noqa: SIM905
)


def _cost_thing(text: str, quantity: Quantity) -> str:
    """What a cost is of, by its verb: the word before "cost" ("The repairs will cost"),
    or the word after the sum "spend" governs ("spend $41 million repairing"); by its
    stem, "" when the sum has no such verb next to it."""
    start, end = _clause(text, quantity)
    before = _WORD_SPAN.findall(text, start, quantity.start)
    after = _WORD_SPAN.findall(text, quantity.end, end)
    verbs = [i for i, word in enumerate(before) if _ACT_OF.get(word.casefold()) == "cost"]
    if not verbs or len(before) - verbs[-1] > 3:
        return ""  # no verb of cost right before the sum ("a $2bn defence spending bill")
    if before[verbs[-1]].casefold().startswith("cost"):
        words = reversed(before[: verbs[-1]])
    else:
        words = iter(after)
    for word in words:
        folded = word.casefold()
        if folded not in _COST_FILLER and folded not in STOPWORDS and word.islower():
            return news_terms([stem(folded)])[0]
    return ""


def _two_things(ra: Reading, qa: Quantity, rb: Reading, qb: Quantity) -> bool:
    """Whether two figures of one kind are of two things: sums of money two parties paid or
    got for one kind of act ("fined Alder Bank 1.1 billion euros" / "fined Birch Bank 1.3
    billion euros"), a sum of several and one ("a total of 2.5 billion euros"), two
    parties' results of a vote ("The Unity Party won 64 seats" / "The National Front won
    51 seats"), two years' results, a result and a poll's or the house's seats, or a
    quake's magnitude and an aftershock's. A figure told with no party named ("The party
    took 61 seats") may be either party's."""
    text_a, text_b = ra.sentence.text, rb.sentence.text
    if qa.before == qb.before == "magnitud":
        return (_OTHER_QUAKE.search(text_a) is None) != (_OTHER_QUAKE.search(text_b) is None)
    if qa.unit in _MONEY_UNITS and qb.unit in _MONEY_UNITS:
        if _of_several(text_a, qa) != _of_several(text_b, qb):
            return True  # "a total of 2.5 billion euros" / "fined Alder Bank 1.1 billion"
        act = _money_act(text_a, qa)
        if not act or act == "cost" or act != _money_act(text_b, qb):
            return False  # (a cost is told by what it is for, not by who names it)
        span_a, span_b = _clause(text_a, qa), _clause(text_b, qb)
    else:
        results_a = {q.start: span for _, q, span in _results(ra)}
        results_b = {q.start: span for _, q, span in _results(rb)}
        if (qa.start in results_a) != (qb.start in results_b):
            # A result and a poll's or the turnout's figure ("A poll gave the party 35%"),
            # or the seats of the whole house ("won 64 of the Assembly's 150 seats").
            text, quantity = (text_b, qb) if qa.start in results_a else (text_a, qa)
            return bool(_NOT_A_RESULT.search(text)) or _of_the_whole(text, quantity)
        if qa.start not in results_a:
            return False
        if years(text_a) != years(text_b):
            return True  # "won 58 seats in the 2022 election"
        span_a, span_b = results_a[qa.start], results_b[qb.start]
    named = _parties(text_a, *span_a) and _parties(text_b, *span_b)
    return bool(named) and not _same_parties(text_a, span_a, text_b, span_b)


def _of_two_things(ra: Reading, rb: Reading) -> bool:
    """Whether two sentences give different figures of two things (`_two_things`): their
    other differences, a name, are those of two facts too."""
    return any(
        qa.unit == qb.unit and qa.value != qb.value and _two_things(ra, qa, rb, qb)
        for qa in ra.facts.quantities
        for qb in rb.facts.quantities
    )


# --- a vote's result: the seats and the share each party won -----------------------------

_RESULT_VERB = compiled(
    r"\b(?:won|wins|win|winning|took|takes|take|taking|secured|secures|captured|got|gets"
    r"|giving|gave|gives|came\s+\w+\s+with)\b",
    re.IGNORECASE,
)
_SHARE_OF_VOTE = compiled(r"\s+of\s+the\s+(?:\w+\s+)?(?:vote|votes|ballots)\b", re.IGNORECASE)
_VOTE_WORDS = compiled(r"\b(?:votes?|seats?|elections?|ballots?)\b", re.IGNORECASE)
_NOT_A_RESULT = compiled(r"\b(?:polls?|survey|surveys|turnout|approval|rating)\b", re.IGNORECASE)
# "64 of the Assembly's 150 seats": the seats of the whole house, not a party's.
_OF_THE_WHOLE = compiled(r"\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*$")


# "38 of the 101 seats", "12 of its 40 stores": a part, counting what the whole counts.
_OF_A_WHOLE = compiled(
    r"\s+of\s+(?:the|its|their|his|her)\s+(?:[A-Z][\w'’-]*\s+)*[\d,]+\s+(?P<thing>[a-z]{3,})\b"
)


def _part_of_whole(text: str, quantity: Quantity) -> str:
    """What a part told against its whole counts ("seat" for "secured 38 of the 101
    seats"), "" when the figure is no such part."""
    found = _OF_A_WHOLE.match(text, quantity.end)
    return stem(found["thing"]) if found else ""


def _of_the_whole(text: str, quantity: Quantity) -> bool:
    return _OF_THE_WHOLE.search(text, _clause(text, quantity)[0], quantity.start) is not None


def _results(reading: Reading) -> tuple[tuple[str, Quantity, tuple[int, int]], ...]:
    """(what, figure, where the party is named) for each share of the vote ("38.4% of the
    vote", "won 51 seats with 31.2%") and number of seats a party won, told in a clause
    that names who won it with a verb of winning ("took", "won", "giving it")."""
    text = reading.sentence.text
    if _NOT_A_RESULT.search(text) or not _VOTE_WORDS.search(text):
        return ()
    return _results_in(text, reading.facts.quantities)


@lru_cache(maxsize=1 << 12)  # every pair of near-duplicates asks (`_two_things`)
def _results_in(
    text: str, quantities: tuple[Quantity, ...]
) -> tuple[tuple[str, Quantity, tuple[int, int]], ...]:
    found: dict[tuple[str, int], list[tuple[str, Quantity, tuple[int, int]]]] = defaultdict(list)
    for quantity in quantities:
        if quantity.unit == "%":
            what = "share"
        elif not quantity.unit and "seat" in (
            counted_thing(text, quantity),
            _part_of_whole(text, quantity),
        ):
            what = "seat"
        else:
            continue
        start, end = _clause(text, quantity)
        if what == "share" and not (
            _SHARE_OF_VOTE.match(text, quantity.end) or _VOTE_WORDS.search(text, start, end)
        ):
            continue
        if _of_the_whole(text, quantity):
            continue
        if not _RESULT_VERB.search(text, start, quantity.start):
            continue  # "She needs 76 seats to govern"
        found[(what, start)].append((what, quantity, (start, quantity.start)))
    return tuple(items[0] for items in found.values() if len(items) == 1)


def _result_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """A party's seats or share of the vote told differently ("The Unity Party ... took 64
    seats" / "Dara Velmar's Unity Party won ..., with official results giving it 38.1% of
    the vote and 63 seats"): the same party named before the figure (`_same_parties`),
    results of one day (`_another_moment`: "after the recount, giving it 65" is a later
    count), of no two different years."""
    results = [_results(reading) for reading in readings]
    by_key = {reading.sentence.key: reading for reading in readings}
    entries = (
        (index, what, _figure_key(quantity)[0])
        for index, found in enumerate(results)
        for what, quantity, _ in found
    )
    findings: list[_Finding] = []
    for what, a, b in _pairs_by_value(entries):
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb) or _another_moment(ra, rb) or _two_days(ra, rb):
            continue
        text_a, text_b = ra.sentence.text, rb.sentence.text
        if counts_of_parts(text_a, text_b) or years(text_a) != years(text_b):
            continue
        for what_a, qa, span_a in results[a]:
            for what_b, qb, span_b in results[b]:
                if what_a == what_b == what and _parties_agree(
                    _clause_parties(ra, span_a, by_key), _clause_parties(rb, span_b, by_key)
                ):
                    findings.append(_figure_finding(a, ra, qa, b, rb, qb))
    return findings


# --- a percentage of one act: an offer, a demand, one thing's rise or fall ----------------

# The acts a percentage is told of, by the words that tell them; an offer or a demand is
# what the figure is whatever rise it offers ("offered a pay increase of 4%").
_PERCENT_ACTS = {
    "offer": "offer offers offered offering propose proposes proposed proposing",
    "demand": "demand demands demanded demanding want wants wanted seek seeks seeking "
    "ask asks asking",
    "up": "rose rise rises rising risen jumped jump jumps climbed climb climbs gained gain "
    "gains surged surge soared soar rallied increased up higher",
    "down": "fell fall falls falling fallen sank sink sinks slid slide slides slumped slump "
    "tumbled tumble plunged plunge dropped drop drops lost lose declined decline down lower",
}
_PERCENT_ACT_OF = {word: act for act, text in _PERCENT_ACTS.items() for word in text.split()}
_CLAIMS = ("offer", "demand")  # a party's claim: the act however the rise is worded
_PERCENT_REACH = (8, 3)  # words before and after a percentage that may tell its act
# Words between a thing and the verb of its move ("shares closed down", "revenue was up").
_MOVE_FILLER = frozenset(
    """closed went ended finished traded were was is are has have had been about some nearly
    roughly almost around by also more than""".split()  # noqa: SIM905
)
_FROM_BEFORE = compiled(r"\bfrom\s+(?:about\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
_TO_BEFORE = compiled(r"\bto\s+(?:about\s+|some\s+|nearly\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def _percents(text: str) -> dict[tuple[str, str], Quantity]:
    """The percentages a sentence gives of one act each, by (act, what): ("offer", "") for
    "The company has offered a pay increase of 4%", ("down", "share") for "Its shares fell
    6%"; a level a thing reached ("rose to 7%") is ("up to", ...); a value a change was
    from ("from 5%"), and an act told with two percentages, are left out."""
    if "%" not in text and "percent" not in text and "per cent" not in text:
        return {}
    found: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
    for quantity in extract(text).quantities:
        if quantity.unit != "%" or _SHARE_OF_VOTE.match(text, quantity.end):
            continue
        before = text[max(0, quantity.start - 30) : quantity.start]
        if _FROM_BEFORE.search(before):
            continue
        key = _percent_act(text, quantity)
        if key is None:
            continue
        if key[0] in ("up", "down") and _TO_BEFORE.search(before):
            key = (f"{key[0]} to", key[1])
        found[key].append(quantity)
    return {key: figures[0] for key, figures in found.items() if len(figures) == 1}


def _percent_act(text: str, quantity: Quantity) -> tuple[str, str] | None:
    """(act, what) of a percentage, by the words of its clause near it: a claim first
    (`_CLAIMS`), else the nearest word of a move, what moved being the word before it."""
    start, end = _clause(text, quantity)
    words = [(m.start(), m.group()) for m in _WORD_SPAN.finditer(text, start, end)]
    first_after = next((i for i, (at, _) in enumerate(words) if at >= quantity.end), len(words))
    reach = range(max(0, first_after - _PERCENT_REACH[0]), first_after + _PERCENT_REACH[1])
    acts = sorted(
        (act not in _CLAIMS, abs(i - first_after + 0.5), i, act)
        for i in reach
        if i < len(words) and (act := _PERCENT_ACT_OF.get(words[i][1].casefold()))
    )
    if not acts:
        return None
    _, _, position, act = acts[0]
    if act in _CLAIMS:
        return act, ""
    # What moved: the word before the verb, fillers and names inside the sentence aside
    # ("Shares in Nordvik Semiconductor fell", "Veltra shares closed down").
    for at, previous in reversed(words[:position]):
        folded = previous.casefold()
        opener = not text[:at].strip(" \"“‘'(")
        if folded in _MOVE_FILLER or folded in STOPWORDS or (previous[:1].isupper() and not opener):
            continue
        return act, news_terms([stem(folded)])[0]
    return None


_WORD_SPAN = compiled(r"[^\W\d_][\w'’-]*")


def _percent_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """A percentage of one act told differently ("Veltra has offered 3.5%" / "The company
    has offered a pay increase of 4%", "Its shares fell 6% in extended trading" /
    "Nordvik Semiconductor shares sank about 9% in extended trading"): the same act of the
    same thing (`_percents`), by the same party where both name one (a clause that refers
    back to it, "Its shares", names the actor of the sentence before it: `_ANAPHOR`),
    telling one event, at one moment and place. A value the other sentence also gives is
    not in dispute; a rise and a fall, or a change and a level reached, are not compared."""
    percents = [_percents(reading.sentence.text) for reading in readings]
    by_key = {reading.sentence.key: reading for reading in readings}
    entries = (
        (index, key, quantity.value)
        for index, found in enumerate(percents)
        for key, quantity in found.items()
    )
    findings: list[_Finding] = []
    for key, a, b in _pairs_by_value(entries):
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb) or _two_days(ra, rb):
            continue
        # A claim stands until it is changed ("raised its offer to 4%"); a move is of its day.
        claim = key[0] in _CLAIMS
        if _a_later_claim(ra, rb) if claim else _another_moment(ra, rb):
            continue
        qa, qb = percents[a][key], percents[b][key]
        text_a, text_b = ra.sentence.text, rb.sentence.text
        if _states(rb, qa) or _states(ra, qb):
            continue
        if _years_apart(ra, rb) or told_of_other_places(text_a, text_b):
            continue
        if counts_of_parts(text_a, text_b):
            continue  # "15% in three years" / "another 2%"
        if not _percent_parties(ra, qa, rb, qb, by_key):
            continue
        if not (same_event(ra, rb) or shares_event(text_a, text_b, 2) or _one_named_day(ra, rb)):
            continue
        findings.append(_figure_finding(a, ra, qa, b, rb, qb, _percents_agree(qa, qb)))
    return findings


def _percents_agree(a: Quantity, b: Quantity) -> bool:
    """`Quantity.compatible`, but a half is no rounding of the whole above it: an outlet
    writes "3.5%" as it is, and "4%" is another offer ("31.4%" / "31%" are one share)."""
    if not a.compatible(b):
        return False
    for precise, rounded in ((a, b), (b, a)):
        gap = abs(precise.value - rounded.value)
        plain = not (precise.qualifier or rounded.qualifier)
        if plain and gap and precise.step < rounded.step and math.isclose(gap, rounded.step / 2):
            return False
    return True


def _percent_parties(
    ra: Reading,
    qa: Quantity,
    rb: Reading,
    qb: Quantity,
    read: Mapping[tuple[str, int], Reading],
) -> bool:
    """Whether two percentages may be one party's: the parties named before each in its
    clause agree, or one side names none (an actor referred back to and not found is
    taken to be the other's: "Its shares" opening a report)."""
    text_a, text_b = ra.sentence.text, rb.sentence.text
    span_a = (_clause(text_a, qa)[0], qa.start)
    span_b = (_clause(text_b, qb)[0], qb.start)
    parties_a = _clause_parties(ra, span_a, read)
    parties_b = _clause_parties(rb, span_b, read)
    if not parties_a or not parties_b or _UNKNOWN in (parties_a, parties_b):
        return True
    return _parties_agree(parties_a, parties_b)


# --- a reading of one place's temperature, a goal's minute, a list of identifiers --------

# "46.2C", "46.2 °C", "46.2 degrees Celsius", "115 degrees Fahrenheit".
_TEMPERATURE = compiled(
    r"(?<![\w.,])(?P<value>-?\d{1,3}(?:\.\d+)?)\s?"
    r"(?:°\s?(?P<symbol>[CF])|(?P<letter>[CF])(?![\w-])"
    r"|degrees?\s+(?P<word>Celsius|Fahrenheit|centigrade|C|F)\b)"
)
# A bound or a forecast is no reading ("stay above 40C", "highs of up to 44C expected").
_NOT_A_READING = compiled(
    r"\b(?:above|below|over|under|than|up to|to|between|exceed\w*|top\w*|expected|forecasts?"
    r"|could|may|might|will|would)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Reading:
    """A value a sentence gives of one thing, as the rules below read it."""

    key: str  # what it is of ("C" for a temperature in Celsius, "sissoko" for a minute)
    value: str  # normalised ("46.2", "24B121")
    written: str
    start: int


@lru_cache(maxsize=1 << 12)
def _temperatures(text: str) -> tuple[_Reading, ...]:
    """The one temperature a sentence gives in each scale, a conversion in brackets after
    another aside ("46.2C (115.2F)"), bounds and forecasts left out."""
    if not has_digit(text) or not any(mark in text for mark in ("C", "F", "°", "degree")):
        return ()
    found: dict[str, list[_Reading]] = defaultdict(list)
    for match in _TEMPERATURE.finditer(text):
        if text[: match.start()].rstrip().endswith("(") and found:
            continue  # "46.2C (115.2F)": the same reading converted
        if _NOT_A_READING.search(text, max(0, match.start() - 30), match.start()):
            continue
        scale = (match["symbol"] or match["letter"] or match["word"])[0].upper()  # centigrade: C
        found[scale].append(_Reading(scale, match["value"], match.group().strip(), match.start()))
    return tuple(items[0] for items in found.values() if len(items) == 1)


def _rounded_alike(a: str, b: str) -> bool:
    """Whether two written values are one, the less precise the other rounded half up
    ("46.2" / "46"); a half is no rounding of the whole above it ("46.5" / "47")."""
    if float(a) == float(b):
        return True
    places_a, places_b = len(a.partition(".")[2]), len(b.partition(".")[2])
    if places_a == places_b:
        return False
    precise, rounded, places = (a, b, places_b) if places_a > places_b else (b, a, places_a)
    step = 10.0**-places
    gap = abs(float(precise) - float(rounded))
    return gap < step / 2 and not math.isclose(gap, step / 2)


def _temperature_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """One place's temperature on one day told differently ("Temperatures reached 46.2C in
    the town of El Granado on Saturday" / "El Granado recorded 46.5C this afternoon"): a
    reading in one scale each, of a place both name, on the day both give it (each read
    from its report's date), what happened shared; readings of other years ("The previous
    record, 45.2C, was set in 2019") and bounds are not compared."""
    found = [_temperatures(reading.sentence.text) for reading in readings]
    entries = ((index, item.key, item.value) for index, items in enumerate(found) for item in items)
    findings: list[_Finding] = []
    for scale, a, b in _pairs_by_value(entries):
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb) or _years_apart(ra, rb):
            continue
        text_a, text_b = ra.sentence.text, rb.sentence.text
        if not _one_day_of(ra, rb) or not _names_a_place_in_common(ra, rb):
            continue
        if not shares_event(text_a, text_b, 1) or _of_the_night(text_a) != _of_the_night(text_b):
            continue  # a night's low is not the day's high
        ta = next(item for item in found[a] if item.key == scale)
        tb = next(item for item in found[b] if item.key == scale)
        findings.append(_value_finding(a, ta, b, tb, _rounded_alike(ta.value, tb.value)))
    return findings


_NIGHT_LOW = compiled(r"\b(?:low|lows|lowest|minimum|overnight|night)\b", re.IGNORECASE)


def _of_the_night(text: str) -> bool:
    return _NIGHT_LOW.search(text) is not None


def _one_day_of(ra: Reading, rb: Reading) -> bool:
    """Whether two sentences tell of one day: the day each gives (`_event_day`, read from
    its report's date) is one, or, where one gives none, the reports are of one day."""
    day_a, day_b = _event_day(ra), _event_day(rb)
    if day_a and day_b:
        return day_a[0] == day_b[0]
    return not _another_moment(ra, rb)


def _one_named_day(ra: Reading, rb: Reading) -> bool:
    """Whether two sentences each name a day for what they tell, and the same one."""
    day_a, day_b = _event_day(ra), _event_day(rb)
    return bool(day_a and day_b and day_a[0] == day_b[0])


def _names_a_place_in_common(ra: Reading, rb: Reading) -> bool:
    places_a, places_b = _places(ra.sentence.text), _places(rb.sentence.text)
    if places_a and places_b:
        return not places_a.isdisjoint(places_b)
    return not ra.name_set.isdisjoint(rb.name_set)


def _value_finding(a: int, va: _Reading, b: int, vb: _Reading, agree: bool) -> _Finding:
    return _Finding(
        "number",
        f"@{va.start}",
        a,
        b,
        (f"{va.value}{va.key}", va.written),
        (f"{vb.value}{vb.key}", vb.written),
        agree=agree,
        right_sub=f"@{vb.start}",
    )


# "scored in the 76th minute", "Sissoko's 67th-minute goal", "a header after 23 minutes".
_MINUTE = compiled(
    r"\b(?:(?P<ordinal>\d{1,3})(?:st|nd|rd|th)[\s-]+minute\b|after\s+(?P<after>\d{1,3})\s+minutes\b)"
)


@lru_cache(maxsize=1 << 12)
def _minutes(text: str) -> tuple[_Reading, ...]:
    """The minute of a match a sentence gives each named player's act in ("Malik Sissoko
    scored in the 76th minute", "Malik Sissoko's 67th-minute goal"): the one minute of a
    clause, keyed by the surname of the first name of two words or more its clause gives
    (a one-word name may be a team's)."""
    if "minute" not in text:
        return ()
    matches = list(_MINUTE.finditer(text))
    found: list[_Reading] = []
    for match in matches:
        start, end = _clause_span(text, match.start(), match.end())
        if sum(start <= other.start() < end for other in matches) != 1:
            continue  # two minutes in a clause: whose is which?
        full = [name for name in _name_runs_between(text, start, end) if " " in name]
        player = full[0].split()[-1].casefold() if full else ""
        if player:
            value = match["ordinal"] or match["after"]
            player = player.removesuffix("'s").removesuffix("’s")
            found.append(_Reading(player, value, match.group(), match.start()))
    by_player: dict[str, list[_Reading]] = defaultdict(list)
    for item in found:
        by_player[item.key].append(item)
    return tuple(items[0] for items in by_player.values() if len(items) == 1)


def _clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end], between commas, semicolons and " as "/" and "."""
    before = max((m.end() for m in _MINUTE_CLAUSE.finditer(text, 0, start)), default=0)
    after = next((m.start() for m in _MINUTE_CLAUSE.finditer(text, end)), len(text))
    return before, after


_AGAIN = compiled(r"\b(?:again|another|twice|second goal|brace)\b", re.IGNORECASE)
_MINUTE_CLAUSE = compiled(r"[,;:]|\s(?:as|and|but|while|before|after\s+(?!\d))\s")


def _name_runs_between(text: str, start: int, end: int) -> list[str]:
    """Runs of capitalised words in text[start:end] (not the clause's first word alone)."""
    return [
        match.group().removesuffix("'s").removesuffix("’s")
        for match in _FULL_NAME.finditer(text, start, end)
    ]


_FULL_NAME = compiled(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)+")


def _minute_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """The minute of one player's goal (or other act) told differently ("Malik Sissoko
    scored in the 76th minute" / "Malik Sissoko's 67th-minute goal"): one player, one
    match (the same day, of no other year), and no source that gives the player both
    minutes or a second goal ("scored again"): two goals."""
    found = [_minutes(reading.sentence.text) for reading in readings]
    given: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, player) -> minutes
    for index, items in enumerate(found):
        for item in items:
            given[(readings[index].sentence.article_id, item.key)].add(item.value)
    entries = ((index, item.key, item.value) for index, items in enumerate(found) for item in items)
    findings: list[_Finding] = []
    for player, a, b in _pairs_by_value(entries):
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb) or _years_apart(ra, rb) or _two_days(ra, rb):
            continue
        if _AGAIN.search(ra.sentence.text) or _AGAIN.search(rb.sentence.text):
            continue  # "scored again in the 76th minute": a second goal
        ma = next(item for item in found[a] if item.key == player)
        mb = next(item for item in found[b] if item.key == player)
        if mb.value in given[(ra.sentence.article_id, player)]:
            continue  # the source gives the other minute too: two goals
        if ma.value in given[(rb.sentence.article_id, player)]:
            continue
        findings.append(_value_finding(a, ma, b, mb, ma.value == mb.value))
    return findings


# An identifier of letters and digits ("24B117", "A320", "MH370"), and a list of them.
_CODE = r"(?=[A-Z\d-]*\d)(?=[A-Z\d-]*[A-Z])[A-Z\d][A-Z\d-]{3,}\b"
_CODE_LIST = compiled(
    rf"(?P<label>(?:[a-z][\w-]*\s+){{1,2}})(?P<codes>\b{_CODE}(?:(?:,\s+|,?\s+(?:and|or)\s+)\b{_CODE})+)"
)
_ONE_CODE = compiled(rf"\b{_CODE}")
_NOT_LABEL = frozenset(["with", "carry", "carries", "carrying", "the", "and", "or", "of", "are"])


@lru_cache(maxsize=1 << 12)
def _code_lists(text: str) -> tuple[tuple[frozenset[str], tuple[str, ...], int], ...]:
    """(label stems, identifiers, start) of each list of identifiers a sentence gives ("lot
    numbers 24B117, 24B118 and 24B121": ({"lot", "number"}, ("24B117", ...)))."""
    if not has_digit(text) or not _ONE_CODE.search(text):
        return ()
    found = []
    for match in _CODE_LIST.finditer(text):
        label = frozenset(stem(word) for word in match["label"].split() if word not in _NOT_LABEL)
        if label:
            codes = tuple(_ONE_CODE.findall(match["codes"]))
            found.append((label, codes, match.start("codes")))
    return tuple(found)


def _identifier_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """A list of identifiers told with other members ("lot numbers 24B117, 24B118 and
    24B121" / "lot numbers 24B117, 24B118 and 24B112"): lists of one label (a word in
    common) in two articles that share a member, each with one the other lacks; the
    members only one side gives are the values. A shorter list ("lots 24B117 and
    24B118") is part of the other, not another."""
    lists = {index: _code_lists(r.sentence.text) for index, r in enumerate(readings)}
    # Pairs that share a member, found through an index by identifier: linear in the
    # sentences, as an identifier that more than `_MAX_COMPARED` sentences give ties none.
    holders: dict[str, list[int]] = {}
    for index, found in lists.items():
        for code in {code for _, codes, _ in found for code in codes}:
            holders.setdefault(code, []).append(index)
    pairs = sorted(
        {
            pair
            for bucket in holders.values()
            if len(bucket) <= _MAX_COMPARED
            for pair in itertools.combinations(bucket, 2)
        }
    )
    findings: list[_Finding] = []
    for a, b in pairs:
        found_a, found_b = lists[a], lists[b]
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb):
            continue
        for label_a, codes_a, start_a in found_a:
            for label_b, codes_b, start_b in found_b:
                only_a = [code for code in codes_a if code not in codes_b]
                only_b = [code for code in codes_b if code not in codes_a]
                if label_a.isdisjoint(label_b) or not set(codes_a) & set(codes_b):
                    continue
                if only_a and only_b:
                    va = _Reading("code", " ".join(only_a), " and ".join(only_a), start_a)
                    vb = _Reading("code", " ".join(only_b), " and ".join(only_b), start_b)
                    findings.append(_value_finding(a, va, b, vb, agree=False))
    return findings


# --- a quake's magnitude, and a second source's figure in the next sentence ---------------

_MAGNITUDE_AFTER = compiled(r"\s*-?\s*magnitude\b", re.IGNORECASE)
_OTHER_QUAKE = compiled(r"\b(?:aftershocks?|foreshocks?|previous|earlier quake)\b", re.IGNORECASE)
# A year a record is told from: "the strongest since 2008", "the lowest since records began
# in 1961".
RECORD_YEAR = compiled(
    r"\bsince\s+(?:(?:records?|record-keeping|measurements?)\s+(?:began|started)\s+in\s+)?"
    r"(?:19|20)\d\d\b"
)
# A second source's figure for what the sentence before gave ("The US Geological Survey
# put its magnitude at 6.6", "Police put the toll at 97").
_PUT_AT = compiled(r"\bput(?:s|ting)?\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?at\b", re.I)


def _magnitude(reading: Reading) -> Quantity | None:
    """The one magnitude a sentence gives of the quake its story is about ("A magnitude
    6.8 earthquake", "a 6.8-magnitude quake", "put its magnitude at 6.6"); none for an
    aftershock or a quake of another year."""
    text = reading.sentence.text
    found = [
        q
        for q in reading.facts.quantities
        if not q.unit and (q.before == "magnitud" or _MAGNITUDE_AFTER.match(text, q.end))
    ]
    if len(found) != 1 or _OTHER_QUAKE.search(text) or years(RECORD_YEAR.sub("", text)):
        return None
    return found[0]


def _magnitude_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """A quake's magnitude given differently: by two articles that tell one disaster
    (`_one_toll`), or by one article in two sentences, the second another source's
    ("which the Doravian Seismic Institute measured at magnitude 6.8" / "The US Geological
    Survey put its magnitude at 6.6"). The same magnitude joins such a dispute whoever
    tells it; a revised one ("upgraded to 7.1") is not compared."""
    with_magnitude = [(i, q) for i, r in enumerate(readings) if (q := _magnitude(r))]
    findings: list[_Finding] = []
    for (a, qa), (b, qb) in itertools.pairwise(with_magnitude):
        ra, rb = readings[a], readings[b]
        same_article = not _different_articles(ra, rb)
        adjacent = rb.sentence.index == ra.sentence.index + 1
        if same_article and adjacent and _PUT_AT.search(rb.sentence.text) and qa.value != qb.value:
            findings.append(_figure_finding(a, ra, qa, b, rb, qb))
    by_value: dict[float, list[int]] = defaultdict(list)
    for index, quantity in with_magnitude:
        by_value[quantity.value].append(index)
    quantity_of = dict(with_magnitude)
    for a, b in _compared_pairs(list(by_value.values())):
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb):
            continue
        qa, qb = quantity_of[a], quantity_of[b]
        if qa.value == qb.value:
            findings.append(_figure_finding(a, ra, qa, b, rb, qb, agree=True))
        elif _one_toll(ra, rb) and not _another_moment(ra, rb):
            findings.append(_figure_finding(a, ra, qa, b, rb, qb))
    return findings


# --- the age of one named person ----------------------------------------------------------

# A person's name: capitalised words, initials and name particles ("Juan R. McCullum",
# "Kent van der Kamp"); titles before it are read as part of it and set apart below.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_PERSON_RUN = rf"{_NAME_WORD}(?:\s+(?:[A-Z]\.|{_NAME_WORD}|van|von|der|de|da|du|del|al|bin|la|le))*"
# "Marie Dubois, 64," / "Carl Conyers, a 21-year-old student": the age after the name.
_AGE_AFTER = compiled(
    rf"(?P<name>{_PERSON_RUN}),\s+(?:(?P<article>an?|the)\s+)?(?P<age>\d{{1,3}})"
    r"(?(article)-year-old\b|,)"
)
# "20-year-old Jacob San-Juan", "a 47-year-old ground worker, Iñaki Etxeberria": the age
# before the name, a few words of what the person is between.
_AGE_BEFORE = compiled(
    r"(?<![\w-])(?P<age>\d{1,3})-year-old\s+(?P<between>(?:[a-z][\w-]*,?\s+){0,2}?)"
    rf"(?P<name>{_PERSON_RUN})"
)
# "Rose is 44 years old".
_AGE_IS = compiled(rf"(?P<name>{_PERSON_RUN})\s+(?:is|was)\s+(?P<age>\d{{1,3}})\s+years\s+old\b")
# The age a person died at, however written ("Helga Brandt, who built ..., has died at
# the age of 87", "Brandt has died aged 88", "Brandt, who died at 88 on Friday,"): one
# age of one person, the last.
_AGE_AT_DEATH = compiled(
    rf"(?P<name>{_PERSON_RUN})(?:,[^,;]{{1,100}},)?(?:,\s+who)?\s+(?:has\s+|had\s+)?"
    r"(?:died|dies|passed\s+away)\b(?:[^.;]{0,60}?[\s,])?"
    r"(?:(?:aged|at\s+(?:the\s+)?age\s+of|at\s+age)\s+(?P<age>\d{1,3})\b"
    r"|at\s+(?P<at>\d{1,3})(?=[,.;]|\s+(?:after|in|on|at|from|of)\b|$))"
)
_DIED = compiled(r"\b(?:died|dies|passed\s+away)\b")
# "She was 87." after the sentence that names who died: the age of its subject.
_PRONOUN_AGE = compiled(r"(?:She|He)\s+(?:was|is)\s+(?P<age>\d{1,3})(?:\s+years\s+old)?\.?")
_AGE_HINT = compiled(
    r"year-old|years old|,\s+\d{1,3},|\baged\s+\d|\bage\s+(?:of\s+)?\d|\bdie[sd]\s+at\s+\d"
)
# An age of another time ("the then-15-year-old", "when she was 15").
_AGE_OF_THEN = compiled(r"\b(?:then|when|at the time|aged)\b", re.IGNORECASE)
# Words between an age and a name that tell what the person did, not what they are.
_NOT_DESCRIPTIONS = compiled(r"(?:ed|told|says|said|went|won|has|had)$")


@dataclass(frozen=True)
class _Age:
    """An age a sentence gives a named person: `person` is (first name or "", surname)."""

    person: tuple[str, str]
    age: int
    start: int
    written: str
    at_death: bool = False  # the age one died at: no birthday can come between two tellings


def _person(name: str) -> tuple[str, str] | None:
    """(first name or "", surname) of a run of capitalised words, titles set apart; None
    for what is no person's name (a month, a weekday, a demonym, a place in `named_spans`)."""
    tokens = [t for t in re.split(r"\s+", name.strip()) if not re.fullmatch(r"[A-Z]\.", t)]
    folded = [t.casefold().strip("'’") for t in tokens]
    while folded and folded[0] in TITLES:
        folded.pop(0)
    if not folded or not folded[-1][:1].isalpha():
        return None
    surname = folded[-1]
    if surname in MONTHS or surname in WEEKDAYS or surname in STOPWORDS:
        return None
    spans = named_spans(tokens[-1])
    if not spans or spans[0][0] != surname:
        return None  # "Portuguese" reads as "portugal": a demonym, not a person
    first = folded[-2] if len(folded) >= 2 and folded[-2] not in _NAME_PARTICLE_WORDS else ""
    return first, surname


_NAME_PARTICLE_WORDS = frozenset("van von der de da du del al bin la le".split())  # noqa: SIM905


@lru_cache(maxsize=1 << 12)
def _ages_in(text: str) -> tuple[_Age, ...]:
    """The ages `text` gives named people, each person once (two ages of one name in one
    sentence, "Rene Pasztor, 6, and her mother ... Pasztor, 29", name nobody for sure)."""
    if not _AGE_HINT.search(text):
        return ()
    found: list[_Age] = []
    for pattern in (_AGE_AFTER, _AGE_BEFORE, _AGE_IS, _AGE_AT_DEATH):
        for match in pattern.finditer(text):
            group = "age" if match.groupdict().get("age") else "at"
            age = int(match.group(group))
            if not 0 < age < 115:
                continue
            at_death = pattern is _AGE_AT_DEATH  # "died aged 88" is no age of another time
            if not at_death and _AGE_OF_THEN.search(
                text, max(0, match.start() - 20), match.start("age")
            ):
                continue
            between = match.groupdict().get("between") or ""
            if any(
                word in STOPWORDS or _NOT_DESCRIPTIONS.search(word)
                for word in re.findall(r"[a-z][\w-]*", between)
            ):
                continue
            person = _person(match.group("name"))
            if person is None:
                continue
            written = match.group(group)
            if pattern is _AGE_BEFORE or (pattern is _AGE_AFTER and match.group("article")):
                written += "-year-old"
            found.append(_Age(person, age, match.start(group), written, at_death))
    by_surname: dict[str, list[_Age]] = defaultdict(list)
    for item in found:
        by_surname[item.person[1]].append(item)
    return tuple(
        items[0]
        for items in by_surname.values()
        if len({item.age for item in items}) == 1 and len({item.person for item in items}) == 1
    )


def _pronoun_age(text: str) -> re.Match[str] | None:
    """ "She was 87." (`_PRONOUN_AGE`), the whole sentence."""
    return _PRONOUN_AGE.fullmatch(text.strip()) if text[:3] in ("She", "He ") else None


def _pronoun_ages(readings: Sequence[Reading]) -> dict[int, _Age]:
    """The age a sentence "She was 87." gives the named subject of the sentence before it
    in its article ("Helga Brandt, the German physicist ..., has died. She was 87.")."""
    position = {reading.sentence.key: index for index, reading in enumerate(readings)}
    found: dict[int, _Age] = {}
    for index, reading in enumerate(readings):
        if not (match := _pronoun_age(reading.sentence.text)):
            continue
        article, sentence_index = reading.sentence.key
        before = position.get((article, sentence_index - 1))
        if before is None:
            continue
        told = readings[before].sentence.text
        name = [word for word in subject(told) or () if word not in TITLES]
        if name and name[-1] not in MONTHS and name[-1] not in WEEKDAYS:
            person = (name[-2] if len(name) > 1 else "", name[-1])
            died = _DIED.search(told) is not None  # "has died."
            found[index] = _Age(person, int(match["age"]), match.start("age"), match["age"], died)
    return found


def _first_names(readings: Sequence[Reading]) -> dict[tuple[str, str], frozenset[str]]:
    """(article, surname) -> the first names the article writes before that surname."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for reading in readings:
        text = reading.sentence.text
        for (first, _, end), (last, start, _) in itertools.pairwise(reading.names):
            if not text[end:start].strip() and first not in TITLES:
                found[(reading.sentence.article_id, last)].add(first)
    return {key: frozenset(value) for key, value in found.items()}


def _aged_between(ra: Reading, age_a: int, rb: Reading, age_b: int, one_month: bool) -> bool:
    """Whether two ages may both be true, the person older by the time between the reports
    ("a 31-year-old" in 1998, "33" in 2000), give or take a birthday. A report of unknown
    date may be of any year where the dated reports of the set span more than a month
    (`one_month` false); in a set of one event's reports, or of no dated one, it is read as
    theirs."""
    if age_a == age_b:
        return False
    if ra.reported is None or rb.reported is None:
        return not one_month or abs(age_a - age_b) == 1
    elapsed = (rb.reported - ra.reported).days / 365.25
    return abs((age_b - age_a) - elapsed) <= 1


def _age_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """The age of one named person told differently by two sources, however each writes
    it ("Marie Dubois, 64," / "Dubois, 62," / "the 62-year-old Marie Dubois"). One person
    is one surname with one first name: written in the sentence, or the only first name
    the article gives that surname (a family's members share it; an article that names
    two, or gives one name two ages, names nobody for sure). Ages of different years
    (`_years_apart`) or as far apart as the reports are (`_aged_between`) are not
    compared."""
    ages = {index: _ages_in(reading.sentence.text) for index, reading in enumerate(readings)}
    ages = {index: found for index, found in ages.items() if found}
    for index, item in _pronoun_ages(readings).items():
        ages.setdefault(index, (item,))
    if len({readings[i].sentence.article_id for i in ages}) < 2:
        return []
    firsts = _first_names(readings)
    dated = [reading.reported for reading in readings if reading.reported]
    one_month = not dated or (max(dated) - min(dated)).days <= 31
    resolved: dict[int, list[tuple[tuple[str, str], _Age]]] = defaultdict(list)
    told: dict[tuple[str, tuple[str, str]], set[int]] = defaultdict(set)
    for index, found in ages.items():
        article = readings[index].sentence.article_id
        for item in found:
            first, surname = item.person
            known = firsts.get((article, surname), frozenset()) | ({first} if first else set())
            if len(known) != 1:
                continue  # no first name, or two: which of a family is it?
            person = (next(iter(known)), surname)
            resolved[index].append((person, item))
            told[(article, person)].add(item.age)
    entries = (
        (index, person, item.age)
        for index, items in resolved.items()
        for person, item in items
        if len(told[(readings[index].sentence.article_id, person)]) == 1
    )
    findings: list[_Finding] = []
    for person, a, b in _pairs_by_value(entries):
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb) or _years_apart(ra, rb):
            continue
        age_a = next(item for p, item in resolved[a] if p == person)
        age_b = next(item for p, item in resolved[b] if p == person)
        at_death = age_a.at_death and age_b.at_death  # one moment: "died at 87" / "aged 88"
        if not at_death and _aged_between(ra, age_a.age, rb, age_b.age, one_month):
            continue
        findings.append(
            _Finding(
                "number",
                f"@{age_a.start}",
                a,
                b,
                (str(age_a.age), age_a.written),
                (str(age_b.age), age_b.written),
                agree=age_a.age == age_b.age,
                right_sub=f"@{age_b.start}",
            )
        )
    return findings


# --- the term of a sentence, a ban or a suspension: one person's, for one act -------------

# What one unit of a term is worth in the unit terms are compared in ("12 years" is 144
# months, "two weeks" 14 days; a match and a game are one).
_TERM_UNITS = {
    "year": ("month", 12.0),
    "month": ("month", 1.0),
    "week": ("day", 7.0),
    "day": ("day", 1.0),
    "match": ("match", 1.0),
    "game": ("match", 1.0),
}
# A penalty's verb, by its act: "sentenced X to 12 years", "jailed X for 10 years", "banned
# for three matches", "suspended for six months", "detained for 15 days".
_TERM_VERB = compiled(
    r"\b(?:(?P<prison>sentenc(?:e|ed|es|ing)|jail(?:ed|s|ing)?|imprison(?:ed|s|ing)?)"
    r"|(?P<ban>bann?(?:ed|s|ing)?|barr(?:ed|ing)|bars)|(?P<suspension>suspend(?:ed|s|ing)?)"
    r"|(?P<detention>detain(?:ed|s|ing)?))\b",
    re.IGNORECASE,
)
# What stands between a penalty's verb (or noun) and its figure: "to", "for", "a sentence
# of".
_TERM_LEAD = compiled(
    r"(?:\b(?:to|for)|\b(?P<noun>sentence|term|ban|suspension|detention)s?\s+of)"
    r"\s+(?:a\s+(?:total\s+of\s+)?)?$",
    re.IGNORECASE,
)
# The unit after the figure and the penalty it names: "12-year prison term", "two-match
# ban", "six-month suspension", "12 years in prison", "12 years' imprisonment".
_TERM_AFTER = compiled(
    r"(?:\s+|-)(?P<unit>years?|months?|weeks?|days?|matches|match|games?)(?:['’]|-long)?"
    r"(?:\s+(?P<prison>in\s+(?:a\s+)?(?:[\w-]+\s+)?(?:prison|jail)|behind\s+bars"
    r"|(?:of\s+)?imprisonment)"
    r"|\s+(?:(?:prison|jail|custodial|playing|competition|doping|driving|administrative)\s+)?"
    r"(?P<noun>term|sentence|ban|suspension|detention))?\b"
    # Another penalty, or a span that is no penalty ("18 months' probation", "ago").
    r"(?!['’]?\s+(?:of\s+)?(?:probation|community|house|suspended|conditional|ago|old)\b)",
    re.IGNORECASE,
)
_TERM_NOUN_ACT = {"term": "prison", "sentence": "prison", "ban": "ban"}
# A term that is not the one given: what prosecutors sought, a maximum or what the law
# prescribes, an earlier conviction's, a part of a split ("12 years, 10 of them
# suspended").
_TERM_SOUGHT = compiled(
    r"\b(?:sought|seek(?:s|ing)?|ask(?:ed|s|ing)?|demand(?:ed|s|ing)?|request(?:ed|s|ing)?"
    r"|recommend(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|wanted"
    r"|propos(?:ed|es|ing))\b",
    re.IGNORECASE,
)
_TERM_BOUND = compiled(
    r"\b(?:up to|maximum|max|as much as|could|would|might|may|can|faces?|facing|faced"
    r"|risk(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|punishable|possible|potential|minimum|parole"
    r"|eligible|previously|previous|prior|earlier|already|once|served|serving|past|than"
    r"|prescribed|mandatory|guidelines?)\b",
    re.IGNORECASE,
)
# After it: "the two years prescribed by law", "the maximum allowed".
_TERM_BOUND_AFTER = compiled(
    r"\b(?:prescribed|mandatory|maximum|minimum|possible|allowed|permitted)\b", re.IGNORECASE
)
_TERM_SPLIT = compiled(r"\bsuspend|\bof (?:them|which)\b|\beach\b", re.IGNORECASE)
_TERM_UNIT_LOOK = compiled(r"year|month|week|day|match|game")
_TERM_HINT = compiled(
    r"\b(?:sentenc|jail|prison|imprison|bann?(?:ed|s|ing)?\b|barr|suspen|detain|detention|term)",
    re.IGNORECASE,
)
# Words before a name that say it is no person a penalty is of: a place, who gave it.
_NOT_OF_PERSON = frozenset([*_PLACE_BEFORE, "of", "by", "from", "at"])
_OBJECT_PRONOUN = compiled(r"\b(?:him|her|them)\b", re.IGNORECASE)
# After a term: whom it is of ("a 12-year term for Tessier").
_TERM_FOR = compiled(r"\s+(?:[\w'’-]+\s+){0,2}?(?:for|on|against)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Term:
    """A penalty of time or matches a sentence gives one person for one act."""

    act: str  # "prison", "ban", "suspension", "detention"
    person: str  # the surname of whom it is, case- and accent-folded
    amount: tuple[float, str]  # in the unit it is compared in: (144.0, "month")
    quantity: Quantity
    written: str  # "12 years", "twelve years", "two-match"
    barred_from: frozenset[str]  # what a ban is from ("public office"), as stems


def _folded(word: str) -> str:
    """A name word without case and accents ("Gérard" -> "gerard")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_APOSTROPHE_S = ("'s", "’s")


def _name_runs(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, last word folded, possessive) of each run of adjacent name words
    (`facts.name_runs`), a possessive ending one ("Smith's accomplice Jones")."""
    return [
        (start, end, _folded(names[-1]), text.endswith(_APOSTROPHE_S, start, end))
        for names, start, end in name_runs(text)
    ]


def _person_of(text: str, clause: tuple[int, int], verb_end: int, figure: Quantity) -> str:
    """The surname of whom a term is: the last name between its verb and the figure
    ("sentenced former mayor Gérard Tessier to"), else the nearest name before it in its
    clause that is no place, who gave it or whose someone is ("Jones, Smith's accomplice,
    was jailed"), else a name it is told "for"; "" for a pronoun ("sentenced him to")."""
    start, end = clause
    if verb_end >= 0 and _OBJECT_PRONOUN.search(text, verb_end, figure.start):
        return ""
    runs = [run for run in _name_runs(text) if start <= run[0] and run[1] <= end]
    before = [run for run in runs if run[1] <= figure.start]
    if verb_end >= 0:
        objects = [run for run in before if run[0] >= verb_end]
        if objects:
            return objects[-1][2]
    for run_start, run_end, surname, possessive in reversed(before):
        if possessive and re.sub(r"^['’]s", "", text[run_end : figure.start]).strip():
            continue  # "Smith's accomplice": whose someone is, not of whom
        words_before = re.findall(r"[a-z]+", text[max(0, run_start - 12) : run_start].casefold())
        if not (words_before and words_before[-1] in _NOT_OF_PERSON):
            return surname
    for run_start, _, surname, _ in runs:
        if run_start > figure.end and _TERM_FOR.search(text, figure.end, run_start):
            return surname
    return ""


@lru_cache(maxsize=1 << 12)
def _terms(text: str) -> tuple[_Term, ...]:
    """The terms a sentence gives people for what they did, one per act and person: "12
    years" of "sentenced ... Gérard Tessier to 12 years in prison", "10 years" of "jailed
    ... Gerard Tessier for 10 years", "three matches" of "banned for three matches", "two"
    of "a two-match ban". Not read: a term prosecutors sought, a maximum ("faces up to 20
    years"), an earlier conviction's ("previously served"), the parts of a split term
    ("12 years, 10 of them suspended"), and an act given two terms in one sentence."""
    if not _TERM_UNIT_LOOK.search(text.lower()) or not _TERM_HINT.search(text):
        return ()  # most sentences: no unit a term is told in, or no penalty
    quantities = extract(text).quantities
    found: dict[tuple[str, str], list[_Term]] = defaultdict(list)
    for quantity in quantities:
        unit = _TERM_UNITS.get(quantity.noun)
        if unit is None or quantity.unit or quantity.qualifier == "<=":
            continue  # a sum, a share, a bound ("up to 20 years"), no time or matches
        after = _TERM_AFTER.match(text, quantity.end)
        if after is None:
            continue
        clause = _clause(text, quantity)
        head = text[clause[0] : quantity.start - len(quantity.qualifier_text)].rstrip() + " "
        lead = _TERM_LEAD.search(head)
        act, verb_end = "", -1
        if after.group("prison"):
            act = "prison"
        elif after.group("noun"):
            act = _TERM_NOUN_ACT.get(after.group("noun").casefold(), after.group("noun").casefold())
        elif lead and lead.group("noun"):
            act = _TERM_NOUN_ACT.get(lead.group("noun").casefold(), lead.group("noun").casefold())
        if lead and not lead.group("noun"):
            verbs = list(_TERM_VERB.finditer(head, 0, lead.start()))
            between = head[verbs[-1].end() : lead.start()] if verbs else ""
            if verbs and len(between) <= 80 and not has_digit(between):
                act = act or next(k for k, v in verbs[-1].groupdict().items() if v)
                verb_end = clause[0] + verbs[-1].end()
        if not act:
            continue
        # The words of its own clause part: from the last comma before it to the next after.
        part_start = max(head.rfind(","), head.rfind(":")) + 1
        tail = re.split(r"[,;.]", text[after.end() : after.end() + 60])[0]
        if _TERM_SOUGHT.search(head, part_start) or _TERM_SOUGHT.search(tail):
            continue
        near = " ".join(head.split()[-6:])
        if _TERM_BOUND.search(near) or _TERM_BOUND_AFTER.search(tail):
            continue
        if act == "prison" and _TERM_SPLIT.search(text):
            continue
        barred: frozenset[str] = frozenset()
        if act == "ban" and verb_end >= 0:
            _, _, banned = text[verb_end : quantity.start].partition(" from ")
            barred = frozenset(content_terms(banned))
        base, factor = unit
        written = text[quantity.start - len(quantity.qualifier_text) : after.end("unit")].strip()
        term = _Term(
            act,
            _person_of(text, clause, verb_end, quantity),
            (quantity.value * factor, base),
            quantity,
            written,
            barred,
        )
        found[(term.act, term.person)].append(term)
    return tuple(terms[0] for terms in found.values() if len({term.amount for term in terms}) == 1)


def _one_penalty(a: _Term, b: _Term) -> bool:
    """Whether two terms may be one penalty told twice: one act of one named person, in
    one unit, a ban from one thing ("barred from holding public office" / "banned from
    office") or from nothing named on either side."""
    if (a.act, a.person) != (b.act, b.person) or not a.person or a.amount[1] != b.amount[1]:
        return False
    return a.barred_from == b.barred_from or bool(a.barred_from & b.barred_from)


# A term told as changed: "reduced on appeal to eight years", "the appeals court cut".
_ON_APPEAL = compiled(r"\bon appeal\b|\bappeals? court\b|\bappellate\b", re.IGNORECASE)


def _term_moments_differ(a: str, b: str) -> bool:
    """Whether one of two sentences tells a term as changed ("cut on appeal to eight
    years", "reduced to") and the other not: a later term, not a dispute."""
    return told_as_change(a) != told_as_change(b) or (_ON_APPEAL.search(a) is None) != (
        _ON_APPEAL.search(b) is None
    )


def _term_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """One person's term for one act told differently ("sentenced ... Gérard Tessier to 12
    years in prison" / "jailed ... Gerard Tessier for 10 years", "banned for three matches"
    / "a two-match ban"): the same act (`_terms`) of the same named person (`_one_penalty`),
    of no two different years, neither told as a change on appeal. An article that gives
    one person's term two values names nobody for sure and is left out."""
    terms = {index: _terms(reading.sentence.text) for index, reading in enumerate(readings)}
    terms = {index: found for index, found in terms.items() if found}
    told: dict[tuple[str, str, str], set[tuple[float, str]]] = defaultdict(set)
    for index, found in terms.items():
        for term in found:
            told[(readings[index].sentence.article_id, term.act, term.person)].add(term.amount)
    entries = (
        (index, (term.act, term.person), term.amount)
        for index, found in terms.items()
        for term in found
        if term.person
        and len(told[(readings[index].sentence.article_id, term.act, term.person)]) == 1
    )
    findings: list[_Finding] = []
    for key, a, b in _pairs_by_value(entries):
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb) or _years_apart(ra, rb):
            continue
        if _term_moments_differ(ra.sentence.text, rb.sentence.text):
            continue
        term_a = next(term for term in terms[a] if (term.act, term.person) == key)
        term_b = next(term for term in terms[b] if (term.act, term.person) == key)
        if not _one_penalty(term_a, term_b):
            continue
        findings.append(
            _Finding(
                "number",
                f"@{term_a.quantity.start}",
                a,
                b,
                (_figure_key(term_a.quantity)[0], term_a.written),
                (_figure_key(term_b.quantity)[0], term_b.written),
                agree=term_a.amount == term_b.amount,
                right_sub=f"@{term_b.quantity.start}",
            )
        )
    return findings


def _terms_differ(a: str, b: str) -> bool:
    """Whether `b` gives another term of one person's penalty `a` gives (`_one_penalty`),
    and never `a`'s: "jailed ... for 10 years" contradicts "sentenced ... to 12 years"."""
    terms_a = _terms(a)
    if not terms_a:
        return False
    terms_b = _terms(b)
    if not terms_b or _term_moments_differ(a, b):
        return False
    for term in terms_a:
        others = [other for other in terms_b if _one_penalty(term, other)]
        if others and all(other.amount != term.amount for other in others):
            return True
    return False


def _terms_of_one_penalty(a: str, b: str) -> bool:
    """Whether two sentences give a term of one person's penalty, whatever its value."""
    terms_b = _terms(b)
    return any(_one_penalty(x, y) for x in _terms(a) for y in terms_b)


# --- one person's name in one role ---------------------------------------------------------

# Roles a person is named with, as compared: "CEO" is "chief executive", an attorney a
# lawyer, a spokeswoman a spokesperson.
_ROLE_WORDS = {
    "chief executive officer": "chief executive",
    "chief executive": "chief executive",
    "ceo": "chief executive",
    "chief financial officer": "cfo",
    "cfo": "cfo",
    "chief operating officer": "coo",
    "coo": "coo",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "president": "president",
    "vice president": "vice president",
    "vice-president": "vice president",
    "prime minister": "prime minister",
    "minister": "minister",
    "secretary": "secretary",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "managing director": "managing director",
    "director": "director",
    "founder": "founder",
    "co-founder": "founder",
    "coach": "coach",
    "manager": "manager",
    "captain": "captain",
    "judge": "judge",
    "prosecutor": "prosecutor",
    "lawyer": "lawyer",
    "attorney": "lawyer",
    "mayor": "mayor",
    "governor": "governor",
    "senator": "senator",
    "ambassador": "ambassador",
    "commissioner": "commissioner",
    "chief": "chief",
    "marshal": "marshal",
    "sheriff": "sheriff",
    "chancellor": "chancellor",
    "premier": "premier",
    "commander": "commander",
}
# Each role by its first word, longest first ("chief executive officer" before "chief").
_ROLES_BY_FIRST = {
    first: sorted(
        (tuple(role.split()) for role in _ROLE_WORDS if role.split()[0] == first),
        key=len,
        reverse=True,
    )
    for first in {role.split()[0] for role in _ROLE_WORDS}
}
_ROLE_TOKEN = compiled(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_ROLE_FIRST_WORDS = frozenset(_ROLES_BY_FIRST)
# Any of those first words in a lower-cased sentence, alternatives grouped by their first
# letter: a cheap first look (a long alternation with IGNORECASE costs ten times more).
_ROLE_FIRST_LOOK = compiled(
    "|".join(
        letter + "(?:" + "|".join(re.escape(w[1:]) for w in words if w[0] == letter) + ")"
        for words in [sorted(_ROLE_FIRST_WORDS)]
        for letter in sorted({w[0] for w in words})
    )
)
# Roles many people hold in one story ("the foreign minister", "the defence minister"): two
# are one role only where what they are of is named alike on both sides.
_MANY_HOLD = frozenset(["minister", "secretary", "director", "commissioner", "chief", "commander"])
# Words that make a role another one ("deputy mayor", "former chief executive").
_ROLE_CHANGERS = frozenset(
    ["deputy", "vice", "assistant", "associate", "former", "acting", "interim", "ex", "junior"]
)
# Words before a role that say nothing of which it is ("the company's", "its").
_VAGUE_OWNERS = frozenset(
    "company firm group bank team club party country city government agency".split()  # noqa: SIM905
)
# A person's name as a role is told with: `_PERSON_RUN`, a particle a word of its own or
# joined to the surname ("Bashar al-Assad"; not the "de" of "decision").
_ROLE_PERSON = (
    rf"{_NAME_WORD}(?:\s+(?:[A-Z]\.|{_NAME_WORD}"
    rf"|(?:van|von|der|de|da|du|del|al|el|bin|ben|la|le)(?:-{_NAME_WORD}|\b)))*"
)
# Around a role: the words before it that say whose or which it is ("Vireo chief
# executive", "the company's chief executive"), the name after it ("chief executive Mark
# Feldman", "The judge, Claire Montagne,"), or before it in apposition ("Mark Feld, the
# company's chief executive", "Gérard Tessier, the former mayor of Villeurbanne").
_BEFORE_ROLE = compiled(r"(?:[\w'’-]+\s+){0,2}$")
_NAME_AFTER_ROLE = compiled(rf"\s*,?\s+(?P<name>{_ROLE_PERSON})")
_APPOSITION = compiled(
    r",\s+(?:(?:the|its|his|her|their|a|an)\s+)?(?P<before>(?:[\w'’-]+\s+){0,2}?)$"
)
_NAME_BEFORE_ROLE = compiled(rf"(?P<name>{_ROLE_PERSON})$")
_OF_AFTER_ROLE = compiled(rf"\s+of\s+(?:the\s+)?(?P<of>{_ROLE_PERSON})")


def _roles_in(text: str) -> list[tuple[str, int, int]]:
    """(role as compared, start, end) of each role a sentence names, its words read whole
    and apart only by spaces ("chief executive", not "chief, executive")."""
    if not _ROLE_FIRST_LOOK.search(text.lower()):
        return []  # most sentences
    tokens = [(m.group().casefold(), m.start(), m.end()) for m in _ROLE_TOKEN.finditer(text)]
    found = []
    index = 0
    while index < len(tokens):
        for role in _ROLES_BY_FIRST.get(tokens[index][0], ()):
            words = tokens[index : index + len(role)]
            if tuple(word for word, _, _ in words) == role and all(
                not text[left[2] : right[1]].strip() for left, right in itertools.pairwise(words)
            ):
                found.append((_ROLE_WORDS[" ".join(role)], words[0][1], words[-1][2]))
                index += len(role) - 1
                break
        index += 1
    return found


# Short forms of first names that open with another letter: one name ("Bill" / "William").
_NICKNAMES = frozenset(
    frozenset(pair.split("/"))
    for pair in """bill/william will/william bob/robert rob/robert bobby/robert
    dick/richard rick/richard ted/edward ned/edward ted/theodore peggy/margaret
    betty/elizabeth liz/elizabeth beth/elizabeth hank/henry chuck/charles jack/john
    sasha/alexander polly/mary molly/mary sally/sarah kate/catherine kate/katherine
    cathy/catherine""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class _RoleName:
    """A person a sentence names with a role: "Vireo chief executive Mark Feldman"."""

    role: str  # as compared ("chief executive")
    first: str  # folded ("mark")
    surname: str  # folded ("feldman")
    words: frozenset[str]  # every word of the name, folded
    initials: frozenset[str]  # middle initials ("m" of "Edward M. Kennedy")
    owners: frozenset[str]  # named owners of the role ("vireo", "villeurbanne"), folded
    qualifiers: frozenset[str]  # what kind of role ("foreign", "presiding"), folded
    changers: frozenset[str]  # "deputy", "former"
    start: int
    end: int
    written: str  # "Mark Feldman"


def _name_parts(name: str) -> tuple[list[str], frozenset[str], int, int] | None:
    """The words of a person's name, folded, from the first name to the surname (titles,
    initials, "Jr." and "III" left out; a possessive ends it: "Jose Maria Aznar's Popular
    Party"), its middle initials, and where in `name` the first name begins and the surname
    ends; None without a first name ("Mr Feld")."""
    tokens: list[re.Match[str]] = []
    initials = set()
    for token in re.finditer(r"\S+", name):
        if re.fullmatch(r"[A-Z]\.", token.group()):
            initials.add(token.group()[0].casefold())
            continue
        tokens.append(token)
        if _POSSESSIVE.search(token.group()):
            break
    words = [_surname_form(_POSSESSIVE.sub("", token.group())) for token in tokens]
    while words and words[0].strip(".") in TITLES:
        words.pop(0)
        tokens.pop(0)
    while words and (words[-1].strip(".") in _NAME_SUFFIXES or words[-1] in _NAME_PARTICLE_WORDS):
        words.pop()
        tokens.pop()
    if len(words) < 2 or any(w in MONTHS or w in WEEKDAYS or w in STOPWORDS for w in words):
        return None
    end = tokens[-1].start() + len(_POSSESSIVE.sub("", tokens[-1].group()))
    return words, frozenset(initials), tokens[0].start(), end


_POSSESSIVE = compiled(r"['’]s$")


@lru_cache(maxsize=1 << 14)
def _surname_form(word: str) -> str:
    """A name word folded (`_folded`), an article joined to it dropped ("al-Assad")."""
    return re.sub(r"^(?:al|el)-", "", _folded(word))


_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())  # noqa: SIM905


def _role_name(
    text: str, role: str, before: str, before_start: int, name: str, name_start: int, of: str
) -> _RoleName | None:
    """The person `name` (at `name_start`) holding `role`, whose or which role it is read
    from the words `before` it (at `before_start`) and the owner it is told `of`."""
    parts = _name_parts(name)
    if parts is None:
        return None
    folded, initials, first_at, last_end = parts
    owners, qualifiers, changers = set(), set(), set()
    for match in re.finditer(r"[\w'’-]+", before):
        word = _folded(_POSSESSIVE.sub("", match.group()))
        if word in _ROLE_CHANGERS:
            changers.add(word)
        elif word in STOPWORDS or word in _VAGUE_OWNERS:
            continue
        elif not match.group()[:1].isupper():
            qualifiers.add(word)
        else:
            owners.add(word)
            if before_start + match.start() == 0:
                qualifiers.add(word)  # a sentence's first word: a name or a kind of role
    if of:
        owners.update(_folded(word) for word in of.split())
    start, end = name_start + first_at, name_start + last_end
    return _RoleName(
        role,
        folded[0],
        folded[-1],
        frozenset(folded),
        initials,
        frozenset(owners),
        frozenset(qualifiers),
        frozenset(changers),
        start,
        end,
        text[start:end],
    )


@lru_cache(maxsize=1 << 12)
def _role_names(text: str) -> tuple[_RoleName, ...]:
    """The people a sentence names with their role and a first name, each once."""
    found: dict[int, _RoleName] = {}
    for role, role_start, role_end in _roles_in(text):
        head = text[max(0, role_start - 80) : role_start]
        offset = role_start - len(head)
        after = _NAME_AFTER_ROLE.match(text, role_end)
        before = _BEFORE_ROLE.search(head)
        if after and before:
            person = _role_name(
                text,
                role,
                before.group(),
                offset + before.start(),
                after.group("name"),
                after.start("name"),
                "",
            )
            if person:
                found.setdefault(person.start, person)
        apposition = _APPOSITION.search(head) if "," in head else None
        name = _NAME_BEFORE_ROLE.search(head, 0, apposition.start()) if apposition else None
        if apposition and name:
            of = _OF_AFTER_ROLE.match(text, role_end)
            person = _role_name(
                text,
                role,
                apposition.group("before"),
                offset + apposition.start("before"),
                name.group("name"),
                offset + name.start("name"),
                of.group("of") if of else "",
            )
            if person:
                found.setdefault(person.start, person)
    return tuple(found[start] for start in sorted(found))


def _name_keys(person: _RoleName) -> tuple[tuple[tuple[str, str, str], str], ...]:
    """(key, value) pairs under which two names of one person in one role meet: one role
    and first name with the surname as the value, one role and surname with the first
    name ("Mark Feld" / "Mark Feldman", "Anna Berg" / "Maria Berg")."""
    return (
        (("first", person.role, person.first), person.surname),
        (("surname", person.role, person.surname), person.first),
    )


def _surnames_differ(a: str, b: str) -> bool:
    """Whether two surnames are two names, not one spelt two ways: a letter apart is a
    spelling ("Montaigne" / "Montagne", "Johnson" / "Johnston"), as are names that open
    alike (`_compare_names`' rule: transliterations, "Baluchistan" / "Baluchestan"), but
    for one that is the other with two letters or more added ("Feld" / "Feldman")."""
    if a == b or one_edit_apart(a, b):
        return False
    short, long = sorted((a, b), key=len)
    if long.startswith(short):
        return True
    return a[:4] != b[:4]


def _one_first_name(a: str, b: str) -> bool:
    """Whether two first names are one: spelt a letter apart, one the other cut short
    ("Chris" / "Christopher"), a common short form ("Bill" / "William")."""
    short, long = sorted((a, b), key=len)
    return one_edit_apart(a, b) or long.startswith(short) or frozenset((a, b)) in _NICKNAMES


def _first_names_differ(a: str, b: str) -> bool:
    """Whether two first names are two names, not one spelt or shortened two ways ("Mike"
    / "Michael", "Yuri" / "Juri", "Bill" / "William"): another first letter, more than a
    letter apart, no common short form."""
    if a == b or a[:1] == b[:1] or one_edit_apart(a, b):
        return False
    return frozenset((a, b)) not in _NICKNAMES


def _one_role(a: _RoleName, b: _RoleName) -> bool:
    """Whether two people named with roles hold one role: the same role, made no other by
    "deputy" or "former", of no two owners named ("Acme chief executive" / "Birch chief
    executive") and no two kinds ("foreign minister" / "finance minister"); a role many
    hold in one story must be of one owner or kind named on both sides."""
    if a.role != b.role or a.changers != b.changers:
        return False
    if a.owners and b.owners and a.owners.isdisjoint(b.owners):
        return False
    if a.qualifiers and b.qualifiers and a.qualifiers.isdisjoint(b.qualifiers):
        return False
    if a.role in _MANY_HOLD:
        return bool(a.owners & b.owners or a.qualifiers & b.qualifiers)
    return True


def _two_names(a: _RoleName, b: _RoleName) -> bool:
    """Whether two people in one role are one person named two ways: the same first name
    and a surname that one source may have got wrong, the other's with letters added or
    opening alike ("Mark Feld" / "Mark Feldman"), or the same surname and another first
    name ("Anna Berg" / "Maria Berg"). Not: two middle initials (two of a family:
    "Robert F. Kennedy" / "Edward M. Kennedy"), surnames with nothing in common (two
    judges named Thomas: "Thomas Penfield Jackson" / "Thomas Hogan")."""
    if a.initials and b.initials and a.initials.isdisjoint(b.initials):
        return False
    if _surnames_differ(a.surname, b.surname):
        short, long = sorted((a.surname, b.surname), key=len)
        related = long.startswith(short) or short[:3] == long[:3]
        return related and _one_first_name(a.first, b.first)
    one_surname = a.surname == b.surname or one_edit_apart(a.surname, b.surname)
    return one_surname and _first_names_differ(a.first, b.first)


def _named_alike(person: _RoleName, text: str) -> bool:
    """Whether `text` names `person` as written: their first name and surname both (a
    middle name or a second surname aside: "Mitt Romney" / "Willard Mitt Romney")."""
    names = {_folded(name) for name in entity_names(text)}
    return person.first in names and person.surname in names


def _people_of_one_story(
    text_a: str, a: _RoleName, text_b: str, b: _RoleName, one_event: Callable[[], bool]
) -> bool:
    """Whether two sentences tell of one story's people: a name in common besides the
    people's own ("Vireo"), or one event (`one_event`, asked last: it reads both)."""
    names_a = {_folded(name) for name in entity_names(text_a)} - a.words
    names_b = {_folded(name) for name in entity_names(text_b)} - b.words
    return not names_a.isdisjoint(names_b) or one_event()


def _differently_named(
    text_a: str, text_b: str, one_event: Callable[[], bool]
) -> list[tuple[_RoleName, _RoleName]]:
    """The pairs of people `text_a` and `text_b` name in one role with two names, neither
    sentence naming the other's as it does."""
    found = []
    for a in _role_names(text_a):
        for b in _role_names(text_b):
            if not (_one_role(a, b) and _two_names(a, b)):
                continue
            if _named_alike(a, text_b) or _named_alike(b, text_a):
                continue
            if _people_of_one_story(text_a, a, text_b, b, one_event):
                found.append((a, b))
    return found


def _full_names(readings: Sequence[Reading]) -> dict[str, set[tuple[str, str]]]:
    """article -> the (first name, surname) of each name of two words or more it gives,
    folded (`facts.named_spans`: "Mark J. Feld" -> ("mark", "feld"))."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for reading in readings:
        text = reading.sentence.text
        run: list[str] = []
        previous_end = -1
        for name, start, end in (*reading.names, ("", -1, -1)):
            gap = text[previous_end:start] if start >= 0 else "."
            if run and (gap.strip() and not re.fullmatch(r"\s+[A-Z]\.\s+", gap)):
                if len(run) > 1:
                    found[reading.sentence.article_id].add((run[0], run[-1]))
                run = []
            run.append(_surname_form(name))
            previous_end = end
    return found


def _person_name_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """One person in one role named two ways by two sources ("The company's chief
    executive, Mark Feld," / "Vireo chief executive Mark Feldman"): the same role
    (`_one_role`), the same first name and another surname or the reverse (`_two_names`;
    spellings a letter apart are one name), a name in common besides theirs or one event
    (`same_event`). An article that names both is left out: it tells of two people."""
    people = {index: _role_names(reading.sentence.text) for index, reading in enumerate(readings)}
    people = {index: found for index, found in people.items() if found}
    if len({readings[i].sentence.article_id for i in people}) < 2:
        return []
    named: dict[str, set[tuple[str, str]]] | None = None  # read when a pair is found
    entries = (
        (index, key, value)
        for index, found in people.items()
        for person in found
        for key, value in _name_keys(person)
    )
    findings: list[_Finding] = []
    seen: set[tuple[int, int]] = set()
    for _, a, b in _pairs_by_value(entries):
        ra, rb = readings[a], readings[b]
        if (a, b) in seen or not _different_articles(ra, rb):
            continue
        pairs = _differently_named(ra.sentence.text, rb.sentence.text, partial(same_event, ra, rb))
        for person_a, person_b in pairs:
            name_a, name_b = (person_a.first, person_a.surname), (person_b.first, person_b.surname)
            named = _full_names(readings) if named is None else named
            if any(name_a in names and name_b in names for names in named.values()):
                continue  # an article names both: two people
            seen.add((a, b))
            slot = _name_slot(ra.sentence.text, person_a.start, person_a.end)
            findings.append(
                _Finding(
                    "actor" if slot == "place" else slot,
                    "",
                    a,
                    b,
                    (" ".join(name_a), person_a.written),
                    (" ".join(name_b), person_b.written),
                )
            )
            break
    return findings


def _contest_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """Two sources that name different winners of one contest or handover between the same
    two parties, however each tells it ("Ilse Varga beat Rohan Desai" / "Ilse Varga lost
    the final to Rohan Desai" / "Rohan Desai took the title from Ilse Varga": `contest`):
    one event, not two years or two days of it (a rematch). Shown as the winner each
    names."""
    winners: dict[int, tuple[str, str]] = {}  # (name, as written) of who won, by reading
    entries = []
    for index, reading in enumerate(readings):
        if found := contest(reading.sentence.text):
            (winner, _), (loser, _) = found
            winners[index] = found[0]
            entries.append((index, frozenset((winner, loser)), winner))
    findings: list[_Finding] = []
    for _, a, b in _pairs_by_value(entries):
        ra, rb = readings[a], readings[b]
        if not _different_articles(ra, rb):
            continue
        # Two words of what happened besides the parties' names: "beat ... at blitz during
        # a charity dinner" is another game than "beat ... in the chess final".
        if not shares_event(ra.sentence.text, rb.sentence.text, 2):
            continue
        if _years_apart(ra, rb) or _two_days(ra, rb):
            continue
        findings.append(_Finding("winner", "", a, b, winners[a], winners[b]))
    return findings


def names_in_roles(text: str) -> bool:
    """Whether a sentence names a person with a role and a first name ("Vireo chief
    executive Mark Feldman"): one `names_differ` may find named otherwise."""
    return bool(_role_names(text))


def names_differ(a: str, b: str) -> bool:
    """Whether `b` names a person `a` names in one role with another name, and never as
    `a` does ("Vireo chief executive Mark Feldman" / "The company's chief executive, Mark
    Feld,"): such a source contradicts `a` and is not cited for it. Spellings a letter
    apart, a name with and without a middle name or initial, a surname alone are one."""
    if a == b or not _role_names(a) or not _role_names(b):
        return False
    return bool(_differently_named(a, b, lambda: same_event(_text_reading(a), _text_reading(b))))


@lru_cache(maxsize=1 << 14)  # each candidate is asked for every sentence shown
def gives_values(text: str) -> bool:
    """Whether a sentence may give a value `values_differ` compares (a cheap first look):
    an age, a day, a percentage of an act, a temperature, a minute, a list of
    identifiers, a sum of money or a party's seats."""
    return bool(
        names_a_day(text)
        or _AGE_HINT.search(text)
        or _value_keys(text)
        or (has_digit(text) and ("seat" in text or any(unit in text for unit in _MONEY_UNITS)))
    )


def values_differ(a: str, day_a: dt.date | None, b: str, day_b: dt.date | None) -> bool:
    """Whether `b` (of a report of `day_b`) gives another value of a fact `a` (of a report
    of `day_a`) gives, by the rules that find such disputes between articles (`_PAIR_RULES`):
    the age of one person, the day of one event (each read from its report's date: "on
    Tuesday" in a report of 10 June is not "yesterday" in one of 11 June), a percentage of
    one act, one place's temperature, a goal's minute, a list of identifiers, a sum of
    money of one act, a party's seats. Such a source contradicts `a` and is not cited for
    it (`attribute.SupportFinder.contradicting`); tolls, counts, tallies and terms are
    `counts_differ`'s."""
    if a == b or not (gives_values(a) and gives_values(b)):
        return False
    pair = [_dated_reading(a, day_a, "shown"), _dated_reading(b, day_b, "other")]
    return any(not finding.agree for rule in _PAIR_RULES for finding in rule(pair))


@lru_cache(maxsize=1 << 12)  # a shown sentence is compared with many, and asked again
def _dated_reading(text: str, day: dt.date | None, article: str) -> Reading:
    return _read(Sentence(article, 0, 0, text, 0, len(text)), day)


_FIGURE_RULES = (
    _money_findings,
    _percent_findings,
    _toll_findings,
    _term_findings,  # before the counts: "banned for three matches" is a term, shown so
    _count_findings,
    _tally_findings,
    _result_findings,
    _magnitude_findings,
    _age_findings,
    _temperature_findings,
    _minute_findings,
    _identifier_findings,
)


def counts_one_thing(a: str, b: str) -> bool:
    """Whether two sentences give a figure for one thing they both count ("a charge of
    about 1.15 billion dollars" / "a restructuring charge of $1.2 billion", "27 confirmed
    cases" / "has confirmed 29 cases") while telling the same event: one fact, told twice,
    whether or not the figures agree (where they do not, it is a disagreement to list, not
    a second fact to tell)."""
    if not tallies(a).isdisjoint(tallies(b)) or tallies_differ(a, b) or tallies_differ(b, a):
        return True  # one vote's tally ("by 152 votes to 147" / "passed 152-147"), or two
    if _terms_of_one_penalty(a, b):
        return True  # one person's term ("sentenced to 12 years" / "jailed for 10 years")
    if _count_words(a).isdisjoint(_count_words(b)):
        return False  # no thing both count: nothing to read
    ra, rb = _text_reading(a), _text_reading(b)
    things_a, things_b = _counted(ra), _counted(rb)
    return any(
        _one_count(ra, things_a[thing], rb, things_b[thing])
        for thing in things_a.keys() & things_b.keys()
    )


def tolls_of_one_count(a: str, b: str) -> bool:
    """Whether two sentences give a toll of one kind of one disaster in one place, whatever
    its values ("six people were killed in Belmar" / "Twelve people are now known to have
    died in Belmar"): one count, told at two moments or by two sources. Tolls of places
    named apart ("in Varnia" / "in Belmar") are two counts of one storm; places in common
    ("in Belmar" / "in Belmar ... in Marn province") one, as far as words can tell."""
    if not (mentions_toll(a) and mentions_toll(b)):
        return False
    ra, rb = _text_reading(a), _text_reading(b)
    if dict(ra.tolls).keys().isdisjoint(dict(rb.tolls)):
        return False
    if told_of_other_places(a, b):
        return False
    # One disaster: named alike, or told in three words of what happened whatever the
    # names ("raising the death toll to five" in the plant that exploded on the Texas
    # coast / "Five workers are now confirmed dead after Monday's explosion at the ...
    # plant in Port Selden").
    return _one_disaster(ra, rb) or shares_event(a, b)


def told_of_other_places(a: str, b: str) -> bool:
    """Whether two sentences name places and none in common ("in Varnia" / "in Belmar")."""
    places_a, places_b = _places(a), _places(b)
    return bool(places_a and places_b) and places_a.isdisjoint(places_b)


def _places(text: str) -> frozenset[str]:
    """The names a sentence gives as places ("in Belmar", "across Varnia and Belmar"), each
    word of a place of several ("in Himachal Pradesh's Mandi district": "himachal",
    "pradesh", "mandi")."""
    found: set[str] = set()
    previous_end, in_place = -1, False
    for name, start, end in named_spans(text):
        if in_place and _NAME_GOES_ON.fullmatch(text, previous_end, start):
            found.add(name.casefold())  # the same place's next word
        else:
            before = re.findall(r"[a-z]+", text[max(0, start - 20) : start].casefold())
            in_place = bool(before) and (
                before[-1] in _PLACE_BEFORE
                or (before[-1] == "and" and bool(found))
                or (before[-1] == "of" and len(before) > 1 and before[-2] in _PLACE_NOUNS)
            )
            if in_place and _held_in(before):
                in_place = False  # "Shares in Nordvik Semiconductor": a company
            if in_place:
                found.add(name.casefold())
        previous_end = end
    return frozenset(found)


# What may stand between two words of one name: a space, a possessive ending the first.
_NAME_GOES_ON = compiled(r"(?:['’]s)?\s+")
# "in the town of El Granado", "the province of Huelva": the name is a place.
_PLACE_NOUNS = frozenset(
    "town city village province region district county state port island".split()  # noqa: SIM905
)
# What one holds in a company, not a place ("shares in Veltra", "a stake in Nordvik").
_HELD_IN = frozenset(["shares", "share", "stake", "stakes", "stock", "holding", "holdings"])


@lru_cache(maxsize=1 << 16)  # selection, attribution and the cross-check ask again
def gives_counts(text: str) -> bool:
    """Whether a sentence may give a toll, a count of a thing, a vote's tally or a
    person's term (a cheap first look)."""
    return (
        bool(_count_words(text)) or mentions_toll(text) or bool(tallies(text)) or bool(_terms(text))
    )


def counts_differ(a: str, b: str) -> bool:
    """Whether `b` gives, for one event, another value of a count `a` gives and never `a`'s
    own: a toll of the same kind ("climbed to 21" / "rose to 19") or one counted thing
    ("cut 3,500 jobs" / "will eliminate 3,200 positions"), or one person's term ("jailed
    for 10 years" / "sentenced to 12 years"). Such a source contradicts `a` and is not
    cited for it, whatever else it shares with it. Counts over a span of time or
    of what was added are not compared, nor values that can both be true ("at least 14"
    / "17")."""
    if a == b or not gives_counts(a):
        return False
    if tallies_differ(a, b) or _terms_differ(a, b):
        return True
    shared = _count_words(a) & _count_words(b)
    if not ((mentions_toll(a) and mentions_toll(b)) or shared):
        return False
    # Counts over a span or of what was added may be of different parts; a change of a rate
    # ("raised by 25 basis points", "its third increase this year") is one figure still.
    parts = counts_of_parts(a, b)
    if parts and POINTS not in shared:
        return False
    ra, rb = _text_reading(a), _text_reading(b)
    tolls_b = dict(rb.tolls)
    for kind, values in ra.tolls:
        other = tolls_b.get(kind, frozenset())
        if (
            not parts
            and other
            and values.isdisjoint(other)
            and not _any_compatible(ra, values, rb, other)
            and _one_disaster(ra, rb)
            and not _two_days(ra, rb)
        ):
            return True
    if not _one_act(ra, rb):
        return False
    things_a, things_b = _counted(ra), _counted(rb)
    for thing in things_a.keys() & things_b.keys():
        qa, qb = things_a[thing], things_b[thing]
        if (parts and thing != POINTS) or _states(rb, qa) or qa.compatible(qb):
            continue
        if _is_rate(a, qa) != _is_rate(b, qb):
            continue  # "$520 million a year" / "$1.2 billion": a rate and a sum
        if _frame(a, qa) & _frame(b, qb):
            return True
    return False


def _states(reading: Reading, quantity: Quantity) -> bool:
    """Whether a sentence states a figure's value somewhere (a range: both its ends)."""
    values = reading.facts.values
    return quantity.value in values and (quantity.high is None or quantity.high in values)


def _one_act(ra: Reading, rb: Reading) -> bool:
    """Whether two sentences tell one event: in common words (`same_event`), or as one
    named actor's act ("Corvane Systems said it would cut 3,500 jobs" / "Corvane Systems
    will eliminate 3,200 positions"); the count rules then ask that the figures count one
    thing in the same frame."""
    if same_event(ra, rb):
        return True
    actor_a, actor_b = subject(ra.sentence.text), subject(rb.sentence.text)
    return bool(actor_a and actor_b and same_entity(actor_a, actor_b))


def _one_disaster(ra: Reading, rb: Reading) -> bool:
    """`_one_act`, or what happened and where in other words, for tolls: "The death toll
    from the floods in the Varnholt valley climbed to 21" / "Nineteen people have died in
    the Varnholt floods" (a toll is of one disaster; an amount of money is of anything)."""
    if _one_act(ra, rb):
        return True
    text_a, text_b = ra.sentence.text, rb.sentence.text
    return not ra.name_set.isdisjoint(rb.name_set) and shares_event(text_a, text_b, 2)


def _one_toll(ra: Reading, rb: Reading) -> bool:
    """Whether two sentences count the dead (or a quake's strength) of one disaster: they
    tell one event (`same_event`), or one disaster in other words (`_one_disaster`) named
    by the same word ("earthquake", "flood", "bombing") and on a day both give it ("Monday's
    earthquake in Doravia" / "the earthquake that struck Doravia on Monday"). A story
    tells of several attacks, and of a day's killings place by place: the day and the
    kind of disaster tell them apart."""
    if same_event(ra, rb):
        return True
    text_a, text_b = ra.sentence.text, rb.sentence.text
    if disaster_stems().isdisjoint(event_terms(text_a) & event_terms(text_b)):
        return False
    return not _event_days(ra).isdisjoint(_event_days(rb)) and _one_disaster(ra, rb)


def _event_days(reading: Reading) -> frozenset[str]:
    """The days a sentence names, but the day its source spoke ("said on Friday")."""
    said = [match.span() for match in _SAID_ON.finditer(reading.sentence.text)]
    return frozenset(
        day
        for mention in reading.facts.dates
        if not any(start < mention.end and mention.start < end for start, end in said)
        for day in (mention.month_day, mention.weekday)
        if day
    )


def _any_compatible(
    ra: Reading, values_a: frozenset[float], rb: Reading, values_b: frozenset[float]
) -> bool:
    """Whether some figure of one toll can be true with some figure of the other (a rate,
    "10,000 deaths a year", can be true with any count that is none)."""
    for x in values_a:
        for y in values_b:
            qa, qb = _quantity(ra, x), _quantity(rb, y)
            if qa is None or qb is None or qa.compatible(qb):
                return True
            if _is_rate(ra.sentence.text, qa) != _is_rate(rb.sentence.text, qb):
                return True
    return False


# A count over a span of time ("since May", "in its 30-year campaign", "so far this
# year"): two such counts are seldom of the same span.
_SPAN = compiled(
    r"\b(?:since|so far|to date|this year|over the (?:past|last)|in (?:its|their|the) \d+-year"
    r"|from \d{4} (?:to|until) \d{4}"
    # A projection: "30,000 will die by 2010".
    r"|by (?:the end of )?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A figure that is a rate: "10,000 deaths a year", "save $520 million annually".
_RATE = compiled(
    r"(?:\s+[\w-]+)?\s+(?:(?:a|per|each|every) (?:year|month|week|day)|annually)\b",
    re.IGNORECASE,
)


def _is_rate(text: str, quantity: Quantity) -> bool:
    return _RATE.match(text, quantity.end) is not None  # match() anchors at the figure's end


# "since" after a superlative compares one event with the past ("the deadliest attack
# since 2008", "the first strike since May"): the count is still of that one event.
_RECORD_SINCE = compiled(
    r"\b(?:[a-z]+iest|(?:larg|bigg|high|low|great|strong|long|fast|short|hott|cold|sever)est"
    r"|worst|best|first|last|most|least)\b(?:\s+[\w-]+){0,3}\s+since\b",
    re.IGNORECASE,
)
# A count of what was added to an earlier one ("another 40 protesters", "40 more", "12 new
# cases", "in the latest sweep"): not the total another outlet gives.
# A word every match of _INCREMENT holds.
_INCREMENT_WORDS = compiled(
    r"\b(?:another|more|additional|further|new|latest|fresh|second|third)\b", re.IGNORECASE
)
_INCREMENT = compiled(
    rf"\banother\s+(?:(?:some|about|nearly|at least)\s+)?{_NUMBER_WORD}"
    rf"|{_NUMBER_WORD}\s+(?:more|additional|further|new)\b"
    r"|\bin (?:the|a) (?:latest|new|fresh|second|third) (?:sweep|round|wave|raids?|crackdown)\b",
    re.IGNORECASE,
)


def counts_of_parts(a: str, b: str) -> bool:
    """Whether two sentences' counts may be of different parts of what they count: either
    counts over a span of time ("since May"; not "the deadliest attack since 2008"), or
    one counts what was added and the other does not ("another 40" / "120 arrested"; two
    increments, "another 40" / "another 45", are compared)."""
    return _over_a_span(a) or _over_a_span(b) or adds_to_a_count(a) != adds_to_a_count(b)


@lru_cache(maxsize=1 << 14)
def _over_a_span(text: str) -> bool:
    for match in _SPAN.finditer(text):
        if match.group().casefold() != "since":
            return True
        if not any(r.end() == match.end() for r in _RECORD_SINCE.finditer(text, 0, match.end())):
            return True
    return False


@lru_cache(maxsize=1 << 14)
def adds_to_a_count(text: str) -> bool:
    """ "another 40 protesters", "12 new cases", "in the latest sweep": what was added."""
    if _INCREMENT_WORDS.search(text) is None:  # most sentences: none of the words it needs
        return False
    return _INCREMENT.search(text) is not None


def _one_count(ra: Reading, qa: Quantity, rb: Reading, qb: Quantity) -> bool:
    """Whether two figures of one counted thing are one count told twice: the same words
    say what they count ("taking 63 seats" / "took 61 seats"; `facts.figure_frame`), the
    sentences tell the same event, on no two different days, and neither counts over a
    span of time (the dead of one attack, not "since 1968")."""
    text_a, text_b = ra.sentence.text, rb.sentence.text
    if not _one_act(ra, rb) or not _count_frame(text_a, qa) & _count_frame(text_b, qb):
        return False
    if qa.unit != POINTS and counts_of_parts(text_a, text_b):  # a rate's change is whole
        return False
    return not _two_days(ra, rb)


def _years_apart(ra: Reading, rb: Reading) -> bool:
    """Whether two sentences tell of different years: the years each names, else the year
    of its report ("Salgar was hit by a similar disaster in 2015, when a flash flood killed
    more than 90" is no count of Saturday's landslide, reported in 2026)."""
    years_a = years(ra.sentence.text) or _report_year(ra)
    years_b = years(rb.sentence.text) or _report_year(rb)
    return bool(years_a and years_b) and years_a.isdisjoint(years_b)


def _report_year(reading: Reading) -> frozenset[int]:
    return frozenset([reading.reported.year]) if reading.reported else frozenset()


def _two_days(ra: Reading, rb: Reading) -> bool:
    """Whether two sentences name two different days for what they count ("125 people died
    on Monday" / "On Tuesday, four people were killed"): the counts of two days."""
    day_a, day_b = _single_day(ra), _single_day(rb)
    if not (day_a and day_b and day_a[0] != day_b[0]):
        return False
    # The same count of another thing ties one event told on two days ("buried 30 homes
    # ... on Saturday, killing 12" / "buried 30 homes ... on Friday, killing 15"): the
    # day is in dispute, not two days' counts.
    # ("about 200 passengers" ties a derailment told with 8 dead on Thursday and 11 on
    # Wednesday; a toll's own figure ties nothing.)
    tolled = {value for _, values in (*ra.tolls, *rb.tolls) for value in values}
    things_a, things_b = _counted(ra), _counted(rb)
    if any(
        things_a[thing].value == things_b[thing].value and things_a[thing].value not in tolled
        for thing in things_a.keys() & things_b.keys()
    ):
        return False
    # So does one named thing that a disaster befalls once ("the ferry Solvang capsized ...
    # on Tuesday" / "the ferry Solvang overturned ... on Wednesday"): a ship sinks, a train
    # derails, a plane crashes, a building collapses one time.
    return not _one_named_wreck(ra.sentence.text, rb.sentence.text)


def _one_named_wreck(a: str, b: str) -> bool:
    """Whether two sentences tell a disaster that happens once (`_ONCE`) to one named thing
    that is no place ("the ferry Solvang", not "in Aleppo")."""
    if _ONCE.isdisjoint(event_terms(a) & event_terms(b)):
        return False
    return not _named_things(a).isdisjoint(_named_things(b))


def _named_things(text: str) -> frozenset[str]:
    """The names of a sentence that are no place: not introduced as one ("in Aleppo"), nor
    named as one ("on Lake Harren", "the Varnholt valley": two boats sink on one lake)."""
    places = role_reading(text).places
    return frozenset(
        name
        for names, _, _ in name_runs(text)
        if names[-1] not in places and PLACE_KINDS.isdisjoint(names)
        for name in names
    )


_frame = lru_cache(maxsize=1 << 14)(figure_frame)  # each figure is compared with several


@lru_cache(maxsize=4096)
def _text_reading(text: str) -> Reading:
    return _read(Sentence("", 0, 0, text, 0, len(text)), None)


def _counted(reading: Reading) -> dict[str, Quantity]:
    """The things a sentence counts once each, with their figure ("case": 27 cases, or
    "Suspected cholera cases ... more than doubled to 112": `_named_before`)."""
    things: dict[str, list[Quantity]] = defaultdict(list)
    text = reading.sentence.text
    for quantity in reading.facts.quantities:
        thing = counted_thing(text, quantity) or _named_before(text, quantity)
        if thing:
            things[thing].append(quantity)
    return {thing: found[0] for thing, found in things.items() if len(found) == 1}


# The level a count named before its figure reached ("cases ... more than doubled to 112",
# "the number of suspected cases reaching 110", "arrests climbed to 40").
_LEVEL_VERB = compiled(
    r"\b(?:rose|risen|climbed|jumped|increased|grew|doubled|tripled|reached|reaching|stood"
    r"|stands|totall?ed|totals)(?:\s+(?:to|at))?\s*$",
    re.IGNORECASE,
)
_PLURAL = compiled(r"\b[a-z]{3,}s\b")
# Plural nouns whose level is a price or a rate, not a count ("shares rose to 52").
_NOT_LEVELS = frozenset(
    stem(word)
    for word in "shares prices rates stocks markets yields costs wages".split()  # noqa: SIM905
)
# What a figure of a level is compared with: another level, or a count told as a total.
_LEVEL_FRAME = frozenset(stem(word) for word in "level total confirmed recorded reported".split())  # noqa: SIM905


def _named_before(text: str, quantity: Quantity) -> str:
    """What a figure with nothing it counts after it counts, named before it as the level
    it reached, in its clause: "case" for "Suspected cholera cases in Marenga district more
    than doubled to 112"; "" when none is."""
    if quantity.unit:
        return ""
    # Back to the clause's start or the figure before ("doubled to 112 and the death toll
    # rose to seven": the toll is what rose to seven, not the cases).
    window = re.split(r"[,;:.()]|\d", text[max(0, quantity.start - 100) : quantity.start])[-1]
    verb = _LEVEL_VERB.search(window)
    if verb is None:
        return ""
    nouns = [
        word
        for word in _PLURAL.findall(window, 0, verb.start())
        if word not in STOPWORDS and not word.endswith(("ss", "us", "is"))
    ]
    if not nouns:
        return ""
    thing = news_terms([stem(nouns[-1])])[0]
    return "" if thing in NOT_COUNTED or thing in _NOT_LEVELS else thing


def _count_frame(text: str, quantity: Quantity) -> frozenset[str]:
    """What a figure's words say of it (`facts.figure_frame`); a level named before its
    figure (`_named_before`) is one frame with any other level or total."""
    if not counted_thing(text, quantity) and _named_before(text, quantity):
        return _LEVEL_FRAME
    return _frame(text, quantity)


def _quantity(reading: Reading, value: float) -> Quantity | None:
    return next((q for q in reading.facts.quantities if q.value == value and not q.unit), None)


def _group_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """The organisations one event was aimed at or carried out by, when two sources name
    different sets of them by acronym ("(BLF)" against "(BLA) and (BLF)")."""
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, reading in enumerate(readings):
        if reading.event and reading.groups:
            buckets[reading.event[:2]].append(index)
    findings: list[_Finding] = []
    for members in buckets.values():
        by_value: dict[frozenset[str], list[int]] = defaultdict(list)
        for index in members:
            by_value[readings[index].groups].append(index)
        if len(by_value) < 2:
            continue
        for a, b in _compared_pairs(by_value.values()):
            ra, rb = readings[a], readings[b]
            shared_names = (ra.name_set & rb.name_set) - {ra.event[0]} if ra.event else set()
            if _different_articles(ra, rb) and same_event(ra, rb, GROUP_OVERLAP) and shared_names:
                key_a, key_b = sorted(ra.groups), sorted(rb.groups)
                findings.append(
                    _Finding(
                        "actor",
                        "groups",
                        a,
                        b,
                        (" ".join(key_a), " and ".join(key_a)),
                        (" ".join(key_b), " and ".join(key_b)),
                        agree=key_a == key_b,
                    )
                )
    return findings


_Key = TypeVar("_Key", bound=Hashable)


def _pairs_by_value(
    entries: Iterable[tuple[int, _Key, Hashable]],
) -> Iterator[tuple[_Key, int, int]]:
    """(key, a, b) for the readings `a` < `b` that give one key (a counted thing, an act, a
    party's result) different values, from `entries` (reading index, key, value): bucketed
    by key then value, so only readings whose values differ meet, a bounded few of each
    (`_compared_pairs`)."""
    buckets: dict[_Key, dict[Hashable, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, key, value in entries:
        buckets[key][value].append(index)
    for key, by_value in buckets.items():
        if len(by_value) > 1:
            for a, b in _compared_pairs(list(by_value.values())):
                yield key, a, b


def _compared_pairs(value_groups: Iterable[Sequence[int]]) -> Iterator[tuple[int, int]]:
    """Each pair (a < b) among the first `_PER_VALUE` readings of every value of one event
    bucket: enough to find a disagreement without comparing every telling with every other."""
    compared = sorted({i for group in value_groups for i in group[:_PER_VALUE]})
    # However many values one bucket holds (a template repeated with its figures changed),
    # the pairs stay bounded: the cross-check stays linear in the sentences.
    del compared[_MAX_COMPARED:]
    for position, a in enumerate(compared):
        for b in compared[position + 1 :]:
            yield a, b


def same_event(a: Reading, b: Reading, overlap: float = EVENT_OVERLAP) -> bool:
    """Enough shared context words (overlap coefficient) to be two tellings of one event."""
    shared = a.context & b.context
    smaller = min(len(a.context), len(b.context)) or 1
    return len(shared) >= 4 and len(shared) / smaller >= overlap


def _single_day(reading: Reading) -> tuple[str, str] | None:
    """(month-day, as written) of the one day a sentence names, absolute dates first."""
    text = reading.sentence.text
    if any(_RANGE.match(text, d.end) for d in reading.facts.dates):
        return None  # "Feb. 9 to 11" is a span of days
    # A dateline ("WASHINGTON, October 14 (Xinhua) --") dates the report, not the event.
    mentions = [
        d for d in reading.facts.dates if not (d.start < 60 and _DATELINE.match(text, d.end))
    ]
    absolute = {d.month_day: d.text for d in mentions if d.month_day and not d.relative}
    if len(absolute) == 1:
        return next(iter(absolute.items()))
    if absolute:
        return None
    weekdays = {d.weekday: d.text for d in mentions if d.weekday}
    if len(weekdays) == 1 and len(mentions) == 1:
        return next(iter(weekdays.items()))
    return None


def _days_of_their_reports(ra: Reading, weekday_a: str, rb: Reading, weekday_b: str) -> bool:
    """Whether each of two weekdays is the day of its own article, articles of two days
    ("a Turkish official said on Saturday" in Saturday's report, "on Sunday" in Sunday's;
    "news items in leading newspapers on Tuesday" / "Friday"): a story filed again, each
    telling of its own day, not a dispute over one day."""
    day_a, day_b = ra.reported, rb.reported
    return (
        day_a is not None
        and day_b is not None
        and day_a != day_b
        and _day_key(day_a, weekday_a) == weekday_a
        and _day_key(day_b, weekday_b) == weekday_b
    )


def _day_key(day: dt.date, like: str) -> str:
    """A date as a key of the kind `like` is: its month-day ("06-09") or its weekday."""
    return day.strftime("%m-%d") if like[:1].isdigit() else _weekday(day)


def _dateline_day(reading: Reading) -> str:
    text = reading.sentence.text
    for mention in reading.facts.dates:
        if mention.start < 60 and _DATELINE.match(text, mention.end):
            return mention.month_day
    return ""


def _same_date_neighbours(ra: Reading, written_a: str, rb: Reading, written_b: str) -> bool:
    text_a, text_b = ra.sentence.text, rb.sentence.text
    start_a, start_b = text_a.find(written_a), text_b.find(written_b)
    if start_a < 0 or start_b < 0:
        return False
    around_a = _neighbour_words(text_a, start_a, start_a + len(written_a))
    around_b = _neighbour_words(text_b, start_b, start_b + len(written_b))
    return any(x and x == y for x, y in zip(around_a, around_b, strict=True))


def _compare_dates(
    a: int, b: int, ra: Reading, rb: Reading, max_gap: int | None, tied: bool = False
) -> list[_Finding]:
    """The day two tellings give, as a finding (agreeing or not). `tied`: the two are one
    event already (their counts of it were compared), however loosely worded."""
    day_a, day_b = _single_day(ra), _single_day(rb)
    if not day_a or not day_b or day_a[0][:1].isdigit() != day_b[0][:1].isdigit():
        return []  # a weekday and a calendar date: compared only through article dates
    weekdays = not day_a[0][:1].isdigit()
    if weekdays and _dateline_day(ra) != _dateline_day(rb):
        return []  # "said on Saturday" in the report of the 21st, "on Sunday" in the 22nd's
    if weekdays and _days_of_their_reports(ra, day_a[0], rb, day_b[0]):
        return []  # one story filed on two days, each naming its own: two reports
    loose = not tied and jaccard(ra.context, rb.context) < WEEKDAY_THRESHOLD
    if weekdays and day_a[0] != day_b[0] and loose:
        return []  # "Sunday Japan time" / "Saturday in Albuquerque": time zones, loose pairs
    # Tied as one event, each naming one day and neither the day it was said on, the two
    # give that event's day; else the words around the days must tell one fact.
    of_the_event = tied and not (_said_day(ra.sentence.text) or _said_day(rb.sentence.text))
    if (
        day_a[0] != day_b[0]
        and not of_the_event
        and not _same_date_neighbours(ra, day_a[1], rb, day_b[1])
    ):
        return []  # "since Jan. 30, the day after" / "the Jan. 29 bombing": two facts
    if day_a[0] != day_b[0] and day_a[0][:1].isdigit():
        gap = abs(
            (
                dt.date(2000, *map(int, day_a[0].split("-")))
                - dt.date(2000, *map(int, day_b[0].split("-")))
            ).days
        )
        # Weeks apart in two tellings of one fact: a template filled in on different days
        # ("news items in leading newspapers on ...") rather than a disputed date.
        if min(gap, 366 - gap) > (max_gap or MAX_DATE_GAP_DAYS):
            return []
    return [_Finding("date", "", a, b, day_a, day_b, agree=day_a[0] == day_b[0])]


def _figure_key(q: Quantity, text: str = "") -> tuple[str, str]:
    """(normalised value, as written): a sum of money with its currency word and the
    conversion given with it ("1.1 billion euro ($1.2 billion)"), as `text` has them."""
    shown = q.display
    if text and q.unit in _MONEY_UNITS:
        end = q.end
        if word := _CURRENCY_WORD.match(text, end):
            end = word.end()
        if (paren := _CONVERSION_PAREN.match(text, end)) and _conversion_at(text, paren.end() - 1):
            end = paren.end()
        shown = f"{q.qualifier_text} {text[q.start : end]}".strip()
    top = "" if q.high is None else f"-{q.high:g}"  # a range is its two ends
    return (f"{q.value:g}{top}{q.unit}{q.qualifier}", shown)


def _compare_figures(a: int, b: int, ra: Reading, rb: Reading) -> list[_Finding]:
    """Figures that count the same thing (same noun after them, or the same word before
    them at the same position) and cannot both be true."""
    found: list[_Finding] = []
    right = list(rb.facts.quantities)
    increment = adds_to_a_count(ra.sentence.text) != adds_to_a_count(rb.sentence.text)
    for position, qa in enumerate(ra.facts.quantities):
        for other_position, qb in enumerate(right):
            if qa.unit != qb.unit:
                continue
            same_noun = bool(qa.noun) and qa.noun == qb.noun
            same_slot = bool(qa.before) and qa.before == qb.before and position == other_position
            if not (same_noun or same_slot):
                continue
            agree = qa.compatible(qb)
            if not agree and increment:
                break  # "arrested another 40" adds to the "120 arrested" the other gives
            # A value the other sentence also states elsewhere is not in dispute.
            if not agree and (_states(rb, qa) or _states(ra, qb)):
                break
            found.append(_figure_finding(a, ra, qa, b, rb, qb, agree))
            break
    disputed = [f for f in found if not f.agree]
    if len(disputed) == 1:
        # One figure changed, the others the same: otherwise these are different tallies
        # ("350 at O'Hare and 150 at Midway" / "600 at Chicago's two airports").
        (finding,) = disputed
        rest_a = sorted(
            q.value for q in ra.facts.quantities if _figure_key(q)[0] != finding.left_value[0]
        )
        rest_b = sorted(
            q.value for q in rb.facts.quantities if _figure_key(q)[0] != finding.right_value[0]
        )
        if rest_a != rest_b:
            return [f for f in found if f.agree]
    return found


def _compare_names(a: int, b: int, ra: Reading, rb: Reading) -> list[_Finding]:
    """One name replaced by another in the same place, everything else (nearly) the same:
    "attacked the garrison in Tessa" / "attacked the garrison in Varos"."""
    only_a = ra.name_set - rb.name_set
    only_b = rb.name_set - ra.name_set
    if len(only_a) != 1 or len(only_b) != 1:
        return []
    (name_a,), (name_b,) = only_a, only_b
    if name_a[:4] == name_b[:4]:  # "Iran" / "Iranian", "Baluchistan" / "Baluchestan"
        return []
    text_a, text_b = ra.sentence.text, rb.sentence.text
    # A name the other sentence has in lower case ("Stock Market" / "stock market") or
    # inside a longer word ("Wan-directed") is a difference of spelling, not of fact.
    if name_a in words(text_b) or name_b in words(text_a):
        return []
    span_a = next(span for span in ra.names if span[0] == name_a)
    span_b = next(span for span in rb.names if span[0] == name_b)
    if not (_substitutable(text_a, span_a) and _substitutable(text_b, span_b)):
        return []
    if not _same_neighbours(text_a, span_a, text_b, span_b):
        return []
    stems = {stem(part) for name in (name_a, name_b) for part in re.findall(r"\w+", name)}
    if jaccard(ra.context - stems, rb.context - stems) < NAME_THRESHOLD:
        return []
    slot = _name_slot(text_a, span_a[1], span_a[2])
    return [
        _Finding(
            slot,
            "",
            a,
            b,
            (name_a, text_a[span_a[1] : span_a[2]]),
            (name_b, text_b[span_b[1] : span_b[2]]),
        )
    ]


def _substitutable(text: str, span: tuple[str, int, int]) -> bool:
    """A capital that marks a name: not at the start of the sentence or of a quotation,
    not a pronoun contraction ("I'm", "They're"), not who was told (each outlet writes
    "told" its own name: "She told WANE" / "She told NewsChannel 15")."""
    name, start, _ = span
    head = re.split(r"['’]", name)[0]
    if head in STOPWORDS or head == "i":
        return False
    before = text[:start].rstrip()
    if re.search(r"\b(?:told|tells|telling|to)$", before, re.IGNORECASE):
        return False
    return bool(before) and before[-1] not in "\"“‘'(:?!.—-"


def _neighbour_words(text: str, start: int, end: int) -> tuple[str, str]:
    before = words(text[max(0, start - 40) : start])
    after = words(text[end : end + 40])
    return (before[-1] if before else "", after[0] if after else "")


def _same_neighbours(
    text_a: str, span_a: tuple[str, int, int], text_b: str, span_b: tuple[str, int, int]
) -> bool:
    """The two names stand in the same place: same word before them or after them."""
    before_a, after_a = _neighbour_words(text_a, span_a[1], span_a[2])
    before_b, after_b = _neighbour_words(text_b, span_b[1], span_b[2])
    return bool(before_a and before_a == before_b) or bool(after_a and after_a == after_b)


def _name_slot(text: str, start: int, end: int) -> str:
    """place (after "in", "at", ...), attribution (next to "said"), else actor."""
    before = re.findall(r"[\w']+", text[max(0, start - 20) : start].casefold())
    if _ATTRIBUTION.search(text[max(0, start - 25) : start]) or _ATTRIBUTION.match(
        text[end : end + 15].strip()
    ):
        return "attribution"
    if before and before[-1] in _PLACE_WORDS:
        return "place"
    return "actor"


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[tuple[int, str, str], tuple[int, str, str]] = {}

    def find(self, item: tuple[int, str, str]) -> tuple[int, str, str]:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: tuple[int, str, str], b: tuple[int, str, str]) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            low, high = sorted((root_a, root_b))
            self.parent[high] = low


def _group(
    findings: Sequence[_Finding],
    readings: Sequence[Reading],
    order: dict[str, int],
    copies: dict[int, list[int]],
) -> list[Disagreement]:
    union = _UnionFind()
    values: dict[tuple[int, str, str], tuple[str, str]] = {}
    for finding in findings:
        left, right = finding.nodes
        values.setdefault(left, finding.left_value)
        values.setdefault(right, finding.right_value)
        union.union(left, right)
    for node in list(values):
        for copy in copies.get(node[0], ()):
            values[(copy, node[1], node[2])] = values[node]
            union.union(node, (copy, node[1], node[2]))
    disputed_roots = {union.find(f.nodes[0]) for f in findings if not f.agree}
    slots = {union.find(f.nodes[0]): f.slot for f in findings if not f.agree}
    components: dict[tuple[int, str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for node in values:
        root = union.find(node)
        if root in disputed_roots:
            components[root].append(node)

    def sentence_key(reading_index: int) -> tuple[int, str, int]:
        sentence = readings[reading_index].sentence
        return (order.get(sentence.article_id, 0), sentence.article_id, sentence.index)

    result: list[tuple[tuple[int, tuple[int, str, int]], Disagreement]] = []
    for root, nodes in components.items():
        nodes.sort(key=lambda node: sentence_key(node[0]))
        by_value: dict[str, list[int]] = {}
        shown: dict[str, str] = {}
        for node in nodes:
            key, written = values[node]
            by_value.setdefault(key, [])
            if node[0] not in by_value[key]:
                by_value[key].append(node[0])
            shown.setdefault(key, written)
        if len(by_value) < 2:
            continue
        entries = []
        for key, members in by_value.items():
            sources = tuple(dict.fromkeys(readings[i].sentence.article_id for i in members))
            told = [readings[i].sentence for i in members]
            if root[2] == "groups":
                told += [extra for i in members for extra in readings[i].group_sentences]
            support = tuple(Support(s.article_id, s.index, s.start, s.end) for s in told)
            entries.append(DisagreementValue(shown[key], sources, support))
        all_sources = {source for entry in entries for source in entry.sources}
        if len(all_sources) < 2:
            continue
        member_sentences = tuple(dict.fromkeys(readings[node[0]].sentence.key for node in nodes))
        fact = _fact_label(_clearest(nodes, values, readings))
        disagreement = Disagreement(slots[root], fact, tuple(entries), member_sentences)
        result.append(((-len(all_sources), sentence_key(nodes[0][0])), disagreement))
    result.sort(key=lambda item: item[0])
    return [disagreement for _, disagreement in result]


def _clearest(
    nodes: Sequence[tuple[int, str, str]],
    values: dict[tuple[int, str, str], tuple[str, str]],
    readings: Sequence[Reading],
) -> str:
    """The shortest statement that shows its value in its own words (else the shortest)."""
    texts = [readings[node[0]].sentence.text for node in nodes]
    showing = [
        text
        for node, text in zip(nodes, texts, strict=True)
        if all(part in text for part in values[node][1].split(" and "))
    ]
    return min(showing or texts, key=len)


def _fact_label(text: str, limit: int = 24) -> str:
    """A short reminder of the fact: the shortest statement of it, cut to `limit` words."""
    parts = text.split()
    return " ".join(parts[:limit]) + (" …" if len(parts) > limit else "")


# --- the day of one event, told in other words ----------------------------------------------

# Words around a day that tell when, not what happened ("late on Saturday", "Friday
# afternoon", "last week").
_TIME_TERMS = frozenset(
    stem(word)
    for word in """late early earlier later night afternoon morning evening midday noon
    day days week weeks month year last next this today yesterday tonight overnight hours
    hour time local""".split()  # noqa: SIM905
)
_DAY_REACH = (4, 2)  # words before and after a day that tell what happened on it
# A day that is to come or was set, told of a plan ("is due in court on March 8", "will
# be flown back on Wednesday"): compared only with another plan.
_PLANNED = compiled(
    r"\b(?:will|would|due|scheduled|expected|set to|plans?|planned|to be|is to|are to)\b"
    r"|\w['’]ll\b",  # "he'll file a motion today"
    re.IGNORECASE,
)
# "filed another motion": a second act of the kind, not the first told again.
_ANOTHER = compiled(r"\banother\b", re.IGNORECASE)


# (month-day or weekday, as written, start, end, the date when told from the report's date)
_EventDay = tuple[str, str, int, int, dt.date | None]


def _event_day(reading: Reading) -> _EventDay | None:
    """(month-day or weekday, as written, start, end, date) of the one day a sentence
    gives what it tells: the day its source spoke ("said on Sunday") and a dateline set
    aside. A day told from the report's date ("on Tuesday" in a report of Wednesday 10
    June, "yesterday" in one of Thursday 11 June) is its date (9 June, 10 June), shown with
    it ("on Tuesday [9 Jun 2026]"); where the report's date is unknown, a weekday."""
    text = reading.sentence.text
    said = [match.span() for match in _SAID_ON.finditer(text)]
    mentions = []
    for mention in reading.facts.dates:
        if _RANGE.match(text, mention.end):
            return None  # "Feb. 9 to 11" is a span of days
        if mention.start < 60 and _DATELINE.match(text, mention.end):
            continue
        if any(start < mention.end and mention.start < end for start, end in said):
            continue
        mentions.append(mention)
    if len(mentions) != 1:
        return None
    (mention,) = mentions
    if mention.relative and reading.reported and len(mention.iso) == len("2026-06-09"):
        day = dt.date.fromisoformat(mention.iso)
        written = f"{mention.text} [{day.day} {day:%b %Y}]"
        return (mention.month_day, written, mention.start, mention.end, day)
    key = mention.month_day if mention.month_day and not mention.relative else mention.weekday
    return (key, mention.text, mention.start, mention.end, None) if key else None


def _day_terms(text: str, start: int, end: int) -> frozenset[str]:
    """What happened on a day, by the words of its clause before it ("ran aground on a reef
    near Gladstone late on Saturday") or, for a day told as a noun's, after it ("the Dec.
    15 premiere", "Saturday's blast"): time words and attribution aside, one outlet's word
    for another's read as one (`facts.news_terms`)."""
    clause = re.split(r"[,;:()—–]", text[max(0, start - 80) : start])[-1]
    found = LETTER_WORD.findall(clause)[-_DAY_REACH[0] :]
    before = text[:start].rstrip().casefold()
    # A day between the subject and its verb ("The Food and Drug Administration on Tuesday
    # approved ...") tells what happened after it.
    subject_only = not any(word.islower() and word not in STOPWORDS for word in found)
    if subject_only or before.endswith((" the", " a", " an")) or text.startswith(("'s", "’s"), end):
        after = re.split(r"[,;:()—–]", text[end : end + 40])[0]
        found += LETTER_WORD.findall(after)[: _DAY_REACH[1]]
    lower = " ".join(word for word in found if word.islower())  # names say who, not what
    terms = news_terms(content_terms(lower))
    return frozenset(term for term in terms if not term.isdigit()) - _TIME_TERMS - _NOT_EVENT


_VERB_REACH = 8  # words before a day where the verb of what happened on it may be


def _day_verbs(text: str, start: int) -> frozenset[str]:
    """The verbs of the clause before a day, by their stems ("began observing" -> begin,
    observ; "ran aground" and "running aground" -> run): past forms and -ing forms."""
    clause = re.split(r"[,;:()—–]", text[max(0, start - 80) : start])[-1]
    words = [w.casefold() for w in LETTER_WORD.findall(clause)[-_VERB_REACH:] if w.islower()]
    verbs = [
        w for w in words if w in IRREGULAR_PAST or (w.endswith(("ed", "ing")) and "-" not in w)
    ]  # (not "open-ended": a compound adjective)
    return frozenset(content_terms(" ".join(verbs)))


_NOT_EVENT = frozenset(stem(word) for word in "said says told according announced".split())  # noqa: SIM905


def _one_named_event(ra: Reading, rb: Reading) -> bool:
    """Whether two sentences may tell of the same actors and place: the names they share
    in the same roles (`facts.same_roles`), a place in common where both give places
    ("marched in Lyon" / "marched in Paris" tell of two marches), and the same named
    subject where both open with one ("The House passed ..." / "The Senate passed ..."
    tell of two votes), a capitalised first word that may be no name aside."""
    text_a, text_b = ra.sentence.text, rb.sentence.text
    if not same_roles(ra.facts.names, rb.facts.names):
        return False
    places_a, places_b = _places(text_a), _places(text_b)
    if places_a and places_b and places_a.isdisjoint(places_b):
        return False
    clause_a, clause_b = _after_dateline(ra), _after_dateline(rb)
    subject_a, subject_b = subject(clause_a), subject(clause_b)
    if not (subject_a and subject_b) or same_entity(subject_a, subject_b):
        return True
    # A sentence's first word is capitalised as its opener ("Temperatures in Seville
    # reached ..."): read as a name only where the two share no name at all.
    openers = _opens_with(clause_a, subject_a) or _opens_with(clause_b, subject_b)
    return openers and not set(ra.facts.names).isdisjoint(rb.facts.names)


def _opens_with(text: str, name: tuple[str, ...]) -> bool:
    """Whether a one-word name is the first word of `text`."""
    first = text.split(maxsplit=1)[:1]
    return len(name) == 1 and bool(first) and first[0].strip(",.;:").casefold() == name[0]


def _after_dateline(reading: Reading) -> str:
    """A sentence without its dateline ("MADRID, July 12, 2026 (Reuters) - ")."""
    text = reading.sentence.text
    for mention in reading.facts.dates:
        if mention.start < 60 and (match := _DATELINE.match(text, mention.end)):
            return text[match.end() :]
    return text


def _event_day_findings(readings: Sequence[Reading]) -> list[_Finding]:
    """One event dated differently by two sources in their own words ("Voting took place on
    Thursday." / "Voting took place on Wednesday amid long queues", "ran aground on a reef
    ... late on Saturday" / "after running aground on Sunday night"): two sentences of
    different articles, each giving one day (not the day the source spoke), the same word
    of what happened next to it, what happened shared (`facts.shares_event`; two words
    where they name an actor in common) and no other actor (`_one_named_event`). Not
    compared: a plan against a past event, days of reports filed on their own days
    (`_days_of_their_reports`) or of different weeks, dates weeks apart or of other years,
    and a day the other source gives the same event too (it tells of two)."""
    days: dict[int, _EventDay] = {}
    for index, reading in enumerate(readings):
        if reading.facts.dates and (day := _event_day(reading)):
            days[index] = day
    if len({readings[i].sentence.article_id for i in days}) < 2:
        return []
    terms = {
        index: _day_terms(readings[index].sentence.text, day[2], day[3])
        for index, day in days.items()
    }
    given: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, word) -> days
    for index, found in terms.items():
        for term in found:
            given[(readings[index].sentence.article_id, term)].add(days[index][0])
    entries = ((index, term, days[index][0]) for index, found in terms.items() for term in found)
    findings: list[_Finding] = []
    seen: set[tuple[int, int]] = set()
    for term, a, b in _pairs_by_value(entries):
        ra, rb = readings[a], readings[b]
        day_a, day_b = days[a], days[b]
        if (a, b) in seen or not _different_articles(ra, rb) or day_a[0] == day_b[0]:
            continue
        if day_b[0] in given[(ra.sentence.article_id, term)]:
            continue  # the source gives the other day too: two events of the kind
        if day_a[0] in given[(rb.sentence.article_id, term)]:
            continue
        if _same_day_apart(ra, day_a, rb, day_b) or not _one_named_event(ra, rb):
            continue
        text_a, text_b = ra.sentence.text, rb.sentence.text
        planned_a, planned_b = bool(_PLANNED.search(text_a)), bool(_PLANNED.search(text_b))
        if planned_a != planned_b or bool(_ANOTHER.search(text_a)) != bool(_ANOTHER.search(text_b)):
            continue
        if planned_a and (day_a[4] or day_b[4]):
            continue  # a coming day told from the report's date: which evening was it filed?
        # Two words of what happened next to the days, or one and a figure both give to the
        # last decimal ("registered 46.2 degrees on Friday" / "reached 46.2 degrees ... on
        # Saturday"), and what happened shared. One named actor's one act ("Brandt died on
        # Friday" / "Brandt ... died on Thursday") is one event: one word is enough.
        tied = _same_exact_figure(ra, rb)
        told = _one_actor(_without_span(text_a, day_a), _without_span(text_b, day_b))
        if len(terms[a] & terms[b]) < (1 if tied or told else 2):
            continue
        # Two acts on one thing ("declared a ceasefire on Sept. 16" / "began observing the
        # ceasefire on Sept. 18"), unless a figure too exact for chance ties them.
        verbs_a, verbs_b = _day_verbs(text_a, day_a[2]), _day_verbs(text_b, day_b[2])
        if not tied and verbs_a and verbs_b and verbs_a.isdisjoint(verbs_b):
            continue
        # A named actor dies once: the death is the one event, whatever else each tells.
        needed = 2 if tied or told else SHARED_EVENT_WORDS
        if told and not _ONCE.isdisjoint(terms[a] & terms[b]):
            needed = 1
        if not shares_event(text_a, text_b, needed):
            continue
        seen.add((a, b))
        findings.append(
            _Finding("date", "", a, b, (day_a[0], day_a[1]), (day_b[0], day_b[1]), agree=False)
        )
    return findings


def _one_actor(a: str, b: str) -> bool:
    """Whether two sentences open with one named actor (`facts.same_telling`, or the same
    `subject` where its verb cannot be read: "The Food and Drug Administration approved")."""
    if same_telling(a, b):
        return True
    actor_a, actor_b = subject(a), subject(b)
    return bool(actor_a and actor_b and same_entity(actor_a, actor_b))


def _day_clause(text: str, day: _EventDay) -> str:
    """The clause a day is told in ("Brandt, who ... in 1964, died on Thursday in
    Heidelberg": " died on Thursday in Heidelberg")."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, day[2])), default=0)
    end = next((m.start() for m in _CLAUSE_MARK.finditer(text, day[3])), len(text))
    return text[start:end]


_CLAUSE_MARK = compiled(r"[,;:()—–]")
# What befalls one named actor or thing once: a death, a ship's capsizing, a derailment, a
# crash, a collapse.
_ONCE = frozenset(news_terms(content_terms("die capsize derail crash collapse")))


def _without_span(text: str, day: _EventDay) -> str:
    """`text` without the day it names ("The agency on Tuesday approved" -> "The agency
    approved"): where the day stood, the subject and its verb meet."""
    return f"{text[: day[2]].rstrip()} {text[day[3] :].lstrip()}"


def _same_day_apart(ra: Reading, day_a: _EventDay, rb: Reading, day_b: _EventDay) -> bool:
    """Whether two days cannot be one event's disputed day: a weekday and a calendar date,
    dates more than `MAX_DATE_GAP_DAYS` apart or of other years, weekdays of different
    weeks, of a report of unknown date or of another year than the sentence names, each
    the day of its own report (`_days_of_their_reports`), or one night told from either
    side of midnight. A day told from its report's date ("yesterday") is read as weekdays
    are, at its date."""
    weekdays = not day_a[0][:1].isdigit()
    if weekdays != (not day_b[0][:1].isdigit()):
        return True
    if not weekdays:
        years_a, years_b = years(ra.sentence.text), years(rb.sentence.text)
        if years_a and years_b and years_a.isdisjoint(years_b):
            return True
        if day_a[4] and day_b[4]:
            gap = abs((day_a[4] - day_b[4]).days)
        else:
            gap = abs(
                (
                    dt.date(2000, *map(int, day_a[0].split("-")))
                    - dt.date(2000, *map(int, day_b[0].split("-")))
                ).days
            )
            gap = min(gap, 366 - gap)
        if gap > MAX_DATE_GAP_DAYS:
            return True
        if not (day_a[4] or day_b[4]):
            return False  # two calendar dates, as written
    elif ra.reported is None or rb.reported is None:
        return True  # which week's Tuesday?
    reported_a, reported_b = ra.reported, rb.reported
    if reported_a and reported_b and abs((reported_a - reported_b).days) > 6:
        return True
    if _days_of_their_reports(ra, day_a[0], rb, day_b[0]):
        return True
    for reading, reported, day in ((ra, reported_a, day_a), (rb, reported_b, day_b)):
        named = years(_day_clause(reading.sentence.text, day))
        if reported and named and reported.year not in named:
            return True  # "in 1960 set a record that still stands Sunday"
    # "Saturday night" / "early Sunday morning": one night, told from either side of it.
    written = f"{day_a[1]} {day_b[1]}".casefold()
    if weekdays:
        adjacent = abs(WEEKDAYS.index(day_a[0]) - WEEKDAYS.index(day_b[0])) in (1, 6)
    else:
        adjacent = gap == 1
    return adjacent and any(word in written for word in ("night", "late", "early"))


def _same_exact_figure(ra: Reading, rb: Reading) -> bool:
    """Whether two sentences give one figure too exact to meet by chance: with decimals,
    or of four figures or more that is no year ("46.2 degrees", "18,589 points")."""
    exact = {
        (q.value, q.unit)
        for q in ra.facts.quantities
        if not q.value.is_integer() or (q.value >= 1000 and q.value not in years(ra.sentence.text))
    }
    return any((q.value, q.unit) in exact for q in rb.facts.quantities)


# The rules `values_differ` asks of two sentences (`counts_differ` asks the rest).
_PAIR_RULES = (
    _age_findings,
    _event_day_findings,
    _percent_findings,
    _temperature_findings,
    _minute_findings,
    _identifier_findings,
    _result_findings,
    _money_findings,
)
