"""Copies: find articles that are copies of one another (a wire story republished, a page
saved twice, a lightly edited copy), so a fact they share counts as one source.

An article is read as its sentences (headings aside: a republisher writes its own
headline). Two articles are copies when most of the shorter one, counted in words,
is sentences the longer one tells too, in the same order (`told_share` at least
`COPY_CONTAINMENT`). A sentence is told when most of its word pairs are in one sentence of
the other, or in two or three neighbouring ones (a sentence split or two joined), so a
republication that changes a word or two per sentence, drops a paragraph or adds a local
one, retitles, restyles quotes and dashes, or spells the British way is still a copy. Two
articles that carry one agency's dateline for one place ("HOUSTON (AP) --") need a little
less (`_WIRE_SUPPORT`): the dateline supports the text, never replaces it.

Not copies: independent reports of one event (they share names, figures and a phrase or
a quotation, not sentence after sentence); an article that quotes a passage of another;
two stories of one agency that share their background paragraphs but not the rest; and an
update that retells a sentence of the original with other figures ("killed three" /
"killed four"): the changed figure shows a later report, not the same one. A later version
that keeps the story and puts new paragraphs on top or below (an agency's write-through)
is a copy: what it keeps is one source, and its new paragraphs are still its own.

An inverted index over a hash-chosen sample of word 3-shingles proposes the candidate
pairs (no all-pairs loop; a shingle in very many articles pairs neighbours only). Copies
are joined transitively; every article of a copy family points to its original: the
earliest dated, else the one the others add to, else the one whose words the others keep,
else the first given (so the input order does not decide).
"""

from __future__ import annotations

import bisect
import itertools
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np

from summarize.dedup import UnionFind
from summarize.facts import extract, gives_values, years
from summarize.models import BlockKind, CleanedArticle
from summarize.patterns import compiled
from summarize.textutil import words

# Share of the shorter article's words that the longer must tell, in order.
COPY_CONTAINMENT = 0.75
# One agency's dateline for one place on both lowers that bar this much: it supports the
# text, never replaces it.
_WIRE_SUPPORT = 0.1
# Share of a sentence's word pairs the other article's sentence (or neighbours) must hold:
# two or three words changed in a sentence of twenty still tell it.
_SAME_SENTENCE = 0.6
_MIX = 0x01000193  # mixes three words' codes into their shingle's (FNV's prime)
_SAMPLE = 4  # one shingle in four is indexed; containment is estimated on that sample
# Sampled containment that earns an exact check (lenient: edits and a sample err).
_MIN_SAMPLED = 0.3
_MAX_POSTING = 64
_MIN_WORDS = 12  # shorter texts say too little to be called copies of anything

# Sentence ends: after the mark, a closing quote or bracket, then space. Both articles are
# cut alike, so an abbreviation cut in two ("U.S. Army") costs nothing.
_SENTENCE_END = compiled(r"(?<=[.!?…])[\"'”’)\]]*\s+")
# British spellings read as American ones ("hospitalised", "neighbours", "centre",
# "travelled", "programme", "analyse"): a republisher may respell a wire story. Applied to
# both articles alike, so a word it changes that is no such spelling ("killed") costs nothing.
_BRITISH = compiled(
    r"(?<=[a-z]{2})(?:(?P<our>our)(?=(?:s|ed|ing|ite|ites|able)?$)"
    r"|(?P<ise>is)(?=(?:e|es|ed|ing|ation|ations)$)"
    r"|(?P<yse>ys)(?=(?:e|es|ed|ing)$)"
    r"|(?P<tre>tre)(?=s?$)"
    r"|(?P<lled>l)(?=l(?:ed|ing|er|ers)$)"
    r"|(?P<mme>mme)(?=s?$))"
)
_AMERICAN = {"our": "or", "ise": "iz", "yse": "yz", "tre": "ter", "lled": "", "mme": "m"}
# The endings `_BRITISH` reads: a cheap test before it.
_BRITISH_ENDINGS = tuple(
    f"{stem}{ending}"
    for stems, endings in (
        (("our",), ("", "s", "ed", "ing", "ite", "ites", "able")),
        (("is",), ("e", "es", "ed", "ing", "ation", "ations")),
        (("ys",), ("e", "es", "ed", "ing")),
        (("tre", "mme"), ("", "s")),
        (("ll",), ("ed", "ing", "er", "ers")),
    )
    for stem in stems
    for ending in endings
)
# Who sent a wire dateline: "(AP)", "(Reuters)", "/PRNewswire/".
_DATELINE_SOURCE = compiled(r"\(\s*([^\W\d_][\w .&/-]{0,30}?)\s*\)|/([A-Z][\w .-]{1,30})/")


