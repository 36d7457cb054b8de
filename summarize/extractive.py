"""Condense (extractive): score deduplicated groups, select with MMR, order for reading.

Needs no model weights and no network. One default configuration serves every input; the
weights below are documented in the README together with how they were chosen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from summarize import aspects
from summarize.attribute import shares_figure
from summarize.copies import independent_count
from summarize.dedup import (
    jaccard,
    numbers,
    shares_figures,
    telling_figures,
    term_shingles,
    without_said_day,
)
from summarize.disagree import (
    counts_differ,
    counts_one_thing,
    gives_counts,
    told_as_change,
    tolls_of_one_count,
)
from summarize.facts import (
    UNIT_WORDS,
    accounts_differ,
    digit_tokens,
    governing_tense,
    names_a_day,
    names_in_order,
    needs_anchor,
    news_class_words,
    news_terms,
    read_tolls,
    retells_event,
    same_entity,
    same_toll,
    subject,
    tallies,
    tells_no_harm,
    tolls,
    without_said_by,
)
from summarize.facts import denies as facts_denies
from summarize.facts import extract as facts_extract
from summarize.models import BlockKind, Group, Sentence
from summarize.options import Budget
from summarize.patterns import compiled
from summarize.textutil import content_terms, word_count
from summarize.vectors import SparseRows, TfidfModel

if TYPE_CHECKING:
    from summarize.history import History

ELIGIBLE_KINDS = (BlockKind.PARAGRAPH, BlockKind.BULLET)
_SENTENCE_START = ('"', "“", "'", "‘", "(")

# Nouns of what someone said, decided or disclosed: "the <noun>" with nothing of its own
# after it refers to the sentence before.
_TOLD_BEFORE = (
    "demand|ruling|revelation|proposal|statement|request|offer|warning|appeal|threat"
    "|accusation|allegation|claim|admission|disclosure|finding|verdict|pledge|promise"
    "|remark|comment|call|order|news|criticism|response|reaction|outcome|result|attempt"
    "|effort|action|change|shift|episode"
)
# What follows such a noun when it is the whole subject: an auxiliary, a common irregular
# past, or a verb form in -ed / -s.
_FINITE = (
    r"was|were|is|are|has|had|have|came|comes|would|will|could|can|may|might|must|should"
    r"|did|does|drew|draws|left|led|met|sent|won|took|also|\w+ed|\w+s"
)

# A verb right after a bare quantifier ("All use ...", "Some were ..."): auxiliaries, common
# verbs in their plural and past forms. Not "-s" words: "Many analysts" is a noun phrase.
_QUANTIFIED_VERB = (
    r"are|were|have|had|will|would|can|could|may|might|must|should|do|did|remain|remained"
    r"|use|used|say|said|want|wanted|agree|agreed|face|faced|live|lived|died|fled|left|went"
    r"|came|got|took|made|became|stayed|hope|hoped|fear|feared|believe|believed|need|needed"
    r"|seem|seemed|plan|planned|share|shared|support|supported|oppose|opposed|work|worked"
)

# A part picked out of a group: a figure or a quantifier ("eleven of the injured").
_PART_WORD = (
    r"\d[\d,]*|"
    + "|".join(sorted(UNIT_WORDS, key=lambda word: (-len(word), word)))
    + r"|dozens|scores|hundreds|thousands|half|all|some|many|most|few|several|none|each|both"
)
# The people a toll counted, named by what happened to them or by who they were.
_COUNTED_BEFORE = (
    "injured|wounded|hurt|dead|killed|deceased|victims|casualties|survivors|missing"
    "|hostages|captives|passengers|patients|others|rest|remainder"
)

# People named by their role alone, who are someone the article introduced before: "The
# coach said ...", "The victim, ..." (which coach, which victim?). Only words for one person
# (or a few) whom a story meets as an individual; not the bodies and offices a story may name
# by role alone because there is only one ("The company", "The government", "The police",
# "The court", "The president"), and not "judge" or "prosecutor" either, the one of the case.
# "official" and "source" are here because a story names them by role alone only after "a
# senior official said ..." / "a source close to ...".
_PERSON_ROLE = (
    "man|men|woman|women|boy|girl|teenager|child|victim|suspect|gunman|attacker|driver"
    "|pilot|officer|coach|player|athlete|lawyer|attorney|spokesman|spokeswoman|spokesperson"
    "|source|official"
)
# What that person did, right after the role: said, was, declined, ... An explicit list, not
# any "-ed" word: "The man accused of ..." and "The woman killed in ..." say who they are.
_PERSON_VERB = (
    r"said|says|told|tells|added|adds|declined|declines|denied|denies|insisted|insists"
    r"|explained|argued|claimed|admitted|pleaded|testified|refused|wrote|spoke|asked"
    r"|was|were|is|are|has|had|have|will|would|could|can|may|might|must|should|did|does"
    r"|also|later|then|allegedly|reportedly|apparently|died|fled|left|went|came|took|got"
    r"|remains|remained|faces|faced"
)
# A capitalised name in apposition, closed by a comma: ", Hillary Cheruiyot," names the role.
_APPOSITIVE_NAME = r"(?-i:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,)"

# Openings that lean on the sentence before ("This time, ...", "It also ...", "But ...").
_LEANS_ON_PREVIOUS = compiled(
    r"^(?:[\"“'‘(]\s*)?(?:"
    # "This is a deal regulators have never seen", "This was the second quake": what
    # "this" is, the sentence before said; "This year's harvest" names its own time.
    r"(?:this|that|these|those|such)\b(?!\s+(?:year|week|month|morning|afternoon|evening"
    r"|weekend|spring|summer|autumn|fall|winter|season|decade|century)\b)"
    r"|together,"
    r"|(?:it|he|she|they|its|his|her|their|him|them)\b"
    r"|(?:but|however|also|and|yet|still|instead|meanwhile|moreover|furthermore|besides"
    r"|nevertheless|nonetheless|otherwise|then|thus|hence|therefore|likewise|similarly)\b"
    r"|(?:in addition|as a result|even so|by contrast|in contrast|on the other hand)\b"
    r"|(?:the|this|that)\s+(?:move|decision|step|announcement|remarks?|comments?|latter"
    r"|former|same|trend|measure|plan|deal|arrangement|incident)\b"
    # "The demand was made by ...", "The revelations came from ...": what was said or
    # decided, named by its noun alone right before the verb, is what the sentence before
    # said ("The demand for oil rose", "The ruling party won" name their own).
    rf"|the\s+(?:{_TOLD_BEFORE})s?(?=,|\s+(?:{_FINITE})\b)"
    r"|(?:both|neither|either|another|other|others)\b"
    # A person named by role alone ("The coach said ...", "The victim, ...", "The 27-year-old
    # was ..."); not when the sentence says whose or which ("The lawyer for Kiprono said",
    # "The man who ...", "The coach, Hillary Cheruiyot, said", "The coach of Kenya's team").
    rf"|the\s+(?-i:{_PERSON_ROLE}|\d+-year-old(?:\s+(?:{_PERSON_ROLE}))?)"
    rf"(?=['’]s\b|(?!{_APPOSITIVE_NAME}),|\s+(?:{_PERSON_VERB})\b)"
    # A quantifier standing for people or things named before: "All use the franc",
    # "Many of them fled", "Some were freed" ("Many people fled" names its own).
    rf"|(?:all|some|many|most|few|several|none|each)\s+(?:of\s+(?:them|these|those|us|whom|which|its|their)\b"
    rf"|(?:{_QUANTIFIED_VERB})\b)"
    # A part of people counted before: "Eleven of the injured were ...", "Two of the dead,
    # ...", "Most of the passengers were ..." (which injured? "Two of the country's
    # hospitals" and "Three of the victims' families" say whose).
    rf"|(?:{_PART_WORD})\s+of\s+the\s+(?:{_COUNTED_BEFORE})(?=,|\s+(?:{_QUANTIFIED_VERB}|was|is)\b)"
    # A number standing for the people or things named before: "The two were arrested",
    # "The previous two were withdrawn" ("The first two attempts failed" names its own).
    r"|the\s+(?:(?:previous|other|remaining|latter|former|first|last|final)\s+)?"
    rf"(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d+)\s+(?:{_QUANTIFIED_VERB})\b"
    # Time told from the sentence before: "Less than two days later", "Hours later, ...".
    r"|(?:(?:less|more) than |about |nearly |almost |just |only |some )?(?:a|an|one|two|three"
    r"|four|five|six|seven|a few|several|\d+) (?:minutes?|hours?|days?|weeks?|months?|years?)"
    r" (?:later|afterwards?)\b"
    r"|(?:minutes|hours|days|weeks|months|years) later\b"
    # "Within forty minutes the ship had capsized": minutes or hours from a moment the
    # sentence before told ("Within hours of the blast" names its own).
    rf"|within (?:(?:a|an|the|\d+|{_PART_WORD}|a few|several)\s+)?(?:minutes?|hours?)\b(?!\s+of\b)"
    r"|(?:later(?:,| that| the same)|afterwards?\b|soon after(?:wards?)?\b"
    r"|shortly after(?:wards?)?\b|the (?:next|following) (?:day|morning|night|week)\b)"
    r")",
    re.IGNORECASE,
)

# Not prose a reader can be given as a briefing sentence: an aside wholly in parentheses
# ("(Jane Doe is a Chicago-based free-lance writer.)") or a labelled list ("Talk show:
# ``Leeza,'' NBC; ``The Rosie O'Donnell Show,'' Syndicated; ...").
# A line that only announces what follows ("The following are major news items in leading
# newspapers today.", "Here are the milestones:") is not a statement either.
_ASIDE_OR_LIST = compiled(
    r"\([^()]*\)\W*$|(?:[^\s:;.]+\s){0,2}[^\s:;.]+:[^;]*;[^;]*;[^;]*;"
    r"|(?i:(?:the\s+)?following\s+(?:are|is)|here\s+(?:are|is))\b"
)

_CALENDAR = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()  # noqa: SIM905 - one word list is easier to read and edit than a literal
)

# Words of a question or instruction ("Describe the steps taken ...") that say nothing
# about the topic itself.
_FOCUS_STOPWORDS = frozenset(
    """
    describe description discuss discussion explain identify include including list give
    provide report reported reports information info detail details specific specifically
    question questions topic topics aspect aspects regard regarding concerning related
    relating relation kind kinds type types way ways happen happened happening
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True)
class ExtractiveConfig:
    """Weights of the sentence score and the redundancy control.

    score = centrality * centroid cosine + position * exp(-decay * rank in article)
            + corroboration * (sources - 1) / (articles - 1)
    """

    # Chosen on the Multi-News validation sample (benchmarks/peers.py); one setting for all.
    centrality_weight: float = 1.5
    position_weight: float = 1.0
    corroboration_weight: float = 0.5
    position_decay: float = 0.05
    mmr_lambda: float = 0.75
    max_similarity: float = 0.35
    min_words: int = 6
    max_words: int = 70
    # Weight of the coverage of content-word bigrams that several articles share
    # (concept coverage in the style of Gillick & Favre), added to the MMR value.
    concept_weight: float = 0.5
    # Weight of the facts (figures, names, dates) a candidate adds that the briefing and
    # the history do not have yet, added to the MMR value.
    fact_weight: float = 0.0
    # A sentence with relative time words ("on Tuesday") from an article whose date is
    # unknown loses this much score.
    undated_relative_penalty: float = 0.1
    # --focus: weight of the relevance to the focus (TF-IDF cosine after one round of
    # pseudo-relevance feedback from the `focus_feedback` best-matching sentences).
    focus_weight: float = 1.25
    # With a focus, a sentence whose relevance is under this share of the most relevant
    # one's is off the focus and not told (a filler the budget would otherwise take).
    focus_floor: float = 0.1
    # A sentence only stub articles give (a paywall page's "Get unlimited access ...") is
    # told only when it is about the story: its centrality at least this share of the top.
    stub_centrality_floor: float = 0.2
    focus_feedback: int = 10
    focus_feedback_weight: float = 1.0
    # Weight of the report words of the aspects a focus names ("casualties" -> "killed",
    # "injured", ...), against 1 for the focus's own words.
    focus_aspect_weight: float = 0.25
    focus_centroid_weight: float = 0.0
    # --since: penalty for resemblance to the history (best-matching sentence), bonus for
    # a sentence that revises an earlier figure; a cosine at or above `history_repeat`
    # counts as a repeat, as a dedup-style match with the same figures does.
    history_weight: float = 1.0
    history_centroid_discount: float = 0.5
    development_weight: float = 0.3
    history_repeat: float = 0.7
    # Bonus in the MMR value for a candidate that brings a source the briefing does not
    # cite yet: every article that reports something gets its say.
    source_weight: float = 0.1
    # A candidate with at least this TF-IDF cosine to a selected sentence restates it too
    # when they also share this much wording (Jaccard overlap of content-word unigrams and
    # bigrams, dedup.term_shingles): a cosine this low alone is often only the same names.
    wording_similarity: float = 0.2
    wording_overlap: float = 0.1
    # A candidate with at least this TF-IDF cosine to a selected sentence that tells the
    # same event (facts.retells_event: same subject, parties and event words) restates it.
    event_similarity: float = 0.15
    # A candidate whose content-word pairs are already this much in the briefing is a
    # second telling of a told fact, whatever its other words: not selected (1.0 = off).
    max_retold: float = 1.0


