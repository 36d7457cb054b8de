import numpy as np
import pytest

from summarize.attribute import (
    SupportFinder,
    cite_groups,
    figures_agree,
    gives_only_old_value,
    shares_figure,
)
from summarize.clean import clean
from summarize.models import BriefSentence, Group, Sentence
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
    # The thing counted comes after its modifier: "27 confirmed cases" counts cases.
    cases = "Norland has confirmed 29 cases of the virus, including nine deaths."
    for other in (
        "A total of 27 confirmed cases, including nine deaths, have been reported.",
        "Officials counted 27 new cases, including nine deaths, by Monday.",
        "There are 27 suspected cases, including nine deaths, in the region.",
    ):
        assert not figures_agree(cases, other)
    assert figures_agree(cases, "A total of 29 confirmed cases, including nine deaths.")


@pytest.mark.parametrize(
    ("shown", "said"),
    [
        # One figure written two ways: digits or words, with or without an estimate's word.
        ("Floods left 4 million people without power.", "Four million people lost power."),
        ("The quake killed nearly 800 people in Kald.", "The Kald quake left 800 people dead."),
        # A range of years, short or long.
        (
            "The survey ran each year between 1993-97 in Norland.",
            "The Norland survey ran each year between 1993 and '97.",
        ),
        # A share told as a fraction.
        (
            "Nearly 60 percent of the coral on the reef has bleached.",
            "Almost three-fifths of the reef's coral has turned white.",
        ),
        ("About 67 percent of voters backed the plan.", "Two-thirds of voters backed the plan."),
        # A share rounded as written.
        ("Some 55 percent of voters backed the plan.", "The plan won 54.8 percent of votes."),
        # A month holds its days; a weekday is when it was said, not another date.
        ("Mayor Lind resigned May 12 after a vote.", "Mayor Lind resigned in May, aides said."),
        ("Mayor Lind resigned May 12.", "Mayor Lind resigned, aides said Thursday."),
        # Money in words.
        ("A $1 million reward was offered.", "A one million U.S. dollars reward was offered."),
        # An age says who someone is: a telling without it has no count to share.
        (
            "Mayor Lind filed for divorce May 12 amid talk of an affair with a 33-year-old aide.",
            "Mayor Lind filed for divorce last month, after 18 years of marriage.",
        ),
        # One change of a rate in two notations.
        (
            "The central bank raised its main rate by 25 basis points to 4.75% on Wednesday.",
            "The central bank raised rates by a quarter of a percentage point on Wednesday.",
        ),
        # An estimate and the figure it rounds.
        (
            "About 11,000 acres have burned, Cal Fire said.",
            "The fire has burned 11,400 acres, Cal Fire said.",
        ),
        # Details the other leaves out, tied by the day they share.
        (
            "Mayor Lind, 61, resigned May 12 amid a row with a 33-year-old aide.",
            "Mayor Lind resigned in May after 20 years in office.",
        ),
    ],
)
def test_figures_and_dates_told_differently_agree(shown: str, said: str) -> None:
    assert figures_agree(shown, said)
    assert figures_agree(said, shown)


@pytest.mark.parametrize(
    ("shown", "said"),
    [
        ("About 40 percent of voters backed the plan.", "Two-thirds of voters backed the plan."),
        # Two counts of one thing.
        (
            "A total of 26 rebels surrendered to the army in March.",
            "At least 20 more rebels surrendered to the army last month.",
        ),
        # Two days of one month.
        ("Mayor Lind resigned May 12.", "Mayor Lind resigned May 21, 2001."),
        # A range and a figure outside it.
        (
            "The drug was 31 to 38 percent effective in the trial.",
            "The drug raised recovery rates to 40 percent.",
        ),
        # Other years for the same law, though one count is shared.
        (
            "The law took effect in 1997, and Lind used the veto 82 times last year.",
            "Parliament passed the veto in 1996, and Lind used it 82 times last year.",
        ),
        # Weekdays that differ.
        ("The fire was out, an official said on Saturday.", "The fire was out, he said Sunday."),
        # Two ages for one person.
        ("Lind, 33, is charged in three bombings.", "Lind, a 31-year-old, is wanted in three."),
        # Another change of the rate, told in other units.
        (
            "The central bank raised its main rate by 25 basis points to 4.75% on Wednesday.",
            "The central bank raised its main rate by half a percentage point to 4.75%.",
        ),
        # An estimate that does not round to the other figure.
        (
            "Hackers stole the data of about 4.1 million customers, the bank said.",
            "Hackers stole the data of 4.3 million customers, a state filing shows.",
        ),
        # Other figures only, nothing shared.
        ("Lind vetoed 38 projects worth 287 million.", "Lind trimmed 144 million from the bill."),
    ],
)
def test_other_values_of_one_thing_never_agree(shown: str, said: str) -> None:
    assert not figures_agree(shown, said)
    assert not figures_agree(said, shown)


def build(text: str, outlet: str, index: int = 0) -> Sentence:
    return build_sentence(text, article_id=outlet, index=index)


def cited_by(shown: Sentence, others: list[Sentence]) -> tuple[str, ...]:
    group = Group(id=0, representative=shown, members=(shown,))
    (cited,) = cite_groups([group], ORDER, SupportFinder([shown, *others]))
    return cited.citations


def test_the_same_names_doing_something_else_are_not_cited() -> None:
    shown = build(
        "Anna Lind of Norland won the Peace Prize in 1991 for her struggle for free elections.",
        "courier",
    )
    arrest = build(
        "Peace Prize winner Anna Lind of Norland was placed under house arrest.", "herald"
    )
    told = build(
        "Anna Lind of Norland, who won the Peace Prize in 1991, led the struggle for free "
        "elections.",
        "gazette",
    )
    assert cited_by(shown, [arrest, told]) == ("courier", "gazette")


def test_a_second_name_a_place_or_another_construction_is_not_a_reversal_of_roles() -> None:
    alias = build(
        "Norland, also known as Nordia, has been ruled by generals since 1962.", "courier"
    )
    alias_told = build(
        "Nordia, also known as Norland, has been ruled by generals since 1962.", "herald"
    )
    assert cited_by(alias, [alias_told]) == ("courier", "herald")
    place = build(
        "Work has begun at Kald, where Vesta Mining has found more than 90,000 tons of copper.",
        "courier",
    )
    place_told = build(
        "Vesta Mining has found more than 90,000 tons of copper at Kald, its engineers say.",
        "herald",
    )
    assert cited_by(place, [place_told]) == ("courier", "herald")
    voice = build(
        "Acme and Zenith sued Vesta Mining for copyright infringement over its survey maps.",
        "courier",
    )
    voice_told = build(
        "Vesta Mining is fighting lawsuits over its survey maps from Acme and Zenith, which "
        "accuse it of copyright infringement.",
        "herald",
    )
    assert cited_by(voice, [voice_told]) == ("courier", "herald")


def test_why_not_names_the_rule_that_kept_a_source_out() -> None:
    shown = build("Storms flooded Eastwick on Monday, forcing 300 residents from their homes.", "a")
    others = [
        build("Storms flooded Eastwick on Monday, forcing 250 residents from their homes.", "b"),
        build("The Eastwick mayor said on Monday that roads would be discussed.", "c"),
        build("Floods in Eastwick on Monday forced 300 residents from homes.", "d"),
    ]
    finder = SupportFinder([shown, *others])
    assert finder.why_not(shown, others[0]) == "figure/date guard"
    assert finder.why_not(shown, others[1]) in {
        "names in common, not what happened",
        "wording below the lexical tests",
    }
    assert finder.why_not(shown, others[2]) == ""


