"""--focus: the aspects a reader asks about, and a focus that matches too little."""

import json

import pytest

from summarize.aspects import report_words
from summarize.pipeline import BriefOptions, brief_articles
from summarize.render import render
from summarize.textutil import stem
from tests.conftest import build_article

# An invented bank breach told by four outlets; the regulator's act is told in the
# regulator's words ("Comptroller", "fined", "penalty"), never as "regulator".
BREACH = [
    (
        "Harborline Bank said on Tuesday that hackers stole names and account numbers of "
        "about 4.3 million customers after breaking into a vendor's file-transfer system. "
        "The bank discovered the breach on Feb. 11. Shares of Harborline fell 6 percent in "
        "early trading. The bank said it would offer affected customers two years of free "
        "credit monitoring."
    ),
    (
        "Richard Haldane resigned as chief executive of Harborline Bank on Friday, three days "
        "after the bank disclosed the breach. The board named finance chief Elena Morales "
        "interim chief executive. Harborline shares have lost about 11 percent this week."
    ),
    (
        "The Office of the Comptroller of the Currency on Tuesday fined Harborline Bank $60 "
        "million for failing to oversee the vendor whose system was breached. Under a consent "
        "order, the bank must submit a plan within 90 days to overhaul how it checks its "
        "vendors. The bank said it had cooperated fully and would pay the penalty."
    ),
    (
        "Customers of Harborline Bank waited for hours on the phone on Wednesday to ask "
        "whether their data was stolen. The bank hired extra staff for its call centres and "
        "opened a website where customers can check whether they were affected."
    ),
]


def brief_breach(focus: str, words: int = 150):  # type: ignore[no-untyped-def]
    articles = [build_article(text, id=f"n{i}") for i, text in enumerate(BREACH)]
    options = BriefOptions(engine="extractive", words=words, semantic="off", focus=focus)
    return brief_articles(articles, options)


@pytest.mark.parametrize(
    "focus, reported",
    [
        ("what the regulator did", ["comptroller", "fined", "penalty", "consent"]),
        ("the watchdog's probe", ["fined", "investigation", "commission"]),
        ("how did the athlete respond", ["denied", "statement", "appeal"]),
        ("how did the bank reply", ["denied", "statement", "apologised"]),
    ],
)
def test_a_focus_naming_regulators_or_a_response_widens_to_their_report_words(
    focus: str, reported: list[str]
) -> None:
    assert {stem(word) for word in reported} <= set(report_words(focus))


def test_what_the_regulator_did_finds_the_fine_told_without_the_word_regulator() -> None:
    briefing = brief_breach("what the regulator did")
    told = " ".join(sentence.text for sentence in briefing.sentences)
    assert "Comptroller" in told and "consent order" in told
    assert not briefing.warnings


def test_how_the_athlete_responded_finds_his_denial() -> None:
    ban = (
        "Kenyan marathon runner Brian Langat was banned for four years on Wednesday after "
        "testing positive for trimetazidine, the Athletics Integrity Unit said. Kenya has more "
        "than 100 athletes serving doping bans. The sample was taken in Iten in October."
    )
    denial = (
        "Langat denied cheating in a statement issued through his lawyer on Thursday. His "
        "lawyer said he would appeal to the Court of Arbitration for Sport. Langat won the "
        "Valencia Marathon in December in a course record."
    )
    articles = [build_article(ban, id="ban"), build_article(denial, id="denial")]
    options = BriefOptions(
        engine="extractive", words=30, semantic="off", focus="how did the athlete respond"
    )
    told = [sentence.text for sentence in brief_articles(articles, options).sentences]
    assert any("denied cheating" in text for text in told), told


def test_a_focus_that_matches_little_says_so_and_the_rest_is_the_general_briefing() -> None:
    # One short sentence answers the question: a 150-word budget with it alone would be a
    # one-line briefing. The warning says so, once; the general briefing fills the rest.
    articles = [build_article(text, id=f"n{i}") for i, text in enumerate(BREACH)]
    articles.append(
        build_article(
            "Senator Mark Whitaker called on federal agencies to look into the breach. "
            + BREACH[3].replace("Wednesday", "Thursday"),
            id="senator",
        )
    )
    options = BriefOptions(
        engine="extractive", words=150, semantic="off", focus="what the senator said"
    )
    briefing = brief_articles(articles, options)
    thin = [warning for warning in briefing.warnings if "matches little" in warning]
    assert len(thin) == 1 and "what the senator said" in thin[0]
    told = [sentence.text for sentence in briefing.sentences]
    assert any("Senator" in text for text in told)
    assert briefing.word_count > 150 / 3
    # In the JSON as every warning is.
    assert thin[0] in json.loads(render(briefing, "json"))["warnings"]


def test_a_focus_that_matches_enough_gives_no_warning() -> None:
    briefing = brief_breach("the bank's share price and its chief executive", words=60)
    assert not [warning for warning in briefing.warnings if "matches little" in warning]


def test_a_short_set_all_on_the_focus_is_not_a_focus_that_matches_little() -> None:
    # Every sentence is on the focus: there is no general briefing to add, nothing to warn.
    text = (
        "The Office of the Comptroller of the Currency fined Harborline Bank $60 million. "
        "The regulator ordered the bank to overhaul its vendor checks within 90 days."
    )
    articles = [build_article(text, id="a"), build_article(text + " It was fined.", id="b")]
    options = BriefOptions(
        engine="extractive", words=200, semantic="off", focus="what the regulator did"
    )
    briefing = brief_articles(articles, options)
    assert briefing.sentences
    assert not [warning for warning in briefing.warnings if "matches little" in warning]


