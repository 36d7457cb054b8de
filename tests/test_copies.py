import itertools
from collections.abc import Callable

import pytest

from summarize.clean import clean
from summarize.copies import find_copies, told_share
from summarize.dedup import deduplicate
from summarize.models import CleanedArticle
from summarize.pipeline import brief_articles
from summarize.render import to_markdown
from tests.conftest import build_article, build_sentence

WIRE = (
    "Flood waters rose overnight along the Brenner river, and the town council of Eastwick "
    "ordered 300 families to leave their homes before dawn on Monday.\n\n"
    "The regional weather office said two more days of heavy rain were expected, and the "
    "army sent four boats and a field kitchen to the school that now serves as a shelter.\n\n"
    "Farmers upstream said the dikes built after the last great flood had held so far, but "
    "engineers warned that the soil behind them was soaked and could give way."
)
OTHER = (
    "Volunteers in the neighbouring village of Westbury filled sandbags through the night "
    "while the mayor asked the province for emergency money to repair the pumping station.\n\n"
    "The town council of Eastwick ordered 300 families to leave their homes before dawn on "
    "Monday, the mayor of Westbury said.\n\n"
    "Shops in Westbury stayed open so that residents could buy food and candles."
)

# A wire story (its paragraphs), the shape of probe 17's D6 case: a local paper republishes
# it lightly edited.
STORM = [
    "KELMAR, Norway (AP) -- A winter storm with gusts of up to 140 kilometres per hour shut "
    "the port of Kelmar on Thursday, stranding two ferries with nearly 600 passengers on board, "
    "the harbour authority said.",
    "The ferries were ordered to anchor in the fjord until the wind drops, harbour master "
    "Ingrid Solheim told reporters at a briefing in the town hall.",
    '"We will not let anyone ashore until it is safe to do so," Solheim said.',
    "Coast guard vessels delivered food and blankets to both ships late in the afternoon, and "
    "no injuries were reported.",
    "Power was cut to about 3,000 homes in the district when falling trees brought down lines "
    "along the coastal road.",
    "Forecasters said the storm would move north overnight and the wind should ease by Friday "
    "morning.",
    "The port handles most of the region's fish exports, and a day's closure costs the local "
    "economy millions of kroner, the chamber of commerce said.",
    "It was the second time this winter that the port has been closed by bad weather.",
]
STORM_TEXT = "Storm shuts port of Kelmar, strands two ferries\n\n" + "\n\n".join(STORM)
MAYOR = (
    "Mayor Lars Berg said the town's sports hall would stay open overnight for travellers who "
    "could not get home."
)


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def _reworded(paragraphs: list[str]) -> list[str]:
    """A word or two changed in most paragraphs, as a copy editor does."""
    swaps = [
        ("shut the port", "closed the port"),
        ("stranding", "leaving"),
        ("ordered to", "told to"),
        ("told reporters", "said"),
        ("anyone ashore", "anybody ashore"),
        ("late in the afternoon", "in the late afternoon"),
        ("about 3,000", "roughly 3,000"),
        ("should ease", "is expected to ease"),
        ("handles most", "handles much"),
        ("bad weather", "storms"),
    ]
    edited = []
    for paragraph in paragraphs:
        for old, new in swaps:
            paragraph = paragraph.replace(old, new)
        edited.append(paragraph)
    return edited


def _american(text: str) -> str:
    return text.replace("harbour", "harbor").replace("kilometres", "kilometers")


# The shapes of a light republication of STORM: each is a copy of the wire story.
REPUBLICATIONS: dict[str, Callable[[], str]] = {
    "words changed in most sentences": lambda: _paragraphs(*_reworded(STORM)),
    "a paragraph dropped, a local one added": lambda: _paragraphs(*STORM[:4], *STORM[5:], MAYOR),
    "a new headline and masthead": lambda: _paragraphs(
        "Ferries stuck off Kelmar as storm closes harbour",
        "Kelmar Tidende | Staff and wire reports",
        *STORM,
    ),
    "a sentence split, two joined": lambda: _paragraphs(
        STORM[0].replace(" on Thursday, stranding", " on Thursday. It stranded"),
        STORM[1],
        STORM[2],
        STORM[3].replace("reported.", "reported, and") + " " + STORM[4][0].lower() + STORM[4][1:],
        *STORM[5:],
    ),
    "typographic quotes and dashes": lambda: _paragraphs(
        *(
            p.replace("--", "—").replace('"', "“", 1).replace('"', "”").replace("'", "’")
            for p in STORM
        )
    ),
    "American spelling": lambda: _american(_paragraphs(*STORM)),
    "all at once, the dateline cut": lambda: _paragraphs(
        "Ferries stuck off Kelmar as storm closes harbour",
        "Kelmar Tidende | April 2, 2026",
        *_reworded([_american(p) for p in STORM[:6]])[:4],
        MAYOR,
        *_reworded(STORM[5:7]),
    ).replace("KELMAR, Norway (AP) -- A", "A"),
}


