"""Deduplicate: merge sentences that say the same thing, across and within articles.

Exact duplicates (after case/punctuation folding) are merged by key. Near-duplicates
(the same sentence lightly edited by two outlets) are found with MinHash LSH over
content-word unigram and bigram shingles, then verified with the exact Jaccard
similarity, so the cost stays near-linear in the number of sentences.

MinHash is implemented here with numpy rather than datasketch: datasketch needs SciPy,
and with SciPy installed `import nltk` alone takes about 0.7 s longer, a cost every
`summarize` call would pay.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

import numpy as np

from summarize import facts
from summarize.models import Group, Sentence
from summarize.options import DEFAULT_DEDUP_THRESHOLD
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

DEFAULT_THRESHOLD = DEFAULT_DEDUP_THRESHOLD
_NUM_PERM = 128
_MIN_RECALL = 0.97  # chance that a pair exactly at the threshold becomes a candidate
_PRIME = (1 << 31) - 1
_SEED = 20240117
_CHUNK = 4096  # shingles hashed at once by minhash_signatures: two 4 MB matrices
_MAX_BUCKET = 200  # beyond this a band bucket is noise; its members are not paired
# Restatements: candidates share one of 64 bands of 2 MinHash rows over content words (a
# pair with term Jaccard 0.15 is proposed with probability ~0.77, 0.25 with ~0.98).
RESTATEMENT_THRESHOLD = 0.5
_RESTATE_ROWS, _RESTATE_BANDS = 2, 64
_NAME_WEIGHT = 2.0  # a shared actor or place says more than a shared common word
_MAX_SHOWN_WORDS = 60
_EMBEDDING_RESTATES = 0.80  # cosine of all-MiniLM-L6-v2 (summarize.semantic.RESTATES)
# Each month under its full name (facts.MONTHS lists it first): "aug" -> "august".
_MONTH_NAMES = {
    word: next(name for name, n in facts.MONTHS.items() if n == number)
    for word, number in facts.MONTHS.items()
}
_DATE_WORDS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday yesterday today tomorrow
    """.split()  # noqa: SIM905 - one word list is easier to read and edit than a literal
)


def shingles(text: str) -> frozenset[str]:
    """Content-word unigrams and bigrams: bigrams keep "Iran hit Pakistan" apart from
    "Pakistan hit Iran", unigrams keep short edits from breaking the match."""
    return term_shingles(content_terms(text))


def term_shingles(terms: Sequence[str]) -> frozenset[str]:
    """`shingles` of terms already found (`content_terms`)."""
    return frozenset(terms) | frozenset(f"{a} {b}" for a, b in itertools.pairwise(terms))


# The facts rules (summarize.facts), cached: each pass asks again for the same sentences.
# Figures by value ("four million" is "4 million"), years and days of the month included.
numbers = lru_cache(maxsize=1 << 16)(facts.figure_keys)
names_in_order = lru_cache(maxsize=1 << 16)(facts.names_in_order)
roles_agree = facts.roles_agree


@lru_cache(maxsize=1 << 16)  # each pass asks again for the same sentences
def dates(text: str) -> frozenset[str]:
    """Month and weekday words, each month under one spelling ("Aug." and "August" are
    "august"); the days of a date are among `numbers`. "may" and "march" in lower case are
    the verbs ("may fine the lender", "plan to march"), not the months."""
    text = _LOWER_VERB_MONTHS.sub(" ", text)
    return frozenset(_MONTH_NAMES.get(word, word) for word in words(text) if word in _DATE_WORDS)


_LOWER_VERB_MONTHS = compiled(r"\b(?:may|march|mar)\b")


@lru_cache(maxsize=1 << 16)
def event_dates(text: str) -> frozenset[str]:
    """`dates` without the day something was said ("authorities said on Wednesday", "the
    ministry on Tuesday said"): when the outlet heard it, not when it happened. Compared
    only where the figures already tie two tellings (`shares_figures`): alone, the day a
    state was reported ("the fire was out, he said Sunday") dates the state."""
    return dates(without_said_day(text))


def without_said_day(text: str) -> str:
    """`text` with the day something was said blanked ("police said Tuesday")."""
    return _SAID_DAY.sub(" ", text)


_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SAID_VERB = r"(?:said|says|announced|reported|confirmed|stated|added|told (?:\w+ )?reporters)"
# A weekday right after a verb of saying, or right before one; not "said Tuesday's attack".
_SAID_DAY = compiled(
    rf"(?i)\b{_SAID_VERB}\s+(?:on\s+|late\s+|early\s+)?{_WEEKDAY_WORD}\b(?!['’]s)"
    rf"|\bon\s+{_WEEKDAY_WORD}\s+(?={_SAID_VERB}\b)"
)


@lru_cache(maxsize=1 << 16)
def telling_figures(text: str) -> frozenset[str]:
    """The figures of a sentence that tie two tellings of one fact (`numbers` keys): counts
    of a hundred or more and amounts of money or shares; not years, days, ages or small
    counts, which many facts of one story share."""
    if not _may_tell(text):
        return frozenset()  # most sentences: no figure that could tell (no parse needed)
    return frozenset(key for key in numbers(text) if _telling(key))


# What a telling figure needs somewhere in the sentence: three digits that are not a year
# ("1998"), a thousands separator, a currency or share, a large number word, or its short
# form ("2.3m", "4.6bn").
_MAY_TELL = compiled(
    r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d\d\d|\d,\d|[$€£%]|\d\s?(?:m|bn|k)\b"
    r"|\b(?:percent|per cent|hundreds?|thousands?|millions?|billions?|trillions?)\b",
    re.IGNORECASE,
)
# What every match of _MAY_TELL holds: a digit, a sign or one of its words (lower case, as
# `facts.may_hold` takes them).
_TELLING_SIGNS = frozenset("$€£%")
_TELLING_WORDS = ("percent", "per cent", "hundred", "thousand", "million", "billion", "trillion")


def _may_tell(text: str) -> bool:
    """`_MAY_TELL.search`, not run on a sentence without what every match holds (most)."""
    if not (
        facts.has_digit(text)
        or not _TELLING_SIGNS.isdisjoint(text)
        or facts.may_hold(text, _TELLING_WORDS)
    ):
        return False
    return _MAY_TELL.search(text) is not None


def _telling(key: str) -> bool:
    if key[:1] in "$%€£":
        return True
    try:
        return float(key) >= 100
    except ValueError:
        return False


# Two sentences of different articles that give the same two telling figures ("140 homes
# ... 12,000 residents" / "140 houses ... 12,000 people") tell one fact however they word
# it, once the event words and the guards agree. A figure of three significant digits or
# more ("4.75 percent", "12,340 people", "$2.87 billion") is rarely a coincidence: it
# counts as two.
SHARED_FIGURES = 2


def figure_weight(key: str) -> int:
    """How much one shared telling figure (a `numbers` key) ties two tellings."""
    try:
        value = abs(float(key.lstrip("$%€£")))
    except ValueError:  # a range ("%31-38"): the ends are what it tells
        return 1
    digits = f"{value:.15g}".split("e")[0].replace(".", "")
    return 2 if len(digits.strip("0")) >= 3 else 1


