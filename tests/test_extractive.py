import dataclasses
import re

import pytest

from summarize.dedup import deduplicate
from summarize.extractive import (
    Budget,
    ExtractiveConfig,
    SelectionContext,
    SelectionTrace,
    _adds_no_figure_or_name,
    eligible,
    focus_found,
    leans_on_previous,
    score_groups,
    select,
)
from summarize.models import BlockKind, Group
from tests.conftest import build_sentence

CONFIG = ExtractiveConfig()


def run(sentences, budget: Budget = Budget(words=40)):  # type: ignore[no-untyped-def]  # noqa: B008
    order = {aid: i for i, aid in enumerate(dict.fromkeys(s.article_id for s in sentences))}
    groups = deduplicate(sentences, article_order=order)
    scored, model, _ = score_groups(groups, sentences, order, CONFIG)
    return select(scored, model, budget, CONFIG, order)


def test_eligibility_rejects_fragments_headings_and_tables() -> None:
    assert eligible(build_sentence("The mayor said the water rose very fast."), CONFIG)
    assert not eligible(build_sentence("Too short here."), CONFIG)
    assert not eligible(build_sentence("and then the water rose very fast overnight."), CONFIG)
    heading = build_sentence("What The Mayor Said About The Flood", kind=BlockKind.HEADING)
    assert not eligible(heading, CONFIG)
    row = build_sentence(
        "Roads Ten million dollars for repairs of the bridges.", kind=BlockKind.TABLE_ROW
    )
    assert not eligible(row, CONFIG)


@pytest.mark.parametrize(
    "text",
    [
        "Is this any concern of ours?",
        "Who will pay for the cleanup of the river now that the company is bankrupt?",
        "So what of the families who lost everything when the river broke its banks?",
        "What happens to the 2,000 workers if the plant closes for good?\u201d",
    ],
)
def test_a_question_is_framing_not_a_fact_to_report(text: str) -> None:
    assert not eligible(build_sentence(text), CONFIG)
    assert eligible(build_sentence(text.rstrip("?\u201d") + "."), CONFIG)


@pytest.mark.parametrize(
    "text",
    [
        "Just look at who's going to bat for Napster, the Internet music-swapping company.",
        "Consider the numbers the ministry released for the last three winters.",
        "Imagine a town of 5,000 people without running water for a month.",
        "Let's be clear about what the company promised its workers in March.",
        "Here's what you need to know about the quake that struck western Turkey.",
    ],
)
def test_a_sentence_bidding_the_reader_is_framing_not_a_fact(text: str) -> None:
    assert not eligible(build_sentence(text), CONFIG)
    # The same words telling what someone did are a fact.
    assert eligible(
        build_sentence("Officials will consider the numbers the ministry gave."), CONFIG
    )
    assert eligible(build_sentence("Lookout posts along the river were staffed overnight."), CONFIG)


@pytest.mark.parametrize(
    "text, usable",
    [
        ("Four miners remain missing.", True),
        ("Twelve people died.", True),
        ("Three others were injured.", True),
        ("The toll rose to 14.", True),
        ("Police arrested two.", True),
        ("Shares fell 5%.", False),  # a short figure that is no toll
        # A toll of none is news too.
        ("Nobody was hurt.", True),
        ("No one was injured.", True),
        ("No illnesses have been reported.", True),
        ("There were no casualties.", True),
        ("No one knows why.", False),
        ("No one was available.", False),
        ("Four miners remain", False),  # a fragment, not a sentence
        ("Killed: 4.", False),
    ],
)
def test_a_short_sentence_is_told_only_when_it_gives_a_toll(text: str, usable: bool) -> None:
    assert eligible(build_sentence(text), CONFIG) is usable


@pytest.mark.parametrize(
    "text, usable",
    [
        ("(Jane Doe is a Chicago-based free-lance writer for the paper.)", False),
        ("Talk show: ``Leeza,'' NBC; ``The View,'' ABC; ``Regis,'' Syndicated; ``Oprah,''", False),
        ("The mayor (a Democrat) said the water rose very fast overnight.", True),
        ("Officials said three things: roads are closed; schools shut; power is out; more.", True),
        ("The following are major news items in leading Israeli newspapers on Tuesday.", False),
        ("Following are excerpts from the court's decision striking down the law.", False),
        ("Here are the milestones in the company's dealings with the government:", False),
        ("The mayor listed what the town needs most after the flood:", False),
        ("The following day, the mayor said the water had risen very fast.", True),
        ("Officials said the following week would bring more rain to the valley.", True),
    ],
)
def test_an_aside_in_parentheses_or_a_labelled_list_is_not_a_sentence(
    text: str, usable: bool
) -> None:
    assert eligible(build_sentence(text), CONFIG) is usable


def test_corroborated_central_lead_is_chosen_over_a_side_detail() -> None:
    sentences = [
        build_sentence(
            "Heavy rain flooded the town of Eastwick on Monday, forcing residents out.", "a", 0
        ),
        build_sentence(
            "A local bakery offered free bread to anyone who stopped by the shop.", "a", 1
        ),
        build_sentence(
            "Heavy rain flooded the town of Eastwick on Monday, forcing residents out.", "b", 0
        ),
        build_sentence("Rescue crews in Eastwick used boats after the rain flooded homes.", "b", 1),
    ]
    chosen = run(sentences, Budget(sentences=1))
    assert chosen[0].group.representative.text.startswith("Heavy rain flooded")
    assert chosen[0].group.corroboration == 2


def test_budget_is_respected_and_no_near_repeat_is_selected() -> None:
    sentences = [
        build_sentence("Heavy rain flooded the town of Eastwick on Monday night.", "a", 0),
        build_sentence("Heavy rain flooded the town of Eastwick on Monday evening.", "b", 0),
        build_sentence("Rescue crews used boats to reach stranded families downtown.", "a", 1),
        build_sentence("Schools will stay closed until engineers inspect the bridges.", "b", 1),
    ]
    chosen = run(sentences, Budget(words=30))
    texts = [c.group.representative.text for c in chosen]
    assert sum(len(t.split()) for t in texts) <= 30
    assert sum(t.startswith("Heavy rain") for t in texts) == 1


def test_selection_is_ordered_for_reading_not_by_score() -> None:
    sentences = [
        build_sentence(f"Report {word} describes the flood damage in Eastwick town {word}.", "a", i)
        for i, word in enumerate(["alpha", "bravo", "charlie", "delta"])
    ]
    chosen = run(sentences, Budget(words=200))
    indices = [c.group.representative.index for c in chosen]
    assert indices == sorted(indices)


def test_budget_validation() -> None:
    with pytest.raises(ValueError):
        Budget(words=None, sentences=None)
    with pytest.raises(ValueError):
        Budget(words=0)


def run_with(sentences, context, budget: Budget = Budget(words=40), config=CONFIG):  # type: ignore[no-untyped-def]  # noqa: B008
    order = {aid: i for i, aid in enumerate(dict.fromkeys(s.article_id for s in sentences))}
    groups = deduplicate(sentences, article_order=order)
    scored, model, _ = score_groups(groups, sentences, order, config, context=context)
    return select(scored, model, budget, config, order, context=context)


def texts(chosen) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.group.representative.text for item in chosen]


