"""Attribute: turn selected groups into cited briefing sentences with support spans."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

import numpy as np

from summarize import facts, semantic
from summarize.dedup import (
    compatible,
    dates,
    jaccard,
    names_whom_it_befell,
    numbers,
    restatement_similarity,
    roles_agree,
    same_development,
    shares_figures,
    shingles,
    term_shingles,
    term_weights,
    without_said_day,
)
from summarize.disagree import (
    counts_differ,
    gives_counts,
    gives_values,
    names_differ,
    names_in_roles,
    told_as_change,
    values_differ,
)
from summarize.models import BriefSentence, Group, Sentence, Support
from summarize.patterns import compiled
from summarize.textutil import STOPWORDS, content_terms, stem, words
from summarize.vectors import TfidfModel

# A sentence of another article supports a shown sentence when dedup's guards hold
# (figures and dates agree, actors keep their roles) and, without embeddings, both tests
# below pass: the weighted term overlap of grouping (dedup.restatement_similarity) and the
# Jaccard overlap of content-word unigrams and bigrams (a restatement repeats some of the
# wording, not only the names). Chosen on the dev sets (benchmarks/quality.py --misses):
# pairs that pass only the first test are mostly the same actors doing something else.
SUPPORT_SIMILARITY = 0.45
SUPPORT_SHINGLES = 0.25
# A source sentence that is a piece of the shown one, or holds it, split differently ("The
# mayor declared an emergency." inside "The mayor declared an emergency on Monday as the
# river rose."): most of the shorter one's unigrams and bigrams occur in the longer one.
SUPPORT_CONTAINED = 0.8
SUPPORT_CONTAINED_EVENT = 0.7  # and this share of its words of what happened
_MIN_CONTAINED = 6  # shingles the shorter sentence needs for containment to mean anything
# TF-IDF cosine below which a sentence is not worth the exact tests (cheap pre-filter).
_PROPOSE = 0.15


class SupportFinder:
    """Finds, for a shown sentence, the sentence of each other article that restates it.

    Without embeddings, TF-IDF cosine over the candidate sentences proposes and the lexical
    tests decide; with embeddings (--semantic), a cosine of at least `semantic.RESTATES`
    also counts. Either way one pass over the candidates per shown sentence: the cost is
    linear in the candidates.
    """

    def __init__(
        self,
        candidates: Sequence[Sentence],
        tfidf: tuple[TfidfModel, list[list[str]]] | None = None,
        embeddings: np.ndarray | None = None,
        days: Mapping[str, dt.date | None] | None = None,
    ) -> None:
        """`days`: each article's date, which places its "yesterday" and "on Tuesday"."""
        self.candidates = list(candidates)
        self.days = days or {}
        self.model, self.terms = tfidf or TfidfModel.from_texts([s.text for s in candidates])
        self.rows = self.model.rows(self.terms)
        self.idf = {term: float(self.model.idf[c]) for term, c in self.model.vocabulary.items()}
        self.embeddings = embeddings
        self.position = {sentence.key: row for row, sentence in enumerate(self.candidates)}
        self._of_article: dict[str, list[Sentence]] = {}
        for sentence in self.candidates:
            self._of_article.setdefault(sentence.article_id, []).append(sentence)
        # Each article's sentences a test accepts, read when a shown sentence first asks.
        self._accepted: dict[tuple[str, Callable[[str], bool]], list[Sentence]] = {}
        self._probes: dict[tuple[str, dt.date | None], _Probe] = {}

    def restating(
        self, shown: Sentence, skip: set[str], must: Callable[[str], bool] | None = None
    ) -> list[tuple[Sentence, float]]:
        """The best restating sentence of each article not in `skip`, with its similarity;
        only among the sentences `must` accepts, when given."""
        if not self.candidates:
            return []
        probe = self._probe(shown)
        scores = self.rows.dot(self.model.rows([probe.terms]).dense_row(0))
        cosines = self._cosines(shown)
        proposed = scores >= _PROPOSE
        if cosines is not None:
            proposed |= cosines >= semantic.RESTATES
        best: dict[str, tuple[float, Sentence]] = {}
        for index in np.flatnonzero(proposed).tolist():
            other = self.candidates[index]
            if other.article_id in skip or other.article_id == shown.article_id:
                continue
            if must is not None and not must(other.text):
                continue
            cosine = float(cosines[index]) if cosines is not None else None
            reason, similarity = self._verdict(probe, index, cosine)
            if not reason and similarity > best.get(other.article_id, (0.0, other))[0]:
                best[other.article_id] = (similarity, other)
        return [(sentence, similarity) for similarity, sentence in best.values()]

    def restate(self, shown: Sentence, others: Sequence[Sentence]) -> list[bool]:
        """Whether each of `others` (candidates) tells what `shown` tells, by the tests that
        would cite its article for `shown`: selection then never tells it a second time.
        TF-IDF proposes as for citing; the lexical tests decide. (Asked the other way round
        too, the tests changed none of 102 fingerprinted outputs: the one way is kept.)"""
        if not others:
            return []
        probe = self._probe(shown)
        proposals = self.rows.dot(self.model.rows([probe.terms]).dense_row(0))
        cosines = self._cosines(shown)
        found = []
        for other in others:
            index = self.position.get(other.key)
            if index is None or other.key == shown.key:
                found.append(False)
                continue
            cosine = float(cosines[index]) if cosines is not None else None
            if proposals[index] < _PROPOSE and not _close(cosine):
                found.append(False)  # (the cosine of two rows reads the same both ways)
                continue
            found.append(not self._verdict(probe, index, cosine)[0])
        return found

    def contradicting(self, shown: Sentence, among: set[str]) -> set[str]:
        """The articles of `among` with a sentence that gives another value of a count
        `shown` gives, of the same event, and never its value (`disagree.counts_differ`),
        or that names a person `shown` names in one role otherwise, and never as it does
        (`disagree.names_differ`: "Mark Feld" is no source of "Mark Feldman"), or that
        gives another value of a fact `shown` gives anywhere in it (`disagree.values_differ`:
        a day read from each report's date, an age, a percentage of one act, ...)."""
        found: set[str] = set()
        if among and gives_counts(shown.text):
            counting = self._sentences_of(among, gives_counts)
            found = contradicting_articles(shown.text, counting, among)
        if among and names_in_roles(shown.text):
            found |= {
                s.article_id
                for s in self._sentences_of(among, names_in_roles)
                if names_differ(shown.text, s.text)
            }
        unread = among - found
        if unread and gives_values(shown.text):
            day = self.days.get(shown.article_id)
            found |= {
                s.article_id
                for s in self.candidates
                if s.article_id in unread
                and values_differ(shown.text, day, s.text, self.days.get(s.article_id))
            }
        return found

    def _sentences_of(self, articles: set[str], test: Callable[[str], bool]) -> list[Sentence]:
        """The candidates of `articles` that `test` accepts (most give no count and name
        nobody in a role: only the articles a shown sentence would cite are read)."""
        found: list[Sentence] = []
        for article in sorted(articles):
            key = (article, test)
            if key not in self._accepted:
                sentences = self._of_article.get(article, [])
                self._accepted[key] = [s for s in sentences if test(s.text)]
            found += self._accepted[key]
        return found

    def why_not(self, shown: Sentence, other: Sentence, cosine: float | None = None) -> str:
        """The rule of attribution that keeps `other` (a candidate) from supporting `shown`,
        "" when it supports it: what the misses report of benchmarks/quality.py names.
        `cosine` is the pair's embedding cosine when the briefing used embeddings."""
        index = self.position.get(other.key)
        if index is None:
            return "not a candidate"
        probe = self._probe(shown)
        if cosine is None:
            cosines = self._cosines(shown)
            cosine = float(cosines[index]) if cosines is not None else None
        proposal = float(self.rows.dot(self.model.rows([probe.terms]).dense_row(0))[index])
        reason, _ = self._verdict(probe, index, cosine, explain=True)
        if reason in ("", WORDING, EVENT) and proposal < _PROPOSE and not _close(cosine):
            return "not proposed"  # the guards hold; TF-IDF never put the pair forward
        return reason

    def _probe(self, shown: Sentence) -> _Probe:
        day = self.days.get(shown.article_id)
        probe = self._probes.get((shown.text, day))
        if probe is None:  # selection and citing ask of the same sentences again
            probe = self._probes[shown.text, day] = self._read_probe(shown, day)
        return probe

    def _read_probe(self, shown: Sentence, day: dt.date | None) -> _Probe:
        terms, news = content_terms(shown.text), _news_reading(shown.text)
        # Actors and places without calendar words: "On Sunday, Aleppo ..." keeps its roles.
        names = facts.entity_names(shown.text)
        return _Probe(shown.text, day, terms, news, term_shingles(news), names)

    def cosine(self, a: Sentence, b: Sentence) -> float | None:
        """The embedding cosine of two candidates, None without embeddings."""
        row_a, row_b = self.position.get(a.key), self.position.get(b.key)
        if self.embeddings is None or row_a is None or row_b is None:
            return None
        return float(self.embeddings[row_a] @ self.embeddings[row_b])

    def _cosines(self, shown: Sentence) -> np.ndarray | None:
        row = self.position.get(shown.key)
        if self.embeddings is None or row is None:
            return None
        return np.asarray(self.embeddings @ self.embeddings[row])

    def _verdict(
        self, probe: _Probe, index: int, cosine: float | None, explain: bool = False
    ) -> tuple[str, float]:
        """("", similarity) when candidate `index` restates the probe, else (reason, 0).
        Cheap tests first: a pair with little wording in common and under two event words
        in common can pass no test below (most proposals stop here). `explain` runs the
        guards anyway, to name them where they fail too; it never changes the verdict."""
        other = self.candidates[index]
        close = _close(cosine)
        wording = _wording(probe.shingles, term_shingles(_news_reading(other.text)))
        # Telling figures worth two ("205 ... 11" / "11 ... 205") tie two tellings however
        # they are worded; two words of the event are then enough, as for one actor's act.
        # So does one toll of one kind ("killing nearly 100 people" / "claimed nearly 100
        # lives"): a toll is what a report is about.
        by_figures = shares_figures(probe.text, other.text) or facts.same_toll(
            probe.text, other.text
        )
        if not (
            close
            or wording
            or explain
            or by_figures
            or facts.shares_event(probe.text, other.text, 2)
        ):
            return WORDING, 0.0
        other_names = facts.entity_names(other.text)
        if not figures_agree(probe.text, other.text) or days_differ(
            probe.text, probe.day, other.text, self.days.get(other.article_id)
        ):
            return FIGURES, 0.0
        if not roles_agree(probe.text, other.text):
            return ROLES, 0.0
        if not same_development(probe.text, other.text):
            return STAGE, 0.0  # "trapped" is no source of "rescued", whatever else agrees
        # One actor doing one thing ties two tellings as much as a third word of the event;
        # so does each exact anchor of a name both give (`_anchors`).
        telling = facts.same_telling(probe.text, other.text)
        by_figure, on_day = _anchors(probe, other.text, self.days.get(other.article_id))
        anchors = by_figure + on_day
        needed = max(1, (2 if by_figures or telling else 3) - anchors)
        # The words of an anchoring figure ("1.8 million euros", "1,200 workers") are no
        # words of what happened: "will lay off 1,200 workers at its plant" is not told by
        # "the plant had 1,200 workers".
        ignored = _figure_terms(probe.text) if by_figure else frozenset()
        if not close and not facts.shares_event(probe.text, other.text, needed, ignored):
            return EVENT, 0.0
        names = frozenset(stem(name) for name in probe.names + other_names if name not in STOPWORDS)
        similarity = restatement_similarity(
            term_weights(probe.news, self.idf, names),
            term_weights(_news_reading(other.text), self.idf, names),
        )
        restates = (
            (wording == "contained" and _event_contained(probe.text, other.text))
            or (wording == "overlap" and similarity >= SUPPORT_SIMILARITY)
            or telling  # one actor, one verb, and the event words checked above
            or shares_figure(probe.text, other.text)  # one figure, and the event words
            or by_figures  # figures worth two, as grouping reads them
            or (similarity >= SUPPORT_SIMILARITY and _same_day(probe.text, other.text))
        )
        if close and cosine is not None:
            restates, similarity = True, max(similarity, cosine)
        return ("", similarity) if restates else (WORDING, 0.0)