def shares_figures(a: str, b: str) -> bool:
    """Whether `a` and `b` give telling figures in common worth `SHARED_FIGURES`, the same
    counts, two or more of them (`counts_told`), or one tally ("voted 7-2" / "by seven votes
    to two": two figures in one, `facts.tallies`)."""
    if facts.tallies(a) & facts.tallies(b):
        return True
    shared = telling_figures(a) & telling_figures(b)
    if sum(map(figure_weight, shared)) >= SHARED_FIGURES:
        return True
    counts = counts_told(a)
    return bool(counts) and counts == counts_told(b)


@lru_cache(maxsize=1 << 16)
def counts_told(text: str) -> frozenset[str]:
    """The counts a sentence gives (as `numbers` keys), when it gives two or more and one
    of ten or more: "14 survivors ...; nine were hospitalised" / "Fourteen people were
    rescued alive, nine of whom needed hospital treatment". One small count is common to
    many facts of a story, and "two ... three" to many sentences; the same two or more,
    and no other, rarely are (the event words and the guards still have to agree). Ages
    and times of day are no counts of what happened (`facts.plain_counts`)."""
    # (A cheap reading first: most sentences give no two figures.)
    figures = _DIGITS.findall(text) + [
        word for word in facts.letter_words(text) if word in facts.NUMBER_WORDS
    ]
    if len(figures) < _COUNTS_THAT_TELL or not any(map(_ten_or_more, figures)):
        return frozenset()
    values = facts.plain_counts(text)
    if len(values) < _COUNTS_THAT_TELL or max(values) < _COUNT_THAT_TELLS:
        return frozenset()
    return frozenset(f"{value:g}" for value in values)


_COUNTS_THAT_TELL = 2
# What may be a figure: digits, or a number word ("nine", "fourteen", "dozen", "million").
_DIGITS = compiled(r"\d[\d,]*(?:\.\d+)?")
_UNDER_TEN = frozenset("zero one two three four five six seven eight nine".split())  # noqa: SIM905


def _ten_or_more(figure: str) -> bool:
    """Whether a figure `_NUMBERISH` found may be ten or more (a scale word may be)."""
    if figure[0].isdigit():
        return len(figure.split(".")[0].replace(",", "")) >= 2
    return figure.casefold() not in _UNDER_TEN


_EVENT_WORDS_WITH_FIGURES = 2
_COUNT_THAT_TELLS = 10


def compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two tellings agree on figures (or dates) when one states all of the other's, or
    either states none: "killed 12" and "killed 15" never merge, "killed 12" and
    "killed people" may."""
    return a <= b or b <= a


def figures_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """`compatible` kind by kind (`numbers` keys): two tellings disagree only where both
    give a figure of one kind (counts, shares, money, years, days) and neither holds the
    other's. "To 4.75 percent, the highest since 2008" / "by 25 points to 4.75%" agree: each
    adds a figure of a kind the other does not give."""
    if a <= b or b <= a:
        return True
    kinds_a, kinds_b = _by_kind(a), _by_kind(b)
    return all(compatible(kinds_a[kind], kinds_b[kind]) for kind in kinds_a.keys() & kinds_b)


def _by_kind(keys: frozenset[str]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        found[_figure_kind(key)].add(key)
    return {kind: frozenset(values) for kind, values in found.items()}


def _figure_kind(key: str) -> str:
    if key.startswith(("year ", "day ")):
        return key.split(" ", 1)[0]
    if key[:1] in "$%€£":
        return key[:1]
    try:
        float(key)
    except ValueError:
        return "as written"  # "F-16", "6-3": other tokens with digits
    return "count"


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def minhash_signatures(sets: Sequence[frozenset[str]]) -> np.ndarray:
    """One row of `_NUM_PERM` MinHash values per set (empty sets get all-max rows): row i,
    column k holds the least (a_k * crc32(shingle) + b_k) mod _PRIME over set i."""
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, _PRIME, size=_NUM_PERM, dtype=np.int64)
    b = rng.integers(0, _PRIME, size=_NUM_PERM, dtype=np.int64)
    signatures = np.full((len(sets), _NUM_PERM), _PRIME, dtype=np.int64)
    filled = [row for row, shingle_set in enumerate(sets) if shingle_set]
    if not filled:
        return signatures
    # Whole sets, about _CHUNK shingles at a time, computed in two (permutations x shingles)
    # matrices made once per call: a matrix made afresh per chunk had its pages faulted in
    # each time. One row per permutation, so each reduction runs along contiguous memory.
    width = min(
        sum(len(sets[row]) for row in filled), max(_CHUNK, *(len(sets[row]) for row in filled))
    )
    scratch = np.empty((2, _NUM_PERM, width), dtype=np.int64)
    first = 0
    while first < len(filled):
        last, count = first, 0
        while last < len(filled) and (count == 0 or count + len(sets[filled[last]]) <= _CHUNK):
            count += len(sets[filled[last]])
            last += 1
        rows = filled[first:last]
        hashes = np.fromiter(
            (zlib.crc32(shingle.encode("utf-8")) for row in rows for shingle in sets[row]),
            dtype=np.int64,
            count=count,
        )
        values, high = scratch[0, :, :count], scratch[1, :, :count]
        np.multiply.outer(a, hashes % _PRIME, out=values)
        values += b[:, None]
        _reduce_mod_prime(values, high)
        # A set's shingles are contiguous, so each set's minimum is one segment of reduceat
        # (np.minimum.at is many times slower).
        starts = np.cumsum([0] + [len(sets[row]) for row in rows[:-1]])
        signatures[rows] = np.minimum.reduceat(values, starts, axis=1).T
        first = last
    return signatures


def _reduce_mod_prime(values: np.ndarray, high: np.ndarray) -> None:
    """`values %= _PRIME` for values in [0, 2**63), in place, `high` as scratch, without a
    division (numpy's int64 remainder took half of minhash_signatures' time): with
    _PRIME = 2**31 - 1, x = high * 2**31 + low is high + low modulo _PRIME. Two such folds
    leave x <= _PRIME + 2; one subtraction where x >= _PRIME ends it."""
    for _ in range(2):
        np.right_shift(values, 31, out=high)
        values &= _PRIME
        values += high
    np.subtract(values, _PRIME, out=values, where=values >= _PRIME)


def _bands_for(threshold: float) -> tuple[int, int]:
    """(bands, rows): the most selective banding that still makes a pair at `threshold`
    a candidate with probability >= _MIN_RECALL; candidates are verified exactly."""
    for rows in (8, 6, 5, 4, 3, 2, 1):
        bands = _NUM_PERM // rows
        if 1 - (1 - threshold**rows) ** bands >= _MIN_RECALL:
            return bands, rows
    return _NUM_PERM, 1


class UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # The smaller index stays root so results do not depend on pair order.
            if root_b < root_a:
                root_a, root_b = root_b, root_a
            self.parent[root_b] = root_a


def deduplicate(
    sentences: Sequence[Sentence],
    threshold: float = DEFAULT_THRESHOLD,
    article_order: dict[str, int] | None = None,
    near_pairs: list[tuple[Sentence, Sentence]] | None = None,
    copy_of: Mapping[str, str] | None = None,
    restatement_threshold: float | None = RESTATEMENT_THRESHOLD,
    embeddings: np.ndarray | None = None,
) -> list[Group]:
    """Merge exact and near-duplicate sentences, then restatements, into Groups, in
    first-occurrence order.

    `threshold` is the Jaccard similarity of content-word shingles at or above which two
    sentences count as the same statement (1.0 merges exact duplicates only).
    `restatement_threshold` is the weighted term overlap (see `restatement_similarity`) at
    which sentences of different articles count as the same fact told in other words; None
    (or a `threshold` of 1.0) turns that pass off. `copy_of` ({copy: original}, from
    summarize.copies) is recorded on each group so copies count once as evidence.
    `embeddings` (normalised, one row per sentence; summarize.semantic) add a second test
    for restatements: a cosine of at least `semantic.RESTATES`. When given, `near_pairs`
    receives every near-duplicate pair, merged or not (the ones kept apart because their
    figures or roles differ are where the disagreement detector looks).
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"near-duplicate threshold must be in (0, 1], got {threshold}")
    order = article_order or {}
    copies = copy_of or {}
    union = UnionFind(len(sentences))
    by_key: dict[str, int] = {}
    for index, sentence in enumerate(sentences):
        key = normalize_text(sentence.text)
        if key in by_key:
            union.union(by_key[key], index)
        elif key:
            by_key[key] = index

    if threshold < 1.0 and len(sentences) > 1:
        _merge_near_duplicates(sentences, threshold, union, near_pairs)
        if restatement_threshold is not None:
            _merge_restatements(sentences, restatement_threshold, union, embeddings)

    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(sentences)):
        members[union.find(index)].append(index)
    groups: list[Group] = []
    for root in sorted(members):
        indices = members[root]
        group_sentences = tuple(sentences[i] for i in indices)
        representative = most_informative(group_sentences, order)
        article_ids = dict.fromkeys(s.article_id for s in group_sentences)
        group_copies = tuple((a, copies[a]) for a in article_ids if a in copies)
        groups.append(
            Group(
                id=len(groups),
                representative=representative,
                members=group_sentences,
                copies=group_copies,
            )
        )
    return groups


