import datetime as dt
import re

import pytest

from summarize.disagree import (
    counts_differ,
    counts_one_thing,
    find_disagreements,
    names_differ,
    read_sentences,
    told_as_change,
    tolls_of_one_count,
)
from summarize.models import Disagreement
from summarize.pipeline import BriefOptions, brief, brief_articles
from summarize.render import to_dict, to_markdown
from tests.conftest import SEEDS, build_article, build_sentence


def disagreements(*texts_by_article: tuple[str, str]) -> list[Disagreement]:
    sentences = [
        build_sentence(text, article, index)
        for index, (article, text) in enumerate(texts_by_article)
    ]
    order = {article: i for i, (article, _) in enumerate(dict.fromkeys(texts_by_article))}
    return find_disagreements(read_sentences(sentences, {}), order)


TOLL_A = "A car bomb killed 12 people at a busy market in northern Kandor on Sunday, police said."
TOLL_B = "A car bomb killed 15 people at a busy market in northern Kandor on Sunday, police said."


def test_different_death_tolls_for_one_attack_are_one_disagreement_citing_both() -> None:
    (found,) = disagreements(("a", TOLL_A), ("b", TOLL_B))
    assert found.slot == "number"
    assert [(v.value, v.sources) for v in found.values] == [("12", ("a",)), ("15", ("b",))]
    assert [item.source for value in found.values for item in value.support] == ["a", "b"]


def test_the_same_toll_in_words_and_digits_is_no_disagreement() -> None:
    assert not disagreements(
        ("a", "Two soldiers were killed when the convoy was ambushed near the border."),
        ("b", "2 soldiers were killed when the convoy was ambushed near the border."),
    )


def test_rounding_and_bounds_are_no_disagreement() -> None:
    assert not disagreements(
        ("a", "The blast at the rally in Kerman killed nearly 100 people, officials said."),
        ("b", "The blast at the rally in Kerman killed over 90 people, officials said."),
    )


def test_different_events_with_different_numbers_are_no_disagreement() -> None:
    assert not disagreements(
        ("a", "Floods in the south destroyed 300 homes, the housing ministry said."),
        ("b", "The central bank raised its main interest rate by 2 points on Friday."),
    )


def test_reversed_actors_on_different_days_are_two_events() -> None:
    assert not disagreements(
        ("a", "Iran struck militant bases inside Pakistan with missiles on January 16."),
        ("b", "Pakistan struck militant bases inside Iran with missiles on January 18."),
    )


def test_one_event_on_two_dates_is_a_date_disagreement_and_agreeing_sources_join() -> None:
    found = disagreements(
        ("a", "On January 16, Iran launched missile strikes into Pakistan's Baluchistan province."),
        ("b", "Iran fired missiles into Pakistan's Balochistan province on January 17th."),
        ("c", "Iran launched missile strikes into Pakistan's Baluchistan province on 16 January."),
    )
    assert len(found) == 1
    assert found[0].slot == "date"
    assert [(v.value, v.sources) for v in found[0].values] == [
        ("January 16", ("a", "c")),
        ("January 17th", ("b",)),
    ]


def test_a_replaced_name_is_an_actor_or_place_disagreement() -> None:
    (found,) = disagreements(
        ("a", "Rebels from the Northern Front attacked the garrison in Tessa early on Monday."),
        ("b", "Rebels from the Northern Front attacked the garrison in Varos early on Monday."),
    )
    assert found.slot == "place"
    assert [v.value for v in found.values] == ["Tessa", "Varos"]


VARGA_WON = "Ilse Varga beat Rohan Desai in the Meridian chess final in Salvery on 12 April 2025."


@pytest.mark.parametrize(
    "desai_won",
    [
        "Rohan Desai beat Ilse Varga in the Meridian chess final in Salvery on 12 April 2025.",
        "Ilse Varga lost the Meridian chess final in Salvery to Rohan Desai on 12 April 2025.",
        "Rohan Desai took the Meridian chess title from Ilse Varga in Salvery on 12 April 2025.",
    ],
)
def test_another_winner_of_one_contest_is_a_winner_disagreement(desai_won: str) -> None:
    also_varga = "Rohan Desai lost the Meridian chess final in Salvery to Ilse Varga on 12 April."
    (found,) = disagreements(("a", VARGA_WON), ("b", desai_won), ("c", also_varga))
    assert found.slot == "winner"
    # Each side the winner its sources name; the converse telling joins the first.
    assert [(v.value, v.sources) for v in found.values] == [
        ("Ilse Varga", ("a", "c")),
        ("Rohan Desai", ("b",)),
    ]


@pytest.mark.parametrize(
    "other",
    [
        # One result in the loser's words.
        "Rohan Desai lost the Meridian chess final in Salvery to Ilse Varga on 12 April 2025.",
        # A rematch: another year, another day (whether that day is disputed is the date
        # rule's to say).
        "In 2023 Rohan Desai beat Ilse Varga in the Meridian chess final in Salvery.",
        "Rohan Desai beat Ilse Varga in the Meridian chess final in Salvery on 14 April 2025.",
        # Another game of the same two players.
        "Rohan Desai beat Ilse Varga at blitz during a charity dinner for young players.",
    ],
)
def test_one_result_or_two_contests_are_no_winner_disagreement(other: str) -> None:
    assert all(found.slot != "winner" for found in disagreements(("a", VARGA_WON), ("b", other)))


def test_the_same_source_never_disagrees_with_itself() -> None:
    assert not disagreements(("a", TOLL_A), ("a", TOLL_B))


ATTACK_A = (
    "Gunmen attacked a police post in Rask late on Saturday. "
    "The attack killed 11 police officers, the interior ministry said."
)
ATTACK_B = (
    "Gunmen attacked a police post in Rask late on Saturday. "
    "The attack killed 12 police officers, the interior ministry said."
)


def test_briefing_lists_the_disagreement_and_marks_the_disputed_sentence() -> None:
    articles = [build_article(ATTACK_A, "a"), build_article(ATTACK_B, "b")]
    briefing = brief_articles(articles, BriefOptions(engine="extractive"))
    assert len(briefing.disagreements) == 1
    markdown = to_markdown(briefing)
    assert "## Where sources differ" in markdown
    assert "**11** [1]; **12** [2]" in markdown
    assert any(sentence.disputed == (0,) for sentence in briefing.sentences)
    assert "†" in markdown
    data = to_dict(briefing)
    assert data["disagreements"][0]["slot"] == "number"  # type: ignore[index]
    assert [v["sources"] for v in data["disagreements"][0]["values"]] == [["a"], ["b"]]  # type: ignore[index]


def test_no_disagreements_option_turns_the_section_off() -> None:
    articles = [build_article(ATTACK_A, "a"), build_article(ATTACK_B, "b")]
    briefing = brief_articles(articles, BriefOptions(engine="extractive", disagreements=False))
    assert briefing.disagreements == []
    assert "Where sources differ" not in to_markdown(briefing)


def test_ai_disclaimer_flags_the_source_and_single_sources_are_marked() -> None:
    ai_text = (
        "Gunmen attacked a police post in Rask late on Saturday.\n\n"
        "This article was generated by AI. Double check any facts with another source.\n\n"
        "Officials vowed to find the attackers within a week."
    )
    articles = [build_article(ATTACK_A, "a"), build_article(ai_text, "b")]
    briefing = brief_articles(articles, BriefOptions(engine="extractive"))
    flags = {source.id: source.flags for source in briefing.sources}
    assert flags == {"a": (), "b": ("ai_generated",)}
    assert "AI-written" in to_markdown(briefing)
    assert to_dict(briefing)["sources"][1]["flags"] == ["ai_generated"]  # type: ignore[index]
    assert {s.corroboration for s in briefing.sentences} <= {1, 2}
    assert "single source" in to_markdown(briefing, show_corroboration=True)


def test_output_is_deterministic() -> None:
    articles = [build_article(ATTACK_A, "a"), build_article(ATTACK_B, "b")]
    options = BriefOptions(engine="extractive", timeline=True)
    first = to_dict(brief_articles(articles, options))
    assert to_dict(brief_articles(articles, options)) == first


def test_seeds_report_the_disputed_date_and_groups_with_the_right_citations() -> None:
    briefing = brief(SEEDS, BriefOptions(engine="extractive", timeline=True))
    seen = {
        item.slot: {value.value: value.sources for value in item.values}
        for item in briefing.disagreements
    }
    assert seen == {
        "date": {
            "January 17th": ("002_529920b2cf3df8a2",),
            "January 16": ("003_a5c3c1b1407dfd5b",),
        },
        "actor": {"BLF": ("002_529920b2cf3df8a2",), "BLA and BLF": ("004_84fdde7d8dfab7f6",)},
    }
    days = [entry.date for entry in briefing.timeline]
    assert days == sorted(days)
    assert {"2024-01-03", "2024-01-16", "2024-01-17", "2024-01-18"} <= set(days)
    flagged = [source.id for source in briefing.sources if source.flags]
    assert flagged == ["002_529920b2cf3df8a2"]


# One capsizing, its toll worded three ways by four outlets (the fourth a copy).
FERRY_12 = (
    "A passenger ferry capsized in rough seas off the island of Selayar on Tuesday, killing "
    "at least 12 people, the rescue agency said."
)
FERRY_15 = (
    "An overcrowded ferry sank in heavy waves off Selayar island on Tuesday, and at least 15 "
    "people were killed, local officials said."
)
FERRY_TWELVE = (
    "At least twelve people died after the ferry overturned in heavy seas off Selayar island "
    "on Tuesday, the rescue agency said."
)


def test_a_toll_worded_differently_by_each_source_is_one_disagreement() -> None:
    (found,) = disagreements(("a", FERRY_12), ("b", FERRY_15), ("c", FERRY_TWELVE))
    assert found.slot == "number"
    assert [(v.value, v.sources) for v in found.values] == [
        ("at least 12", ("a", "c")),
        ("at least 15", ("b",)),
    ]


def test_a_toll_reported_on_another_day_or_of_another_event_is_no_disagreement() -> None:
    sentences = [build_sentence(FERRY_12, "a", 0), build_sentence(FERRY_15, "b", 1)]
    days = {"a": dt.date(2025, 10, 14), "b": dt.date(2025, 10, 15)}
    assert not find_disagreements(read_sentences(sentences, days), {"a": 0, "b": 1})
    assert not disagreements(
        ("a", FERRY_12),
        (
            "b",
            "A bus plunged into a ravine in the highlands on Tuesday, and at least 15 "
            "people were killed, police said.",
        ),
    )


SEATS_63 = (
    "The centre-right Civic Renewal won Croatia's early election on Sunday, taking 63 seats "
    "in the 151-member parliament, near-final results showed."
)
SEATS_61 = "The party took 61 seats in the parliament, the results of Sunday's election showed."


def test_one_count_told_in_other_words_with_another_figure_is_a_disagreement() -> None:
    (seats,) = disagreements(("a", SEATS_63), ("b", SEATS_61))
    assert seats.slot == "number"
    assert [(v.value, v.sources) for v in seats.values] == [("63", ("a",)), ("61", ("b",))]
    (cases,) = disagreements(
        ("a", "Tanzania has confirmed 29 cases of Marburg virus disease, including nine deaths."),
        ("b", "A total of 27 confirmed cases of Marburg virus disease, including nine deaths."),
    )
    assert [v.value for v in cases.values] == ["29", "27"]
    (charge,) = disagreements(
        ("a", "The company will record a restructuring charge of $1.5 billion, a filing showed."),
        ("b", "The company will take a charge of about 1.15 billion dollars, the filing showed."),
    )
    assert [v.value for v in charge.values] == ["$1.5 billion", "about 1.15 billion dollars"]


def test_counts_of_other_things_spans_or_distances_are_no_disagreement() -> None:
    # Two groups' tolls over two spans of time.
    assert not disagreements(
        ("a", "ETA has killed some 800 people in its 30-year campaign for independence."),
        ("b", "The death squads killed 27 people from 1983 to 1987 in a campaign against ETA."),
    )
    # One thing counted, but what is said of it differs.
    assert not disagreements(
        (
            "a",
            "Norvance, which is based in Seattle, employs 46,000 people, its annual report says.",
        ),
        ("b", "In January Norvance let go of 1,000 people in Seattle and Dublin, its report said."),
    )
    # A rounding of the other ("$1.2 billion" is "1.15 billion" rounded).
    assert not disagreements(
        ("a", "The company will record a restructuring charge of $1.2 billion, a filing showed."),
        ("b", "The company will take a charge of about 1.15 billion dollars, the filing showed."),
    )


