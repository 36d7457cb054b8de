"""Update briefings: which earlier counts a new figure revises, and which counts it only
tells again (summarize.history: `HistoryIndex._revised`, `HistoryIndex._told_by_counts`)."""

import numpy as np
import pytest

from summarize.history import HistoryIndex, HistoryMatch, history_from_articles
from summarize.vectors import TfidfModel
from tests.conftest import build_article


def matches(
    history: dict[str, str], new_texts: list[str], published: str | None = None
) -> list[HistoryMatch]:
    """How each new sentence relates to a history read from `history` (article id -> text),
    its articles published on `published` where given."""
    dated = {"published": published} if published else {}
    articles = [build_article(text, id=name, **dated) for name, text in history.items()]
    model, terms = TfidfModel.from_texts(new_texts)
    rows = model.rows(terms)
    index = HistoryIndex(history_from_articles(articles), model)
    return [
        index.match(text, rows.indices[lo:hi], rows.data[lo:hi])
        for text, lo, hi in zip(new_texts, rows.indptr[:-1], rows.indptr[1:], strict=True)
    ]


def updates(history: dict[str, str], text: str, published: str | None = None) -> tuple[str, ...]:
    (match,) = matches(history, [text], published)
    return match.updates


def repeats(history: dict[str, str], text: str) -> bool:
    (match,) = matches(history, [text])
    return match.repeats


def test_a_figure_no_name_ties_is_still_the_count_a_named_one_revises() -> None:
    # The day-two figure the reader read names nothing ("The fire is now ..."): it is the
    # story's count, so day three's higher figure revises it, not day one's lower one.
    history = {
        "day1": "The Alder Creek Fire had burned 2,000 acres near Sisters by Tuesday morning.",
        "day2_tv": "The fire is now estimated at 6,400 acres and is 5% contained.",
        "day2_wire": "The Alder Creek Fire grew to 6,400 acres on Wednesday, officials said.",
        # A count that names nothing nor the story's fire: another thing's acres.
        "farms": "There are 7,000 acres of wheat on the farms nearby.",
    }
    grew = "Two people were found dead near Redmond as the Alder Creek Fire grew to 9,800 acres."
    assert updates(history, grew) == ("day2_tv", "day2_wire")
    # Another fire's acres are no later count of this one.
    other = "The Bear Gulch Fire grew to 9,800 acres in Nevada on Thursday."
    assert updates(history, other) == ()


@pytest.mark.parametrize(
    ("later", "revises"),
    [
        # Two counts that name nothing are the story's when they tell one act ...
        ("The fire burned 9,000 acres of forest this week.", ("fire",)),
        # ... not when they only count the same thing ...
        ("Farmers have planted 9,000 acres of wheat this year.", ()),
        # ... or give a toll: the words of a toll tell no act of their own.
        ("Twelve people died of cholera last month.", ()),
    ],
)
def test_counts_that_name_nothing_revise_only_the_count_of_one_act(
    later: str, revises: tuple[str, ...]
) -> None:
    history = {
        "fire": "The fire had burned 2,000 acres by Tuesday.",
        "flood": "Three people died in the flood.",
    }
    assert updates(history, later) == revises


def test_a_count_told_of_a_year_before_the_story_is_another_events() -> None:
    history = {
        "background": "A magnitude 8.2 quake on the fault in 1939 killed 20,000 people.",
        "toll": "The quake in Turkey has killed at least 10,059 people, officials said.",
    }
    revised = "The quake has now killed 12,040 people, the crisis centre said."
    assert updates(history, revised, published="1999-08-20") == ("toll",)
    # Undated, the year tells nothing of the story's time: the highest count is 20,000.
    assert updates(history, revised) == ()


def test_a_larger_sum_of_money_is_another_sum_not_a_later_one() -> None:
    history = {"aid": "Governor Newsom approved $2 million in aid for Lassen County."}
    later = "Lassen County will spend $5 million rebuilding the Susanville bridge."
    assert updates(history, later) == ()


