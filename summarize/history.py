"""History for update briefings: what the reader already has (`--since`), and what matches it.

A history is read from earlier briefings (their JSON) or from the articles already read
(a folder or file, read like any input). New sentences are compared with it by the same
similarity that merges restatements in dedup (content-word shingles, equal figures, same
roles), so "already said" means what "the same statement" means everywhere else.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import mul
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

# The facts rules as dedup caches them: a new sentence's were asked for when it was grouped.
from summarize import facts
from summarize.dedup import (
    DEFAULT_THRESHOLD,
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

    def dates(self) -> list[dt.date]:
        """The publication dates of the sources read before, where known."""
        found = (facts.parse_date(source.published) for source in self.sources)
        return [date for date in found if date is not None]

    def describe(self) -> dict[str, object]:
        return {
            "inputs": list(self.inputs),
            "sentences": len(self.sentences),
            "sources": [source.id for source in self.sources],
        }


@dataclass(frozen=True)
class HistoryMatch:
    """How a new sentence relates to the history."""

    repeats: bool  # says what a history sentence said (same statement, same figures)
    similarity: float  # highest TF-IDF cosine with a history sentence
    updates: tuple[str, ...]  # history sources whose figure this sentence revises


def load_history(paths: Iterable[str | os.PathLike[str]], limits: Limits | None = None) -> History:
    """Read every `--since` input: a briefing JSON, or articles (files, folders, globs)."""
    from summarize import ingest

    sentences: list[HistorySentence] = []
    sources: dict[str, SourceInfo] = {}
    inputs: list[dict[str, object]] = []
    article_paths: list[str] = []
    for raw in paths:
        path = Path(raw)
        briefing = _read_briefing(path) if path.suffix.lower() == ".json" else None
        if briefing is None:
            article_paths.append(str(raw))
            continue
        told, told_sources = briefing
        sentences.extend(told)
        for source in told_sources:
            sources.setdefault(source.id, source)
        inputs.append({"path": str(raw), "kind": "briefing", "sentences": len(told)})
    for raw in article_paths:
        read = ingest.read_articles([raw], limits or ingest.Limits())
        if not read.articles:
            reason = "; ".join(str(error) for error in read.skipped) or "no article found"
            raise InputError(raw, f"unusable as --since history ({reason})")
        found = history_from_articles(read.articles)
        sentences.extend(found.sentences)
        for source in found.sources:
            sources.setdefault(source.id, source)
        inputs.append({"path": raw, "kind": "articles", "sentences": len(found.sentences)})
    return History(tuple(sentences), tuple(sources.values()), tuple(inputs))


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
    return History(tuple(sentences), tuple(sources))


def _read_briefing(path: Path) -> tuple[list[HistorySentence], list[SourceInfo]] | None:
    """A briefing written by `summarize brief --format json`, or None for other JSON."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not (isinstance(record, dict) and "sentences" in record and "sources" in record):
        return None
    try:
        sentences = [
            HistorySentence(str(item["text"]), tuple(str(c) for c in item.get("citations", ())))
            for item in record["sentences"]
        ]
        fields = ("id", "title", "path", "source", "url", "published")
        sources = [
            SourceInfo(**{key: item.get(key) for key in fields if key in item})
            for item in record["sources"]
        ]
    except (KeyError, TypeError) as error:
        raise InputError(str(path), f"not a briefing JSON ({error})") from None
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
                if not roles_agree(text, earlier):  # dedup's roles guard, as grouping reads it
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
        return HistoryMatch(repeats, similarity, tuple(updates))

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
                (row, found, frozenset(facts.entities(item.text)))
                for row, item in enumerate(self.history.sentences)
                if (found := read(item.text))
            ]
        names = frozenset(facts.entities(text))
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