@dataclass(frozen=True)
class SelectionContext:
    """What the reader asked for and already knows, beyond the articles themselves.

    `focus`: a question or topic (--focus). `history`: what was already read (--since).
    `dated`: articles whose date is known (relative time words can be anchored).
    `dates`: sortable dates per article, for reading order. `stubs`: articles with almost
    nothing in common with the set, which must not steer the centroid or get the lead bonus.
    `copies`: {copy: original} article ids; a copy is not another source to hear.
    """

    focus: str | None = None
    history: History | None = None
    dated: frozenset[str] | None = None
    dates: Mapping[str, str] = field(default_factory=dict)
    stubs: frozenset[str] = frozenset()
    copies: Mapping[str, str] = field(default_factory=dict)  # {copy: original} article ids
    # Attribution's test of a restatement (`attribute.SupportFinder.restate`): which of the
    # candidates tell what the shown sentence tells. Selection tells each fact once by it.
    restate: Callable[[Sentence, Sequence[Sentence]], list[bool]] | None = None
    # One normalised sentence embedding per candidate, in the candidates' order (--semantic):
    # what the history already says is read with them, as grouping reads restatements.
    embeddings: np.ndarray | None = None


@dataclass(frozen=True)
class ScoredGroup:
    group: Group
    score: float
    first_report: float  # relative position (0 = lead) where the story first says it
    focus: float = 0.0  # relevance to the focus, 0..1 (0 without a focus)
    history_similarity: float = 0.0  # best TF-IDF cosine with a history sentence
    updates: tuple[str, ...] = ()  # history sources whose figures this group revises
    # The terms of `score`, weighted, in the order they are added (they sum to it): for
    # --explain, which must show the numbers the selection used.
    parts: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Exclusion:
    """Why `select` passed a candidate over, recorded at the moment it did.

    `code` is one of EXCLUSION_CODES; `culprit` the index (into the scored list) of the
    selected sentence it restates; `figure` and `limit` the numbers that decided it.
    """

    code: str
    culprit: int | None = None
    figure: float | None = None
    limit: float | None = None
    outranked: int = 0  # selection steps at which it was open but another was worth more
    # "restates" under the restatement limit: the rule that found it ("same event",
    # "shared wording"); `figure` is then its TF-IDF cosine, `limit` the rule's floor.
    rule: str | None = None


EXCLUSION_CODES = (
    "restates",  # too similar to a selected sentence (max_similarity)
    "retold",  # its word pairs are already in the briefing (max_retold)
    "budget",  # did not fit the words left
    "sentence_budget",  # the sentence budget was used up
    "single_source_outranked",  # a budget exclusion of a claim only one source makes
    "cannot_stand_alone",  # leans on a predecessor that was not selected
    "too_short",
    "too_long",
    "not_prose",  # a heading, table row or a fragment that does not start like a sentence
    "in_history",  # update mode: the reader has it already
    "off_focus",  # --focus: it has (almost) nothing to do with the focus (focus_floor)
    "stub_off_story",  # only stubs give it, and it is off the story (stub_centrality_floor)
)


@dataclass
class SelectionTrace:
    """What `score_groups` and `select` decided and why, filled in only when asked
    (--explain): the same code selects with or without it, and the choice is the same."""

    # Scored-list index of each selected candidate, in the order taken, with the parts of
    # its MMR value at that step (relevance, redundancy, concept and fact coverage).
    taken: list[tuple[int, tuple[tuple[str, float], ...]]] = field(default_factory=list)
    passed: dict[int, Exclusion] = field(default_factory=dict)
    # Groups `score_groups` left out (not eligible, or already in the history), scored as
    # if they were eligible so the strongest can be shown.
    rejected: list[tuple[ScoredGroup, Exclusion]] = field(default_factory=list)
    # Candidates found to restate a selected sentence by a rule under the restatement
    # limit: (rule, their TF-IDF cosine, the rule's floor).
    found_by: dict[int, tuple[str, float, float]] = field(default_factory=dict)