@dataclass(frozen=True)
class _Sentence:
    text: str
    words: int
    pairs: frozenset[int]  # its word bigrams (spelling folded), as numbers


@dataclass(frozen=True, eq=False)  # one per article, compared by identity
class _Story:
    pieces: tuple[tuple[str, int], ...]  # each sentence of two words or more, its word count
    codes: np.ndarray  # its words' codes, sentence after sentence
    sampled: frozenset[int]  # hash codes of its sampled word 3-shingles
    wire: str | None  # "houston ap": the place and sender of its wire dateline

    @property
    def words(self) -> int:
        return len(self.codes)

    @cached_property
    def sentences(self) -> tuple[_Sentence, ...]:
        """Its sentences with their word pairs (read only when another article may copy it
        or it may copy another: most articles are neither)."""
        pairs = (self.codes[:-1] << np.uint64(32)) | self.codes[1:]
        sentences = []
        start = 0
        for piece, count in self.pieces:
            sentences.append(
                _Sentence(piece, count, frozenset(pairs[start : start + count - 1].tolist()))
            )
            start += count
        return tuple(sentences)

    @cached_property
    def where(self) -> dict[int, list[int]]:
        """The sentences each word pair is in (read once, when another article is checked
        against this one)."""
        where: dict[int, list[int]] = defaultdict(list)
        for j, sentence in enumerate(self.sentences):
            for pair in sentence.pairs:
                where[pair].append(j)
        return where


def _story(article: CleanedArticle) -> _Story:
    """An article as copy detection reads it: its sentences outside headings, each as its
    word pairs with British spellings read the American way, and its sampled shingles."""
    pieces = [
        piece
        for block in article.blocks
        if block.kind != BlockKind.HEADING
        for piece in _SENTENCE_END.split(block.text)
    ]
    said = [words(piece) for piece in pieces]
    vocabulary = set().union(*said)
    respelled = {
        word: american
        for word in vocabulary
        if word.endswith(_BRITISH_ENDINGS) and (american := _american(word)) != word
    }
    if respelled:
        said = [[respelled.get(word, word) for word in sentence] for sentence in said]
        vocabulary = {respelled.get(word, word) for word in vocabulary}
    kept = [
        (piece, sentence) for piece, sentence in zip(pieces, said, strict=True) if len(sentence) > 1
    ]
    # Each word as its CRC-32 (not Python's salted hash: every run and article alike), each
    # word pair and shingle as a number made of them.
    code_of = {word: zlib.crc32(word.encode("utf-8")) for word in vocabulary}
    codes = np.array([code_of[word] for _, sentence in kept for word in sentence], dtype=np.uint64)
    mix = np.uint64(_MIX)
    shingles = ((codes[:-2] * mix + codes[1:-1]) * mix + codes[2:]) & np.uint64(0xFFFFFFFF)
    sampled = frozenset(shingles[shingles % np.uint64(_SAMPLE) == 0].tolist())
    counted = tuple((piece, len(sentence)) for piece, sentence in kept)
    return _Story(counted, codes, sampled, _wire(article))


@lru_cache(maxsize=1 << 14)
def _american(word: str) -> str:
    return _BRITISH.sub(lambda match: _AMERICAN[match.lastgroup or ""], word)


def _wire(article: CleanedArticle) -> str | None:
    if not article.place:
        return None
    for category, line in article.removed_lines:
        if category == "dateline":
            found = _DATELINE_SOURCE.search(line)
            if found:
                return f"{article.place} {found.group(1) or found.group(2)}".casefold()
    return None


def told_share(a: CleanedArticle, b: CleanedArticle) -> float:
    """The share of the shorter article's words (headings aside) that the longer tells in
    sentences near-identical to its own, in order: 1.0 for a copy, 0.0 for another report."""
    short, long = sorted((_story(a), _story(b)), key=lambda story: story.words)
    return _told(short, long)[0]