def test_one_telling_count_ties_paraphrases_but_not_other_counts_or_bounds() -> None:
    from summarize.attribute import shares_figure

    assert shares_figure(
        "Four million Norlanders are believed to have the virus.",
        "The virus infects an estimated 4 million Norlanders, officials say.",
    )
    assert not shares_figure("A survey of 1,000 people.", "A survey of 1,000 hospitals.")
    assert not shares_figure("It killed over 14,000 people.", "It injured 14,718 people.")
    assert not shares_figure("a 33-year-old aide", "a 33-year-old carpenter")  # an age
    assert not shares_figure("a 20-day voyage", "a 20-day voyage")  # too small to tie


def test_a_paraphrase_tied_by_one_count_and_the_event_is_cited() -> None:
    shown = build(
        "Some 4 million Norlanders are believed to have hepatitis, which is blamed for "
        "about 9,000 deaths a year.",
        "courier",
    )
    said = build("Hepatitis kills 9,000 a year and infects four million Norlanders.", "herald")
    other = build("Four million Norlanders voted in the election last year.", "gazette")
    assert cited_by(shown, [said, other]) == ("courier", "herald")


def test_a_paraphrase_tied_by_a_telling_figure_with_little_wording_in_common_is_cited() -> None:
    # "killed 11 people and sickened 205" / "205 suspected cases and 11 deaths": the words
    # differ, the figures and two words of the event (the dead, the ministry) tie them.
    shown = build(
        "Cholera has killed 11 people and sickened 205 in Tovala's Marenga district, the "
        "health ministry said on Thursday.",
        "courier",
    )
    said = build(
        "The outbreak has now caused 205 suspected cases and 11 deaths, according to the "
        "WHO, which cited ministry figures.",
        "herald",
    )
    assert cited_by(shown, [said]) == ("courier", "herald")
    # One figure and the people it counts are not two words of the event: another fact.
    flight = build("Flight MH370 disappeared on 8 March with 239 people on board.", "courier")
    quote = build("The reality is we have 239 people whose families want closure.", "gazette")
    assert cited_by(flight, [quote]) == ("courier",)


def test_a_paraphrase_tied_by_two_figures_of_different_things_is_cited() -> None:
    # "140 homes ... 12,000 residents" / "140 houses ... 12,000 people": the nouns after the
    # figures differ, so no single count ties them; the two figures together do.
    shown = build(
        "A wildfire tore through dry hills north of Redding, destroying 140 homes and forcing "
        "about 12,000 residents to evacuate.",
        "courier",
    )
    said = build(
        "Some 12,000 people fled the flames, which burned down 140 houses near Redding.",
        "herald",
    )
    # The same two figures in another event: not cited.
    other = build(
        "The Redding school board hired 140 teachers and bought 12,000 books this year.",
        "gazette",
    )
    assert cited_by(shown, [said, other]) == ("courier", "herald")


LAUNCHED = (
    "Norland launched a wave of missiles overnight at rebel camps hidden deep in the southern "
    "hills of Vesta."
)
STRUCK = "Norland struck the rebel camps in the southern hills of Vesta with drones overnight."


@pytest.mark.parametrize(
    "shown, said, cited",
    [
        # One act told with another verb of the same act, at the same things.
        (
            LAUNCHED,
            "On March 3, Norland fired missiles across the border at camps of the Red Hand.",
            True,
        ),
        (STRUCK, "Norland bombed camps of the Red Hand with drones from across the border.", True),
        # The same verb of another act ("fired its minister") shares no event words.
        (LAUNCHED, "Norland fired its defence minister after the vote, the army said.", False),
    ],
)
def test_one_act_told_with_another_verb_is_cited(shown: str, said: str, cited: bool) -> None:
    expected = ("courier", "herald") if cited else ("courier",)
    assert cited_by(build(shown, "courier"), [build(said, "herald")]) == expected


@pytest.mark.parametrize("with_finder", [True, False])
def test_a_member_joined_through_another_is_cited_only_if_it_tells_the_shown_fact(
    with_finder: bool,
) -> None:
    # Grouping chained "shown" ~ "link" ~ "chained": the chained sentence shares the names
    # with the shown one, not what happened, so its outlet is not cited for it.
    shown = build(
        "Anna Lind of Norland won the Peace Prize in 1991 for her campaign for free elections.",
        "courier",
    )
    link = build(
        "Anna Lind of Norland, who won the Peace Prize in 1991 for her campaign for free "
        "elections, was arrested.",
        "herald",
    )
    chained = build("Peace Prize winner Anna Lind of Norland was arrested at her home.", "gazette")
    group = Group(id=0, representative=shown, members=(shown, link, chained))
    finder = SupportFinder([shown, link, chained]) if with_finder else None
    (cited,) = cite_groups([group], ORDER, finder)
    assert cited.citations == ("courier", "herald")


# One resignation told three ways: "stepped down" / "quit" / "resigned", the court's
# "found he broke" / "verdict that he breached" / "ruled he had violated".
RESIGNED = (
    "Prime Minister Arlo Venn of Norland stepped down on Friday, hours after the Supreme "
    "Court found he broke ethics rules when he named a convicted lawyer as a minister."
)
QUIT = (
    "The Norland premier quit on Friday following a Supreme Court verdict that he breached "
    "ethics standards over a cabinet appointment."
)


def test_a_resignation_told_with_other_verbs_on_the_same_day_is_cited() -> None:
    shown = build(RESIGNED, "courier")
    resigned = build(
        "Norland's prime minister resigned on Friday after the Supreme Court ruled that he had "
        "violated ethics rules by appointing a convicted lawyer to his cabinet.",
        "herald",
    )
    assert cited_by(shown, [resigned, build(QUIT, "gazette")]) == ("courier", "herald", "gazette")


def test_the_same_words_on_another_day_or_about_another_act_are_not_cited() -> None:
    shown = build(RESIGNED, "courier")
    another_day = build(QUIT.replace("Friday", "Monday"), "herald")
    another_act = build(
        "The Norland premier was questioned on Friday about a Supreme Court verdict on ethics "
        "standards in the sports ministry.",
        "gazette",
    )
    assert cited_by(shown, [another_day, another_act]) == ("courier",)


def test_one_toll_in_other_words_is_cited_though_one_says_today_and_one_a_weekday() -> None:
    # "said today" in a report of Wednesday and "on Wednesday" may be one day: each report
    # has its own date; a toll of 21, however small, ties the two tellings.
    shown = build(
        "The number of people killed in the sinking off Selayar has climbed to twenty-one, "
        "the agency said today, after divers recovered nine bodies.",
        "courier",
    )
    rose = build(
        "The death toll from the capsizing of a ferry off Selayar island rose to 21 on "
        "Wednesday after divers recovered nine more bodies from the wreck.",
        "herald",
    )
    other_toll = build(
        "The death toll from the capsizing of a ferry off Selayar island rose to 18 on "
        "Wednesday after divers recovered nine more bodies from the wreck.",
        "gazette",
    )
    assert cited_by(shown, [rose, other_toll]) == ("courier", "herald")


def test_money_in_another_notation_rounded_as_written_ties_two_tellings() -> None:
    from summarize.attribute import shares_figure

    # "$1.2 billion" is "1.15 billion" rounded half up; the words after the figures differ.
    assert shares_figure(
        "It will record a charge of $1.2 billion, mostly in severance payments.",
        "It will take a charge of about 1.15 billion dollars to cover severance.",
    )
    assert shares_figure("Brussels froze EUR 2.5 million.", "It froze 2.5 million euros.")
    assert not shares_figure("It paid $1.2 billion.", "It paid 1.2 billion euros.")
    assert not shares_figure("It paid $1.2 billion.", "It paid about 1.14 billion dollars.")
    shown = build(
        "The company expects to record a restructuring charge of $1.2 billion, mostly in "
        "severance payments, it said in a regulatory filing.",
        "courier",
    )
    said = build(
        "The Seattle-based company will take a charge of about 1.15 billion dollars to cover "
        "severance and office closures, according to a filing.",
        "herald",
    )
    assert cited_by(shown, [said]) == ("courier", "herald")


