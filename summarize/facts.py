"""The facts in a sentence (figures, dates, names, roles, relative time): one copy for every stage.

Dedup refuses to merge sentences whose figures or roles differ, alignment checks that a
generated sentence's figures and names occur in the sources it cites, the disagreement
detector compares the values two sources give for one fact, and the timeline orders
dated events. They all read sentences through this module, so "two" and "2", "1,200" and
"1200", "January 16" and "16 Jan" mean the same thing everywhere.

Everything here is regular expressions and small word lists: no model, no download.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from summarize.textutil import STOPWORDS, content_terms, stem, words

# --- the rules dedup and alignment use: figures, names and roles ---------------------------

_POSSESSIVE_NAME = re.compile(r"['’]s$")
_NAME = re.compile(r"\b[A-Z][\w'’-]*")
_CLAIM_POSSESSIVE = re.compile(r"['’]s?$")


_HAS_DIGIT = re.compile(r"\d").search
_DECADE = re.compile(r"^((?:1[5-9]|20)\d0)['’]?s$")  # "1980s", "1990's"


def digit_tokens(text: str) -> frozenset[str]:
    """Word tokens that contain a digit ("12", "2024", "3rd"): dedup's figure guard. A
    decade counts as its first year, so "the 1980s" states no figure that "the 1980-88
    war" contradicts."""
    return frozenset(_DECADE.sub(r"\1", word) for word in words(text) if _HAS_DIGIT(word))


def names_in_order(text: str) -> tuple[str, ...]:
    """Capitalised words in order ("Iran hit Pakistan's base" -> ("iran", "pakistan")); the
    first word counts unless it is a function word such as "The"."""
    found = []
    for position, token in enumerate(text.split()):
        word = _POSSESSIVE_NAME.sub("", token.strip("\"'“”‘’.,;:!?()")).casefold()
        if token[:1].isupper() and word and (position or word not in STOPWORDS):
            found.append(word)
    return tuple(found)


def same_roles(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """False when two sentences name the same actors mostly in the opposite order, as in
    "Iran struck Pakistan" versus "Pakistan struck Iran" (discordant pairs >= half), or
    with the two leading actors swapped."""
    shared = set(a) & set(b)
    first = {name: rank for rank, name in enumerate(n for n in dict.fromkeys(a) if n in shared)}
    second = [name for name in dict.fromkeys(b) if name in shared]
    if len(second) >= 2 and first[second[0]] == 1 and first[second[1]] == 0:
        # The two leading actors swapped ("Norland struck Vesta's Kald province, ... the Red
        # Hand" / "Vesta struck Norland's Kald province, ... the Red Hand"): the names that
        # follow in the same order must not outvote the reversal of who did what to whom.
        return False
    pairs = discordant = 0
    for i, left in enumerate(second):
        for right in second[i + 1 :]:
            pairs += 1
            discordant += first[left] > first[right]
    return pairs == 0 or discordant / pairs < 0.5


def claim_terms(sentence: str) -> set[str]:
    """Numbers and names: what must occur in a cited source for the sentence to stand.

    Names are capitalised words after the first word (a sentence-initial capital says
    nothing), function words excluded.
    """
    found = {w for w in words(sentence) if any(c.isdigit() for c in w)}
    first = re.search(r"\S+", sentence)
    for match in _NAME.finditer(sentence, first.end() if first else 0):
        name = _CLAIM_POSSESSIVE.sub("", match.group()).casefold()
        if name not in STOPWORDS:
            found.add(name)
    return found


# --- normalised values ---------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
_SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000,
}  # fmt: skip
# Qualifiers that make a figure a bound or an estimate rather than an exact count.
_LOWER = ("at least", "more than", "over", "upwards of", "in excess of", "no fewer than")
_UPPER = ("nearly", "almost", "up to", "less than", "fewer than", "under", "just under")
_ABOUT = ("about", "around", "roughly", "some", "approximately", "an estimated", "estimated",
          "close to", "as many as", "dozens of", "hundreds of", "thousands of")  # fmt: skip

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Capitalised words that are not entities: calendar words and common sentence openers.
_OPENERS = """earlier later meanwhile yesterday today tomorrow last next but and while as after
before since although though despite according in on at for with"""
_NOT_NAMES = frozenset([*MONTHS, *WEEKDAYS, *_OPENERS.split()])