@lru_cache(maxsize=1 << 16)  # each group's members are read again per selection step
def leans_on_previous(text: str) -> bool:
    """True for a sentence that cannot stand alone: "This time, ...", "It also ...", "But
    ...", "The coach said ...", or a quotation whose speaker the sentence does not name."""
    if _LEANS_ON_PREVIOUS.match(text):
        return not _names_its_possessor(text)
    return (
        _opens_inside_quotation(text)
        or _quotation_without_speaker(text)
        or _first_person_without_speaker(text)
    )


# The writer's own voice opening a sentence: "Now we are paying the price." (a column),
# "Our hospital identified ..." (a press release). With no verb of saying, "we" is whoever
# wrote the page: a briefing of many sources cannot say it. (Only as its opening: a "we"
# further on is mostly a journalist's aside around a fact of its own, worth telling.)
_FIRST_PERSON = compiled(r"^(?:[A-Z]\w*,?\s+)?(?:we|We|our|Our)\b(?!['’]s)")
# (Verbs that name a speaker only: "residents who were asked to leave" names none.)
_SAYING = compiled(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|according to|stated)\b", re.IGNORECASE
)


def _first_person_without_speaker(text: str) -> bool:
    """A sentence that opens in the first person plural and names no speaker."""
    outside = _quoted(text)[0]
    if not _FIRST_PERSON.search(outside):
        return False
    return _SAYING.search(text) is None


# Quotation marks written as one straight double quote: ``TeX'' and ''doubled'' (DUC),
# typographic double quotes, and single quotes where the sentence opens with one.
_DOUBLE_QUOTE = compiled(r"``|''|[“”]")
_SINGLE_QUOTE = compiled(r"(?<!\w)['‘](?=\w)|(?<=[\w,.!?])['’](?!\w)")
# The speaker after a quotation that only a sentence before names: '"...," he said',
# '"...," said his lawyer', '"...," the coach added'; not one named there ('"...," his
# mother, Ann Lima, said', '"...," her father Richard Kuiper said').
_NAMED_NEXT = r"(?-i:,?\s+[A-Z])"
_SPEAKER_TOLD_BEFORE = compiled(
    r"^[\s,.!?;:—–-]*(?:(?:said|says|added|adds|told|wrote|asked|continued)\s+)?"
    r"(?:(?:he|she|they|it)\b"
    rf"|(?:his|her|their)(?!\s+[a-z][\w-]*(?:{_NAMED_NEXT}|\s+[a-z][\w-]*(?-i:,\s+[A-Z])))\s+\w+"
    # An organisation's speaker, named or not ("said its director, Paula Stavrou"): whose
    # director, the sentence before said.
    r"|its\s+\w+"
    rf"|the\s+(?-i:{_PERSON_ROLE})(?!{_NAMED_NEXT})(?=[,.;]|\s+(?:{_PERSON_VERB})\b|$))",
    re.IGNORECASE,
)
# A sentence that starts inside a quotation begun before it: a lowercase word ("and we will
# do it soon."), or a first quote mark that closes (it follows the quotation's last
# punctuation: 'It is too late," she said.'). One that opens with a closing mark ('" Smith
# said.') reads to `_quotation_without_speaker` as a quotation that never closes: it leans.
_INSIDE_QUOTATION = compiled(r"[a-z]+[\s,;:]|(?:[^\"“”`']|'(?!'))*[,.!?](?:\"|''|”)(?:\s|$)")


def _quoted(text: str) -> list[str]:
    """`text` cut at its quotation marks: even pieces are outside quotations, odd inside."""
    text = _DOUBLE_QUOTE.sub('"', text.strip())
    if text[:1] in ("'", "‘"):
        text = _SINGLE_QUOTE.sub('"', text)
    return text.split('"')


def _quotation_without_speaker(text: str) -> bool:
    """A sentence that opens with a quotation and names no speaker: wholly a quotation
    ('"Norvance is late to this."'), or one told by "he", "his lawyer", "the coach"."""
    pieces = _quoted(text)
    if len(pieces) < 2 or pieces[0]:
        return False
    outside = "".join(pieces[2::2])
    return not any(c.isalnum() for c in outside) or bool(
        _SPEAKER_TOLD_BEFORE.match(pieces[2] if len(pieces) > 2 else "")
    )


def _opens_inside_quotation(text: str) -> bool:
    """The rest of a quotation that began in the sentence before."""
    return bool(_INSIDE_QUOTATION.match(text))


# "His lawyer, Peter Ombati, said ...": a possessive, the role, and a name in apposition.
_POSSESSIVE_APPOSITIVE = compiled(
    rf"(?i:his|her|their|its)\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*{_APPOSITIVE_NAME}\s+"
)
# Words before a capitalised word that make it a place, a body or a title, not a person.
_BEFORE_NON_PERSON = frozenset("the a an in at to from of for on near into across".split())  # noqa: SIM905
_PRONOUNS = frozenset("i we you he she it they".split())  # noqa: SIM905
# What a person named as the doer of a clause does next: "Kiprono would appeal".
_AFTER_DOER = frozenset(
    "would will was is had has could should might must can did said says".split()  # noqa: SIM905
)


def _names_its_possessor(text: str) -> bool:
    """True for "His lawyer, Peter Ombati, said Kiprono would appeal.": after the name in
    apposition, the sentence names someone who does something ("Kiprono would appeal"),
    whom the possessive stands for. "His lawyer said he would appeal.", "Her husband, John,
    died." and "His wife, Gillian, works in London." leave "his"/"her" unresolved."""
    opening = _POSSESSIVE_APPOSITIVE.match(text)
    if opening is None:
        return False
    tokens = text[opening.end() :].split()
    for before, token, after in zip(["", *tokens[:-1]], tokens, [*tokens[1:], ""], strict=True):
        if (
            token[:1].isupper()
            and token.isalpha()
            and token.casefold() not in _PRONOUNS
            and token.casefold() not in _CALENDAR
            and before.casefold() not in _BEFORE_NON_PERSON
            and after in _AFTER_DOER
        ):
            return True
    return False


def sentence_facts(text: str) -> frozenset[str]:
    """Figures, names and calendar words: the who/where/when and numbers a sentence carries."""
    found = set(digit_tokens(text))
    found.update(name for name in names_in_order(text)[1:] if name not in _CALENDAR)
    first = names_in_order(text)[:1]
    found.update(name for name in first if any(c.isdigit() for c in name))
    lowered = text.casefold()
    found.update(word for word in _CALENDAR if word in lowered.split())
    return frozenset(found)


def focus_terms(focus: str) -> list[str]:
    """Content terms of a focus text without the words of the request itself."""
    from summarize.textutil import stem

    ignored = {stem(word) for word in _FOCUS_STOPWORDS}
    return [term for term in content_terms(focus) if term not in ignored]


def eligible(sentence: Sentence, config: ExtractiveConfig) -> bool:
    """A real, self-contained sentence: prose, sensible length, starts like a sentence."""
    if sentence.kind not in ELIGIBLE_KINDS:
        return False
    n_words = word_count(sentence.text)
    if not _short_enough_or_a_toll(sentence.text, n_words, config) or n_words > config.max_words:
        return False
    first = sentence.text[0]
    if not (first.isupper() or first.isdigit() or first in _SENTENCE_START):
        return False
    return not (
        _ASIDE_OR_LIST.match(sentence.text)
        or _announces_what_follows(sentence.text)
        or _asks(sentence.text)
    )


# Words a toll needs at least to be a sentence ("Four miners remain missing.").
_TOLL_MIN_WORDS = 3


def _short_enough_or_a_toll(text: str, n_words: int, config: ExtractiveConfig) -> bool:
    """At least `min_words` long, or a shorter sentence that gives a toll: a count of the
    dead, injured or missing is news however briefly told ("Four miners remain missing."
    revises "six were still missing"), and so is a toll of none ("No one was injured.")."""
    if n_words >= config.min_words:
        return True
    if n_words < _TOLL_MIN_WORDS or not text.rstrip(" \"'”’)").endswith("."):
        return False
    return bool(tolls(text)) or tells_no_harm(text)


def _asks(text: str) -> bool:
    """A question ("Is this any concern of ours?", "Who will pay for the cleanup?") or a
    writer's bidding ("Just look at who's going to bat for Napster.", "Consider the
    numbers.") is framing, not a fact a briefing can report."""
    return text.rstrip(" \"'”’)").endswith("?") or _BIDS.match(text) is not None


# A sentence that opens by bidding the reader to do something.
_BIDS = compiled(
    r"(?:(?:just|so|but|now|and)\s+)?(?:look at|consider|imagine|think about|remember"
    r"|picture|take a look|don't forget|do not forget|forget about|let's|let us"
    r"|here(?:'s|’s| is) what (?:you|we) (?:need|should|must) to know)\b",
    re.IGNORECASE,
)