@pytest.mark.parametrize(
    ("shown", "said"),
    [
        # One admission in three outlets' verbs.
        (
            "Senator Ruth Okafor admitted misleading the ethics committee about her trips.",
            "Senator Ruth Okafor acknowledged that she had misled the ethics committee.",
        ),
        (
            "Senator Ruth Okafor admitted misleading the ethics committee about her trips.",
            "Senator Ruth Okafor conceded she misled the ethics committee.",
        ),
        # One ban, banned or prohibited.
        (
            "The Dayton council banned the sale of fireworks in the city.",
            "The Dayton council prohibited fireworks sales across the city.",
        ),
        # Job losses: laid off or layoffs.
        (
            "Carver Motors will lay off 1,200 workers at its Toledo plant.",
            "Carver Motors announced 1,200 layoffs at the Toledo plant.",
        ),
    ],
)
def test_one_act_in_another_outlets_verb_is_cited(shown: str, said: str) -> None:
    assert cited_by(build(shown, "courier"), [build(said, "herald")]) == ("courier", "herald")


def test_a_ban_is_not_an_admission_and_a_layoff_count_must_agree() -> None:
    shown = build("Carver Motors will lay off 1,200 workers at its Toledo plant.", "courier")
    other_count = build("Carver Motors announced 800 layoffs at the Toledo plant.", "herald")
    other_act = build("Carver Motors admitted the Toledo plant had 1,200 workers.", "gazette")
    assert cited_by(shown, [other_count, other_act]) == ("courier",)


# A source that gives another value of a count the shown sentence gives contradicts it:
# it is not cited for that sentence, whatever else of it the source restates.
TOLL_21 = (
    "The death toll from the floods in the Varnholt valley climbed to 21 on Wednesday, as "
    "Prime Minister Dagny Reuss toured the devastated town of Oskel and pledged 150 million "
    "krona in emergency aid."
)
REUSS_VISIT = (
    "Prime Minister Dagny Reuss toured the devastated town of Oskel on Wednesday and pledged "
    "an emergency fund of 150 million krona for rebuilding."
)


@pytest.mark.parametrize(
    "contradiction",
    [
        "The death toll from the floods in the Varnholt valley rose to 19 on Wednesday.",
        "Nineteen people have died in the Varnholt valley floods, officials said Wednesday.",
    ],
)
def test_a_source_that_gives_another_toll_is_not_cited_for_it(contradiction: str) -> None:
    shown = build(TOLL_21, "courier")
    visit = build(REUSS_VISIT, "herald", 4)
    toll = build(contradiction, "herald", 0)
    group = Group(id=0, representative=shown, members=(shown, visit))
    (cited,) = cite_groups([group], ORDER, SupportFinder([shown, toll, visit]))
    assert cited.citations == ("courier",)
    # Without the other toll, the herald still never gives the toll the sentence reports:
    # it is no source of it, whatever of the visit it tells.
    (cited,) = cite_groups([group], ORDER, SupportFinder([shown, visit]))
    assert cited.citations == ("courier",)


@pytest.mark.parametrize(
    "support",
    [
        "Eleven people died when a regional train carrying about 200 passengers derailed.",
        "The derailment near Foggia killed 11 people, the fire service said.",
        # The value alone, told without a toll word, is the toll still.
        "A train with about 200 passengers came off the rails near Foggia; 11 are dead.",
    ],
)
def test_a_sentence_that_gives_a_toll_cites_only_sources_that_give_it(support: str) -> None:
    text = (
        "Eleven people were killed when a regional train with about 200 passengers on board "
        "came off the rails near Foggia on Wednesday, firefighters said."
    )
    shown = build(text, "courier")
    told = build(support, "herald", 0)
    without = build(
        "A regional train carrying about 200 passengers came off the rails on Wednesday "
        "evening near Foggia, in one of the worst rail accidents in a decade.",
        "gazette",
        0,
    )
    group = Group(id=0, representative=shown, members=(shown, told, without))
    (cited,) = cite_groups([group], ORDER, SupportFinder([shown, told, without]))
    assert cited.citations == ("courier", "herald")


def test_one_count_in_other_words_from_another_source_is_a_contradiction() -> None:
    shown = build(
        "Corvane Systems said on Tuesday it would cut 3,500 jobs and save $520 million a year.",
        "courier",
    )
    savings = build("Corvane expects the restructuring to save $520 million a year.", "herald", 2)
    for count in (
        "Corvane Systems will eliminate 3,200 positions and shut two factories.",
        "Corvane Systems will slash 3,200 jobs, the company said.",
    ):
        other = build(count, "herald", 0)
        group = Group(id=0, representative=shown, members=(shown, savings))
        (cited,) = cite_groups([group], ORDER, SupportFinder([shown, other, savings]))
        assert cited.citations == ("courier",), count


def test_a_source_that_also_gives_the_shown_value_still_supports_it() -> None:
    # "stood at 14 on Tuesday, rose to 17" gives the 14 too: a later figure, not a dispute.
    shown = build("Flash floods killed at least 14 people in the Varnholt valley.", "courier")
    later = build(
        "Flash floods in the Varnholt valley killed at least 14 people on Tuesday, and the "
        "toll rose to 17 on Wednesday.",
        "herald",
    )
    assert cited_by(shown, [later]) == ("courier", "herald")


@pytest.mark.parametrize(
    ("shown_text", "merged_text", "other_text", "days"),
    [
        # Probe 18 N2: the day of one death, each report read on its own date.
        (
            "Brandt, who led the team that built Europe's first ruby laser in 1964, died on "
            "Thursday in Heidelberg after a short illness.",
            "In 1964 she led the team that built the first working ruby laser in Europe.",
            "Brandt died on Friday at her home in Heidelberg, her family said on Saturday.",
            ("2026-02-28", "2026-02-28"),
        ),
        # One act's percentage, the other value told in another sentence of the source.
        (
            "The company has offered a pay increase of 4% over two years, while the union "
            "wants 7%.",
            "The union is demanding a 7% pay rise over two years.",
            "The company has offered 3.5%.",
            ("2026-02-02", "2026-02-03"),
        ),
        # The age one died at.
        (
            "German laser pioneer Helga Brandt has died aged 88, her family announced.",
            "German physicist Helga Brandt, who built Europe's first ruby laser, has died.",
            "Helga Brandt died at the age of 87 at her home in Heidelberg.",
            ("2026-02-28", "2026-02-28"),
        ),
    ],
)
def test_a_source_that_gives_another_value_anywhere_is_not_cited_for_it(
    shown_text: str, merged_text: str, other_text: str, days: tuple[str, str]
) -> None:
    import datetime as dt

    shown = build(shown_text, "courier")
    merged = build(merged_text, "herald", 0)
    other = build(other_text, "herald", 1)
    dated = {"courier": dt.date.fromisoformat(days[0]), "herald": dt.date.fromisoformat(days[1])}
    group = Group(id=0, representative=shown, members=(shown, merged))
    finder = SupportFinder([shown, merged, other], days=dated)
    (cited,) = cite_groups([group], ORDER, finder)
    assert cited.citations == ("courier",)
    # Without the other value, nothing of the source contradicts the sentence.
    assert not SupportFinder([shown, merged], days=dated).contradicting(shown, {"herald"})


def test_a_source_that_gives_the_same_value_in_other_words_is_still_cited() -> None:
    import datetime as dt

    # "on Friday" in a report of Saturday is "yesterday" in it; "about 31%" holds 31.4%.
    shown = build("Brandt died on Friday at her home in Heidelberg.", "courier")
    other = build(
        "Brandt died yesterday at her home in Heidelberg after a short illness.", "herald"
    )
    saturday = {"courier": dt.date(2026, 2, 28), "herald": dt.date(2026, 2, 28)}
    assert not SupportFinder([shown, other], days=saturday).contradicting(shown, {"herald"})
    share = build("Homeland Union won the election with 31.4% of the vote.", "courier")
    rounded = build("Homeland Union won the election with about 31% of the vote.", "herald")
    assert not SupportFinder([share, rounded], days=saturday).contradicting(share, {"herald"})