@pytest.mark.parametrize(
    ("earlier", "revised"),
    [
        (
            "About 6,000 people are under evacuation orders in Deschutes County, including "
            "residents of Tumalo and Sisters.",
            "About 9,200 people remain under evacuation orders, Cal Fire said.",
        ),
        (
            "About 6,000 people are under evacuation orders in Deschutes County.",
            "About 9,200 people remain under evacuation orders, according to Cal Fire.",
        ),
        (
            "The sheriff's office said about 1,500 residents were ordered to evacuate.",
            # (Its first word is capitalised as the opener, not as a name.)
            "Evacuation orders now cover about 4,000 people, the sheriff said.",
        ),
    ],
)
def test_a_count_of_people_told_in_other_words_revises_the_count_of_the_same_act(
    earlier: str, revised: str
) -> None:
    # People under any noun ("residents", "people") are one count, tied by what happened
    # to them; the name of who said it ("Cal Fire said") is no other subject.
    assert updates({"day2": earlier}, revised) == ("day2",)
    # People counted for another act are another count.
    assert updates({"day2": earlier}, "About 9,200 people attended the Tumalo county fair.") == ()


@pytest.mark.parametrize(
    "revised",
    [
        "Langat will race again in 2027 after the court reduced his ban from four years to "
        "two years on appeal.",
        "On appeal, Langat's ban was cut to two years, down from four years.",
    ],
)
def test_a_count_told_as_a_change_revises_the_value_it_changed_from(revised: str) -> None:
    history = {
        "wire": "Kenyan runner Brian Langat has been banned for four years after testing "
        "positive for trimetazidine.",
        "bbc": "Valencia Marathon winner Brian Langat was banned from athletics for four years.",
        # The value told of something else: a place named beside it, another act.
        "blog": "Brian Langat, who finished second in Berlin in 2024, has been banned for "
        "four years by the Athletics Integrity Unit.",
        "camp": "At his training camp in Iten, Brian Langat signed a four-year contract with "
        "his sponsor.",
    }
    assert updates(history, revised) == ("wire", "bbc", "blog")
    # A longer span told without a change is no later count of the ban.
    assert updates(history, "Brian Langat signed a five-year deal with a new sponsor.") == ()


STORM = {
    "wire": "Storm Dara swept across Varnia and neighbouring Belmar on Monday, bringing rain "
    "that flooded towns along the Ilse river and killed at least 11 people.",
    "varnia_tv": "In Varnia, at least five people died, including two firefighters whose "
    "truck was swept away near the town of Steg, the interior ministry said.",
    "varnia_paper": "Five people have been killed in Varnia as the Ilse river burst its "
    "banks during Storm Dara.",
    "belmar_paper": "In Belmar, six people were killed, most of them in the coastal province "
    "of Marn, according to Belmar's civil protection agency.",
    "belmar_radio": "At least six people have died in Belmar after Storm Dara brought record "
    "rainfall to Marn.",
}


@pytest.mark.parametrize(
    "belmar",
    [
        "In Belmar, six people were killed, the civil protection agency said.",
        "Belmar's civil protection agency put the toll at six.",
    ],
)
def test_a_place_opening_a_toll_is_the_place_the_toll_is_of(belmar: str) -> None:
    # "In Belmar, six ..." and "Belmar's agency put the toll at six" give Belmar's toll,
    # as "In Varnia, at least five ..." gives Varnia's: 11 is the toll of both, not
    # Varnia's.
    history = {"wire": STORM["wire"], "varnia_tv": STORM["varnia_tv"], "belmar": belmar}
    assert updates(history, "Eight people have now died in Varnia.") == ("varnia_tv",)


@pytest.mark.parametrize(
    ("revised", "revises"),
    [
        (
            "Eight people have now died in Varnia in the floods caused by Storm Dara, the "
            "interior ministry said on Tuesday.",
            ("varnia_tv", "varnia_paper"),
        ),
        (
            "Belmar's civil protection agency put its toll at 12, up from six.",
            STORM.keys() - {"wire", "varnia_tv", "varnia_paper"},
        ),
        (
            "The death toll from Storm Dara rose to 20 as rescuers found more bodies in "
            "Varnia and Belmar.",
            ("wire",),
        ),
    ],
)
def test_a_toll_revises_the_toll_of_its_own_place_not_another_countrys(
    revised: str, revises: object
) -> None:
    # Varnia's and Belmar's tolls are each told on their own: a toll of one is not a later
    # count of the other's, nor of the total over both (11), and a total is a later count
    # of the total, not of one country's toll.
    assert set(updates(STORM, revised)) == set(revises)  # type: ignore[arg-type]


FIRE = {
    "sheriff": "The Lassen County Sheriff's Office said about 1,500 residents are under "
    "mandatory evacuation orders.",
    "wire": "The Hollister Creek Fire broke out on Monday near Susanville and had burned "
    "3,200 acres by Tuesday morning, according to the California Department of Forestry.",
    "crews": "Cal Fire crews from 12 counties joined the fight near Susanville.",
    "governor": "Governor Gavin Newsom visited Susanville on Tuesday.",
}