def _clean(text: str, article_id: str) -> CleanedArticle:
    return clean(build_article(text, article_id))


@pytest.mark.parametrize("shape", list(REPUBLICATIONS))
def test_a_lightly_edited_republication_is_a_copy_whatever_the_order(shape: str) -> None:
    wire, copy = _clean(STORM_TEXT, "wire"), _clean(REPUBLICATIONS[shape](), "copy")
    other = _clean(OTHER, "other")
    for articles in itertools.permutations([wire, copy, other]):
        found = find_copies(list(articles))
        assert found in ({"copy": "wire"}, {"wire": "copy"}), (shape, found)


def test_the_local_paper_s_republication_points_to_the_wire_story() -> None:
    # Probe 17 D6: a new headline, a masthead, words changed in five sentences, a paragraph
    # dropped and the mayor's added: the wire story is the original, whichever comes first.
    local = _paragraphs(
        "Ferries stuck off Kelmar as storm closes harbour",
        "Kelmar Tidende | Staff and wire reports",
        *_reworded(STORM[:7]),
        MAYOR,
    )
    wire, copy = _clean(STORM_TEXT, "wire"), _clean(local, "local")
    assert told_share(wire, copy) >= 0.75
    assert find_copies([wire, copy]) == find_copies([copy, wire]) == {"local": "wire"}


# Near misses: none of these is a copy of STORM.
SAME_EVENT = _paragraphs(
    "Two ferries carrying almost 600 people were stuck off Kelmar on Thursday after a storm "
    "closed the port, Norwegian officials said.",
    "Harbour master Ingrid Solheim said both ships were safe at anchor in the fjord and would "
    "dock once the wind dropped.",
    '"We will not let anyone ashore until it is safe to do so," Solheim said.',
    "Gusts reached 140 kilometres per hour along the coast, the meteorological institute said, "
    "and thousands of homes lost power.",
    "Passengers posted pictures of waves breaking over the bow of one of the ferries.",
)
# One agency, one place, one day: another story that repeats the background paragraphs.
SAME_AGENCY = _paragraphs(
    "KELMAR, Norway (AP) -- Fishermen in Kelmar said Thursday they had lost a week's catch "
    "after the storm kept their boats tied up and cut power to the cold stores on the quay.",
    "Trawler owner Per Haugen said he had thrown away four tonnes of cod.",
    "The fishermen's union asked the government for emergency help, saying many crews were "
    "paid only for what they landed.",
    "Fish prices at the Bergen market rose by a fifth on Thursday, traders said.",
    *STORM[6:],
)
# The agency's later version: the lead retold with new figures, paragraphs added.
UPDATE = _paragraphs(
    "KELMAR, Norway (AP) -- A winter storm with gusts of up to 160 kilometres per hour shut "
    "the port of Kelmar on Thursday, stranding three ferries with nearly 900 passengers on "
    "board, the harbour authority said.",
    *STORM[1:],
    "A third ferry, the Nordlys, was caught outside the harbour on Thursday evening when the "
    "wind rose again.",
    "Its 300 passengers were given cabins for the night, the ferry operator said.",
)
QUOTING = _paragraphs(
    "The harbour authority gave a blunt account of the day in a statement on Thursday.",
    *STORM[1:4],
    "Residents said the authority had been warned for years that the harbour wall was too low.",
    "The council will debate a new wall at its meeting next month, a spokeswoman said.",
)


@pytest.mark.parametrize(
    "text",
    [SAME_EVENT, SAME_AGENCY, UPDATE, QUOTING],
    ids=["another outlet's report", "another story of the agency", "an update", "a quotation"],
)
def test_reports_that_share_names_figures_or_passages_are_not_copies(text: str) -> None:
    for articles in ([STORM_TEXT, text], [text, STORM_TEXT]):
        assert find_copies([_clean(t, f"a{i}") for i, t in enumerate(articles)]) == {}


def test_an_update_is_not_a_copy_because_its_figures_changed() -> None:
    # Most of the original is in the update, in order: only the retold figures tell them apart.
    original, update = _clean(STORM_TEXT, "first"), _clean(UPDATE, "update")
    assert told_share(original, update) >= 0.75
    same_figures = UPDATE.replace("160", "140").replace("three ferries", "two ferries")
    assert find_copies([original, _clean(same_figures.replace("900", "600"), "update")]) == {
        "update": "first"
    }