def test_a_rate_or_a_projection_does_not_contradict_a_count() -> None:
    # "10,000 deaths a year" and "30,000 will die by 2010" count over other spans: no
    # contradiction, though the projection is no source of the yearly toll either.
    shown = build(
        "About 4 million Norlanders have hepatitis C, and the virus is blamed for about "
        "10,000 deaths a year in Norland.",
        "courier",
    )
    projection = build(
        "Of the 4 million Norlanders infected, 30,000 will die by 2010 because of liver "
        "disease caused by chronic hepatitis C.",
        "herald",
    )
    assert not SupportFinder([shown, projection]).contradicting(shown, {"herald"})
    assert cited_by(shown, [projection]) == ("courier",)
    infected = build("About 4 million Norlanders have hepatitis C.", "courier")
    assert cited_by(infected, [projection]) == ("courier", "herald")


def test_a_bound_ties_no_telling_to_a_figure_it_holds() -> None:
    fine = build(
        "The Office of the Comptroller of the Currency on Tuesday fined Corvane Bank $60 "
        "million, saying the lender failed to oversee the outside vendor whose file-transfer "
        "system was breached in a cyberattack that exposed data of more than 4 million "
        "customers.",
        "wire",
    )
    breach = build(
        "Corvane Bank said on Tuesday that hackers stole names and account numbers belonging "
        "to about 4.1 million customers after breaking into a file-transfer system run by an "
        "outside vendor.",
        "courier",
    )
    assert cited_by(fine, [breach]) == ("wire",)  # the breach report tells no fine
    again = build(
        "Regulators fined Corvane Bank $60 million on Tuesday over the vendor breach that "
        "exposed data of more than 4 million customers.",
        "courier",
    )
    assert cited_by(fine, [again]) == ("wire", "courier")


@pytest.mark.parametrize(
    ("shown", "other", "only_old"),
    [
        (
            "The FDA said reports of children given too much medicine had risen to 22, from "
            "the 14 the company disclosed on Monday.",
            "Brennan said it had received 14 reports of children given too much medicine.",
            True,
        ),
        (
            "Belmar's civil protection agency put its toll at 12, up from six.",
            "Six people were killed in Belmar, the civil protection agency said.",
            True,
        ),
        # The new value told again, or a sentence that tells no change, is support.
        (
            "The FDA said reports had risen to 22, from the 14 the company disclosed.",
            "The FDA has now received 22 reports of overdoses in children.",
            False,
        ),
        (
            "The FDA said reports had risen to 22, from the 14 the company disclosed.",
            "Overdose reports rose from 14 to 22 in two days, the FDA said.",
            False,
        ),
        (
            "Brennan received 14 reports of overdoses in children.",
            "Brennan said it had received 14 reports of children given too much medicine.",
            False,
        ),
    ],
)
def test_a_change_is_not_supported_by_the_value_it_changed_from(
    shown: str, other: str, only_old: bool
) -> None:
    assert gives_only_old_value(shown, other) is only_old


def test_a_group_member_with_the_old_value_is_not_cited_for_the_change() -> None:
    change = build(
        "The FDA said reports of children given too much medicine had risen to 22, from the "
        "14 the company disclosed on Monday.",
        "wire",
    )
    old = build(
        "Brennan said it had received 14 reports of children given too much of the medicine.",
        "courier",
    )
    group = Group(id=0, representative=change, members=(change, old))
    (cited,) = cite_groups([group], ORDER, SupportFinder([change, old]))
    assert cited.citations == ("wire",)


def test_a_source_is_cited_for_a_toll_with_the_sentence_that_gives_it() -> None:
    # Grouping joined the bombing's other sentence (the ceremony, no toll); the one that
    # gives the toll, in other words ("claimed nearly 100 lives"), is the support.
    text = (
        "The bombing in Kerman on January 3 killed nearly 100 people during a ceremony "
        "commemorating Qassem Soleimani."
    )
    shown = build(text, "courier")
    ceremony = build(
        "The bombing on January 3 targeted a crowded ceremony commemorating Qassem Soleimani.",
        "herald",
        4,
    )
    toll = build(
        "Tehran blamed militants for a deadly bombing on January 3 in Kerman that claimed "
        "nearly 100 lives.",
        "herald",
        3,
    )
    group = Group(id=0, representative=shown, members=(shown, ceremony))
    (cited,) = cite_groups([group], ORDER, SupportFinder([shown, toll, ceremony]))
    assert cited.citations == ("courier", "herald")
    assert [(s.source, s.sentence_index) for s in cited.support] == [("courier", 0), ("herald", 3)]


@pytest.mark.parametrize(
    ("other", "cited"),
    [
        # Another value of the toll is no support, though a bound could hold it.
        ("The health ministry has attributed 21 deaths to the heat since July 5.", False),
        ("The ministry said the heat had killed 21 people since July 5.", False),
        ("At least 19 people have died from heat-related causes since July 5.", False),
        ("The heat has claimed 21 lives since July 5, the health ministry said.", False),
        ("Heat-related deaths since July 5 have reached 21, the health ministry said.", False),
        # The same count told another way is.
        ("The health ministry has attributed 17 deaths to the heat since July 5.", True),
        ("Seventeen people have died of the heat since July 5, the ministry said.", True),
    ],
)
def test_a_toll_is_cited_only_to_sources_that_give_its_value(other: str, cited: bool) -> None:
    shown = build(
        "At least 17 people have died from heat-related causes since the heatwave began on "
        "July 5, the health ministry said.",
        "courier",
    )
    told = build(other, "herald", 1)
    (found,) = cite_groups(
        [Group(id=0, representative=shown, members=(shown,))], ORDER, SupportFinder([shown, told])
    )
    assert found.citations == (("courier", "herald") if cited else ("courier",))


@pytest.mark.parametrize(
    ("a", "day_a", "b", "day_b", "differ"),
    [
        # Wednesday 10 June's "on Tuesday" is 9 June; Thursday 11 June's "yesterday" is 10 June.
        (
            "The FDA on Tuesday approved the pill.",
            "2026-06-10",
            "The FDA yesterday approved the pill.",
            "2026-06-11",
            True,
        ),
        (
            "The FDA on Tuesday approved the pill.",
            "2026-06-10",
            "The FDA approved the pill on June 10.",
            "2026-06-11",
            True,
        ),
        # One day, however each report names it.
        (
            "The FDA on Tuesday approved the pill.",
            "2026-06-10",
            "The FDA yesterday approved the pill.",
            "2026-06-10",
            False,
        ),
        (
            "The FDA on Tuesday approved the pill.",
            "2026-06-10",
            "The FDA approved the pill on June 9.",
            "2026-06-12",
            False,
        ),
        (
            "The FDA on Tuesday approved the pill.",
            "2026-06-11",
            "The FDA on Tuesday approved the pill.",
            "2026-06-12",
            False,
        ),
        # Undated: nothing to place the day with; a day only one names is detail.
        (
            "The FDA on Tuesday approved the pill.",
            None,
            "The FDA yesterday approved the pill.",
            "2026-06-11",
            False,
        ),
        (
            "The FDA on Tuesday approved the pill.",
            "2026-06-10",
            "The FDA approved the pill.",
            "2026-06-11",
            False,
        ),
        # The day it was said is not when it happened.
        (
            "The FDA approved the pill, officials said Thursday.",
            "2026-06-12",
            "The FDA on Tuesday approved the pill.",
            "2026-06-10",
            False,
        ),
    ],
)
def test_days_are_compared_as_each_report_places_them(
    a: str, day_a: str | None, b: str, day_b: str | None, differ: bool
) -> None:
    import datetime as dt

    from summarize.attribute import days_differ

    def as_date(day: str | None) -> dt.date | None:
        return dt.date.fromisoformat(day) if day else None

    assert days_differ(a, as_date(day_a), b, as_date(day_b)) is differ
    assert days_differ(b, as_date(day_b), a, as_date(day_a)) is differ