def test_counts_one_thing_ties_two_tellings_of_one_count_whatever_the_figures() -> None:
    charge_a = "The company expects to record a restructuring charge of $1.2 billion, mostly in severance payments, it said in a filing."
    charge_b = "The Seattle-based company will take a charge of about 1.15 billion dollars to cover severance, according to a filing."
    assert counts_one_thing(charge_a, charge_b)
    assert counts_one_thing(SEATS_63, SEATS_61)
    assert not counts_one_thing(
        "Police arrested 12 people at the rally in Minsk on Monday, officials said.",
        "Police arrested 5 more people at the rally in Minsk on Tuesday, officials said.",
    )
    assert not counts_one_thing(
        "Police arrested 12 people at the rally in Minsk on Monday, officials said.",
        "Police arrested 15 people at the rally in Minsk on Tuesday, officials said.",
    )


def test_a_count_two_outlets_give_differently_is_told_once_and_listed() -> None:
    afp = (
        "ZAGREB (AFP) - The centre-right Civic Renewal won Croatia's early general election on "
        "Sunday, taking 63 seats in the 151-member parliament, according to near-final "
        "results published on Monday. The Social Democrats came second and conceded defeat. "
        "Turnout was the highest since 2003, officials said. Brussels froze about 1.15 "
        "billion euros of recovery funds for Croatia over slow judicial reforms."
    )
    vecernji = (
        "The party took 61 seats in the parliament, the near-final results published by "
        "the electoral commission on Monday showed, 15 short of a majority. Coalition talks "
        "with the Homeland Movement will start on Wednesday, party sources said. Last "
        "year Brussels froze EUR 1.2 billion of recovery funds for Croatia, citing slow "
        "judicial reforms."
    )
    briefing = brief_articles(
        [build_article(afp, "afp"), build_article(vecernji, "vecernji")],
        BriefOptions(engine="extractive", words=150),
    )
    texts = [sentence.text for sentence in briefing.sentences]
    assert sum("seats" in text for text in texts) == 1  # one telling of the count
    (seats,) = [d for d in briefing.disagreements if d.slot == "number"]
    assert [(v.value, v.sources) for v in seats.values] == [("63", ("afp",)), ("61", ("vecernji",))]
    (funds,) = [s for s in briefing.sentences if "recovery funds" in s.text]  # told once
    assert funds.citations == ("afp", "vecernji")  # "1.2 billion" is "1.15 billion" rounded


def test_one_amount_in_two_notations_is_told_once_citing_both_outlets() -> None:
    bloomberg = (
        "Norvance Technologies Inc. laid off roughly 4,000 employees, or about 8% of its "
        "staff, as the software company shifts money into artificial intelligence, it "
        "announced Tuesday.\n\nThe Seattle-based company will take a charge of about 1.15 "
        "billion dollars to cover severance and office closures, according to a filing.\n\n"
        "Sales and marketing teams bear the brunt of the reductions, Chief Executive Officer "
        "Dana Whitfield said in a note to staff.\n\nThe company let go of about 1,000 people "
        "in January.\n\nNorvance shares climbed 3.8% in late trading in New York."
    )
    reuters = (
        "Norvance Technologies will cut 4,200 jobs, about 9 percent of its global workforce, "
        "the business software maker said on Tuesday, as it redirects spending toward "
        "artificial intelligence products.\n\nThe company expects to record a restructuring "
        "charge of $1.2 billion, mostly in severance payments, in its fiscal fourth quarter, "
        "it said in a regulatory filing.\n\nAffected employees in the United States will be "
        "notified by Thursday and receive at least 16 weeks of pay, the memo said.\n\n"
        "Shares of Norvance rose 4.5 percent in extended trading.\n\nAnalysts at Morgan "
        "Stanley said the cuts could save the company about $900 million a year."
    )
    briefing = brief_articles(
        [build_article(bloomberg, "bloomberg"), build_article(reuters, "reuters")],
        BriefOptions(engine="extractive", words=200),
    )
    (charge,) = [s for s in briefing.sentences if "charge" in s.text]
    assert charge.citations == ("bloomberg", "reuters")


def test_the_quick_scan_reads_what_a_figure_counts_as_the_count_rule_does() -> None:
    # "27 probable cases" counts cases, in the scan that puts pairs forward as in the rule.
    assert counts_one_thing(
        "Health officials counted 27 probable cases of the virus in Kagera on Monday.",
        "Health officials counted 29 cases of the virus in Kagera on Monday, the WHO said.",
    )


def test_a_record_since_a_year_is_still_one_toll_and_an_increment_is_no_total() -> None:
    # "the deadliest attack since 2008" compares the attack with others; it counts no span.
    (found,) = disagreements(
        ("a", "The deadliest attack since 2008 killed 12 people at a market in Kandor on Sunday."),
        ("b", TOLL_B),
    )
    assert [v.value for v in found.values] == ["12", "15"]
    # A count of what was added ("another 40", "20 more", "in the latest sweep") is not the
    # total another outlet gives.
    for increment in (
        "Police arrested another 40 protesters in the Kandor capital on Sunday.",
        "Police arrested 40 more protesters in the Kandor capital on Sunday.",
        "Some 40 protesters were arrested in the latest sweep in the Kandor capital on Sunday.",
    ):
        total = "Police have arrested 120 protesters in the Kandor capital on Sunday."
        assert not disagreements(("a", increment), ("b", total)), increment
    # Still compared: two totals, and two increments of one count.
    assert disagreements(
        ("a", "Police arrested another 40 protesters in the Kandor capital on Sunday."),
        ("b", "Police arrested another 45 protesters in the Kandor capital on Sunday."),
    )
    assert disagreements(
        ("a", "Police arrested 40 protesters in the Kandor capital on Sunday."),
        ("b", "Police have arrested 120 protesters in the Kandor capital on Sunday."),
    )


def test_an_amount_and_its_rounding_are_no_disagreement() -> None:
    for rounded in ("15 U.S. dollars", "$15", "15.4 dollars"):
        assert not disagreements(
            ("a", "Respondents would spend an additional $15.41 a month on massage therapy."),
            ("b", f"Respondents would spend an additional {rounded} a month on massage therapy."),
        ), rounded
    (found,) = disagreements(
        ("a", "Respondents would spend an additional $15.41 a month on massage therapy."),
        ("b", "Respondents would spend an additional $17 a month on massage therapy."),
    )
    assert [v.value for v in found.values] == ["$15.41", "$17"]


def test_one_vote_told_with_another_tally_is_a_disagreement() -> None:
    (found,) = disagreements(
        ("a", "Lawmakers in Marenza voted 151 to 147 on Monday to raise the retirement age."),
        ("b", "Marenza's parliament narrowly approved the pension reform by 152 votes to 147."),
        ("c", "The bill passed 152 to 147, with three abstentions."),
    )
    assert sorted((v.value, v.sources) for v in found.values) == [
        ("151 to 147", ("a",)),
        ("152 to 147", ("b", "c")),
    ]
    # Two votes of one story are far apart; the same tally twice is no dispute.
    assert not disagreements(
        ("a", "The Marenza house voted 220 to 210 on Monday to pass the pension reform."),
        ("b", "In Marenza, senators voted 51 to 49 for the bill after a long debate on Tuesday."),
    )
    assert not disagreements(
        ("a", "Lawmakers in Marenza voted 152 to 147 to raise the retirement age."),
        ("b", "Marenza's parliament approved the reform by 152 votes to 147."),
    )


def test_one_tally_in_two_tellings_is_one_fact_to_tell_once() -> None:
    assert counts_one_thing(
        "Marenza's parliament approved the pension reform by 152 votes to 147.",
        "The bill passed 152 to 147, with three abstentions.",
    )
    assert not counts_one_thing(
        "Marenza's parliament approved the pension reform by 152 votes to 147.",
        "The senate passed its own bill 51 to 49.",
    )


def test_an_undated_article_takes_the_date_of_its_copy_and_the_copy_its_date() -> None:
    from summarize.clean import clean
    from summarize.disagree import article_dates

    text = "Flash floods tore through the Varnholt valley on Tuesday, killing 14 people."
    wire = clean(build_article(text, id="wire"))
    paper = clean(build_article(text, id="paper", published="2026-03-03"))
    other = clean(build_article("Rescuers searched the valley on Wednesday.", id="other"))
    dates = article_dates([wire, paper, other], copy_of={"paper": "wire"})
    assert dates == {"wire": dt.date(2026, 3, 3), "paper": dt.date(2026, 3, 3), "other": None}
    assert article_dates([wire, paper, other])["wire"] is None  # no copy: no date


def test_a_seat_majority_and_a_vote_or_two_sums_of_money_are_not_one_count() -> None:
    assert not disagreements(
        ("a", "Republicans hold a 52-48 majority in the Norland senate, but votes are close."),
        ("b", "The Norland senate confirmed Lind by a vote of 54 to 45 in April."),
    )
    assert not disagreements(
        ("a", "The bust is creating a roughly $1 trillion per year hole in the Norland economy."),
        ("b", "Washington can manipulate the $15 trillion Norland economy to grow for a year."),
    )


def test_a_rate_and_a_count_of_one_thing_do_not_differ() -> None:
    from summarize.disagree import counts_differ

    rate = "The virus kills about 10,000 people a year in Norland, officials said."
    count = "The virus has killed 2,500 people in Norland, officials said."
    assert not counts_differ(rate, count) and not counts_differ(count, rate)
    assert counts_differ(count, "The virus has killed 3,100 people in Norland, officials said.")


def test_the_days_two_tellings_of_one_vote_give_are_compared() -> None:
    found = disagreements(
        ("a", "Lawmakers in Marenza voted 151 to 147 on Monday to raise the retirement age."),
        ("b", "Marenza's parliament approved the reform on Tuesday by 152 votes to 147."),
    )
    slots = {item.slot: [v.value for v in item.values] for item in found}
    assert slots == {"number": ["151 to 147", "152 to 147"], "date": ["on Monday", "on Tuesday"]}
    # One day named alike: only the tallies differ.
    found = disagreements(
        ("a", "Lawmakers in Marenza voted 151 to 147 on Tuesday to raise the retirement age."),
        ("b", "Marenza's parliament approved the reform on Tuesday by 152 votes to 147."),
    )
    assert [item.slot for item in found] == ["number"]


def test_tolls_of_two_days_named_in_the_sentences_are_no_disagreement() -> None:
    assert not disagreements(
        ("a", "Activists said 125 people died across Kandor on Monday, many at a checkpoint."),
        ("b", "As day broke on Tuesday, four people were killed across Kandor, activists said."),
    )
    # The same day named: one toll, two figures.
    assert disagreements(
        ("a", "Activists said 125 people died across Kandor on Monday, many at a checkpoint."),
        ("b", "On Monday, 90 people were killed across Kandor, activists said."),
    )


def test_one_named_ship_told_sinking_on_two_days_with_two_tolls_is_in_dispute() -> None:
    # A ship capsizes once: the day and the toll are both in dispute, not two days' counts.
    found = disagreements(
        ("a", "Fourteen people died when the ferry Marit capsized on Lake Osk on Tuesday."),
        (
            "b",
            "Seventeen people were killed when the ferry Marit overturned on Lake Osk on "
            "Wednesday evening, rescuers said.",
        ),
    )
    assert {item.slot for item in found} >= {"number"}
    from summarize.disagree import counts_differ

    assert counts_differ(
        "The Northern Express derailed near Kald on Monday, killing 8 people.",
        "Eleven people died when the Northern Express derailed near Kald on Sunday.",
    )
    # Two boats on one lake, shelling across a place: two days' counts, no dispute.
    assert not counts_differ(
        "Three people died when a fishing boat capsized on Lake Osk on Tuesday.",
        "Five people died when a ferry capsized on Lake Osk on Friday.",
    )
    assert not counts_differ(
        "Shelling killed 125 people in Aleppo on Monday.",
        "On Tuesday, four people were killed in Aleppo by shelling.",
    )


def test_a_source_with_the_toll_of_another_day_does_not_contradict() -> None:
    from summarize.disagree import counts_differ

    monday = "Activists said 125 people died across Kandor on Monday, many at a checkpoint."
    tuesday = "On Tuesday, four people were killed across Kandor, activists said."
    assert not counts_differ(monday, tuesday)
    assert counts_differ(monday, "On Monday, 90 people were killed across Kandor, activists said.")


def test_the_cross_check_reads_a_sentence_that_gives_a_tally() -> None:
    from summarize.disagree import worth_reading

    tally = build_sentence("The bill passed 152 to 147, with three abstentions.", "a", 0)
    other = build_sentence("The bill now goes to the senate for a second reading.", "a", 1)
    assert worth_reading([tally, other], near_pairs=[]) == [tally]