def _announces_what_follows(text: str) -> bool:
    """A sentence that ends in a colon leads into a list or quotation it does not hold."""
    return text.rstrip(" \"'”’)").endswith(":")


def story_centroid(
    rows: SparseRows,
    sentences: Sequence[Sentence],
    skip: Collection[str] = (),
    copies: Mapping[str, str] | None = None,
) -> np.ndarray:
    """The unit centre of what the articles say (`rows`: their sentences' TF-IDF rows, in
    `sentences` order): each story counts once, however long it is and however many copies
    of it the set holds (a wire story republished twice must not pull the centre its way).
    Articles in `skip` (stubs) do not count."""
    copies = copies or {}
    by_article: dict[str, list[int]] = {}
    for row, sentence in enumerate(sentences):
        if sentence.article_id not in skip:
            by_article.setdefault(sentence.article_id, []).append(row)
    family_size = Counter(copies.get(article, article) for article in by_article)
    centroid = np.zeros(rows.n_columns)
    for article, article_rows in by_article.items():
        vector = rows.row_sum(article_rows)
        norm = np.linalg.norm(vector)
        if norm:
            centroid += vector / (norm * family_size[copies.get(article, article)])
    norm = np.linalg.norm(centroid)
    return centroid / norm if norm else centroid


def score_groups(
    groups: Sequence[Group],
    sentences: Sequence[Sentence],
    article_order: dict[str, int],
    config: ExtractiveConfig,
    tfidf: tuple[TfidfModel, list[list[str]]] | None = None,
    context: SelectionContext | None = None,
    trace: SelectionTrace | None = None,
) -> tuple[list[ScoredGroup], TfidfModel, list[list[str]]]:
    """Score every group whose representative is an eligible sentence.

    `tfidf` is the model fitted on `sentences` and their terms, when the caller has it.
    With a `context`, the score adds relevance to its focus and leaves out what its history
    already says (groups that repeat the history are not returned at all). A `trace`
    receives the groups left out, with why (--explain).
    """
    context = context or SelectionContext()
    model, sentence_terms = tfidf or TfidfModel.from_texts([s.text for s in sentences])
    rows = model.rows(sentence_terms)
    row_of = {sentence.key: row for row, sentence in enumerate(sentences)}

    centroid = story_centroid(rows, sentences, context.stubs, context.copies)
    query = focus_query(context.focus, model, rows, config) if context.focus else None
    if query is not None and config.focus_centroid_weight:
        # The centre of the story, pulled toward what the reader asked about.
        centroid = centroid + config.focus_centroid_weight * query
        centroid /= np.linalg.norm(centroid) or 1.0
    focus = None
    if query is not None:
        focus = rows.dot(query)
        focus = focus / focus.max() if focus.max() > 0 else None
    index = None
    if context.history is not None and context.history.sentences:
        from summarize.history import HistoryIndex

        index = HistoryIndex(context.history, model)
        if config.history_centroid_discount:
            # What the new articles share that the history did not: the new centroid minus
            # the history's, never below zero.
            centroid = np.maximum(
                centroid - config.history_centroid_discount * index.centroid(rows.n_columns), 0.0
            )
            norm = np.linalg.norm(centroid)
            if norm:
                centroid /= norm
    centrality = rows.dot(centroid)
    top = float(centrality.max()) if len(centrality) else 0.0

    rank: dict[tuple[str, int], int] = {}
    counts: dict[str, int] = {}
    for sentence in sentences:
        if sentence.kind in ELIGIBLE_KINDS:
            rank[sentence.key] = counts.get(sentence.article_id, 0)
            counts[sentence.article_id] = rank[sentence.key] + 1

    # Independent sources: a family of copies is one, stubs are none.
    heard = [article for article in article_order if article not in context.stubs]
    n_articles = max(1, independent_count(heard, context.copies))
    # Stubs stop steering only where the set has full articles to tell them from.
    has_full = any(sentence.article_id not in context.stubs for sentence in sentences)
    only_stubs = context.stubs if has_full else frozenset()
    scored: list[ScoredGroup] = []
    for group in groups:
        group = _readable_representative(group, context.dated, config)
        representative = group.representative
        why_not = None if eligible(representative, config) else _ineligible(representative, config)
        if why_not is not None and trace is None:
            continue
        row = row_of[representative.key]
        cent = centrality[row] / top if top > 0 else 0.0
        if (
            why_not is None
            and cent < config.stub_centrality_floor
            and only_stubs.issuperset(group.article_ids)
        ):
            why_not = Exclusion("stub_off_story", figure=cent, limit=config.stub_centrality_floor)
            if trace is None:
                continue
        ranks = [rank.get(m.key, 0) for m in group.members if m.article_id not in context.stubs]
        position = math.exp(-config.position_decay * min(ranks)) if ranks else 0.0
        corroboration = (group.corroboration - 1) / (n_articles - 1) if n_articles > 1 else 0.0
        parts = [
            ("centrality", float(config.centrality_weight * cent)),
            ("position", config.position_weight * position),
            ("corroboration", config.corroboration_weight * corroboration),
        ]
        score = parts[0][1] + parts[1][1] + parts[2][1]
        if (
            context.dated is not None
            and representative.article_id not in context.dated
            and needs_anchor(representative.text)
        ):
            score -= config.undated_relative_penalty
            parts.append(("undated", -config.undated_relative_penalty))
        relevance = float(focus[row]) if focus is not None else 0.0
        score += config.focus_weight * relevance
        if context.focus:
            parts.append(("focus", config.focus_weight * relevance))
        similarity, updates = 0.0, tuple[str, ...]()
        if index is not None and why_not is None:
            lo, hi = rows.indptr[row], rows.indptr[row + 1]
            embedding = context.embeddings[row] if context.embeddings is not None else None
            match = index.match(
                representative.text, rows.indices[lo:hi], rows.data[lo:hi], embedding
            )
            if match.repeats or (match.similarity >= config.history_repeat and not match.updates):
                # The reader has it already (a revised figure is news).
                why_not = Exclusion("in_history", figure=match.similarity)
                if trace is None:
                    continue
            similarity, updates = match.similarity, match.updates
            score -= config.history_weight * similarity
            score += config.development_weight * bool(updates)
            parts.append(("history", -config.history_weight * similarity))
            parts.append(("development", config.development_weight * bool(updates)))
        first_report = min(
            rank.get(m.key, 0) / max(1, counts.get(m.article_id, 1)) for m in group.members
        )
        item = ScoredGroup(
            group, float(score), first_report, relevance, similarity, updates, tuple(parts)
        )
        if why_not is not None:
            if trace is not None:
                trace.rejected.append((item, why_not))
            continue
        scored.append(item)
    return _on_focus(scored, config, trace) if focus is not None else scored, model, sentence_terms


def _on_focus(
    scored: list[ScoredGroup], config: ExtractiveConfig, trace: SelectionTrace | None
) -> list[ScoredGroup]:
    """The candidates whose relevance to the focus reaches `focus_floor` (all of them when
    none does: the focus then only weighs in the score)."""
    kept = [item for item in scored if item.focus >= config.focus_floor]
    if not kept or len(kept) == len(scored):
        return scored
    if trace is not None:
        trace.rejected.extend(
            (item, Exclusion("off_focus", figure=item.focus, limit=config.focus_floor))
            for item in scored
            if item.focus < config.focus_floor
        )
    return kept


def _ineligible(sentence: Sentence, config: ExtractiveConfig) -> Exclusion:
    """Why `eligible` said no, for --explain (the same tests, in the same order)."""
    if sentence.kind not in ELIGIBLE_KINDS:
        return Exclusion("not_prose")
    n_words = word_count(sentence.text)
    if not _short_enough_or_a_toll(sentence.text, n_words, config):
        return Exclusion("too_short", figure=n_words, limit=config.min_words)
    if n_words > config.max_words:
        return Exclusion("too_long", figure=n_words, limit=config.max_words)
    return Exclusion("not_prose")


def _readable_representative(
    group: Group, dated: frozenset[str] | None, config: ExtractiveConfig
) -> Group:
    """Show a member a reader understands alone, when the group has one: a telling that
    does not lean on the sentence before it ("This time, the navy sent ..." / "The navy
    sent ..."), and whose time words can be understood (none, or from a dated article)
    rather than an undated "on Tuesday"."""

    def flaws(member: Sentence) -> int:
        leans = leans_on_previous(member.text)
        unanchored = (
            dated is not None and member.article_id not in dated and needs_anchor(member.text)
        )
        # A telling that cannot be shown at all ("No illnesses have been reported." under
        # the length floor) gives way to one that can, whatever else.
        return leans + unanchored + 2 * (member is group.representative and not usable)

    shown = group.representative
    if len(group.members) == 1:
        return group  # (most groups: no other telling to show)
    usable = eligible(shown, config)
    least = flaws(shown)
    for member in group.members:
        if not least:
            break
        if member is not shown and eligible(member, config) and flaws(member) < least:
            shown, least = member, flaws(member)
    if shown is group.representative:
        return group
    return dataclasses.replace(group, representative=shown)