# The value a change was from: "risen to 22, from the 14", "at 12, up from six".
_FROM_VALUE = compiled(
    r"\b(?:up |down )?from (?:the |a |an )?(?:about |some |nearly |roughly )?$", re.IGNORECASE
)


def gives_only_old_value(shown: str, other: str) -> bool:
    """Whether `shown` tells a figure's change ("had risen to 22, from the 14 the company
    disclosed") and `other` gives the value it changed from but not the new one: the
    company's "14 reports" is no source of the 22."""
    if not told_as_change(shown):
        return False
    quantities = facts.extract(shown).quantities
    old = {q.value for q in quantities if _FROM_VALUE.search(shown[max(0, q.start - 30) : q.start])}
    new = {q.value for q in quantities} - old
    if not old or not new:
        return False
    values = {q.value for q in facts.extract(other).quantities}
    return bool(values & old) and not values & new


def tells_its_tolls(shown: str, other: str) -> bool:
    """Whether `other` gives the tolls `shown` gives, as one count ("14 people died" /
    "killed 14", "nearly 100" / "about 100"; `Quantity.same_count`), however it words what
    happened ("41 people were treated in hospital" for 41 injured); True when `shown`
    gives none. Another value of the toll is no support: "21 deaths" is no source of "At
    least 17 people have died". How badly some of a toll fared is a detail of it ("injuring
    11 workers, two of them seriously" / "Eleven people were hurt"): a source that gives
    the toll gives it."""
    read = facts.read_tolls(shown)
    given = [v for kind, v in read.items() if kind.partition(" ")[0] not in read.keys() - {kind}]
    if not given:
        return True
    theirs_read = facts.read_tolls(other)
    if "dead" in read and "dead" not in theirs_read and _SAVED.search(other):
        return False  # "rescuers pulled 12 people from their rooftops": no count of the dead
    if any(_told_as_another_kind(kind, values, theirs_read) for kind, values in read.items()):
        return False  # "injured 12 people" is no source of "killed 12 people"
    figures = facts.extract(shown).quantities
    theirs = facts.extract(other).quantities
    return all(
        any(mine.same_count(figure) for mine in figures if mine.value in told for figure in theirs)
        for told in given
    )