def test_a_write_through_that_keeps_the_story_is_a_copy_of_it() -> None:
    # The agency's next version: new paragraphs on top, the whole story kept below, no
    # figure of it retold: what they share is one source.
    later = _paragraphs(
        "KELMAR, Norway (AP) -- The port of Kelmar reopened on Friday after 30 hours, and the "
        "two ferries stranded by the storm docked in the early morning.",
        "Passengers were met by Red Cross volunteers with hot drinks.",
        *STORM[1:],
    )
    wire, write_through = _clean(STORM_TEXT, "wire"), _clean(later, "later")
    assert find_copies([write_through, wire]) == {"later": "wire"}


def test_a_shared_wire_dateline_supports_a_copy_but_never_makes_one() -> None:
    # Three paragraphs cut, two added: less of it is the wire story's than a copy needs,
    # unless both carry the agency's dateline for the same place.
    drifted = [*_reworded(STORM[:2]), *STORM[4:6], MAYOR, SAME_EVENT.split("\n\n")[-1]]
    wire = _clean(STORM_TEXT, "wire")
    with_dateline = _clean(_paragraphs(*drifted), "copy")
    assert 0.65 <= told_share(wire, with_dateline) < 0.75
    assert find_copies([wire, with_dateline]) in ({"copy": "wire"}, {"wire": "copy"})
    undated = _paragraphs(drifted[0].replace("KELMAR, Norway (AP) -- A", "A"), *drifted[1:])
    assert find_copies([wire, _clean(undated, "copy")]) == {}
    # The same dateline on another story of the agency makes no copy: SAME_AGENCY above.


def test_told_share_measures_the_shorter_text_inside_the_longer() -> None:
    wire = _clean(STORM_TEXT, "wire")
    assert told_share(_clean(_paragraphs(*STORM[2:5]), "part"), wire) == 1.0
    assert told_share(wire, _clean(SAME_EVENT, "other")) < 0.3
    # A sentence split in two, or two joined, is told by the pieces.
    assert told_share(wire, _clean(REPUBLICATIONS["a sentence split, two joined"](), "a")) == 1.0
    # Headlines and mastheads are the republisher's own; spelling is folded.
    assert told_share(wire, _clean(REPUBLICATIONS["a new headline and masthead"](), "b")) == 1.0
    assert told_share(wire, _clean(REPUBLICATIONS["American spelling"](), "c")) == 1.0


def test_a_copy_respelled_the_american_way_is_a_copy() -> None:
    # Every sentence has three to five words spelled otherwise: read as they are, none is
    # the same sentence.
    british = _paragraphs(
        "The harbour authority apologised on Monday after the centre of the old harbour "
        "flooded, and neighbours organised a clean-up.",
        "Volunteers travelled from the theatre to the harbour centre, where the labour "
        "council had cancelled its programme.",
        "The council said it recognised that the neighbours' favourite festival would be "
        "postponed, and apologised again.",
    )
    american = (
        british.replace("harbour", "harbor")
        .replace("apologised", "apologized")
        .replace("centre", "center")
        .replace("neighbours", "neighbors")
        .replace("organised", "organized")
        .replace("travelled", "traveled")
        .replace("theatre", "theater")
        .replace("labour", "labor")
        .replace("cancelled", "canceled")
        .replace("programme", "program")
        .replace("recognised", "recognized")
        .replace("favourite", "favorite")
    )
    uk, us = _clean(british, "uk"), _clean(american, "us")
    assert told_share(uk, us) == 1.0
    assert find_copies([uk, us]) == {"us": "uk"}


def test_a_copy_keeps_the_order_of_its_original() -> None:
    # The same paragraphs shuffled tell little in order: a digest, not a republication.
    shuffled = _paragraphs(*STORM[4:], *STORM[:4])
    assert told_share(_clean(STORM_TEXT, "wire"), _clean(shuffled, "digest")) < 0.6


def test_the_original_of_copies_edited_alike_is_the_one_they_share() -> None:
    # Each copy changes its own words and adds nothing: the original holds no word that no
    # copy holds; each copy does.
    first = _paragraphs(*_reworded(STORM[:4]), *STORM[4:])
    second = _paragraphs(*STORM[:4], *_reworded(STORM[4:]))
    texts = {"wire": STORM_TEXT, "first": first, "second": second}
    for order in itertools.permutations(texts):
        found = find_copies([_clean(texts[key], key) for key in order])
        assert found == {"first": "wire", "second": "wire"}, order


