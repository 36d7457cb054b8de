"""Aspects of a news story a focus asks about, and the words articles report them with.

A reader asks for "casualties and humanitarian impact"; the articles say "23 people were
killed", "60,000 are sheltering in schools". The focus shares no word with them, so the
query is widened with the words of each aspect the focus names: a small fixed table, no
model, no download. An aspect is named by any of its words in the first column
("casualties", "killed", "death toll" all name casualties); its report words join the
query at a lower weight than the focus's own words, so a sentence that reports the aspect
in the articles' words is relevant and the focus's own words still lead.
"""

from __future__ import annotations

from functools import lru_cache

from summarize.patterns import compiled
from summarize.textutil import content_terms

# Each aspect: the words that name it in a focus (first line), then the words articles
# report it with. A focus word names every aspect it is listed under.
_ASPECTS = (
    (
        "casualties casualty toll fatalities victims dead deaths death killed injured injuries",
        "killed dead died death deaths toll injured wounded injuries hospital hospitalized "
        "bodies victims missing survivors rescued",
    ),
    (
        "humanitarian relief aid refugees displaced displacement shelter evacuation",
        "aid relief shelter shelters sheltering refugees displaced evacuated homeless food "
        "water medicine supplies camps tents donations",
    ),
    (
        "diplomatic diplomacy diplomats international foreign relations",
        "ambassador ambassadors embassy envoy diplomat diplomats minister foreign talks summit "
        "condolences solidarity sanctions condemned counterpart",
    ),
    (
        "economic economy financial markets market business costs",
        "economy market markets stocks shares prices trade exports imports inflation "
        "investors currency growth billion",
    ),
    (
        "legal court courts trial trials prosecution lawsuit lawsuits charges justice",
        "court judge trial charged charges prosecutors lawyers lawsuit sued verdict sentenced "
        "convicted indicted appeal",
    ),
    (
        "investigation investigations cause causes caused blame reason reasons responsible "
        "responsibility accountable accountability liable liability fault faults culprit",
        "investigation investigators investigating inquiry caused cause blamed suspected evidence "
        "faulty fault failure failed negligence defect defective error triggered sparked "
        "ignited malfunction inspection inspectors leak warned warning warnings ignored "
        "admitted maintenance repairs contractor contractors postponed neglected",
    ),
    (
        "reaction reactions react reacted response responses respond responded",
        "condemned criticized criticised welcomed praised protested protest protests rally "
        "betrayal outrage anger angry vowed demanded urged warned denounced backlash",
    ),
    # What other governments and bodies did to help ("the response of neighbouring
    # governments": "Kestria flew 45 rescuers", "pledged 20 million in emergency aid").
    # Named by help and neighbours only: "the diplomatic response" is diplomacy.
    (
        "help assistance neighbouring neighboring neighbours neighbors donors",
        "sent send flew dispatched deployed pledged offered donated donation assistance aid "
        "relief rescuers teams field supplies planes",
    ),
    # Who may leave or join a team, a company or a party ("which players could leave their
    # clubs this summer": a bid, interest from other clubs, a contract, a swap).
    (
        "transfer transfers leave leaving departure departures exit exits signing signings "
        "swap defect defection",
        "bid bids offer offers fee transfer move join signing interest target contract future "
        "swap loan deal release leave leaving",
    ),
    # How one party answered what happened to it ("how did the athlete respond"): its own
    # statements. Named by the verbs of answering only: "reaction" and "response" name the
    # wider public reaction above (and adding these words to it dilutes that aspect's).
    (
        "respond responded responds reply replied replies answer answered denial",
        "statement denied denies denial insisted rejected responded appeal appealed vowed "
        "apologised apologized innocent",
    ),
    (
        "regulator regulators regulatory regulation regulations watchdog watchdogs supervisor "
        "supervisors oversight enforcement authority authorities",
        "regulator regulators watchdog authority commission comptroller sec ftc fca occ fined "
        "fine fines penalty penalties consent probe investigation investigating sanctioned "
        "compliance supervisory license licence",
    ),
    (
        "political politics government",
        "government parliament opposition election vote party president lawmakers minister",
    ),
    (
        "military security",
        "troops soldiers army forces military attack attacks strike strikes security police",
    ),
    (
        "damage destruction",
        "damage damaged destroyed collapsed flooded homes buildings roads bridges power",
    ),
    (
        "recovery reconstruction rebuilding",
        "rebuild rebuilding reconstruction recovery repair reopened",
    ),
    (
        "health medical disease outbreak",
        "hospital hospitals doctors patients disease outbreak virus vaccine cases infected",
    ),
    (
        "environment environmental pollution climate",
        "pollution emissions climate spill contamination wildlife",
    ),
    # What a vote or a match came to, and by how much ("who won and by how much").
    (
        "result results outcome outcomes margin won win winner winners",
        "won elected defeated beat victory votes percent margin ahead lead majority seats "
        "points score",
    ),
    (
        "farmers farmer farming farms farm agriculture agricultural crops crop harvest "
        "harvests growers livestock",
        "farm farms farmers farming crops crop harvest yields growers ranchers cattle "
        "livestock orchards irrigation dairy milk wheat grain",
    ),
)


def report_words(focus: str) -> list[str]:
    """The report words (stemmed) of every aspect a word of `focus` names, once each, in
    the table's order; none that the focus already has. A word names the aspects it is
    listed under as written ("response" names the reaction, "responsible" the cause: one
    stem), else by its stem ("diplomatically"). A response or reaction qualified by the
    aspect named right before it ("the diplomatic response", "the military reaction") is
    that aspect's, not every reaction ("urged", "warned")."""
    words = _WORD.findall(focus.casefold())
    by_word, by_stem = _named()

    def aspects_of(word: str) -> tuple[str, ...]:
        terms = content_terms(word)  # none for a function word ("and", "the")
        return by_word.get(word) or (by_stem.get(terms[0], ()) if terms else ())

    added: dict[str, None] = {}
    for index, word in enumerate(words):
        if word in _QUALIFIED_HEADS and index and aspects_of(words[index - 1]):
            continue
        for reported in aspects_of(word):
            added.setdefault(reported, None)
    own = set(content_terms(focus))
    return [word for word in added if word not in own]


_WORD = compiled(r"[a-z]+(?:['’][a-z]+)?")
# Words that name the reaction aspect alone, or the aspect of a word that qualifies them.
_QUALIFIED_HEADS = frozenset(["reaction", "reactions", "response", "responses"])


@lru_cache(maxsize=1)
def _named() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Focus word as written -> the stemmed report words of the aspects it names, and the
    same by the word's stem."""
    by_word: dict[str, dict[str, None]] = {}
    by_stem: dict[str, dict[str, None]] = {}
    for names, reported in _ASPECTS:
        words = dict.fromkeys(content_terms(reported))
        for name in names.split():
            by_word.setdefault(name, {}).update(words)
            for term in content_terms(name):
                by_stem.setdefault(term, {}).update(words)
    return (
        {name: tuple(found) for name, found in by_word.items()},
        {term: tuple(found) for term, found in by_stem.items()},
    )