@pytest.mark.parametrize(
    "retold",
    [
        "A fast-moving wildfire in California's Lassen County forced about 1,500 people to "
        "flee their homes on Tuesday, fire officials said.",
        "Cal Fire said Tuesday morning that the Hollister Creek Fire had grown to 3,200 acres "
        "with no containment.",
        # (Its first word is capitalised as the opener, not as a name.)
        "Firefighters said the wildfire in Lassen County forced about 1,500 people to flee on "
        "Tuesday.",
        "About 1,500 Lassen County residents were evacuated as the Hollister Creek Fire "
        "burned 3,200 acres.",
    ],
)
def test_counts_read_before_told_in_other_words_are_not_news(retold: str) -> None:
    assert repeats(FIRE, retold)


@pytest.mark.parametrize(
    "news",
    [
        # A figure of its own.
        "A fast-moving wildfire in Lassen County forced about 1,500 people to flee and "
        "destroyed 40 homes on Tuesday.",
        # A name the reader has not read.
        "A fast-moving wildfire in Lassen County forced about 1,500 people to flee to Reno on "
        "Tuesday.",
        # A named actor's act the reader has not read, told beside a count read.
        "Governor Gavin Newsom toured a shelter in Lassen County, where a wildfire forced "
        "about 1,500 people to flee on Tuesday.",
        # A day the reader has not read.
        "A fast-moving wildfire in Lassen County forced about 1,500 people to flee their "
        "homes on Friday.",
        # The same number of people, counted for another act.
        "About 1,500 firefighters from Lassen County were assigned to the fire on Tuesday.",
        # A small count read before: in too many facts to tie the sentence to one.
        "Crews from 12 counties were sent home from Susanville on Tuesday.",
    ],
)
def test_a_count_read_before_told_with_something_new_is_news(news: str) -> None:
    assert not repeats(FIRE, news)


def test_a_count_of_others_is_no_count_of_all_the_people() -> None:
    # "33,495 others" were counted besides the dead: no count of people to set beside
    # "45,000 others" (the dead are the count the new sentence revises).
    history = {
        "xinhua": "At least 10,059 people have been confirmed dead in Turkey and 45,000 others "
        "were reported as injured."
    }
    revised = (
        "Some 12,040 people have been confirmed dead in Turkey and 33,495 others were "
        "reported as injured."
    )
    assert updates(history, revised) == ("xinhua",)


def test_the_history_index_reads_counts_only_when_asked() -> None:
    # A new sentence without a figure asks nothing of the history's counts.
    history = history_from_articles([build_article(FIRE["wire"], id="wire")])
    index = HistoryIndex(history, TfidfModel.from_texts(["Crews battled steep terrain."])[0])
    empty = np.array([], dtype=np.int64), np.array([])
    assert not index.match("Crews battled steep terrain.", *empty).repeats
    assert index._by_kind is None


FERRY = {
    "toll": "At least 14 people died when the ferry MV Santa Lucia capsized off Palawan on "
    "Sunday, the coast guard said.",
    "rescue": "The coast guard rescued 62 passengers from the water and searched through the "
    "night for nine people still missing.",
}
BLAST = {
    "blast": "The explosion at the Halvar Agrochem plant in Sorvik killed four people and "
    "injured 30, the fire service said.",
    "police": "Police arrested five people after the explosion at the Halvar Agrochem plant.",
    "evacuated": "About 1,500 residents of Sorvik remain under evacuation orders after the "
    "explosion.",
    "homes": "The explosion destroyed 38 homes near the Halvar Agrochem plant.",
}


@pytest.mark.parametrize(
    ("history", "fallen", "revises"),
    [
        (FERRY, "Six people are still missing, the coast guard said.", ("rescue",)),
        (
            FERRY,
            "The coast guard lowered the death toll from the Santa Lucia capsizing to 11 after "
            "three passengers listed as dead were found alive.",
            ("toll",),
        ),
        (BLAST, "Twelve people injured in the Sorvik explosion remain in hospital.", ("blast",)),
        (
            BLAST,
            "Three people arrested after the explosion at the Halvar Agrochem plant are still "
            "in custody.",
            ("police",),
        ),
        (
            BLAST,
            "About 400 residents of Sorvik remain evacuated after the explosion.",
            ("evacuated",),
        ),
        (
            BLAST,
            "The number of homes destroyed near the Halvar Agrochem plant was revised down to 31.",
            ("homes",),
        ),
        # The count read with a part told beside it ("including two children").
        (
            {"missing": "Nine people are still missing, including two children, officials said."},
            "Six people remain missing after the floods, officials said.",
            ("missing",),
        ),
    ],
)
def test_a_count_told_as_fallen_revises_the_count_it_fell_from(
    history: dict[str, str], fallen: str, revises: tuple[str, ...]
) -> None:
    # The missing are found, the injured go home, a toll is revised down: a count lower
    # than read, told as the count now, is an update as a higher one is.
    assert updates(history, fallen) == revises


