import numpy as np

from summarize.attribute import SupportFinder, cite_groups, figures_agree
from summarize.clean import clean
from summarize.models import Group, Sentence
from summarize.pipeline import brief_articles
from tests.conftest import build_article, build_sentence

STORIES = {
    "courier": (
        "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents to "
        "leave their homes. The mayor asked the province for money to repair the pumping station."
    ),
    "herald": (
        "Schools across the county will stay closed until the water recedes, officials said. "
        "Floodwaters forced 300 Eastwick residents from their homes after heavy rain."
    ),
    "gazette": (
        "Farmers upstream said the old dikes had held so far but the soaked soil worried them. "
        "In Eastwick, some residents had to leave their homes when heavy rain flooded the town."
    ),
}


def test_restatements_in_three_articles_become_one_sentence_citing_all_three() -> None:
    # Dated articles: "on Monday" can be anchored, so the fullest telling is shown.
    articles = [build_article(text, name, published="2024-01-17") for name, text in STORIES.items()]
    briefing = brief_articles(articles)
    told = [s for s in briefing.sentences if "leave their homes" in s.text or "homes" in s.text]
    assert len(told) == 1
    assert set(told[0].citations) == {"courier", "herald", "gazette"}
    assert "Monday" in told[0].text and "300" in told[0].text  # the most informative telling
    texts = {article.id: clean(article).text for article in articles}
    for support in told[0].support:
        span = texts[support.source][support.start : support.end]
        assert "homes" in span  # each cited source holds the sentence the JSON points at


# One invented flood told by four outlets, three sentences each (enough for term weights).
OUTLETS = {
    "courier": [
        "Storms flooded the river town of Eastwick on Monday, forcing 300 residents from "
        "their homes.",
        "The mayor asked the province for money to repair the pumping station.",
        "Farmers upstream said the old dikes had held so far.",
    ],
    "herald": [
        "After the storms, the river burst its banks and flooded Eastwick, forcing residents "
        "from their homes.",
        "Schools will stay closed until the water recedes, officials said.",
        "Insurance adjusters are expected later in the week.",
    ],
    "gazette": [
        "The Eastwick mayor said on Monday that the town's budget for roads would be "
        "discussed next year.",
        "Volunteers opened the high school gym as a shelter with cots and hot meals.",
        "A local bakery handed out bread to families.",
    ],
    "tribune": [
        "Storms flooded the river town of Eastwick on Monday, forcing 250 residents from "
        "their homes.",
        "Engineers will inspect the bridges before traffic is allowed back.",
        "The county fair was postponed.",
    ],
}


def outlet_sentences() -> list[Sentence]:
    return [
        build_sentence(text, article_id=outlet, index=index)
        for outlet, texts in OUTLETS.items()
        for index, text in enumerate(texts)
    ]


def shown_alone(sentences: list[Sentence]) -> Group:
    """The courier's flood sentence as a group of its own: what grouping hands over when
    it kept the other tellings apart."""
    return Group(id=0, representative=sentences[0], members=(sentences[0],))


ORDER = {outlet: position for position, outlet in enumerate(OUTLETS)}


def test_a_restatement_grouping_kept_apart_is_cited_with_its_own_sentence() -> None:
    sentences = outlet_sentences()
    (cited,) = cite_groups([shown_alone(sentences)], ORDER, SupportFinder(sentences))
    assert cited.citations == ("courier", "herald")
    herald = next(item for item in cited.support if item.source == "herald")
    assert herald.sentence_index == 0  # the herald's own telling is the support span
    assert 0 < herald.score < 1


def test_same_place_and_day_but_another_fact_or_figure_is_not_cited() -> None:
    sentences = outlet_sentences()
    (cited,) = cite_groups([shown_alone(sentences)], ORDER, SupportFinder(sentences))
    assert "gazette" not in cited.citations  # the mayor on Monday, about roads
    assert "tribune" not in cited.citations  # 250 residents, not 300


def test_without_a_finder_only_the_group_is_cited() -> None:
    sentences = outlet_sentences()
    (cited,) = cite_groups([shown_alone(sentences)], ORDER)
    assert cited.citations == ("courier",)


def test_embeddings_cite_a_paraphrase_with_no_shared_wording_but_keep_the_figure_guard() -> None:
    sentences = [
        build_sentence("Some 300 people had to leave Eastwick when the water came.", "courier"),
        build_sentence("Floods drove hundreds out of the small river community.", "herald"),
        build_sentence("Floods drove 250 people out of the small river community.", "tribune"),
        build_sentence("The county fair was postponed.", "gazette"),
    ]
    # Hand-made unit vectors: the first three point almost the same way.
    vectors = np.array([[1.0, 0.0], [0.9, 0.436], [0.9, 0.436], [0.0, 1.0]])
    finder = SupportFinder(sentences, embeddings=vectors)
    group = Group(id=0, representative=sentences[0], members=(sentences[0],))
    (cited,) = cite_groups([group], ORDER, finder)
    assert cited.citations == ("courier", "herald")
    (lexical,) = cite_groups([group], ORDER, SupportFinder(sentences))
    assert lexical.citations == ("courier",)  # no shared wording: lexical tests decline


def test_a_source_that_splits_the_sentence_differently_is_cited_for_its_piece() -> None:
    shown = build_sentence(
        "Mayor Jane Porter declared a state of emergency in Eastwick on Monday as the river "
        "rose past the old flood marks, and she asked the province to send pumps, sandbags "
        "and army engineers before the next storm reaches the valley.",
        "courier",
    )
    piece = build_sentence("Mayor Jane Porter declared a state of emergency.", "herald")
    other = build_sentence("Mayor Porter opened the new library.", "gazette")
    group = Group(id=0, representative=shown, members=(shown,))
    (cited,) = cite_groups([group], ORDER, SupportFinder([shown, piece, other]))
    assert cited.citations == ("courier", "herald")


def test_figures_in_words_must_agree_and_a_weekday_is_not_an_actor() -> None:
    shown = build_sentence(
        "A car bomb near a police station in Northport killed at least three people on Sunday.",
        "courier",
    )
    same = build_sentence(
        "On Sunday, a car bomb near a police station in Northport killed three people.",
        "herald",
    )
    other_count = build_sentence(
        "On Sunday, a car bomb near a police station in Northport killed two people.",
        "tribune",
    )
    group = Group(id=0, representative=shown, members=(shown,))
    finder = SupportFinder([shown, same, other_count])
    (cited,) = cite_groups([group], ORDER, finder)
    assert cited.citations == ("courier", "herald")


def test_tellings_that_share_a_figure_may_add_others_but_never_give_one_thing_two_values() -> None:
    shown = "The Northport dam, finished in 1968, holds back 800 million litres of water."
    assert figures_agree(shown, "Northport's dam holds back 800 million litres, engineers say.")
    assert figures_agree(shown, "Its 40-metre wall holds back 800 million litres of water.")
    assert not figures_agree(shown, "The dam holds back 650 million litres of water.")
    assert not figures_agree(
        "The storm killed 12 people and injured 30.", "The storm killed 12 people and injured 45."
    )
    # One month in two spellings is one date.
    assert figures_agree("The dam opened on Aug. 17, 1968.", "The dam opened on August 17, 1968.")