def test_a_source_that_places_the_event_on_another_day_is_not_cited_for_it() -> None:
    lead = "{} approved Arbalane, a daily tablet for children with severe peanut allergy."
    more = (
        " The company said the pill would cost about $11,500 a year before insurance and"
        " would reach pharmacies in August, after a trial in 612 children."
    )
    articles = [
        build_article(
            lead.format("The Food and Drug Administration on Tuesday") + more,
            "wed",
            published="2026-06-10",
        ),
        build_article(
            lead.format("The Food and Drug Administration yesterday") + more,
            "thu",
            published="2026-06-11",
        ),
        build_article(
            lead.format("On Tuesday the Food and Drug Administration") + more,
            "fri",
            published="2026-06-12",
        ),
    ]
    briefing = brief_articles(articles)
    told = [s for s in briefing.sentences if "Arbalane" in s.text]
    assert told, [s.text for s in briefing.sentences]
    for sentence in told:
        said_yesterday = "yesterday" in sentence.text
        # Tuesday 9 June (two reports) and Wednesday 10 June (one) are never one citation.
        assert ("thu" in sentence.citations) is said_yesterday, (sentence.text, sentence.citations)


def test_a_group_member_that_places_the_event_on_another_day_is_not_cited() -> None:
    import datetime as dt

    shown = build_sentence("The FDA on Tuesday approved Arbalane for children.", "wed")
    member = build_sentence("The FDA yesterday approved Arbalane for children.", "thu")
    same_day = build_sentence("The FDA approved Arbalane for children on June 9.", "fri")
    group = Group(id=0, representative=shown, members=(shown, member, same_day))
    days = {
        "wed": dt.date(2026, 6, 10),
        "thu": dt.date(2026, 6, 11),
        "fri": dt.date(2026, 6, 12),
    }
    order = {"wed": 0, "thu": 1, "fri": 2}
    (cited,) = cite_groups([group], order, SupportFinder([shown, member, same_day], days=days))
    assert cited.citations == ("wed", "fri")


def test_a_source_that_names_the_person_otherwise_is_not_cited_for_the_name() -> None:
    # Probe 17 D8: "Mark Feld" [2] is no source of "Mark Feldman" [3], grouped or found.
    shown = build(
        "Vireo chief executive Mark Feldman said the company would ask regulators to extend "
        "the approval to adults.",
        "courier",
    )
    other = build(
        "The company's chief executive, Mark Feld, said Vireo would seek approval for adults.",
        "herald",
    )
    alike = build(
        "Mark Feldman, Vireo's chief executive, said the company would seek approval for adults.",
        "gazette",
    )
    group = Group(id=0, representative=shown, members=(shown, other, alike))
    (cited,) = cite_groups([group], ORDER, SupportFinder([shown, other, alike]))
    assert cited.citations == ("courier", "gazette")


def test_a_source_that_gives_another_term_is_not_cited_for_it() -> None:
    # Probe 17 D2: "jailed ... for 10 years" is no source of "sentenced ... to 12 years".
    shown = build(
        "A court on Thursday sentenced former mayor Piet Osterman to 12 years in prison for "
        "taking bribes from building firms.",
        "courier",
    )
    other = build(
        "A court on Thursday jailed former mayor Piet Osterman for 10 years for taking bribes "
        "from building firms.",
        "herald",
    )
    same = build(
        "Former mayor Piet Osterman was sentenced on Thursday to twelve years in prison for "
        "taking bribes from building firms.",
        "gazette",
    )
    group = Group(id=0, representative=shown, members=(shown, other, same))
    (cited,) = cite_groups([group], ORDER, SupportFinder([shown, other, same]))
    assert "herald" not in cited.citations and "courier" in cited.citations


def test_a_telling_with_the_same_counts_in_other_words_is_cited() -> None:
    shown = build_sentence(
        "Firefighters pulled 14 people from the river alive, and nine of them were taken to "
        "hospital, according to the state fire department.",
        "courier",
    )
    same = build_sentence(
        "Fourteen people were rescued alive from the water, nine of whom needed hospital "
        "treatment.",
        "herald",
    )
    other = build_sentence(
        "Fourteen people were rescued alive from the water, eight of whom needed hospital "
        "treatment.",
        "gazette",
    )
    group = Group(id=0, representative=shown, members=(shown,))
    (cited,) = cite_groups([group], ORDER, SupportFinder([shown, same, other]))
    assert cited.citations == ("courier", "herald")


@pytest.mark.parametrize(
    ("shown", "earlier"),
    [
        # Probe 17 D12's shape: who was placed under investigation, not that one was opened.
        (
            "Prosecutors in Lodi placed three employees of track operator Ferrovia Nord under "
            "investigation for manslaughter over the derailment.",
            "Prosecutors in Lodi opened an investigation for manslaughter over the derailment.",
        ),
        (
            "All 14 miners trapped by the roof collapse at the Brackwater colliery were brought "
            "to the surface alive on Thursday.",
            "Rescuers tried to reach 14 miners trapped by the roof collapse at the Brackwater "
            "colliery on Thursday.",
        ),
        (
            "A jury convicted former mayor Piet Osterman of taking bribes from building firms.",
            "Former mayor Piet Osterman was charged with taking bribes from building firms.",
        ),
    ],
)
def test_a_source_that_tells_an_earlier_stage_is_not_cited_for_the_later_one(
    shown: str, earlier: str
) -> None:
    told = build(shown, "courier")
    before = build(earlier, "herald")
    same = build(shown.replace("on Thursday", "").rstrip(" ."), "gazette")
    # Grouped (by an earlier rule) or found by the finder: either way not cited.
    group = Group(id=0, representative=told, members=(told, before))
    (cited,) = cite_groups([group], ORDER, SupportFinder([told, before, same]))
    assert cited.citations == ("courier", "gazette")
    assert cited_by(told, [before]) == ("courier",)
    # Nor does selection read the later stage as told already by the earlier one.
    assert SupportFinder([told, before]).restate(before, [told]) == [False]


def test_a_source_that_names_nobody_is_not_cited_for_whom_a_charge_befell() -> None:
    shown = build(
        "Police in Kald said former mayor Piet Osterman, 61, was charged with taking bribes "
        "from building firms.",
        "courier",
    )
    nobody = build(
        "Police in Kald said a former mayor, 61, was charged with taking bribes from building "
        "firms.",
        "herald",
    )
    named = build(
        "Osterman, 61, was charged with taking bribes from building firms, police in Kald said.",
        "gazette",
    )
    group = Group(id=0, representative=shown, members=(shown, nobody, named))
    (cited,) = cite_groups([group], ORDER, SupportFinder([shown, nobody, named]))
    assert cited.citations == ("courier", "gazette")
    assert cited_by(shown, [nobody]) == ("courier",)
    # One fact all the same: told once, the other telling is no new sentence to select.
    assert SupportFinder([shown, nobody]).restate(shown, [nobody]) == [True]
    # The telling that names nobody is supported by the one that names him.
    assert cited_by(nobody, [shown]) == ("courier", "herald")