@pytest.mark.parametrize(
    ("history", "lower"),
    [
        # The lower toll is told plainly, looking back; "still" tells of the missing.
        (
            FERRY,
            "Five people died when the MV Santa Lucia capsized off Palawan on Sunday, and "
            "nine people are still missing.",
        ),
        # A part of the injured, not the count of them.
        (BLAST, "Twelve of the injured remain in hospital, the fire service said."),
        # People in hospital are no count of the evacuated, whatever caused both and
        # however both are told as left ("remain").
        (BLAST, "Three people remain in hospital after the explosion."),
    ],
)
def test_a_lower_figure_not_told_as_the_count_now_revises_nothing(
    history: dict[str, str], lower: str
) -> None:
    assert updates(history, lower) == ()


@pytest.mark.parametrize(
    "retold",
    [
        "Nine people remain unaccounted for after the ferry capsized, the coast guard said.",
        "Coast guard crews saved 62 passengers, while nine are still missing.",
    ],
)
def test_a_toll_read_before_told_in_other_words_is_not_news(retold: str) -> None:
    (match,) = matches(FERRY, [retold])
    assert match.repeats and not match.updates


@pytest.mark.parametrize(
    "news",
    [
        # The figures read before, counting other people.
        "Nine of the 62 rescued passengers were taken to hospital in Coron.",
        "Divers recovered nine bodies from the hull on Monday.",
    ],
)
def test_the_figures_of_a_toll_counting_something_else_are_news(news: str) -> None:
    assert not repeats(FERRY, news)


# Probe 17 D10: a toll the history tells of another event is no value of the story's toll.
ERUPTION = (
    "Mount Kelara on the island of Sumbar erupted on Monday night, killing five people and "
    "forcing more than 6,000 residents to flee, the disaster agency said on Tuesday."
)
RISEN = (
    "The death toll from the eruption of Mount Kelara on Sumbar has risen to nine, the "
    "disaster agency said on Wednesday, after rescuers pulled four more bodies from the ash."
)


@pytest.mark.parametrize(
    "another",
    [
        "Kelara last erupted in November 2024, when nine people were killed.",
        "The 2018 eruption of Mount Kelara killed 12 people.",
        "The previous eruption of Mount Kelara killed nine people on Sumbar.",
        "A similar eruption of Mount Kelara two years ago killed 12 people.",
        "Mount Kelara erupted last year, killing 12 people on Sumbar.",
    ],
)
def test_a_toll_of_another_event_in_the_history_is_no_count_the_story_revises(
    another: str,
) -> None:
    history = {"day1": ERUPTION, "background": another}
    assert updates(history, RISEN, published="2026-09-15") == ("day1",)
    # Nor is the story's toll of the same value a toll read already.
    (same,) = matches(history, ["Nine people were killed, the agency said."], "2026-09-15")
    assert not same.repeats and same.updates == ("day1",)
    # With no toll of the story read, the first one told is news.
    first_day = {"day1": "Mount Kelara on Sumbar erupted on Monday night.", "background": another}
    (first,) = matches(first_day, ["Nine people were killed, the agency said."], "2026-09-15")
    assert not first.repeats
    # Told in the new article, another event's toll revises nothing either.
    assert updates({"day1": ERUPTION}, another, published="2026-09-15") == ()


@pytest.mark.parametrize(
    "story",
    [
        # The record a toll sets names a year, but the toll is the story's.
        "The eruption of Mount Kelara killed nine people, the deadliest on Sumbar since 2010.",
        # An earlier count of the story's own toll is no earlier event.
        "The toll from the eruption of Mount Kelara rose to nine from a previous count of five.",
    ],
)
def test_a_toll_of_the_story_told_with_a_year_or_an_earlier_count_is_still_its_toll(
    story: str,
) -> None:
    history = {"day1": ERUPTION, "day2": story}
    later = RISEN.replace("risen to nine", "risen to 14")
    assert updates(history, later, published="2026-09-15") == ("day2",)


