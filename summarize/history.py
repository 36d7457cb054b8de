"""History for update briefings: what the reader already has (`--since`), and what matches it.

A history is read from earlier briefings (their JSON, with the history an update briefing
carries) or from the articles already read (a folder or file, read like any input). New
sentences are compared with it by the same similarity that merges restatements in dedup
(content-word shingles, equal figures, same roles), so "already said" means what "the same
statement" means everywhere else; a sentence that only puts together what several history
sentences said is already said too.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, repeat
from operator import mul
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

# The facts rules as dedup caches them: a new sentence's were asked for when it was grouped.
from summarize import facts, relevance
from summarize.dedup import (
    DEFAULT_THRESHOLD,
    compatible,
    event_dates,
    figures_compatible,
    numbers,
    restates_in_other_words,
    roles_agree,
    same_development,
    shingles,
    telling_figures,
)

# A year after "since" is no moment of a count (disagree's rule for a quake's year).
from summarize.disagree import RECORD_YEAR, told_of_other_places, tolls_of_one_count
from summarize.errors import InputError
from summarize.models import Article, Sentence, SourceInfo
from summarize.patterns import compiled
from summarize.textutil import content_terms, text_digest
from summarize.vectors import TfidfModel

if TYPE_CHECKING:
    from summarize.ingest import Limits
    from summarize.prepare import Prepared

# A shingle shared by more history sentences than this says nothing about which one matches.
_MAX_POSTINGS = 400
# How many history sentences (those sharing the most shingles) each new sentence is compared with.
_COMPARED = 12
# The words of what happened and figures a history sentence shares with a new one to tell
# a part of it.
_PART_TERMS = 2
# A new sentence that names, counts and dates nothing the history does not tells nothing new
# when this share of its words of what happened (weighed by rarity) is in the few history
# sentences closest to it (`_COVERING`): one fact in other words ("Anstey said a tug would
# attempt to pull the ship free when the tide is high" after "Anstey said a tug would try
# to refloat the vessel at high tide"). How the share was chosen: README, the rules changed
# in session 21.
_COVERED = 0.5
_COVERING = 3
# With sentence embeddings (--semantic): a new sentence that brings no name, figure or event
# day the history does not have tells again what the closest history sentence told at this
# all-MiniLM-L6-v2 cosine; with something of its own, only at grouping's `semantic.RESTATES`.
# (Read off the helper update cases: the restatements of what was read that bring nothing
# of their own score 0.40-0.99, mostly over 0.6; the developments that bring nothing by
# those tests, 0.36-0.46.)
_RETOLD_COSINE = 0.70


@dataclass(frozen=True)
class HistorySentence:
    text: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class History:
    """What the reader already knows: earlier sentences and the sources they came from."""

    sentences: tuple[HistorySentence, ...]
    sources: tuple[SourceInfo, ...]
    inputs: tuple[dict[str, object], ...] = ()  # {"path", "kind", "sentences"} per --since
    # One line per part of the history an earlier update briefing recorded that could not
    # be read again (its files moved or gone); the briefing goes on with the rest.
    warnings: tuple[str, ...] = ()
    # The text of each article read (`text_digest`), whichever form the history came in
    # (articles, or a briefing's JSON listing its sources), with the history's id for it: a
    # new input with the same text is one the reader has read already.
    digests: Mapping[str, str] = field(default_factory=dict)
    # The inputs of the briefing left out as read before (`leave_out_read`), by path or id.
    read_again: tuple[str, ...] = ()
    # The title of the first briefing read as history, if one was.
    briefing_title: str | None = None

    def title(self) -> str | None:
        """The story's title as read: the first briefing's read as history, else the
        headline of the first source read (an update with nothing new on the story is
        titled so, not after an article off it)."""
        return self.briefing_title or next((s.title for s in self.sources if s.title), None)

    def dates(self) -> list[dt.date]:
        """The publication dates of the sources read before, where known."""
        found = (facts.parse_date(source.published) for source in self.sources)
        return [date for date in found if date is not None]

    def describe(self) -> dict[str, object]:
        """The JSON `stats.history`: the inputs, counts, and what was read (`read`: every
        history sentence with its sources, in the shape of a briefing's own `sentences`
        and `sources`), so that this briefing used as `--since` brings the reader's history
        with it even after the files it was read from have moved."""
        described: dict[str, object] = {
            "inputs": list(self.inputs),
            "sentences": len(self.sentences),
            "sources": [source.id for source in self.sources],
        }
        if self.warnings:
            described["warnings"] = list(self.warnings)
        if self.read_again:
            described["read_again"] = list(self.read_again)
        described["read"] = {
            "sentences": [
                {"text": item.text, "citations": list(item.source_ids)} for item in self.sentences
            ],
            "sources": [
                {key: value for key in _SOURCE_FIELDS if (value := getattr(source, key))}
                for source in self.sources
            ],
        }
        return described

    def leave_out_read(self, articles: Sequence[Article]) -> tuple[list[Article], History]:
        """The articles not read before, and this history with the others in it.

        An input with the text of an article read before (`text_digest`: yesterday's folder
        given again, or a folder that grew since the briefing whose JSON is the history) is
        not new: it is left out, named in `read_again`, and its sentences are history, cited
        to the history's source of that text (a briefing's JSON holds only the sentences it
        told of it). When every input was read, the first is kept, for the briefing's title:
        all of it is history, so the briefing says "nothing new"."""
        if not self.digests:
            return list(articles), self
        digests = [text_digest(article.text) for article in articles]
        old = [digest in self.digests for digest in digests]
        if not any(old):
            return list(articles), self
        fresh = [article for article, seen in zip(articles, old, strict=True) if not seen]
        again = [
            (article, self.digests[digest])
            for article, digest, seen in zip(articles, digests, old, strict=True)
            if seen
        ]
        read = history_from_articles([article for article, _ in again])
        known = {article.id: source for article, source in again}
        sentences = (
            HistorySentence(item.text, tuple(known.get(s, s) for s in item.source_ids))
            for item in read.sentences
        )
        history = replace(
            self,
            sentences=tuple(dict.fromkeys((*self.sentences, *sentences))),
            read_again=tuple(article.path or article.id for article, _ in again),
        )
        return fresh or list(articles[:1]), history


# The fields of a source a briefing JSON gives back as history.
_SOURCE_FIELDS = ("id", "title", "path", "source", "url", "published", "digest")


@dataclass(frozen=True)
class HistoryMatch:
    """How a new sentence relates to the history."""

    repeats: bool  # says what a history sentence said (same statement, same figures)
    similarity: float  # highest TF-IDF cosine with a history sentence
    updates: tuple[str, ...]  # history sources whose figure this sentence revises


def load_history(paths: Iterable[str | os.PathLike[str]], limits: Limits | None = None) -> History:
    """Read every `--since` input: a briefing JSON, or articles (files, folders, globs).

    An update briefing's JSON brings its own history with it (what its reader had read
    before it): the copy it carries (`History.describe`'s `read`), or, from a briefing
    written before it carried one, the inputs it names, followed in turn. Each file is read
    once, however many inputs lead to it. An input given here that cannot be read is an
    error; a part of an earlier briefing's history that cannot be read any more is a
    warning (`History.warnings`), and the rest is used."""
    given = [str(raw) for raw in paths]
    reader = _HistoryReader(limits, given)
    for raw in given:
        reader.read_input(raw)
    return reader.history()


@dataclass(frozen=True)
class _Briefing:
    """A briefing JSON read as history: its sentences and sources, and its own history."""

    sentences: list[HistorySentence]
    sources: list[SourceInfo]
    carried: tuple[list[HistorySentence], list[SourceInfo]] | None  # its `read` copy
    recorded: list[object]  # its history inputs, for a briefing without a copy
    title: str | None = None


class _HistoryReader:
    """Collects the history of every `--since` input, each sentence and file once."""

    def __init__(self, limits: Limits | None, given: Sequence[str]) -> None:
        self.limits = limits
        self.sentences: dict[HistorySentence, None] = {}  # in reading order, each once
        self.sources: dict[str, SourceInfo] = {}
        self.inputs: list[dict[str, object]] = []
        self.warnings: list[str] = []
        self.digests: dict[str, str] = {}
        self.title: str | None = None  # the first briefing's
        self._read: set[str] = set()  # the files and folders read, by `_key`
        # The inputs given: an earlier briefing's history that names one leaves it to them.
        self._given = frozenset(map(_key, given))

    def history(self) -> History:
        return History(
            tuple(self.sentences),
            tuple(self.sources.values()),
            tuple(self.inputs),
            tuple(self.warnings),
            dict(self.digests),
            briefing_title=self.title,
        )

    def read_input(self, raw: str) -> None:
        """One `--since` input; one that cannot be read is an `InputError` naming it."""
        if not self._first_time(raw):
            return
        path = Path(raw)
        briefing = _read_briefing(path) if path.suffix.lower() == ".json" else None
        if briefing is None:
            found = self._articles(raw)
            if isinstance(found, str):
                raise InputError(raw, f"unusable as --since history ({found})")
            self._add(found.sentences, found.sources)
            self.inputs.append({"path": raw, "kind": "articles", "sentences": len(found.sentences)})
            return
        before = len(self.sentences)
        self.title = self.title or briefing.title
        self._add_briefing(path, briefing)
        described: dict[str, object] = {
            "path": raw,
            "kind": "briefing",
            "sentences": len(briefing.sentences),
        }
        carried = len(self.sentences) - before - len(briefing.sentences)
        if carried > 0:  # the history it brought with it, beyond its own sentences
            described["carried"] = carried
        self.inputs.append(described)

    def _first_time(self, raw: str) -> bool:
        """Whether the input at `raw` (a path or a glob) is read for the first time."""
        key = _key(raw)
        if key in self._read:
            return False
        self._read.add(key)
        return True

    def _add(self, sentences: Iterable[HistorySentence], sources: Iterable[SourceInfo]) -> None:
        self.sentences.update(dict.fromkeys(sentences))
        for source in sources:
            self.sources.setdefault(source.id, source)
            # Read from a JSON, a digest may be any value: only a digest names a text.
            if isinstance(source.digest, str) and source.digest:
                self.digests.setdefault(source.digest, self.sources[source.id].id)

    def _add_briefing(self, path: Path, briefing: _Briefing) -> None:
        """A briefing's sentences and sources, after what its own reader had read before."""
        if briefing.carried is not None:
            self._add(*briefing.carried)
        else:
            for entry in briefing.recorded:
                self._follow(path, entry)
        self._add(briefing.sentences, briefing.sources)

    def _follow(self, briefing: Path, entry: object) -> None:
        """One history input an older update briefing names only by its path: read it
        again if it still can be, else say so on one line."""
        if not isinstance(entry, dict):
            return
        recorded, kind = entry.get("path"), entry.get("kind")
        if not isinstance(recorded, str) or kind not in ("briefing", "articles"):
            named = str(entry.get("title") or recorded or kind)
            self._unread(briefing, named, "not recorded as a briefing or articles to read again")
            return
        found = _locate(recorded, briefing)
        if found is None:
            self._unread(briefing, recorded, "no longer found")
            return
        if _key(found) in self._given or not self._first_time(found):
            return  # read already, or read as the input given
        if kind == "articles":
            articles = self._articles(found)
            if isinstance(articles, str):
                self._unread(briefing, recorded, articles)
            else:
                self._add(articles.sentences, articles.sources)
            return
        try:
            earlier = _read_briefing(Path(found))
        except InputError as error:
            self._unread(briefing, recorded, error.reason)
            return
        if earlier is None:
            self._unread(briefing, recorded, "no longer a briefing JSON")
        else:
            self._add_briefing(Path(found), earlier)

    def _articles(self, raw: str) -> History | str:
        """The history of the articles at `raw`, or why there is none."""
        from summarize import ingest

        read = ingest.read_articles([raw], self.limits or ingest.Limits())
        if not read.articles:
            return "; ".join(str(error) for error in read.skipped) or "no article found"
        return history_from_articles(read.articles)

    def _unread(self, briefing: Path, recorded: str, reason: str) -> None:
        self.warnings.append(
            f"history of {briefing}: {recorded} could not be read ({reason}); "
            "the update leaves out what it told"
        )


def _key(raw: str) -> str:
    """One name for one input however it is written: the resolved path (a glob: its
    absolute pattern)."""
    path = Path(raw)
    return str(path.resolve()) if path.exists() else os.path.abspath(raw)


def _locate(recorded: str, briefing: Path) -> str | None:
    """Where a history input an earlier briefing recorded is now: the path as recorded
    (relative to the folder the command ran in), else relative to the briefing's folder."""
    candidates = [recorded]
    if not os.path.isabs(recorded):
        candidates.append(str(briefing.parent / recorded))
    for candidate in candidates:
        if Path(candidate).exists() or (glob.has_magic(candidate) and glob.glob(candidate)):
            return candidate
    return None


def history_from_articles(articles: Sequence[Article]) -> History:
    """Every usable sentence of articles already read, cleaned and split as new input is."""
    from summarize.disagree import article_dates
    from summarize.extractive import ELIGIBLE_KINDS
    from summarize.prepare import clean_article, split_article

    sentences: list[HistorySentence] = []
    sources: list[SourceInfo] = []
    cleaned = [clean_article(article) for article in articles]  # once, when reusing
    # The date each was published, as the new articles' dates are read: its metadata, a
    # date line or a dateline (the year of "BEND, Aug 11 (Reuters)" from the others).
    dates = article_dates(cleaned)
    for article, clean in zip(articles, cleaned, strict=True):
        sentences.extend(
            HistorySentence(sentence.text, (article.id,))
            for sentence in split_article(clean)
            if sentence.kind in ELIGIBLE_KINDS
        )
        date = dates.get(article.id)
        sources.append(
            SourceInfo(
                id=article.id,
                title=article.title or article.id,
                path=article.path,
                source=article.source,
                url=article.url,
                published=article.published or (date.isoformat() if date else None),
                digest=text_digest(article.text),
            )
        )
    digests = {source.digest: source.id for source in sources if source.digest}
    return History(tuple(sentences), tuple(sources), digests=digests)


def judged_with(prepared: Prepared, history: History) -> Prepared:
    """`prepared` for an update briefing, off the story judged against the story as read:
    the history's sources (each as the sentences read of it tell it) with the new articles,
    by the rule of a full briefing (`relevance.off_story`), not by the new articles alone
    (one new article has no others to be unlike): a chlorine leak is no update of a trial.
    An article whose headline and opening sentence name the story (`_StoryNames`: a
    development told in other words, "Hollin Coal's chief executive resigned over
    Brackwater") is on it, whatever its words. What only articles off the story tell is
    left out of what the engine chooses from, but a sentence that names the story itself
    (a round-up's line on it)."""
    if not history.sentences:
        return prepared
    read = [
        Sentence(_HISTORY_UNIT + source, row, 0, item.text, 0, len(item.text))
        for row, item in enumerate(history.sentences)
        for source in dict.fromkeys(item.source_ids)
    ]
    candidates = prepared.candidates
    tfidf = TfidfModel.from_texts([sentence.text for sentence in [*read, *candidates]])
    stubs = frozenset(c.id for c in prepared.cleaned if c.is_stub)
    judged = relevance.off_story([*read, *candidates], tfidf, stubs, prepared.copy_of)
    if not judged.keys() - {sentence.article_id for sentence in read}:
        return replace(prepared, off_story={})
    # What an article is about is in its headline and opening sentence.
    opening = {c.id: [c.article.title or ""] for c in prepared.cleaned}
    for sentence in candidates:
        if len(opening[sentence.article_id]) == 1:
            opening[sentence.article_id].append(sentence.text)
    story = _StoryNames(history)
    off = {
        article: why
        for article, why in judged.items()
        if article in opening and not story.named_in(opening[article])
    }
    if not off:
        return replace(prepared, off_story=off)
    kept = [
        group
        for group in prepared.groups
        if any(m.article_id not in off or story.named_in([m.text]) for m in group.members)
    ]
    return replace(prepared, off_story=off, groups=kept)


# A prefix no article id has (a NUL is in no file name): the history's sources as units
# of `relevance.off_story`.
_HISTORY_UNIT = "\0history:"


class _StoryNames:
    """The names of the story as read: those two or more of the history's sources name
    (all of one source's: `_names`), one name for each one thing however it is written
    (names that share a word: "Gérard Tessier" / "Gerard Tessier" / "Tessier"). Text names
    the story when it names two of them (a name, a part of one, or one with more words):
    one name alone ("Lyon", "France") is in many stories."""

    # How many of the story's names text names to name the story.
    NAMES = 2

    def __init__(self, history: History) -> None:
        sources_of: dict[frozenset[str], set[str]] = defaultdict(set)
        for item in history.sentences:
            # (A sentence's first word is capitalised as its opener, not always as a name.)
            opener = _opener(item.text)
            for told in _names(item.text) - {opener}:
                sources_of[frozenset(told)].update(item.source_ids)
        least = min(2, len({s for item in history.sentences for s in item.source_ids}))
        # Each thing named: its names, and their words.
        self._things: list[tuple[list[frozenset[str]], frozenset[str]]] = []
        for name, sources in sources_of.items():
            if len(sources) < least:
                continue
            joined = [thing for thing in self._things if not thing[1].isdisjoint(name)]
            names = [name, *(n for thing in joined for n in thing[0])]
            self._things = [thing for thing in self._things if thing not in joined]
            self._things.append((names, frozenset().union(*names)))

    def named_in(self, texts: Iterable[str]) -> bool:
        """Whether `texts` together name the story (`NAMES` of its names)."""
        named = {frozenset(name) for text in texts for name in _names(text)}
        found = sum(
            any(name <= words or any(told <= name for told in names) for name in named)
            for names, words in self._things
        )
        return found >= self.NAMES


def _read_briefing(path: Path) -> _Briefing | None:
    """A briefing written by `summarize brief --format json`, or None for other JSON."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not (isinstance(record, dict) and "sentences" in record and "sources" in record):
        return None
    try:
        sentences, sources = _told(record)
        stats = record.get("stats")
        history = stats.get("history") if isinstance(stats, dict) else None
        history = history if isinstance(history, dict) else {}
        # What its reader had read before it: the copy it carries, else the inputs it names.
        read = history.get("read")
        carried = _told(read) if isinstance(read, dict) else None
        recorded = history.get("inputs")
    except (KeyError, TypeError, AttributeError) as error:
        raise InputError(str(path), f"not a briefing JSON ({error})") from None
    recorded = recorded if carried is None and isinstance(recorded, list) else []
    title = record.get("title")
    return _Briefing(
        sentences, sources, carried, recorded, title if isinstance(title, str) else None
    )


def _told(record: Mapping[str, Any]) -> tuple[list[HistorySentence], list[SourceInfo]]:
    """The `sentences` (text, citations) and `sources` of a briefing JSON, or of the copy
    of its history it carries (the same shape)."""
    sentences = [
        HistorySentence(str(item["text"]), tuple(str(c) for c in item.get("citations", ())))
        for item in record["sentences"]
    ]
    sources = [
        SourceInfo(**{key: item.get(key) for key in _SOURCE_FIELDS if key in item})
        for item in record["sources"]
    ]
    return sentences, sources


class HistoryIndex:
    """Finds, for a new sentence, the history sentences it restates or updates.

    Built once per briefing: an inverted index over the history sentences' shingles, and
    their TF-IDF vectors in the new set's columns. A new sentence counts the postings of
    its shingles (a C-level count, not a Python loop over rows) and is compared only with
    the few history sentences that share the most, so the cost follows the postings, not
    all pairs.
    """

    def __init__(self, history: History, model: TfidfModel, threshold: float = DEFAULT_THRESHOLD):
        self.history = history
        # The history sentences' embeddings, made when a new sentence first comes with one
        # (--semantic).
        self._embeddings: np.ndarray | None = None
        self.threshold = threshold
        # Each earlier source's place in the order the history was read.
        self._order = {source.id: n for n, source in enumerate(history.sources)}
        self._sizes: list[int] = []
        by_shingle: dict[str, list[int]] = defaultdict(list)
        for row, item in enumerate(history.sentences):
            found = shingles(item.text)
            self._sizes.append(len(found))
            for shingle in found:
                by_shingle[shingle].append(row)
        # A shingle shared by too many history sentences says nothing about which one matches.
        self._postings = {
            shingle: rows for shingle, rows in by_shingle.items() if len(rows) <= _MAX_POSTINGS
        }
        self._indexed = frozenset(self._postings)
        # The history sentences that count each kind of thing (`_counts`), with what they
        # count, and the places a count of each kind is given for alone: read on first need
        # (most new sentences give no count).
        self._by_kind: dict[str, list[tuple[int, Mapping[str, frozenset[float]]]]] | None = None
        self._own_places: dict[str, frozenset[tuple[str, ...]]] = {}
        self._told_names: dict[str, list[frozenset[str]]] | None = None
        self._told_days: frozenset[str] | None = None
        self._told_numbers: frozenset[str] | None = None
        self._amounts: list[tuple[int, list[facts.Quantity]]] | None = None
        self._event_idf: dict[str, float] | None = None
        self._first: int | None = None
        # A term the new set never uses gets the highest idf (it is at least as rare as the
        # rarest), so it still counts in the history sentence's norm.
        unseen_idf = float(model.idf.max()) if len(model.idf) else 1.0
        self._unseen_idf = unseen_idf
        self._idf = dict(zip(model.vocabulary, model.idf.tolist(), strict=True))
        self._vectors = [_vector(item.text, model, unseen_idf) for item in history.sentences]

    def centroid(self, n_columns: int) -> np.ndarray:
        """The history's centroid in the new set's columns: each source counts once."""
        by_source: dict[str, list[int]] = {}
        for row, item in enumerate(self.history.sentences):
            by_source.setdefault(item.source_ids[0] if item.source_ids else "", []).append(row)
        total = np.zeros(n_columns)
        for rows in by_source.values():
            vectors = [self._vectors[row] for row in rows]
            # bincount adds in order, as a loop over the rows would.
            vector = np.bincount(
                np.fromiter(chain.from_iterable(vectors), dtype=np.int64),
                weights=np.fromiter(chain.from_iterable(v.values() for v in vectors), float),
                minlength=n_columns,
            )
            norm = np.linalg.norm(vector)
            if norm:
                total += vector / norm
        norm = np.linalg.norm(total)
        return total / norm if norm else total

    def match(
        self,
        text: str,
        columns: np.ndarray,
        weights: np.ndarray,
        embedding: np.ndarray | None = None,
    ) -> HistoryMatch:
        """Compare one new sentence (its TF-IDF row: columns and weights, and its embedding
        with --semantic) with the history."""
        own = shingles(text)
        shared = Counter(chain.from_iterable(map(self._postings.__getitem__, own & self._indexed)))
        # The closest history sentences share the most shingles: only they are compared.
        # One shared word makes neither a restatement nor a close match.
        closest = sorted((-count, row) for row, count in shared.items() if count >= 2)
        mine = dict(zip(columns.tolist(), weights.tolist(), strict=True))
        similarity = 0.0
        repeats = False
        updates: dict[str, None] = {}
        figures = None
        for minus_count, row in closest[:_COMPARED]:
            vector = self._vectors[row]
            # The shorter vector's terms, in its order: as a dict dot product adds them.
            if len(vector) < len(mine):
                cosine = sum(map(mul, vector.values(), map(mine.get, vector, repeat(0.0))))
            else:
                cosine = sum(map(mul, mine.values(), map(vector.get, mine, repeat(0.0))))
            similarity = max(similarity, cosine)
            overlap = -minus_count / (len(own) + self._sizes[row] + minus_count)
            earlier = self.history.sentences[row].text
            if overlap >= self.threshold:
                # Dedup's guards, as grouping reads them: the actors in their roles, and
                # the days of the events (another day is another event: "opened the
                # centre on Friday" is not "... on Wednesday"; the day it was said aside).
                same_days = compatible(event_dates(text), event_dates(earlier))
                if not (
                    same_days and roles_agree(text, earlier) and same_development(text, earlier)
                ):
                    continue  # and one stage of what happened: "could fine" / "fined"
            # Told in other words, as grouping merges restatements across sources.
            elif not restates_in_other_words(text, earlier, self._idf, self._unseen_idf):
                continue
            if _counts(text) and self._another_event(text, earlier):
                continue  # another event's count: "when nine people were killed" in 2024
            if figures is None:
                figures = numbers(text)
            if figures <= numbers(earlier):
                repeats = True
            elif _revalues(text, earlier):
                # A value of one thing told before is told anew: revised (a figure of a kind
                # or thing the earlier sentence did not give is only more detail).
                for source in self.history.sentences[row].source_ids:
                    updates.setdefault(source, None)
        # Told in other words, a toll that moved is still the figure it updates ("14 people
        # died" / "the death toll rose to 21"), however few words the two share.
        # So is a count of one thing that grew ("burned 12,400 acres" / "grew to 31,500
        # acres", "38 homes had burned" / "the number of homes destroyed rose to 112"),
        # and one told as a change from the value read ("cut his ban from four years to two").
        for row in self._revised(text):
            for source in self.history.sentences[row].source_ids:
                updates.setdefault(source, None)
        if not (repeats or updates):
            # Facts told in two sentences read before, put in one, or counts read before
            # told again in other words: nothing new either.
            rows = [row for _, row in closest[:_COMPARED]]
            repeats = (
                self._told_in_parts(text, rows)
                or self._told_by_counts(text)
                or self._told_in_other_words(text, rows)
                or (embedding is not None and self._told_by_meaning(text, embedding))
            )
        # The earlier sources in the order they were read, as the briefing lists them.
        return HistoryMatch(repeats, similarity, tuple(sorted(updates, key=self._read_order)))

    def _read_order(self, source: str) -> int:
        return self._order.get(source, len(self._order))

    def _told_in_parts(self, text: str, rows: Sequence[int]) -> bool:
        """Whether `text` only puts together what history sentences told, its figures
        among them ("The laboratory confirmed cholera in Lubanzi, where cases reached 112
        and seven people died" after "Cases rose to 112 and the death toll to seven" and
        "The laboratory confirmed cholera in samples from Lubanzi").

        A history sentence tells a part of it when it shares `_PART_TERMS` of its words of
        what happened and figures (a figure as a count of the same thing, where both say
        what it counts), one of its names (the same story) and its actors' roles. Together
        they must tell every name, figure, event day and word of what happened: a new
        figure, actor, place, day or act is news. Figures tie the parts to one fact; a
        sentence without one is left to the one-sentence rules (over a long history the
        words of a new act are mostly found somewhere: "barred", "defense", "lawyers")."""
        figures = numbers(text)
        if not figures:
            return False
        names = _names(text)
        terms = facts.event_terms(text)
        days = event_dates(text)
        kinds = _figure_kinds(text)
        told_terms: set[str] = set()
        told_names: set[tuple[str, ...]] = set()
        told_figures: set[str] = set()
        told_days: set[str] = set()
        words: set[str] = set()  # every word of what happened the parts tell
        for row in rows:
            earlier = self.history.sentences[row].text
            shared = terms & facts.event_terms(earlier)
            earlier_kinds = _figure_kinds(earlier)
            same_figures = {
                key
                for key in figures & numbers(earlier)
                if _same_thing(kinds.get(key), earlier_kinds.get(key))
            }
            earlier_names = _names(earlier)
            named = {n for n in names if any(facts.same_entity(n, o) for o in earlier_names)}
            # Two words of what happened, or one with a figure and a name of the same fact.
            enough = len(shared) >= _PART_TERMS or (shared and same_figures and named)
            if not enough or (names and not named) or not roles_agree(text, earlier):
                continue
            told_terms |= shared
            told_figures |= same_figures
            told_names |= named
            told_days |= days & event_dates(earlier)
            words |= facts.event_terms(earlier)
        untold = set(names - told_names)
        # A sentence's first word is capitalised as its opener, not always as a name
        # ("Attorneys for Gingrich ..." / "Gingrich's attorneys said ...").
        opener = _opener(text)
        if opener in untold and words.issuperset(content_terms(opener[0])):
            untold.discard(opener)
        if untold or told_figures != figures or told_days != days:
            return False
        # The words that say what a told figure counts are told with it ("seven people
        # have died" / "the death toll rose to seven"), and so is a figure written out.
        counted = {thing for key in told_figures for thing in kinds.get(key, ())}
        people = _PEOPLE in counted  # told under any noun: "people", "residents"
        return all(
            term in counted or numbers(term) or (people and facts.counts_people(term))
            for term in terms - told_terms
        )

    def _told_in_other_words(self, text: str, rows: Sequence[int]) -> bool:
        """Whether `text` tells again, in other words, what the history sentences closest
        to it told: it gives no name, figure or event day the history does not have (any
        of those is news), and the `_COVERING` history sentences among `rows` that hold
        the most of its words of what happened (`facts.event_terms`, weighed by their
        rarity in the history) hold `_COVERED` of them and each of its figures as a count of
        the same thing, the closest one keeping its actors in their roles and at one stage
        of what happened ("freed" is no "kidnapped").
        A development brings words of its own ("charged with manslaughter", "stepped down
        as minister"), so it stays under the share; a restatement brings only a few
        ("attempt to pull the ship free" for "try to refloat the vessel")."""
        terms = facts.event_terms(text)
        figures = numbers(text)
        if not terms or not rows or not figures <= self._numbers_read():
            return False
        if not self._names_and_days_read(text):
            return False
        weights = self._weights(terms)
        told = [facts.event_terms(self.history.sentences[row].text) for row in rows]
        ranked = sorted(
            range(len(rows)), key=lambda i: (-sum(weights[t] for t in terms & told[i]), i)
        )[:_COVERING]
        closest = self.history.sentences[rows[ranked[0]]].text
        if not (roles_agree(text, closest) and same_development(text, closest)):
            return False
        # Each figure told by them, of each thing it counts here ("seven schools were
        # closed" is no toll of seven told again) and of this event, not another ("when
        # nine people were killed" in 2024).
        kinds = _figure_kinds(text)
        covering = [self.history.sentences[rows[i]].text for i in ranked]
        for key in figures:
            giving = [
                earlier
                for earlier in covering
                if key in numbers(earlier) and not self._another_event(text, earlier)
            ]
            counted = frozenset().union(*(_figure_kinds(e).get(key, ()) for e in giving))
            if not giving or not kinds.get(key, frozenset()) <= counted:
                return False
        covered = terms & frozenset().union(*(told[i] for i in ranked))
        return sum(weights[t] for t in covered) >= _COVERED * sum(weights.values())

    def _told_by_meaning(self, text: str, embedding: np.ndarray) -> bool:
        """With sentence embeddings: whether `text` tells what the history sentence closest
        to it in meaning told, as grouping reads a restatement (a cosine of at least
        `semantic.RESTATES`, every figure one that sentence gives), or bringing nothing of
        its own (no name, figure or event day the history does not have) at
        `_RETOLD_COSINE`: "Packaging for medical products is not covered" after "Medical
        packaging is exempt from the ban". Either way with the actors in their roles, at
        one stage of what happened, and not another event's count."""
        from summarize import semantic

        if not self.history.sentences:
            return False
        if self._embeddings is None:
            self._embeddings = semantic.embed([item.text for item in self.history.sentences])
        cosines = self._embeddings @ embedding
        row = int(np.argmax(cosines))
        cosine = float(cosines[row])
        earlier = self.history.sentences[row].text
        figures = numbers(text)
        if cosine >= semantic.RESTATES:
            told = figures <= numbers(earlier)
        else:
            told = (
                cosine >= _RETOLD_COSINE
                and figures <= self._numbers_read()
                and self._names_and_days_read(text)
            )
        return (
            told
            and roles_agree(text, earlier)
            and same_development(text, earlier)
            and not (_counts(text) and self._another_event(text, earlier))
        )

    def _names_and_days_read(self, text: str) -> bool:
        """Whether the history names every name of `text` (each as it stands, "California's"
        | "Lassen County", but an opener the history never names, taken for a word) and
        tells every day of its events: a new name or day is news."""
        opener = _opener(text)
        if not all(self._read_name(name) or name == opener for name, _, _ in facts.name_runs(text)):
            return False
        return not event_dates(text) - self._days_read()

    def _weights(self, terms: frozenset[str]) -> dict[str, float]:
        """Each term's inverse frequency over the history's sentences (a term the history
        never uses weighs most)."""
        if self._event_idf is None:
            frequency: Counter[str] = Counter()
            for item in self.history.sentences:
                frequency.update(facts.event_terms(item.text))
            total = len(self.history.sentences)
            self._event_idf = {
                term: math.log((1 + total) / (1 + count)) + 1.0 for term, count in frequency.items()
            }
        unseen = math.log(1 + len(self.history.sentences)) + 1.0
        return {term: self._event_idf.get(term, unseen) for term in terms}

    def _numbers_read(self) -> frozenset[str]:
        if self._told_numbers is None:
            self._told_numbers = frozenset(
                chain.from_iterable(numbers(item.text) for item in self.history.sentences)
            )
        return self._told_numbers

    def _revised(self, text: str) -> list[int]:
        """The history sentences whose count `text` gives anew it revises: of each thing it
        counts (`_counts`: the dead, acres, people under evacuation orders), the sentences
        with the highest count of it read about the same subject (`_same_count`), when the
        new one is higher (counts grow as a story goes on: a figure no higher than one
        already read is mostly an older count told again, looking back); the sentences with
        the lowest count of it, when the new one is lower and told as the count now lower
        (`_told_lower`: "six people are still missing" after nine, "lowered the toll to
        11"); and the sentences that gave the value `text` says the count changed from,
        higher or not ("reduced his ban from four years to two years", "put its toll at 12,
        up from six"); and those whose sum or share it tells as changed (`_revised_amounts`)."""
        new_counts = _counts(text)
        subject = _subject(text)
        revised = self._revised_amounts(text, subject)
        for kind in new_counts:
            if kind in _SPAN_UNITS or kind in _SUMS:
                # A longer span is no later count (it is revised when told as a change),
                # and a larger sum mostly another sum (unless told as changed to it).
                continue
            # People a toll counts are that toll's (`_apart`), on either side, counted
            # under it alone: "About 250 commuters were on board" is no later count of
            # "Four people were killed", nor "seven people have died" of "killed three
            # people" where a toll of seven was read.
            values = _apart(new_counts, kind)
            read = [
                (told, row)
                for row, old in self._counted(kind)
                if (told := _apart(old, kind)) and self._same_count(text, subject, row, kind)
            ]
            if not (values and read):
                continue
            highest = max(max(told) for told, _ in read)
            if max(values) > highest:
                revised += [row for told, row in read if max(told) == highest]
            # A count falls too (the missing are found, the injured go home, a toll is
            # revised down): a value lower than any read, told as the count now lower,
            # revises the lowest read (one between two read is no later count of either).
            lowest = min(min(told) for told, _ in read)
            lower = (v for v in values if v < lowest)
            clauses = [clause for v in lower if (clause := _told_lower(text, v))]
            for told, row in read:
                if lowest not in told or not clauses:
                    continue
                # People, who say little of what they count, by the act of the clause
                # itself, not the cause every count shares ("Three people remain in
                # hospital after the explosion": no count of the evacuated).
                earlier_text = self.history.sentences[row].text
                if kind != _PEOPLE or any(_same_act(c, earlier_text, kind) for c in clauses):
                    revised.append(row)
        for value, kind in _changed_from(text):
            revised += [
                row
                for row, old in self._counted(kind)
                if value in old[kind] and self._same_count(text, subject, row, kind)
            ]
        return revised

    def _revised_amounts(self, text: str, subject: Subject) -> list[int]:
        """The history sentences whose sum or share `text` tells as now changed to another
        value (`_changed_to`: "the cost has risen to 71 million euros" after "will cost 48
        million euros"; "has fallen further to 11 percent of capacity" after "is at 18
        percent of capacity"), about the same subject and of the same thing: the same
        word after a share ("of capacity"), else a word of what happened in both ("cost").
        A sum or share told without a change is mostly another one, left alone."""
        changed = _changed_to(text)
        if not changed:
            return []
        if self._amounts is None:
            self._amounts = [
                (row, amounts)
                for row, item in enumerate(self.history.sentences)
                if (amounts := [q for q in facts.extract(item.text).quantities if q.unit])
            ]
        revised: list[int] = []
        for row, amounts in self._amounts:
            earlier = self.history.sentences[row].text
            for new in changed:
                same = [old for old in amounts if old.unit == new.unit]
                if not same or any(old.compatible(new) for old in same):
                    continue  # none of this kind, or this value read already
                if new.unit == "%" and new.noun and any(old.noun for old in same):
                    of_one_thing = any(old.noun == new.noun for old in same)
                else:
                    of_one_thing = bool((_acts(text) & _acts(earlier)) - facts.AMOUNT_WORDS)
                if (
                    of_one_thing
                    and _same_subject(subject, _subject(earlier), frozenset())
                    and not self._another_event(text, earlier)
                ):
                    revised.append(row)
                    break
        return revised

    def _told_by_counts(self, text: str) -> bool:
        """Whether `text` only gives again counts the history gave: each of its telling
        counts (a toll, or a telling figure, `dedup.telling_figures`, with what it counts:
        `_counts`) given with that value of the same thing about the same subject by a
        history sentence (`_same_count`), its other figures among theirs, and no name or
        day the history does not have ("A wildfire in Lassen County forced about 1,500
        people to flee" after "about 1,500 residents are under mandatory evacuation
        orders"). The counts tie the two tellings as the same telling figures tie two
        sentences in grouping and selection (`dedup.shares_figures`); a telling figure
        with what it counts ties them alone. A small count ("19 states", "18 years") is in
        too many facts of a story to tie a sentence to one of them."""
        counts = _counts(text)
        if not counts:
            return False
        telling = set(chain.from_iterable(facts.tolls(text).values()))
        telling |= {value for key in telling_figures(text) if (value := _value(key)) is not None}
        told_again = [
            (kind, value) for kind in counts for value in _apart(counts, kind) if value in telling
        ]
        if not told_again:
            return False
        subject = _subject(text)
        matched: set[int] = set()
        for kind, value in told_again:
            rows = {
                row
                for row, old in self._counted(kind)
                if value in old[kind]
                and (
                    self._same_count(text, subject, row, kind)
                    or self._same_toll_told(text, subject, row, kind)
                )
            }
            if not rows:
                return False
            matched |= rows
        told = set(telling_figures(text)).union(
            *(numbers(self.history.sentences[row].text) for row in matched)
        )
        if not numbers(text) <= told:
            return False  # a figure of its own: news
        if not self._names_and_days_read(text):
            return False
        # A named actor's act told beside a count read before is news ("The World Health
        # Organization raised the risk of the outbreak, where seven people have died"),
        # unless a sentence read tells that actor doing it (`facts.same_telling`).
        acting = facts.subject_verb(text)
        return acting is None or any(
            facts.same_telling(text, self.history.sentences[row].text) for row in matched
        )

    def _counted(self, kind: str) -> list[tuple[int, Mapping[str, frozenset[float]]]]:
        """The history sentences that count `kind`, with their counts."""
        if self._by_kind is None:
            self._by_kind = defaultdict(list)
            for row, item in enumerate(self.history.sentences):
                for counted in (found := _counts(item.text)):
                    self._by_kind[counted].append((row, found))
        return self._by_kind.get(kind, [])

    def _same_count(self, text: str, subject: Subject, row: int, kind: str) -> bool:
        """Whether the count of `kind` in history sentence `row` is of what `text` counts:
        about the same subject (`_same_subject`), and, for people and spans of time, which
        say little of what they count ("2,000 people", "four years"), told of the same act
        (`_same_act`: "under evacuation orders" / "evacuated", "banned for").

        A count of another event than the other's is not (`_another_event`: "the previous
        eruption", "in 2024"). Where one of the two names nothing ("The fire is now
        estimated at 11,400 acres"), its count is the story's: that of the other when the
        other names the story (a name read before) and the unnamed one names by its head
        what the other names ("the fire" / "the Hollister Creek Fire"; people and spans:
        when they tell one act).
        Where neither names anything, they count one thing when they tell one act."""
        earlier = self.history.sentences[row].text
        told = _subject(earlier)
        acts = _same_act(text, earlier, kind)
        generic = kind == _PEOPLE or kind in _SPAN_UNITS
        if generic and not acts:
            return False
        # A sentence's first word is capitalised as its opener, not always as a name: one
        # the history never names is taken for a word ("Evacuation orders now cover ...").
        opener = _opener(text)
        named = subject[0] - ({opener} if opener and not self._read_name(opener) else set())
        if self._another_event(text, earlier):
            return False  # "Lewotobi last erupted in November 2024, when nine were killed"
        if named and told[0]:
            return _same_subject(subject, told, self._places_of(kind))
        if named and not any(map(self._read_name, named)):
            return False  # none of the story's names: another story's count
        if kind in facts.TOLL_KINDS and tolls_of_one_count(text, earlier):
            # A toll is of one disaster, however it is named: the rule that ties two tolls
            # in selection ("the death toll stands at 14" / "14 people died when the MV
            # Santa Lucia capsized"), not only a word of what happened in both.
            return True
        if generic or not (named or told[0]):
            return acts
        # Not any count of the thing it counts: one that names by its head what the other
        # names ("the fire" / "the Hollister Creek Fire"; not "7,000 acres of wheat").
        names, unnamed = (told[0], text) if not named else (named, earlier)
        heads = {name[-1] for name in names}
        return not heads.isdisjoint(_LOWER_WORD.findall(unnamed))

    def _same_toll_told(self, text: str, subject: Subject, row: int, kind: str) -> bool:
        """Whether history sentence `row` gave the toll of `kind` that `text` gives, with the
        same value (the caller's test), and `text` names no place apart and tells nothing
        the history sentence does not, but who said it ("About 100 people were injured,
        the health commissioner said" after "About 100 people were injured, many of them
        traders, the fire chief said"; not "Three people died of cholera" after "Three
        people died in the flood")."""
        if kind not in facts.TOLL_KINDS or subject[0]:
            return False
        earlier = self.history.sentences[row].text
        if told_of_other_places(text, earlier) or self._another_event(text, earlier):
            return False
        # Nothing told of it but who said it: the words of what happened are all read.
        return facts.event_terms(facts.without_said_by(text)) <= facts.event_terms(earlier)

    def _another_event(self, text: str, earlier: str) -> bool:
        """Whether one of two sentences gives its count of another event than the other's:
        of a year before the story's articles that the other does not name ("Lewotobi last
        erupted in November 2024, when nine people were killed", "the 2018 quake killed
        12"; a year after "since" is no moment of a count: "the deadliest since 2008",
        `disagree.RECORD_YEAR`), or of an earlier disaster or year that the other does not
        tell of (`_EARLIER_EVENT`: "the previous eruption", "a similar attack", "last
        year")."""
        first = self._first_year()
        if first and any(year < first for year in _years_counted(text) ^ _years_counted(earlier)):
            return True
        return _told_of_earlier(text) != _told_of_earlier(earlier)

    def _first_year(self) -> int:
        """The year of the first of the history's articles (0 when none is dated)."""
        if self._first is None:
            dates = self.history.dates()
            self._first = min(dates).year if dates else 0
        return self._first

    def _places_of(self, kind: str) -> frozenset[tuple[str, ...]]:
        """The places the history gives a count of `kind` for alone ("In Varnia, at least
        five people died"; "In Belmar, six people were killed"): where there are two or
        more, a count is of the places it names, not of the others."""
        if kind not in self._own_places:
            alone = {
                next(iter(places))
                for row, counts in self._counted(kind)
                if len(places := _places_counted(self.history.sentences[row].text, counts[kind]))
                == 1
            }
            self._own_places[kind] = frozenset(alone) if len(alone) > 1 else frozenset()
        return self._own_places[kind]

    def _read_name(self, name: tuple[str, ...]) -> bool:
        """Whether the history names `name`: itself, or a name of which it is a part or
        that is a part of it ("Gingrich" / "Newt Gingrich", "Lassen County" / "Lassen County
        Sheriff"); not one that only shares a word ("Bear Gulch Fire" / "Alder Creek Fire")."""
        if self._told_names is None:
            self._told_names = defaultdict(list)
            names = {name for item in self.history.sentences for name in _names(item.text)}
            for told in map(frozenset, names):
                for word in told:
                    self._told_names[word].append(told)
        words = set(name)
        return any(
            told <= words or words <= told
            for word in words
            for told in self._told_names.get(word, ())
        )

    def _days_read(self) -> frozenset[str]:
        if self._told_days is None:
            self._told_days = frozenset(
                chain.from_iterable(event_dates(item.text) for item in self.history.sentences)
            )
        return self._told_days


def _years_counted(text: str) -> frozenset[int]:
    """The years a sentence names (`facts.years`) but those after "since" ("the deadliest
    since 2008", "800 people since 2019", "the lowest since records began in 1961"): no
    moment of what it counts."""
    return facts.years(RECORD_YEAR.sub("", text)) if "since" in text else facts.years(text)


# A disaster or year told as one before the story's ("the previous eruption", "an earlier
# quake", "a similar attack", "last year", "two years ago"): what counts it is another
# event's. The disaster by its word (`facts.disaster_stems`), among the next two words.
_EARLIER_EVENT = compiled(
    r"\b(?:previous|earlier|prior|similar)\s+(?P<what>[a-z-]+(?:\s+[a-z-]+)?)"
    r"|\blast\s+year\b|\byears?\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 16)  # each history sentence is asked again for every new one
def _told_of_earlier(text: str) -> bool:
    """Whether a sentence tells of a disaster or year before the story's (`_EARLIER_EVENT`)."""
    for match in _EARLIER_EVENT.finditer(text):
        what = match.group("what")
        if what is None or not facts.disaster_stems().isdisjoint(
            facts.news_terms(content_terms(what))
        ):
            return True
    return False


@lru_cache(maxsize=1 << 16)  # each history sentence is asked again for every new one
def _names(text: str) -> frozenset[tuple[str, ...]]:
    """The names of a sentence (`facts.entities`), and those a possessive joins, each on
    its own too: "Tovala's Marenga district" names Tovala (as "Tovala's laboratory" does)
    and Marenga."""
    return frozenset(facts.entities(text)) | {name for name, _, _ in facts.name_runs(text)}


# People counted under any noun ("1,500 residents", "1,500 people"): one kind of count.
_PEOPLE = "people"
# Sums of money, by their currency (`facts.counted_thing`).
_SUMS = frozenset("$€£")
# Spans of time a figure may give ("banned for four years", "a four-year ban"), as stems.
_SPAN_UNITS = frozenset(["year", "month", "week", "day", "hour"])


@lru_cache(maxsize=1 << 16)  # each history sentence is asked again for every new one
def _counts(text: str) -> Mapping[str, frozenset[float]]:
    """What a sentence counts, kind by kind, with the figures: a toll by what happened to
    the people it counts ("dead": `facts.tolls`), another count by its thing
    (`facts.counts`: "acr", "home"), people under any noun as one kind (`_PEOPLE`: "1,500
    residents", "1,500 people"; a toll told with its people too: "11 people have died"),
    and a span of time by its unit ("year": "banned for four years", "a four-year ban")."""
    found: dict[str, set[float]] = defaultdict(set)
    for kind, values in facts.tolls(text).items():
        found[kind] |= values
    for thing, values in facts.counts(text).items():
        found[_PEOPLE if facts.counts_people(thing) else thing] |= values
    if _SPAN_WORDS.search(text):
        for quantity in facts.extract(text).quantities:
            span = _SPAN_AFTER.match(text, quantity.end)
            if span and not quantity.unit:
                found[span.group(1).casefold()].add(quantity.value)
    return {kind: frozenset(values) for kind, values in found.items() if values}


def _apart(counts: Mapping[str, frozenset[float]], kind: str) -> frozenset[float]:
    """The values `counts` (`_counts`) gives of `kind`, but the people a toll counts: "nine
    people remain missing" is a toll, no count of people to set beside "1,500 people were
    evacuated" or "three people remain in hospital"."""
    values = counts.get(kind, frozenset())
    if kind != _PEOPLE:
        return values
    return values.difference(*(told for toll, told in counts.items() if toll in facts.TOLL_KINDS))


_SPAN_WORDS = compiled(r"\b(?:year|month|week|day|hour)s?\b", re.IGNORECASE)
_SPAN_AFTER = compiled(r"[\s-]+(year|month|week|day|hour)s?\b(?![\s-]+old\b)", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)  # each history sentence is asked again for every new one
def _figure_kinds(text: str) -> Mapping[str, frozenset[str]]:
    """What each count of a sentence (a `numbers` key that is a plain number) counts, where
    `_counts` says: a toll ("dead", "injured"), a counted thing ("acr", `_PEOPLE`) or a span
    ("year"); nothing (an empty set) where it does not say ("at around 6:40 a.m.")."""
    by_value: dict[float, set[str]] = defaultdict(set)
    for kind, values in _counts(text).items():
        for value in values:
            by_value[value].add(kind)
    found: dict[str, frozenset[str]] = {}
    for key in numbers(text):
        try:
            value = float(key)
        except ValueError:  # a share, an amount, a year or a day: its key says its kind
            continue
        found[key] = frozenset(by_value.get(value, ()))
    return found


def _revalues(text: str, earlier: str) -> bool:
    """Whether `text`, told as `earlier` was, gives anew a value `earlier` gave: figures of
    one kind that disagree (`figures_compatible`: shares, sums, years), and a count only
    against a count of the same thing (`_figure_kinds`, the people a toll counts being that
    toll's; two counts that say nothing of what they count alike): "About 250 commuters
    were on board when the train derailed at around 6:40 a.m." gives no new value of "Four
    people were killed and 52 were injured when a commuter train derailed"."""
    figures, told = numbers(text), numbers(earlier)
    if figures_compatible(figures, told):
        return False
    counts, told_counts = _figure_kinds(text), _figure_kinds(earlier)
    if not figures_compatible(figures - counts.keys(), told - told_counts.keys()):
        return True
    by_thing, told_by_thing = _counts_by_thing(counts), _counts_by_thing(told_counts)
    return any(
        not compatible(by_thing[thing], told_by_thing[thing])
        for thing in by_thing.keys() & told_by_thing.keys()
    )


def _counts_by_thing(kinds: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The counts of a sentence (`_figure_kinds`) by what they count ("" where it says
    nothing), a toll's people under the toll alone ("Four people were killed": the dead)."""
    found: dict[str, set[str]] = defaultdict(set)
    for key, things in kinds.items():
        if not things.isdisjoint(facts.TOLL_KINDS):
            things = things - {_PEOPLE}
        for thing in things or {""}:
            found[thing].add(key)
    return {thing: frozenset(keys) for thing, keys in found.items()}


# A figure told as the count now lower: fallen or revised down ("fell to", "lowered the
# toll to", "revised down"), or as what is left of it ("still missing", "remain in
# hospital", "now"). Not a rise word: "grew to 9,000 acres" after 12,400 is an older count.
_LOWER_NOW = compiled(
    r"\b(?:fell|fallen|falls|falling|dropped|drops|declined|decreased|lowered|lowers"
    r"|reduced|revised|corrected|down\s+(?:to|from)|still|remains?|remained|remaining"
    r"|now)\b",
    re.IGNORECASE,
)
# A figure's clause ends at a mark or at a conjunction opening another ("Five people died
# on Sunday, and nine are still missing": nothing says the five are fewer now).
_CLAUSE_BOUND = compiled(r"[,;:()—–]|\b(?:and|while|but|whereas)\b", re.IGNORECASE)
# What a count was caused by: told of every count of a story ("after the explosion").
_CAUSE = compiled(r"\b(?:after|since|following|because|when)\b", re.IGNORECASE)


def _told_lower(text: str, value: float) -> str | None:
    """The clause of `text` that tells its figure of `value` as the count now lower
    (`_LOWER_NOW` in it; not a part of a count), up to what caused it ("About 400 residents
    remain evacuated | after the explosion"), or None."""
    bounds = list(_CLAUSE_BOUND.finditer(text))
    for quantity in facts.extract(text).quantities:
        if quantity.value != value or facts.PART_OF.match(text, quantity.end):
            continue
        start = max((b.end() for b in bounds if b.end() <= quantity.start), default=0)
        end = min((b.start() for b in bounds if b.start() >= quantity.end), default=len(text))
        if _LOWER_NOW.search(text, start, end):
            cause = _CAUSE.search(text, quantity.end, end)
            return text[start : cause.start() if cause else end]
    return None


# A sum or share told as the value it changed to: "has risen to 71 million euros", "fell
# further to 11 percent", "was revised up to $2.1 billion".
_CHANGED_TO = compiled(
    r"\b(?:rose|risen|rises|rising|increased|increases|climbed|climbs|jumped|jumps|grew|grown"
    r"|soared|surged|fell|fallen|falls|dropped|drops|declined|decreased|slipped|slumped"
    r"|plunged|lowered|raised|revised\s+(?:up|down)(?:wards?)?)"
    r"\s+(?:further\s+|again\s+|sharply\s+|slightly\s+)?to\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?"
    r"(?:[$€£]\s?)?$",
    re.IGNORECASE,
)


def _changed_to(text: str) -> list[facts.Quantity]:
    """The sums and shares `text` tells as the value they changed to (`_CHANGED_TO`)."""
    return [
        quantity
        for quantity in facts.extract(text).quantities
        if quantity.unit and _CHANGED_TO.search(text, max(0, quantity.start - 40), quantity.start)
    ]


# A figure told as where a count came from: "from four years to two years", "12, up from six".
_FROM = compiled(r"\b(?:(?P<side>up|down)\s+)?from\s+(?:about\s+|around\s+|roughly\s+)?$")
_TO_NEXT = compiled(r"\s+(?:[a-z-]+\s+){0,2}?to\s+(?:about\s+|around\s+|roughly\s+)?$")


def _changed_from(text: str) -> list[tuple[float, str]]:
    """The values a sentence says a count changed from, with the kind of count (`_counts`):
    "reduced his ban from four years to two years" -> [(4.0, "year")], "put its toll at 12,
    up from six" -> [(6.0, "dead")]. A figure after "from" is one only when the figure it
    changed to follows it ("from A to B") or "up"/"down" says it ("B, up from A")."""
    if "from" not in text:
        return []
    quantities = facts.extract(text).quantities
    kinds = _counts(text)
    found: list[tuple[float, str]] = []
    for index, quantity in enumerate(quantities):
        told = _FROM.search(text, max(0, quantity.start - 30), quantity.start)
        if told is None or quantity.unit:
            continue
        if told.group("side"):
            other = quantities[index - 1] if index else None
        else:
            following = quantities[index + 1] if index + 1 < len(quantities) else None
            ahead = text[quantity.end : following.start] if following else ""
            other = following if following and _TO_NEXT.fullmatch(ahead) else None
        if other is None:
            continue
        # The kind the figure is read as, else that of the figure it changed to ("up from
        # six": six is the toll the twelve is).
        own = {kind for kind, values in kinds.items() if quantity.value in values}
        changed = own or {kind for kind, values in kinds.items() if other.value in values}
        found += [(quantity.value, kind) for kind in sorted(changed)]
    return found


Subject = tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]


@lru_cache(maxsize=1 << 16)  # each history sentence is asked again for every new one
def _subject(text: str) -> Subject:
    """Whom or where a sentence's counts are about: its names (`_names`) but those of who
    said it ("Cal Fire said", "according to the AIU"), and the places among them: a name
    after "in", "at", "across" or "throughout" ("died in Varnia"), and an owner the
    sentence opens with ("Belmar's civil protection agency put its toll at 12")."""
    runs = facts.name_runs(text)
    said = [match.span(match.lastgroup or 0) for match in _SAYER.finditer(text)]
    saying = [any(low <= start < high for low, high in said) for _, start, _ in runs]
    # A name named elsewhere too is no sayer there ("In Belmar, ... according to
    # Belmar's civil protection agency").
    named = {
        word for (name, _, _), says in zip(runs, saying, strict=True) if not says for word in name
    }
    sayers = {
        word
        for (name, _, _), says in zip(runs, saying, strict=True)
        if says
        for word in name
        if word not in named
    }
    names = frozenset(name for name in _names(text) if not sayers.issuperset(name))
    places: list[tuple[str, ...]] = []
    for index, (name, start, end) in enumerate(runs):
        before = text[max(0, start - 16) : start]
        opener = (
            index == 0 and not text[:start].strip(" \"'“‘") and text[:end].endswith(("'s", "’s"))
        )
        if (_PLACE_BEFORE.search(before) or opener) and name in names:
            places.append(name)
    return names, frozenset(places)


# Who said it: a name right before a verb of saying, or after "according to".
_NAME_WORDS = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.-]*)*"
_SAYER = compiled(
    rf"(?P<before>{_NAME_WORDS})\s+(?:said|says|told|announced|reported|confirmed|added)\b"
    rf"|\baccording to\s+(?:the\s+)?(?P<after>{_NAME_WORDS})"
)
_PLACE_BEFORE = compiled(r"\b(?:in|at|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


def _places_counted(text: str, values: frozenset[float]) -> frozenset[tuple[str, ...]]:
    """The places (`_subject`) a sentence gives its figures of `values` for: in the clause of
    one of them ("six people have died in Belmar after ...") or opening the sentence ("In
    Varnia, at least five people died"); not a place told of something else ("Langat, who
    finished second in Berlin in 2024, has been banned for four years")."""
    places = _subject(text)[1]
    if not places:
        return frozenset()
    figures = [q for q in facts.extract(text).quantities if q.value in values]
    found = set()
    for name, start, end in facts.name_runs(text):
        if name not in places:
            continue
        opening = _OPENING_PLACE.fullmatch(text, 0, min(len(text), end + 1))
        if opening or any(
            not _CLAUSE_MARK.search(text, min(end, q.end), max(start, q.start)) for q in figures
        ):
            found.add(name)
    return frozenset(found)


_OPENING_PLACE = compiled(r"\W*(?:In|At|Across|Throughout)\s+(?:the\s+)?[^,]*,")
_CLAUSE_MARK = compiled(r"[,;:()—–]")


def _value(key: str) -> float | None:
    """The value of a figure's `numbers` key ("1500", "$2500000"), None for a range."""
    try:
        return float(key.lstrip("$€£%"))
    except ValueError:
        return None


def _same_subject(a: Subject, b: Subject, own_places: frozenset[tuple[str, ...]]) -> bool:
    """Whether two sentences' counts are about the same subject: one names nothing (the
    story's subject), or they name the same thing (`_same_names`) and each of the places
    the history gives a count for alone (`HistoryIndex._places_of`) is named by both or by
    neither: "Eight people have now died in Varnia" is no later count of "killed 11 people"
    across Varnia and Belmar, nor of "In Belmar, six people were killed"."""
    names_a, names_b = a[0], b[0]
    if not names_a or not names_b:
        return True
    if not _same_names(names_a, names_b):
        return False
    return all(_names_place(names_a, p) == _names_place(names_b, p) for p in own_places)


def _names_place(names: frozenset[tuple[str, ...]], place: tuple[str, ...]) -> bool:
    return any(set(place) <= set(name) for name in names)


@lru_cache(maxsize=1 << 16)
def _acts(text: str) -> frozenset[str]:
    """The words of what happened in a sentence (`facts.event_terms`) but what a count is
    given with: the people, a toll's word, the unit, the figures and their qualifiers."""
    return frozenset(
        term
        for term in facts.event_terms(text)
        if not (
            facts.counts_people(term)
            or facts.mentions_toll(term)
            or term in _SPAN_UNITS
            or term in _QUALIFIERS
            or numbers(term)
        )
    )


# Words a count is given with: how near it is, and when ("still missing", "remain under
# evacuation orders"; no act: "three people remain in hospital" is no count of those who
# "remain under evacuation orders").
_QUALIFIERS = frozenset(
    content_terms(
        "least most more nearly almost about around roughly some another still remain "
        "remains remained remaining now"
    )
)


def _same_act(a: str, b: str, kind: str) -> bool:
    """Whether two sentences tell one act of the `kind` they count: a word of what
    happened in both, not the counted thing itself ("9,200 people remain under evacuation
    orders" / "6,000 people are under evacuation orders"; "forced 1,500 people to flee" /
    "1,500 residents were evacuated")."""
    return bool((_acts(a) & _acts(b)) - {kind})


_LOWER_WORD = compiled(r"\b[a-z]+\b")


def _opener(text: str) -> tuple[str, ...] | None:
    """The name `facts.entities` reads in a sentence's first word alone, if any."""
    spans = facts.named_spans(text)
    opening = len(text) - len(text.lstrip())
    if not spans or spans[0][1] != opening:
        return None
    if len(spans) > 1 and not text[spans[0][2] : spans[1][1]].strip():
        return None  # "Newt Gingrich": a name of more words
    return (spans[0][0],)


def _same_thing(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Whether one figure counts the same thing in two sentences, as far as both say."""
    return not a or not b or bool(a & b)


def _same_names(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> bool:
    """Whether two sentences name the same thing: one name in both ("Iran", "Alder Creek
    Fire"), one a part of the other ("Langat" / "Brian Langat"), or two words of names
    ("Deschutes County" / "Deschutes County Sheriff"); one word alone is too little ("Bear
    Gulch Fire" and "Alder Creek Fire" share "Fire")."""
    if a & b:
        return True
    if any(set(x) <= set(y) or set(y) <= set(x) for x in a for y in b):
        return True
    words_a = {word for name in a for word in name}
    return len(words_a & {word for name in b for word in name}) >= 2


def _vector(text: str, model: TfidfModel, unseen_idf: float) -> dict[int, float]:
    """A history sentence's TF-IDF weights in the new set's columns, in the order its terms
    first occur; normalised over all its terms, those the new set never uses included."""
    counts: dict[str, int] = {}
    for term in content_terms(text):
        counts[term] = counts.get(term, 0) + 1
    vocabulary, idf = model.vocabulary, model.idf
    weights = {
        term: count * (float(idf[vocabulary[term]]) if term in vocabulary else unseen_idf)
        for term, count in counts.items()
    }
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {
        vocabulary[term]: weight / norm for term, weight in weights.items() if term in vocabulary
    }