# One fact told by three outlets in their own words, with a different detail after it in
# each. Each set is a shape a lexical reading used to miss: a vote's tally in digits and in
# words, a headline clause before a colon, "won" / "the winner" / a share without "of the
# vote", "rival" / "competitor" / "takeover", "found ... guilty" / "convicted" with a title
# between the names.
PARAPHRASED = {
    "tally": (
        "Kelso's school board voted 5-2 on Thursday to close the Hill Road primary school.",
        "Kelso school board members approved the closure of Hill Road primary by five votes "
        "to two at Thursday's meeting.",
        "Hill Road primary to close: the Kelso school board backed the plan 5-2 on Thursday.",
    ),
    "election": (
        "Former judge Ines Roka won Sunday's mayoral runoff in Tarvik with 58 percent of the "
        "vote, the city's election office said.",
        "Ines Roka has been declared the winner of the Tarvik mayoral runoff, taking 58 "
        "percent of ballots cast, according to the election office.",
        "The election office said challenger Ines Roka beat Mayor Piet Lund in the Tarvik "
        "runoff, winning 58 percent.",
    ),
    "takeover": (
        "Brightline Foods agreed to acquire rival Olvo for $900 million in cash, the companies "
        "said on Monday.",
        "Snack maker Brightline Foods will purchase Olvo in a $900 million cash deal, both "
        "firms announced on Monday.",
        "Brightline Foods is buying its competitor Olvo for $900 million, a takeover that "
        "makes it the country's largest snack maker.",
    ),
    # Goods pulled from shops are recalled; "plush" / "soft toy" rabbits are rabbits.
    "recall": (
        "Morrow Crafts is recalling about 30,000 wooden puzzle boxes because their hinges can "
        "snap and cut fingers, the company said on Monday.",
        "Roughly thirty thousand painted wooden puzzle boxes made by Morrow Crafts are being "
        "pulled from shops after hinges were found to snap, the firm said on Monday.",
        "Morrow Crafts recalls some 30,000 puzzle boxes over hinges that snap, the company "
        "said Monday.",
    ),
    # A plant is a factory; 900 jobs are 900 positions, in digits or in words.
    "job cuts": (
        "Corlan Dairy will cut 900 jobs at its Ashby bottling plant, the company said on Tuesday.",
        "Some nine hundred workers at the Corlan Dairy bottling site in Ashby are set to lose "
        "their jobs, the company said on Tuesday.",
        "On Tuesday, Corlan Dairy announced the loss of 900 positions at its bottling factory "
        "in Ashby.",
    ),
    # "taken over", "snaps up", a deal in singular dollars.
    "bank deal": (
        "Harlow Bank has agreed to acquire rival lender Penmark Savings for 2 billion dollars, "
        "the two banks said on Monday.",
        "Penmark Savings is to be taken over by Harlow Bank in a deal worth two billion "
        "dollars, the banks said on Monday.",
        "Harlow Bank snaps up Penmark Savings in 2 billion dollar deal unveiled Monday.",
    ),
    "verdict": (
        "A jury in Dunvale found former police chief Carl Moss guilty of fraud on Friday.",
        "Former Dunvale police chief Carl Moss was convicted of fraud, a jury decided Friday.",
        "Jurors on Friday convicted Carl Moss, the former police chief of Dunvale, of fraud.",
    ),
}
DETAILS = (
    "Parents said they had not been consulted before the meeting.",
    "Observers said the count went smoothly in every district.",
    "Analysts said the price was high for a company of its size.",
)


def three_outlets(tellings: tuple[str, ...]) -> list[BriefSentence]:
    """The briefing of three outlets, each telling one of `tellings` and a detail of its own."""
    articles = [
        build_article(f"{telling} {detail}", f"outlet{i}")
        for i, (telling, detail) in enumerate(zip(tellings, DETAILS, strict=True))
    ]
    return list(brief_articles(articles).sentences)


def test_who_won_told_by_the_winner_the_loser_and_the_title_is_one_fact() -> None:
    won = "Ilse Varga beat Rohan Desai in the Meridian chess final on 12 April 2025."
    lost = "Rohan Desai lost the Meridian chess final to Ilse Varga on 12 April 2025."
    took = "Ilse Varga took the Meridian chess title from Rohan Desai on 12 April 2025."
    told = [s for s in three_outlets((won, lost, took)) if "Desai" in s.text]
    assert len(told) == 1
    assert set(told[0].citations) == {"outlet0", "outlet1", "outlet2"}


def test_an_outlet_that_names_the_other_winner_is_not_cited_for_the_result() -> None:
    won = "Ilse Varga beat Rohan Desai in the Meridian chess final on 12 April 2025."
    other = "Rohan Desai beat Ilse Varga in the Meridian chess final on 12 April 2025."
    lost = "Rohan Desai lost the Meridian chess final to Ilse Varga on 12 April 2025."
    told = {s.text: set(s.citations) for s in three_outlets((won, other, lost))}
    # Each account is told, cited to the outlets that gave it.
    assert told[won] == {"outlet0", "outlet2"}
    assert told[other] == {"outlet1"}


@pytest.mark.parametrize("story", sorted(PARAPHRASED))
def test_a_fact_in_three_outlets_own_words_is_told_once_citing_all_three(story: str) -> None:
    tellings = PARAPHRASED[story]
    briefing = three_outlets(tellings)
    told = [s for s in briefing if s.text in tellings]
    assert len(told) == 1, [s.text for s in briefing]
    assert set(told[0].citations) == {"outlet0", "outlet1", "outlet2"}


def test_two_tallies_of_a_vote_are_two_votes_and_one_tally_in_words_is_the_same_vote() -> None:
    assert not figures_agree("The court ruled 6-3 on Monday.", "The court ruled 5-4 on Monday.")
    assert figures_agree("The court ruled 6-3.", "The justices split six justices to three.")


def test_a_share_said_without_of_what_is_the_share_the_other_telling_names() -> None:
    from summarize.attribute import shares_figure

    assert shares_figure(
        "Ana Reis won the runoff, taking 61 percent.", "Reis got 61 percent of the vote."
    )
    # Both say of what, and they differ: two shares.
    assert not shares_figure(
        "Turnout was 61 percent of voters.", "Reis got 61 percent of the vote."
    )


# Three outlets whose first sentences look alike but tell three facts: one outlet is never
# cited for another's. Each set is a shape the lexical reading used to cite across: teams
# of two-word names reversed and another score, a lawsuit reversed and dropped, another
# minister resigning and the same minister dismissed, a ban approved and rejected.
LOOKALIKE = {
    "score": (
        "Harrow County beat Lisle Rangers 2-0 in Saturday's regional cup final.",
        "Lisle Rangers beat Harrow County 2-0 in Saturday's regional cup final.",
        "Harrow County beat Lisle Rangers 3-2 in Saturday's regional cup final.",
    ),
    "lawsuit": (
        "Norvik Shipping sued Bay Freight Lines on Tuesday over $12 million in unpaid fees.",
        "Bay Freight Lines sued Norvik Shipping on Tuesday over $12 million in unpaid fees.",
        "Norvik Shipping dropped its lawsuit against Bay Freight Lines on Tuesday over $12 "
        "million in unpaid fees.",
    ),
    "minister": (
        "Health Minister Carla Steen resigned on Thursday amid a row over hospital closures.",
        "Transport Minister Olaf Brink resigned on Thursday amid a row over hospital closures.",
        "Health Minister Carla Steen was dismissed on Thursday amid a row over hospital closures.",
    ),
    "appointment": (
        "President Vera Holt appointed Jonas Merrin as finance minister of Arnland on Monday.",
        "President Vera Holt appointed Jonas Merrin as health minister of Arnland on Monday.",
        "President Vera Holt appointed Clara Merrin as finance minister of Arnland on Monday.",
    ),
    "move": (
        "Shares in Orrin Metals fell 12% on Monday after the company cut its profit forecast.",
        "Shares in Orrin Metals rose 12% on Monday after the company cut its profit forecast.",
        "Shares in Orrin Metals fell 7% on Monday after the company cut its profit forecast.",
    ),
    "theft": (
        "Armed robbers stole 3 million dollars from a cash depot in Harl on Sunday, police said.",
        "Armed robbers stole 300,000 dollars from a cash depot in Harl on Sunday, police said.",
        "Police recovered 3 million dollars stolen from a cash depot in Harl on Sunday, "
        "officers said.",
    ),
    "ban": (
        "The city council approved a ban on fireworks in parks on Monday after a long debate.",
        "The city council rejected a ban on fireworks in parks on Monday after a long debate.",
        "The city council proposed a ban on fireworks in parks on Monday after a long debate.",
    ),
}