def _told_as_another_kind(
    kind: str, values: frozenset[float], theirs: Mapping[str, frozenset[float]]
) -> bool:
    """Whether `theirs` (another sentence's tolls) counts one of `values` as a toll of
    another kind than `kind` ("injured 12" for "killed 12"), and never as `kind`. A degree
    of a kind ("injured seriously") is of its kind."""
    base = kind.partition(" ")[0]
    mine = {v for k, vals in theirs.items() if k.partition(" ")[0] == base for v in vals}
    other = {v for k, vals in theirs.items() if k.partition(" ")[0] != base for v in vals}
    return bool(values & other - mine)


# Words of people saved: a count told with them is of the living.
_SAVED = compiled(
    r"\b(?:rescu(?:e|ed|es|ing)|saved|(?:pull|lift|haul|pluck|airlift|winch)(?:ed|s|ing)?\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:from|out|to\s+safety)|found\s+alive|survived)\b",
    re.IGNORECASE,
)


def gives_its_tolls_and_whom(shown: str, other: str) -> bool:
    """`tells_its_tolls`, and `dedup.names_whom_it_befell`: a source that leaves out who
    was charged or arrested ("Prosecutors opened an investigation") is no source of
    "Prosecutors placed three employees of RFI under investigation"."""
    return tells_its_tolls(shown, other) and names_whom_it_befell(shown, other)