def test_sentences_that_lean_on_a_missing_predecessor_are_recognised() -> None:
    assert leans_on_previous("This time, by announcing the attack, the army broke with that.")
    assert leans_on_previous("It also closed the border crossing near the river.")
    assert leans_on_previous("But the ministry denied any role in the blast.")
    assert leans_on_previous("The move drew criticism from the neighbouring states.")
    # Time told from the sentence before.
    assert leans_on_previous("Less than two days later, Pakistan hit back with fighter jets.")
    assert leans_on_previous("Hours later, the army closed the border crossing.")
    assert leans_on_previous("The next day, the ministry denied any role in the blast.")
    assert leans_on_previous("Within forty minutes the ship had capsized.")
    assert leans_on_previous("The arrangement was not mentioned in the joint statement.")
    assert leans_on_previous("Within hours, the army had closed the border crossing.")
    assert not leans_on_previous("Within hours of the blast, police arrested two men.")
    assert not leans_on_previous("Within two years the plant will be closed.")
    assert not leans_on_previous("Two days after the strike, Pakistan hit back with jets.")
    assert not leans_on_previous("Later this year, the plant will open near the river.")
    assert not leans_on_previous("The army closed the border crossing near the river.")
    assert not leans_on_previous("Italy's ministry denied any role in the blast.")
    # What was said or decided, named by its noun alone: the sentence before said it.
    assert leans_on_previous("The demand was made by a colonel at a press conference.")
    assert leans_on_previous("The revelations came from court filings released Thursday.")
    assert leans_on_previous("The ruling, issued late on Friday, surprised both sides.")
    assert leans_on_previous("The news sent the currency down 2 percent.")
    # The same nouns with their own complement, or as a modifier, name what they mean.
    assert not leans_on_previous("The demand for oil rose sharply in March.")
    assert not leans_on_previous("The ruling party won the vote in the capital.")
    assert not leans_on_previous("The results of the vote were announced on Monday.")
    # A bare quantifier, or "Others", stands for what the sentence before named.
    assert leans_on_previous("All use the French franc as their currency.")
    assert leans_on_previous("Many of them fled across the border overnight.")
    assert leans_on_previous("All of its 2,100 residents were told to leave by noon.")
    assert leans_on_previous("Some were freed after questioning on Monday.")
    assert leans_on_previous("Others said the plan would fail.")
    assert not leans_on_previous("Many analysts expect a cut in March.")
    assert not leans_on_previous("All flights from the airport were cancelled on Monday.")
    assert not leans_on_previous("Some 200 people were evacuated from the valley.")
    # A part of the people a toll counted before: which injured, which dead?
    assert leans_on_previous("Eleven of the injured were in serious condition, officials said.")
    assert leans_on_previous("Two of the dead were railway maintenance workers.")
    assert leans_on_previous("Three of the victims, all children, were buried on Friday.")
    assert leans_on_previous("Most of the passengers were asleep when the ship listed.")
    assert leans_on_previous("12 of the hostages remain in captivity.")
    assert not leans_on_previous("Two of the country's hospitals were hit by the attack.")
    assert not leans_on_previous("Three of the victims' families sued the operator.")
    assert not leans_on_previous("Eleven of the injured in the Lodi crash remain in hospital.")
    assert not leans_on_previous("Two of the dead men were brothers from Piacenza.")
    # What "this" is, or the things "together" puts together, the sentence before said.
    assert leans_on_previous("This is a deal regulators have never seen before.")
    assert leans_on_previous("This was the second strong quake to hit the region.")
    assert leans_on_previous("These are the worst floods in fifty years.")
    assert leans_on_previous("Together, the two parties hold 80 of the 150 seats.")
    assert not leans_on_previous("Together with France, Germany pledged 5 million euros.")
    assert not leans_on_previous("This year's harvest was the worst since 1990.")
    assert not leans_on_previous("This week the river rose above its banks in Oskel.")
    # An organisation's speaker: whose, the sentence before said.
    assert leans_on_previous('"Five years is far too long," said its director, Paula Stavrou.')
    assert leans_on_previous('"Five years is too long," its director said.')
    assert not leans_on_previous('"We will appeal," his lawyer, Peter Ombati, said.')


def test_a_dangling_this_time_sentence_is_not_selected_alone() -> None:
    dangling = "This time, by announcing the strike openly, Nordland broke with that old trend."
    sentences = [
        build_sentence("Nordland has long kept quiet about its raids across the border.", "a", 0),
        build_sentence(dangling, "a", 1),
        build_sentence("Officials in Sudria said two villages near Harlow were hit.", "b", 0),
        build_sentence(dangling, "b", 3),
    ]
    # Room for one sentence only: the dangling one must not be it.
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=16)))
    assert dangling not in chosen
    # With room for both, it may come, but only right after the sentence it leans on.
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=200)))
    if dangling in chosen:
        assert chosen[chosen.index(dangling) - 1].startswith("Nordland has long kept quiet")


def test_a_bare_the_demand_sentence_is_not_selected_without_the_demand() -> None:
    # "The demand was made by ..." says who made a demand the reader was never told.
    dangling = "The demand was made by General Roe at a press conference in Harlow on Tuesday."
    sentences = [
        build_sentence(
            "Norland demanded that Sudria close the refugee camps on the border.", "a", 0
        ),
        build_sentence(dangling, "a", 1),
        build_sentence(
            "General Roe spoke at a press conference in Harlow about the camps.", "b", 0
        ),
        build_sentence(dangling, "b", 1),
        build_sentence("The refugee camps on the border hold some 9,000 people.", "c", 0),
    ]
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=16)))
    assert chosen and dangling not in chosen
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=200)))
    if dangling in chosen:
        assert chosen[chosen.index(dangling) - 1].startswith("Norland demanded")


def test_only_one_leaning_sentence_comes_right_after_its_predecessor() -> None:
    # Two outlets tell the rate rise (one group) and each goes on with a sentence that
    # leans on it: only one can come right after it; the other would follow the wrong
    # sentence, so it is left out.
    sentences = [
        build_sentence(
            "The central bank of Norland raised its main rate to 4.5 percent on Wednesday.",
            "a",
            0,
        ),
        build_sentence("That decision surprised analysts, who expected a smaller rise.", "a", 1),
        build_sentence("They said inflation had been rising for many months.", "a", 2),
        build_sentence(
            "The central bank of Norland raised its main rate to 4.5 percent on Wednesday.",
            "b",
            0,
        ),
        build_sentence("The move sent the currency up 2 percent against the dollar.", "b", 1),
    ]
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=200)))
    for index, text in enumerate(chosen):
        if leans_on_previous(text):
            before = chosen[index - 1]
            assert any(
                s.text == before and t.index == s.index + 1 and t.article_id == s.article_id
                for s in sentences
                for t in sentences
                if t.text == text
            ), chosen
    followers = ("That decision surprised", "The move sent")
    assert sum(text.startswith(followers) for text in chosen) == 1, chosen


def test_selection_prefers_casualties_and_places_over_commentary() -> None:
    config = ExtractiveConfig(fact_weight=1.0)
    sentences = [
        build_sentence(
            "The strikes killed 9 people in Harlow and 4 in Brenton on Tuesday.", "a", 0
        ),
        build_sentence("Analysts said the strikes were a worrying sign of things to come.", "b", 0),
        build_sentence("Sudria said the strikes killed 9 people in Harlow on Tuesday.", "c", 2),
        build_sentence("Many observers said the strikes were a worrying sign for all.", "c", 0),
    ]
    chosen = texts(run_with(sentences, SelectionContext(), Budget(sentences=1), config))
    assert "killed 9 people" in chosen[0]


def test_reading_order_follows_the_story_dates() -> None:
    sentences = [
        build_sentence("Sudria recalled its ambassador from Nordland after the raids.", "late", 0),
        build_sentence(
            "Nordland fighter jets struck two villages near Harlow at dawn.", "early", 0
        ),
    ]
    context = SelectionContext(dates={"late": "2024-01-18", "early": "2024-01-16"})
    chosen = texts(run_with(sentences, context, Budget(words=200)))
    assert chosen[0].startswith("Nordland fighter jets") and len(chosen) == 2


def test_a_fact_is_read_on_the_day_it_was_first_reported_whoever_s_words_are_shown() -> None:
    # The third report's wording of the shooting is shown; the first two reported it a day
    # earlier: it comes before the details the first day's reports add.
    sentences = [
        build_sentence(
            "A student opened fire at Westfield High School in Columbus, killing two "
            "classmates and wounding a dozen others.",
            "first",
            0,
        ),
        build_sentence(
            "Police Chief Elaine Bryant said officers arrived within four minutes of the call.",
            "first",
            1,
        ),
        build_sentence(
            "Two teenagers died and twelve others were hurt when a fellow student opened "
            "fire at Westfield High School in Columbus on Tuesday morning.",
            "next_day",
            0,
        ),
    ]
    context = SelectionContext(dates={"first": "2026-10-13", "next_day": "2026-10-14"})
    chosen = texts(run_with(sentences, context, Budget(words=60)))
    assert len(chosen) == 2, chosen
    assert chosen[0].startswith("Two teenagers died"), chosen


