"""Word-level helpers shared by dedup, scoring and attribution."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from summarize.patterns import compiled

# Letters and digits only, as ROUGE tokenizes: "al-Adl's" -> "al", "adl", "s".
_WORD_RE = compiled(r"[^\W_]+", re.UNICODE)
# A word as written, opening with a letter, its apostrophes and hyphens kept ("Lasko's",
# "co-defendant"; not "2024").
LETTER_WORD = compiled(r"[^\W\d_][\w'’-]*")

# A compact English stop list (function words only); shipped here so nothing is downloaded.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say mr mrs ms s t however new
    """.split()  # noqa: SIM905 - one word list is easier to read and edit than a literal
)


# Texts up to this long (sentences, lines) have their normalised form and content terms
# cached: clean, dedup, copies, scoring and the TF-IDF rows read the same sentences again.
_CACHED_CHARS = 2000
_CACHE_SIZE = 1 << 16


def normalize_text(text: str) -> str:
    """Fold case, punctuation and whitespace so trivially different copies compare equal."""
    if len(text) <= _CACHED_CHARS:
        return _normalized(text)
    return " ".join(words(text))


@lru_cache(maxsize=_CACHE_SIZE)
def _normalized(text: str) -> str:
    return " ".join(words(text))


# Invisible format characters (soft hyphen, zero-width space/joiners, word joiner, BOM,
# bidi marks, variation selectors): dropped for matching only; source text keeps them.
_INVISIBLE = dict.fromkeys(
    [
        *(0xAD, 0x34F, 0x61C, 0x180E, 0xFEFF),
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2070),
        *range(0xFE00, 0xFE10),
    ]
)


def words(text: str) -> list[str]:
    """Lower-cased word tokens: runs of letters and digits (invisible characters ignored)."""
    if text.isascii():  # no invisible characters, and NFKC leaves ASCII as it is
        return _WORD_RE.findall(text.lower())
    return _WORD_RE.findall(unicodedata.normalize("NFKC", text.translate(_INVISIBLE)).casefold())


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    from summarize.nltk_modules import load

    return load("nltk.stem.porter").PorterStemmer()  # without nltk/__init__: see nltk_modules


# Past forms Porter's suffix rules cannot reach ("struck" is not "strike"): one event told in
# two tenses ("Iran struck two bases" / "Iran launched strikes") shares its verb only when
# they are read as their base form. Forms that are also common words or names of their own
# in news ("left", "found", "wound", "saw", "bit", "the Fed", "Lent", "Drew", "Rose", "woke")
# are not listed.
IRREGULAR_PAST = {
    form: entry.split()[0]
    for entry in """
arise arose arisen; bear borne; beat beaten; begin began begun; bite bitten
blow blew blown; break broke broken; bring brought; build built; burn burnt
buy bought; catch caught; choose chose chosen; deal dealt; dig dug; draw drawn
drive drove driven; eat ate eaten; fall fell fallen; feel felt; fight fought
flee fled; fly flew flown; forbid forbade forbidden; forgive forgave forgiven
freeze froze frozen; get got gotten; give gave given; go went gone; grow grew grown
hang hung; hide hid hidden; hold held; keep kept; know knew; lay laid; lose lost
mean meant; meet met; overthrow overthrew overthrown; pay paid; ride rode ridden
ring rang rung; rise risen; run ran; seek sought; sell sold; send sent
shake shook shaken; shoot shot; sing sang sung; sink sank sunk; slay slew slain
slide slid; speak spoke spoken; spend spent; stand stood; steal stole stolen
stick stuck; strike struck stricken; swear swore sworn; sweep swept; swim swam swum
take took taken; teach taught; tear tore torn; tell told; think thought
throw threw thrown; understand understood; wake woken; wear wore worn; win won
withdraw withdrew withdrawn; write wrote written
""".replace("\n", "; ").split("; ")
    for form in entry.split()[1:]
}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stem(IRREGULAR_PAST.get(word, word))  # type: ignore[no-any-return]


def content_terms(text: str) -> list[str]:
    """Stemmed content words: what two sentences must share to say the same thing."""
    if len(text) <= _CACHED_CHARS:
        return list(_cached_terms(text))
    return _terms(text)


def _terms(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


@lru_cache(maxsize=_CACHE_SIZE)
def _cached_terms(text: str) -> tuple[str, ...]:
    return tuple(_terms(text))


# The only characters beyond ASCII that case-insensitive matching pairs with an ASCII letter
# ("İ" and "ı" with "i", "ſ" with "s", the Kelvin sign with "k"), and the only ones whose
# lower case holds an ASCII character (checked over every code point).
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def may_hold(text: str, hints: Sequence[str]) -> bool:
    """Whether `text` may match a case-insensitive pattern every match of which holds one of
    `hints` (lower-case ASCII): a substring test, many times cheaper than a search that
    tries the pattern at every position of a sentence. Exact: False only where the pattern
    cannot match (text holding one of the characters that fold to ASCII is always searched)."""
    if not text.isascii() and not _FOLDS_TO_ASCII.isdisjoint(text):
        return True
    folded = text.lower()
    return any(hint in folded for hint in hints)


def text_digest(text: str) -> str:
    """One name for an article's text however it is spaced (a page saved twice)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def word_count(text: str) -> int:
    return len(text.split())


def one_line(text: str, width: int) -> str:
    """`text` on one line, cut with an ellipsis to at most `width` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: max(1, width - 1)] + "…"