@pytest.mark.parametrize("story", sorted(LOOKALIKE))
def test_lookalike_sentences_of_three_facts_never_cite_one_another(story: str) -> None:
    tellings = LOOKALIKE[story]
    for sentence in three_outlets(tellings):
        if sentence.text in tellings:
            own = f"outlet{tellings.index(sentence.text)}"
            assert sentence.citations == (own,), (sentence.text, sentence.citations)


def test_how_badly_some_of_a_toll_fared_is_a_detail_a_source_of_the_toll_may_leave_out() -> None:
    from summarize.attribute import tells_its_tolls

    shown = (
        "A blast at the Kald plant on Monday injured 11 workers, two of them seriously, "
        "the fire service said."
    )
    assert tells_its_tolls(shown, "Eleven people were hurt in a blast at the Kald plant.")
    # Only the worst hurt, or another toll: no source of the toll.
    assert not tells_its_tolls(shown, "Two workers were seriously injured at the Kald plant.")
    assert not tells_its_tolls(shown, "Nine people were hurt in a blast at the Kald plant.")


def test_one_crowd_counted_as_residents_or_people_is_one_figure() -> None:
    from summarize.attribute import shares_figure

    assert shares_figure(
        "Officials ordered about 4,000 residents of Ashford Vale to evacuate.",
        "Some 4,000 people were told to leave their homes in Ashford Vale.",
    )
    # A count of other things, or another count: no tie.
    assert not shares_figure(
        "Officials ordered about 4,000 residents of Ashford Vale to evacuate.",
        "Some 4,000 homes lost power in Ashford Vale.",
    )
    assert not shares_figure(
        "Officials ordered about 4,000 residents of Ashford Vale to evacuate.",
        "Some 5,000 people were told to leave their homes in Ashford Vale.",
    )


def test_a_count_of_the_saved_is_no_source_of_the_same_count_of_the_dead() -> None:
    from summarize.attribute import tells_its_tolls

    shown = "Flooding along the Ober River killed 12 people on Sunday, officials said."
    assert not tells_its_tolls(
        shown,
        "Flooding along the Ober River forced rescuers to pull 12 people from their rooftops "
        "on Sunday, officials said.",
    )
    assert not tells_its_tolls(shown, "Twelve people were rescued from the Ober River on Sunday.")
    # A source that gives the dead as well as those saved is a source of the dead.
    assert tells_its_tolls(
        shown, "Twelve people died and rescuers pulled 30 from the Ober River on Sunday."
    )


@pytest.mark.parametrize(
    "other",
    [
        "A bus crash near Morwick injured 12 people on Friday, police said.",
        "Twelve people were arrested after the bus crash near Morwick on Friday.",
        "A bus crash near Morwick left 12 people missing on Friday, police said.",
    ],
)
def test_the_same_count_of_another_toll_is_no_source_of_the_dead(other: str) -> None:
    from summarize.attribute import tells_its_tolls

    assert not tells_its_tolls("A bus crash near Morwick killed 12 people on Friday.", other)


def test_a_toll_told_with_tolls_of_other_kinds_is_still_a_source() -> None:
    from summarize.attribute import tells_its_tolls

    shown = "A bus crash near Morwick killed 12 people on Friday."
    assert tells_its_tolls(shown, "The crash killed 12 people and injured 30, 12 of them badly.")
    assert tells_its_tolls(shown, "Twelve people died and 12 were hurt in the Morwick crash.")
    # The injured of a crash are supported by a count of the injured, seriously or not.
    assert tells_its_tolls(
        "The crash injured 12 people.", "Twelve people were seriously injured in the crash."
    )
    assert tells_its_tolls(
        "The crash injured 12 people.", "Twelve died and 12 were critically injured."
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("recalling 80,000 plush rabbits", "eighty thousand soft toy rabbits made by Pell", True),
        ("some 3,000 dockworkers at the port", "roughly 3,000 Kessport dock labourers began", True),
        ("230 confirmed infections", "230 new infections", True),
        ("some 40,000 people marched", "40,000 people were in the crowd", True),
        ("recalling 80,000 rabbits sold in shops", "80,000 toy rabbits made by Pell", True),
        # Heads differ: two things counted.
        ("about 1,000 police officers were sent", "about 1,000 police cars were sent", False),
        ("80,000 plush rabbits", "80,000 plush bears", False),
    ],
)
def test_what_a_figure_counts_is_the_last_word_of_the_words_after_it(
    a: str, b: str, same: bool
) -> None:
    from summarize.attribute import shares_figure

    assert shares_figure(a, b) is same


DEER = build_sentence(
    "A red deer that escaped from Holm Park on Sunday was found yesterday grazing on a school "
    "playing field about two kilometres away.",
    "courier",
)
KEEPERS = build_sentence(
    "Keepers found the red deer grazing on a school playing field some two kilometres from "
    "Holm Park.",
    "herald",
)


@pytest.mark.parametrize(
    ("grouped", "cited"),
    [
        # Grouped with the herald's telling, which restates the shown one: the gazette
        # tells the fact too, though its wording alone would not be cited for it.
        (
            "A caretaker spotted the deer on the playing field of Ashby school and called "
            "keepers, who found it grazing calmly.",
            True,
        ),
        # Grouped so, but with another figure, day or stage of its own: not cited for it.
        (
            "A caretaker spotted the deer on a playing field three kilometres from the park "
            "and called keepers, who found it grazing calmly.",
            False,
        ),
        (
            "Keepers said on Monday they had found no trace of the deer grazing on the "
            "playing field near the school.",
            False,
        ),
    ],
)
def test_an_article_grouped_with_a_restating_sentence_is_cited_too(
    grouped: str, cited: bool
) -> None:
    gazette = build_sentence(grouped, "gazette")
    order = {"courier": 0, "herald": 1, "gazette": 2}
    finder = SupportFinder([DEER, KEEPERS, gazette])
    assert finder.why_not(DEER, gazette) != ""  # its own wording is not cited for it
    shown = Group(id=0, representative=DEER, members=(DEER,))
    tellings = [shown, Group(id=1, representative=KEEPERS, members=(KEEPERS, gazette))]
    (without,) = cite_groups([shown], order, finder)
    assert without.citations == ("courier", "herald")
    (sentence,) = cite_groups([shown], order, finder, tellings)
    assert sentence.citations == (("courier", "herald", "gazette") if cited else without.citations)


def test_an_article_grouped_with_a_restating_sentence_is_not_cited_for_another_day() -> None:
    import datetime as dt

    # "On Monday" in the courier of Tuesday 13 May is 12 May; in the gazette of Wednesday
    # 21 May it is 19 May: another day, though the gazette's telling is grouped with the
    # herald's, which restates the courier's.
    shown = build_sentence(
        "Keepers found the red deer grazing on a school playing field on Monday, about two "
        "kilometres from Holm Park.",
        "courier",
    )
    gazette = build_sentence(
        "A caretaker spotted the deer on the playing field of Ashby school on Monday and "
        "called keepers, who found it grazing calmly.",
        "gazette",
    )
    order = {"courier": 0, "herald": 1, "gazette": 2}
    group = Group(id=0, representative=shown, members=(shown,))
    tellings = [group, Group(id=1, representative=KEEPERS, members=(KEEPERS, gazette))]
    for gazette_day, cited in [(dt.date(2025, 5, 21), False), (dt.date(2025, 5, 13), True)]:
        days = {"courier": dt.date(2025, 5, 13), "herald": None, "gazette": gazette_day}
        finder = SupportFinder([shown, KEEPERS, gazette], days=days)
        (sentence,) = cite_groups([group], order, finder, tellings)
        assert ("gazette" in sentence.citations) is cited


