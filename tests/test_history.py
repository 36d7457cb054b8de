import json
from pathlib import Path

import numpy as np
import pytest

from summarize.errors import InputError
from summarize.history import HistoryIndex, HistoryMatch, history_from_articles, load_history
from summarize.pipeline import BriefOptions, brief, brief_articles
from summarize.render import escape_markdown, render
from summarize.vectors import TfidfModel
from tests.conftest import build_article
from tests.test_history_counts import matches

DAY_ONE = {
    "one.txt": (
        "Flood In Eastwick\n\n"
        "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents "
        "from their homes.\n\n"
        "At least 5 people died in the Eastwick flood, the county coroner said.\n\n"
        "The mayor, Jane Porter, said the water rose faster than in any storm since 1998.\n"
    ),
}

DAY_TWO_REPEATS = {
    "two.txt": (
        "Eastwick Flood\n\n"
        "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents "
        "from their homes.\n\n"
        "The mayor, Jane Porter, said the water rose faster than in any storm since 1998.\n"
    ),
}

DAY_TWO_NEWS = {
    "three.txt": (
        "Eastwick Toll Rises\n\n"
        "At least 9 people died in the Eastwick flood, the county coroner said.\n\n"
        "Engineers closed the Mill Street bridge after finding cracks in two pillars.\n\n"
        "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents "
        "from their homes.\n"
    ),
}


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_an_update_that_only_repeats_the_history_says_nothing_new(tmp_path: Path) -> None:
    earlier = write(tmp_path / "day1", DAY_ONE)
    new = write(tmp_path / "day2", DAY_TWO_REPEATS)
    briefing = brief(new, BriefOptions(since=(str(earlier),)))
    assert briefing.sentences == []
    assert briefing.stats.mode == "update" and briefing.stats.nothing_new is True
    assert sum(w.startswith("nothing new") for w in briefing.warnings) == 1
    record = json.loads(render(briefing, "json"))
    assert record["stats"]["history"]["inputs"][0]["kind"] == "articles"
    assert "_Nothing new" in render(briefing, "md")


def test_an_update_reports_developments_and_cites_the_figure_it_revises(tmp_path: Path) -> None:
    earlier = write(tmp_path / "day1", DAY_ONE)
    new = write(tmp_path / "day2", DAY_TWO_NEWS)
    briefing = brief(new, BriefOptions(since=(str(earlier),)))
    texts = [sentence.text for sentence in briefing.sentences]
    assert not any("forcing 300 residents" in text for text in texts)  # already known
    toll = next(s for s in briefing.sentences if "At least 9 people" in s.text)
    assert toll.citations == ("three",) and toll.updates == ("one",)
    markdown = render(briefing, "md")
    assert "(updates [E1])" in markdown and "## Earlier sources updated" in markdown
    said = f"Update: what 1 new article adds to 1 read earlier (since {earlier})"
    assert markdown.splitlines()[:3] == ["# Eastwick Toll Rises", "", f"_{escape_markdown(said)}_"]
    assert said in render(briefing, "html")
    plain = render(brief(new, BriefOptions()), "md")
    assert "Update:" not in plain
    assert json.loads(render(briefing, "json"))["sentences"][0]["updates"] == ["one"]


@pytest.mark.parametrize(
    "revised",
    [
        "The death toll from the Eastwick flood rose to 9 on Wednesday, the coroner said.",
        "Nine people are now known to have been killed by the flood in Eastwick.",
        "The number of dead in Eastwick climbed to 9 as divers searched the river.",
    ],
)
def test_a_toll_revised_in_other_words_cites_the_earlier_source(
    tmp_path: Path, revised: str
) -> None:
    earlier = write(tmp_path / "day1", DAY_ONE)
    new = write(
        tmp_path / "day2",
        {"three.txt": f"Eastwick Toll Rises\n\n{revised}\n\nThe school reopened as a shelter.\n"},
    )
    briefing = brief(new, BriefOptions(since=(str(earlier),)))
    toll = next(s for s in briefing.sentences if s.text == revised)
    assert toll.citations == ("three",) and toll.updates == ("one",)
    # A new count of something else, or a lower toll (an older count told again), updates
    # nothing.
    for name, text in [
        ("four.txt", "Volunteers in Eastwick served 9 meals to families in the school gym."),
        ("five.txt", "The toll in Eastwick stood at 3 dead on Monday night, the mayor said."),
    ]:
        other = write(tmp_path / name.removesuffix(".txt"), {name: f"Eastwick\n\n{text}\n"})
        update = brief(other, BriefOptions(since=(str(earlier),)))
        assert update.sentences and not any(s.updates for s in update.sentences)


def test_an_earlier_briefing_json_serves_as_history(tmp_path: Path) -> None:
    earlier = write(tmp_path / "day1", DAY_ONE)
    first = brief(earlier, BriefOptions())
    saved = tmp_path / "day1.json"
    saved.write_text(render(first, "json"), encoding="utf-8")
    history = load_history([saved])
    assert history.inputs[0]["kind"] == "briefing"
    assert {s.text for s in history.sentences} == {s.text for s in first.sentences}
    new = write(tmp_path / "day2", DAY_TWO_REPEATS)
    update = brief(new, BriefOptions(since=(str(saved),)))
    shown = {s.text for s in update.sentences}
    assert not shown & {s.text for s in first.sentences}


def test_history_that_cannot_be_read_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="missing"):
        load_history([tmp_path / "missing"])


def test_history_from_articles_keeps_their_sources() -> None:
    history = history_from_articles(
        [build_article("The dam near Eastwick held through the night, officials said.", id="x")]
    )
    assert [s.id for s in history.sources] == ["x"]
    assert history.sentences[0].source_ids == ("x",)


def test_a_focus_with_no_relevant_sentence_falls_back_with_one_warning() -> None:
    articles = [build_article(DAY_ONE["one.txt"], id="one")]
    general = brief_articles(articles, BriefOptions())
    focused = brief_articles(articles, BriefOptions(focus="volcanic ash over Iceland"))
    assert [s.text for s in focused.sentences] == [s.text for s in general.sentences]
    assert sum("no sentence is relevant to the focus" in w for w in focused.warnings) == 1
    assert focused.stats.mode == "focus" and general.stats.mode == "general"


def test_history_index_tells_repeats_revisions_and_news_apart() -> None:
    history = history_from_articles([build_article(DAY_ONE["one.txt"], id="one")])
    new_texts = [
        "At least 9 people died in the Eastwick flood, the county coroner said.",
        "Engineers closed the Mill Street bridge after finding cracks in two pillars.",
        "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents "
        "from their homes.",
    ]
    model, terms = TfidfModel.from_texts(new_texts)
    rows = model.rows(terms)
    index = HistoryIndex(history, model)

    def match(row: int) -> HistoryMatch:
        lo, hi = rows.indptr[row], rows.indptr[row + 1]
        return index.match(new_texts[row], rows.indices[lo:hi], rows.data[lo:hi])

    toll, bridge, rain = match(0), match(1), match(2)
    assert toll.updates == ("one",) and not toll.repeats  # 5 dead became 9
    assert rain.repeats and rain.similarity == pytest.approx(1.0)  # word for word
    assert (bridge.repeats, bridge.updates) == (False, ()) and bridge.similarity < 0.2
    # The history's centroid lies in the new set's columns, unit length.
    assert np.linalg.norm(index.centroid(rows.n_columns)) == pytest.approx(1.0)


