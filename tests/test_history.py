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