def test_a_focus_whose_sentences_the_briefing_drops_as_restating_matches_little() -> None:
    # The sentences on the focus hold enough words, but the second shares the first's
    # wording and is dropped: one sentence of an 80-word budget would be all the reader got.
    closure = "Port Selden schools will stay closed on Tuesday, the school district said."
    shelter = (
        "A shelter opened at Port Selden High School gym, where Red Cross volunteers handed "
        "out blankets and cots to evacuated families."
    )
    articles = [
        build_article(BREACH[0] + " " + closure, id="wire"),
        build_article(BREACH[1] + " " + shelter, id="gazette"),
        build_article(BREACH[2], id="occ"),
        build_article(BREACH[3], id="calls"),
    ]
    options = BriefOptions(engine="extractive", words=80, semantic="off", focus="schools closed")
    briefing = brief_articles(articles, options)
    thin = [warning for warning in briefing.warnings if "matches little" in warning]
    assert len(thin) == 1, briefing.warnings
    assert briefing.word_count > 80 / 3, [sentence.text for sentence in briefing.sentences]


@pytest.mark.parametrize(
    ("focus", "named", "not_named"),
    [
        # A response qualified by the aspect before it is that aspect's.
        ("the diplomatic response", ["ambassador", "envoy"], ["urged", "warned", "praised"]),
        ("the military reaction", ["troops"], ["urged", "praised"]),
        # Unqualified, it is the reaction; "response" is not "responsible" (one stem).
        ("the public response", ["urged", "praised"], ["blamed", "negligence"]),
        ("Who is responsible for the collapse?", ["blamed", "negligence"], ["praised"]),
        # Coordinated with another aspect, it is still the reaction.
        ("casualties and reaction", ["killed", "praised"], []),
    ],
)
def test_a_focus_names_aspects_by_its_words_as_written(
    focus: str, named: list[str], not_named: list[str]
) -> None:
    reported = set(report_words(focus))
    assert {stem(word) for word in named} <= reported
    assert not {stem(word) for word in not_named} & reported


def test_a_diplomatic_response_in_a_story_with_no_diplomacy_matches_nothing() -> None:
    articles = [
        build_article(
            "Heat records fell across Sarvona on Wednesday as the temperature reached 43.1 "
            "degrees. Doctors urged people to drink water and stay indoors. The grid operator "
            "asked factories to cut power use in the afternoon.",
            id="heat",
        ),
        build_article(
            "Sarvona's water company warned customers not to water gardens. Hospitals "
            "treated dozens of people for heatstroke, officials said.",
            id="water",
        ),
    ]
    options = BriefOptions(
        engine="extractive", words=60, semantic="off", focus="the diplomatic response"
    )
    briefing = brief_articles(articles, options)
    assert any("no sentence is relevant to the focus" in w for w in briefing.warnings)


# An invented regional election: the result is told as "elected", "defeating", "ahead",
# never as "won"; the rest is the campaign and the count.
ELECTION = [
    (
        "Former teacher Ana Roslin was elected mayor of Tarrow on Sunday, defeating the "
        "incumbent Piet Vorn. Roslin took 54 percent of the vote to Vorn's 43 percent. "
        "Roslin campaigned on cheaper buses and new cycle lanes along the river."
    ),
    (
        "Vorn, 61, said he would stay on the city council. His campaign had promised a new "
        "sports hall and lower parking fees in the old town. Roslin finished about 9,000 "
        "votes ahead of Vorn, the election office said."
    ),
    (
        "Polling stations in the north of Tarrow stayed open an hour late after a power cut. "
        "Election staff counted the postal ballots by hand in the town hall."
    ),
]


def focused(texts: list[str], focus: str, words: int) -> tuple[str, str]:
    """The briefing of `texts` on `focus` (its sentences in order), and its warnings."""
    articles = [build_article(text, id=f"a{i}") for i, text in enumerate(texts)]
    options = BriefOptions(engine="extractive", words=words, semantic="off", focus=focus)
    briefing = brief_articles(articles, options)
    told = " ".join(sentence.text for sentence in briefing.sentences)
    return told, " ".join(briefing.warnings)


def test_who_won_finds_the_result_told_in_other_words() -> None:
    told, warnings = focused(ELECTION, "who won and by how much", words=45)
    assert "no sentence is relevant" not in warnings
    # The winner, and the margin told one way or the other.
    assert "defeating the incumbent" in told
    assert "54 percent" in told or "votes ahead" in told
    assert "sports hall" not in told and "power cut" not in told


def test_the_impact_on_farmers_finds_crops_and_cattle() -> None:
    drought = [
        "Wheat yields in the Orrel valley are expected to fall by a third after the driest "
        "spring on record. Town officials in Merrin switched off the public fountains.",
        "Ranchers in the valley are selling cattle early as their pastures dry out. The "
        "Merrin water board asked residents to take shorter showers.",
        "Boat tours on Lake Merrin were suspended because the water is too low. Irrigation "
        "quotas for the valley's orchards were cut by half.",
    ]
    told, warnings = focused(drought, "impact on farmers", words=45)
    assert "no sentence is relevant" not in warnings
    assert "Wheat yields" in told and "cattle" in told
    assert "fountains" not in told and "Boat tours" not in told


def test_a_focus_word_the_articles_never_use_is_read_in_its_news_word_class() -> None:
    # "arrests": the articles only say "detained", a word of its class.
    derby = [
        "Police detained 14 fans after fighting broke out before the Tarrow derby. The "
        "match ended 2-2 after a late penalty.",
        "The home side's coach praised his players' spirit. Tickets for the return match go "
        "on sale on Monday.",
    ]
    told, warnings = focused(derby, "the arrests", words=15)
    assert "no sentence is relevant" not in warnings
    assert told.startswith("Police detained 14 fans")
