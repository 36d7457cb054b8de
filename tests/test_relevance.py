import warnings

import pytest

from summarize.clean import clean
from summarize.models import Article
from summarize.options import BriefOptions
from summarize.pipeline import brief_articles
from summarize.prepare import prepare
from summarize.relevance import opinion_pieces, tells_a_view
from summarize.render import render
from tests.conftest import build_article

QUAKE = [
    (
        "wire",
        "A magnitude 6.1 earthquake struck the hill town of Varna on Monday, collapsing dozens "
        "of stone houses and killing at least nine people, the civil defence agency said. "
        "Rescuers were searching the rubble of the old quarter through the night, and the "
        "regional governor asked the army for tents and field kitchens.",
    ),
    (
        "paper",
        "At least nine people died when an earthquake of magnitude 6.1 hit Varna on Monday. "
        "Dozens of stone houses in the old quarter collapsed, and rescue teams with dogs "
        "searched the rubble for survivors. Schools in the district will stay closed for the "
        "rest of the week while engineers inspect them.",
    ),
    (
        "radio",
        "The earthquake that shook Varna on Monday destroyed dozens of houses in the old "
        "quarter. The civil defence agency said nine people were killed and 40 injured, and "
        "tents were set up for families whose houses collapsed. Volunteers from nearby villages "
        "brought blankets and water to the town square.",
    ),
    (
        "agency",
        "Aftershocks rattled Varna on Tuesday as rescuers kept searching the rubble of the "
        "stone houses the earthquake brought down. The agency said 40 people injured in the "
        "quake were in hospital, three of them in intensive care. Engineers began checking the "
        "town's bridges and the dam above the valley.",
    ),
]
CURRENCY = (
    "markets",
    "The krona climbed to a record high against the euro as investors sought safe assets "
    "amid turmoil in bond markets. Analysts at a large bank said the currency could gain "
    "further by the summer, and exporters complained that the strong krona hurt their sales.",
)


def articles(*texts: tuple[str, str]) -> list[Article]:
    return [build_article(text, id) for id, text in texts]


def off_story(*texts: tuple[str, str]) -> dict[str, str]:
    return prepare(articles(*texts), BriefOptions(semantic="off")).off_story


def test_an_article_about_something_else_is_off_the_story() -> None:
    found = off_story(*QUAKE, CURRENCY)
    assert list(found) == ["markets"]
    assert "shares almost nothing with the other articles" in found["markets"]
    assert not off_story(*QUAKE)


def test_two_articles_cannot_say_which_one_is_off_the_story() -> None:
    assert not off_story(QUAKE[0], CURRENCY)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # (a median of no other articles warns)
        assert not off_story(QUAKE[0])


def test_a_set_of_unrelated_articles_has_no_story_to_be_off() -> None:
    sport = (
        "sport",
        "The home side won the cup final 3-1 after extra time, with two goals from their "
        "young striker in front of a sold-out stadium. Their coach said the title was the "
        "reward for a season of patient work, and fans celebrated in the streets until dawn.",
    )
    science = (
        "science",
        "Astronomers reported a faint comet that will pass close to the sun next spring, "
        "visible with binoculars from the southern hemisphere. The observatory that found it "
        "said its orbit takes about four thousand years, and amateur observers are invited "
        "to send their measurements.",
    )
    assert not off_story(QUAKE[0], QUAKE[1], CURRENCY, sport, science)


def test_a_copy_of_an_off_story_article_does_not_vouch_for_it() -> None:
    copy = ("markets-copy", CURRENCY[1])
    found = off_story(*QUAKE, CURRENCY, copy)
    assert set(found) == {"markets", "markets-copy"}


def test_an_article_off_the_story_neither_steers_nor_fills_the_briefing() -> None:
    briefing = brief_articles(
        articles(*QUAKE, CURRENCY),
        BriefOptions(words=200, semantic="off"),
    )
    assert briefing.sentences
    assert all("krona" not in s.text for s in briefing.sentences)
    assert all("markets" not in s.citations for s in briefing.sentences)
    (source,) = [s for s in briefing.sources if s.id == "markets"]
    assert "off_story" in source.flags
    assert "off the story" in render(briefing, "md")
    (warning,) = [w for w in briefing.warnings if "off the story" in w]
    assert "markets.txt" in warning