def _history_match(history_text: str, new_texts: list[str]) -> list[HistoryMatch]:
    history = history_from_articles([build_article(history_text, id="one")])
    model, terms = TfidfModel.from_texts(new_texts)
    rows = model.rows(terms)
    index = HistoryIndex(history, model)
    return [
        index.match(text, rows.indices[lo:hi], rows.data[lo:hi])
        for text, lo, hi in zip(new_texts, rows.indptr[:-1], rows.indptr[1:], strict=True)
    ]


@pytest.mark.parametrize(
    "retold",
    [
        "Coast guard officials said 54 people had been rescued from the sea near Benteng.",
        "Divers in Benteng rescued 54 people from the sea, coast guard officials said.",
        "The coast guard said 54 people were pulled alive from the sea off Benteng.",
    ],
)
def test_a_fact_of_the_history_told_in_other_words_is_not_news(retold: str) -> None:
    # Grouping merges restatements across sources: "already said" is the same test, not
    # only near-identical wording.
    history = (
        "Ferry Sinks\n\nA total of 54 people were rescued from the sea near Benteng, "
        "the coast guard said.\n\nThe ferry sank in high waves on Tuesday.\n"
    )
    news = "Police detained the owner of the ferry company in Makassar on Wednesday."
    told, new = _history_match(history, [retold, news])
    assert told.repeats and not told.updates
    assert not new.repeats and not new.updates
    # Another count of the rescued is not "already said", and other rescuers doing
    # something else are news.
    other_count, other_event = _history_match(
        history,
        [
            retold.replace("54", "61"),
            "Police in Benteng detained 54 people after riots near the harbour.",
        ],
    )
    assert not other_count.repeats
    assert not other_event.repeats


def test_a_sentence_that_adds_a_figure_to_one_already_read_revises_nothing() -> None:
    history = (
        "Ferry Sinks\n\nThe ship's manifest listed only 62 passengers, officials said on Tuesday.\n"
    )
    (more,) = _history_match(
        history,
        [
            "The ship's manifest listed 62 passengers but about 20 more were on board, officials said."
        ],
    )
    assert not more.repeats and more.updates == ()


def test_a_restatement_with_a_figure_of_another_kind_revises_nothing() -> None:
    history = (
        "Rates\n\nNorland's central bank raised its benchmark interest rate to 4.75 percent "
        "on Thursday, the highest level since 2008.\n"
    )
    (retold,) = _history_match(
        history,
        [
            "Norland's central bank hiked its benchmark interest rate by 25 points to 4.75% on Thursday."
        ],
    )
    assert retold.updates == ()


def test_an_update_dates_a_dateline_without_a_year_by_the_articles_read_before() -> None:
    # The new article's dateline has no year; the only year is in the history's date line.
    earlier = build_article(
        "Published: 2026-08-11\n\nA wildfire near Sisters Ridge burned 12,400 acres and "
        "forced about 3,200 residents to leave their homes, officials said.",
        "day1",
    )
    new = build_article(
        "BEND, Oregon, Aug 12 (Reuters) - The Alder Creek Fire grew to 31,500 acres by "
        "Wednesday, more than doubling overnight, fire officials said. About 1,100 "
        "firefighters from nine states were assigned to the fire on Wednesday.",
        "day2",
    )
    history = history_from_articles([earlier])
    assert [source.published for source in history.sources] == ["2026-08-11"]
    briefing = brief_articles([new], BriefOptions(engine="extractive", history=history))
    assert any("Wednesday [12 Aug 2026]" in s.shown for s in briefing.sentences)


@pytest.mark.parametrize(
    ("earlier", "revised"),
    [
        (
            "The Alder Creek Fire had burned 12,400 acres by Tuesday morning, officials said.",
            "The Alder Creek Fire grew to 31,500 acres by Wednesday, fire officials said.",
        ),
        (
            "The Alder Creek Fire destroyed 38 homes in Whispering Pines, the sheriff said.",
            "The number of homes destroyed by the Alder Creek Fire rose to 112 on Wednesday.",
        ),
    ],
)
def test_a_count_of_one_thing_that_grew_cites_the_earlier_source(
    earlier: str, revised: str
) -> None:
    history = history_from_articles([build_article(earlier, "day1")])
    index = HistoryIndex(history, TfidfModel.from_texts([revised])[0])
    assert index.match(revised, np.array([], dtype=np.int64), np.array([])).updates == ("day1",)
    # A lower figure (an older count told again) or a count about other things: no update.
    for other in [
        revised.replace("31,500", "9,000").replace("112", "20"),
        "The Bear Gulch Fire grew to 40,000 acres and destroyed 300 homes in Nevada.",
    ]:
        assert not index.match(other, np.array([], dtype=np.int64), np.array([])).updates


@pytest.mark.parametrize(
    "converted",
    [
        "The Brenna River rose four metres after 210 mm (8.3 inches) of rain fell overnight.",
        "The Brenna River rose four metres after 210 millimetres (about 8 inches) of rain fell.",
    ],
)
def test_a_figure_given_again_in_other_units_is_not_news(converted: str) -> None:
    history = (
        "Floods\n\nThe Brenna River rose four metres after 210 millimetres of rain fell "
        "overnight, the weather office said.\n"
    )
    (told,) = _history_match(history, [converted])
    assert told.repeats and not told.updates
    # A parenthesis that is no conversion still brings its figure.
    (more,) = _history_match(
        history,
        [
            "The Brenna River rose four metres after 210 millimetres of rain fell overnight "
            "(the most since 1921)."
        ],
    )
    assert not more.repeats


def test_a_higher_toll_revises_one_told_beside_a_count_of_the_injured() -> None:
    # "killed and 37 injured": 37 counts the injured, so 7 dead is higher than the 4 read.
    history = (
        "Blast\n\nFour people were killed and 37 injured when an explosion hit the Halvar "
        "Agrochem plant in Sorvik on Wednesday.\n"
    )
    (rose,) = _history_match(
        history,
        ["Seven people have died after the explosion at Halvar Agrochem's plant in Sorvik."],
    )
    assert rose.updates == ("one",)