def dated(*texts: tuple[str, dt.date | None, str]) -> list[Disagreement]:
    """`disagreements` of articles with their dates: (article, date, sentence)."""
    sentences = [
        build_sentence(text, article, index) for index, (article, _, text) in enumerate(texts)
    ]
    days = {article: day for article, day, _ in texts}
    order = {article: i for i, article in enumerate(dict.fromkeys(a for a, _, _ in texts))}
    return find_disagreements(read_sentences(sentences, days), order)


def listed(found: Disagreement) -> list[tuple[str, tuple[str, ...]]]:
    return [(value.value, value.sources) for value in found.values]


# --- sums of money of one act ---------------------------------------------------------------


def test_one_fine_told_in_two_currencies_is_one_disagreement_of_every_sum() -> None:
    (found,) = disagreements(
        (
            "a",
            "The General Court on Wednesday upheld a 1.1 billion euro ($1.2 billion) antitrust "
            "fine against Norvik Labs, rejecting the software group's appeal.",
        ),
        (
            "b",
            "Norvik Labs lost its bid on Wednesday to overturn a $1.3 billion penalty imposed "
            "by European regulators, after judges in Luxembourg sided with the Commission.",
        ),
        (
            "c",
            "Europe's second-highest court rejected Norvik Labs' challenge to a 1.2 billion euro fine.",
        ),
        (
            "d",
            "The court confirmed a 1.1 billion euro fine, which the Commission based on Norvik's revenue.",
        ),
    )
    # The conversion in parentheses is the same sum: 1.1 billion euros against 1.2 billion
    # euros, and $1.2 billion against $1.3 billion.
    assert listed(found) == [
        ("1.1 billion euro ($1.2 billion)", ("a", "d")),
        ("$1.3 billion", ("b",)),
        ("1.2 billion euro", ("c",)),
    ]


def test_a_sum_told_with_other_words_of_its_act_is_compared() -> None:
    for left, right in (
        (
            "The Financial Conduct Board fined Dornell Bank 1.1 billion euros on Tuesday.",
            "Dornell Bank was ordered to pay a 1.3 billion euro penalty by the Financial Conduct Board.",
        ),
        (
            "Helix Air agreed to buy Tarn Airways for 4.2 billion euros in cash, the companies said.",
            "The 4.5 billion euro takeover of Tarn Airways by Helix Air needs approval from regulators.",
        ),
        (
            "Japan pledged $10 million in emergency aid to the flooded province on Wednesday.",
            "Japan has pledged $12 million in aid, its foreign ministry said.",
        ),
        (
            "The European Union pledged 5 million euros in emergency aid.",
            "The EU pledged 6 million euros in aid, the Commission said.",
        ),
        # The sum one outlet gives as a conversion against another's in that currency.
        (
            "The court upheld a 1.1 billion euro ($1.2 billion) fine against Norvik Labs.",
            "Norvik Labs must pay a $1.3 billion fine, the court ruled.",
        ),
    ):
        (found,) = disagreements(("a", left), ("b", right))
        assert len(found.values) == 2, left


def test_a_sum_in_another_currency_joins_a_dispute_and_is_none_alone() -> None:
    fined_11 = (
        "The Financial Conduct Board fined Dornell Bank 1.1 billion euros on Tuesday for "
        "failing to stop money laundering through its branches in Port Avel."
    )
    fined_13 = fined_11.replace("1.1 billion", "1.3 billion")
    ordered = (
        "Dornell Bank was ordered on Tuesday to pay a $1.4 billion fine by the Financial "
        "Conduct Board over failures to stop money laundering in Port Avel."
    )
    (found,) = disagreements(("a", fined_11), ("b", fined_13), ("c", ordered))
    assert listed(found) == [
        ("1.1 billion euros", ("a",)),
        ("1.3 billion euros", ("b",)),
        ("$1.4 billion", ("c",)),
    ]
    assert not disagreements(("a", fined_11), ("c", ordered))  # no currency in common


def test_sums_of_two_parties_a_conversion_a_raised_offer_or_a_total_are_no_disagreement() -> None:
    for left, right in (
        # One regulator fines two banks, in the same words or in other words.
        (
            "The Financial Conduct Board fined Alder Bank 1.1 billion euros on Tuesday.",
            "The Financial Conduct Board fined Birch Bank 1.3 billion euros on Tuesday.",
        ),
        (
            "Alder Bank was fined 1.1 billion euros by the Financial Conduct Board.",
            "The Financial Conduct Board fined Birch Bank 1.3 billion euros for laundering lapses.",
        ),
        # Two donors.
        (
            "The European Union pledged 5 million euros in emergency aid to Doravia.",
            "Germany pledged 3 million euros in emergency aid to Doravia.",
        ),
        (
            "The European Union pledged 5 million euros in emergency aid to Doravia.",
            "The United States pledged $3 million in emergency aid to Doravia.",
        ),
        # One sum, converted by one outlet; in two currencies, not comparable.
        (
            "The court upheld a 1.1 billion euro ($1.2 billion) fine against Norvik Labs.",
            "Norvik Labs must pay the $1.2 billion fine, the court ruled.",
        ),
        (
            "The court upheld a 1.1 billion euro fine against Norvik Labs.",
            "Norvik Labs must pay a $1.3 billion fine, the court ruled.",
        ),
        # A later offer, and the sum of several fines.
        (
            "Helix Air agreed to buy Tarn Airways for 4.2 billion euros.",
            "Helix Air raised its offer to buy Tarn Airways to 4.6 billion euros.",
        ),
        (
            "The Commission fined Alder Bank 1.1 billion euros.",
            "Alder Bank and two other lenders were fined a total of 2.5 billion euros.",
        ),
    ):
        assert not disagreements(("a", left), ("b", right)), (left, right)


# --- counts of one day ----------------------------------------------------------------------

WEDNESDAY = dt.date(2026, 5, 13)


def test_a_count_named_before_its_figure_is_compared_with_the_same_days_count() -> None:
    (found,) = dated(
        (
            "a",
            WEDNESDAY,
            "Suspected cholera cases in Marenga district more than doubled to 112 and the "
            "death toll rose to seven, the health ministry said on Wednesday.",
        ),
        (
            "b",
            WEDNESDAY,
            "The laboratory confirmed the outbreak is cholera, with the number of suspected "
            "cases reaching 110 and seven deaths recorded, officials said today.",
        ),
    )
    assert listed(found) == [("112", ("a",)), ("110", ("b",))]  # the seven deaths agree
    # A level against a total the other confirms.
    (found,) = dated(
        ("a", WEDNESDAY, "Confirmed measles cases in Kagera rose to 57, the health ministry said."),
        ("b", WEDNESDAY, "The health ministry has confirmed 61 cases of measles in Kagera."),
    )
    assert listed(found) == [("57", ("a",)), ("61", ("b",))]
    # The price shares rose to is no count of shares.
    assert not dated(
        ("a", WEDNESDAY, "Norvance shares rose to 52 in early trading in Seattle on Wednesday."),
        ("b", WEDNESDAY, "Norvance shares stood at 48 in late trading in Seattle on Wednesday."),
    )


ELECTION_A = (
    "The Unity Party, led by former finance minister Dara Velmar, took 64 seats, according "
    "to preliminary results, while the conservative National Front of Prime Minister Otto "
    "Brenn won 51 seats with 31.2%."
)
ELECTION_B = (
    "Opposition leader Dara Velmar's Unity Party won Corvania's national election, with "
    "official results released Monday giving it 38.1% of the vote and 63 seats."
)
ELECTION_C = "The National Front took 31.5% and 52 seats, the electoral commission said."
ELECTION_D = (
    "Corvania's centre-left Unity Party won Sunday's election with 38.4% of the vote, the "
    "electoral commission said on Monday, but fell short of a majority."
)


def test_each_partys_seats_and_share_of_one_vote_are_compared() -> None:
    found = disagreements(
        ("a", ELECTION_A), ("a", ELECTION_D), ("b", ELECTION_B), ("b", ELECTION_C)
    )
    assert sorted(listed(item) for item in found) == [
        [("31.2%", ("a",)), ("31.5%", ("b",))],
        [("38.4%", ("a",)), ("38.1%", ("b",))],
        [("51", ("a",)), ("52", ("b",))],
        [("64", ("a",)), ("63", ("b",))],
    ]
    # The party a relative clause tells of ("the Green Alliance, which won 15 seats").
    (found,) = disagreements(
        ("a", "Velmar will seek a coalition with the Green Alliance, which won 15 seats."),
        ("b", "The Green Alliance came third with 9.8% of the vote and 17 seats."),
    )
    assert listed(found) == [("15", ("a",)), ("17", ("b",))]


def test_seats_needed_held_by_the_house_of_another_party_poll_or_year_are_not_compared() -> None:
    won = "The Unity Party won 64 seats in Sunday's election, the electoral commission said."
    for other in (
        "Velmar's Unity Party needs 76 seats to govern alone after Sunday's election.",
        "The National Front won 51 seats in Sunday's election, the electoral commission said.",
        "Together the Unity Party and the Greens hold 80 of the Assembly's 150 seats.",
        "The Unity Party won 58 seats in the 2022 election, the electoral commission said.",
    ):
        assert not disagreements(("a", won), ("b", other)), other
    # The house's seats are no party's; the party's part of them is (probe 18 N3).
    (found,) = disagreements(
        ("a", won),
        ("b", "The Unity Party won 63 of the Assembly's 150 seats in Sunday's election."),
    )
    assert listed(found) == [("64", ("a",)), ("63", ("b",))]
    assert not disagreements(
        ("a", "The Unity Party won 38.4% of the vote in Sunday's election."),
        ("b", "A poll on Friday gave the Unity Party 35% of the vote in Sunday's election."),
    )


def test_two_agencies_magnitudes_in_one_article_are_listed_with_the_others() -> None:
    (found,) = disagreements(
        (
            "a",
            "A magnitude 6.8 earthquake struck the mountainous Varnesh province of Doravia on "
            "Monday, killing at least 42 people.",
        ),
        (
            "b",
            "The quake, which the Doravian Seismic Institute measured at magnitude 6.8, was "
            "the strongest to hit the country since 1976.",
        ),
        ("b", "The US Geological Survey put its magnitude at 6.6."),
    )
    assert listed(found) == [("6.8", ("a", "b")), ("6.6", ("b",))]
    # Two articles' magnitudes of one quake, worded differently.
    (found,) = disagreements(
        (
            "a",
            "A 7.1-magnitude earthquake struck the coast of Varnesh on Monday, killing 12 people.",
        ),
        ("b", "The magnitude 6.9 quake that hit the Varnesh coast on Monday killed 12 people."),
    )
    assert listed(found) == [("7.1", ("a",)), ("6.9", ("b",))]
    # An aftershock's, and a revised magnitude, are other figures.
    quake = "A magnitude 6.8 earthquake struck Varnesh province on Monday, killing 42 people."
    assert not disagreements(
        ("a", quake),
        (
            "b",
            "The strongest aftershock in Varnesh province on Monday, a magnitude 5.1 tremor, killed 42 people.",
        ),
    )
    assert not disagreements(
        ("a", quake),
        ("b", "The quake that struck Varnesh province on Monday was upgraded to magnitude 7.1."),
    )


# --- a later value is a development ---------------------------------------------------------

MONDAY_TOLL = (
    "A magnitude 6.8 earthquake struck the Varnesh province of Doravia on Monday, killing at "
    "least 42 people, the national disaster agency said."
)
TUESDAY_TOLL = (
    "At least 104 people were killed in the earthquake that struck Doravia on Monday, the "
    "health ministry said late on Tuesday, a higher figure than the disaster agency's count "
    "of 97."
)


def test_a_toll_given_on_another_day_is_no_disagreement_and_one_of_that_day_is() -> None:
    monday, tuesday = dt.date(2026, 8, 3), dt.date(2026, 8, 4)
    # The Monday article's toll against one said "late on Tuesday" (an undated article).
    assert not dated(("a", monday, MONDAY_TOLL), ("b", None, TUESDAY_TOLL))
    (found,) = dated(
        (
            "a",
            tuesday,
            "The death toll from Monday's earthquake in Doravia's Varnesh province rose to 97 "
            "on Tuesday, officials said, as rescuers searched collapsed buildings.",
        ),
        ("b", None, TUESDAY_TOLL),
    )
    assert listed(found) == [("97", ("a",)), ("at least 104", ("b",))]