def informativeness(text: str) -> int:
    """How much a reader learns that a shorter telling may leave out: figures and dates
    (counted twice) and named actors and places."""
    return 2 * len(numbers(text)) + 2 * len(dates(text)) + len(set(names_in_order(text)))


def most_informative(members: Sequence[Sentence], order: Mapping[str, int]) -> Sentence:
    """The member to show: the one with the most figures, dates and names, among those of
    a readable length; ties go to the earliest telling (lead position, then input order)."""
    if len(members) == 1:
        return members[0]
    readable = [m for m in members if len(m.text.split()) <= _MAX_SHOWN_WORDS] or list(members)
    return min(
        readable,
        key=lambda s: (-informativeness(s.text), s.index, order.get(s.article_id, 0), s.article_id),
    )


def _merge_near_duplicates(
    sentences: Sequence[Sentence],
    threshold: float,
    union: UnionFind,
    near_pairs: list[tuple[Sentence, Sentence]] | None = None,
) -> None:
    # Exact copies are already merged: one member of each stands in for all of them.
    distinct = sorted({union.find(index) for index in range(len(sentences))})
    sets = {index: shingles(sentences[index].text) for index in distinct}
    usable = [index for index in distinct if len(sets[index]) >= 3]
    if len(usable) < 2:
        return
    # The stage of what happened each group tells (`developments`): a chain of near copies
    # ("remain trapped" ~ "were caught" ~ "were rescued") must not join two stages.
    # Read when a merge needs them: most sentences have no near copy.
    stages: dict[int, Development] = {}

    def stage(root: int) -> Development:
        if root not in stages:
            stages[root] = developments(sentences[root].text)
        return stages[root]

    for left, right in lsh_candidates([sets[index] for index in usable], threshold):
        a, b = usable[left], usable[right]
        similar = jaccard(sets[a], sets[b]) >= threshold
        if near_pairs is not None and similar:
            near_pairs.append((sentences[a], sentences[b]))
        # Sentences that state different figures or dates never merge: citing a source
        # for a number it did not give would be a false attribution.
        if (
            similar
            and numbers(sentences[a].text) == numbers(sentences[b].text)  # read when needed
            and dates(sentences[a].text) == dates(sentences[b].text)
            and roles_agree(sentences[a].text, sentences[b].text)
        ):
            root_a, root_b = union.find(a), union.find(b)
            if root_a == root_b or not developments_agree(stage(root_a), stage(root_b)):
                continue
            union.union(root_a, root_b)
            stages[union.find(a)] = _joined(stage(root_a), stage(root_b))


def term_weights(
    terms: Sequence[str], idf: Mapping[str, float], names: frozenset[str], unseen: float = 1.0
) -> dict[str, float]:
    """Each distinct content term's IDF (`unseen` for a term `idf` lacks), doubled for
    names of actors and places."""
    return {
        t: idf.get(t, unseen) * (_NAME_WEIGHT if t in names else 1.0) for t in dict.fromkeys(terms)
    }


def _name_stems(texts: Iterable[str]) -> frozenset[str]:
    """Stems of the names of actors and places in `texts`: the terms `term_weights` doubles."""
    return frozenset(
        stem(name) for text in texts for name in names_in_order(text) if name not in STOPWORDS
    )