def focus_relevance(
    focus: str, model: TfidfModel, rows: SparseRows, config: ExtractiveConfig
) -> np.ndarray | None:
    """Each sentence's relevance to the focus in [0, 1], or None when no sentence shares a
    term with it. The query is expanded once with the centroid of its best matches
    (pseudo-relevance feedback), so sentences about the topic in other words count too."""
    query = focus_query(focus, model, rows, config)
    if query is None:
        return None
    relevance = rows.dot(query)
    top = relevance.max()
    return relevance / top if top > 0 else None


def focus_query(
    focus: str, model: TfidfModel, rows: SparseRows, config: ExtractiveConfig
) -> np.ndarray | None:
    """The focus as a unit TF-IDF vector, widened with the report words of the aspects it
    names (`aspects`, at `focus_aspect_weight`), then expanded with its best-matching
    sentences."""
    terms = focus_terms(focus)
    query = _unit(model.rows([terms]).dense_row(0))
    # A focus word the articles never use is read in its news word class too: "who won"
    # asks after "defeated", "beat", "victory".
    told_otherwise = [
        word for term in terms if term not in model.vocabulary for word in news_class_words(term)
    ]
    reported = _unit(model.rows([aspects.report_words(focus) + told_otherwise]).dense_row(0))
    query = query + config.focus_aspect_weight * reported
    if not query.any() or not rows.n_rows:
        return None
    first = rows.dot(query)
    if first.max() <= 0:
        return None
    best = [int(i) for i in np.argsort(-first, kind="stable")[: config.focus_feedback]]
    best = [i for i in best if first[i] > 0]
    feedback = rows.row_sum(best)
    norm = np.linalg.norm(feedback)
    if norm:
        query = query + config.focus_feedback_weight * feedback / norm
    return query / np.linalg.norm(query)


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(vector)
    return vector / norm if norm else vector


def focus_found(scored: Sequence[ScoredGroup]) -> bool:
    """Whether any candidate is relevant to the focus (False means: no sentence is)."""
    return any(item.focus > 0 for item in scored)


# The sentences on a focus must hold at least this share of the budget's words: under it
# the focus matches too little to make a briefing of its own ("what the regulator did"
# answered by one 12-word sentence of a 150-word budget).
FOCUS_SHORTFALL = 1 / 3


def focus_words(chosen: Sequence[ScoredGroup]) -> int:
    """The words of the sentences `chosen` (selected on the focus)."""
    return sum(word_count(item.group.representative.text) for item in chosen)


def focus_thin(chosen: Sequence[ScoredGroup], budget: Budget) -> bool:
    """Whether the sentences selected on the focus hold under FOCUS_SHORTFALL of the
    budget's words: counted on what the reader would get, after the restatements of a
    chosen sentence are dropped ("schools closed" matched two sentences that say one
    thing)."""
    return focus_words(chosen) < FOCUS_SHORTFALL * budget.approximate_words


def shared_bigrams(
    sentences: Sequence[Sentence],
    sentence_terms: Sequence[Sequence[str]],
    copies: Mapping[str, str] | None = None,
) -> dict[str, float]:
    """Content-word bigrams said by more than one story, weighted by (stories - 1): the
    copies of one story (`copies`: {copy: original}) say a bigram once."""
    copies = copies or {}
    seen: dict[str, set[str]] = {}
    for sentence, terms in zip(sentences, sentence_terms, strict=True):
        story = copies.get(sentence.article_id, sentence.article_id)
        for pair in itertools.pairwise(terms):
            seen.setdefault(f"{pair[0]} {pair[1]}", set()).add(story)
    return {concept: len(ids) - 1.0 for concept, ids in seen.items() if len(ids) > 1}