@pytest.mark.parametrize(
    ("title", "url", "opinion"),
    [
        ("Opinion: Varna's mayor did the right thing, too late", None, True),
        ("EDITORIAL | The quake shows our schools are not safe", None, True),
        ("The quake shows our schools are not safe - Comment", None, True),
        ("Why Varna must rebuild better", "https://example.com/opinion/2026/03/varna", True),
        ("Public opinion shifts on rebuilding Varna", None, False),
        ("Comment sought from ministry on Varna schools", None, False),
        ("Column of smoke rises over Varna after quake", None, False),
        ("Varna quake kills nine", "https://example.com/news/varna-quake", False),
    ],
)
def test_an_article_its_outlet_labels_opinion_is_an_opinion_piece(
    title: str, url: str | None, opinion: bool
) -> None:
    article = build_article(QUAKE[0][1], "column", title=title, url=url)
    assert ("column" in opinion_pieces([article])) is opinion


def test_a_columns_views_are_never_told_as_facts() -> None:
    views = [
        "Let us be honest about the earthquake that collapsed the stone houses of Varna.",
        "Rescuers should have searched the rubble of the old quarter faster after the quake.",
        "The civil defence agency failed the families whose stone houses collapsed in Varna.",
        "Our readers deserve answers about the earthquake that killed nine people in Varna.",
    ]
    fact = "The mayor was warned about the old stone houses in 2024, nine people died in them."
    column = ("column", " ".join([views[0], fact, *views[1:]]))
    articles = [
        *(build_article(text, id) for id, text in QUAKE),
        build_article(column[1], "column", title="Opinion: Varna deserves answers"),
    ]
    briefing = brief_articles(articles, BriefOptions(words=400, semantic="off"))
    assert briefing.sentences
    assert not any(view in s.text for s in briefing.sentences for view in views)
    # Nor is a view cited as the support of a news sentence ("Rescuers should have searched
    # the rubble" for "Rescuers were searching the rubble").
    column_text = clean(articles[-1]).text
    cited = [
        column_text[support.start : support.end]
        for s in briefing.sentences
        for support in s.support
        if support.source == "column"
    ]
    assert not set(cited) & set(views)
    (source,) = [s for s in briefing.sources if s.id == "column"]
    assert "opinion" in source.flags
    assert "opinion: not weighed, its views not told" in render(briefing, "md")


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("His resignation was the right decision.", True),
        ("The council should elect a successor quickly.", True),
        ("Kalev Mets is not a crook.", True),
        ("It would have been braver in January, when this newspaper asked.", True),
        ("We deserve better from our mayors.", True),
        ("The audit found 142 private journeys between 2024 and 2026.", False),
        ("Mets resigned on Thursday, hours after the report was published.", False),
    ],
)
def test_a_sentence_of_an_opinion_piece_tells_a_view_or_a_fact(text: str, view: bool) -> None:
    assert tells_a_view(text) is view


# Two full reports of a flood, a three-sentence wire brief on it (under 40 words of prose)
# and a video widget's text (as short, about nothing in the story).
FLOOD_FULL = [
    (
        "gazette",
        "The river Aln burst its banks at Corbridge on Sunday, flooding more than 200 homes "
        "and forcing the evacuation of the town's care home. Firefighters used boats to reach "
        "families trapped upstairs, and the county council opened two rest centres in school "
        "halls. The Environment Agency said the river peaked at a record 5.2 metres.",
    ),
    (
        "courier",
        "More than 200 homes in Corbridge were flooded on Sunday when the Aln overflowed after "
        "two days of heavy rain. Residents of the care home were moved to a hotel, and "
        "firefighters in boats rescued people from upper floors. Forecasters warned that more "
        "rain was expected on Tuesday across the north of the county.",
    ),
]
FLOOD_BRIEF = (
    "wire",
    "Floods hit Corbridge on Sunday after the river Aln overflowed, swamping more than 200 "
    "homes. The town's care home was evacuated. Firefighters used boats in the rescue.",
)
WIDGET = (
    "widget",
    "Rating is available when the video has been rented. This feature is not available "
    "right now. Please try again later.",
)