def restatement_similarity(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Weighted overlap of two sentences' terms (`term_weights`), relative to the shorter
    sentence but pulled down when the longer one is mostly elsewhere: the harmonic mean
    of containment in the shorter and coverage of the longer, the shorter counted twice."""
    return _similarity(a, b, sum(a.values()), sum(b.values()))


def _similarity(
    a: Mapping[str, float], b: Mapping[str, float], total_a: float, total_b: float
) -> float:
    """`restatement_similarity` with each side's total weight given (computed once per
    sentence, not once per pair)."""
    if len(b) < len(a):
        a, b = b, a
    shared = sum(weight for term, weight in a.items() if term in b)
    if not shared:
        return 0.0
    small, large = sorted((total_a, total_b))
    containment, coverage = shared / small, shared / large
    return 3 * containment * coverage / (containment + 2 * coverage)


def restatement_guards_hold(
    text_a: str, text_b: str, *, by_figures: bool = False, event_shared: bool = False
) -> bool:
    """What two tellings close in wording must also share to be one fact: what happened
    (unless embeddings already said so: `event_shared`), figures and dates that agree (the
    days of the events only, when they were paired by their figures), actors in their roles,
    and one stage of what became of them (`same_development`: "trapped" / "rescued")."""
    # Figures that tie two tellings need two words of what happened, as in attribution.
    needed = _EVENT_WORDS_WITH_FIGURES if by_figures else facts.SHARED_EVENT_WORDS
    if not event_shared and not facts.shares_event(text_a, text_b, needed):
        return False  # the same names doing something else
    when = event_dates if by_figures else dates
    return (
        figures_compatible(numbers(text_a), numbers(text_b))
        and compatible(when(text_a), when(text_b))
        and roles_agree(text_a, text_b)
        and same_development(text_a, text_b)
    )


# A past participle right before "by" after a noun modifies it ("tax breaks approved by
# Congress"), unless an auxiliary makes it the verb ("the plan was approved by Congress").
# A figure right after a verb of movement: "fell 18%", "rose by 5 percent", "dropped to
# $3.10", "climbed more than 200 points".
_BY_A_FIGURE = (
    r"(?=\s+(?:by\s+|to\s+|from\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|over\s+"
    r"|more\s+than\s+|roughly\s+|around\s+)?(?:[$€£]\s?)?\d)"
)
_NOT_MODIFIER = (
    r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=is\s)|(?<=are\s)|(?<=be\s)|(?!\w+\s+by\b))"
)


# What became of the same actors, stage by stage: a later stage is a new development of
# the story ("14 miners trapped underground" -> "all 14 were brought to the surface
# alive"), however many actors, places and counts the two tellings share. Each line of
# development lists its stages, earliest first; a stage lists its outcomes, which exclude
# each other ("rescued" / "found dead", "convicted" / "acquitted"), each a pattern over the
# text read with `facts.news_text` ("taken into custody" is "detained"). An outcome named
# "" only marks the stage ("was found": alive or dead). Words of the earlier stages may
# stay in a later telling ("miners trapped since Tuesday were rescued"): a telling is at
# the latest stage it tells.
_DEVELOPMENTS: dict[str, tuple[dict[str, str], ...]] = {
    "rescue": (
        {"trapped": r"trapped|stranded|missing|unaccounted for|buried alive|cut off by"},
        {
            "alive": r"rescued|freed|found alive|found safe|reached safety|escaped"
            r"|(?:brought|pulled|lifted|hauled|dragged|winched|carried|airlifted|plucked)"
            r"\s+(?:[\w'’-]+\s+){0,5}?(?:out|up|from|to\s+(?:the\s+)?surface|to\s+safety)\b",
            "dead": r"found dead"
            r"|(?:recovered|found|retrieved|pulled\s+out|identified)\s+(?:the\s+)?"
            r"(?:bod(?:y|ies)|remains)|(?:bod(?:y|ies)|remains)\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?"
            r"(?:was|were|ha(?:ve|s|d)\s+been)\s+(?:found|recovered|retrieved|pulled|identified)",
            "": r"(?:was|were|been|being)\s+found"
            r"(?!\s+(?:guilty|not|liable|responsible|to|that|dead|alive|safe))",
        },
    ),
    "justice": (
        {"investigated": r"investigat\w*|inquir(?:y|ies)|probes?|probing"},
        {
            "suspects": r"arrest(?!\s+warrants?)\w*|detained|in\s+custody"
            r"|(?:plac|put)\w*\s+(?:[\w'’-]+\s+){0,10}?under\s+(?:formal\s+)?investigation"
            r"|(?:named|identified)\s+as\s+(?:a\s+|the\s+)?suspects?"
        },
        {
            # Not "arrested on charges of spying": the arrest, told with what it was for.
            "charged": r"charged|indicted|(?:faces?|facing|filed|brought|pressed|laid)\s+charges"
        },
        {
            "tried": r"(?:stand|stood|went\s+on|go\s+on|goes\s+on)\s+trial|trial\s+(?:began|opened)"
            r"|pleaded\s+not\s+guilty|pled\s+not\s+guilty"
        },
        {
            "convicted": r"convict|convicted|found\s+guilty|guilty\s+verdict"
            r"|pleaded\s+guilty|pled\s+guilty",
            "acquitted": r"acquit|acquitted|found\s+not\s+guilty|not\s+guilty\s+verdict"
            r"|cleared\s+of|charges\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:dropped|dismissed)"
            r"|dropped\s+(?:the\s+|all\s+)?charges",
        },
        {
            "sentenced": r"sentenced|jailed\s+for|sent\s+to\s+prison\s+for"
            r"|(?:received|receives|given|handed|gets|got|serving|serves)\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:sentences?|terms?|life\b)"
            # The term told as time to serve: "will spend six years behind bars" (with its
            # "will": a term handed down, not one to come as in "could spend up to ten").
            r"|(?:will\s+)?(?:spend|serve)\s+(?:[\w'’-]+\s+){1,3}?(?:years?|months?)\s+"
            r"(?:behind\s+bars|in\s+(?:prison|jail))"
        },
    ),
    "custody": (
        {
            "held": r"arrest(?!\s+warrants?)\w*|detain\w*|custody|held\s+(?:hostage|captive)"
            r"|hostages?|kidnapp?\w*|abduct\w*|captiv\w*|jailed|imprisoned|behind\s+bars"
        },
        {
            "released": r"freed|set\s+free|walked\s+free|(?:granted|released\s+on)\s+bail"
            r"|(?:was|were|been|being|be|get|got|is|are)\s+(?:\w+ly\s+)?(?:released|let\s+go)"
            r"|(?<=to\s)(?:release|free)"
            r"|released\s+(?:[\w'’-]+\s+){0,6}?(?:from|on\s+bail|unharmed|without\s+charge)"
            r"|released\s+(?:[\w'’-]+\s+){0,3}?(?:hostages?|prisoners?|detainees?|captives?"
            r"|suspects?|him|her|them)\b"
        },
    ),
    "decision": (
        {
            # Seeking a decision, not seeking anything ("nurses seeking a 12 percent rise"
            # tell a demand; "sought approval", "seeking a permit" a step of a decision).
            "proposed": r"propos\w*|plans?\s+to|planned|planning|draft|considering|weighing"
            r"|(?:sought|seek\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:approval|permission|permits?"
            r"|licen[cs]es?|authori[sz]ation|votes?|consent|clearance)\b"
            r"|appl(?:y|ied|ies|ication)\s+for"
        },
        {
            # Approved or rejected: one stage (the decision) with outcomes that exclude each
            # other ("Parliament approved a ban" / "Parliament rejected a ban"); a telling of
            # both ("struck down the law Congress approved") holds either.
            # ("Tax breaks approved by Congress": what a thing is, not the decision told.)
            "approved": rf"approve|{_NOT_MODIFIER}approved|approves|passed|passes|adopted|adopts"
            r"|ratified|ratifies"
            r"|endorsed|endorses|green\s+light|greenlit"
            r"|(?:won|wins|win|receive[sd]?|receiving|got|gets|granted|grants|gave|gives|given"
            r"|secured?|secures|securing)\s+(?:[\w'’-]+\s+){0,3}?approval",
            "rejected": rf"reject|{_NOT_MODIFIER}rejected|rejects|vetoed|voted\s+down|turned\s+down"
            r"|struck\s+down|voted\s+(?:[\w'’-]+\s+){0,3}?against"
            r"|(?:failed|fails)(?!\s+to\b)",  # "the referendum failed" (not "failed to")
            # A plan its own makers gave up: "dropped its plan to resume sales" is not
            # "planned to resume sales" (an update's news, no source of the plan).
            "abandoned": r"(?:dropp(?:ed|ing)|drops|scrapp(?:ed|ing)|scraps|abandon(?:ed|s|ing)?"
            r"|shelved|shelves|shelving|ditch(?:ed|es|ing)|withdr(?:ew|awn|aws|awing)"
            r"|cancel(?:l?ed|s|l?ing))\s+(?:(?!in\b|on\b|to\b|after\b)[\w'’-]+\s+){0,3}?"
            r"(?:plans?|proposals?|bids?)\b"
            r"|called\s+off|calls\s+off|calling\s+off",
        },
        {"enacted": r"signed\s+(?:[\w'’-]+\s+){0,3}?into\s+law"},
    ),
    "lawsuit": (
        {
            "filed": r"sued|sues|suing|(?:filed|brought|launched|lodged)\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:law)?suits?|took\s+(?:[\w'’-]+\s+){0,3}?to\s+court"
        },
        {
            # How a suit ended: dropped by who brought it, settled, or thrown out.
            "dropped": r"(?:dropped|withdrew|withdrawn|abandoned)\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:law)?suits?|(?:law)?suits?\s+(?:was|were|has\s+been|had\s+been)\s+"
            r"(?:dropped|withdrawn|abandoned)",
            "settled": r"settled\s+(?:[\w'’-]+\s+){0,3}?(?:law)?suits?|(?:law)?suits?\s+"
            r"(?:was|were|has\s+been|had\s+been)\s+settled|reached\s+a\s+settlement",
            "dismissed": r"(?:dismissed|threw\s+out|thrown\s+out)\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:law)?suits?|(?:law)?suits?\s+(?:was|were|has\s+been|had\s+been)\s+"
            r"(?:dismissed|thrown\s+out)",
        },
    ),
    "appeal": (
        {
            # An appeal won or lost: outcomes that exclude each other.
            "won": r"(?:won|wins|win)\s+(?:[\w'’-]+\s+){0,2}?appeal"
            r"|appeal\s+(?:[\w'’-]+\s+){0,4}?(?:was|has\s+been)\s+(?:upheld|allowed)"
            r"|appeal\s+(?:[\w'’-]+\s+){0,4}?succeeded",
            "lost": r"(?:lost|loses|lose)\s+(?:[\w'’-]+\s+){0,2}?appeal"
            r"|appeal\s+(?:[\w'’-]+\s+){0,4}?(?:was|has\s+been)\s+(?:rejected|dismissed|denied"
            r"|thrown\s+out)|appeal\s+(?:[\w'’-]+\s+){0,4}?failed",
        },
    ),
    "office": (
        {
            # Leaving a post by one's own act or another's: outcomes that exclude each other
            # ("Holm resigned" / "Holm was dismissed").
            "resigned": r"resign\w*|quit|quits|stepped\s+down|steps\s+down|step\s+down",
            "dismissed": r"(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:dismissed|fired"
            r"|sacked|ousted|removed\s+from\s+(?:office|(?:the\s+|his\s+|her\s+)?post))"
            r"|(?:dismissed|fired|sacked|ousted)\s+(?:[A-Z][\w'’-]*\s+){0,4}?(?-i:[A-Z])[\w'’-]*"
            r"|(?:dismissed|fired|sacked|ousted)\s+(?:his|her|its|their|the)\s+(?:[\w'’-]+\s+){0,2}?"
            rf"(?:{'|'.join(sorted(facts.TITLES))}|head|manager|chairman|executive|ambassador)\b",
        },
    ),
    "threat": (
        {"threatened": r"threat\w*|vow\w*|ultimatum"},
        {
            "carried out": r"carried\s+out|carries\s+out|made\s+good\s+on|followed\s+through"
            r"|went\s+ahead"
        },
    ),
    "evacuation": (
        {
            "evacuated": r"evacuat\w*|fled|flee\w*|displaced"
            r"|forced\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:their\s+)?homes"
        },
        {
            "returned": r"(?:allowed|permitted|able|began|started)\s+(?:to\s+)?(?:return|go\s+back)"
            r"|allowed\s+(?:back|home)|return(?:ed|ing)\s+(?:to\s+their\s+)?homes?"
            r"|evacuation\s+orders?\s+(?:[\w'’-]+\s+){0,2}?lifted"
            r"|lifted\s+(?:[\w'’-]+\s+){0,2}?evacuation"
        },
    ),
    "closure": (
        {
            "closed": r"closed|closure|closures|shut|shutdown|suspend\w*|halt\w*|outages?"
            r"|blackouts?|(?:without|lost|cut)\s+(?:[\w'’-]+\s+){0,2}?power"
        },
        {
            "reopened": r"re-?open\w*|resum\w*|restart\w*|restored"
            r"|back\s+(?:in|into)\s+(?:service|operation)"
        },
    ),
    "theft": (
        # Stolen, then recovered: "Police recovered $2 million stolen from a van" tells
        # the recovery (the latest stage a telling reaches).
        {
            "stolen": r"stole|stolen|steal|steals|stealing|robbed|robbing|robbery|robberies"
            r"|heist|looted"
        },
        {"recovered": r"recover(?:ed|s|ing)?|retriev(?:ed|es|ing)"},
    ),
    "move": (
        # Which way a figure moved, told with the figure: outcomes that exclude each other
        # ("Shares rose 18%" / "Shares fell 18%"); a telling of both ("fell 3% after profit
        # rose 5%") holds either. Not a fall or a plunge of anything else ("the bus plunged
        # into a ravine", "fell from a window"), which tells no figure.
        {
            "rose": rf"(?:rose|risen|rises|jump(?:ed|s)|climb(?:ed|s)|soar(?:ed|s)|surg(?:ed|es)"
            rf"|gain(?:ed|s)){_BY_A_FIGURE}",
            "fell": rf"(?:fell|fallen|falls|drop(?:ped|s)|plung(?:ed|es)|slump(?:ed|s)"
            rf"|tumbl(?:ed|es)|slid|sank|declin(?:ed|es)){_BY_A_FIGURE}",
        },
    ),
    "injury": (
        {"injured": r"injur\w*|wounded|hurt|critical\s+condition|hospitali[sz]ed"},
        {
            "died": r"died\s+(?:[\w'’-]+\s+){0,4}?(?:of|from)\s+(?:[\w'’-]+\s+){0,2}?"
            r"(?:injuries|wounds)|succumbed",
            "discharged": r"discharged|released\s+from\s+(?:the\s+)?hospital"
            r"|left\s+(?:the\s+)?hospital",
        },
    ),
}
_DEVELOPMENT_PATTERNS = {
    line: compiled(
        "|".join(
            rf"(?P<s{rank}o{number}>{pattern})"
            for rank, stage in enumerate(stages)
            for number, pattern in enumerate(stage.values())
        ).join((r"\b(?:", r")\b")),
        re.IGNORECASE,
    )
    for line, stages in _DEVELOPMENTS.items()
}
_OUTCOMES = {line: [list(stage) for stage in stages] for line, stages in _DEVELOPMENTS.items()}
# Words every match of a line's pattern holds one of: each stage pattern's words of three
# letters or more, cut before an optional last letter ("plans?" holds "plan"), less the
# common words that are never an alternative's only word ("was found" holds "found",
# "made good on" holds "good"). A sentence with none of a line's is not searched for it:
# most sentences tell no development.
_NEVER_ALONE = frozenset(
    [
        "the",
        "for",
        "from",
        "not",
        "that",
        "was",
        "were",
        "been",
        "being",
        "are",
        "had",
        "have",
        "her",
        "him",
        "them",
        "get",
        "got",
        "gets",
        "all",
        "into",
        "out",
        "off",
        "down",
        "left",
        "made",
        "able",
        "home",
        "their",
        "ing",
        "ies",
        "ied",
        "ication",
        "through",
        "sent",
        "laid",
        "put",
        "set",
        "orders",
        "service",
        "operation",
        "condition",
        "law",
        "light",
    ]
)
_HINT_WORD = compiled(r"(?<![\\\w])([^\W\d_]{3,}?)[^\W\d_]?(?=[?*]|\{0)|(?<![\\\w])([^\W\d_]{3,})")


def _hint_words(pattern: str) -> set[str]:
    """The words of a stage pattern (`_DEVELOPMENT_HINTS`), an optional last letter cut."""
    return {(m.group(1) or m.group(2)).casefold() for m in _HINT_WORD.finditer(pattern)}


_DEVELOPMENT_HINTS = {
    line: tuple(
        sorted(
            set().union(*(_hint_words(pattern) for stage in stages for pattern in stage.values()))
            - _NEVER_ALONE
            # (A hint is looked for at the start of a word: "re-?open" is "reopen" too.)
            | ({"reopen"} if line == "closure" else set())
        )
    )
    for line, stages in _DEVELOPMENTS.items()
}
# Each hint word with the lines whose hints it holds ("released": custody and injury;
# "freed" holds "free"), and one pattern that finds them all, longest first: one search
# of a sentence says which lines it may tell.
_HINTED_LINES = {
    hint: frozenset(
        line for line, hints in _DEVELOPMENT_HINTS.items() for other in hints if other in hint
    )
    for hint in {hint for hints in _DEVELOPMENT_HINTS.values() for hint in hints}
}
_LONGEST_HINT = max(map(len, _HINTED_LINES))


def _lines_hinted(text: str) -> frozenset[str]:
    """The lines of development whose hint words `text` holds at the start of one of its
    words ("reopened" holds "reopen", "hospitalised" "hospitali"; `_DEVELOPMENT_HINTS`)."""
    folded = text.casefold()
    if not folded.isascii():
        return frozenset(_DEVELOPMENTS)  # case folding pairs letters the hints do not show
    lines: set[str] = set()
    for word in facts.letter_word_set(folded):
        for end in range(3, min(len(word), _LONGEST_HINT) + 1):
            lines |= _HINTED_LINES.get(word[:end], frozenset())
    return frozenset(lines)


# A stage told as a prospect or denied ("is expected to approve", "hope to free", "will
# reopen", "has not been charged") is not reached: it is half a stage on.
_PROSPECT = compiled(
    r"(?:\b(?:to|will|would|could|might|may|should|must|shall|can|cannot|not|never|if|unless)"
    r"|n['’]t)"
    r"(?:\s+(?:not|never|yet|soon|also|be|been|have|get|being))*\s+$",
    re.IGNORECASE,
)

# A telling's stage on each line of development it tells: (stage, outcomes), stages
# counted in halves (2 per stage: a prospect is one half before its stage).
Development = dict[str, tuple[int, frozenset[str]]]


@lru_cache(maxsize=1 << 16)  # grouping, history and attribution ask again
def developments(text: str) -> Development:
    """The latest stage `text` tells on each line of `_DEVELOPMENTS` it tells, with the
    outcomes it tells at that stage: "All 14 miners trapped since Tuesday were brought to
    the surface alive" -> {"rescue": (2, {"alive"})}. A stage only to come counts when
    none is reached: "is charged ..., and could be sentenced to death if convicted" is
    where "is charged" is."""
    news = facts.news_text(text)
    found: Development = {}
    told = _lines_hinted(news)
    for line, pattern in _DEVELOPMENT_PATTERNS.items():
        if line not in told:
            continue
        reached: dict[int, set[str]] = {}
        prospect = -1
        for match in pattern.finditer(news):
            name = match.lastgroup or ""
            rank, number = (int(part) for part in name[1:].split("o"))
            if rank and _PROSPECT.search(news, max(0, match.start() - 40), match.start()):
                prospect = max(prospect, 2 * rank - 1)  # told as to come, or as not done
                continue
            outcomes = reached.setdefault(2 * rank, set())
            if outcome := _OUTCOMES[line][rank][number]:
                outcomes.add(outcome)
        if reached:
            latest = max(reached)
            found[line] = (latest, frozenset(reached[latest]))
        elif prospect >= 0:
            found[line] = (prospect, frozenset())
    return found


def developments_agree(a: Development, b: Development) -> bool:
    """Whether two tellings (`developments`) are at one stage on every line both tell, with
    outcomes that do not exclude each other ("rescued" / "found dead")."""
    for line in a.keys() & b.keys():
        (stage_a, outcomes_a), (stage_b, outcomes_b) = a[line], b[line]
        if stage_a != stage_b or not compatible(outcomes_a, outcomes_b):
            return False
    return True


def _joined(*readings: Development) -> Development:
    """What a group's tellings tell, line by line: the latest stage, its outcomes together
    (a group's tellings agree, so they are one stage; a member's stage is kept anyway)."""
    found: Development = {}
    for reading in readings:
        for line, (stage, outcomes) in reading.items():
            known = found.get(line)
            if known is None or stage > known[0]:
                found[line] = (stage, outcomes)
            elif stage == known[0]:
                found[line] = (stage, known[1] | outcomes)
    return found


def same_development(text_a: str, text_b: str) -> bool:
    """Whether two tellings tell one development of the story (`developments_agree`): not
    "trapped" / "rescued", "opened an investigation" / "placed three employees under
    investigation", "charged" / "convicted", "will reopen" / "reopened"; nor a claim and
    its denial ("agreed to share submarine technology" / "denied reports that it had
    agreed to share submarine technology", `facts.denies`)."""
    if facts.denies(text_a) != facts.denies(text_b):
        return False
    return developments_agree(developments(text_a), developments(text_b)) and _same_outcome(
        text_a, text_b
    )


# What became of an act a telling names, read from the words right before it in its clause:
# only tried ("will try to refloat", "attempted to land"), not done ("will not charter",
# "failed to refloat", "could not reach", "never paid"), to come ("could fine the bank",
# "said it would close the plant"), or done. Only a modal tells an act to come: "had
# planned to play the anthem" (in "did not know the Spirit had planned to play it") was
# played, as "the anthem played" tells.
_TO_COME = compiled(
    r"\b(?:will|would|could|may|might|shall)(?:\s+(?:also|soon|still|be|have))*\s+$",
    re.IGNORECASE,
)
_TRIED = compiled(
    r"\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+to\s+$",
    re.IGNORECASE,
)
_NOT_DONE = compiled(
    r"(?:\b(?:not|never|no\s+longer|(?:fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)"
    r"|declin(?:e|es|ed|ing))\s+to|unable\s+to)|n['’]t)(?:\s+(?:yet|be|been|have|had|to))*\s+$",
    re.IGNORECASE,
)
_OUTCOME_HINT = compiled(
    r"\b(?:not|never|longer|try|tries|tried|trying|attempt\w*|seek\w*|sought|fail\w*"
    r"|refus\w*|declin\w*|unable|will|would|could|may|might|shall)\b|n['’]t\b",
    re.IGNORECASE,
)
# What ends the clause a word stands in, looking back.
_CLAUSE_MARK = compiled(r"[,;:]")


def _same_outcome(text_a: str, text_b: str) -> bool:
    """Whether each act both tellings name (a word of both) came to the same in both: a
    tug that "will try to refloat the ferry" is not one that "refloated" it or "failed to
    refloat" it, and an operator that "will not charter a boat" is not one that will."""
    if not (_OUTCOME_HINT.search(text_a) or _OUTCOME_HINT.search(text_b)):
        return True  # most pairs: no act told as tried or not done
    outcomes_a, outcomes_b = _outcomes(text_a), _outcomes(text_b)
    for term in outcomes_a.keys() & outcomes_b.keys():
        (a, past_a), (b, past_b) = outcomes_a[term], outcomes_b[term]
        if a == b:
            continue
        # An act is told done only in the past tense ("could fine" / "fined", "did not
        # resign" / "resigned"); "will cut 1,200 jobs" / "is cutting 1,200 jobs" is one plan,
        # and "may not veto" / "the law that let the president veto" tells no veto done.
        if "" in (a, b) and not (past_b if a else past_a):
            continue
        return False
    return True


@lru_cache(maxsize=1 << 14)
def _outcomes(text: str) -> dict[str, tuple[str, bool]]:
    """Each word's stem (its first use) -> ("tried" | "not done" | "to come" | "", whether
    it is written in the past tense); "" is done, or no act."""
    found: dict[str, tuple[str, bool]] = {}
    for match in LETTER_WORD.finditer(text):
        word = match.group().casefold()
        term = stem(word)
        if term in found or term in STOPWORDS:
            continue
        clause = _CLAUSE_MARK.split(text[max(0, match.start() - 40) : match.start()])[-1]
        past = word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)
        if _NOT_DONE.search(clause):
            found[term] = ("not done", past)
        elif _TRIED.search(clause):
            found[term] = ("tried", past)
        elif _TO_COME.search(clause):
            found[term] = ("to come", past)
        else:
            found[term] = ("", past)
    return found