def test_counts_of_two_days_or_after_a_change_are_a_development_not_a_disagreement() -> None:
    # Counts of things, not only tolls, of two article dates.
    assert not dated(
        (
            "a",
            dt.date(2026, 5, 12),
            "The health ministry has confirmed 47 cholera cases in Lubanzi.",
        ),
        ("b", WEDNESDAY, "The health ministry has confirmed 112 cholera cases in Lubanzi."),
    )
    # Undated: the value stated as the result of a change is the later one.
    assert not disagreements(
        (
            "a",
            "Official results gave the Unity Party 63 seats in the Assembly, the commission said.",
        ),
        (
            "b",
            "The recount moved one seat from the National Front to the Unity Party, giving it "
            "65 seats in the Assembly, the commission said.",
        ),
    )
    assert not disagreements(
        ("a", "Flash floods in the Varnholt valley killed 14 people, police said."),
        (
            "b",
            "The death toll from the flash floods in the Varnholt valley rose to 21, police said.",
        ),
    )
    # Both changed, or neither: one count, told differently.
    assert disagreements(
        (
            "a",
            "The death toll from the flash floods in the Varnholt valley rose to 19, police said.",
        ),
        (
            "b",
            "The death toll from the flash floods in the Varnholt valley rose to 21, police said.",
        ),
    )


def test_a_days_killings_place_by_place_or_a_toll_said_that_day_are_not_one_disasters() -> None:
    # Tolls of one day across a country and in one town of it: no disaster names them both.
    assert not dated(
        (
            "a",
            None,
            "At least 125 people died across Norland on Monday, many of them at a "
            "checkpoint in Kald, the activists' network the NCC said.",
        ),
        ("b", None, "In all, 60 people were killed Monday in Kald, according to the NCC."),
    )
    # The day both name is the day one source spoke, not the day of the disaster.
    friday = dt.date(1999, 8, 20)
    assert not dated(
        (
            "a",
            friday,
            "Relief agencies Friday pleaded with Norland to turn its attention from the more "
            "than 10,000 dead of Tuesday's earthquake to the homeless.",
        ),
        (
            "b",
            friday,
            "The death toll from the powerful earthquake in Norland has risen to 7,085, the "
            "crisis center said early Friday, two days after the quake hit.",
        ),
    )


def test_a_count_is_compared_though_a_toll_of_the_same_sentences_agrees() -> None:
    found = dated(
        (
            "a",
            dt.date(2026, 5, 12),
            "A cholera outbreak in Marenga district has killed three people, the health ministry said.",
        ),
        (
            "b",
            WEDNESDAY,
            "Suspected cholera cases in Marenga district more than doubled to 112 and the "
            "death toll rose to seven, the health ministry said on Wednesday.",
        ),
        (
            "c",
            WEDNESDAY,
            "The laboratory confirmed the outbreak is cholera, with the number of suspected "
            "cases reaching 110 and seven deaths recorded, officials said today.",
        ),
    )
    assert [listed(item) for item in found] == [[("112", ("b",)), ("110", ("c",))]]


def test_a_near_copy_of_another_day_still_differs_in_a_span_of_time() -> None:
    # One story edited for another day: the span it gives is still one fact.
    (found,) = dated(
        (
            "a",
            dt.date(1999, 2, 27),
            "Three days earlier, the Klan had nailed a flier to the door of the Macedonia church.",
        ),
        (
            "b",
            dt.date(1999, 3, 4),
            "Two days earlier, the Klan had nailed a flier to the door of the Macedonia church.",
        ),
    )
    assert [value.value for value in found.values] == ["Three", "Two"]


def test_the_cross_check_reads_sums_magnitudes_and_shares_two_articles_give() -> None:
    from summarize.disagree import worth_reading

    sentences = [
        build_sentence("The court confirmed a 900 euro fine for the driver.", "a", 0),
        build_sentence("The driver must pay a €950 fine, the court ruled.", "b", 1),
        build_sentence("The US Geological Survey put its magnitude at 6.6.", "a", 2),
        build_sentence("The institute measured its magnitude at 6.8.", "b", 3),
        build_sentence("Unity won 38.4% of the vote.", "a", 4),
        build_sentence("Unity won 38.1% of the vote.", "b", 5),
        build_sentence("The leaders met again to discuss it.", "b", 6),
    ]
    assert worth_reading(sentences, near_pairs=[]) == sentences[:6]


def test_the_pairs_compared_in_one_event_bucket_stay_bounded() -> None:
    from summarize.disagree import _compared_pairs

    # A template repeated with a thousand values: pairs of the first few, not of all.
    pairs = list(_compared_pairs([[i, i + 1000] for i in range(1000)]))
    assert 0 < len(pairs) <= 64 * 63 // 2
    assert list(_compared_pairs([[0, 5], [3]])) == [(0, 3), (0, 5), (3, 5)]


def test_an_estimate_and_a_change_of_a_rate_in_other_units_are_disagreements() -> None:
    (found,) = disagreements(
        ("a", "Hackers stole the personal data of about 4.1 million customers, the bank said."),
        ("b", "Hackers stole the personal data of 4.3 million customers, a state filing shows."),
    )
    assert [(v.value, v.sources) for v in found.values] == [
        ("about 4.1 million", ("a",)),
        ("4.3 million", ("b",)),
    ]
    (found,) = disagreements(
        (
            "a",
            "The central bank raised its benchmark rate by 25 basis points to 4.75% on Wednesday.",
        ),
        ("b", "The central bank raised its benchmark rate by half a percentage point to 4.75%."),
    )
    assert [(v.value, v.sources) for v in found.values] == [
        ("25 basis points", ("a",)),
        ("half a percentage point", ("b",)),
    ]
    # The same change in two notations, and an estimate with what it rounds, agree.
    assert not disagreements(
        ("a", "The central bank raised its benchmark rate by 25 basis points on Wednesday."),
        ("b", "The central bank raised its benchmark rate by a quarter point on Wednesday."),
    )
    assert not disagreements(
        ("a", "The fire has burned about 11,000 acres in Lassen County, officials said."),
        ("b", "The fire has burned 11,400 acres in Lassen County, officials said."),
    )


def test_a_change_of_a_rate_in_other_words_is_one_figure_even_beside_a_span() -> None:
    hike = (
        "The Bank of Castria raised its benchmark interest rate by 25 basis points to 4.75% "
        "on Wednesday, its third increase this year."
    )
    other = (
        "The Bank of Castria raised its main lending rate by half a percentage point on "
        "Wednesday, in a move that caught some investors off guard."
    )
    assert counts_differ(hike, other) and counts_differ(other, hike)
    (found,) = disagreements(("a", hike), ("b", other))
    assert [v.value for v in found.values] == ["25 basis points", "half a percentage point"]
    # Another rate's change is not the bank rate's; counts over a year stay apart.
    yields = "The two-year government bond yield jumped 11 basis points to 4.62% on Wednesday."
    assert not counts_differ(hike, yields)
    assert not counts_differ(
        "Corvane raised prices by 25 basis points and has cut 300 jobs this year.",
        "Corvane raised prices by 25 basis points and cut 250 jobs.",
    )
    assert not counts_differ(
        "Storm Dara has killed 12 people in Varnia since Monday; the bank cut rates by 25 bp.",
        "Storm Dara killed 9 people in Varnia; the bank cut rates by 25 basis points.",
    )


def test_a_toll_of_one_place_is_one_count_and_tolls_of_two_places_are_two() -> None:
    six = "In Belmar, six people were killed when Storm Dara flooded the coast, officials said."
    twelve = (
        "Twelve people are now known to have died in Belmar as a result of Storm Dara, after "
        "the bodies of six more people were recovered."
    )
    eight = "Eight people have now died in Varnia in the floods caused by Storm Dara."
    assert tolls_of_one_count(six, twelve) and tolls_of_one_count(twelve, six)
    assert not tolls_of_one_count(twelve, eight)  # two countries' tolls of one storm
    assert not tolls_of_one_count(six, "Storm Dara cut power to 20,000 homes in Belmar.")


def test_a_toll_that_rose_is_told_at_its_latest_value() -> None:
    wire = (
        "Storm Dara flooded the coast of Belmar on Monday. In Belmar, six people were killed "
        "when Storm Dara flooded the coast, officials said. Rail services were suspended "
        "between the port and the capital. Power lines were cut across the north of the "
        "country, and the army sent boats to the worst-hit villages."
    )
    paper = (
        "Six people died in Belmar when Storm Dara flooded the coast, the civil protection "
        "agency said. Thousands of homes lost power across the region. The prime minister cut "
        "short a visit abroad and promised emergency aid for the flooded towns."
    )
    tuesday = (
        "Rescuers searched the coast of Belmar again on Tuesday. Twelve people are now known "
        "to have died in Belmar as a result of Storm Dara, officials said. Schools remain closed "
        "across the province, and the government declared three days of national mourning."
    )
    articles = [
        build_article(wire, "wire", published="2025-10-20"),
        build_article(paper, "paper", published="2025-10-20"),
        build_article(tuesday, "tuesday", published="2025-10-21"),
    ]
    briefing = brief_articles(articles, BriefOptions(engine="extractive", words=45))
    tolls_told = [s.text for s in briefing.sentences if "died" in s.text or "killed" in s.text]
    assert tolls_told and tolls_told[0].startswith("Twelve people are now known"), tolls_told
    # With words to spare, Monday's toll is not told beside Tuesday's, however worded.
    monday = (
        "A massive explosion at the Corvane Resins plant on Harbor Road killed at least three "
        "people early Monday and sent 27 to hospitals, county officials said. Firefighters "
        "fought the blaze for six hours. Residents reported windows shattered a mile away."
    )
    tuesday_report = (
        "Five workers are now confirmed dead after Monday's explosion at the Corvane Resins "
        "plant in Port Selden, and residents say the evacuation zone was too small. The "
        "company said its plant would stay closed. Schools near the plant reopened on Tuesday."
    )
    later = [
        build_article(monday, "gazette", published="2026-02-09"),
        build_article(tuesday_report, "chronicle", published="2026-02-10"),
    ]
    briefing = brief_articles(later, BriefOptions(engine="extractive", words=150))
    texts = [s.text for s in briefing.sentences]
    assert any(text.startswith("Five workers") for text in texts), texts
    assert not any("at least three" in text for text in texts), texts
    # Undated, the telling stated as a change is the later one.
    undated = [build_article(a.text, a.id) for a in articles]
    briefing = brief_articles(undated, BriefOptions(engine="extractive", words=45))
    tolls_told = [s.text for s in briefing.sentences if "died" in s.text or "killed" in s.text]
    assert tolls_told and tolls_told[0].startswith("Twelve people are now known"), tolls_told


def test_one_vote_told_with_another_tally_in_other_words_is_one_count_told_once() -> None:
    publico = (
        "Lawmakers voted 118 to 98 on Thursday to deny confidence to the government of Tomas "
        "Albuquerque, bringing down his cabinet after 11 months in office. The president "
        "will meet party leaders next week to discuss a new government or an election. "
        "Bond yields rose sharply as investors weighed the prospect of months of uncertainty."
    )
    reuters = (
        "Portugal's minority government collapsed on Thursday after losing a confidence vote "
        "in parliament, 116 to 98, raising the prospect of a third election in four years. "
        "The president is expected to consult the parties before deciding on a snap vote. "
        "Opposition leaders said they were ready to form a government without an election."
    )
    guardian = (
        "The prime minister lost by 116 votes to 98, with 16 abstentions, after the Green "
        "Alliance deserted him. Lawmakers denied confidence to the government of Tomas "
        "Albuquerque on Thursday, bringing down his cabinet. Its four deputies had been the "
        "margin that kept the minority cabinet alive since last April, and their leader said "
        "the land deal allegations had made support impossible."
    )
    assert counts_differ(publico, reuters) and counts_differ(reuters, publico)
    assert counts_one_thing(publico, guardian)
    # Another vote of the story is not this one.
    assert not counts_differ(publico, "The Senate passed the budget 51 to 49 on Friday.")
    briefing = brief_articles(
        [
            build_article(publico, "publico"),
            build_article(reuters, "reuters"),
            build_article(guardian, "guardian"),
        ],
        BriefOptions(engine="extractive", words=120),
    )
    told = [s for s in briefing.sentences if " to 98" in s.text or "votes to 98" in s.text]
    assert len(told) == 1, [s.text for s in briefing.sentences]
    assert "116" in told[0].text  # the tally two sources give, not "118"
    assert "publico" not in told[0].citations
    (vote,) = [d for d in briefing.disagreements if d.slot == "number"]
    assert {v.value for v in vote.values} >= {"116 to 98", "118 to 98"}