def test_a_revised_toll_is_read_where_the_toll_was_first_reported() -> None:
    # Thursday's "rose to five" is told instead of Tuesday's lead (its four dead are out of
    # date, its 52 injured told by Wednesday's sentence): it tells the derailment, so it
    # opens the briefing. Wednesday's sentence, which closed the lead for its 52 injured
    # alone, is still read on Wednesday: the lead told more than it does.
    sentences = [
        build_sentence(
            "Four people were killed and 52 were injured when a commuter train derailed near "
            "Lodi on Tuesday morning, fire officials said.",
            "tuesday",
            0,
        ),
        build_sentence(
            "Rescuers used cutting equipment to free passengers trapped in two overturned "
            "carriages.",
            "tuesday",
            1,
        ),
        build_sentence(
            "Hospitals in Lodi were still treating 31 of the 52 people who were hurt, eight of "
            "them in intensive care.",
            "wednesday",
            0,
        ),
        build_sentence(
            "Investigators are examining whether a switch under repair was wrongly set.",
            "wednesday",
            1,
        ),
        build_sentence(
            "The death toll from the train derailment near Lodi rose to five after a track "
            "worker died in hospital, the region said.",
            "thursday",
            0,
        ),
    ]
    context = SelectionContext(
        dates={"tuesday": "2026-07-07", "wednesday": "2026-07-08", "thursday": "2026-07-09"}
    )
    chosen = texts(run_with(sentences, context, Budget(words=70)))
    assert not any(text.startswith("Four people") for text in chosen), chosen
    assert [text.split()[0] for text in chosen] == ["The", "Rescuers", "Hospitals", "Investigators"]


def test_an_undated_report_is_read_with_the_first_day_not_ahead_of_every_dated_lead() -> None:
    sentences = [
        build_sentence(
            "Nordland fighter jets struck two villages near Harlow at dawn.", "dated", 0
        ),
        build_sentence("Sudria recalled its ambassador from Nordland after the raids.", "later", 0),
        build_sentence("Aid trucks from the coast reached Harlow overnight.", "undated", 0),
        build_sentence(
            "Rescuers searched the ruins of the two villages for survivors.", "undated", 3
        ),
    ]
    context = SelectionContext(dates={"dated": "2024-01-16", "later": "2024-01-18"})
    chosen = texts(run_with(sentences, context, Budget(words=200)))
    assert len(chosen) == 4
    # The dated lead first; the undated report's sentences in its own order, before what
    # a later report adds.
    assert chosen[0].startswith("Nordland fighter jets")
    assert chosen.index(sentences[2].text) < chosen.index(sentences[3].text)
    assert chosen[-1].startswith("Sudria recalled")


def test_relative_time_is_avoided_when_the_article_date_is_unknown() -> None:
    sentences = [
        build_sentence("Rescuers reached the flooded villages of Eastwick on Tuesday.", "a", 0),
        build_sentence("Rescuers reached the flooded villages of Eastwick by boat.", "b", 0),
    ]
    undated = SelectionContext(dated=frozenset())
    assert texts(run_with(sentences, undated, Budget(sentences=1))) == [sentences[1].text]


FOCUS_SET = [
    build_sentence("The ministers of Nordland and Sudria met in Geneva for peace talks.", "a", 0),
    build_sentence("Sudria recalled its ambassador and expelled two Nordland diplomats.", "a", 1),
    build_sentence("Doctors in Harlow said 40 people were wounded and 12 killed.", "b", 0),
    build_sentence("Both ministers said the peace talks in Geneva would resume soon.", "b", 1),
    build_sentence("The death toll in Harlow rose as more wounded died in hospital.", "c", 0),
]


def test_a_focus_on_casualties_selects_casualty_sentences() -> None:
    focus = "casualties: people killed, wounded and the death toll"
    chosen = texts(run_with(FOCUS_SET, SelectionContext(focus=focus), Budget(sentences=2)))
    assert all("Harlow" in text for text in chosen), chosen
    general = texts(run_with(FOCUS_SET, SelectionContext(), Budget(sentences=2)))
    assert general != chosen


@pytest.mark.parametrize(
    "focus, marker",
    [
        # The reader's words for an aspect, not the articles' ("killed", "ambassador").
        ("casualties and humanitarian impact", "Harlow"),
        ("What was the human toll?", "Harlow"),
        ("the diplomatic response", "Geneva|ambassador"),
    ],
)
def test_a_focus_naming_an_aspect_finds_it_in_the_articles_words(focus: str, marker: str) -> None:
    chosen = texts(run_with(FOCUS_SET, SelectionContext(focus=focus), Budget(sentences=2)))
    assert all(re.search(marker, text) for text in chosen), chosen


ASKED_IN_A_READERS_WORDS = {
    # Help from abroad, told as what was sent: flew, field hospitals, pledged.
    "Describe the response of neighbouring governments.": (
        [
            "The quake killed 62 people and injured more than 400 in Merrow on Sunday.",
            "Kestria flew 45 rescuers and six sniffer dogs to Merrow on Sunday.",
            "Aftershocks kept thousands of Merrow residents sleeping in parks.",
            "Ondavia opened two field hospitals near the Merrow border crossing.",
            "The Merrow quake flattened the old market and cut power to the town.",
        ],
        "Kestria|Ondavia",
    ),
    # Who is to blame, asked as a question: blamed, ignored warnings, postponed inspection.
    "Who is responsible for the collapse?": (
        [
            "A span of the Saltmere Bridge fell into the river during the rush hour.",
            "Commuters faced detours of ninety minutes after the Saltmere Bridge fell.",
            "The roads agency postponed an inspection of the Saltmere Bridge in 2024.",
            "Engineers blamed the builder of the Saltmere Bridge, which ignored warnings.",
            "Ferries carried extra passengers across the river after the bridge fell.",
        ],
        "postponed|blamed",
    ),
    # Who may leave a club: a bid, interest from abroad, a future not committed.
    "Which players could leave their clubs this summer?": (
        [
            "Rovers beat Port Elm 2-1 in the Dunmore Cup final on Saturday.",
            "Torvald are preparing a bid of 18 million euros for Rovers striker Joel Amadi.",
            "Rovers fans celebrated the Dunmore Cup win in the city centre.",
            "Rovers captain Daniel Frey is attracting interest from two teams abroad.",
            "Port Elm equalised through a penalty before Rovers scored late in the final.",
        ],
        "Amadi|Frey",
    ),
}


@pytest.mark.parametrize("focus", list(ASKED_IN_A_READERS_WORDS))
def test_a_focus_asked_in_a_readers_words_finds_the_aspect(focus: str) -> None:
    told, marker = ASKED_IN_A_READERS_WORDS[focus]
    sentences = [build_sentence(text, "abcde"[i], 0) for i, text in enumerate(told)]
    chosen = texts(run_with(sentences, SelectionContext(focus=focus), Budget(sentences=2)))
    assert len(chosen) == 2 and all(re.search(marker, text) for text in chosen), chosen


def test_aspect_report_words_widen_only_the_aspects_a_focus_names() -> None:
    from summarize.aspects import report_words

    casualties = report_words("casualties in Harlow")
    assert {"kill", "wound", "injur"} <= set(casualties) and "ambassador" not in casualties
    assert report_words("Nordland's new fishing quotas") == []


