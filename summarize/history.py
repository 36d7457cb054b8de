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
import hashlib
import json
import math
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from operator import mul
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

# The facts rules as dedup caches them: a new sentence's were asked for when it was grouped.
from summarize import facts
from summarize.dedup import (
    DEFAULT_THRESHOLD,
    compatible,
    event_dates,
    figures_compatible,
    numbers,
    restates_in_other_words,
    roles_agree,
    shingles,
)
from summarize.errors import InputError
from summarize.models import Article, SourceInfo
from summarize.textutil import content_terms
from summarize.vectors import TfidfModel

if TYPE_CHECKING:
    from summarize.ingest import Limits

# A shingle shared by more history sentences than this says nothing about which one matches.
_MAX_POSTINGS = 400
# How many history sentences (those sharing the most shingles) each new sentence is compared with.
_COMPARED = 12
# The words of what happened and figures a history sentence shares with a new one to tell
# a part of it.
_PART_TERMS = 2


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
    # The text of each article read (`text_digest`), for history read from articles: a new
    # input with the same text is one the reader has read already.
    digests: frozenset[str] = frozenset()

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


# The fields of a source a briefing JSON gives back as history.
_SOURCE_FIELDS = ("id", "title", "path", "source", "url", "published")


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


class _HistoryReader:
    """Collects the history of every `--since` input, each sentence and file once."""

    def __init__(self, limits: Limits | None, given: Sequence[str]) -> None:
        self.limits = limits
        self.sentences: dict[HistorySentence, None] = {}  # in reading order, each once
        self.sources: dict[str, SourceInfo] = {}
        self.inputs: list[dict[str, object]] = []
        self.warnings: list[str] = []
        self.digests: set[str] = set()
        self._read: set[str] = set()  # the files and folders read, by `_key`
        # The inputs given: an earlier briefing's history that names one leaves it to them.
        self._given = frozenset(map(_key, given))

    def history(self) -> History:
        return History(
            tuple(self.sentences),
            tuple(self.sources.values()),
            tuple(self.inputs),
            tuple(self.warnings),
            frozenset(self.digests),
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
            self.digests |= found.digests
            self.inputs.append({"path": raw, "kind": "articles", "sentences": len(found.sentences)})
            return
        before = len(self.sentences)
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
                self.digests |= articles.digests
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
            )
        )
    digests = frozenset(text_digest(article.text) for article in articles)
    return History(tuple(sentences), tuple(sources), digests=digests)


def text_digest(text: str) -> str:
    """One name for an article's text however it is spaced (a page saved twice)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


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
    return _Briefing(sentences, sources, carried, recorded)


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
        self._counts: dict[
            Callable[[str], dict[str, frozenset[float]]],
            list[tuple[int, dict[str, frozenset[float]], frozenset[tuple[str, ...]]]],
        ] = {}
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

    def match(self, text: str, columns: np.ndarray, weights: np.ndarray) -> HistoryMatch:
        """Compare one new sentence (its TF-IDF row: columns and weights) with the history."""
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
                if not (same_days and roles_agree(text, earlier)):
                    continue
            # Told in other words, as grouping merges restatements across sources.
            elif not restates_in_other_words(text, earlier, self._idf, self._unseen_idf):
                continue
            if figures is None:
                figures = numbers(text)
            earlier_figures = numbers(earlier)
            if figures <= earlier_figures:
                repeats = True
            elif not figures_compatible(figures, earlier_figures):
                # A value of one kind told before is told anew: revised (a figure of a kind
                # the earlier sentence did not give is only more detail).
                for source in self.history.sentences[row].source_ids:
                    updates.setdefault(source, None)
        # Told in other words, a toll that moved is still the figure it updates ("14 people
        # died" / "the death toll rose to 21"), however few words the two share.
        # So is a count of one thing that grew ("burned 12,400 acres" / "grew to 31,500
        # acres", "38 homes had burned" / "the number of homes destroyed rose to 112").
        for row in [*self._revised(text, facts.tolls), *self._revised(text, facts.counts)]:
            for source in self.history.sentences[row].source_ids:
                updates.setdefault(source, None)
        if not (repeats or updates):
            # Facts told in two sentences read before, put in one: nothing new either.
            repeats = self._told_in_parts(text, [row for _, row in closest[:_COMPARED]])
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
        return all(term in counted or numbers(term) for term in terms - told_terms)

    def _revised(self, text: str, read: Callable[[str], dict[str, frozenset[float]]]) -> list[int]:
        """The history sentences whose count `text` gives anew it revises, counts read by
        `read` (`facts.tolls`: the dead, the injured; `facts.counts`: acres, homes, ...):
        the highest earlier count of that thing about the same named things, when the new
        one is higher. Counts grow as a story goes on: a figure no higher than one already
        read is mostly an older count told again, looking back."""
        new_counts = read(text)
        if not new_counts:
            return []
        if read not in self._counts:  # read on first need: most new sentences give none
            self._counts[read] = [
                (row, found, _names(item.text))
                for row, item in enumerate(self.history.sentences)
                if (found := read(item.text))
            ]
        names = _names(text)
        revised: list[int] = []
        for kind, values in new_counts.items():
            earlier = [
                (max(old[kind]), row)
                for row, old, old_names in self._counts[read]
                if kind in old and _same_names(names, old_names)
            ]
            highest = max((value for value, _ in earlier), default=None)
            if highest is not None and max(values) > highest:
                revised += [row for value, row in earlier if value == highest]
        return revised


def _names(text: str) -> frozenset[tuple[str, ...]]:
    """The names of a sentence (`facts.entities`), and those a possessive joins, each on
    its own too: "Tovala's Marenga district" names Tovala (as "Tovala's laboratory" does)
    and Marenga."""
    found = set(facts.entities(text))
    run: list[str] = []
    previous_end, possessor = 0, False
    for name, start, end in facts.named_spans(text):
        if run and (possessor or text[previous_end:start].strip()):
            found.add(tuple(run))
            run = []
        run.append(name)
        previous_end, possessor = end, text[start:end].endswith(("'s", "’s"))
    if run:
        found.add(tuple(run))
    return frozenset(found)


@lru_cache(maxsize=1 << 16)  # each history sentence is asked again for every new one
def _figure_kinds(text: str) -> Mapping[str, frozenset[str]]:
    """What each figure of a sentence (a `numbers` key) counts, where the facts rules say:
    a toll ("dead", "injured") or a counted thing (`facts.counts`: "peopl", "acr")."""
    by_value: dict[float, set[str]] = defaultdict(set)
    for read in (facts.tolls, facts.counts):
        for kind, values in read(text).items():
            for value in values:
                by_value[value].add(kind)
    found: dict[str, frozenset[str]] = {}
    for key in numbers(text):
        try:
            value = float(key)
        except ValueError:  # a share, an amount, a year or a day: its key says its kind
            continue
        if value in by_value:
            found[key] = frozenset(by_value[value])
    return found


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
    Fire"), or two words of names ("Deschutes County" / "Deschutes County Sheriff"); one
    word alone is too little ("Bear Gulch Fire" and "Alder Creek Fire" share "Fire")."""
    if a & b:
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