def test_a_second_tally_of_one_vote_in_few_shared_words_is_not_told_again() -> None:
    reuters = (
        "Portugal's minority government collapsed on Thursday after losing a confidence vote "
        "in parliament, 116 to 98, raising the prospect of a third election in four years. "
        "The president is expected to consult the parties before deciding on a snap vote."
    )
    guardian = (
        "The prime minister lost by 116 votes to 98, with 16 abstentions, after the Green "
        "Alliance deserted him. Its four deputies had kept the minority cabinet alive since "
        "last April, and their leader said the land deal allegations made support impossible."
    )
    publico = (
        "Deputies voted 118-98 against Albuquerque's cabinet. Markets in Lisbon fell sharply "
        "as traders priced in months of political uncertainty and a possible snap election. "
        "Socialist leaders said they were ready to govern without a new vote."
    )
    briefing = brief_articles(
        [
            build_article(reuters, "reuters"),
            build_article(guardian, "guardian"),
            build_article(publico, "publico"),
        ],
        BriefOptions(engine="extractive", words=200),
    )
    texts = [s.text for s in briefing.sentences]
    assert sum(bool(re.search(r"11[68](?: votes)? to 98|118-98", t)) for t in texts) == 1, texts


def test_one_toll_told_by_two_outlets_naming_nothing_alike_is_told_once() -> None:
    wire = (
        "The bodies of two missing workers were recovered Tuesday from the wreckage of a "
        "polymer plant that exploded a day earlier on the Texas coast, raising the death toll "
        "to five, officials said. Federal investigators were due to arrive on Wednesday."
    )
    paper = (
        "Five workers are now confirmed dead after Monday's explosion at the Corvane Resins "
        "plant in Port Selden, and some residents say the evacuation zone was too small. The "
        "company said it would pay for hotel rooms for displaced families."
    )
    assert tolls_of_one_count(wire, paper)
    briefing = brief_articles(
        [build_article(wire, "wire"), build_article(paper, "paper")],
        BriefOptions(engine="extractive", words=150),
    )
    texts = [s.text for s in briefing.sentences]
    assert sum(bool(re.search(r"\b(?:five|Five)\b", t)) for t in texts) == 1, texts
    # Another disaster's toll of the same value, told in other words, stays apart.
    assert not tolls_of_one_count(
        paper, "Five people drowned when a ferry capsized off Zanzibar on Monday."
    )


def test_one_event_told_with_another_toll_and_another_day_shows_both_disputes() -> None:
    # The same 30 homes tie one landslide: the day is in dispute, not two days' tolls.
    a = "A landslide buried 30 homes in the Colombian town of Salgar on Saturday, killing 12 people, the national disaster agency said."
    b = "A landslide buried 30 homes in the town of Salgar in Antioquia on Friday, killing 15 people, according to the national disaster agency."
    sentences = [build_sentence(a, "a", 0), build_sentence(b, "b", 1)]
    day = dt.date(2026, 6, 22)
    readings = read_sentences(sentences, {"a": day, "b": day})
    found = find_disagreements(readings, {"a": 0, "b": 1}, near_pairs=[])  # not worded alike
    assert sorted(d.slot for d in found) == ["date", "number"]
    assert [v.sources for d in found for v in d.values] == [("a",), ("b",)] * 2


def test_a_place_of_several_words_is_one_place_whatever_word_another_names() -> None:
    from summarize.disagree import tolls_of_one_count

    one = "At least 15 people died when a bus plunged into a gorge in Mandi district."
    other = "Twelve people were killed when a bus fell into a gorge in Himachal Pradesh's Mandi."
    assert tolls_of_one_count(one, other)
    assert not tolls_of_one_count(one, other.replace("Himachal Pradesh's Mandi", "Kullu"))


LANDSLIDE = (
    "A landslide buried 30 homes in the Colombian town of Salgar on Saturday, killing 12 "
    "people, the national disaster agency said. Heavy rain had fallen for three days on the "
    "slopes above the town, which lies in a coffee-growing valley in Antioquia province. "
    "Soldiers and volunteers dug through mud with shovels and bare hands in search of "
    "survivors."
)
LANDSLIDE_OTHER = (
    "A landslide buried 30 homes in the town of Salgar in Antioquia on Friday, killing 15 "
    "people, according to the national disaster agency. Residents said a stream above the "
    "town had swollen and changed course hours before the slope collapsed. The regional "
    "governor said 200 families would be moved from the hillside once the rains eased."
)
LANDSLIDE_LATER = (
    "Rescuers in the Colombian town of Salgar continued to search for missing people on "
    "Monday after a landslide that buried 30 homes and killed 12 people on Saturday. Sniffer "
    "dogs from the fire service in Medellin joined the search on Monday morning. "
    "Meteorologists warned that more heavy rain was expected in Antioquia this week."
)


def test_each_disputed_value_lists_every_source_the_briefing_cites_for_it() -> None:
    articles = [
        build_article(LANDSLIDE, "a", published="2026-06-22"),
        build_article(LANDSLIDE_OTHER, "b", published="2026-06-22"),
        build_article(LANDSLIDE_LATER, "c", published="2026-06-23"),
    ]
    briefing = brief_articles(articles, BriefOptions(engine="extractive", words=120))
    sources = {
        d.slot: {value.value: value.sources for value in d.values} for d in briefing.disagreements
    }
    # The toll and the day are both in dispute; the later report that gives 12 and Saturday
    # (cited with the first for the shown sentence) is listed under them too.
    assert sources == {
        "number": {"12": ("a", "c"), "15": ("b",)},
        "date": {"on Saturday": ("a", "c"), "on Friday": ("b",)},
    }
    (told,) = [s for s in briefing.sentences if "30 homes" in s.text]
    assert told.disputed == (0, 1)


def test_a_toll_of_another_year_is_no_value_of_the_story_toll() -> None:
    day = dt.date(2026, 6, 22)
    now = (
        "A landslide buried 30 homes in the Colombian town of Salgar on Saturday, killing 12 "
        "people, the national disaster agency said."
    )
    then = "Salgar was hit by a similar disaster in 2015, when a flash flood killed more than 90 people."
    sentences = [build_sentence(now, "a", 0), build_sentence(then, "b", 0)]
    readings = read_sentences(sentences, {"a": day, "b": day})
    assert not find_disagreements(readings, {"a": 0, "b": 1}, near_pairs=[])
    # Told without another year, the same sentence is read as the story's toll.
    same_year = then.replace(" in 2015", "")
    sentences = [build_sentence(now, "a", 0), build_sentence(same_year, "b", 0)]
    readings = read_sentences(sentences, {"a": day, "b": day})
    assert find_disagreements(readings, {"a": 0, "b": 1}, near_pairs=[])


def test_a_toll_and_day_in_dispute_are_both_shown_however_loosely_worded() -> None:
    # "about 200 passengers" ties the two tellings: the toll and the day are disputed.
    a = (
        "Eight people died when a regional train carrying about 200 passengers derailed near "
        "Foggia in southern Italy on Thursday, the fire service said."
    )
    b = (
        "Eleven people were killed when a regional train with about 200 passengers on board "
        "came off the rails near Foggia on Wednesday, firefighters said."
    )
    day = dt.date(2026, 3, 6)
    sentences = [build_sentence(a, "a", 0), build_sentence(b, "b", 0)]
    readings = read_sentences(sentences, {"a": day, "b": day})
    found = find_disagreements(readings, {"a": 0, "b": 1}, near_pairs=[])
    assert {d.slot: [v.value for v in d.values] for d in found} == {
        "number": ["Eight", "Eleven"],
        "date": ["on Thursday", "on Wednesday"],
    }


# --- a story filed on two days; parts of a toll; a figure's day told by another source -----


def test_a_story_filed_on_two_days_each_naming_its_own_day_is_no_date_dispute() -> None:
    saturday, sunday = dt.date(1999, 8, 21), dt.date(1999, 8, 22)
    said = (
        "The refinery fire has been put out by foreign rescue teams, a Turkish official said on {}."
    )
    assert not dated(("a", saturday, said.format("Saturday")), ("b", sunday, said.format("Sunday")))
    digest = "The following are the main stories in the leading Kandor newspapers on {}."
    tuesday, friday = dt.date(2026, 2, 3), dt.date(2026, 8, 14)
    assert not dated(
        ("a", tuesday, digest.format("Tuesday")), ("b", friday, digest.format("Friday"))
    )
    # Reports of one day, or a day that is not its report's own, dispute the day.
    (found,) = dated(
        ("a", saturday, said.format("Saturday")), ("b", saturday, said.format("Friday"))
    )
    assert listed(found) == [("on Saturday", ("a",)), ("on Friday", ("b",))]
    (found,) = dated(("a", saturday, said.format("Saturday")), ("b", sunday, said.format("Friday")))
    assert found.slot == "date"


def test_a_part_of_a_toll_or_the_badly_hurt_among_the_injured_is_no_other_toll() -> None:
    day = dt.date(2017, 3, 18)
    assert not dated(
        (
            "a",
            day,
            "The snowmobile hit the team from behind, killing a dog and injuring five others, two seriously.",
        ),
        (
            "b",
            day,
            "The snowmobile attack on the team left a dog dead and two others seriously injured.",
        ),
    )
    assert not dated(
        (
            "a",
            day,
            "The parents of eight of the children killed in the school shooting have notified the courts that they may sue.",
        ),
        (
            "b",
            day,
            "Parents of at least 13 of the children killed in the school shooting have opened estates at the probate court.",
        ),
    )
    # The seriously injured are compared with the seriously injured.
    (found,) = dated(
        (
            "a",
            day,
            "The snowmobile attack on the team left a dog dead and two others seriously injured.",
        ),
        (
            "b",
            day,
            "The snowmobile attack on the team left a dog dead and three others critically injured.",
        ),
    )
    assert listed(found) == [("two", ("a",)), ("three", ("b",))]


def test_a_toll_told_without_a_day_is_of_the_day_others_give_the_same_figure() -> None:
    day = dt.date(2012, 5, 29)
    found = dated(
        (
            "a",
            day,
            "Activists said a total of 125 people had died across Syria, many of them at a checkpoint in Homs.",
        ),
        (
            "b",
            day,
            "As day broke on Tuesday, four people were killed across Syria, activists said.",
        ),
        (
            "b",
            day,
            "At least 144 people were killed across Syria on Monday, including 64 at a checkpoint in Homs.",
        ),
        (
            "c",
            day,
            "As many as 125 people died across Syria on Monday, many of them at a checkpoint in Homs.",
        ),
    )
    assert [listed(f) for f in found] == [
        [("125", ("a",)), ("at least 144", ("b",)), ("as many as 125", ("c",))]
    ]


# --- one fact told in other words: a person's age, an event's day ----------------------------


MONDAY = dt.date(2026, 3, 2)
SAME_DAY = {"a": MONDAY, "b": MONDAY, "c": MONDAY}


def dated_disagreements(
    dates: dict[str, dt.date], *texts_by_article: tuple[str, str]
) -> list[Disagreement]:
    sentences = [
        build_sentence(text, article, index)
        for index, (article, text) in enumerate(texts_by_article)
    ]
    order = {article: i for i, (article, _) in enumerate(dict.fromkeys(texts_by_article))}
    readings = read_sentences(sentences, dict(dates))
    return find_disagreements(readings, order)


def values(found: Disagreement) -> list[tuple[str, tuple[str, ...]]]:
    return [(v.value, v.sources) for v in found.values]


def test_the_age_of_one_named_person_told_in_other_words_is_a_disagreement() -> None:
    (found,) = dated_disagreements(
        {"a": MONDAY, "b": MONDAY},
        ("a", "Mountain guide Tomas Varga was rescued from the glacier on Sunday."),
        ("a", "Varga, 58, had spent two nights in a crevasse."),
        ("b", "Tomas Varga, 61, was flown to hospital in Brenna by helicopter."),
    )
    assert found.slot == "number"
    assert values(found) == [("58", ("a",)), ("61", ("b",))]
    # A report of unknown date in a set whose dated reports fall within a month.
    (other,) = dated_disagreements(
        {"a": MONDAY, "c": MONDAY + dt.timedelta(days=3)},
        ("a", "Police named the driver as 45-year-old Lena Ostrova of Kelm."),
        ("b", "Lena Ostrova, a 49-year-old nurse, died at the scene."),
        ("c", "Lena Ostrova is 45 years old and lived alone in Kelm."),
    )
    assert [(v.value[:2], v.sources) for v in other.values] == [("45", ("a", "c")), ("49", ("b",))]