def test_with_a_focus_a_sentence_off_it_is_not_told_though_words_are_left() -> None:
    # Room for every sentence: the general briefing tells the talks and the ambassador too;
    # the casualty briefing leaves out the diplomacy, which says nothing of the dead.
    budget = Budget(words=200)
    diplomacy = re.compile("Geneva|ambassador")
    general = texts(run_with(FOCUS_SET, SelectionContext(), budget))
    assert any(diplomacy.search(text) for text in general), general
    focus = SelectionContext(focus="people killed and wounded in Harlow")
    chosen = texts(run_with(FOCUS_SET, focus, budget))
    assert chosen and not any(diplomacy.search(text) for text in chosen), chosen
    # With no floor, the focus only orders the sentences: the leftover words are spent.
    no_floor = dataclasses.replace(CONFIG, focus_floor=0.0)
    unfloored = texts(run_with(FOCUS_SET, focus, budget, no_floor))
    assert any(diplomacy.search(text) for text in unfloored), unfloored


def test_explain_says_a_sentence_was_off_the_focus() -> None:
    focus = SelectionContext(focus="people killed and wounded in Harlow")
    order = {"a": 0, "b": 1, "c": 2}
    groups = deduplicate(FOCUS_SET, article_order=order)
    trace = SelectionTrace()
    score_groups(groups, FOCUS_SET, order, CONFIG, context=focus, trace=trace)
    off = [
        item.group.representative.text for item, why in trace.rejected if why.code == "off_focus"
    ]
    assert off and not any("Harlow" in text for text in off), off


def test_a_focus_nothing_matches_is_reported_as_not_found() -> None:
    order = {"a": 0, "b": 1, "c": 2}
    groups = deduplicate(FOCUS_SET, article_order=order)
    context = SelectionContext(focus="volcanic eruptions in Iceland")
    scored, _, _ = score_groups(groups, FOCUS_SET, order, CONFIG, context=context)
    assert not focus_found(scored)


def test_one_event_retold_in_other_words_is_told_once() -> None:
    # Three outlets tell one strike, each with its own detail: too little word overlap to
    # be one group, but the briefing must not spend its budget telling it twice.
    from tests.test_facts import ONE_EVENT

    sentences = [build_sentence(text, aid, 0) for aid, text in zip("abc", ONE_EVENT, strict=True)]
    sentences += [
        build_sentence("Vesta recalled its ambassador from Norland on Tuesday night.", "a", 1),
        build_sentence("Markets in Vesta fell sharply after the news of the attack.", "b", 1),
        build_sentence(
            "The Red Hand group has fought Norland's government for a decade in the hills.", "c", 1
        ),
        build_sentence(
            "Norland's leaders met in the capital to discuss the next steps after the strikes.",
            "a",
            2,
        ),
    ]

    def tellings(config: ExtractiveConfig) -> tuple[int, bool]:
        chosen = texts(run_with(sentences, SelectionContext(), Budget(words=60), config))
        told = sum(text.startswith(("Norland launched", "In a surprising")) for text in chosen)
        return told, any("ambassador" in text for text in chosen)

    assert tellings(CONFIG) == (1, True)
    # Either rule alone keeps the second telling out (the event rule, the shared-wording
    # rule); with both turned off, the second telling takes the ambassador's place.
    assert tellings(ExtractiveConfig(wording_similarity=0.35)) == (1, True)
    assert tellings(ExtractiveConfig(event_similarity=0.35)) == (1, True)
    assert tellings(ExtractiveConfig(event_similarity=0.35, wording_similarity=0.35)) == (
        2,
        False,
    )


def three_sources_one_with_its_own_news():  # type: ignore[no-untyped-def]
    """Two outlets tell the same three facts; a third ("c") reports what they do not."""
    shared = [
        "Floods hit the town of Eastwick on Monday, forcing 300 people from their homes.",
        "The river in Eastwick rose two metres in one night after days of heavy rain.",
        "Rescue crews in Eastwick used boats to reach families trapped by the floods.",
    ]
    sentences = [build_sentence(text, aid, i) for i, text in enumerate(shared) for aid in "ab"]
    return [
        *sentences,
        build_sentence(
            "Schools in Eastwick will stay closed until the flood waters go down.", "b", 3
        ),
        build_sentence(
            "The mayor of Westbury sent buses to carry the flood victims to a shelter.", "c", 4
        ),
    ]


def cited_by(chosen) -> set[str]:  # type: ignore[no-untyped-def]
    return {source for item in chosen for source in item.group.article_ids}


def test_a_source_with_something_else_to_say_gets_its_sentence() -> None:
    # Three sentences of the first two outlets would be the most central choice, but the
    # third source's development is worth more to the reader than another detail.
    sentences = three_sources_one_with_its_own_news()
    assert cited_by(run_with(sentences, SelectionContext(), Budget(sentences=3))) == {
        "a",
        "b",
        "c",
    }
    off = ExtractiveConfig(source_weight=0.0)
    chosen = run_with(sentences, SelectionContext(), Budget(sentences=3), off)
    assert cited_by(chosen) == {"a", "b"}


def test_a_copy_of_a_cited_article_is_not_a_new_source_to_hear() -> None:
    # "c" republished "a": its own line earns no new-source bonus.
    sentences = three_sources_one_with_its_own_news()
    copied = SelectionContext(copies={"c": "a"})
    assert cited_by(run_with(sentences, copied, Budget(sentences=3))) == {"a", "b"}
    independent = run_with(sentences, SelectionContext(), Budget(sentences=3))
    assert "c" in cited_by(independent)


def run_apart(sentences, config: ExtractiveConfig, trace=None):  # type: ignore[no-untyped-def]
    """`select` over one group per sentence: what grouping kept apart, selection must
    still not tell twice."""
    order = {aid: i for i, aid in enumerate(dict.fromkeys(s.article_id for s in sentences))}
    groups = [Group(i, sentence, (sentence,)) for i, sentence in enumerate(sentences)]
    scored, model, _ = score_groups(groups, sentences, order, config)
    return texts(select(scored, model, Budget(words=80), config, order, trace=trace))


VALE = "Singer Dana Vale, one half of the folk duo Vale Brothers, died on Tuesday at age 52."
# These tiny sets make every TF-IDF cosine large, so the tests raise `max_similarity` to put
# the pairs below it, where only the shared-wording rule can tell a restatement.
WORDING = ExtractiveConfig(max_similarity=0.7, wording_similarity=0.3, source_weight=0.0)
WORDING_OFF = dataclasses.replace(WORDING, wording_similarity=0.7)


def test_one_fact_in_two_outlets_words_is_told_once_even_when_grouping_kept_them_apart() -> None:
    sentences = [
        build_sentence(VALE, "a", 0),
        build_sentence("The duo sold ten million records and toured Europe for decades.", "a", 1),
        build_sentence(
            "Dana Vale, one half of the beloved folk duo Vale Brothers, has died, a publicist "
            "told the paper.",
            "b",
            0,
        ),
        build_sentence("Fans left flowers and candles outside the concert hall in Lisbon.", "b", 1),
    ]
    trace = SelectionTrace()
    assert len([text for text in run_apart(sentences, WORDING, trace) if "Vale" in text]) == 1
    # --explain names the rule and the cosine it worked at, not the limit it was raised to.
    (found,) = [e for e in trace.passed.values() if e.code == "restates"]
    assert found.rule == "shared wording" and found.limit == WORDING.wording_similarity
    assert found.figure is not None and found.figure < WORDING.max_similarity
    assert len([text for text in run_apart(sentences, WORDING_OFF) if "Vale" in text]) == 2


def test_shared_wording_reads_one_outlets_word_for_anothers_as_one() -> None:
    # "quake flattened houses" is "earthquake destroyed homes": the wording is shared
    # once the news words are read as one (facts.news_terms), not before.
    config = dataclasses.replace(WORDING, wording_similarity=0.01)
    sentences = [
        build_sentence("The earthquake destroyed homes in Vesta.", "a", 0),
        build_sentence("The duo sold ten million records and toured Europe for decades.", "a", 1),
        build_sentence("A quake flattened houses across Vesta overnight, witnesses said.", "b", 0),
        build_sentence("Fans left flowers and candles outside the concert hall in Lisbon.", "b", 1),
    ]
    told = [text for text in run_apart(sentences, config) if "Vesta" in text]
    assert len(told) == 1, told


