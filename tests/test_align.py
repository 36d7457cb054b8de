from summarize.align import align, split_generated
from summarize.clean import clean
from summarize.segment import segment
from tests.conftest import STORY, build_article


def sources():  # type: ignore[no-untyped-def]
    cleaned = [clean(build_article(text, id=name.split(".")[0])) for name, text in STORY.items()]
    sentences = [s for article in cleaned for s in segment(article)]
    return cleaned, sentences


def test_supported_sentence_cites_every_article_that_says_it() -> None:
    cleaned, sentences = sources()
    result = align(
        [
            "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents from their homes."
        ],
        sentences,
        cleaned,
    )
    (sentence,) = result.sentences
    assert sentence.citations == ("alpha", "beta", "gamma")
    assert sentence.supported and sentence.support_score > 0.9
    assert all(s.source in {"alpha", "beta", "gamma"} for s in sentence.support)


def test_fabricated_number_or_name_is_dropped_and_counted() -> None:
    cleaned, sentences = sources()
    generated = [
        "Heavy rain flooded the river town of Eastwick on Monday, forcing 4,500 residents from their homes.",
        "The mayor, Jane Porter, said the water rose faster than in any storm since 1998.",
        "Governor Michael Brandt said the water rose faster than in any storm since 1998.",
    ]
    result = align(generated, sentences, cleaned)
    assert [s.text for s in result.sentences] == [generated[1]]
    assert result.unsupported == [generated[0], generated[2]]
    kept = align(generated, sentences, cleaned, keep_unsupported=True)
    assert [s.supported for s in kept.sentences] == [False, True, False]


def test_unrelated_sentence_has_no_support() -> None:
    cleaned, sentences = sources()
    result = align(
        ["Stock markets in Asia rallied on strong technology earnings."], sentences, cleaned
    )
    assert result.sentences == [] and len(result.unsupported) == 1


def test_generated_text_split_drops_trailing_fragment_and_repeats() -> None:
    text = "The river rose. Crews used boats. The river rose. Schools will stay closed until"
    assert split_generated(text) == ["The river rose.", "Crews used boats."]


def _toll_sources():  # type: ignore[no-untyped-def]
    texts = {
        "ap": "Flash floods in the Varn valley killed 21 people on Wednesday, officials said. "
        "Prime Minister Dagny Reuss toured the flooded town of Oskel.",
        "reuters": "The death toll from floods in the Varn valley rose to 19 on Wednesday. "
        "Prime Minister Dagny Reuss toured the flooded town of Oskel on Wednesday.",
        "afp": "Prime Minister Dagny Reuss toured the flooded town of Oskel, where 21 people "
        "died in the floods.",
    }
    cleaned = [clean(build_article(text, id=name)) for name, text in texts.items()]
    return cleaned, [s for article in cleaned for s in segment(article)]


def test_a_source_that_gives_another_toll_is_not_cited_for_a_generated_toll() -> None:
    cleaned, sentences = _toll_sources()
    generated = (
        "Floods in the Varn valley killed 21 people on Wednesday as Prime Minister Dagny Reuss"
        " toured the flooded town of Oskel."
    )
    (sentence,) = align([generated], sentences, cleaned).sentences
    assert "reuters" not in sentence.citations  # it says the toll rose to 19
    assert "ap" in sentence.citations


def test_a_generated_sentence_without_a_count_cites_every_source_that_says_it() -> None:
    cleaned, sentences = _toll_sources()
    (sentence,) = align(
        ["Prime Minister Dagny Reuss toured the flooded town of Oskel."], sentences, cleaned
    ).sentences
    assert {"ap", "reuters"} <= set(sentence.citations)


def test_a_generated_count_only_a_contradicting_source_matches_is_unsupported() -> None:
    cleaned, sentences = _toll_sources()
    generated = "The death toll from floods in the Varn valley rose to 25 on Wednesday."
    result = align([generated], sentences, cleaned)
    assert result.sentences == [] and result.unsupported == [generated]