def _told(
    short: _Story, long: _Story, need: float = 0.0
) -> tuple[float, list[tuple[int, int, int]]]:
    """(the share of `short`'s words that `long` tells in order, the sentences that tell
    it: (sentence of `short`, first and last sentence of `long`)). Once less than `need`
    can be told, the reading stops: the share returned is then below `need`, no more."""
    where = long.where
    found: list[tuple[int, int, int]] = []
    unread, told = short.words, 0
    for i, sentence in enumerate(short.sentences):
        unread -= sentence.words
        votes = Counter(j for pair in sentence.pairs for j in where.get(pair, ()))
        if votes:
            # The sentence most of its pairs are in; the first of equals, whatever the
            # order of the hashes.
            best = min(votes, key=lambda j: (-votes[j], j))
            span = _telling(sentence, long.sentences, best)
            if span:
                found.append((i, *span))
                told += sentence.words
        if told + unread < need * short.words:
            return (told + unread) / max(1, short.words), []
    chain = _in_order(found)
    told = sum(short.sentences[i].words for i, _, _ in chain)
    return told / max(1, short.words), chain


def _telling(sentence: _Sentence, others: Sequence[_Sentence], best: int) -> tuple[int, int] | None:
    """The run of `others` around `best` that tells `sentence` (a sentence split in two or
    three is told by its pieces), or None."""
    need = _SAME_SENTENCE * len(sentence.pairs)
    first = last = best
    held = others[best].pairs & sentence.pairs
    size = others[best].words
    while len(held) < need:
        before = len(others[first - 1].pairs & sentence.pairs - held) if first > 0 else 0
        after = len(others[last + 1].pairs & sentence.pairs - held) if last + 1 < len(others) else 0
        step = first - 1 if before >= after else last + 1
        # Pieces only: a run much longer than the sentence tells it by chance.
        if max(before, after) == 0 or size + others[step].words > 1.5 * sentence.words + 10:
            return None
        first, last = min(first, step), max(last, step)
        size += others[step].words
        held = held | (others[step].pairs & sentence.pairs)
    return first, last