def contradicting_articles(text: str, sentences: Sequence[Sentence], among: set[str]) -> set[str]:
    """The articles of `among` with a sentence of `sentences` that gives another value of a
    count `text` gives, of the same event, and never its value (`disagree.counts_differ`):
    such a source contradicts `text` and is not cited for it."""
    if not among or not gives_counts(text):
        return set()
    found: set[str] = set()
    for other in sentences:
        if (
            other.article_id in among
            and other.article_id not in found
            and counts_differ(text, other.text)
        ):
            found.add(other.article_id)
    return found


@lru_cache(maxsize=1 << 16)  # read only for the candidates a shown sentence proposes
def _news_reading(text: str) -> tuple[str, ...]:
    """Content terms with one outlet's word for another's read as one (`facts.news_terms`):
    the wording tests compare what two tellings say ("stepped down" / "quit" / "resigned"),
    not their words."""
    return tuple(facts.news_terms(content_terms(facts.news_text(text))))


def _grouped_tellings(
    shown: Sentence,
    found: Sequence[tuple[Sentence, float | None]],
    grouped_with: Mapping[tuple[str, int], Group],
    finder: SupportFinder,
) -> list[tuple[Sentence, float | None]]:
    """The tellings grouped with a sentence the finder found, in articles not yet cited:
    "was found yesterday sleeping in a cherry tree" restates "found Mika curled up asleep
    in a cherry tree", which grouping joined with "Mika was found asleep in a cherry tree":
    all three articles tell it. Each must meet the shown sentence's figures, days (each
    read on its article's date: "struck down the veto Thursday" in February is not the
    June ruling), roles, stage and event words itself: the finder's link may be looser
    than grouping's."""
    cited = {sentence.article_id for sentence, _ in found} | {shown.article_id}
    more: list[tuple[Sentence, float | None]] = []
    for sentence, _ in list(found):
        group = grouped_with.get(sentence.key)
        for member in group.members if group is not None else ():
            if member.article_id in cited or not (
                _tells_what_happened(shown, member, finder)
                and gives_its_tolls_and_whom(shown.text, member.text)
                and figures_agree(shown.text, member.text)
                and roles_agree(shown.text, member.text)
                and not days_differ(
                    shown.text,
                    finder.days.get(shown.article_id),
                    member.text,
                    finder.days.get(member.article_id),
                )
            ):
                continue
            cited.add(member.article_id)
            more.append((member, None))
    return more


def _tells_what_happened(shown: Sentence, member: Sentence, finder: SupportFinder | None) -> bool:
    """Grouping's event-word rule (`facts.shares_event`) asked of a member and the shown
    sentence directly, or, with embeddings, a cosine that restates; and the stage of what
    happened (`dedup.same_development`), whatever the cosine."""
    if not same_development(shown.text, member.text):
        return False
    if facts.shares_event(shown.text, member.text):
        return True
    return finder is not None and _close(finder.cosine(shown, member))


WORDING = "wording below the lexical tests"
EVENT = "names in common, not what happened"
FIGURES = "figure/date guard"
ROLES = "roles guard"
STAGE = "another stage of what happened"


@dataclass(frozen=True)
class _Probe:
    """A shown sentence, read once for all the candidates it is compared with."""

    text: str
    day: dt.date | None  # its article's date
    terms: list[str]  # content terms, for the TF-IDF proposal
    news: tuple[str, ...]  # read with the news word classes (`_news_reading`), for the tests
    shingles: frozenset[str]
    names: tuple[str, ...]