def test_ages_of_a_family_a_span_of_years_or_a_birthday_are_no_disagreement() -> None:
    # A surname of two first names: which of the family is 36?
    assert not dated_disagreements(
        SAME_DAY,
        ("a", "Anna Berg, 34, and her son Erik Berg, 8, were pulled from the river."),
        ("b", "Berg, 36, told rescuers her son had slipped on the bank."),
    )
    assert not dated_disagreements(
        SAME_DAY,
        ("a", "Anna Berg and her son Erik Berg were pulled from the river."),
        ("a", "Berg, 34, told rescuers the boy had slipped on the bank."),
        ("b", "Anna Berg, 36, was treated for hypothermia."),
        ("c", "Doctors said Erik Berg, 36, a cousin, was treated for shock."),
    )
    # A report of unknown date in a set of reports years apart: of which year?
    assert not dated_disagreements(
        {"a": dt.date(2019, 5, 1), "c": dt.date(2022, 5, 1)},
        ("a", "Mountain guide Tomas Varga, 58, was rescued from the glacier."),
        ("b", "Tomas Varga, 61, was flown to hospital in Brenna by helicopter."),
        ("c", "The glacier has retreated by 40 metres."),
    )
    # No first name anywhere: nobody for sure.
    assert not dated_disagreements(
        SAME_DAY,
        ("a", "Holm, 52, was arrested at the port."),
        ("b", "Holm, 57, denied the charges."),
    )
    # Two years between the reports, two years older; a year apart on one day.
    assert not dated_disagreements(
        {"a": dt.date(2021, 3, 1), "b": dt.date(2023, 3, 5)},
        ("a", "Judge Ivo Marek, 61, opened the inquiry."),
        ("b", "Ivo Marek, 63, closed the inquiry on Friday."),
    )
    assert not dated_disagreements(
        SAME_DAY,
        ("a", "Coach Pia Lind, 40, resigned after the defeat."),
        ("b", "Pia Lind, 41, said she had no regrets."),
    )
    # Another person of the same surname, named in full.
    assert not dated_disagreements(
        SAME_DAY,
        ("a", "Petr Nowak, 30, was injured in the blast."),
        ("b", "Rescuers found Jan Nowak, 55, under the rubble of his garage."),
    )


def test_the_quick_scan_reads_ages_and_the_sentences_that_name_their_person() -> None:
    from summarize.disagree import worth_reading

    sentences = [
        build_sentence("Mountain guide Tomas Varga was rescued from the glacier.", "a", 0),
        build_sentence("Varga, 58, had spent two nights in a crevasse.", "a", 1),
        build_sentence("The weather was poor.", "a", 2),
        build_sentence("Tomas Varga, 61, was flown to hospital.", "b", 3),
    ]
    kept = {s.text for s in worth_reading(sentences, [])}
    assert kept == {s.text for s in sentences} - {"The weather was poor."}


def test_one_event_dated_differently_in_other_words_is_a_date_disagreement() -> None:
    (found,) = dated_disagreements(
        {"a": MONDAY, "b": MONDAY + dt.timedelta(days=1)},
        ("a", "Voting in the Harlan referendum took place on Thursday."),
        (
            "b",
            "Voting in the Harlan referendum took place on Friday amid heavy rain and long lines.",
        ),
    )
    assert found.slot == "date"
    # Each weekday is shown at the date it means in its report.
    assert values(found) == [
        ("on Thursday [26 Feb 2026]", ("a",)),
        ("on Friday [27 Feb 2026]", ("b",)),
    ]
    # A figure too exact to meet by chance ties two tellings of one reading.
    (tied,) = dated_disagreements(
        {"a": MONDAY, "b": MONDAY},
        ("a", "The Darnow river gauge recorded 7.42 metres on Saturday evening, a new high."),
        (
            "b",
            "Officials said the gauge on the Darnow peaked at 7.42 metres on Sunday, flooding cellars.",
        ),
    )
    assert values(tied) == [
        ("on Saturday evening [28 Feb 2026]", ("a",)),
        ("on Sunday [1 Mar 2026]", ("b",)),
    ]


def test_days_of_two_events_plans_or_unknown_weeks_are_no_date_disagreement() -> None:
    dates = {"a": MONDAY, "b": MONDAY}
    # Two chambers, two votes.
    assert not dated_disagreements(
        dates,
        ("a", "The House approved the spending bill on Tuesday."),
        (
            "b",
            "The Senate approved the spending bill on Thursday after a debate on border funding.",
        ),
    )
    # Marches in two cities.
    assert not dated_disagreements(
        dates,
        ("a", "Striking nurses marched across Lyon on Friday."),
        ("b", "Striking nurses marched across Nantes on Saturday, demanding higher pay and staff."),
    )
    # A plan against what happened; a source that gives both days.
    assert not dated_disagreements(
        dates,
        ("a", "Voting in the Harlan referendum took place on Thursday."),
        (
            "b",
            "Voting in the Harlan referendum will take place on Sunday with polls open from dawn.",
        ),
    )
    assert not dated_disagreements(
        dates,
        ("a", "Voting in the Harlan referendum took place on Thursday."),
        (
            "b",
            "Voting in the Harlan referendum took place on Saturday amid rain, long lines and power cuts.",
        ),
        (
            "a",
            "In the north, voting in the Harlan referendum took place on Saturday because of floods.",
        ),
    )
    # Reports of unknown date: which week's Thursday?
    assert not disagreements(
        ("a", "Voting in the Harlan referendum took place on Thursday."),
        ("b", "Voting in the Harlan referendum took place on Friday amid heavy rain."),
    )
    # One night, told from either side of midnight.
    assert not dated_disagreements(
        dates,
        ("a", "The ferry Aland Star ran aground near Kemi late on Saturday, the coast guard said."),
        ("b", "The ferry Aland Star ran aground near Kemi early Sunday, with 300 people aboard."),
    )


def test_the_whole_a_part_is_told_of_is_no_other_count_of_the_part() -> None:
    assert not disagreements(
        ("a", "Kell was found guilty this week on three charges of fraud over the pension scheme."),
        ("b", "Jurors found Kell guilty on four of five charges of fraud over the pension scheme."),
    )


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("Osel flood toll rises to 15 as the rain continues.", True),
        ("Three more bodies were found, bringing the death toll to 13.", True),
        ("Police reported three more deaths, raising the toll to 15.", True),
        ("The find takes the official count to 40.", True),
        ("Five injured people were brought to hospital in Varsk.", False),
        ("Twelve people died when the bus left the road.", False),
    ],
)
def test_a_figure_told_as_the_result_of_a_change_is_read_as_one(text: str, changed: bool) -> None:
    assert told_as_change(text) is changed


def test_two_acts_on_one_thing_on_two_days_are_no_date_disagreement() -> None:
    dates = {"a": MONDAY, "b": MONDAY}
    assert not dated_disagreements(
        dates,
        (
            "a",
            "The minister spoke a day after an opposition leader warned that the rebels, who "
            "began observing an open-ended ceasefire on Sept. 18, wanted talks on autonomy.",
        ),
        ("b", "The rebels declared an open-ended ceasefire on Sept. 16."),
    )
    # The same act in another form is one act: its day is disputed.
    (found,) = dated_disagreements(
        dates,
        (
            "a",
            "The minister spoke a day after an opposition leader warned that the rebels, who "
            "declared an open-ended ceasefire on Sept. 18, wanted talks on autonomy.",
        ),
        ("b", "The rebels declared an open-ended ceasefire on Sept. 16."),
    )
    assert found.slot == "date"


def test_a_toll_beside_a_count_of_the_treated_is_compared_with_the_others() -> None:
    """ "Four workers were killed and 38 others were treated" gives four dead, not 38: it
    disagrees with the three that two other outlets give."""
    (found,) = disagreements(
        ("a", "A chlorine leak at a chemical plant in Pasadena killed three workers on Monday."),
        (
            "b",
            "Four workers were killed and 38 others were treated in hospitals after chlorine "
            "gas escaped at the Pasadena plant on Monday afternoon, authorities said.",
        ),
        ("c", "Three people died on Monday after a chlorine pipe burst at the Pasadena plant."),
    )
    assert found.slot == "number"
    values = {v.value.casefold(): v.sources for v in found.values}
    assert values["four"] == ("b",) and "a" in values["three"] and set(values) == {"three", "four"}


# --- one person's term for one act (probe 17 D2) -------------------------------------------


@pytest.mark.parametrize(
    ("one", "other", "values"),
    [
        (
            "A court in Varnholt on Thursday sentenced former mayor Piet Osterman to 12 years "
            "in prison for taking bribes.",
            "Former mayor Piet Osterman was jailed for ten years on Thursday for bribery.",
            {"12", "ten"},
        ),
        (
            "Piet Osterman received a 12-year prison term for bribery on Thursday.",
            "The court sentenced Osterman on Thursday to 10 years in jail for bribery.",
            {"12", "10"},
        ),
        (
            "Striker Tomas Brandt was banned for three matches after his red card on Saturday.",
            "Brandt was handed a two-match ban for the red card he received on Saturday.",
            {"three", "two"},
        ),
        (
            "The federation suspended Lena Korhonen for six months after the doping test.",
            "Korhonen got a four-month suspension after the doping test, the federation said.",
            {"six", "four"},
        ),
    ],
)
def test_a_persons_term_told_differently_is_a_disagreement(
    one: str, other: str, values: set[str]
) -> None:
    (found,) = disagreements(("a", one), ("b", other))
    assert found.slot == "number"
    # The figures, as the rule that compared them first shows them ("12 years", "three").
    assert {re.split(r"[\s-]", v.value)[0] for v in found.values} == values
    assert [v.sources for v in found.values] == [("a",), ("b",)]
    assert counts_differ(one, other) and counts_differ(other, one)
    assert counts_one_thing(one, other)


TERM_12 = "A court on Thursday sentenced Piet Osterman to 12 years in prison for bribery."


@pytest.mark.parametrize(
    "other",
    [
        # The same term in other words.
        "Osterman was jailed for twelve years on Thursday for bribery.",
        # Two people of one case.
        "His co-defendant Jan Vos was jailed for 10 years on Thursday for bribery.",
        "Jan Vos, Osterman's accomplice, was jailed for 10 years on Thursday.",
        # A maximum, what prosecutors sought, what the law prescribes.
        "Osterman had faced up to 20 years in prison for bribery.",
        "Osterman could be jailed for 20 years if convicted of the other charges.",
        "He was spared the two years in prison prescribed by law for Osterman's bribery.",
        "Prosecutors had sought a 15-year sentence for Osterman on Thursday.",
        "Prosecutors had asked the court to jail Osterman for 15 years.",
        # A split term, an earlier conviction, a year that is a date.
        "Osterman was sentenced to 14 years in prison, two of them suspended, on Thursday.",
        "Osterman, who was previously jailed for five years for fraud, was convicted on Thursday.",
        "Osterman was jailed in 2015 for ten years for fraud.",
        # Another act of the same person; a term told as changed on appeal.
        "The court also barred Osterman from public office for ten years.",
        "An appeals court on Thursday cut Osterman's sentence to eight years.",
        "Osterman was jailed for eight years on appeal on Thursday.",
        # Another penalty than prison.
        "Osterman was sentenced to 18 months' probation on Thursday for bribery.",
        # Someone unnamed.
        "Another defendant was jailed for 10 years, the court said.",
    ],
)
def test_terms_that_are_not_one_persons_one_penalty_are_no_disagreement(other: str) -> None:
    assert not disagreements(("a", TERM_12), ("b", other))
    assert not counts_differ(TERM_12, other)


def test_two_people_given_two_terms_in_one_sentence_name_nobody_for_sure() -> None:
    assert not disagreements(
        ("a", "Piet Osterman was sentenced to 12 years and Jan Vos to 10 years."),
        ("b", "Jan Vos was jailed for 12 years on Thursday."),
    )
    # Clauses of their own name each one.
    (found,) = disagreements(
        ("a", "Piet Osterman was jailed for 12 years, while Jan Vos was jailed for 10 years."),
        ("b", "Jan Vos was sentenced to 12 years on Thursday."),
    )
    assert {v.value for v in found.values} == {"10 years", "12 years"}