# An outbreak told over three days: day two revises day one's figures; the round-up of day
# three only puts together what days one and two said.
def story(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


OUTBREAK_DAY_ONE = {
    "a_wire.txt": story(
        "Cholera outbreak kills three in Tovala's Marenga district",
        "LUBANZI, Tovala, May 12 (Reuters) - A cholera outbreak in Tovala's eastern Marenga "
        "district has killed three people and sickened 47 since last week, the health "
        "ministry said on Tuesday.",
        "Most of the cases were recorded in Lubanzi, a lakeside town of about 60,000 people "
        "where floods last month damaged the main water pipeline.",
        "Health officials suspect a contaminated public well in the Kabiru neighbourhood is "
        "the source. The well was sealed on Monday.",
        "Samples have been sent to the national laboratory in the capital, Orsana, for "
        "confirmation.",
    ),
    "b_local.txt": story(
        "Lubanzi residents queue for water as cholera spreads\nPublished: 2026-05-12",
        "Residents of Lubanzi queued for hours on Tuesday at water trucks sent by the "
        "district council, after the health ministry confirmed 47 suspected cholera cases "
        "and three deaths in the town.",
        "The district council said it had closed two primary schools in Kabiru as a precaution.",
        "Doctors Without Borders (MSF) said it was sending a team of 12 staff and treatment "
        "supplies, expected to arrive on Wednesday.",
    ),
}
OUTBREAK_DAY_TWO = {
    "c_wire.txt": story(
        "Tovala cholera cases more than double, deaths rise to seven",
        "LUBANZI, Tovala, May 13 (Reuters) - Suspected cholera cases in Tovala's Marenga "
        "district more than doubled to 112 and the death toll rose to seven, the health "
        "ministry said on Wednesday.",
        "The national laboratory confirmed Vibrio cholerae in nine of 14 samples sent from "
        "Lubanzi, ministry spokesperson Dr. Amara Nkembe said.",
        "The ministry opened a 60-bed cholera treatment centre at Lubanzi's district "
        "hospital on Wednesday, and MSF staff arrived to run it.",
        "Neighbouring Okavu district reported its first four suspected cases, all among "
        "traders who had travelled to Lubanzi's market.",
    ),
    "d_health.txt": story(
        "Lab confirms cholera in Lubanzi as toll climbs\nPublished: 2026-05-13",
        "Tovala's national laboratory has confirmed that the outbreak in Lubanzi is "
        "cholera, with the number of suspected cases reaching 110 and seven deaths "
        "recorded, officials said today.",
        "The confirmation came a day after the ministry first reported the outbreak.",
        "Health Minister Joseph Abara said the government had asked the World Health "
        "Organization for oral vaccines.",
    ),
}
ROUNDUP = story(
    "Cholera confirmed in Tovala's Marenga district\nPublished: 2026-05-14",
    "Tovala's national laboratory has confirmed cholera in samples from Lubanzi, where "
    "suspected cases have reached 112 and seven people have died, the health ministry said.",
    "The ministry opened a 60-bed cholera treatment centre at Lubanzi's district hospital, "
    "run by MSF staff.",
    "Health officials suspect a contaminated public well in the Kabiru neighbourhood is the "
    "source of the outbreak.",
    "Neighbouring Okavu district has reported four suspected cases among traders who had "
    "travelled to Lubanzi's market.",
)
ROUNDUP_NEWS = (
    "Cholera has killed 11 people and sickened 205 in Tovala's Marenga district, the health "
    "ministry said on Thursday."
)


def outbreak_days(tmp_path: Path) -> tuple[Path, Path]:
    return write(tmp_path / "day1", OUTBREAK_DAY_ONE), write(tmp_path / "day2", OUTBREAK_DAY_TWO)


def test_an_update_briefing_json_brings_the_history_it_was_written_after(tmp_path: Path) -> None:
    day1, day2 = outbreak_days(tmp_path)
    update = brief(day2, BriefOptions(engine="extractive", since=(str(day1),)))
    saved = tmp_path / "update2.json"
    saved.write_text(render(update, "json"), encoding="utf-8")
    # The reader of that update had read day one: the JSON carries it, so it holds after
    # day one's files are gone.
    for file in day1.iterdir():
        file.unlink()
    day1.rmdir()
    history = load_history([saved])
    day_one_sources = ["a_wire", "b_local"]
    assert [s.id for s in history.sources] == [*day_one_sources, "c_wire", "d_health"]
    assert history.warnings == ()
    (described,) = history.inputs
    day_one_sentences = sum(s.source_ids[0] in day_one_sources for s in history.sentences)
    assert described["sentences"] == len(update.sentences)
    assert described["carried"] == day_one_sentences > 0
    assert any("contaminated public well" in s.text for s in history.sentences)
    roundup = write(tmp_path / "day3", {"g_roundup.txt": ROUNDUP})
    again = brief(roundup, BriefOptions(engine="extractive", since=(str(saved),)))
    # What day one told is not news to a reader of the update, its files gone or not.
    assert not any("contaminated public well" in s.text for s in again.sentences)
    assert "to 4 read earlier" in render(again, "md")
    # And the briefing written after it carries all of it on, its own sentences too.
    chained = json.loads(render(again, "json"))["stats"]["history"]["read"]
    assert [source["id"] for source in chained["sources"]] == [s.id for s in history.sources]
    assert len(chained["sentences"]) == len(history.sentences)


def older_update_json(path: Path, inputs: list[dict[str, object]]) -> Path:
    """An update briefing as written before the JSON carried its history: inputs by path."""
    record = {
        "title": "Day two",
        "sentences": [{"text": "Cases in Marenga rose to 112.", "citations": ["c_wire"]}],
        "sources": [{"id": "c_wire", "title": "Day two", "path": "c_wire.txt"}],
        "stats": {"mode": "update", "history": {"inputs": inputs, "sentences": 3}},
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def test_an_older_update_json_is_followed_to_the_history_it_names_each_file_once(
    tmp_path: Path,
) -> None:
    day1, _ = outbreak_days(tmp_path)
    first = older_update_json(tmp_path / "first.json", [{"path": "day1", "kind": "articles"}])
    # Relative to the briefing's folder; a loop back to itself and to the first one.
    second = older_update_json(
        tmp_path / "second.json",
        [
            {"path": "first.json", "kind": "briefing"},
            {"path": str(day1), "kind": "articles"},
            {"path": "second.json", "kind": "briefing"},
        ],
    )
    history = load_history([second, first])
    assert [source.id for source in history.sources] == ["a_wire", "b_local", "c_wire"]
    texts = [s.text for s in history.sentences]
    assert len(texts) == len(set(texts)) and any("contaminated public well" in t for t in texts)
    # Each input given is listed; the first one, named by the second, is read as given.
    assert [item["path"] for item in history.inputs] == [str(second), str(first)]
    assert history.warnings == ()


def test_history_an_older_update_json_names_but_cannot_be_read_is_one_warning(
    tmp_path: Path,
) -> None:
    day1, _ = outbreak_days(tmp_path)
    gone = tmp_path / "moved-away"
    older = older_update_json(
        tmp_path / "older.json",
        [{"path": str(gone), "kind": "articles"}, {"path": str(day1), "kind": "articles"}],
    )
    history = load_history([older])
    assert [s.id for s in history.sources] == ["a_wire", "b_local", "c_wire"]  # the rest is used
    (warning,) = history.warnings
    assert str(gone) in warning and str(older) in warning and "\n" not in warning
    assert history.describe()["warnings"] == [warning]
    with pytest.raises(InputError, match="moved-away"):  # given on its own: an error
        load_history([gone])


def test_a_toll_in_a_briefing_json_is_revised_though_it_names_the_place_otherwise(
    tmp_path: Path,
) -> None:
    # The earlier briefing kept one telling of the toll, naming "Tovala's national
    # laboratory" and Lubanzi; the new one names "Tovala's Marenga district": a possessor
    # is a name of its own.
    told = (
        "Tovala's national laboratory has confirmed that the outbreak in Lubanzi is cholera, "
        "with the number of suspected cases reaching 110 and seven deaths recorded."
    )
    saved = tmp_path / "days-1-2.json"
    record = {
        "title": "Cholera in Tovala",
        "sentences": [{"text": told, "citations": ["d_health"]}],
        "sources": [{"id": "d_health", "title": "Lab confirms cholera", "path": "d_health.txt"}],
    }
    saved.write_text(json.dumps(record), encoding="utf-8")
    new = write(tmp_path / "day3", {"e_wire.txt": f"Toll Reaches 11\n\n{ROUNDUP_NEWS}\n"})
    update = brief(new, BriefOptions(engine="extractive", since=(str(saved),)))
    toll = next(s for s in update.sentences if s.text == ROUNDUP_NEWS)
    assert toll.updates == ("d_health",)
    assert "(updates [E1])" in render(update, "md")


def test_the_sources_a_figure_revises_are_listed_in_the_order_they_were_read() -> None:
    # Read in this order (not that of their ids); both told the highest toll read, seven
    # dead; day one's lower toll ("killed three people") is no figure 11 dead revises.
    history = history_from_articles(
        [
            build_article(OUTBREAK_DAY_TWO["d_health.txt"], id="d_health"),
            build_article(OUTBREAK_DAY_ONE["a_wire.txt"], id="a_wire"),
            build_article(OUTBREAK_DAY_TWO["c_wire.txt"], id="c_wire"),
        ]
    )
    index = HistoryIndex(history, TfidfModel.from_texts([ROUNDUP_NEWS])[0])
    empty = np.array([], dtype=np.int64), np.array([])
    assert index.match(ROUNDUP_NEWS, *empty).updates == ("d_health", "c_wire")


def _outbreak_matches(new_texts: list[str]) -> list[HistoryMatch]:
    history = {
        name.removesuffix(".txt"): text
        for name, text in [*OUTBREAK_DAY_ONE.items(), *OUTBREAK_DAY_TWO.items()]
    }
    return matches(history, new_texts)


@pytest.mark.parametrize(
    "combined",
    [
        # The toll of one sentence, the laboratory's finding of another.
        "Tovala's national laboratory has confirmed cholera in samples from Lubanzi, where "
        "suspected cases have reached 112 and seven people have died, the health ministry said.",
        # The toll of one sentence, the treatment centre of another.
        "Seven people have died of cholera in Lubanzi, where the ministry opened a 60-bed "
        "treatment centre run by MSF staff.",
        # Two sentences of one article joined by "after".
        "Suspected cases in Marenga district more than doubled to 112 after the laboratory "
        "confirmed cholera in nine of 14 samples from Lubanzi.",
    ],
)
def test_a_sentence_that_puts_together_facts_told_in_two_sentences_is_not_news(
    combined: str,
) -> None:
    (match,) = _outbreak_matches([combined])
    assert match.repeats


@pytest.mark.parametrize(
    "development",
    [
        # A higher toll: news, citing the counts it revises.
        "Tovala's national laboratory has confirmed cholera in samples from Lubanzi, where "
        "suspected cases have reached 205 and 11 people have died, the health ministry said.",
        # A new actor and act.
        "The World Health Organization raised the risk of the outbreak in Lubanzi, where seven "
        "people have died, to high.",
        # Another day.
        "The ministry opened a 60-bed cholera treatment centre at Lubanzi's district hospital "
        "on Friday.",
        # A known figure counting something else ("seven deaths" / "seven schools").
        "Seven schools were closed in Lubanzi's Kabiru neighbourhood after the death toll rose "
        "to seven.",
        # A known act at a known place, with a new figure.
        "Health Minister Joseph Abara asked the World Health Organization for 8,000 oral vaccines.",
    ],
)
def test_a_development_told_with_facts_already_read_is_news(development: str) -> None:
    (match,) = _outbreak_matches([development])
    assert not match.repeats


def test_the_higher_toll_among_facts_already_read_cites_what_it_revises() -> None:
    (match,) = _outbreak_matches(
        [
            "Tovala's national laboratory has confirmed cholera in samples from Lubanzi, where "
            "suspected cases have reached 205 and 11 people have died, the health ministry said."
        ]
    )
    assert match.updates and set(match.updates) <= {"a_wire", "c_wire", "d_health"}


def test_a_round_up_of_facts_already_read_says_nothing_new(tmp_path: Path) -> None:
    day1, day2 = outbreak_days(tmp_path)
    roundup = write(tmp_path / "day3", {"g_roundup.txt": ROUNDUP})
    update = brief(roundup, BriefOptions(engine="extractive", since=(str(day1), str(day2))))
    assert update.sentences == [] and update.stats.nothing_new is True


def test_an_update_over_one_new_article_warns_of_an_unread_history_not_of_one_source(
    tmp_path: Path,
) -> None:
    day1, _ = outbreak_days(tmp_path)
    gone = tmp_path / "moved-away"
    older = older_update_json(
        tmp_path / "older.json",
        [{"path": str(gone), "kind": "articles"}, {"path": str(day1), "kind": "articles"}],
    )
    new = write(tmp_path / "day3", {"e_wire.txt": f"Toll Reaches 11\n\n{ROUNDUP_NEWS}\n"})
    update = brief(new, BriefOptions(engine="extractive", since=(str(older),)))
    assert not any("only one article" in warning for warning in update.warnings)
    assert sum(str(gone) in warning for warning in update.warnings) == 1
    alone = brief(new, BriefOptions(engine="extractive"))
    assert any("only one article" in warning for warning in alone.warnings)


def test_an_input_with_the_text_of_an_article_read_before_is_not_new(tmp_path: Path) -> None:
    day1, _ = outbreak_days(tmp_path)
    new = write(tmp_path / "day3", {"e_wire.txt": f"Toll Reaches 11\n\n{ROUNDUP_NEWS}\n"})
    again = tmp_path / "again"
    again.mkdir()
    for old in day1.iterdir():  # yesterday's files, saved again elsewhere and respaced
        (again / old.name).write_text(old.read_text().replace(". ", ".  "), encoding="utf-8")
    (again / "e_wire.txt").write_text((new / "e_wire.txt").read_text(), encoding="utf-8")
    update = brief(again, BriefOptions(engine="extractive", since=(str(day1),)))
    assert [source.id for source in update.sources] == ["e_wire"]
    (warning,) = [w for w in update.warnings if "read before" in w]
    assert warning.startswith(f"{len(list(day1.iterdir()))} input(s) read before")
    plain = brief(again, BriefOptions(engine="extractive"))  # no history: all are new
    assert len(plain.sources) == len(list(again.iterdir()))


# A folder that grows: yesterday's articles stay where they were, today's join them.
GROWN_DAY_ONE = {
    "a_wire.txt": story(
        "Storm floods Varnia and Belmar",
        "Storm Dara flooded towns along the Ilse river on Monday, the interior ministry said.",
        "In Varnia, at least five people died, including two firefighters whose truck was "
        "swept away near the town of Steg.",
        "In Belmar, six people were killed, most of them in the coastal province of Marn.",
        "More than 20,000 households lost power in Varnia.",
    ),
    "b_paper.txt": story(
        "Belmar counts its dead",
        "At least six people have died in Belmar after Storm Dara brought record rainfall to "
        "Marn on Monday.",
        "Prime Minister Lucia Ferro cut short a visit abroad and will fly to Marn on Tuesday.",
    ),
}
GROWN_DAY_TWO = {
    "c_wire.txt": story(
        "Belmar toll rises to 12",
        "Belmar's civil protection agency put its toll at 12, up from six.",
        "Prime Minister Lucia Ferro announced 200 million euros in emergency aid for Marn.",
        "Engineers closed the Korvat bridge after the Ilse reached 7.4 metres.",
    ),
}


def grown_folder(tmp_path: Path) -> tuple[Path, Path]:
    """A folder briefed on day one (its JSON written), then grown by day two's articles."""
    folder = write(tmp_path / "acc", GROWN_DAY_ONE)
    saved = tmp_path / "day1.json"
    # A short briefing: the JSON holds few of the sentences its articles told.
    day_one = brief(folder, BriefOptions(engine="extractive", words=30))
    saved.write_text(render(day_one, "json"))
    write(folder, GROWN_DAY_TWO)
    return folder, saved


def test_a_briefing_json_knows_the_articles_it_was_written_from(tmp_path: Path) -> None:
    folder, saved = grown_folder(tmp_path)
    record = json.loads(saved.read_text())
    assert all(len(source["digest"]) == 64 for source in record["sources"])
    update = brief(folder, BriefOptions(engine="extractive", since=(str(saved),)))
    # Day one's files, at the same paths with the same text, are read: left out, and said.
    assert [source.id for source in update.sources] == ["c_wire"]
    (warning,) = [w for w in update.warnings if "read before" in w]
    assert warning.startswith("2 input(s) read before")
    markdown = render(update, "md")
    assert f"Update: what 1 new article adds to 2 read earlier (since {saved})" in (
        markdown.replace("\\", "")
    )
    # What they told is not told again, and a source is never "updated" by itself.
    assert all(s.citations == ("c_wire",) for s in update.sentences)
    assert not any("20,000 households" in s.text for s in update.sentences)
    toll = next(s for s in update.sentences if "up from six" in s.text)
    assert set(toll.updates) == {"a_wire", "b_paper"}
    # The folder form of the same history gives the same briefing.
    day_one = write(tmp_path / "day1", GROWN_DAY_ONE)
    by_folder = brief(folder, BriefOptions(engine="extractive", since=(str(day_one),)))
    assert [(s.text, s.updates) for s in by_folder.sentences] == [
        (s.text, s.updates) for s in update.sentences
    ]


def test_the_articles_of_an_update_json_and_of_its_history_are_known_as_read(
    tmp_path: Path,
) -> None:
    # The update's own articles (its `sources`) and those its reader had read before (the
    # history it carries) are both read, for the next update.
    day1, day2 = outbreak_days(tmp_path)
    update = brief(day2, BriefOptions(engine="extractive", since=(str(day1),)))
    saved = tmp_path / "update2.json"
    saved.write_text(render(update, "json"), encoding="utf-8")
    carried = json.loads(saved.read_text())["stats"]["history"]["read"]["sources"]
    assert all("digest" in source for source in carried)
    everything = write(tmp_path / "all", {**OUTBREAK_DAY_ONE, **OUTBREAK_DAY_TWO})
    (everything / "g_roundup.txt").write_text(ROUNDUP, encoding="utf-8")
    again = brief(everything, BriefOptions(engine="extractive", since=(str(saved),)))
    assert [source.id for source in again.sources] == ["g_roundup"]
    # A digest that is no text's name (a hand-edited JSON) names nothing.
    record = json.loads(saved.read_text())
    for source in record["sources"]:
        source["digest"] = 7
    saved.write_text(json.dumps(record), encoding="utf-8")
    assert load_history([saved]).digests.keys() == {source["digest"] for source in carried}


@pytest.mark.parametrize("form", ["articles", "briefing"])
def test_inputs_all_read_before_say_nothing_new_and_count_no_new_article(
    tmp_path: Path, form: str
) -> None:
    day1 = write(tmp_path / "day1", GROWN_DAY_ONE)
    since = day1
    if form == "briefing":
        since = tmp_path / "day1.json"
        since.write_text(render(brief(day1, BriefOptions(engine="extractive", words=30)), "json"))
    update = brief(day1, BriefOptions(engine="extractive", since=(str(since),)))
    assert update.sentences == [] and update.stats.nothing_new is True
    said = f"Update: nothing new: the 2 articles given were read earlier (since {since})"
    markdown = render(update, "md")
    assert f"_{escape_markdown(said)}_" in markdown and "new article" not in markdown
    assert said in render(update, "html")
    assert json.loads(render(update, "json"))["stats"]["history"]["read_again"] == [
        str(day1 / name) for name in sorted(GROWN_DAY_ONE)
    ]


@pytest.mark.parametrize(
    ("later", "repeats"),
    [
        # The same toll told again by another official: nothing new.
        ("About 100 people were injured, the state health commissioner said.", True),
        ("About 100 people were injured, according to the health ministry.", True),
        # Another value, another count, another place or cause: news.
        ("About 140 people were injured, the state health commissioner said.", False),
        ("About 100 people were evacuated, the state health commissioner said.", False),
        ("About 100 people were injured in a bus crash in Enugu, police said.", False),
        ("About 100 people were injured when a tanker exploded, officials said.", False),
    ],
)
def test_a_toll_read_before_told_again_by_another_official_is_not_news(
    later: str, repeats: bool
) -> None:
    history = (
        "Market Fire\n\nA fire at Onitsha's main market killed 12 people on Wednesday, the "
        "fire service said.\n\nAbout 100 people were injured, many of them traders who "
        "tried to save their goods, fire chief Martin Agbili said.\n"
    )
    (match,) = _history_match(history, [later])
    assert match.repeats is repeats


def test_a_toll_of_another_cause_is_not_the_toll_read() -> None:
    (match,) = _history_match(
        "Floods\n\nThree people died in the flood.\n", ["Three people died of cholera last month."]
    )
    assert not match.repeats


# Probe 17 D5: an article off the story is judged against the story read before, not
# against the new articles alone: it never becomes the update, nor gives it its title.
MINE = {
    "h1.txt": story(
        "Miners trapped in Donavale colliery collapse\nPublished: 2026-03-10",
        "Rescuers in Donavale worked through the night on Tuesday to reach 14 miners trapped "
        "by a roof collapse at the Brackwater colliery.",
        "The collapse happened about 600 metres underground shortly after the morning shift "
        "began, mine operator Hollin Coal said.",
        "Two miners were pulled out alive with leg injuries and taken to hospital in Carrow.",
        "The company said ventilation to the sealed section was still working.",
    ),
    "h2.txt": story(
        "Fourteen miners remain trapped at Brackwater\nPublished: 2026-03-10",
        "Fourteen miners remain trapped after part of the Brackwater colliery in Donavale "
        "caved in on Tuesday morning, Hollin Coal said.",
        "Rescue teams were drilling a narrow shaft to pass food and water to the men.",
        "Regional governor Ilse Marten visited the site and met relatives waiting at the gates.",
        "The mine was fined last year for failing to reinforce tunnel supports.",
    ),
    "h3.txt": story(
        "Families wait as rescuers dig towards trapped miners\nPublished: 2026-03-10",
        "Families gathered outside the Brackwater colliery in Donavale as rescuers tried to "
        "reach 14 trapped miners.",
        "Hollin Coal said a roof collapse had cut off a section of the mine 600 metres below "
        "ground.",
        "Two injured miners were rescued in the first hours and are being treated in Carrow.",
        "Governor Ilse Marten said no effort would be spared.",
    ),
}
CONDUCTOR = story(
    "Kellin orchestra names new conductor\nPublished: 2026-03-12",
    "The Kellin Symphony Orchestra announced on Wednesday that conductor Pavel Ruzic will "
    "lead its autumn season.",
    "Ruzic, 52, previously worked with ensembles in Vienna and Prague.",
    "Tickets for the opening concert, a programme of Dvorak and Janacek, go on sale next month.",
    "The orchestra said its audiences grew by a fifth last season.",
)
# A development told in words the history never used, about the story's names.
RESIGNED = story(
    "Hollin Coal chief quits over Brackwater\nPublished: 2026-03-13",
    "Hollin Coal's chief executive Tomas Brey resigned on Friday, saying he took "
    "responsibility for safety failures at Brackwater.",
    "Prosecutors in Carrow opened an inquiry into the company's inspection records.",
    "Shares in the firm fell 18 percent in early trading.",
    "The board named its finance director, Ruth Okafor, as interim head while it searches "
    "for a successor.",
)


def mine_history(tmp_path: Path, form: str) -> tuple[Path, str]:
    """The story read before, as its folder or as the JSON of its briefing, and its title."""
    folder = write(tmp_path / "day1", MINE)
    if form == "articles":
        return folder, "Miners trapped in Donavale colliery collapse"
    saved = tmp_path / "day1.json"
    first = brief(folder, BriefOptions(engine="extractive"))
    saved.write_text(render(first, "json"), encoding="utf-8")
    return saved, first.title


def flags(briefing: object, source_id: str) -> tuple[str, ...]:
    return next(s.flags for s in briefing.sources if s.id == source_id)  # type: ignore[attr-defined]


@pytest.mark.parametrize("form", ["articles", "briefing"])
def test_an_article_off_the_story_alone_is_no_update(tmp_path: Path, form: str) -> None:
    since, title = mine_history(tmp_path, form)
    new = write(tmp_path / "day3", {"o1.txt": CONDUCTOR})
    update = brief(new, BriefOptions(engine="extractive", since=(str(since),)))
    assert update.sentences == [] and update.stats.nothing_new is True
    assert "off_story" in flags(update, "o1")
    (warning,) = [w for w in update.warnings if "off the story" in w and "o1.txt" in w]
    assert warning.startswith(f"{new / 'o1.txt'}: off the story: it shares almost nothing")
    (nothing,) = [w for w in update.warnings if w.startswith("nothing new")]
    assert nothing.endswith("or are off the story")
    # Titled after the story read, not the article off it.
    assert update.title == title
    assert render(update, "md").startswith(f"# {escape_markdown(title)}\n")
    # Without the history, the one article is the briefing, as before.
    assert (
        brief(new, BriefOptions(engine="extractive")).title
        == "Kellin orchestra names new conductor"
    )


@pytest.mark.parametrize("form", ["articles", "briefing"])
def test_beside_a_development_an_article_off_the_story_steers_nothing(
    tmp_path: Path, form: str
) -> None:
    since, _ = mine_history(tmp_path, form)
    new = write(tmp_path / "day3", {"n1.txt": RESIGNED, "o1.txt": CONDUCTOR})
    update = brief(new, BriefOptions(engine="extractive", since=(str(since),)))
    assert update.title == "Hollin Coal chief quits over Brackwater"
    assert update.sentences and all(s.citations == ("n1",) for s in update.sentences)
    assert "off_story" in flags(update, "o1") and "off_story" not in flags(update, "n1")
    assert update.stats.nothing_new is False


@pytest.mark.parametrize("form", ["articles", "briefing"])
def test_a_development_in_other_words_about_the_story_is_on_it(tmp_path: Path, form: str) -> None:
    # It shares few words with what was read, but names the story's company, mine and town.
    since, _ = mine_history(tmp_path, form)
    new = write(tmp_path / "day3", {"n1.txt": RESIGNED})
    update = brief(new, BriefOptions(engine="extractive", since=(str(since),)))
    assert "off_story" not in flags(update, "n1")
    assert not any("off the story" in w for w in update.warnings)
    assert any("Tomas Brey resigned" in s.text for s in update.sentences)


@pytest.mark.parametrize(
    ("form", "other"),
    [
        # One name alone is in many stories: a concert in the mine's town is not the mine's.
        (
            "articles",
            CONDUCTOR.replace("Kellin Symphony Orchestra", "Donavale Symphony Orchestra"),
        ),
        # Nor is a rescue there: the first word of a sentence read ("Rescuers in Donavale
        # worked through the night") is no name of the story.
        (
            "briefing",
            story(
                "Dog saved from frozen lake\nPublished: 2026-03-12",
                "Rescuers in Donavale freed a dog that had been stranded on the frozen Mere "
                "lake for two days.",
                "The spaniel, called Biscuit, was wrapped in blankets and reunited with its owner.",
                "Police warned walkers to keep off the ice until the thaw.",
            ),
        ),
    ],
)
def test_an_article_naming_one_name_of_the_story_is_still_off_it(
    tmp_path: Path, form: str, other: str
) -> None:
    since, _ = mine_history(tmp_path, form)
    new = write(tmp_path / "day3", {"o1.txt": other})
    update = brief(new, BriefOptions(engine="extractive", since=(str(since),)))
    assert "off_story" in flags(update, "o1") and update.sentences == []


def test_a_line_on_the_story_in_an_article_off_it_is_told(tmp_path: Path) -> None:
    since, _ = mine_history(tmp_path, "briefing")
    roundup = story(
        "Regional news in brief\nPublished: 2026-03-13",
        "The Kellin Symphony Orchestra announced that conductor Pavel Ruzic will lead its "
        "autumn season.",
        "A new cycle lane opened along the Kellin embankment on Thursday.",
        "Hollin Coal said it would close the Brackwater colliery for good, ending mining in "
        "Donavale after 140 years.",
        "Tickets for the Kellin opening concert go on sale next month.",
    )
    new = write(tmp_path / "day3", {"r1.txt": roundup})
    update = brief(new, BriefOptions(engine="extractive", since=(str(since),)))
    assert "off_story" in flags(update, "r1")
    assert [s.text for s in update.sentences] == [
        "Hollin Coal said it would close the Brackwater colliery for good, ending mining in "
        "Donavale after 140 years."
    ]


# Probe 17 D10 and D11, end to end with either form of the history.
VOLCANO_DAY_ONE = story(
    "Volcano erupts on Sumbar, killing five\nPublished: 2026-09-15",
    "Mount Kelara on the island of Sumbar erupted on Monday night, killing five people and "
    "forcing more than 6,000 residents to flee, the disaster agency said on Tuesday.",
    "Authorities raised the alert to the highest level and widened the exclusion zone.",
    "Kelara last erupted in November 2024, when nine people were killed.",
)
VOLCANO_DAY_TWO = story(
    "Kelara eruption death toll rises to nine\nPublished: 2026-09-16",
    "The death toll from the eruption of Mount Kelara on Sumbar has risen to nine, the "
    "disaster agency said on Wednesday, after rescuers pulled four more bodies from the ash.",
    "The airport on Sumbar remained closed for a second day.",
)


@pytest.mark.parametrize("form", ["articles", "briefing"])
def test_a_rising_toll_updates_the_story_not_a_past_eruptions_toll(
    tmp_path: Path, form: str
) -> None:
    since: Path = write(tmp_path / "day1", {"v1.txt": VOLCANO_DAY_ONE})
    if form == "briefing":
        saved = tmp_path / "day1.json"
        saved.write_text(render(brief(since, BriefOptions(engine="extractive")), "json"))
        since = saved
    new = write(tmp_path / "day2", {"v5.txt": VOLCANO_DAY_TWO})
    update = brief(new, BriefOptions(engine="extractive", since=(str(since),)))
    toll = next(s for s in update.sentences if "risen to nine" in s.text)
    assert toll.updates == ("v1",)


TRAIN_DAY_ONE = {
    "t1.txt": story(
        "Passenger train derails near Lodi\nPublished: 2026-07-07",
        "Four people were killed and 52 were injured when a commuter train bound for Milan "
        "derailed near Lodi on Tuesday morning, fire officials said.",
        "The train, carrying about 250 commuters to Milan, left the tracks at about 6:40 a.m. "
        "as it crossed a set of points being replaced by maintenance workers.",
        "Prosecutors in Lodi opened an investigation for manslaughter.",
    ),
}
TRAIN_AGAIN = story(
    "Train derailment near Lodi leaves four dead\nPublished: 2026-07-07",
    "Four people died and 52 were hurt when a regional train heading to Milan came off the "
    "rails near Lodi early on Tuesday, firefighters said.",
    "About 250 commuters were on board when the train derailed at around 6:40 a.m. on points "
    "that maintenance crews were replacing.",
)


def test_figures_equal_to_the_historys_update_nothing_from_a_briefing_json(
    tmp_path: Path,
) -> None:
    day1 = write(tmp_path / "day1", TRAIN_DAY_ONE)
    # A short briefing: its JSON holds the toll, not the 250 commuters nor the 6:40.
    saved = tmp_path / "day1.json"
    first = brief(day1, BriefOptions(engine="extractive", words=25))
    assert not any("250" in s.text for s in first.sentences)
    saved.write_text(render(first, "json"), encoding="utf-8")
    new = write(tmp_path / "day2", {"t9.txt": TRAIN_AGAIN})
    update = brief(new, BriefOptions(engine="extractive", since=(str(saved),)))
    # The commuters are news to its reader, but no figure read changed.
    assert not any(s.updates for s in update.sentences)
    assert "(updates" not in render(update, "md")
    by_folder = brief(new, BriefOptions(engine="extractive", since=(str(day1),)))
    assert by_folder.sentences == [] and by_folder.stats.nothing_new is True


DERAILMENT_READ = {
    "wire.txt": (
        "Train derails near Orrin, three dead\n\n"
        "ORRIN, November 3 (Meridian Wire) -- An intercity train carrying about 320 passengers "
        "derailed on a curve near Orrin on Sunday evening, killing three people and injuring "
        "47, the operator Kessrail said. Four carriages left the tracks and two overturned onto "
        "an embankment. The train was travelling from the capital, Hadmar, to the port of Lisk. "
        "Rescue workers used cutting equipment to free passengers trapped in the overturned "
        "carriages. The line between Hadmar and Lisk will stay closed for at least a week.\n"
    ),
    "daily.txt": (
        "Minister promises inquiry into Orrin crash\n\n"
        "Transport Minister Elin Roos visited the crash site on Monday and promised a full and "
        "transparent inquiry. The rail safety agency sent a team of investigators to examine "
        "the track and the train's data recorder. Kessrail said the driver, who has 15 years "
        "of experience, was unhurt and was cooperating with investigators. The curve near "
        "Orrin has a speed limit of 80 kilometres per hour.\n"
    ),
}


def test_facts_read_before_told_in_other_words_are_not_told_again(tmp_path: Path) -> None:
    earlier = write(tmp_path / "read", DERAILMENT_READ)
    new = write(
        tmp_path / "new",
        {
            "report.txt": (
                "Orrin train was going at 152 km/h, report finds\n\n"
                "Published: 2024-11-07\n\n"
                "The train that derailed near Orrin on Sunday was travelling at 152 kilometres "
                "per hour as it entered the curve, the rail safety agency said in a preliminary "
                "report. The limit on that stretch is 80 kilometres per hour. Three people died "
                "and 47 were hurt when four carriages came off the rails between Hadmar and "
                "Lisk. The agency found no fault with the track or the signals. The line "
                "between Hadmar and Lisk remains closed. The intercity service from Hadmar to "
                "Lisk had been carrying about 320 passengers.\n"
            )
        },
    )
    told = " ".join(
        s.text for s in brief(new, BriefOptions(since=(str(earlier),), words=120)).sentences
    )
    # What the report adds: the speed, and the track cleared.
    assert "152 kilometres per hour" in told and "no fault with the track" in told
    # What the reader had, in the report's words: the toll, the closed line, the passengers.
    assert "Three people died" not in told
    assert "remains closed" not in told
    assert "320 passengers" not in told


FERRY_READ = {
    "coastguard": (
        "Ferry aground off Holm Island\n\n"
        "The ferry Sea Lark ran aground on a sandbank off Holm Island on Tuesday with 180 "
        "passengers on board. Lifeboats took every passenger ashore within four hours, the "
        "coastguard said. A tug will try to refloat the ferry at high tide, coastguard "
        "commander Ruth Olsen said. The operator will charter a smaller boat to carry "
        "supplies. The maritime office could fine the operator for sailing in fog."
    )
}


@pytest.mark.parametrize(
    "development",
    [
        # Tried, then done or not done.
        "The tug has refloated the ferry, Olsen said.",
        "The tug failed to refloat the ferry, Olsen said.",
        # A plan dropped; a fine that could come, come.
        "The operator will not charter a smaller boat, Olsen said.",
        "The maritime office fined the operator for sailing in fog.",
    ],
)
def test_what_became_of_an_act_read_as_tried_or_to_come_is_news(development: str) -> None:
    (match,) = matches(FERRY_READ, [development])
    assert not match.repeats


def test_an_act_read_as_tried_told_as_tried_again_is_no_news() -> None:
    (match,) = matches(
        FERRY_READ, ["Olsen said a tug would attempt to refloat the ferry at high tide."]
    )
    assert match.repeats


@pytest.mark.parametrize(
    "retold",
    [
        "Walkers and cyclists cannot use the Dunmore footbridge either.",
        "Walkers and cyclists are not allowed to cross the Dunmore footbridge.",
    ],
)
def test_a_ban_told_as_what_people_cannot_do_is_not_news(retold: str) -> None:
    history = (
        "Dunmore Footbridge Shut\n\nThe Dunmore footbridge was shut on Monday after a crack "
        "was found in its deck.\n\nWalkers and cyclists are also barred from the footbridge.\n"
    )
    # What they may not do instead is news.
    news = "Walkers and cyclists cannot use the ferry until Friday, the council said."
    told, new = _history_match(history, [retold, news])
    assert told.repeats
    assert not new.repeats


PLAN_READ = {
    "recall": (
        "Brannock recalls heaters\n\n"
        "Appliance maker Brannock is recalling 240,000 Calora space heaters that can catch "
        "fire. Brannock said it had traced the fault to a thermostat and planned to resume "
        "sales of a corrected model on February 1."
    )
}


@pytest.mark.parametrize(
    "given_up",
    [
        "Brannock also dropped its plan to resume sales of a corrected model on February 1.",
        "Brannock has scrapped plans to resume sales of a corrected model on February 1.",
    ],
)
def test_a_plan_read_then_given_up_is_news(given_up: str) -> None:
    (match,) = matches(PLAN_READ, [given_up])
    assert not match.repeats
    # The plan told again is not.
    (again,) = matches(
        PLAN_READ, ["Brannock planned to resume sales of a corrected model on February 1."]
    )
    assert again.repeats


@pytest.mark.parametrize(
    ("text", "cosine", "told"),
    [
        # Nothing of its own (no name, figure or day unread), close in meaning: told.
        ("Packaging for medical products is not covered.", 0.75, True),
        # As close, but a place of its own, or a figure of its own: news.
        ("Packaging for medical products in Ostvik is not covered.", 0.75, False),
        ("Packaging for medical products is not covered until 2030.", 0.75, False),
        # A cosine at which grouping merges restatements: told, a name of its own or not.
        ("Packaging for medical products in Ostvik is not covered.", 0.85, True),
        # Not close enough in meaning.
        ("Packaging for medical products is not covered.", 0.5, False),
    ],
)
def test_with_embeddings_a_fact_read_in_other_words_is_not_news(
    monkeypatch: pytest.MonkeyPatch, text: str, cosine: float, told: bool
) -> None:
    from summarize import semantic

    read = "Plastics ban\n\nMedical packaging is exempt from the ban.\n\nThe bill passed by 212 votes.\n"
    history = history_from_articles([build_article(read, id="one")])
    # The history's two sentences lie on two axes; the new one at `cosine` to the first.
    monkeypatch.setattr(semantic, "embed", lambda texts: np.eye(3)[: len(texts)])
    embedding = np.array([cosine, 0.0, np.sqrt(1 - cosine**2)])
    model, terms = TfidfModel.from_texts([text])
    rows = model.rows(terms)
    index = HistoryIndex(history, model)
    match = index.match(text, rows.indices, rows.data, embedding)
    assert match.repeats is told
    # Without embeddings the words alone do not tell it.
    assert not HistoryIndex(history, model).match(text, rows.indices, rows.data).repeats


@pytest.mark.parametrize(
    "text",
    [
        "Varga beat Desai in the final in Brenn.",  # the roles reversed
        "Desai beat Varga in the final in Brenn by 3 games to 1.",  # a score of its own
    ],
)
def test_with_embeddings_close_meaning_keeps_the_guards_of_grouping(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    from summarize import semantic

    read = "Chess final\n\nDesai beat Varga in the final in Brenn.\n"
    history = history_from_articles([build_article(read, id="one")])
    monkeypatch.setattr(semantic, "embed", lambda texts: np.eye(2)[: len(texts)])
    model, terms = TfidfModel.from_texts([text])
    rows = model.rows(terms)
    match = HistoryIndex(history, model).match(
        text, rows.indices, rows.data, np.array([0.9, np.sqrt(1 - 0.81)])
    )
    assert not match.repeats


@pytest.mark.parametrize(
    ("read", "retold"),
    [
        (
            "On Tuesday the Financial Conduct Office opened an investigation into Crestmark "
            "Bank, which it could fine.",
            "The Financial Conduct Office is investigating Crestmark Bank and may fine it.",
        ),
        (
            "Customers of Crestmark Bank held a protest on Tuesday over the stolen data.",
            "Customers of Crestmark Bank held a protest march over the stolen data.",
        ),
    ],
)
def test_a_modal_may_is_no_new_day(read: str, retold: str) -> None:
    (match,) = matches({"one": f"Bank breach\n\n{read}\n"}, [retold])
    assert match.repeats
