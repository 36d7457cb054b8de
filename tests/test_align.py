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
