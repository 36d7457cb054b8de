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
