import pytest

from summarize.textutil import content_terms, normalize_text, words


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