def select(
    scored: Sequence[ScoredGroup],
    model: TfidfModel,
    budget: Budget,
    config: ExtractiveConfig,
    article_order: dict[str, int],
    concepts: dict[str, float] | None = None,
    context: SelectionContext | None = None,
    trace: SelectionTrace | None = None,
) -> list[ScoredGroup]:
    """MMR selection up to the budget, then ordered for reading (not by score).

    A sentence that leans on its predecessor ("It also ...") is only taken once that
    predecessor is in the briefing, and is then shown right after it. A `trace` records
    each step and, for every candidate passed over, why at the moment it was (--explain).
    """
    if not scored:
        return []
    context = context or SelectionContext()
    rep_terms = [content_terms(item.group.representative.text) for item in scored]
    rows = model.rows(rep_terms)
    coverage = _ConceptCoverage(rep_terms, concepts or {}) if config.concept_weight else None
    facts = _fact_coverage(scored, context) if config.fact_weight else None
    lengths = np.array([word_count(item.group.representative.text) for item in scored])
    scores = np.array([item.score for item in scored])
    top = scores.max()
    top = top if top > 0 else 1.0
    relevance = scores / top
    max_sim = np.zeros(len(scored))
    available = np.ones(len(scored), dtype=bool)
    # A leaning sentence waits for its predecessor (`_sentence_before`): which group holds
    # each sentence, and which group each leaning group needs.
    group_of = {m.key: i for i, item in enumerate(scored) for m in item.group.members}
    needs: dict[int, list[int]] = {}
    for i, item in enumerate(scored):
        if leans_on_previous(item.group.representative.text):
            before = _sentence_before(item.group)
            needs[i] = [group_of[before]] if before in group_of else []
    waiting = np.zeros(len(scored), dtype=bool)
    waiting[list(needs)] = True
    taken: set[int] = set()
    hosts: set[int] = set()  # chosen groups a leaning sentence is shown right after
    retold = _Retelling(rep_terms) if config.max_retold < 1.0 else None
    # Candidates that give a vote's tally: two tellings of one vote share few words.
    tallied = np.array([bool(tallies(item.group.representative.text)) for item in scored])
    denies = np.array([facts_denies(item.group.representative.text) for item in scored])
    # The tolls each candidate gives ({"dead": {11.0}}), the kinds the briefing tells and
    # the values it gives (a count told without its toll word: "41 people were treated").
    toll_kinds = [read_tolls(item.group.representative.text) for item in scored]
    with_tolls = [i for i, given in enumerate(toll_kinds) if given]
    told_tolls: set[str] = set()
    told_values: set[float] = set()
    wording = _Wording([item.group.representative.text for item in scored])
    # Sources a candidate would bring into the briefing: stubs never steer it, and a copy
    # of an article is that article (it is not another source to hear).
    sources_of = [
        {context.copies.get(a, a) for a in item.group.article_ids} - context.stubs
        for item in scored
    ]
    cited: set[str] = set()
    new_source = np.array([bool(ids) for ids in sources_of])
    focus_relevance = (
        np.array([item.focus for item in scored]) if context.focus else np.ones(len(scored))
    )
    chosen: list[int] = []
    reported: dict[int, str] = {}  # each chosen sentence's first day, with its restatements
    words_left = budget.words if budget.words is not None else math.inf
    was_open = available.copy()
    similar_to = np.full(len(scored), -1)  # (--explain) the selected sentence it restates
    outranked = np.zeros(len(scored), dtype=int)  # (--explain) steps it lost to another

    def note_closed(trace: SelectionTrace, open_now: np.ndarray) -> None:
        """(--explain) Record why candidates left the open set since the last call."""
        nonlocal was_open
        closed = was_open & ~open_now & available
        _trace_closed(trace, closed, similar_to, max_sim, lengths, words_left, retold, config)
        was_open = open_now.copy()

    while budget.sentences is None or len(chosen) < budget.sentences:
        open_ = _still_open(available, lengths, words_left, max_sim, retold, config)
        if trace is not None:
            note_closed(trace, open_)
        fits = open_ & ~waiting
        if not fits.any():
            break
        value = config.mmr_lambda * relevance - (1 - config.mmr_lambda) * max_sim
        concept_gain = fact_gain = None
        if coverage is not None:
            concept_gain = coverage.gains()
            value = value + config.concept_weight * concept_gain
        if facts is not None:
            fact_gain = facts.gains()
            value = value + config.fact_weight * fact_gain
        source_gain = None
        if config.source_weight:
            # With a focus, a new source counts as much as what it says is relevant.
            source_gain = new_source * focus_relevance
            value = value + config.source_weight * source_gain
        value[~open_] = -np.inf
        best = int(np.argmax(value))  # ties resolve to the lowest index: deterministic
        if waiting[best]:
            # The best sentence leans on its predecessor: take the predecessor now when both
            # fit (the pair), otherwise the best sentence that stands alone.
            pair = [p for p in needs[best] if fits[p] and lengths[p] + lengths[best] <= words_left]
            value[waiting] = -np.inf
            best = max(pair, key=lambda p: (value[p], -p)) if pair else int(np.argmax(value))
        if not waiting[best]:
            best = _better_told_count(
                scored, best, fits & ~waiting, rows, sources_of, config, context, tallied
            )
        if trace is not None:
            mmr = [
                ("relevance", config.mmr_lambda * relevance[best]),
                ("redundancy", -(1 - config.mmr_lambda) * max_sim[best]),
            ]
            if concept_gain is not None:
                mmr.append(("concepts", config.concept_weight * concept_gain[best]))
            if fact_gain is not None:
                mmr.append(("new_facts", config.fact_weight * fact_gain[best]))
            if source_gain is not None:
                mmr.append(("new_source", config.source_weight * source_gain[best]))
            trace.taken.append((best, tuple((name, float(v)) for name, v in mmr)))
            outranked += fits
            outranked[best] -= 1
        chosen.append(best)
        available[best] = False
        words_left -= lengths[best]
        similarity = rows.dot(rows.dense_row(best))
        cosine = similarity.copy() if trace is not None else similarity  # (--explain)
        found_by: dict[int, tuple[str, float]] = {}
        if config.event_similarity < config.max_similarity:
            # One event told again in another outlet's words restates it too.
            for i, rule in _close_retellings(
                scored, best, similarity, available, config, tallied, context
            ):
                found_by[i] = (rule, config.event_similarity if rule == "same event" else 0.0)
        if config.wording_similarity < config.max_similarity:
            # Its wording at a lower cosine restates it too (not a new source's own figure).
            heard = cited | sources_of[best]
            unheard = [not heard.issuperset(ids) for ids in sources_of]
            for i in _close_shared_wording(
                scored, best, similarity, available, wording, config, unheard
            ):
                found_by.setdefault(i, ("shared wording", config.wording_similarity))
        if context.restate is not None:
            # A telling attribution would cite for this one is this fact told again.
            still = available & (max_sim < config.max_similarity)  # (closed already: skip)
            restated = _close_restatements(scored, best, similarity, still, context.restate, config)
            for i in restated:
                found_by.setdefault(i, ("restates it", 0.0))
        # A toll of a kind the briefing does not tell yet is news however close its words
        # ("Eight people died when a train carrying about 200 passengers derailed" after
        # "A train carrying about 200 passengers derailed"): neither its words nor its event
        # close it.
        told_tolls |= toll_kinds[best].keys()
        told_values.update(facts_extract(scored[best].group.representative.text).values)
        untold = np.zeros(len(scored), dtype=bool)
        for i in with_tolls:
            untold[i] = any(
                kind not in told_tolls and not values & told_values
                for kind, values in toll_kinds[i].items()
            )
        # A denial of what was told, or what a denial denies, is no telling of it again
        # ("Japan denied reports that it had agreed to share submarine technology").
        untold |= denies != denies[best]
        # So is another account of who won ("Desai lost to Varga" after "Desai beat
        # Varga"): the sources disagree, and the reader hears both.
        shown = scored[best].group.representative.text
        for i in map(int, np.flatnonzero(available & (similarity >= config.max_similarity))):
            untold[i] |= accounts_differ(shown, scored[i].group.representative.text)
        similarity[untold] = np.minimum(similarity[untold], config.max_similarity * _JUST_UNDER)
        if trace is not None:
            crossed = (similarity >= config.max_similarity) & (similar_to < 0)
            similar_to[crossed] = best
            for i, (rule, floor) in found_by.items():
                if crossed[i]:
                    trace.found_by[i] = (rule, float(cosine[i]), floor)
        # The fact was reported when its earliest telling was, shown or closed here as
        # its restatement: reading order places it there (the third day's wording of
        # the first day's event still tells the first day's event; a toll revised on the
        # third day is told where the first day reported it). Not a telling closed for
        # one toll value it shares: it may tell more than this sentence does.
        restating = available & (similarity >= config.max_similarity)
        restating &= max_sim < config.max_similarity
        tellings = [best, *(i for i, (rule, _) in found_by.items() if rule == "older toll")]
        tellings += [
            i
            for i in map(int, np.flatnonzero(restating))
            if found_by.get(i, ("",))[0] != "same toll"
        ]
        days = (_first_reported(scored[i], context) for i in tellings)
        reported[best] = min(filter(None, days), default="")
        max_sim = np.maximum(max_sim, similarity)
        if coverage is not None:
            coverage.cover(best)
        if facts is not None:
            facts.cover(best)
        if retold is not None:
            retold.cover(best)
        cited.update(sources_of[best])
        new_source = np.array([not cited.issuperset(ids) for ids in sources_of])
        # Only one sentence can come right after its predecessor: a leaning sentence takes
        # the first chosen predecessor no other has taken, and waits while there is none.
        taken.add(best)
        if best in needs:
            host = next((p for p in needs[best] if p in taken and p not in hosts), None)
            if host is not None:
                hosts.add(host)
        for follower, predecessors in needs.items():
            waiting[follower] = not any(p in taken and p not in hosts for p in predecessors)

    if trace is not None:
        open_ = _still_open(available, lengths, words_left, max_sim, retold, config)
        note_closed(trace, open_)
        # What was still open when the selection stopped: the sentence budget was used up,
        # or it leans on a predecessor that never came (which alone kept it out).
        for i in map(int, np.flatnonzero(available)):
            if waiting[i]:
                trace.passed[i] = Exclusion("cannot_stand_alone")
            elif i not in trace.passed:
                trace.passed[i] = Exclusion("sentence_budget", limit=budget.sentences)
        for i, exclusion in trace.passed.items():
            trace.passed[i] = dataclasses.replace(exclusion, outranked=int(outranked[i]))
    return reading_order(
        [scored[i] for i in chosen], article_order, context, [reported[i] for i in chosen]
    )


_TELLINGS_COMPARED = 12  # other tellings of one count weighed against the best one


def _better_told_count(
    scored: Sequence[ScoredGroup],
    best: int,
    fits: np.ndarray,
    rows: SparseRows,
    sources_of: Sequence[set[str]],
    config: ExtractiveConfig,
    context: SelectionContext,
    tallied: np.ndarray,
) -> int:
    """Of one count that outlets give with different figures, the latest, else the telling
    whose figure more sources give ("cut 3,500 jobs" [2] gives way to "will eliminate 3,200
    positions" [1], as "will cut 3,200 jobs" [4] says too): the figure told is the best-
    supported one, the other goes under "Where sources differ". A count that develops is
    told at its latest: the telling first reported on a later day when every telling's
    articles are dated ("Twelve people are now known to have died" on Tuesday over "six
    people were killed" on Monday), else one told as a change ("rose to 12"). Ties keep the
    best-scored telling."""
    told = scored[best].group.representative.text
    if not gives_counts(told):
        return best
    similarity = rows.dot(rows.dense_row(best))
    close = similarity >= config.event_similarity
    if tallies(told):  # one vote's tally told in other words ("voted 118 to 98" / "lost by
        close |= tallied  # 116 votes to 98") shares few words but the vote
    near = np.flatnonzero(fits & close)
    # The closest few tellings only: their agreement is compared pairwise, and a set of
    # near-identical sentences (a template repeated a thousand times) must stay linear.
    near = near[np.argsort(-similarity[near], kind="stable")]
    tellings = [best]
    for i in map(int, near):
        if len(tellings) > _TELLINGS_COMPARED:
            break
        other = scored[i].group.representative.text
        # One counted thing, or a toll of one disaster with another value.
        if i != best and (counts_one_thing(told, other) or tolls_of_one_count(told, other)):
            tellings.append(i)
    if len(tellings) < 2:
        return best

    def stating(i: int) -> set[str]:
        """The sources of telling `i` whose own sentence gives a figure: a sentence without
        it that joined the group is no vote for the value ("The Guardian" said "lost by
        116 votes" elsewhere, and only that is its figure)."""
        members = scored[i].group.members
        return {
            context.copies.get(m.article_id, m.article_id) for m in members if gives_counts(m.text)
        } & sources_of[i]

    def support(i: int) -> int:
        text = scored[i].group.representative.text
        agreeing = stating(i)
        for j in tellings:
            other = scored[j].group.representative.text
            if j == i:
                continue
            # The same value of one count, or of one toll however its people are named
            # ("killed three workers" / "Three people died").
            if (counts_one_thing(text, other) and not counts_differ(text, other)) or (
                same_toll(text, other) and tolls_of_one_count(text, other)
            ):
                agreeing |= stating(j)
        return len(agreeing)

    reported = {i: _first_reported(scored[i], context) for i in tellings}
    dated = all(reported.values())
    moment = {
        i: (reported[i], False)
        if dated
        else ("", told_as_change(scored[i].group.representative.text))
        for i in tellings
    }
    texts = {i: scored[i].group.representative.text for i in tellings}
    figures = {i: _counts_given(texts[i]) for i in tellings}

    def revised(i: int, j: int) -> bool:
        """Whether `j` revises the toll `i` gives: a later moment, other figures."""
        return (
            moment[j] > moment[i]
            and figures[j] != figures[i]
            and tolls_of_one_count(texts[i], texts[j])
        )

    # A toll a later telling revises is out of date: the dead are counted as they are found.
    current = [i for i in tellings if not any(revised(i, j) for j in tellings)]
    return max(current, key=lambda i: (support(i), i == best))