# Whom a step of justice or custody befell: who was placed under investigation, arrested,
# charged, tried, convicted, held or freed. They stand before a passive verb ("John Smith,
# 34, was charged"), or in or after an active one ("placed three employees of RFI under
# investigation", "arrested Cardell Hayes on Sunday") up to a preposition or a break.
_ACTED_ON = ("justice", "custody")
_PASSIVE_BEFORE = compiled(
    r"\b(?:was|were|been|being|is|are|be|got|get)\s+(?:(?:\w+ly|not|also|later)\s+)*$",
    re.IGNORECASE,
)
_AUXILIARY = compiled(r"(?:was|were|been|being|is|are|be|got|get)\s", re.IGNORECASE)
_CLAUSE_OPENS = compiled(
    r"[;:(]|\b(?:and|but|while|after|before|when|as|said|says|that|who|which|whom)\b",
    re.IGNORECASE,
)
_OBJECT_ENDS = compiled(
    r"[,;:.()]|\b(?:with|for|on|over|in|after|at|as|from|by|to|and|but|who|which|that"
    r"|under|into|near|without|since|during|amid|following)\b",
    re.IGNORECASE,
)
_SLOT_REACH = 80  # characters: a slot is a short phrase


@lru_cache(maxsize=1 << 16)
def acted_on(text: str) -> frozenset[str]:
    """The names (`facts.named_spans`) of those a step of justice or custody befell in
    `text`, as far as its wording shows them: "Prosecutors placed three employees of rail
    network operator RFI under investigation" -> {"rfi"}; not the actor doing it."""
    news = facts.news_text(text)
    spans = facts.named_spans(news)
    if not spans:
        return frozenset()
    slots: list[tuple[int, int]] = []
    for line in _ACTED_ON:
        for match in _DEVELOPMENT_PATTERNS[line].finditer(news):
            if line == "justice" and match.lastgroup and match.lastgroup.startswith("s0"):
                continue  # "an investigation into ...": what is looked into, not who
            start = max(0, match.start() - _SLOT_REACH)
            # The auxiliary before the verb, or the one its pattern opens with ("were freed").
            verb = _AUXILIARY.match(news, match.start())
            passive = verb or _PASSIVE_BEFORE.search(news, start, match.start())
            if passive:
                opens = [m.end() for m in _CLAUSE_OPENS.finditer(news, start, passive.start())]
                slots.append((opens[-1] if opens else start, passive.start()))
                continue
            word = news.find(" ", match.start(), match.end())  # inside: "placed X under"
            stop = _OBJECT_ENDS.search(news, match.end(), match.end() + _SLOT_REACH)
            slots.append((word if word >= 0 else match.end(), stop.start() if stop else len(news)))
    return frozenset(name for name, begin, _ in spans for lo, hi in slots if lo <= begin < hi)