@pytest.mark.parametrize("source, kept", [("c", True), ("a", False)])
def test_shared_wording_does_not_silence_a_new_source_with_a_fact_of_its_own(
    source: str, kept: bool
) -> None:
    # The same names and words around another actor's fact with its own date: from a
    # source the briefing has not cited it is heard; from the cited source it is not (heard
    # from every source, such figures made Multi-News restate 0.47 -> 0.67% of its words).
    own_fact = (
        "In March 2021, a tribute band of Dana Vale and the folk duo Vale Brothers, one "
        "half of it from Lisbon, played at age 20."
    )
    sentences = [
        build_sentence(VALE, "a", 0),
        build_sentence("The duo sold ten million records and toured Europe for decades.", "b", 0),
        build_sentence(own_fact, source, 5),
    ]
    assert (own_fact in run_apart(sentences, WORDING)) is kept


@pytest.mark.parametrize(
    "opener", ["This time, the", "It also said the", "But the"], ids=["this-time", "it", "but"]
)
def test_a_group_shows_the_telling_that_stands_alone(opener: str) -> None:
    # An edited copy of a wire story drops the link word its original leans on.
    standalone = "The navy has sent two patrol boats and a helicopter to the area off Selayar."
    leaning = standalone.replace("The", opener, 1)
    sentences = [
        build_sentence("Twenty people were still missing, the rescue agency said.", "a", 0),
        build_sentence(leaning, "a", 1),
        build_sentence("Fishermen from nearby villages joined the search at dawn.", "b", 0),
        build_sentence(standalone, "b", 1),
    ]
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=200)))
    assert standalone in chosen
    assert leaning not in chosen


def test_a_quotation_whose_speaker_is_named_before_it_leans() -> None:
    # Wholly a quotation, in each way news text writes one: who said it was said before.
    assert leans_on_previous('"Norvance is late to this, but investors like the direction."')
    assert leans_on_previous("“We will prove that the sample was mishandled.”")
    assert leans_on_previous("''I think it's a rape of the American justice system.''")
    assert leans_on_previous("‘We have done nothing wrong,’")
    assert leans_on_previous('"We will appeal. We will win.')  # goes on in the next paragraph
    # Told by someone only the sentence before names.
    assert leans_on_previous('"We will win," she said.')
    assert leans_on_previous('"We will win," said his lawyer.')
    assert leans_on_previous('"We will win," her husband said, "whatever it costs."')
    assert leans_on_previous('"We will win," the coach added.')
    # A speaker of its own: the sentence stands alone.
    assert not leans_on_previous('"We will win," Smith said.')
    assert not leans_on_previous('"Norvance is late to this," said Gil Luria, an analyst.')
    assert not leans_on_previous('"We are thankful," her father Richard Kuiper said.')
    assert not leans_on_previous('"We will win," the spokesman, Dia al-Hotmani, said.')
    assert not leans_on_previous('Smith said: "We will win."')
    # A title in quotation marks is no quotation of anyone.
    assert not leans_on_previous('"Titanic" won 11 Oscars in 1998.')


def test_a_sentence_that_opens_inside_a_quotation_leans() -> None:
    assert leans_on_previous('and we will do it soon," she said.')
    assert leans_on_previous("we will appeal whatever it costs.")
    assert leans_on_previous("” Smith said on Tuesday.")
    assert leans_on_previous('" Smith said on Tuesday.')
    # Its first quotation mark closes a quotation that began in the sentence before.
    assert leans_on_previous('It is too late for that," Smith said.')
    assert leans_on_previous("It's too late for that,” Smith said.")
    assert leans_on_previous("We have to pass this legislation.''")
    assert not leans_on_previous("eBay said its sales rose 4 percent.")
    assert not leans_on_previous('Smith called the ruling "a disaster" and left.')
    assert not leans_on_previous("Kiprono's camp has 21 days to file, Ombati's office said.")


def test_a_person_named_by_role_alone_leans() -> None:
    assert leans_on_previous("The coach said the athlete had been ill in September.")
    assert leans_on_previous("The lawyer added that an appeal was likely.")
    assert leans_on_previous("The spokesman declined to comment on the report.")
    assert leans_on_previous("The victim, who was 34, died in hospital.")
    assert leans_on_previous("The suspect, police said, was arrested on Monday in Harlow.")
    assert leans_on_previous("The suspect was arrested on Monday in Harlow.")
    assert leans_on_previous("The man was taken to hospital in Harlow.")
    assert leans_on_previous("The woman told police she had fled the house.")
    assert leans_on_previous("The official also said the border would stay shut.")
    assert leans_on_previous("The boy's parents called the police.")
    assert leans_on_previous("The 27-year-old was provisionally suspended on November 5.")
    # Not a person introduced before: a body, or one named by what follows the role.
    assert not leans_on_previous("The company said profits rose 4 percent.")
    assert not leans_on_previous("The government said the border would stay shut.")
    assert not leans_on_previous("The party said it would win the vote.")
    assert not leans_on_previous("The WHO said the outbreak was over.")
    assert not leans_on_previous("The coach of Kenya's team, Hillary Cheruiyot, said he was ill.")
    assert not leans_on_previous("The coach, Hillary Cheruiyot, said the athlete had been ill.")
    assert not leans_on_previous("The man who shot three people was arrested on Monday.")
    assert not leans_on_previous("The lawyer for Kiprono said he would appeal.")
    assert not leans_on_previous("The man accused of the shooting was arrested.")
    assert not leans_on_previous("The official death toll rose to 40.")
    assert not leans_on_previous("The Women's March drew a million people.")


def test_a_possessive_the_sentence_resolves_itself_does_not_lean() -> None:
    assert not leans_on_previous(
        "His lawyer, Peter Ombati, said on Tuesday that Kiprono would appeal to the Court"
        " of Arbitration for Sport."
    )
    assert not leans_on_previous(
        "Its chief executive, Dana Whitfield, said Norvance would hire 800 engineers."
    )
    # Nobody else named, or no one who does anything: "his" / "her" is still unresolved.
    assert leans_on_previous("His lawyer said he would appeal.")
    assert leans_on_previous("His lawyer, Peter Ombati, said he would appeal.")
    assert leans_on_previous("Her husband, John, died.")
    assert leans_on_previous("His wife, Gillian, works in Amnesty International's London office.")
    assert leans_on_previous("Her lawyer, John Mayoue, said the Court would rule on Monday.")
    assert leans_on_previous("His brother, John, said I was lucky to be alive.")


def test_an_unattributed_quotation_and_a_bare_role_are_not_selected_alone() -> None:
    quote = '"Norvance is late to this, but investors like the direction of the company."'
    coach = "The coach said the athlete had been ill and had received injections at a clinic."
    sentences = [
        build_sentence('"The market rewards AI," said Gil Luria, an analyst at Davidson.', "a", 0),
        build_sentence(quote, "a", 1),
        build_sentence("Kiprono and his coach, Hillary Cheruiyot, have denied wrongdoing.", "b", 0),
        build_sentence(coach, "b", 1),
        build_sentence(quote, "c", 4),
        build_sentence(coach, "c", 7),
    ]
    # The most repeated sentences, but each leans: with room for one, neither is it.
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=16)))
    assert chosen and quote not in chosen and coach not in chosen
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=200)))
    for leaning, lead in ((quote, '"The market rewards AI,"'), (coach, "Kiprono and his coach")):
        if leaning in chosen:
            assert chosen[chosen.index(leaning) - 1].startswith(lead), chosen


def test_a_possessive_resolved_in_its_sentence_is_selected_alone() -> None:
    lawyer = (
        "His lawyer, Peter Ombati, said on Tuesday that Kiprono would appeal to the Court"
        " of Arbitration for Sport."
    )
    sentences = [
        build_sentence("Kiprono was banned for four years for using EPO.", "a", 0),
        build_sentence(lawyer, "a", 1),
        build_sentence("Athletics Kenya said it accepted the ruling on Tuesday.", "b", 0),
        build_sentence(lawyer, "b", 3),
        build_sentence(lawyer, "c", 2),
    ]
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=22)))
    assert chosen == [lawyer]