def test_the_term_more_sources_give_is_shown_marked_and_the_other_source_not_cited() -> None:
    # The minority's telling comes first and reads best: without the vote it is shown.
    articles = [
        build_article(
            "November 5, 2026\nLYON (Reuters) - A court in Lyon on Thursday jailed former "
            "Varnholt mayor Piet Osterman for 10 years after finding him guilty of accepting "
            "bribes for public works contracts. Presiding judge Claire Rosen said the former "
            "mayor had pocketed at least 2.4 million euros in cash and gifts. Osterman had "
            "denied all the charges.",
            "two",
        ),
        build_article(
            "LYON, Nov 5 (AFP) - A French court on Thursday sentenced former Varnholt mayor "
            "Piet Osterman to 12 years in prison for taking bribes from construction firms in "
            "exchange for public contracts. Judge Claire Rosen said Osterman had received at "
            "least 2.4 million euros in cash and gifts. His lawyer said he would appeal.",
            "one",
        ),
        build_article(
            "Published: 05 November 2026\nPiet Osterman, the former mayor of Varnholt, was "
            "sentenced on Thursday to twelve years in jail for corruption, a Lyon court ruled. "
            "The judge, Claire Rosen, found that Osterman took at least 2.4 million euros in "
            "bribes and gifts. The case has shaken local politics.",
            "three",
        ),
    ]
    briefing = brief_articles(articles)
    (found,) = [d for d in briefing.disagreements if d.slot == "number"]
    assert {v.value: v.sources for v in found.values} == {
        "10 years": ("two",),
        "12 years": ("one", "three"),
    }
    told = [s for s in briefing.sentences if "Osterman" in s.text and "years" in s.text]
    assert len(told) == 1, [s.text for s in told]
    # Either majority telling ("12 years" / "twelve years"), cited to both, never to "two".
    assert ("twelve years" in told[0].text or "12 years" in told[0].text) and told[0].disputed
    assert set(told[0].citations) == {"one", "three"}


# --- one person in one role named two ways (probe 17 D8) ------------------------------------

FELD = "The company's chief executive, Mark Feld, said Vireo would seek approval for adults."
FELDMAN = "Vireo chief executive Mark Feldman said the company would ask regulators for adults."


@pytest.mark.parametrize(
    ("one", "other", "values"),
    [
        (FELD, FELDMAN, ("Mark Feld", "Mark Feldman")),
        # A possessive ends the name.
        (
            FELD,
            "Vireo chief executive Mark Feldman's Arbalane plan asks regulators for adults.",
            ("Mark Feld", "Mark Feldman"),
        ),
        (
            "Vireo chief executive Anna Berg said the company would ask regulators for adults.",
            "Maria Berg, Vireo's chief executive, said the company would seek approval for adults.",
            ("Anna Berg", "Maria Berg"),
        ),
        (
            "Judge Claire Rosen said Osterman had taken bribes from Varnholt building firms.",
            "The judge, Claire Rosenberg, found that Osterman took bribes from Varnholt firms.",
            ("Claire Rosen", "Claire Rosenberg"),
        ),
    ],
)
def test_a_person_in_one_role_named_two_ways_is_a_name_disagreement(
    one: str, other: str, values: tuple[str, str]
) -> None:
    (found,) = disagreements(("a", one), ("b", other))
    assert found.slot not in ("number", "date")
    assert [(v.value, v.sources) for v in found.values] == [
        (values[0], ("a",)),
        (values[1], ("b",)),
    ]
    assert names_differ(one, other) and names_differ(other, one)


@pytest.mark.parametrize(
    "other",
    [
        # Another role, the surname alone, a middle initial, a title, a possessive.
        "Vireo spokesman Mark Feldman said the company would ask regulators for adults.",
        "Feldman said the company would ask regulators to extend the approval to adults.",
        "Vireo chief executive Mark J. Feld said the company would ask regulators for adults.",
        "Vireo chief executive Mr Feld said the company would ask regulators for adults.",
        "Vireo chief executive Mark Feld's plan is to ask regulators for adults.",
        # Spellings a letter apart, a short form of a first name.
        "Vireo chief executive Mark Feldt said the company would ask regulators for adults.",
        "Marc Feld, Vireo's chief executive, told analysts to expect a filing for adults.",
        # Another company's chief executive; a deputy.
        "Birch chief executive Mark Feldman said his company would ask regulators for adults.",
        "Vireo deputy chief executive Mark Feldman said it would ask regulators for adults.",
        # A sentence that names both: two people.
        "Vireo chief executive Mark Feldman and Mark Feld asked regulators for adults.",
    ],
)
def test_one_persons_name_told_alike_or_two_people_are_no_disagreement(other: str) -> None:
    shown = "Vireo chief executive Mark Feld said the company would ask regulators for adults."
    assert not disagreements(("a", shown), ("b", other))
    assert not names_differ(shown, other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Spelling and transliteration variants of one surname.
        (
            "Judge Claire Montaigne said Osterman took bribes.",
            "The judge, Claire Montagne, said Osterman took bribes.",
        ),
        (
            "Bank chairman Mark Johnson said rates would rise.",
            "Bank chairman Mark Johnston said rates would rise.",
        ),
        (
            "President Bashar al-Assad said Syria would talk.",
            "President Bashar Assad said Syria would talk.",
        ),
        # A short form of a first name, a suffix.
        (
            "President Bill Clinton said Congress would vote.",
            "Congress will vote on the budget, President William Clinton told reporters.",
        ),
        (
            "Her lawyer, William W. Taylor III, said Lerner would testify.",
            "Lerner's lawyer Bill Taylor said Lerner would testify.",
        ),
        # Two of a family, two judges with nothing in common in their surnames.
        (
            "Senator Robert F. Kennedy said Boston would vote.",
            "Senator Edward M. Kennedy said Boston would vote.",
        ),
        (
            "Judge Thomas Penfield Jackson struck down the veto law.",
            "Judge Thomas Hogan struck down the veto law.",
        ),
        # Two ministers of one government; a minister whose kind one side names only.
        (
            "Russia's foreign minister, Sergei Lavrov, said talks would resume.",
            "Defence minister Sergei Shoigu said talks would resume.",
        ),
        (
            "Minister Sergei Lavrov said talks with Kyiv would resume.",
            "The interior minister, Sergei Lavrovsky, said talks with Kyiv would resume.",
        ),
        # Two kinds of one role, two owners of one role named inside the sentence.
        (
            "In Lyon, presiding judge Claire Rosen said Osterman took bribes.",
            "In Lyon, appeals judge Claire Rosenberg said Osterman took bribes.",
        ),
        (
            "On Monday, Vireo chief executive Mark Feld said the Acme deal would close.",
            "On Monday, Birch chief executive Mark Feldman said the Acme deal would close.",
        ),
        # A middle name, or a second surname, one side leaves out.
        (
            "Senator Willard Mitt Romney said Utah would vote for the bill.",
            "Senator Mitt Romney said Utah would vote for the bill.",
        ),
        (
            "Judge Ana Perez said Osterman took bribes from Varnholt firms.",
            "Judge Ana Perez Pereira said Osterman took bribes from Varnholt firms.",
        ),
    ],
)
def test_name_variants_and_different_people_are_no_name_disagreement(one: str, other: str) -> None:
    assert not disagreements(("a", one), ("b", other))
    assert not names_differ(one, other)


def test_an_article_that_names_both_people_tells_of_two() -> None:
    assert not disagreements(
        ("a", FELD),
        ("a", "Mark Feldman, who founded Vireo, left the board in May."),
        ("b", FELDMAN),
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # A particle's letters opening the next word, a possessive ending the name.
        (
            "He praised Prime Minister Jose Maria Aznar's decision to sound out ETA.",
            "ETA has killed members of Prime Minister Jose Maria Aznar's Popular Party.",
        ),
        (
            "Prosecutor Cal Rerucha also told the panel Shepard was a victim.",
            "Shepard tried to fight back, said prosecutor Cal Rerucha during the trial.",
        ),
    ],
)
def test_a_name_is_read_from_its_first_name_to_its_surname(one: str, other: str) -> None:
    assert not disagreements(("a", one), ("b", other))
    assert not names_differ(one, other)


# --- probe 18 N3: values told in other words (a court's vote, an age at death, a day read
# from each report's date, a party's part of the seats, a percentage of one act, a goal's
# minute, a temperature, a list of identifiers, a cost) ------------------------------------

SATURDAY = dt.date(2026, 2, 28)


def test_a_small_bodys_vote_in_other_tallies_is_one_vote_told_two_ways() -> None:
    one = "The Constitutional Court on Tuesday struck down the Varnholt media law, ruling 7-2."
    for other in (
        "A split Constitutional Court on Tuesday struck down the Varnholt media law in a 5-4 ruling.",
        "The Varnholt media law was struck down on Tuesday by the Constitutional Court by a 6-3 vote.",
    ):
        (found,) = disagreements(("a", one), ("b", other))
        assert found.values[0].value == "7 to 2" and found.values[0].sources == ("a",), other
    # Another case the same court decided, by as many votes: two votes.
    assert not disagreements(
        ("a", one),
        ("b", "The Constitutional Court ruled 5-4 in a separate dispute over fishing quotas."),
    )
    # Another body: nothing in common but the tally's size.
    assert not disagreements(
        ("a", one),
        ("b", "The Varnholt city council on Tuesday backed the new media law, voting 5-4."),
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "German physicist Helga Brandt, who built Europe's first ruby laser, has died at the "
            "age of 87, her family said.",
            "German laser pioneer Helga Brandt has died aged 88, her family announced.",
        ),
        (
            "Composer Ivo Marek died at 71 in his home in Brno.",
            "Ivo Marek, who wrote the Brno Requiem, died on Tuesday aged 74.",
        ),
        (
            "Composer Ivo Marek died at age 71, his publisher said.",
            "Ivo Marek, who wrote the Brno Requiem, passed away at the age of 72.",
        ),
    ],
)
def test_the_age_one_died_at_told_in_other_words_is_a_disagreement(one: str, other: str) -> None:
    # No birthday comes between two tellings of the age at death: a year apart is a dispute.
    (found,) = dated_disagreements({"a": SATURDAY, "b": SATURDAY}, ("a", one), ("b", other))
    assert found.slot == "number" and [v.sources for v in found.values] == [("a",), ("b",)]


def test_she_was_87_is_the_age_of_who_the_sentence_before_says_died() -> None:
    (found,) = dated_disagreements(
        {"a": SATURDAY, "b": SATURDAY},
        ("a", "Helga Brandt, the physicist who built Europe's first ruby laser, has died."),
        ("a", "She was 87."),
        ("b", "German laser pioneer Helga Brandt has died aged 88, her family announced."),
    )
    assert values(found) == [("87", ("a",)), ("88", ("b",))]


def test_ages_of_another_time_or_person_are_no_age_at_death() -> None:
    died = "German laser pioneer Helga Brandt has died aged 88, her family announced."
    for other in (
        # An age of another time.
        "Helga Brandt, who joined the institute aged 25, led it for two decades.",
        # Another person of the family.
        "Her husband, the chemist Karl Brandt, died aged 79 in 2011.",
        # A living person's age a year apart may straddle a birthday.
        "Helga Brandt, 87, received the prize in Heidelberg.",
        # "at 3 p.m." is a time, not an age.
        "Helga Brandt died at 3 p.m. in Heidelberg.",
    ):
        assert not dated_disagreements({"a": SATURDAY, "b": SATURDAY}, ("a", died), ("b", other)), (
            other
        )


def test_the_day_of_one_persons_death_told_differently_is_a_date_disagreement() -> None:
    (found,) = dated_disagreements(
        {"a": SATURDAY, "b": SATURDAY},
        (
            "a",
            "Brandt died on Friday at her home in Heidelberg, her family said in a statement on Saturday.",
        ),
        (
            "b",
            "Brandt, who led the team that built the laser in 1964, died on Thursday in Heidelberg.",
        ),
    )
    assert values(found) == [
        ("on Friday [27 Feb 2026]", ("a",)),
        ("on Thursday [26 Feb 2026]", ("b",)),
    ]
    # Each report's own date places its days: Friday in Saturday's report is yesterday in it.
    assert not dated_disagreements(
        {"a": SATURDAY, "b": SATURDAY},
        ("a", "Brandt died on Friday at her home in Heidelberg, her family said."),
        ("b", "Brandt died yesterday in Heidelberg after a short illness."),
    )
    # Two people's deaths; the day a statement was made.
    assert not dated_disagreements(
        {"a": SATURDAY, "b": SATURDAY},
        ("a", "Brandt died on Friday at her home in Heidelberg, her family said."),
        ("b", "Keller died on Thursday in Heidelberg after a short illness."),
    )
    assert not dated_disagreements(
        {"a": SATURDAY, "b": SATURDAY},
        ("a", "Brandt's family said in a statement on Friday that she had died in Heidelberg."),
        ("b", "Brandt's family said on Thursday that she was gravely ill in Heidelberg."),
    )