def _in_order(found: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The longest run of `found` (in the order of the first article) whose places in the
    other article never go back: a copy keeps the order of its original."""
    tails: list[int] = []  # the smallest last place of a run of each length
    ends: list[int] = []  # which entry of `found` ends that run
    before: list[int] = []  # the entry before each one in its run
    for k, (_, first, _) in enumerate(found):
        length = bisect.bisect_right(tails, first)
        if length == len(tails):
            tails.append(first)
            ends.append(k)
        else:
            tails[length] = first
            ends[length] = k
        before.append(ends[length - 1] if length else -1)
    chain: list[tuple[int, int, int]] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        chain.append(found[k])
        k = before[k]
    return chain[::-1]


def _is_copy(a: _Story, b: _Story, threshold: float) -> bool:
    short, long = sorted((a, b), key=lambda story: story.words)
    same_wire = short.wire is not None and short.wire == long.wire
    need = threshold - (_WIRE_SUPPORT if same_wire else 0.0)
    share, chain = _told(short, long, need)
    if share < need:
        return False
    return not any(
        _changed_figures(short.sentences[i].text, long.sentences[first : last + 1])
        for i, first, last in chain
    )


def _changed_figures(text: str, telling: Iterable[_Sentence]) -> bool:
    """Whether a sentence and the one that tells it each give a figure the other does not
    ("killed three workers" / "killed four workers"): an update, not a copy. A figure on one
    side only is a clause added or cut."""
    if not gives_values(text):
        return False
    mine, theirs = _figures(text), _figures(" ".join(sentence.text for sentence in telling))
    return bool(mine - theirs) and bool(theirs - mine)


def _figures(text: str) -> frozenset[object]:
    """A sentence's counts by value ("three" and "3" alike, the counted word aside: a
    republisher may write "employees" for "workers"), days of the month and years."""
    found = extract(text)
    return (
        frozenset(quantity.value for quantity in found.quantities)
        | frozenset(date.month_day for date in found.dates if date.month_day and not date.relative)
        | years(text)
    )


def find_copies(
    articles: Sequence[CleanedArticle], threshold: float = COPY_CONTAINMENT
) -> dict[str, str]:
    """{article id: id of the article it copies} for every article that copies an earlier one.

    The original of each copy family (`_original`) is not a key.
    """
    stories = [_story(article) for article in articles]
    usable = [index for index, story in enumerate(stories) if story.words >= _MIN_WORDS]
    if len(usable) < 2:
        return {}
    union = UnionFind(len(articles))
    for a, b in _candidate_pairs([stories[index].sampled for index in usable]):
        left, right = usable[a], usable[b]
        if union.find(left) != union.find(right) and _is_copy(
            stories[left], stories[right], threshold
        ):
            union.union(left, right)
    families: dict[int, list[int]] = defaultdict(list)
    for index in range(len(articles)):
        families[union.find(index)].append(index)
    copy_of: dict[str, str] = {}
    for members in families.values():
        if len(members) < 2:
            continue
        original = _original(members, articles, stories)
        for index in members:
            if index != original and articles[index].id != articles[original].id:
                copy_of[articles[index].id] = articles[original].id
    return copy_of


def _original(
    members: Sequence[int], articles: Sequence[CleanedArticle], stories: Sequence[_Story]
) -> int:
    """The original of a copy family, whatever order the files came in: the earliest
    dated; else the one the others add to (the least of its own, in sentences no other
    member tells: a republication adds a local paragraph); else, edits alike, the one with
    the fewest word pairs of its own (each copy's changed words are its own, its original's
    are in the other copies: with one other member, the words each holds alone are the
    edits between the two, which do not say who edited whom); else the first given."""
    dated = min(_date_key(articles[i].date) for i in members)
    members = [i for i in members if _date_key(articles[i].date) == dated]
    pairs = {
        i: frozenset().union(*(sentence.pairs for sentence in stories[i].sentences))
        for i in members
    }
    # How many members hold each word pair: one read of the family, however large.
    held = Counter(pair for i in members for pair in pairs[i])

    def own(i: int) -> tuple[float, float, int]:
        told = sum(
            sentence.words
            for sentence in stories[i].sentences
            if sum(held[pair] > 1 for pair in sentence.pairs)
            >= _SAME_SENTENCE * len(sentence.pairs)
        )
        alone = sum(held[pair] == 1 for pair in pairs[i]) if len(members) > 2 else 0
        return 1 - told / max(1, stories[i].words), alone / max(1, len(pairs[i])), i

    return min(members, key=own)


def _date_key(date: str | None) -> str:
    """The month and day of a date, ISO ("2026-08-03") or a dateline's day without its year
    ("--08-03"): copies of one story appear within days, in one year. Unknown sorts last."""
    return date[-5:] if date and len(date) in (7, 10) and date[-3] == "-" else "99-99"


def _candidate_pairs(samples: Sequence[frozenset[int]]) -> list[tuple[int, int]]:
    """Pairs whose sampled shingles (about one in `_SAMPLE`, chosen by hash so every article
    samples the same ones) overlap enough to be worth an exact check, found with an inverted
    index. A shingle found in very many articles is a set phrase or one story copied many
    times: it pairs each article with the next one and with the first one only, which links
    such copies through one another and costs two pairs per article, not one per two."""
    postings: dict[int, list[int]] = defaultdict(list)
    for row, codes in enumerate(samples):
        for code in codes:
            postings[code].append(row)
    shared: Counter[tuple[int, int]] = Counter()
    for rows in postings.values():
        if len(rows) > _MAX_POSTING:
            shared.update(itertools.pairwise(rows))
            shared.update((rows[0], row) for row in rows[2:])
        elif len(rows) > 1:
            shared.update(itertools.combinations(rows, 2))
    return sorted(
        pair
        for pair, count in shared.items()
        if count >= _MIN_SAMPLED * min(len(samples[pair[0]]), len(samples[pair[1]]))
    )


def independent_count(article_ids: Sequence[str], copy_of: Mapping[str, str]) -> int:
    """How many independent sources a set of articles is: copies of one story count once."""
    return len({copy_of.get(article_id, article_id) for article_id in article_ids})