def _anchors(probe: _Probe, other: str, day: dt.date | None) -> tuple[bool, bool]:
    """The exact anchors that tie a shown sentence to another article's sentence naming its
    actor (`_names_its_actor`): one telling figure of one thing (`shares_figure`:
    "2.4 million customers" / "2,400,000 Quellton customers") and the same calendar date
    told as the day it happened ("on 14 March 2025" / "on 14 March"). Each stands for a word
    of what happened: "launched its Halden-2 weather satellite from Skerrow Island on 14
    March 2025" / "Halden-2 was sent into orbit from Skerrow Island ... on 14 March 2025"
    tell one launch in other verbs. A date looked back on ("since the 12 May deal") and a
    weekday are no anchor: many facts of a story share them."""
    by_figure = shares_figure(probe.text, other)
    on_day = bool(_days_on(probe.text, probe.day) & _days_on(other, day))
    if not (by_figure or on_day) or not _names_its_actor(probe.text, other):
        return False, False
    return by_figure, on_day


def _figure_terms(text: str) -> frozenset[str]:
    """The words a sentence's figures are told with: sums and scales, and what they count."""
    counted = facts.news_terms([q.noun for q in _read(text).quantities if q.noun])
    return facts.AMOUNT_WORDS | frozenset(counted)


def _names_its_actor(shown: str, other: str) -> bool:
    """Whether `other` names the actor `shown` opens its main clause with (`facts.subject`:
    "The Calverian Medicines Authority approved ..." / "... approved by Calveria's medicines
    regulator"), a name word in any form ("Teachers", a common word, in any case); with no
    named actor, whether the two name two actors, places or things in common. A date or
    figure of a clause inside the sentence ties no telling of its main act: "Rexrodt said
    ... the euro, which is due to be launched on January 1, 1999" is not told by "the
    single currency will be launched on January 1, 1999"."""
    actor = facts.subject(shown)
    if actor is None:
        theirs = facts.entities(other)
        return sum(any(facts.same_entity(e, f) for f in theirs) for e in facts.entities(shown)) >= 2
    named = facts.entity_names(other) if len(actor) > 1 else words(other)
    return any(
        _same_name_word(stem(part), stem(word))
        for part in actor
        if part not in facts.TITLES and part not in STOPWORDS
        for word in named
    )


def _same_name_word(a: str, b: str) -> bool:
    """One name word in two forms: "calverian" / "calveria", "marrowdale" / "marrowdale"."""
    shorter, longer = sorted((a, b), key=len)
    return shorter == longer or (len(shorter) >= 5 and longer.startswith(shorter))