def test_many_copies_of_one_story_are_one_family() -> None:
    # Past 64 articles holding one shingle, pairs come from neighbours in the index, not from
    # every two: the copies are still found, one family.
    copies = [_clean(STORM_TEXT + f"\n\nEdition {n}.", f"c{n}") for n in range(70)]
    others = [_clean(OTHER, "other"), _clean(WIRE, "flood")]
    found = find_copies([*copies, *others])
    assert len(found) == 69 and len(set(found.values())) == 1


def test_a_republished_wire_story_is_a_copy_of_the_first_and_other_reports_are_not() -> None:
    edited = WIRE.replace("before dawn on Monday", "early on Monday") + "\n\nSubscribe today."
    articles = [
        clean(build_article(WIRE, "wire")),
        clean(build_article(OTHER, "local")),
        clean(build_article(edited, "reprint")),
    ]
    assert find_copies(articles) == {"reprint": "wire"}


def test_a_copy_does_not_double_corroboration() -> None:
    sentences = [
        build_sentence("The council ordered 300 families to leave their homes on Monday.", "wire"),
        build_sentence(
            "The council ordered 300 families to leave their homes on Monday.", "reprint"
        ),
        build_sentence("The council ordered 300 families to leave their homes on Monday.", "local"),
    ]
    alone = deduplicate(sentences[:2], copy_of={"reprint": "wire"})
    assert alone[0].article_ids == ("wire", "reprint")  # both still cited
    assert alone[0].corroboration == 1
    assert deduplicate(sentences, copy_of={"reprint": "wire"})[0].corroboration == 2


def test_briefing_lists_and_marks_the_copy() -> None:
    articles = [
        build_article(WIRE, "wire", title="Floods in Eastwick"),
        build_article(OTHER, "local", title="Westbury fills sandbags"),
        build_article(WIRE, "reprint", title="Eastwick evacuated"),
    ]
    briefing = brief_articles(articles)
    assert [source.copy_of for source in briefing.sources] == [None, None, "wire"]
    assert briefing.stats.copies == 1
    assert "Eastwick evacuated** `reprint.txt` (copy of [1])" in to_markdown(briefing)
    cited = {source for sentence in briefing.sentences for source in sentence.citations}
    assert "reprint" in cited


def test_a_fact_only_copies_of_one_story_give_is_shown_as_single_source() -> None:
    edited = WIRE.replace("before dawn on Monday", "early on Monday")
    articles = [
        build_article(WIRE, "wire", title="Floods in Eastwick"),
        build_article(OTHER, "local", title="Westbury fills sandbags"),
        build_article(edited, "reprint", title="Eastwick evacuated"),
        build_article(WIRE + "\n\nRead more local news.", "saved", title="Floods"),
    ]
    briefing = brief_articles(articles)
    by_text = {sentence.text: sentence for sentence in briefing.sentences}
    army = next(s for text, s in by_text.items() if "field kitchen" in text)
    assert set(army.citations) == {"wire", "reprint", "saved"}  # every copy still cited
    assert army.corroboration == 1  # but one story
    index = briefing.sentences.index(army)
    assert briefing.stats.corroboration[index] == 1
    shown = to_markdown(briefing, show_corroboration=True)
    line = next(line for line in shown.split("field kitchen", 1)[1:])
    assert line.split("[4]", 1)[1].lstrip().startswith("_(single source)_")


def test_a_lightly_edited_republication_counts_once_in_the_briefing() -> None:
    local = _paragraphs(*_reworded(STORM[:7]), MAYOR)
    articles = [
        build_article(STORM_TEXT, "wire", title="Storm shuts port of Kelmar"),
        build_article(local, "local", title="Ferries stuck off Kelmar"),
        build_article(SAME_EVENT, "other", title="Ferries stuck in Norwegian storm"),
    ]
    briefing = brief_articles(articles)
    assert [source.copy_of for source in briefing.sources] == [None, "wire", None]
    for sentence in briefing.sentences:
        if set(sentence.citations) <= {"wire", "local"}:
            assert sentence.corroboration == 1, sentence.text


def test_the_original_is_the_same_whatever_order_the_files_come_in() -> None:
    local = (
        "\n\nIn Westbury, the parish hall opened its doors to families from the flooded "
        "streets, and volunteers served soup until midnight."
    )
    republished = build_article(WIRE + local, "reprint")
    for articles in (
        [build_article(WIRE, "wire"), republished],
        [republished, build_article(WIRE, "wire")],
    ):
        # The one the other adds a paragraph to is the original.
        assert find_copies([clean(a) for a in articles]) == {"reprint": "wire"}
    earlier = build_article(WIRE + local, "first", published="2024-03-04")
    later = build_article(WIRE, "second", published="2024-03-05")
    for articles in ([earlier, later], [later, earlier]):
        # Dated, the earlier is the original, whatever the other adds.
        assert find_copies([clean(a) for a in articles]) == {"second": "first"}