def test_one_event_dated_from_each_reports_own_date_is_a_date_disagreement() -> None:
    wednesday, thursday = dt.date(2026, 6, 10), dt.date(2026, 6, 11)
    (found,) = dated_disagreements(
        {"a": wednesday, "b": thursday},
        (
            "a",
            "The Food and Drug Administration on Tuesday approved Arbalane, a daily tablet "
            "for children with severe peanut allergy.",
        ),
        (
            "b",
            "The Food and Drug Administration yesterday approved Arbalane, the daily tablet "
            "for children with severe peanut allergy.",
        ),
    )
    assert values(found) == [
        ("on Tuesday [9 Jun 2026]", ("a",)),
        ("yesterday [10 Jun 2026]", ("b",)),
    ]
    # A coming day told from each report's date (which evening was it filed?), a second
    # act of the kind, and a plan against a past act.
    for one, other in (
        (
            "The panel will question the minister at a hearing scheduled for Thursday.",
            "The panel will question the minister at a hearing scheduled for tomorrow.",
        ),
        (
            "Lawyer Anna Berg filed a motion on Tuesday asking the court to freeze the account.",
            "Lawyer Anna Berg filed another motion today asking the court to freeze the account.",
        ),
        (
            "Lawyer Anna Berg filed a motion on Tuesday asking the court to freeze the account.",
            "Lawyer Anna Berg said she'll file a motion today asking the court to freeze the account.",
        ),
    ):
        assert not dated_disagreements({"a": wednesday, "b": thursday}, ("a", one), ("b", other)), (
            other
        )
    # The same day, told from two report dates.
    assert not dated_disagreements(
        {"a": wednesday, "b": thursday},
        (
            "a",
            "The Food and Drug Administration yesterday approved Arbalane, a daily tablet "
            "for children with severe peanut allergy.",
        ),
        (
            "b",
            "The Food and Drug Administration on Tuesday approved Arbalane, the daily tablet "
            "for children with severe peanut allergy.",
        ),
    )


ESTONIA = "The centre-right Homeland Union won Sunday's parliamentary election in Estonia."


def test_a_partys_part_of_the_seats_or_the_party_referred_back_to_is_compared() -> None:
    won = "Homeland Union secured 38 of the 101 seats in parliament, the results showed."
    (found,) = disagreements(
        ("a", "The centre-right Homeland Union won 37 seats in Sunday's election."), ("b", won)
    )
    assert listed(found) == [("37", ("a",)), ("38", ("b",))]
    # "The party" is the one the sentence before named (reports of one day: "up from 29" is
    # no later count).
    monday = {"a": MONDAY, "b": MONDAY}
    (found,) = dated_disagreements(
        monday,
        ("a", ESTONIA),
        ("a", "The party took 37 seats, up from 29 in the last election."),
        ("b", won),
    )
    assert listed(found) == [("37", ("a",)), ("38", ("b",))]
    # ... and not another party.
    assert not dated_disagreements(
        monday,
        ("a", "The liberal Progress Alliance of Prime Minister Jaan Kivi came second."),
        ("a", "The party took 27 seats, down from 34."),
        ("b", won),
    )


NORDVIK = "Nordvik Semiconductor shares sank about 9% in extended trading in New York on Wednesday."


@pytest.mark.parametrize(
    ("one", "other", "shown"),
    [
        # A possessive subject is the actor of the report: "Its shares".
        (NORDVIK, "Its shares fell 6% in extended trading in New York on Wednesday.", "6%"),
        (
            NORDVIK,
            "Shares in Nordvik Semiconductor dropped 6.5% after hours on Wednesday.",
            "6.5%",
        ),
        # What moved, opening the sentence, is no party.
        (
            NORDVIK,
            "Shares fell 6% in extended trading on Wednesday after Nordvik Semiconductor cut "
            "its forecast.",
            "6%",
        ),
        # An offer however the rise is worded; a demand is another figure.
        (
            "The union is demanding a 7% pay rise over two years, while Veltra has offered 3.5%.",
            "The company has offered a pay increase of 4% over two years, while the union wants 7%.",
            "4%",
        ),
    ],
)
def test_a_percentage_of_one_act_told_differently_is_a_disagreement(
    one: str, other: str, shown: str
) -> None:
    wednesday = dt.date(2026, 10, 21)
    (found,) = dated_disagreements({"a": wednesday, "b": wednesday}, ("a", one), ("b", other))
    assert found.values[1].value == shown and found.values[1].sources == ("b",)


def test_percentages_of_other_acts_days_places_or_parties_are_not_compared() -> None:
    wednesday = dt.date(2026, 10, 21)
    dates = {"a": wednesday, "b": wednesday}
    for other in (
        "Shares in Nordvik Semiconductor fell 7.5% in Oslo on Thursday.",  # another day
        "Nordvik Semiconductor shares fell 3% in Oslo on Wednesday, before results.",  # place
        "Rival Kestrel Microsystems shares sank 4% in extended trading on Wednesday.",  # party
        "Nordvik Semiconductor shares rose 2% in early trading on Wednesday.",  # a rise
        "Nordvik Semiconductor shares sank 9.2% in extended trading on Wednesday.",  # rounded
    ):
        assert not dated_disagreements(dates, ("a", NORDVIK), ("b", other)), other
    # A demand and an offer; a share rounded; an offer raised on a later day.
    offer = "Veltra has offered a 3.5% pay rise over two years."
    for other in (
        "The union wants a 4% pay rise over two years.",
        "The company has offered about 3% over two years.",
    ):
        assert not dated_disagreements(dates, ("a", offer), ("b", other)), other
    assert not dated_disagreements(
        {"a": wednesday, "b": wednesday + dt.timedelta(days=2)},
        ("a", offer),
        ("b", "Veltra raised its offer to 4% over two years on Friday."),
    )


def test_one_players_minute_told_differently_is_a_disagreement() -> None:
    saturday = dt.date(2026, 5, 23)
    dates = {"a": saturday, "b": saturday}
    one = "Malik Sissoko scored in the 76th minute as Lyon beat Lens 2-1 in the cup final."
    (found,) = dated_disagreements(
        dates, ("a", one), ("b", "Substitute Malik Sissoko's 67th-minute goal gave Lyon the cup.")
    )
    assert listed(found) == [("76th minute", ("a",)), ("67th-minute", ("b",))]
    # One minute in two wordings; another player; a player who scored twice.
    for other in (
        "Malik Sissoko's 76th-minute goal gave Lyon the cup.",
        "Theo Garnier had given Lens the lead with a header after 23 minutes.",
    ):
        assert not dated_disagreements(dates, ("a", one), ("b", other)), other
    assert not dated_disagreements(
        dates,
        ("a", one),
        ("b", "Malik Sissoko opened the scoring in the 12th minute for Lyon."),
        ("b", "Malik Sissoko then scored again in the 76th minute to win the cup."),
    )
    assert not dated_disagreements(
        dates, ("a", one), ("b", "Malik Sissoko scored again in the 88th minute to seal it.")
    )


def test_one_places_temperature_on_one_day_told_differently_is_a_disagreement() -> None:
    saturday = dt.date(2026, 6, 27)
    record = (
        "Temperatures reached 46.2 degrees Celsius in the town of El Granado on Saturday, "
        "a record for June in Spain."
    )
    (found,) = dated_disagreements(
        {"a": saturday + dt.timedelta(days=1), "b": saturday},
        ("a", record),
        ("b", "The town of El Granado recorded 46.5C this afternoon, a June record for Spain."),
    )
    assert listed(found) == [("46.2 degrees Celsius", ("a",)), ("46.5C", ("b",))]
    dates = {"a": saturday, "b": saturday}
    for other in (
        "El Granado reached 46.2C (115.2F) on Saturday, a record for June.",  # the same
        "A June record of 46C was set in El Granado on Saturday.",  # rounded
        "The previous June record for El Granado, 45.2C, was set in 2019.",  # another year
        "Temperatures in El Granado are expected to stay above 40C until Wednesday.",  # bound
        "Temperatures in El Granado stayed above 40C on Saturday, a June record.",  # bound
        "The overnight low in El Granado on Saturday was 31C, a record for June.",  # a low
        "Seville recorded a June record of 45.1C on Saturday.",  # another town
    ):
        assert not dated_disagreements(dates, ("a", record), ("b", other)), other


def test_a_list_of_identifiers_with_another_member_is_a_disagreement() -> None:
    one = "Brightfield Farms is recalling carrots with lot numbers 24B117, 24B118 and 24B121."
    (found,) = disagreements(
        ("a", one), ("b", "The recalled bags carry lot numbers 24B117, 24B118 and 24B112.")
    )
    assert listed(found) == [("24B121", ("a",)), ("24B112", ("b",))]
    for other in (
        "Check the bag: lots 24B117 and 24B118 are being recalled.",  # part of the list
        "Flights BA117 and BA118 were cancelled on Monday.",  # nothing in common
    ):
        assert not disagreements(("a", one), ("b", other)), other


def test_the_cost_of_one_thing_told_with_another_sum_is_a_disagreement() -> None:
    cost = "The repairs will cost $14 million, city engineer Ruth MacNeil said."
    (found,) = disagreements(
        ("a", cost),
        ("b", "Halifax will spend $41 million repairing the Harbour Bridge, the city said."),
    )
    assert listed(found) == [("$14 million", ("a",)), ("$41 million", ("b",))]
    # The cost of another thing.
    assert not disagreements(
        ("a", cost), ("b", "Halifax will spend $2 million on a new ferry terminal next year.")
    )


def test_an_offer_told_two_ways_is_shown_and_its_other_source_not_cited() -> None:
    # Probe 18 N2: the source that says 2.5% is no source of "offered ... 3%", though it
    # tells the union's demand alike; the two offers are a disagreement.
    articles = [
        build_article(
            "Workers at carmaker Dornell walked out on Monday in the company's first strike in "
            "a decade, halting two of its four plants. The union is demanding an 8% pay rise "
            "over three years. The company has offered 2.5%. Talks are due to resume on "
            "Thursday in Turin.",
            "one",
            published="2026-02-03",
        ),
        build_article(
            "Dornell said on Monday that fewer than half of its production workers had joined "
            "the strike called by the union over pay. The company has offered a pay increase "
            "of 3% over three years, while the union wants 8%. Dornell shares closed down "
            "1.4% in Milan.",
            "two",
            published="2026-02-02",
        ),
    ]
    briefing = brief_articles(articles)
    (found,) = [d for d in briefing.disagreements if d.slot == "number"]
    assert [(v.value, v.sources) for v in found.values] == [("2.5%", ("one",)), ("3%", ("two",))]
    told = [s for s in briefing.sentences if "3%" in s.text]
    assert told and all(s.citations == ("two",) and s.disputed for s in told)


def test_a_name_changed_beside_the_costs_it_names_is_still_compared() -> None:
    # Costs are told by what they are for: the places two sums are given for do not make
    # two near-copies of one survey two facts (a place named otherwise is shown).
    one = (
        "Cost of weddings: Varnholt City (Old Town) and North Kemi have the highest average "
        "wedding spend ( $41,200 and $38,900 , respectively), and Oskel and Lund had the "
        "lowest average wedding spend ( $18,031 and $15,257 , respectively)."
    )
    (found,) = disagreements(("a", one), ("b", one.replace("North Kemi", "North Brix")))
    assert listed(found) == [("Kemi", ("a",)), ("Brix", ("b",))]


def test_the_party_a_sentence_refers_back_to_is_read_with_the_sentence_before_it() -> None:
    # The quick scan reads the sentence before "The party took 37 seats": it names the party.
    articles = [
        build_article(
            "March 9, 2026\nThe centre-right Homeland Union was the clear winner in Estonia. "
            "The party took 37 seats, up from 29, the electoral commission said. Turnout was "
            "higher than four years ago.",
            "one",
        ),
        build_article(
            "March 9, 2026\nEstonia's conservatives will need partners to govern. Homeland "
            "Union secured 38 of the 101 seats in parliament, the results showed. Coalition "
            "talks begin next week.",
            "two",
        ),
    ]
    found = [d for d in brief_articles(articles).disagreements if d.slot == "number"]
    assert [[(v.value, v.sources) for v in d.values] for d in found] == [
        [("37", ("one",)), ("38", ("two",))]
    ]


def test_a_range_told_with_other_ends_is_in_dispute_and_a_count_inside_it_is_not() -> None:
    (found,) = disagreements(
        ("a", "Forecasters said Kald could expect 3 to 4 inches of snow by Friday night."),
        ("b", "Forecasters said Kald could expect 3 to 6 inches of snow by Friday night."),
    )
    assert [v.value for v in found.values] == ["3 to 4", "3 to 6"]
    assert not disagreements(
        ("a", "A car bomb killed 10 to 15 people at a market in Kandor on Sunday, police said."),
        ("b", "A car bomb killed 12 people at a market in Kandor on Sunday, police said."),
    )
