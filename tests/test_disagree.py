import datetime as dt

from summarize.disagree import counts_one_thing, find_disagreements, read_sentences
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
    assert [v.value for v in charge.values] == ["$1.5 billion", "about 1.15 billion"]


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