def _counts_given(text: str) -> frozenset[str]:
    """The counts a sentence gives (`dedup.numbers` keys without days and years)."""
    return frozenset(key for key in numbers(text) if not key.startswith(("day ", "year ")))


def _first_reported(item: ScoredGroup, context: SelectionContext) -> str:
    """The day a group's fact was first reported (its earliest dated source, a copy read as
    its original), "" when none of its sources is dated."""
    ids = {context.copies.get(a, a) for a in item.group.article_ids}
    return min((context.dates[a] for a in ids if context.dates.get(a)), default="")


def _close_retellings(
    scored: Sequence[ScoredGroup],
    best: int,
    similarity: np.ndarray,
    available: np.ndarray,
    config: ExtractiveConfig,
    tallied: np.ndarray,
    context: SelectionContext,
) -> list[tuple[int, str]]:
    """Raise to `max_similarity` the similarity to `best` of the candidates that tell its
    event again (`facts.retells_event`), give its figure of one thing again, however much
    the figure differs (`disagree.counts_one_thing`), or give its telling figures
    (`dedup.shares_figures`), with a word overlap under the restatement limit; the
    candidates raised, each with the rule that found it."""
    told = scored[best].group.representative.text
    open_ = available & (similarity < config.max_similarity)
    # The same telling figures are the same fact in other words, however few words the
    # two share ("killed 11 people and sickened 205" / "205 suspected cases and 11 deaths").
    by_figures = bool(telling_figures(told))
    told_tolls = tolls(told)
    told_day = _first_reported(scored[best], context) if told_tolls else ""
    raised = []
    vote = tallied if tallies(told) else np.zeros(len(scored), dtype=bool)
    for i in map(int, np.flatnonzero(open_ & ((similarity > 0) | vote))):
        other = scored[i].group.representative.text
        if (similarity[i] >= config.event_similarity or vote[i]) and (
            retells_event(told, other) or counts_one_thing(told, other)
        ):
            raised.append((i, "same event"))
        elif by_figures and shares_figures(told, other):
            raised.append((i, "same figures"))
        elif by_figures and shares_figure(told, other) and _adds_no_figure_or_name(other, told):
            # One telling figure of one thing, and nothing the briefing's telling lacks:
            # "Together the two lenders serve 2,300,000 customers" after "The combined
            # bank will have 2.3 million customers" (a signal for redundancy only: the
            # figure alone cites no source).
            raised.append((i, "same count"))
        elif told_tolls and same_toll(told, other) and tolls_of_one_count(told, other):
            # "Five people have been killed in Varnia" / "In Varnia, at least five people
            # died": one toll of one place told again, however small.
            raised.append((i, "same toll"))
        elif told_tolls and told_day and _older_toll(scored[i], other, told, told_day, context):
            # The briefing tells this toll as a later day reported it: Monday's "killed at
            # least three" is out of date beside Tuesday's "Five workers are now dead".
            raised.append((i, "older toll"))
        elif (
            told_tolls
            and similarity[i] >= config.event_similarity
            and tolls_of_one_count(told, other)
        ):
            # One toll of one disaster with another value: told once, in the value the
            # better-supported telling gives (`_better_told_count`), the other under "Where
            # sources differ" ("Four workers were killed" / "Three people died").
            raised.append((i, "toll told otherwise"))
        else:
            continue
        similarity[i] = config.max_similarity
    return raised


def _adds_no_figure_or_name(text: str, told: str) -> bool:
    """Whether `text` gives no telling figure, day, year or name that `told` does not give
    too (a small count aside: "the two lenders")."""
    own = numbers(text) - numbers(told)
    if own & telling_figures(text) or any(key.startswith(("day ", "year ")) for key in own):
        return False
    names = set(names_in_order(told))
    # A sentence's first word is capitalised as its opener, not always as a name
    # ("Together the two lenders serve ...").
    opener = text.split(maxsplit=1)[0].strip(".,;:'\"‘’“”").casefold() if text.strip() else ""
    return all(name in names or name == opener for name in names_in_order(text))


def _older_toll(
    item: ScoredGroup, text: str, told: str, told_day: str, context: SelectionContext
) -> bool:
    """Whether `text` gives the toll `told` gives with another value, first reported on an
    earlier day."""
    day = _first_reported(item, context)
    return bool(day) and day < told_day and tolls_of_one_count(told, text)