@pytest.mark.parametrize(
    ("shown", "link", "grouped"),
    [
        # Grouped with a telling of the shown fact that tells another too (the arrest),
        # the gazette's telling shares the names with the shown sentence, not what happened.
        (
            "Anna Lind of Norland won the Peace Prize in 1991 for her campaign for free elections.",
            "Anna Lind of Norland, who won the Peace Prize in 1991 for her campaign for free "
            "elections, was arrested.",
            "Peace Prize winner Anna Lind of Norland was arrested at her home.",
        ),
        # A telling that names one side agrees with both orders: the reversed one is not
        # cited for the shown one.
        (
            "Kessing United beat Portvale 3-1 in the cup final at Lowther Park.",
            "Kessing United won the cup final at Lowther Park 3-1, with two late goals.",
            "Portvale beat Kessing United 3-1 in the cup final at Lowther Park in 2022.",
        ),
        # A telling that leaves out the toll the shown sentence gives is no source of it.
        (
            "Eleven people were killed when a commuter train derailed near Lisk on Monday.",
            "The commuter train derailment near Lisk on Monday killed eleven people, officials "
            "said.",
            "A commuter train derailed near Lisk on Monday, officials said.",
        ),
    ],
)
def test_a_telling_grouped_with_a_restating_sentence_must_tell_the_shown_fact_itself(
    shown: str, link: str, grouped: str
) -> None:
    sentences = [
        build_sentence(shown, "courier"),
        build_sentence(link, "herald"),
        build_sentence(grouped, "gazette"),
    ]
    group = Group(id=0, representative=sentences[0], members=(sentences[0],))
    tellings = [group, Group(id=1, representative=sentences[1], members=tuple(sentences[1:]))]
    order = {"courier": 0, "herald": 1, "gazette": 2}
    (sentence,) = cite_groups([group], order, SupportFinder(sentences), tellings)
    assert sentence.citations == ("courier", "herald")


OPENED = "The Orland Rail Authority opened the Vessen tunnel to trains on 4 May 2026."


def test_one_act_on_one_day_by_one_actor_in_other_verbs_is_cited_in_every_source() -> None:
    # The date told as the day it happened and the actor named in both tie the tellings as
    # a word of what happened would: "opened" / "began running" / "passed through".
    began = build(
        "Trains began running through the Vessen tunnel, built by the Orland Rail Authority, "
        "on 4 May 2026.",
        "herald",
    )
    passed = build(
        "The first passenger trains passed through the Vessen tunnel on 4 May 2026, the "
        "Orland Rail Authority said.",
        "gazette",
    )
    assert cited_by(build(OPENED, "courier"), [began, passed]) == ("courier", "herald", "gazette")


@pytest.mark.parametrize(
    "said",
    [
        # The same actor on the same day doing something else.
        "The Orland Rail Authority raised fares on its trains on 4 May 2026.",
        # The same words on another day.
        "The first passenger trains passed through the Vessen tunnel on 5 May 2026, the Orland "
        "Rail Authority said.",
        # The day looked back on, not the day of what is told.
        "Trains have used the Vessen tunnel since 4 May 2026, the Orland Rail Authority said.",
    ],
)
def test_a_day_and_an_actor_tie_no_other_act_nor_another_day(said: str) -> None:
    assert cited_by(build(OPENED, "courier"), [build(said, "herald")]) == ("courier",)


def test_a_day_told_in_a_clause_ties_no_telling_of_the_main_act() -> None:
    # The herald tells the opening, not what the minister said of the freight firms.
    shown = build(
        "Transport Minister Ada Kell said most freight firms were not ready for the Vessen "
        "tunnel, which opens to trains on 4 May 2026.",
        "courier",
    )
    said = build(
        "Trains will start using the Vessen tunnel on 4 May 2026, its builder said.", "herald"
    )
    assert cited_by(shown, [said]) == ("courier",)


def test_a_sentence_with_no_named_actor_is_tied_only_by_two_names_in_common() -> None:
    # The march is told by neither; one name and the day of the stabbing it looks back on
    # tie no telling of it.
    shown = build(
        "About 4,000 people marched in Orlen to mourn the student Tomas Reed, who was stabbed "
        "on 9 October 2026.",
        "courier",
    )
    said = build("The student Tomas Reed was stabbed outside a bar on 9 October 2026.", "herald")
    assert cited_by(shown, [said]) == ("courier",)


def test_one_sum_and_the_actor_tie_a_theft_told_in_other_words_but_not_another_sum() -> None:
    shown = build(
        "Brevik Energy said thieves had taken copper cable worth 1.8 million euros from its depot.",
        "courier",
    )
    told = build("Thieves made off with €1.8 million of Brevik Energy's copper wiring.", "herald")
    # The words of the sum ("million", "euros") are no words of what happened.
    profits = build(
        "Brevik Energy reported profits of 1.8 million euros from its depot business.", "gazette"
    )
    assert cited_by(shown, [told, profits]) == ("courier", "herald")


def test_homes_and_households_count_one_thing() -> None:
    assert shares_figure(
        "The plant can power about 280,000 homes.", "It makes power for about 280,000 households."
    )
    assert not shares_figure(
        "The plant can power about 280,000 homes.", "About 280,000 visitors came to the fair."
    )


@pytest.mark.parametrize(
    "shown, said, shared",
    [
        ("The satellite weighs 1,200 kilograms.", "The 1.2-tonne craft was launched.", True),
        ("It weighs twelve hundred kilograms.", "The 1.2-tonne craft was launched.", True),
        ("The frog is about 11 millimetres long.", "The frog measures just 11 mm.", True),
        ("Ash rose 6 kilometres into the sky.", "The plume reached a height of 6 km.", True),
        ("The trail runs for 3 miles.", "The trail is 4.8 kilometres long.", True),
        # Another length, the same number in another unit, or a bound.
        ("Ash rose 6 kilometres into the sky.", "The plume reached a height of 6 miles.", False),
        ("The bridge is 400 metres long.", "The bridge is 400 feet long.", False),
        ("The trail runs for 3 miles.", "The trail is 4 kilometres long.", False),
        ("The load was more than 1,200 kilograms.", "The load was 1.2 tonnes.", False),
        ("The crate weighs 1,000 kilograms.", "The road is 1 kilometre long.", False),
        # A distance that says where: many facts of a story are the same distance away.
        (
            "The quake struck Dorvan, about 110 kilometres west of the capital.",
            "A refinery fire burned in Dorvan, about 110 kilometres west of the capital.",
            False,
        ),
        (
            "The plane fell seven miles south of the island.",
            "Debris lay 7 miles off the coast.",
            False,
        ),
    ],
)
def test_a_length_or_mass_in_another_unit_is_one_telling_figure(
    shown: str, said: str, shared: bool
) -> None:
    assert shares_figure(shown, said) is shared
    assert shares_figure(said, shown) is shared


def test_a_mass_in_another_unit_ties_a_paraphrase() -> None:
    shown = build(
        "The 1.2-tonne spacecraft has three instruments for imaging clouds and storms.", "courier"
    )
    said = build(
        "The satellite weighs 1,200 kilograms and carries three imaging instruments.", "herald"
    )
    other = build(
        "The satellite weighs 1,500 kilograms and carries three imaging instruments.", "gazette"
    )
    assert cited_by(shown, [said, other]) == ("courier", "herald")