def names_whom_it_befell(shown: str, other: str) -> bool:
    """Whether `other` names one of those a step of justice or custody befell in `shown`
    (`acted_on`), or `shown` names none: "Prosecutors opened an investigation" is no source
    of who was placed under investigation, "a man was charged" none of "John Smith was
    charged". A citation rule: the two may still be one fact to tell once."""
    told = acted_on(shown)
    return not told or not told.isdisjoint(facts.entity_names(other))


def restates_in_other_words(
    text_a: str, text_b: str, idf: Mapping[str, float], unseen: float = 1.0
) -> bool:
    """The restatement pass's test for one pair, on the default path: weighted term overlap
    (`restatement_similarity`, names weighing double) at the threshold, and the guards.
    `unseen` weighs a term `idf` lacks."""
    terms_a, terms_b = content_terms(text_a), content_terms(text_b)
    if len(set(terms_a)) < 4 or len(set(terms_b)) < 4:
        return False
    proper = _name_stems((text_a, text_b))
    similarity = restatement_similarity(
        term_weights(terms_a, idf, proper, unseen), term_weights(terms_b, idf, proper, unseen)
    )
    return similarity >= RESTATEMENT_THRESHOLD and restatement_guards_hold(text_a, text_b)


def _merge_restatements(
    sentences: Sequence[Sentence],
    threshold: float,
    union: UnionFind,
    embeddings: np.ndarray | None = None,
) -> None:
    """Join groups whose sentences, in different articles, tell the same fact in other
    words. Guards: figures and dates must agree, actors must keep their roles, and a group
    holds one telling per article (which also stops chains of loose matches)."""
    import math

    # Every distinct wording takes part (not only each group's first member): a near-
    # duplicate's other telling may be the one that restates a third article.
    distinct = sorted(
        {normalize_text(s.text): i for i, s in reversed(list(enumerate(sentences)))}.values()
    )
    terms = {index: content_terms(sentences[index].text) for index in distinct}
    usable = [index for index in distinct if len(set(terms[index])) >= 4]
    if len(usable) < 2:
        return
    frequency: dict[str, int] = defaultdict(int)
    for index in usable:
        for term in set(terms[index]):
            frequency[term] += 1
    idf = {term: math.log((1 + len(usable)) / (1 + f)) + 1.0 for term, f in frequency.items()}
    proper = _name_stems(sentences[index].text for index in usable)
    weights = {index: term_weights(terms[index], idf, proper) for index in usable}
    totals = {index: sum(weights[index].values()) for index in usable}

    signatures = minhash_signatures([frozenset(terms[index]) for index in usable])
    candidates: set[tuple[int, int]] = set()
    for band in range(_RESTATE_BANDS):
        for bucket in _band_buckets(signatures, band, _RESTATE_ROWS):
            bucket.sort()
            candidates.update(itertools.combinations(bucket, 2))  # sorted: left < right

    if embeddings is not None:
        candidates |= _embedding_candidates(embeddings[usable])
    figured = _figure_candidates([sentences[index].text for index in usable])
    candidates |= figured

    scored = []
    for left, right in sorted(candidates):
        a, b = usable[left], usable[right]
        if sentences[a].article_id == sentences[b].article_id:
            continue
        similarity = _similarity(weights[a], weights[b], totals[a], totals[b])
        by_figures = (left, right) in figured
        if by_figures:  # the same figures: as strong as the wording test
            similarity = max(similarity, threshold)
        close = False
        if embeddings is not None:
            cosine = float(embeddings[a] @ embeddings[b])
            close = cosine >= _EMBEDDING_RESTATES
            if close:  # put on the lexical scale: same order
                similarity = max(similarity, threshold + cosine - _EMBEDDING_RESTATES)
        if similarity < threshold:
            continue
        if restatement_guards_hold(
            sentences[a].text, sentences[b].text, by_figures=by_figures, event_shared=close
        ):
            scored.append((-similarity, a, b, by_figures))
    if not scored:
        return
    # Strongest matches first; a group keeps one telling per article, and the guards hold
    # for the whole group, not only the pair (no chain from "16 January" to "17 January").
    articles: dict[int, set[str]] = defaultdict(set)
    members: dict[int, list[str]] = defaultdict(list)
    for index in range(len(sentences)):
        root = union.find(index)
        articles[root].add(sentences[index].article_id)
        members[root].append(sentences[index].text)
    # What each group states, read only for the groups a match may join (figures cost a
    # parse of the sentence).
    involved = {union.find(index) for _, a, b, _ in scored for index in (a, b)}
    stated: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str], Development]] = {
        root: (
            frozenset().union(*(numbers(text) for text in members[root])),
            frozenset().union(*(dates(text) for text in members[root])),
            frozenset().union(*(event_dates(text) for text in members[root])),
            _joined(*(developments(text) for text in members[root])),
        )
        for root in involved
    }
    for _, a, b, by_figures in sorted(scored):
        root_a, root_b = union.find(a), union.find(b)
        if root_a == root_b or articles[root_a] & articles[root_b]:
            continue
        (figures_a, dates_a, events_a, stages_a), (figures_b, dates_b, events_b, stages_b) = (
            stated[root_a],
            stated[root_b],
        )
        days_agree = compatible(events_a, events_b) if by_figures else compatible(dates_a, dates_b)
        if not (
            figures_compatible(figures_a, figures_b)
            and days_agree
            and developments_agree(stages_a, stages_b)  # no "trapped" ~ "miners" ~ "rescued"
        ):
            continue
        union.union(root_a, root_b)
        root = union.find(root_a)
        articles[root] = articles.pop(root_a) | articles.pop(root_b)
        stated[root] = (
            figures_a | figures_b,
            dates_a | dates_b,
            events_a | events_b,
            _joined(stages_a, stages_b),
        )