# Probe 17 D11: a restatement whose figures count other things revises nothing.
DERAILED = (
    "Four people were killed and 52 were injured when a commuter train bound for Milan "
    "derailed near Lodi on Tuesday morning, fire officials said."
)


@pytest.mark.parametrize(
    "more",
    [
        "About 250 commuters were on board when the train derailed near Lodi at around "
        "6:40 a.m. on points that maintenance crews were replacing.",
        "About 250 people were on board when the commuter train derailed near Lodi on Tuesday.",
        "Four people were killed and 52 were injured when a commuter train carrying 250 "
        "passengers derailed near Lodi on Tuesday morning.",
        # Restatements of it: their 250 counts the passengers, not the dead nor the hurt.
        "Four people were killed when a commuter train bound for Milan with 250 passengers "
        "derailed near Lodi on Tuesday morning, fire officials said.",
        "About 250 people were on board and 52 were injured when a commuter train bound for "
        "Milan derailed near Lodi on Tuesday morning, fire officials said.",
    ],
)
def test_figures_of_other_things_told_beside_a_restated_toll_revise_nothing(more: str) -> None:
    (match,) = matches({"t1": DERAILED}, [more])
    assert match.updates == () and not match.repeats


@pytest.mark.parametrize(
    "revised",
    [
        DERAILED.replace("Four people", "Five people"),
        DERAILED.replace("52 were injured", "61 were injured"),
    ],
)
def test_a_restated_toll_with_another_value_revises_it(revised: str) -> None:
    assert updates({"t1": DERAILED}, revised) == ("t1",)


def test_a_restated_share_with_another_value_revises_it() -> None:
    earlier = (
        "Norland's central bank raised its benchmark interest rate to 4.75 percent on "
        "Thursday, the highest level since 2008."
    )
    assert updates({"rate": earlier}, earlier.replace("4.75 percent", "5 percent")) == ("rate",)


@pytest.mark.parametrize(
    "risen",
    [
        "The death toll from the floods in Varnia rose to nine.",
        "Nine people have now died in the floods in Varnia.",
    ],
)
def test_a_toll_of_another_place_in_the_history_is_no_count_the_story_revises(risen: str) -> None:
    history = {
        "varnia": "Floods killed five people in Varnia on Monday.",
        "belmar": "In neighbouring Belmar, 12 people died in the floods.",
    }
    assert updates(history, risen, published="2026-03-10") == ("varnia",)


_BUDGET = {
    "plan": "The council plans to build a new footbridge over the Tarn, which it estimates "
    "will cost 12 million pounds.",
    "dam": "The Hollow Reach reservoir, the town's only source of water, is at 34 percent of "
    "capacity, the lowest level since records began in 1959.",
    "fees": "Parking fees in the town centre bring the council 3 million pounds a year.",
}


@pytest.mark.parametrize(
    ("later", "revises"),
    [
        # A sum told as changed to another value, of the thing told before ("cost").
        (
            "The estimated cost of the Tarn footbridge has risen to 19 million pounds, "
            "the council said.",
            ("plan",),
        ),
        ("The footbridge's cost was revised up to £17.5 million on Monday.", ("plan",)),
        # A share told as fallen to another value of the same thing ("of capacity"); a
        # record's year ("since records began in 1959") is no other event's.
        ("The Hollow Reach reservoir has fallen further to 21 percent of capacity.", ("dam",)),
        ("Hollow Reach dropped to 29 percent of capacity by Friday.", ("dam",)),
    ],
)
def test_a_sum_or_share_told_as_changed_cites_the_value_it_revises(
    later: str, revises: tuple[str, ...]
) -> None:
    assert updates(_BUDGET, later) == revises


@pytest.mark.parametrize(
    "other",
    [
        # Another sum, not told as a change of one read: no revision.
        "The footbridge will carry 4,000 people a day and cost 19 million pounds to run.",
        # Told as changed, but of another thing than any sum read ("revenue", not "cost").
        "The council's revenue from tourism rose to 19 million pounds last year.",
        # A share of another thing ("of the vote") fell: not the reservoir's.
        "Support for the footbridge fell to 21 percent of the vote in the Tarnside ward.",
        # The same value again: told before, no revision, told as changed or not.
        "The footbridge is now expected to cost 12 million pounds.",
        "The estimated cost of the footbridge rose to about 12 million pounds.",
    ],
)
def test_a_sum_or_share_of_another_thing_revises_nothing(other: str) -> None:
    assert updates(_BUDGET, other) == ()