# A nationality word names its country's actor: "Iranian forces struck ..." and "Iran
# launched ..." open with one subject. Demonyms that are also peoples or languages still
# name the country in news about states, which is where tellings are compared.
_DEMONYMS = {
    demonym: country
    for entry in """
afghan afghanistan; albanian albania; algerian algeria; american america; argentine
argentina; argentinian argentina; armenian armenia; australian australia; austrian austria;
azerbaijani azerbaijan; bangladeshi bangladesh; belarusian belarus; belgian belgium;
bolivian bolivia; bosnian bosnia; brazilian brazil; british britain; bulgarian bulgaria;
burmese burma; cambodian cambodia; canadian canada; chilean chile; chinese china;
colombian colombia; congolese congo; croatian croatia; cuban cuba; cypriot cyprus; czech
czechia; danish denmark; dutch netherlands; egyptian egypt; emirati emirates; eritrean
eritrea; estonian estonia; ethiopian ethiopia; filipino philippines; finnish finland;
french france; georgian georgia; german germany; ghanaian ghana; greek greece; guatemalan
guatemala; haitian haiti; honduran honduras; hungarian hungary; icelandic iceland; indian
india; indonesian indonesia; iranian iran; iraqi iraq; irish ireland; israeli israel;
italian italy; japanese japan; jordanian jordan; kazakh kazakhstan; kenyan kenya; korean
korea; kosovar kosovo; kuwaiti kuwait; latvian latvia; lebanese lebanon; libyan libya;
lithuanian lithuania; malaysian malaysia; malian mali; mexican mexico; moldovan moldova;
mongolian mongolia; moroccan morocco; nepalese nepal; nicaraguan nicaragua; nigerian
nigeria; norwegian norway; pakistani pakistan; palestinian palestine; panamanian panama;
peruvian peru; polish poland; portuguese portugal; qatari qatar; romanian romania; russian
russia; rwandan rwanda; saudi saudi; serbian serbia; singaporean singapore; slovak slovakia;
slovenian slovenia; somali somalia; spanish spain; sri lankan lanka; sudanese sudan;
swedish sweden; swiss switzerland; syrian syria; taiwanese taiwan; thai thailand; tunisian
tunisia; turkish turkey; ugandan uganda; ukrainian ukraine; uzbek uzbekistan; venezuelan
venezuela; vietnamese vietnam; yemeni yemen; zambian zambia; zimbabwean zimbabwe
""".replace("\n", " ").split(";")
    for demonym, country in [entry.split()[-2:]]
}

_TOKEN = re.compile(r"\S+")
_CAPITALISED = re.compile(r"(?<!\S)[^\s\W\d_a-z]\S*")  # tokens opening with a capital


def named_spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """(name, start, end) of each capitalised word as `names_in_order` finds it, without
    calendar words and sentence openers ("Earlier", "Meanwhile", "January", "Tuesday"):
    the actors, places and organisations a sentence names, where they stand. A nationality
    word is read as its country ("Iranian" -> "iran")."""
    found = []
    first = _TOKEN.search(text)
    for match in _CAPITALISED.finditer(text):
        token = match.group()
        if not token[:1].isupper():
            continue
        position = 0 if first and match.start() == first.start() else 1
        stripped = token.strip("\"'“”‘’.,;:!?()")
        name = _POSSESSIVE_NAME.sub("", stripped).casefold()
        if not (token[:1].isupper() and name and (position or name not in STOPWORDS)):
            continue
        if name in _NOT_NAMES or (position == 0 and name.endswith("ly")):
            continue
        start = match.start() + token.index(stripped[:1]) if stripped else match.start()
        found.append((_DEMONYMS.get(name, name), start, start + len(stripped)))
    return tuple(found)


def entity_names(text: str) -> tuple[str, ...]:
    """The names of `named_spans`, in order."""
    return tuple(name for name, _, _ in named_spans(text))


def entities(text: str) -> tuple[tuple[str, ...], ...]:
    """The actors, places and organisations a sentence names, adjacent name words taken
    together, in order: "Israeli President Ezer Weizman visited Cyprus" -> (("israeli",
    "president", "ezer", "weizman"), ("cyprus",))."""
    found: list[list[str]] = []
    previous_end = None
    for name, start, end in named_spans(text):
        if previous_end is not None and not text[previous_end:start].strip():
            found[-1].append(name)
        else:
            found.append([name])
        previous_end = end
    return tuple(tuple(entity) for entity in found)