class _Wording:
    """Each candidate's content-word unigrams and bigrams, made when first asked for; not
    of who said it (", Ventura County fire officials said": two facts one office gave
    share that, not their wording)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.made: dict[int, frozenset[str]] = {}

    def __getitem__(self, row: int) -> frozenset[str]:
        if row not in self.made:
            told = content_terms(without_said_by(self.texts[row]))
            self.made[row] = term_shingles(news_terms(told))
        return self.made[row]


def _close_shared_wording(
    scored: Sequence[ScoredGroup],
    best: int,
    similarity: np.ndarray,
    available: np.ndarray,
    wording: _Wording,
    config: ExtractiveConfig,
    unheard: Sequence[bool],
) -> list[int]:
    """Raise to `max_similarity` the similarity to `best` of the candidates that share its
    wording (`wording_overlap`) at a TF-IDF cosine under the restatement limit; the
    candidates raised.

    Weak evidence does not silence a source the briefing has not heard (`unheard`) when it
    brings a figure or date `best` does not have: "In mid-December 2023, the group Jaish
    al-Adl launched an attack on a police station" shares the names and a verb with "Iran
    launched a missile strike ... on Jaish al-Adl", not the fact. (Heard from any source,
    such figures were mostly another telling's: Multi-News restated 0.47 -> 0.67% of its
    words for +0.1 R-2.)"""
    near = available & (similarity >= config.wording_similarity)
    near &= similarity < config.max_similarity
    told = scored[best].group.representative.text
    told_figures, told_subject = digit_tokens(told), subject(told)
    raised = []
    for i in map(int, np.flatnonzero(near)):
        if jaccard(wording[best], wording[i]) < config.wording_overlap:
            continue
        text = scored[i].group.representative.text
        if counts_differ(told, text) or counts_differ(text, told):
            continue  # another value of its count: news, or a dispute, not its wording again
        if unheard[i] and digit_tokens(text) - told_figures:
            other = subject(text)
            if not (told_subject and other and same_entity(told_subject, other)):
                continue
        similarity[i] = config.max_similarity
        raised.append(i)
    return raised


def _close_restatements(
    scored: Sequence[ScoredGroup],
    best: int,
    similarity: np.ndarray,
    open_now: np.ndarray,
    restate: Callable[[Sentence, Sequence[Sentence]], list[bool]],
    config: ExtractiveConfig,
) -> list[int]:
    """Raise to the restatement limit the similarity to `best` of the candidates that
    attribution reads as telling what `best` tells ("About 300 ships were
    waiting to enter or leave the port" / "Around three hundred ships are stuck at the port
    as the strike continues"); the candidates raised."""
    # Words in common, and not closed by another rule already.
    near = np.flatnonzero(open_now & (similarity > 0) & (similarity < config.max_similarity))
    open_ = [int(i) for i in near]
    if not open_:
        return []
    told = scored[best].group.representative
    found = restate(told, [scored[i].group.representative for i in open_])
    raised = [i for i, restates in zip(open_, found, strict=True) if restates]
    similarity[raised] = config.max_similarity
    return raised


_JUST_UNDER = 0.999  # a similarity held under a limit stays under it


def _still_open(
    available: np.ndarray,
    lengths: np.ndarray,
    words_left: float,
    max_sim: np.ndarray,
    retold: _Retelling | None,
    config: ExtractiveConfig,
) -> np.ndarray:
    """The candidates `select` may still take: not taken, fitting the words left, not
    restating the briefing."""
    open_ = available & (lengths <= words_left) & (max_sim < config.max_similarity)
    if retold is not None:
        open_ &= retold.share < config.max_retold
    return open_


def _trace_closed(
    trace: SelectionTrace,
    closed: np.ndarray,
    similar_to: np.ndarray,
    max_sim: np.ndarray,
    lengths: np.ndarray,
    words_left: float,
    retold: _Retelling | None,
    config: ExtractiveConfig,
) -> None:
    """Record why each candidate that has just dropped out of the running did: the tests
    of `select`'s open set, the restatement first (it says more than the budget)."""
    for i in map(int, np.flatnonzero(closed)):
        if max_sim[i] >= config.max_similarity:
            culprit = int(similar_to[i])
            if i in trace.found_by:
                rule, cosine, floor = trace.found_by[i]
                trace.passed[i] = Exclusion("restates", culprit, cosine, floor, rule=rule)
            else:
                trace.passed[i] = Exclusion(
                    "restates", culprit, float(max_sim[i]), config.max_similarity
                )
        elif retold is not None and retold.share[i] >= config.max_retold:
            trace.passed[i] = Exclusion("retold", None, float(retold.share[i]), config.max_retold)
        else:
            trace.passed[i] = Exclusion("budget", None, float(lengths[i]), float(words_left))


def _day_told(sentence: Sentence, dates: Mapping[str, str]) -> str:
    """The day a sentence places what it tells on, told from its article's date ("walked
    out on Monday" in Tuesday's report: the Monday), "" when it names none that way. Dates
    written out mostly name what a story looks back on, and the day something was said is
    not when it happened: neither orders the briefing."""
    reported = dates.get(sentence.article_id)
    if not reported or not names_a_day(sentence.text):
        return ""
    text = without_said_day(sentence.text)
    found = facts_extract(text, dt.date.fromisoformat(reported))
    # Only a day its verb tells as past ("walked out on Monday"): "Talks resume on
    # Thursday" is no day gone, whatever date the anchoring gives it.
    return min(
        (
            d.iso
            for d in found.dates
            if d.relative
            and len(d.iso) == len(reported)
            and governing_tense(text[: d.start], text[d.end :]) == "past"
        ),
        default="",
    )


def reading_order(
    picked: Sequence[ScoredGroup],
    article_order: dict[str, int],
    context: SelectionContext | None = None,
    reported: Sequence[str] | None = None,
) -> list[ScoredGroup]:
    """The story's order: earlier-dated reports first, then where the story first says it;
    a sentence that leans on its predecessor comes right after it. `reported`: the day each
    picked fact was first reported, its tellings that were not shown included."""
    dates = context.dates if context else {}
    first_told = {id(item): day for item, day in zip(picked, reported or (), strict=False) if day}
    # What no dated article tells is read with the story's first day, in the order the
    # articles tell it, not ahead of every dated report (the lead of an undated wire copy
    # does not come before the lead that a dated outlet shares with it).
    first_day = min(
        (
            dates[m.article_id]
            for item in picked
            for m in item.group.members
            if dates.get(m.article_id)
        ),
        default="",
    )

    def when(item: ScoredGroup) -> str:
        known = [dates[m.article_id] for m in item.group.members if dates.get(m.article_id)]
        if id(item) in first_told:
            known.append(first_told[id(item)])
        if day := _day_told(item.group.representative, dates):
            known.append(day)
        return min(known) if known else first_day

    def key(item: ScoredGroup) -> tuple[str, bool, float, int, int]:
        representative = item.group.representative
        day = when(item)
        return (
            day,
            # What a sentence says happened on its day before what was reported that day.
            _day_told(representative, dates) != day,
            item.first_report,
            article_order.get(representative.article_id, 0),
            representative.index,
        )

    holder = {m.key: index for index, item in enumerate(picked) for m in item.group.members}
    followers: dict[tuple[str, int], list[ScoredGroup]] = {}
    hosts: set[int] = set()  # one leaning sentence right after each picked group, as `select`
    standalone: list[ScoredGroup] = []
    for item in picked:
        lead = _sentence_before(item.group)
        if holder.get(lead, -1) not in (-1, *hosts) and leans_on_previous(
            item.group.representative.text
        ):
            followers.setdefault(lead, []).append(item)
            hosts.add(holder[lead])
        else:
            standalone.append(item)
    ordered: list[ScoredGroup] = []

    def place(item: ScoredGroup) -> None:
        ordered.append(item)
        for member in item.group.members:
            for follower in followers.pop(member.key, []):
                place(follower)

    for item in sorted(standalone, key=key):
        place(item)
    for rest in followers.values():  # a cycle of leaning sentences: keep them, in order
        ordered.extend(sorted(rest, key=key))
    return ordered


def _sentence_before(group: Group) -> tuple[str, int]:
    """The sentence a group's shown telling leans on when it does: the one right before it
    in its own article. "Her party won the elections" is hers whom that sentence names, not
    whom the sentence before another outlet's telling of the fact does."""
    shown = group.representative
    return (shown.article_id, shown.index - 1)


def _fact_coverage(scored: Sequence[ScoredGroup], context: SelectionContext) -> _ConceptCoverage:
    """Facts weighted by how many articles report them; the history's facts start covered."""
    fact_lists = [sorted(sentence_facts(item.group.representative.text)) for item in scored]
    weights: dict[str, float] = {}
    for item, found in zip(scored, fact_lists, strict=True):
        for fact in found:
            weights[fact] = weights.get(fact, 0.0) + item.group.corroboration
    known: set[str] = set()
    if context.history is not None:
        for sentence in context.history.sentences:
            known.update(sentence_facts(sentence.text))
    return _ConceptCoverage(fact_lists, weights, known, pairs=False)


class _ConceptCoverage:
    """Weight of the not-yet-covered shared bigrams of each candidate, normalised to [0, 1]."""

    def __init__(
        self,
        term_lists: Sequence[Sequence[str]],
        weights: dict[str, float],
        known: set[str] | frozenset[str] = frozenset(),
        pairs: bool = True,
    ) -> None:
        """Concepts are the bigrams of each term list (`pairs`) or its items; `known`
        concepts count as covered from the start."""
        ids: dict[str, int] = {}
        indptr, indices = [0], []
        for terms in term_lists:
            units = {f"{a} {b}" for a, b in itertools.pairwise(terms)} if pairs else set(terms)
            found = units & weights.keys()
            indices.extend(sorted(ids.setdefault(concept, len(ids)) for concept in found))
            indptr.append(len(indices))
        self.indptr = np.asarray(indptr, dtype=np.int64)
        self.indices = np.asarray(indices, dtype=np.int64)
        self.weights = np.zeros(len(ids))
        for concept, column in ids.items():
            self.weights[column] = weights[concept]
        self.covered = np.zeros(len(ids), dtype=bool)
        for concept in known & ids.keys():
            self.covered[ids[concept]] = True
        self.scale = max(float(self._raw().max(initial=0.0)), 1e-9)

    def _raw(self) -> np.ndarray:
        values = np.where(self.covered[self.indices], 0.0, self.weights[self.indices])
        sums = np.zeros(len(self.indptr) - 1)
        nonempty = self.indptr[:-1] < self.indptr[1:]
        if values.size:
            sums[nonempty] = np.add.reduceat(values, self.indptr[:-1][nonempty])
        return sums

    def gains(self) -> np.ndarray:
        return self._raw() / self.scale

    def cover(self, row: int) -> None:
        self.covered[self.indices[self.indptr[row] : self.indptr[row + 1]]] = True


class _Retelling:
    """The share of each candidate's content-word pairs that the briefing already has."""

    def __init__(self, term_lists: Sequence[Sequence[str]]) -> None:
        ids: dict[str, int] = {}
        self.pairs: list[list[int]] = []
        for terms in term_lists:
            found = {f"{a} {b}" for a, b in itertools.pairwise(terms)}
            self.pairs.append(sorted(ids.setdefault(pair, len(ids)) for pair in found))
        self.holders: list[list[int]] = [[] for _ in ids]
        for row, pair_ids in enumerate(self.pairs):
            for pair in pair_ids:
                self.holders[pair].append(row)
        self.sizes = np.array([max(1, len(p)) for p in self.pairs], dtype=float)
        self.told = np.zeros(len(term_lists))
        self.covered = np.zeros(len(ids), dtype=bool)

    @property
    def share(self) -> np.ndarray:
        return self.told / self.sizes

    def cover(self, row: int) -> None:
        for pair in self.pairs[row]:
            if not self.covered[pair]:
                self.covered[pair] = True
                np.add.at(self.told, self.holders[pair], 1.0)