def test_one_count_told_twice_with_different_figures_is_told_once() -> None:
    # Grouping keeps the two tellings apart (their figures differ); selection still tells
    # the count once, and the cross-check lists both figures as a disagreement.
    sentences = [
        build_sentence(
            "The centre-right Civic Renewal won the election on Sunday, taking 63 seats in "
            "the parliament, near-final results showed.",
            "a",
            0,
        ),
        build_sentence("Turnout was the highest since 2003, officials said on Monday.", "a", 1),
        build_sentence(
            "The party took 61 seats in the parliament, the results of Sunday's election "
            "showed, short of a majority.",
            "b",
            0,
        ),
        build_sentence("Coalition talks with the Homeland Movement start on Wednesday.", "b", 1),
    ]
    apart = ExtractiveConfig(max_similarity=0.9, wording_similarity=0.9, source_weight=0.0)
    assert len([text for text in run_apart(sentences, apart) if "seats" in text]) == 1


def test_a_question_about_the_cause_finds_the_answer_in_the_articles_words() -> None:
    # "What caused the explosion?" shares no word with "faulty ventilation" or "leak": the
    # cause aspect's report words carry the question to the answer.
    sentences = [
        build_sentence("An explosion at the Sorvik fertiliser plant killed four workers.", "a", 0),
        build_sentence("Shares in Halvar Agrochem fell 9% after the explosion at Sorvik.", "a", 1),
        build_sentence(
            "An inspection in January had found faulty ventilation in the Sorvik warehouse.",
            "b",
            0,
        ),
        build_sentence("Residents near Sorvik were told to keep their windows shut.", "b", 1),
    ]
    focus = SelectionContext(focus="What caused the explosion?")
    chosen = texts(run_with(sentences, focus, Budget(words=200)))
    assert any("faulty ventilation" in text for text in chosen), chosen


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("The previous two were withdrawn after mass protests.", True),
        ("The other three were released on Monday.", True),
        ("The remaining four are still in hospital in Kald.", True),
        ("The two were arrested in Oslo on Sunday.", True),
        # The number names its own noun: the sentence says what it counts.
        ("The first two attempts to pass the reform failed.", False),
        ("The 12 miners were rescued on Sunday.", False),
    ],
)
def test_a_number_standing_for_what_was_named_before_leans_on_it(text: str, leans: bool) -> None:
    assert leans_on_previous(text) is leans


def test_of_one_count_given_two_ways_the_figure_more_sources_give_is_told() -> None:
    # The 3,500 telling is the most central sentence; two outlets give 3,200.
    sentences = [
        build_sentence(
            "Corvane Systems said it would cut 3,500 jobs and close its plants in Brask and "
            "Ulvik to save $520 million a year.",
            "blog",
            0,
        ),
        build_sentence("The plants in Brask and Ulvik make sensors for carmakers.", "blog", 1),
        build_sentence("Corvane Systems will eliminate 3,200 positions.", "wire", 0),
        build_sentence(
            "Unions in Brask and Ulvik called the plant closures a betrayal.", "wire", 1
        ),
        build_sentence("The sensor maker Corvane Systems will cut 3,200 jobs.", "daily", 0),
        build_sentence(
            "Shares in Corvane rose 5% after the plan to close plants in Brask and Ulvik.",
            "daily",
            1,
        ),
    ]
    chosen = texts(run_with(sentences, SelectionContext(), Budget(sentences=1)))
    assert len(chosen) == 1 and "3,200" in chosen[0], chosen


def test_a_question_about_reactions_finds_who_condemned_or_protested() -> None:
    sentences = [
        build_sentence("Corvane Systems will cut 3,200 jobs at its plants in Brask.", "a", 0),
        build_sentence("Corvane's shares rose 5% in Oslo trading after the plan.", "a", 1),
        build_sentence(
            "Union leader Piet Arnesen condemned the cuts as a betrayal of the workers.", "b", 0
        ),
        build_sentence("The plant in Brask opened in 1987 and makes sensors.", "b", 1),
    ]
    # "reaction" is in no sentence: the aspect's report words carry it to "condemned".
    focus = SelectionContext(focus="What was the reaction?")
    chosen = texts(run_with(sentences, focus, Budget(sentences=1)))
    assert chosen and "condemned" in chosen[0], chosen


