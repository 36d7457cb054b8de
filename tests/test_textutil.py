import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.textutil import content_terms, may_hold, normalize_text, words


def test_words_read_plain_and_decorated_text_alike() -> None:
    plain = "Iran struck 2 bases in Pakistan's Baluchistan."
    # Zero-width space, soft hyphen and full-width letters: the same words to a reader.
    decorated = "Iran\u200b struck 2 ba\u00adses in Ｐａｋｉｓｔａｎ's Baluchistan."
    assert words(plain) == words(decorated)
    assert words(plain) == ["iran", "struck", "2", "bases", "in", "pakistan", "s", "baluchistan"]


def test_repeated_lookups_give_the_same_answer_and_a_fresh_list() -> None:
    sentence = "Rescuers pulled 12 survivors from the flooded mines on Monday."
    first = content_terms(sentence)
    first.append("changed by the caller")
    assert content_terms(sentence) == [
        "rescuer",
        "pull",
        "12",
        "survivor",
        "flood",
        "mine",
        "monday",
    ]
    assert normalize_text(sentence) == normalize_text(sentence.upper())


def test_long_texts_are_read_without_the_cache_and_the_same_way() -> None:
    paragraph = " ".join(["Floods closed the northern roads again."] * 100)  # > 2000 characters
    assert (
        content_terms(paragraph) == content_terms("Floods closed the northern roads again.") * 100
    )
    assert normalize_text(paragraph).split() == words(paragraph)


@pytest.mark.parametrize(
    "past, present",
    [
        ("Iran struck two bases.", "Iran strikes two bases."),
        ("The rebels fought for the town.", "The rebels fight for the town."),
        ("Thousands fled the fires.", "Thousands flee the fires."),
        ("The court has withdrawn the order.", "The court withdraws the order."),
    ],
)
def test_irregular_past_forms_read_as_their_verb(past: str, present: str) -> None:
    assert content_terms(past) == content_terms(present)


def test_past_forms_that_are_words_of_their_own_are_left_alone() -> None:
    # "the Fed" is not "feed", "left" is a side, "found" may be "founded".
    assert content_terms("The Fed left rates unchanged.") == ["fed", "left", "rate", "unchang"]


@pytest.mark.parametrize(
    ("text", "hints", "may"),
    [
        ("Rates rose by 25 basis POINTS.", ("point", "bp"), True),
        ("Rates rose sharply.", ("point", "bp"), False),
        # Curly quotes and accents fold to nothing ASCII: the words decide.
        ("\u201cRates rose sharply,\u201d said Am\u00e9lie.", ("point", "bp"), False),
        # Case-insensitive matching pairs "\u0131" with "i" and the Kelvin sign with "k".
        ("Rates rose 25 basis po\u0131nts.", ("point", "bp"), True),
        ("A \u212aISS from the crowd.", ("kiss",), True),
    ],
)
def test_a_hint_skips_only_searches_that_cannot_match(text: str, hints: tuple, may: bool) -> None:
    assert may_hold(text, hints) is may


_PIECES = (
    *("point", "POINT", "Po", "int", "bp", "BP", "kiss", "Kiss", "s", "k", "i", "x", " ", "\n"),
    *("\u0131", "\u0130", "\u017f", "\u212a", "\u00e9", "\u201c", "\u03a3", "\u00df", "\u1e9e"),
)


@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_may_hold_says_no_only_where_a_case_insensitive_search_finds_nothing(text: str) -> None:
    for hints in (("point", "bp"), ("kiss",), ("sk", "int")):
        pattern = re.compile("|".join(map(re.escape, hints)), re.IGNORECASE)
        if pattern.search(text):
            assert may_hold(text, hints)