# "on 14 March 2025", "On 2 June,": a calendar date told as the day something happened.
_ON_BEFORE = compiled(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _days_on(text: str, day: dt.date | None) -> frozenset[str]:
    """The calendar dates (`facts.DateMention.iso`, to the day) `text` tells after "on".
    Not a weekday or "yesterday" read on the article's date: with them (a variant measured
    once with benchmarks/quality.py --misses and not kept), DUC 2007 main got 20 more weak
    citations, most of them false (a plane that "disappeared late Friday" tied to a dozen
    other facts of that night)."""
    return frozenset(
        date.iso
        for date in facts.extract(text, day).dates
        if date.month_day
        and not date.relative
        and len(date.iso) == len("2025-03-14")
        and _ON_BEFORE.search(text, max(0, date.start - 9), date.start)
    )


def _close(cosine: float | None) -> bool:
    return cosine is not None and cosine >= semantic.RESTATES


def figures_agree(a: str, b: str) -> bool:
    """The figure and date guard, read for citation: may one source's sentence stand for
    the other's figures and dates? Days must not differ ("May 12" / "May 21"), though a
    month holds its days ("in May" / "May 12") and a weekday is compared only with a
    weekday ("said Thursday" is when it was said); years named on both sides must meet;
    counts are compared by value ("four million" / "4 million"; "nearly 800" / "800"; "55
    percent" / "54.8 percent", rounded as written). When both tellings give counts they
    must share one, or share the day or year, and no counted thing may get two values
    ("26 members" / "at least 20 more members"); the rest may be detail the other left out
    ("resigned May 12, aged 61" / "resigned May 12 after 20 years")."""
    read_a, read_b = _read(a), _read(b)
    calendar_a, calendar_b = _calendar(a, read_a), _calendar(b, read_b)
    if not _calendars_agree(calendar_a, calendar_b):
        return False
    years_a, years_b = facts.years(a), facts.years(b)
    if years_a and years_b and not years_a & years_b:
        return False
    tallies_a, tallies_b = facts.tallies(a), facts.tallies(b)
    if tallies_a and tallies_b and not tallies_a & tallies_b:
        return False  # "a 6-3 ruling" / "the 5-4 decision": two votes
    other_a, other_b = _other_digits(a), _other_digits(b)
    if not compatible(other_a, other_b):  # "F-16" / "F-15", "6-3" / "5-4"
        return False
    counts_a, counts_b = read_a.quantities, read_b.quantities
    conflict = any(
        x.unit == y.unit  # a share and a change in points are two figures, not two values
        and not x.same_count(y)
        and ((x.noun and x.noun == y.noun) or (x.before and x.before == y.before))
        for x in counts_a
        for y in counts_b
    )
    # An age names who someone is ("a 33-year-old aide"), not a count of what happened:
    # it must not conflict, but a telling that leaves it out has no count to share.
    if all(q.noun == facts.AGE for q in counts_a) or all(q.noun == facts.AGE for q in counts_b):
        return not conflict
    # A day, a month, a year or a tally both name ties the two as much as a shared count.
    anchored = bool(years_a & years_b) or bool(calendar_a[1] & calendar_b[1])
    anchored = anchored or bool(tallies_a & tallies_b)
    if not (anchored or any(x.same_count(y) for x in counts_a for y in counts_b)):
        return False
    return not conflict


def days_differ(a: str, day_a: dt.date | None, b: str, day_b: dt.date | None) -> bool:
    """Whether two tellings, each read on its article's date, place what they tell on
    different days: "on Tuesday" in a report of Wednesday 10 June (9 June) is not
    "yesterday" in one of Thursday 11 June (10 June), nor "June 10". Only days both name
    are compared; the day something was said is not when it happened."""
    days_a, days_b = _event_days(a, day_a), _event_days(b, day_b)
    return bool(days_a and days_b) and days_a.isdisjoint(days_b)


@lru_cache(maxsize=1 << 16)  # a shown sentence is compared with many candidates
def _event_days(text: str, day: dt.date | None) -> frozenset[str]:
    """The days a sentence names, resolved from its article's date where it needs one."""
    if not facts.names_a_day(text):
        return frozenset()
    found = facts.extract(without_said_day(text), day).dates
    return frozenset(d.iso for d in found if len(d.iso) == len("2026-06-10"))


# The figures and dates of a sentence, read once: each shown sentence asks about the same
# candidates again.
_read = facts.extract  # (cached there)


def _same_day(a: str, b: str) -> bool:
    """Whether two tellings name one day for what they tell: the same date or weekday."""
    days_a, _, relative_a = _calendar(a, _read(a))
    days_b, _, relative_b = _calendar(b, _read(b))
    return bool(days_a & days_b) or bool((relative_a & relative_b) & _WEEKDAYS)


_WEEKDAYS = frozenset(facts.WEEKDAYS)


def _event_contained(a: str, b: str) -> bool:
    """Whether the shorter telling's event words are mostly in the longer one: a piece of
    a sentence repeats what happened, not only its formula ("An official, speaking on
    condition of anonymity, confirmed the report." is no piece of what police suspect)."""
    words_a, words_b = facts.event_terms(a), facts.event_terms(b)
    shorter, longer = sorted((words_a, words_b), key=len)
    return len(shorter & longer) >= SUPPORT_CONTAINED_EVENT * len(shorter)


def shares_figure(a: str, b: str) -> bool:
    """Whether two sentences give one telling figure of one thing: a count of a hundred
    or more, or an amount of money or a share, of the same value ("4 million" / "four
    million", "55 percent" / "54.8 percent"; not a bound: "over 14,000" is no tie to
    "14,718") counting the same thing (the same word after it: "1,000 people" is no tie
    to "1,000 hospitals"). Small counts ("two", "a 20-day trip"), ages and dates are too
    common to tie two sentences: a date mostly names the event a sentence looks back on
    ("since the January 29 bombing"). With the event words and the guards, such a figure
    ties paraphrases whose wording differs ("Four million Americans have the virus" /
    "the virus infects an estimated 4 million Americans"). A toll of any size ties them too
    (`facts.same_toll`)."""
    read_a, read_b = _read(a), _read(b)
    if facts.same_toll(a, b) or _same_measure(a, b):
        return True
    return any(
        x.unit == y.unit
        and facts.measure_unit(x) is None  # lengths and masses: `_same_measure`
        and facts.measure_unit(y) is None
        and (x.value == y.value or x.rounds_to(y) or y.rounds_to(x))
        and (x.value >= 100 or x.unit)
        and (x.qualifier == y.qualifier or not {x.qualifier, y.qualifier} & _BOUNDS)
        and _same_thing(a, x, b, y)
        for x in read_a.quantities
        for y in read_b.quantities
    )


def _same_measure(a: str, b: str) -> bool:
    """Whether two sentences give one length or mass, in any unit ("weighs 1,200 kilograms"
    / "the 1.2-tonne spacecraft", "11 millimetres" / "11 mm", "3 miles" / "4.8 km"), the
    one rounded as the coarser is written, neither a bound: a measure is as telling as a
    sum of money. Not a distance that says where ("110 kilometers west of Istanbul",
    "seven miles off the coast"): on DUC 2007 main those tied a quake to a refinery fire."""
    for x, mine in _measures(a):
        for y, theirs in _measures(b):
            if mine[0] != theirs[0] or {x.qualifier, y.qualifier} & _BOUNDS:
                continue
            value_x, value_y = x.value * mine[1], y.value * theirs[1]
            step = max(x.step * mine[1], y.step * theirs[1])
            if value_x == value_y or abs(value_x - value_y) < step / 2:
                return True
    return False


def _measures(text: str) -> list[tuple[facts.Quantity, tuple[str, float]]]:
    """The lengths and masses of `text` with their units (`facts.measure_unit`), not the
    distances that locate something."""
    found = []
    for quantity in _read(text).quantities:
        unit = facts.measure_unit(quantity)
        if unit is not None and not _LOCATING.match(text, quantity.end):
            found.append((quantity, unit))
    return found


# After a distance's unit: where something is ("110 kilometers west of", "miles off the").
_LOCATING = compiled(
    r"[\s-]*[a-z]+\.?\s+(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?"
    r"|off|from|away|outside|inland|offshore|upstream|downstream|short\s+of|beyond|behind"
    r"|ahead|past|before|apart)\b",
    re.IGNORECASE,
)


def _same_thing(a: str, x: facts.Quantity, b: str, y: facts.Quantity) -> bool:
    """Whether two figures count one thing: money of one currency whatever word follows
    ("$1.2 billion, mostly in severance" / "1.15 billion dollars"), else the same noun (one
    outlet's word for another's: "of the vote" / "of ballots cast"), which a share may
    leave unsaid on one side."""
    if x.unit in _CURRENCIES:
        return facts.counted_thing(a, x) == facts.counted_thing(b, y)
    nouns = facts.news_terms([x.noun, y.noun])
    if x.unit == "%" and nouns.count("") == 1:
        return True  # "winning 54 percent" / "54 percent of the vote": one says of what
    # What a figure counts is the last of the words after it ("80,000 plush rabbits",
    # "eighty thousand soft toy rabbits", "3,000 Kessport dock labourers"): one side's
    # last word among the other's words counts one thing ("police officers" / "police
    # cars" do not). Without such words ("of the vote"), the noun after the figure tells.
    words_x, words_y = _counted_words(a, x), _counted_words(b, y)
    heads = (words_x[-1] if words_x else nouns[0], words_y[-1] if words_y else nouns[1])
    if all(facts.counts_people(head) for head in heads):
        return True  # "6,000 residents" / "some 6,000 people": one crowd counted
    if x.noun in ("", facts.AGE) or y.noun in ("", facts.AGE):
        return False
    if not (words_x and words_y):
        return nouns[0] == nouns[1]
    return words_x[-1] in words_y or words_y[-1] in words_x


_COUNTED_WORDS = 3  # "soft toy rabbits"
_PHRASE_TOKEN = compiled(r"\s*([A-Za-z][\w'’-]*)")


def _counted_words(text: str, quantity: facts.Quantity) -> tuple[str, ...]:
    """The words right after a figure, up to `_COUNTED_WORDS`, to the first word of no
    content, mark or verb ("40,000 people marched", "kettles made by"; a participle
    before what is counted describes it: "23 confirmed cases"): stemmed, with one outlet's
    word for another's as one."""
    words: list[str] = []
    position = quantity.end
    while len(words) < _COUNTED_WORDS:
        token = _PHRASE_TOKEN.match(text, position)
        if token is None:
            break
        word = token.group(1).casefold()
        verb = word.endswith("ed") or word in facts.IRREGULAR_VERBS
        if word in STOPWORDS or (
            verb and (words or _PHRASE_TOKEN.match(text, token.end()) is None)
        ):
            break
        words.append(word)
        position = token.end()
    return tuple(facts.news_terms([stem(word) for word in words]))


_CURRENCIES = frozenset("$€£")
_BOUNDS = frozenset([">=", "<="])  # "more than 4 million" holds 4.1 million, ties no telling


_Calendar = tuple[frozenset[tuple[int, int]], frozenset[int], frozenset[str]]


def _calendar(text: str, read: facts.Facts) -> _Calendar:
    """(month-days, months, weekday and relative day words) a sentence names."""
    days = {
        (int(d.month_day[:2]), int(d.month_day[3:]))
        for d in read.dates
        if d.month_day and not d.relative
    }
    months = {month for month, _ in days} | _months(text)
    relative = frozenset(word for word in dates(text) if word not in facts.MONTHS)
    return frozenset(days), frozenset(months), relative


def _months(text: str) -> set[int]:
    """Months named as months: "in July", "July 1999", "Aug." (a capitalised month word
    that does not open the sentence: "May" the verb, "March" the noun, open one)."""
    found = set()
    for match in _MONTH_WORD.finditer(text):
        if match.start() > 0:
            found.add(facts.MONTHS[match.group(1).casefold()])
    return found


_MONTH_WORD = compiled(
    r"\b(Jan(?:uary)?|Feb(?:ruary)?|March|Mar|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)


def _calendars_agree(a: _Calendar, b: _Calendar) -> bool:
    days_a, months_a, relative_a = a
    days_b, months_b, relative_b = b
    months_agree = months_a <= months_b or months_b <= months_a  # one names all the other's
    # A weekday is compared with a weekday, "today" with "yesterday"; "said today" and "on
    # Wednesday" may be one day (each report has its own date: unknown here).
    weekdays_a, weekdays_b = relative_a & _WEEKDAYS, relative_b & _WEEKDAYS
    others_a, others_b = relative_a - weekdays_a, relative_b - weekdays_b
    if not months_agree or not compatible(weekdays_a, weekdays_b):
        return False
    if others_a and others_b and not compatible(others_a, others_b):
        return False
    by_month_b = {month: day for month, day in days_b}
    return all(by_month_b.get(month, day) == day for month, day in days_a) and all(
        dict(days_a).get(month, day) == day for month, day in days_b
    )


def _other_digits(text: str) -> frozenset[str]:
    """The figure keys that are not counts, days or years ("F-16", "3rd", a score)."""
    return frozenset(
        key
        for key in numbers(text)
        if not key.startswith(("day ", "year ")) and not _is_value_key(key)
    )


def _is_value_key(key: str) -> bool:
    try:
        float(key.lstrip("$€£%"))
    except ValueError:
        return False
    return True


def _wording(a: frozenset[str], b: frozenset[str]) -> str:
    """How much wording two sentences share: "contained" when one holds most of the other's
    (split differently, a quotation cut short), "overlap" when their Jaccard overlap is
    enough for the weighted-overlap test to decide, "" otherwise."""
    shorter = min(len(a), len(b))
    shared = len(a & b)
    if shorter >= _MIN_CONTAINED and shared / shorter >= SUPPORT_CONTAINED:
        return "contained"
    union = len(a) + len(b) - shared
    return "overlap" if union and shared / union >= SUPPORT_SHINGLES else ""


def cite_groups(
    groups: Sequence[Group],
    article_order: dict[str, int],
    finder: SupportFinder | None = None,
    tellings: Sequence[Group] = (),
) -> list[BriefSentence]:
    """One briefing sentence per group, citing every article that said it.

    The text is the group's representative verbatim, so it occurs in the cleaned text of
    each cited source (exactly, or as the near-duplicate recorded in `support`). With a
    `finder`, an article whose sentence restates the shown one but that grouping kept
    apart (its telling joined another group, or the wording differs more than grouping
    allows) is cited too, with that sentence as its support. `tellings` (the set's groups)
    add the articles grouped with such a sentence: they tell the fact it tells, however
    they word it.
    """
    grouped_with = {member.key: other for other in tellings for member in other.members}
    sentences: list[BriefSentence] = []
    for group in groups:
        shown = group.representative
        shown_shingles = shingles(shown.text)
        # A member joined through another member ("A" ~ "B" ~ "C") is cited for the shown
        # sentence only if it shares what happened with it too, not only the names.
        # Nor is a member that leaves out the toll the sentence gives (`tells_its_tolls`: a
        # toll is what a sentence that gives one reports; "A train carrying about 200
        # passengers derailed" is no source of "Eleven people were killed when the train
        # ... derailed"), nor one that leaves out whom an arrest or a charge befell
        # (`gives_its_tolls_and_whom`): the finder then looks in its article for a sentence
        # that gives it.
        kept = [
            member
            for member in group.members
            if member.text == shown.text
            or (
                _tells_what_happened(shown, member, finder)
                and (
                    member.article_id == shown.article_id
                    or gives_its_tolls_and_whom(shown.text, member.text)
                )
                and not (
                    finder is not None
                    and days_differ(
                        shown.text,
                        finder.days.get(shown.article_id),
                        member.text,
                        finder.days.get(member.article_id),
                    )
                )
            )
        ]
        found = [(member, 1.0 if member.text == shown.text else None) for member in kept]
        if finder is not None:
            found += finder.restating(
                shown,
                {member.article_id for member in kept},
                must=partial(gives_its_tolls_and_whom, shown.text),
            )
            found += _grouped_tellings(shown, found, grouped_with, finder)
            # A source that gives another value of a count the sentence gives contradicts
            # it, whatever else of it the source restates.
            cited = {item[0].article_id for item in found} - {shown.article_id}
            contradicting = finder.contradicting(shown, cited)
            found = [
                item
                for item in found
                if item[0].article_id == shown.article_id or item[0].article_id not in contradicting
            ]
        # A sentence that tells a change ("had risen to 22, from the 14 ...") is not
        # supported by a telling of the value it changed from alone.
        found = [
            item
            for item in found
            if item[0].article_id == shown.article_id
            or not gives_only_old_value(shown.text, item[0].text)
        ]
        found.sort(key=lambda item: (article_order.get(item[0].article_id, 0), item[0].index))
        support = tuple(
            Support(
                source=member.article_id,
                sentence_index=member.index,
                start=member.start,
                end=member.end,
                score=round(jaccard(shown_shingles, shingles(member.text)), 4)
                if score is None
                else round(score, 4),
            )
            for member, score in found
        )
        citations = tuple(dict.fromkeys(item.source for item in support))
        sentences.append(BriefSentence(text=shown.text, citations=citations, support=support))
    return sentences