def test_weighing_tellings_of_one_count_stays_linear_in_near_identical_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A template repeated with only its figures changed: every sentence tells the same
    count, so weighing each telling against every other would be quadratic (a 3,000
    sentence article took minutes). Each selection step weighs a bounded few."""
    import summarize.extractive as extractive
    from summarize import BriefOptions, brief_articles
    from summarize.models import Article

    calls = 0
    real = extractive.counts_one_thing

    def counting(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(extractive, "counts_one_thing", counting)
    news = Article(
        id="news",
        text="A flood barrier in Brenholm held on Monday as water levels reached 4.2 metres,"
        " officials said. Two people died in the floods.",
        path="news.txt",
        title="Floods",
    )
    n = 240
    template = " ".join(
        f"Officials in the port city of Brenholm said on day {i} that the flood barrier number"
        f" {i} held while water levels reached {i % 9 + 1}.{i % 10} metres."
        for i in range(n)
    )
    articles = [news, Article(id="t", text=template, path="t.txt", title="Floods")]
    brief_articles(articles, BriefOptions(engine="extractive", words=150))
    assert calls <= 6 * n  # all pairs of tellings: over 40 per sentence


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "Cholera has killed 11 people and sickened 205 in the Marenga district, the "
            "health ministry said.",
            "The outbreak has now caused 205 suspected cases and 11 deaths, according to "
            "the WHO, which cited ministry figures.",
        ),
        (
            "The storm destroyed 1,240 homes across the coast, officials said.",
            "Officials counted 1,240 houses flattened along the shore after the storm.",
        ),
        (
            "AeroNordia will pay 4.25 billion euros for its smaller rival.",
            "The deal values SkyVale at 4.25 billion euros, the companies said.",
        ),
        # One count of one thing, written otherwise ("3.2m" / "3.2 million"), and nothing
        # of its own: one fact told twice (`_adds_no_figure_or_name`).
        (
            "The merged airline will fly 3.2 million passengers a year.",
            "Together the two carriers will carry some 3.2m passengers annually.",
        ),
        (
            "About 1,500 workers will lose their jobs at the plant.",
            "The closure puts 1,500 workers out of work, the union said.",
        ),
    ],
)
def test_a_fact_told_again_with_its_figures_in_other_words_is_not_told_twice(
    first: str, second: str
) -> None:
    # The wording and event rules off: the figures alone must find the second telling.
    config = dataclasses.replace(CONFIG, wording_similarity=1.0, event_similarity=0.34)
    sentences = [
        build_sentence(first, "a", 0),
        build_sentence("Schools in the district stayed closed on Friday for a week.", "a", 1),
        build_sentence(second, "b", 0),
        build_sentence("Volunteers handed out bottled water at the central market.", "b", 1),
    ]
    told = texts(run_with(sentences, SelectionContext(), Budget(words=300), config))
    assert (first in told) + (second in told) == 1
    assert len(told) == 3  # the other facts are told


def test_a_copy_is_no_more_sources_to_hear_in_the_corroboration_score() -> None:
    told = "The council ordered 300 families to leave their homes on Monday night."
    sentences = [
        build_sentence(told, "wire", 0),
        build_sentence("Army boats reached the flooded school before dawn on Tuesday.", "wire", 1),
        build_sentence(told, "copy", 0),
        build_sentence("Army boats reached the flooded school before dawn on Tuesday.", "copy", 1),
        build_sentence(told, "local", 0),
    ]
    order = {"wire": 0, "copy": 1, "local": 2}
    groups = deduplicate(sentences, article_order=order, copy_of={"copy": "wire"})
    context = SelectionContext(copies={"copy": "wire"})
    scored, _, _ = score_groups(groups, sentences, order, CONFIG, context=context)
    parts = {item.group.representative.text: dict(item.parts) for item in scored}
    # Two stories of two told it: all of them (a copy is its original, not a third source).
    assert parts[told]["corroboration"] == CONFIG.corroboration_weight


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # The writer's own voice: who "we" are, only the page knew.
        ("Now we are paying the price.", True),
        ("We are facing the worst floods in twenty years.", True),
        ("Our hospital identified a cyber security incident on Sunday.", True),
        ("We have set up a centre for residents who were asked to leave their homes.", True),
        # A speaker named, quotation marks or not; "us" as a reporter's "told us".
        ("We will fight on, Haldane said.", False),
        ('"We will fight on," Haldane said.', False),
        ("Officials told us the bridge was closed.", False),
        # Capitals that are no pronoun.
        ("The US says it will act.", False),
        ("Us and Them, the film, opens on Friday.", False),
    ],
)
def test_a_sentence_in_the_first_person_needs_its_speaker(text: str, leans: bool) -> None:
    assert leans_on_previous(text) is leans


def test_one_toll_of_one_place_is_told_once_and_two_places_tolls_twice() -> None:
    from summarize.pipeline import BriefOptions, brief_articles
    from tests.conftest import build_article

    tv = (
        "Five people have been killed in Varnia as the Ilse river burst its banks in several "
        "places on Monday during Storm Dara. Schools in Steg will stay closed. Eight people "
        "died in Belmar as Storm Dara hit its coast."
    )
    wire = (
        "Storm Dara swept across the region on Monday. In Varnia, at least five people died, "
        "including two firefighters whose truck was swept away near the town of Steg, the "
        "interior ministry said. Power lines were cut across the north."
    )
    briefing = brief_articles(
        [build_article(tv, "tv"), build_article(wire, "wire")],
        BriefOptions(engine="extractive", words=120),
    )
    texts = [sentence.text for sentence in briefing.sentences]
    assert sum("five" in text.casefold() for text in texts) == 1, texts
    assert any("Eight people died in Belmar" in text for text in texts), texts


def test_a_toll_the_briefing_does_not_tell_yet_is_not_closed_by_close_words() -> None:
    event = (
        "A regional train carrying about 200 passengers derailed near Foggia on Wednesday "
        "evening, in one of the worst rail accidents in a decade."
    )
    toll = (
        "Eleven people were killed when a regional train carrying about 200 passengers "
        "derailed near Foggia on Wednesday."
    )
    treated = "Forty-one people were treated in hospitals in Foggia and Cerignola."
    retold = "Forty-one injured people were admitted to hospitals in Foggia and Cerignola."
    # The event, told by three outlets, is told first; the toll, by one, comes after it.
    told_by_three = tuple(build_sentence(event, a, 0) for a in "acd")
    sentences = [
        *told_by_three,
        build_sentence(toll, "b", 3),
        build_sentence(treated, "a", 1),
        build_sentence(retold, "b", 4),
    ]
    groups = [Group(0, told_by_three[0], told_by_three)] + [
        Group(i, s, (s,)) for i, s in enumerate(sentences[3:], 1)
    ]
    order = {a: i for i, a in enumerate("abcd")}
    config = ExtractiveConfig(source_weight=0.0)
    scored, model, _ = score_groups(groups, sentences, order, config)
    told = texts(select(scored, model, Budget(words=80), config, order))
    assert told[0] == event and toll in told
    # A toll whose value the briefing gives already (41, told without a toll word) is no news.
    assert retold not in told


def test_a_fact_that_attribution_cites_as_restated_is_not_told_twice() -> None:
    from summarize.pipeline import BriefOptions, brief_articles
    from tests.conftest import build_article

    first = "About 300 barges were waiting to pass the Kessel lock, according to the waterways authority."
    again = (
        "Around three hundred barges are stuck at the Kessel lock as a strike by lock keepers "
        "against the pay reform continues, the waterways authority said on Sunday."
    )
    wire = (
        "Lock keepers on the Maas canal walked off the job on Friday in protest at a plan to "
        f"cut their overtime pay, union officials said. {first} The strike was called by the "
        "two largest unions, which represent most of the 900 lock keepers."
    )
    paper = (
        f"{again} Shipping group Rhenus said it had sent four of its barges to Rotterdam by "
        "another canal. The unions said the strike would go on until at least Tuesday."
    )
    briefing = brief_articles(
        [build_article(wire, "wire"), build_article(paper, "paper")],
        BriefOptions(engine="extractive", words=150, semantic="off"),
    )
    told = [s for s in briefing.sentences if "barges" in s.text and "Kessel" in s.text]
    assert len(told) == 1, [s.text for s in briefing.sentences]
    assert told[0].citations == ("wire", "paper")


FIRE_DAYS = {"tue": "2026-08-04", "wed": "2026-08-05", "thu": "2026-08-06"}


def test_a_new_value_of_a_count_is_not_closed_as_shared_wording() -> None:
    # Thursday's 40% and 12,400 acres share the fire's words with Wednesday's 15% and 8,100
    # acres: a development, not the same telling, though Thursday's report is heard already.
    reports = {
        "tue": (
            "A wildfire that broke out on Monday afternoon in the hills above Ojai has burned "
            "2,300 acres and forced about 4,000 residents to leave their homes, fire officials "
            "said on Tuesday.",
            "The Sulphur Fire was 0% contained on Tuesday morning, Ventura County Fire "
            "Department spokesman Andrew Dowd said.",
            "The cause of the fire is under investigation.",
        ),
        "wed": (
            "The Sulphur Fire grew to 8,100 acres overnight and was 15% contained on "
            "Wednesday, as evacuation orders were expanded to cover about 9,500 residents.",
            "Twelve homes have been destroyed, Ventura County fire officials said.",
            '"We made good progress on the western flank, but the east side is still very '
            'active," incident commander Laura Pike told a briefing.',
        ),
        "thu": (
            "Firefighters raised containment of the Sulphur Fire to 40% on Thursday, even as "
            "the blaze grew to 12,400 acres.",
            "Southern California Edison said in a filing that it had recorded a fault on a "
            "circuit near the fire's origin earlier this week.",
            "Investigators have not determined the cause.",
        ),
    }
    from summarize.options import BriefOptions
    from summarize.pipeline import brief_articles
    from tests.conftest import build_article

    articles = [
        build_article(" ".join(told), day, published=FIRE_DAYS[day])
        for day, told in reports.items()
    ]
    briefing = brief_articles(articles, BriefOptions(engine="extractive", words=200))
    chosen = [sentence.text for sentence in briefing.sentences]
    assert any("40%" in text for text in chosen), chosen
    # Two facts one fire department gave: its name at the end of both is not their wording.
    assert any(text.startswith("Twelve homes") for text in chosen), chosen


def test_who_said_it_is_not_shared_wording() -> None:
    # Two facts one fire department gave: its name at the end of both is not their wording.
    sentences = [
        build_sentence(
            "The Sulphur Fire was 0% contained on Tuesday morning, Ventura County Fire "
            "Department spokesman Andrew Dowd said.",
            "tue",
            0,
        ),
        build_sentence(
            "Twelve homes have been destroyed, Ventura County fire officials said.", "wed", 0
        ),
    ]
    chosen = texts(run_with(sentences, SelectionContext(dates=FIRE_DAYS), Budget(words=200)))
    assert len(chosen) == 2, chosen


def test_a_group_shows_a_member_that_can_be_told_when_its_first_is_too_short() -> None:
    sentences = [
        build_sentence("Vireo shares fell 5%.", "a", 0),
        build_sentence("Vireo shares fell 5% in late trading.", "b", 0),
    ]
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=50)))
    assert chosen == ["Vireo shares fell 5% in late trading."]


def test_a_report_of_the_next_day_is_read_on_the_day_its_event_happened() -> None:
    # Tuesday's report of Monday's walkout comes before Monday's voices of the strikers,
    # and before Tuesday's own news; "talks resume on Thursday" moves nothing.
    sentences = [
        build_sentence(
            '"We are asking to be able to pay our rent," said Marco Ferri, a Veltra worker.',
            "monday",
            0,
        ),
        build_sentence(
            "Thousands of Veltra workers walked out on Monday in the company's first strike "
            "in two decades.",
            "tuesday",
            0,
        ),
        build_sentence(
            "Talks between Veltra and the union resume on Thursday in Turin.", "tuesday", 1
        ),
    ]
    context = SelectionContext(dates={"monday": "2026-02-02", "tuesday": "2026-02-03"})
    chosen = texts(run_with(sentences, context, Budget(words=200)))
    assert [text.split()[0] for text in chosen] == ["Thousands", '"We', "Talks"], chosen


@pytest.mark.parametrize(
    "denial",
    [
        "Japan's government on Friday denied reports that it had agreed to share submarine "
        "technology with India at the summit in Tokyo.",
        "Japan rejected the reports that it agreed to share submarine technology with India at "
        "the Tokyo summit.",
        "Japan said reports that it agreed to share submarine technology with India at the "
        "Tokyo summit were untrue.",
    ],
)
def test_a_denial_is_not_a_telling_of_what_it_denies(denial: str) -> None:
    claim = (
        "India and Japan agreed at the summit in Tokyo on a confidential arrangement for Japan "
        "to share submarine technology with India, two Indian officials said."
    )
    sentences = [build_sentence(claim, "a", 0), build_sentence(denial, "b", 0)]
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=200)))
    assert chosen == [claim, denial]
    # Two tellings of the claim are one.
    again = claim.replace("two Indian officials said", "officials in New Delhi said")
    alike = [build_sentence(claim, "a", 0), build_sentence(again, "b", 0)]
    assert len(run_with(alike, SelectionContext(), Budget(words=200))) == 1


def test_a_toll_told_with_two_values_is_told_once_in_the_value_more_sources_give() -> None:
    # "killed three workers" [ap] and "Three people died" [local] against "Four workers were
    # killed" [reuters]: one toll, told once, in three; four under "Where sources differ".
    from summarize.options import BriefOptions
    from summarize.pipeline import brief_articles
    from tests.conftest import build_article

    reports = {
        "ap": "A chlorine gas leak at a chemical plant in Pasadena, Texas, killed three workers "
        "and sent 38 people to hospitals on Monday, officials said. The leak began at about 2 "
        "p.m. when a transfer line ruptured at the Gulfline Chemicals facility on the Houston "
        "Ship Channel, Fire Marshal Laurie Christensen said. Residents within a one-mile "
        "radius were ordered to shelter in place for nearly five hours.",
        "reuters": "Four workers were killed and 38 others were treated in hospitals after "
        "chlorine gas escaped from a ruptured pipe at a Gulfline Chemicals plant on Monday "
        "afternoon, local authorities said. Fire Marshal Laurie Christensen said the leak "
        "started around 2 p.m. and was contained by 6:30 p.m. People living within a mile of "
        "the plant were told to stay indoors with windows shut until early evening.",
        "local": "Three people died on Monday after a pipe carrying chlorine burst at the "
        "Gulfline Chemicals site in Pasadena, near Houston. Thirty-eight others, including two "
        "firefighters, were taken to hospital with breathing problems. Fire Marshal Laurie "
        "Christensen said the shelter-in-place order for neighbours within one mile was lifted "
        "at about 7 p.m.",
    }
    articles = [
        build_article(text, outlet, published="2026-04-21") for outlet, text in reports.items()
    ]
    briefing = brief_articles(articles, BriefOptions(engine="extractive", words=200))
    tolls = [s.text for s in briefing.sentences if "killed" in s.text or "died" in s.text]
    assert len(tolls) == 1 and "three" in tolls[0].casefold(), tolls
    assert briefing.disagreements, "the other value is shown under Where sources differ"
    # Their leads alone (stubs, which steer nothing): still one telling of the toll.
    leads = [
        build_article(text.split(". ")[0] + ".", outlet, published="2026-04-21")
        for outlet, text in reports.items()
    ]
    briefing = brief_articles(leads, BriefOptions(engine="extractive", words=200))
    assert len([s for s in briefing.sentences if "killed" in s.text or "died" in s.text]) == 1


def test_a_leaning_telling_follows_the_sentence_before_it_in_its_own_article() -> None:
    # "Her party ..." is shown for a fact whose first telling, a quotation, cannot be: "her"
    # is Mara Tain, whom the sentence before it names, not the march that came before the
    # quotation in the other outlet.
    march = build_sentence(
        "Nearly 50 exiles marched through Dhaka on Friday against military rule in Norland.",
        "a",
        0,
    )
    quote = build_sentence(
        "``We want the generals to hand power to our party, which won the 1990 elections,'' "
        "protest leader Ani Maung said.",
        "a",
        1,
    )
    barred = build_sentence(
        "Norland barred British ministers from the country on Tuesday after London pressed "
        "the junta to talk to the opposition.",
        "b",
        0,
    )
    tain = build_sentence(
        "Opposition leader Mara Tain has been locked in a standoff with the generals for a decade.",
        "b",
        1,
    )
    her = build_sentence(
        "Her party won the 1990 elections, but the military never let parliament meet.", "b", 2
    )
    sentences = [march, quote, barred, tain, her]
    groups = [
        Group(0, march, (march,)),
        Group(1, quote, (quote, her)),
        Group(2, barred, (barred,)),
        Group(3, tain, (tain,)),
    ]
    order = {"a": 0, "b": 1}
    scored, model, _ = score_groups(groups, sentences, order, CONFIG)
    budgets = [Budget(sentences=n) for n in (2, 3, 4)] + [Budget(words=n) for n in (30, 50)]
    for budget in budgets:
        told = texts(select(scored, model, budget, CONFIG, order))
        assert her.text in told, budget
        assert told[told.index(her.text) - 1] == tain.text, (budget, told)


@pytest.mark.parametrize(
    ("text", "adds"),
    [
        ("Together the two carriers will carry some 3.2m passengers annually.", False),
        # A name, a telling figure or a year of its own (its opener may be a word only).
        ("Last year the carrier Skyline flew 3.2 million passengers alone.", True),
        ("The merged airline will fly 3.2 million passengers and 400,000 tonnes of cargo.", True),
        ("The merged airline flew 3.2 million passengers in 2024.", True),
        # A name after a function word opening the sentence is a name of its own.
        ("The carrier Skyline alone will fly 3.2 million passengers a year.", True),
    ],
)
def test_a_telling_of_the_same_count_that_adds_a_name_or_figure_tells_more(
    text: str, adds: bool
) -> None:
    told = "The merged airline will fly 3.2 million passengers a year."
    assert _adds_no_figure_or_name(text, told) is not adds


@pytest.mark.parametrize(
    "other_account",
    [
        "Rohan Desai beat Ilse Varga in the Meridian chess final in Salvery on 12 April 2025.",
        "Ilse Varga lost the Meridian chess final in Salvery to Rohan Desai on 12 April 2025.",
        "Rohan Desai took the Meridian chess title from Ilse Varga in Salvery on 12 April 2025.",
    ],
)
def test_another_account_of_who_won_is_told_not_dropped_as_a_restatement(
    other_account: str,
) -> None:
    account = "Ilse Varga beat Rohan Desai in the Meridian chess final in Salvery on 12 April 2025."
    sentences = [build_sentence(account, "a", 0), build_sentence(other_account, "b", 0)]
    chosen = texts(run_with(sentences, SelectionContext(), Budget(words=200)))
    assert chosen == [account, other_account]
    # The same result told the other way round is one fact, told once.
    same = "Rohan Desai lost the Meridian chess final in Salvery to Ilse Varga on 12 April 2025."
    alike = [build_sentence(account, "a", 0), build_sentence(same, "b", 0)]
    assert len(run_with(alike, SelectionContext(), Budget(words=200))) == 1