def test_a_short_report_on_the_story_is_weighed_and_a_widget_is_not() -> None:
    articles = [build_article(text, name) for name, text in [*FLOOD_FULL, FLOOD_BRIEF, WIDGET]]
    assert clean(articles[2]).is_stub and clean(articles[3]).is_stub  # both under 40 words
    prepared = prepare(articles, BriefOptions(semantic="off"))
    assert prepared.unweighed == {"widget"}
    briefing = brief_articles(articles, BriefOptions(semantic="off"))
    marked = {source.id for source in briefing.sources if "stub" in source.flags}
    assert marked == {"widget"}


def test_a_set_of_short_reports_is_weighed_as_a_set_of_articles() -> None:
    # Every article is short: none is told from a full one, so each is a source to weigh.
    articles = [
        build_article(FLOOD_BRIEF[1], "wire"),
        build_article(
            "More than 200 Corbridge homes were flooded on Sunday when the Aln overflowed. "
            "Boats took residents of the care home to safety.",
            "radio",
        ),
        build_article("The Aln flooded over 200 homes in Corbridge on Sunday.", "blog"),
    ]
    assert all(clean(article).is_stub for article in articles)
    assert prepare(articles, BriefOptions(semantic="off")).unweighed == frozenset()


FLOOD_RADIO = (
    "radio",
    "More than 200 Corbridge homes were flooded on Sunday when the Aln overflowed. Boats "
    "took residents of the care home to safety.",
)


def test_short_reports_beside_one_full_report_are_weighed_and_a_widget_is_not() -> None:
    # One full report and two wire briefs on the story: the briefs are sources like the
    # full one (every outlet cited for what it told); the widget's text is still a stub.
    names = [FLOOD_FULL[0], FLOOD_BRIEF, FLOOD_RADIO, WIDGET]
    articles = [build_article(text, name) for name, text in names]
    assert all(clean(article).is_stub for article in articles[1:])
    assert prepare(articles, BriefOptions(semantic="off")).unweighed == {"widget"}
    briefing = brief_articles(articles, BriefOptions(semantic="off"))
    cited = {source for sentence in briefing.sentences for source in sentence.citations}
    assert {"gazette", "wire", "radio"} <= cited


def test_two_prompts_alike_only_to_each_other_are_not_weighed_beside_one_report() -> None:
    paywall = (
        "Subscribe now to keep reading our journalism. Get unlimited access for one dollar a "
        "week. Already a subscriber? Sign in to keep reading."
    )
    articles = [
        build_article(FLOOD_FULL[0][1], "gazette"),
        build_article(paywall, "paywall-one"),
        build_article(paywall.replace("one dollar", "two dollars"), "paywall-two"),
    ]
    assert prepare(articles, BriefOptions(semantic="off")).unweighed == {
        "paywall-one",
        "paywall-two",
    }


def test_a_widget_among_short_reports_only_is_not_weighed() -> None:
    names = [
        FLOOD_BRIEF,
        FLOOD_RADIO,
        ("blog", "The Aln flooded over 200 homes in Corbridge on Sunday."),
        WIDGET,
    ]
    articles = [build_article(text, name) for name, text in names]
    assert all(clean(article).is_stub for article in articles)
    assert prepare(articles, BriefOptions(semantic="off")).unweighed == {"widget"}


def test_short_reports_of_unrelated_stories_are_all_weighed() -> None:
    # No one story among them: none is told apart as a widget would be.
    articles = [
        build_article(FLOOD_BRIEF[1], "wire"),
        build_article(
            "The central bank raised its main rate to 4 percent on Sunday after floods hit farms.",
            "bank",
        ),
        build_article("Harbour City beat Rovers 2-1 in the cup final on Saturday.", "sport"),
    ]
    assert prepare(articles, BriefOptions(semantic="off")).unweighed == frozenset()