def same_entity(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two names (`entities`) name the same actor: the last word of one, its head,
    is in the other ("Jaish" and "Jaish Al-Adl", "Weizman" and "President Ezer Weizman",
    but not "Prime Minister Benjamin Netanyahu" and "Prime Minister Ehud Barak")."""
    return bool(a and b) and (a[-1] in b or b[-1] in a)


# An opening adverbial ("In a surprising turn on January 16, ...", "However, on the same
# day, ...") stands before the subject of a sentence.
_OPENING_ADVERBIAL = re.compile(
    r"(?:in|on|at|after|before|however|meanwhile|earlier|later|last|during|since|following"
    r"|despite|while|as|with|by|for|from|under|amid|separately|also)\b[^,]{0,80},\s*",
    re.IGNORECASE,
)
_SUBJECT_WITHIN = 4  # words from the start of the clause (after "The", "A", titles ...)


def subject(text: str) -> tuple[str, ...] | None:
    """The named actor a sentence opens its main clause with ("In a surprising turn on
    January 16, Iran launched ..." -> ("iran",)), or None when the clause opens with
    something that is not a name ("A jury on Thursday awarded ... the Aryan Nations ...")."""
    position = 0
    while match := _OPENING_ADVERBIAL.match(text, position):
        position = match.end()
    for name, start, _ in named_spans(text):
        if start < position:
            continue
        if len(text[position:start].split()) >= _SUBJECT_WITHIN:
            return None
        return next((entity for entity in entities(text[start:]) if name in entity), None)
    return None


# Two tellings of one event by the same actor ("Iran launched missile strikes into Pakistan
# ... Jaish al-Adl" / "Iran carried out missile and drone strikes on ... Jaish Al-Adl in
# Pakistan") share the subject, the other parties and the words of what happened, while
# each outlet's own detail keeps their overall word overlap low.
_SAME_EVENT_NAMES = 3
_SAME_EVENT_WORDS = 3
# Words of attribution, not of what happened ("Iran claims ...", "officials reported ...").
_ATTRIBUTION_WORDS = "claim report tell told state announce note according add reveal suggest"


def retells_event(a: str, b: str) -> bool:
    """Whether two sentences look like one event told twice: the same named subject
    (`subject`), at least `_SAME_EVENT_NAMES` distinct actors and places in common on both
    sides (`same_entity`: "Jaish" and "Jaish Al-Adl" are one), and at least
    `_SAME_EVENT_WORDS` shared words that are not part of a name or of attribution (what
    happened: "missile", "strike"; sharing only the parties is not sharing an event).

    A signal for redundancy, not for citation: on news clusters about half the pairs it
    accepts below the restatement threshold do tell one event, the rest are other facts
    about the same actors, so it may keep a sentence out of a briefing but never adds a
    source to a citation. (`disagree.same_event` is the looser test the disagreement
    detector applies to sentences that already share an event key and differ in a value.)"""
    subject_a, subject_b = subject(a), subject(b)
    if not (subject_a and subject_b and same_entity(subject_a, subject_b)):
        return False
    entities_a, entities_b = entities(a), entities(b)
    matched_a = {e for e in entities_a if any(same_entity(e, o) for o in entities_b)}
    matched_b = {e for e in entities_b if any(same_entity(e, o) for o in entities_a)}
    if min(len(matched_a), len(matched_b)) < _SAME_EVENT_NAMES:
        return False
    # Words of names, "al-Adl" in "Jaish al-Adl" included, are the parties, not the event.
    capitalised = [token for token in f"{a} {b}".split() if not token.islower()]
    ignored = set(content_terms(" ".join(capitalised))) | _attribution_terms()
    shared = set(content_terms(a)) & set(content_terms(b))
    return len(shared - ignored) >= _SAME_EVENT_WORDS


@lru_cache(maxsize=1)
def _attribution_terms() -> frozenset[str]:
    return frozenset(content_terms(_ATTRIBUTION_WORDS))


_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
_DATE_PATTERNS = (
    # 2024-01-16
    re.compile(r"\b(?P<y>" + _YEAR_RE + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # January 16, 2024 / Jan. 16th / January 16
    re.compile(
        r"\b(?P<mon>"
        + _MONTH_RE
        + r")\s+(?P<d>"
        + _DAY_RE
        + r")\b(?:,?\s+(?P<y>"
        + _YEAR_RE
        + r")\b)?",
        re.IGNORECASE,
    ),
    # 16 January 2024 / 16th of January
    re.compile(
        r"\b(?P<d>"
        + _DAY_RE
        + r")(?:\s+of)?\s+(?P<mon>"
        + _MONTH_RE
        + r")(?:,?\s+(?P<y>"
        + _YEAR_RE
        + r")\b)?",
        re.IGNORECASE,
    ),
    # January 2024 (month precision)
    re.compile(r"\b(?P<mon>" + _MONTH_RE + r")\s+(?P<y>" + _YEAR_RE + r")\b", re.IGNORECASE),
)
_WEEKDAY_RE = re.compile(
    r"\b(?P<prefix>(?:on|last|next|this|early|late)\s+)?(?P<day>"
    + "|".join(WEEKDAYS)
    + r")(?:\s+(?:morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)
_RELATIVE_RE = re.compile(
    r"\b(?:(?:earlier|later)\s+)?(?P<what>today|yesterday|tomorrow|tonight|last night|"
    r"this (?:morning|afternoon|evening)|(?:this|last|next) (?:week|month|year)|"
    r"(?:this|last|next) weekend)\b",
    re.IGNORECASE,
)
_NUMBER_RE = re.compile(
    r"(?P<cur>[$€£])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion|bn|k|m)\b)?"
    r"(?P<pct>\s*(?:%|percent\b|per cent\b))?",
    re.IGNORECASE,
)
_WORD_NUMBER_RE = re.compile(
    r"\b(?P<words>(?:(?:"
    + "|".join(_UNITS)
    + r"|"
    + "|".join(s for s in _SCALES if len(s) > 2)
    + r")(?:[\s-]+(?:and\s+)?)?)+)\b",
    re.IGNORECASE,
)
# Words that can start a figure, a date or a relative time: a sentence with none of them
# and no digit has nothing for the regular expressions below to find.
_TIME_WORDS = """today yesterday tomorrow tonight week month year weekend night morning
afternoon evening"""
_VALUE_WORDS = frozenset([*_UNITS, *_SCALES, *MONTHS, *WEEKDAYS, *_TIME_WORDS.split()])
_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_ISO_HINT = re.compile(r"\d{4}-\d\d-\d\d")
_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@dataclass(frozen=True)
class Quantity:
    """A figure in a sentence: "at least 9 militants" -> value 9, noun "militant", bound ">="."""

    value: float
    text: str
    start: int
    end: int
    noun: str = ""  # stem of the content word after it (the thing counted: "militant")
    before: str = ""  # stem of the content word before it ("killing", "killed")
    qualifier: str = ""  # "", ">=", "<=" or "~"
    qualifier_text: str = ""  # the words that made it one: "at least"
    unit: str = ""  # "%", "$", "€", "£" or ""

    def compatible(self, other: Quantity) -> bool:
        """Whether two figures can both be true of one count ("nearly 100" and "over 90")."""
        if self.unit != other.unit:
            return False
        if self.value == other.value:
            return True
        close = abs(self.value - other.value) <= 0.2 * max(self.value, other.value)
        if self.qualifier == other.qualifier:  # "at least 12" and "at least 15" differ
            return self.qualifier == "~" and close
        for q, low, high in ((self, self.value, other.value), (other, other.value, self.value)):
            if q.qualifier == ">=" and high > low:
                return True
            if q.qualifier == "<=" and high < low:
                return True
        return close and "~" in (self.qualifier, other.qualifier)

    @property
    def display(self) -> str:
        return f"{self.qualifier_text} {self.text}".strip()


@dataclass(frozen=True)
class DateMention:
    """A date in a sentence: `iso` is YYYY-MM-DD (or YYYY-MM at month precision); the year
    comes from the text or, when absent, from the reference date ("" when neither)."""

    iso: str
    text: str
    start: int
    end: int
    month_day: str = ""  # "01-16": comparable even when the year is unknown
    weekday: str = ""  # for weekday names: "tuesday"
    relative: bool = False  # anchored from "yesterday", "on Tuesday", ...


@dataclass(frozen=True)
class RelativeTime:
    """A time word that only means something with the article's date ("this week")."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Facts:
    """What a sentence states, normalised so two sources' wordings compare equal."""

    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    names: tuple[str, ...]
    relative: tuple[RelativeTime, ...]
    name_spans: tuple[tuple[str, int, int], ...] = ()  # (name, start, end), as `named_spans`

    @property
    def values(self) -> frozenset[float]:
        return frozenset(q.value for q in self.quantities)


def parse_date(text: str | None) -> dt.date | None:
    """A metadata date ("2024-01-17", "2024-01-17T08:00:00Z", "Jan 17, 2024", "17 January
    2024") as a date, or None when it is not one."""
    if not text:
        return None
    text = text.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    for pattern in _DATE_PATTERNS[1:3]:
        match = pattern.search(text)
        if match and match.group("y"):
            return _make_date(int(match.group("y")), _month(match), _day(match))
    from email.utils import parsedate_to_datetime  # e-mail/RSS style: "Wed, 17 Jan 2024 ..."

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def extract(text: str, reference_date: dt.date | None = None) -> Facts:
    """The figures, dates, names and relative time words of `text`.

    `reference_date` (the article's date) gives dates without a year their year, and turns
    "yesterday" or "on Tuesday" into dates; without it those stay undated.
    """
    spans = named_spans(text)
    if not _may_have_values(text):  # most sentences: no figure, date or time word
        return Facts((), (), tuple(name for name, _, _ in spans), (), spans)
    dates = _dates(text, reference_date)
    taken = [(d.start, d.end) for d in dates]
    quantities = _quantities(text, taken)
    relative = tuple(
        RelativeTime(m.group(), m.start(), m.end())
        for m in sorted(
            [*_RELATIVE_RE.finditer(text), *_WEEKDAY_RE.finditer(text)], key=lambda m: m.start()
        )
    )
    return Facts(quantities, dates, tuple(name for name, _, _ in spans), relative, spans)


_DAY_WORDS = frozenset([*MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow", "tonight", "night"])


def names_a_day(text: str) -> bool:
    """Whether `text` may name a day (a month, a weekday, "yesterday", an ISO date): a cheap
    test before `extract`."""
    if _ISO_HINT.search(text):
        return True
    return not _DAY_WORDS.isdisjoint(_LETTERS.findall(text.casefold()))


def _may_have_values(text: str) -> bool:
    if _DIGIT.search(text):
        return True
    return not _VALUE_WORDS.isdisjoint(_LETTERS.findall(text.casefold()))


def same_figures(a: Facts, b: Facts) -> bool:
    """Whether two sentences state the same figures (order and spelling aside)."""
    return sorted((q.value, q.unit) for q in a.quantities) == sorted(
        (q.value, q.unit) for q in b.quantities
    )


def needs_anchor(text: str) -> bool:
    """Whether `text` has a relative time word ("this week", "on Tuesday") a reader cannot
    place without the article's date."""
    return bool(_RELATIVE_RE.search(text) or _WEEKDAY_RE.search(text))


def anchor_relative(text: str, article_date: dt.date | None) -> str:
    """`text` with each relative time word followed by the date or range it means:
    "this week" -> "this week [13–19 Jan 2024]" (the seven days up to a 19 Jan report),
    "on Tuesday" -> "on Tuesday [16 Jan 2024]".
    Unchanged when `article_date` is None or nothing needs anchoring."""
    if article_date is None:
        return text
    spans: list[tuple[int, str]] = []
    for match in _RELATIVE_RE.finditer(text):
        label = _relative_label(match.group("what").casefold(), article_date)
        if label:
            spans.append((match.end(), label))
    for match in _WEEKDAY_RE.finditer(text):
        if _already_dated(text, match.end()):
            continue
        day = _weekday_date(match, text, article_date)
        spans.append((match.end(), _format_day(day)))
    for end, label in sorted(spans, reverse=True):
        if not text.startswith(" [", end):
            text = f"{text[:end]} [{label}]{text[end:]}"
    return text


# --- helpers -------------------------------------------------------------------------------


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(match: re.Match[str]) -> int:
    if "mon" in match.groupdict() and match.group("mon"):
        return MONTHS[match.group("mon").rstrip(".").casefold()]
    return int(match.group("m"))


def _day(match: re.Match[str]) -> int:
    return int(re.sub(r"\D", "", match.group("d")))


def _infer_year(month: int, day: int, reference: dt.date) -> int:
    """The year that puts month-day in the 10 months before or 2 months after the reference
    date: news reports the recent past and the near future ("December 30" read on 2 January
    is last year's; "January 17" read on 27 July is this year's)."""
    year = reference.year
    candidate = _make_date(year, month, day) or dt.date(year, month, 28)
    if candidate > reference + dt.timedelta(days=60):
        return year - 1
    if candidate <= reference - dt.timedelta(days=305):
        return year + 1
    return year


def _dates(text: str, reference: dt.date | None) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            if "d" not in match.groupdict():
                year, month = int(match.group("y")), _month(match)
                found.append(DateMention(f"{year:04d}-{month:02d}", match.group(), *match.span()))
                taken.append(match.span())
                continue
            month, day = _month(match), _day(match)
            if _make_date(2000, month, day) is None:  # 2000 is a leap year: Feb 29 passes
                continue
            year_text = match.group("y")
            year = (
                int(year_text)
                if year_text
                else (_infer_year(month, day, reference) if reference else 0)
            )
            date = _make_date(year, month, day) if year else None
            found.append(
                DateMention(
                    date.isoformat() if date else "",
                    match.group(),
                    *match.span(),
                    month_day=f"{month:02d}-{day:02d}",
                )
            )
            taken.append(match.span())
    for match in _WEEKDAY_RE.finditer(text):
        if any(match.start() < end and start < match.end() for start, end in taken):
            continue
        day_name = match.group("day").casefold()
        date = _weekday_date(match, text, reference) if reference else None
        found.append(
            DateMention(
                date.isoformat() if date else "",
                match.group(),
                *match.span(),
                month_day=date.strftime("%m-%d") if date else "",
                weekday=day_name,
                relative=True,
            )
        )
    for match in _RELATIVE_RE.finditer(text):
        what = match.group("what").casefold()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}
        if what.startswith("this ") and what.split()[1] in ("morning", "afternoon", "evening"):
            offset[what] = 0
        if what in offset and reference:
            date = reference + dt.timedelta(days=offset[what])
            found.append(
                DateMention(
                    date.isoformat(),
                    match.group(),
                    *match.span(),
                    month_day=date.strftime("%m-%d"),
                    relative=True,
                )
            )
    return tuple(sorted(found, key=lambda d: d.start))


def _already_dated(text: str, end: int) -> bool:
    """ "Tuesday, January 16" names its own date: nothing to anchor."""
    return bool(
        re.match(
            r",?\s+(?:the\s+)?(?:"
            + _MONTH_RE
            + r"\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+"
            + _MONTH_RE
            + ")",
            text[end:],
            re.IGNORECASE,
        )
    )


def _weekday_date(match: re.Match[str], text: str, reference: dt.date) -> dt.date:
    """The date a weekday name means in an article dated `reference`: the most recent such
    day (news mostly reports what happened), the coming one after "next" or "will"."""
    target = WEEKDAYS.index(match.group("day").casefold())
    prefix = (match.group("prefix") or "").strip().casefold()
    back = (reference.weekday() - target) % 7
    forward = (target - reference.weekday()) % 7
    future = prefix == "next" or bool(
        re.search(
            r"\b(?:will|would|is to|are to|plans? to|scheduled)\b",
            text[: match.start()],
            re.IGNORECASE,
        )
    )
    if prefix == "last":
        return reference - dt.timedelta(days=back or 7)
    if future:
        return reference + dt.timedelta(days=forward or 7)
    return reference - dt.timedelta(days=back)


def _format_day(day: dt.date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def _relative_label(what: str, reference: dt.date) -> str:
    days = {"today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}
    if what in days:
        return _format_day(reference + dt.timedelta(days=days[what]))
    if what.startswith("this ") and what.split()[1] in ("morning", "afternoon", "evening"):
        return _format_day(reference)
    which, unit = what.split()
    shift = {"this": 0, "last": -1, "next": 1}[which]
    if unit in ("week", "weekend"):
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=shift)
        first, last = (
            (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
            if unit == "weekend"
            else (monday, monday + dt.timedelta(days=6))
        )
        if unit == "week" and which == "this":
            # A report's "this week" looks back from its date: the seven days up to it (a
            # Monday story on last Tuesday's strike says "this week" too).
            first, last = reference - dt.timedelta(days=6), reference
        if first.month == last.month:
            return f"{first.day}–{last.day} {_MONTH_NAMES[last.month - 1]} {last.year}"
        return f"{_format_day(first)} – {_format_day(last)}"
    if unit == "month":
        month_index = reference.year * 12 + reference.month - 1 + shift
        return f"{_MONTH_NAMES[month_index % 12]} {month_index // 12}"
    return str(reference.year + shift)


def _qualifier(prefix: str) -> tuple[str, str]:
    """(mark, words) of the qualifier that ends `prefix` ("killing at least" -> ">=")."""
    folded = " ".join(prefix.casefold().split())
    for words_, mark in ((_LOWER, ">="), (_UPPER, "<="), (_ABOUT, "~")):
        for word in words_:
            if folded.endswith(word) and (
                len(folded) == len(word) or folded[-len(word) - 1] == " "
            ):
                return mark, word
    return "", ""


def _word_value(phrase: str) -> float | None:
    total, current = 0, 0
    seen = False
    for word in re.split(r"[\s-]+", phrase.casefold()):
        if word in ("and", ""):
            continue
        if word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
            seen = True
    return float(total + current) if seen else None


_FILLER = frozenset({"least", "more", "than", "nearly", "almost", "around", "roughly", "some"})


def _content(word: str) -> bool:
    folded = word.casefold()
    return folded not in STOPWORDS and folded not in _FILLER


def _neighbour_stem(text: str, start: int, end: int) -> tuple[str, str]:
    """Stems of the content words just before and just after a figure."""
    before = [w for w in _TOKEN_RE.findall(text[max(0, start - 60) : start]) if _content(w)]
    after = [w for w in _TOKEN_RE.findall(text[end : end + 60]) if _content(w)]
    return (
        stem(after[0].casefold()) if after else "",
        stem(before[-1].casefold()) if before else "",
    )


def _quantities(text: str, taken: list[tuple[int, int]]) -> tuple[Quantity, ...]:
    found: list[Quantity] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    for match in _NUMBER_RE.finditer(text):
        start, end = match.span()
        if overlaps(start, end):
            continue
        # Part of a longer token ("F-16", "COVID19", "3rd") is a name or an ordinal.
        if (start and (text[start - 1].isalpha() or text[start - 1] == "-")) or (
            end < len(text) and (text[end].isalpha() and not match.group("scale"))
        ):
            continue
        number = float(match.group("num").replace(",", ""))
        if match.group("scale") and len(match.group("scale")) <= 2 and not match.group("cur"):
            continue  # "5,500m" is metres; "$5m" is money
        if match.group("scale"):
            number *= _SCALES[match.group("scale").casefold()]
        if re.fullmatch(_YEAR_RE, match.group("num")) and not match.group("scale"):
            continue  # a bare year is a date, not a count
        unit = match.group("cur") or ("%" if match.group("pct") else "")
        found.append(_quantity(text, number, start, end, unit))
        taken.append((start, end))
    for match in _WORD_NUMBER_RE.finditer(text):
        phrase = match.group("words").rstrip(" -")
        start, end = match.start(), match.start() + len(phrase)
        phrase_words = phrase.casefold().split()
        if overlaps(start, end) or phrase_words[-1] in ("and",):
            continue
        if len(phrase_words) == 1 and phrase_words[0] in ("one", "k", "m", "bn"):
            continue  # "one of the", "one day": seldom a count
        value = _word_value(phrase)
        if value is None or value == 0:
            continue
        found.append(_quantity(text, value, start, end, ""))
    return tuple(sorted(found, key=lambda q: q.start))


def _quantity(text: str, value: float, start: int, end: int, unit: str) -> Quantity:
    noun, before = _neighbour_stem(text, start, end)
    qualifier, qualifier_text = _qualifier(text[max(0, start - 25) : start])
    return Quantity(
        value=value,
        text=text[start:end],
        start=start,
        end=end,
        noun=noun,
        before=before,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        unit="$" if unit == "$" else unit,
    )