def _figure_candidates(texts: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs (left < right) of `texts` whose shared telling figures weigh `SHARED_FIGURES`, found
    through an index by figure: linear in the sentences, as a figure that more than
    `_MAX_BUCKET` sentences give ties none of them."""
    holders: dict[str, list[int]] = defaultdict(list)
    by_counts: dict[frozenset[str], list[int]] = defaultdict(list)
    for index, text in enumerate(texts):
        for key in telling_figures(text):
            holders[key].append(index)
        counts = counts_told(text)
        if counts:
            by_counts[counts].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for key, bucket in holders.items():
        if 1 < len(bucket) <= _MAX_BUCKET:
            weight = figure_weight(key)
            for pair in itertools.combinations(bucket, 2):
                shared[pair] += weight
    pairs = {pair for pair, count in shared.items() if count >= SHARED_FIGURES}
    for bucket in by_counts.values():  # the same counts, two or more (`counts_told`)
        if 1 < len(bucket) <= _MAX_BUCKET:
            pairs.update(itertools.combinations(bucket, 2))
    return pairs


def _embedding_candidates(vectors: np.ndarray) -> set[tuple[int, int]]:
    """Pairs of rows whose embeddings fall on the same side of 8 random hyperplanes in one
    of 16 bands (signed random projections): a pair at cosine 0.8 is proposed with
    probability ~0.94, without comparing every pair."""
    rng = np.random.default_rng(_SEED)
    planes = rng.standard_normal((vectors.shape[1], 128))
    bits = (vectors @ planes) > 0
    pairs: set[tuple[int, int]] = set()
    for band in range(16):
        buckets: dict[bytes, list[int]] = defaultdict(list)
        for row, key in enumerate(np.packbits(bits[:, band * 8 : (band + 1) * 8], axis=1)):
            buckets[key.tobytes()].append(row)
        for bucket in buckets.values():
            if 1 < len(bucket) <= _MAX_BUCKET:
                for i, left in enumerate(bucket):
                    pairs.update((left, right) for right in bucket[i + 1 :])
    return pairs


def _band_buckets(signatures: np.ndarray, band: int, rows: int) -> Iterator[list[int]]:
    """The rows of `signatures` that agree on every value of one band, bucket by bucket
    in the order of their values (buckets of one row, or over `_MAX_BUCKET`, left out)."""
    values = signatures[:, band * rows : (band + 1) * rows]
    if rows <= 2:  # values are below 2**31: two fit in one int64 key, in the same order
        keys = values[:, 0] * (1 << 31) + values[:, 1] if rows == 2 else values[:, 0]
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        new_value = sorted_keys[1:] != sorted_keys[:-1]
    else:  # rows in the order of their values, ties by index (np.unique: 5 times slower)
        order = np.lexsort(values.T[::-1])
        ordered = values[order]
        new_value = (ordered[1:] != ordered[:-1]).any(axis=1)
    starts = np.flatnonzero(np.r_[True, new_value])
    sizes = np.diff(np.r_[starts, len(order)])
    for start, size in zip(starts.tolist(), sizes.tolist(), strict=True):
        if 2 <= size <= _MAX_BUCKET:
            yield order[start : start + size].tolist()


def lsh_candidates(sets: Sequence[frozenset[str]], threshold: float) -> Iterator[tuple[int, int]]:
    """Each pair (i < j) of `sets` that MinHash LSH banding puts in one bucket, once: the
    pairs whose Jaccard similarity may reach `threshold`, without comparing all pairs."""
    if len(sets) < 2:
        return
    signatures = minhash_signatures(sets)
    bands, rows = _bands_for(threshold)
    checked: set[tuple[int, int]] = set()
    for band in range(bands):
        for bucket in _band_buckets(signatures, band, rows):
            for pair in itertools.combinations(bucket, 2):  # sorted bucket: left < right
                if pair not in checked:
                    checked.add(pair)
                    yield pair
