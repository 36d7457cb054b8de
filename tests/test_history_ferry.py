"""Update briefings over a briefing's JSON: old facts told in other words are read, and a
count that fell is news citing the count it revises (summarize.history)."""

from pathlib import Path

from summarize.pipeline import BriefOptions, brief
from summarize.render import render
from tests.test_history import story, write

DAY_ONE = {
    "a_wire.txt": story(
        "Ferry capsizes off Palawan, at least 14 dead\nPublished: 2026-05-11",
        "At least 14 people died when the passenger ferry MV Santa Lucia capsized in rough "
        "seas off Palawan on Sunday, the Philippine Coast Guard said.",
        "The coast guard rescued 62 passengers from the water and searched through the night "
        "for nine people still missing, spokesman Armando Balilo told reporters.",
        "The vessel, carrying 85 people, had left Coron for Puerto Princesa shortly after "
        "dawn despite a gale warning issued by the state weather agency.",
    ),
    "b_local.txt": story(
        "Fourteen killed as ferry overturns near Coron\nPublished: 2026-05-11",
        "The capsizing of the MV Santa Lucia off Palawan on Sunday killed at least 14 people, "
        "according to the coast guard, which said nine people were still missing.",
        "Relatives gathered at the port in Coron on Sunday evening, waiting for news of "
        "passengers under a steady rain as rescue boats returned from the search area.",
        "The ferry operator, Island Star Lines, said it was cooperating with investigators.",
    ),
}


def day_one_json(tmp_path: Path) -> Path:
    first = brief(write(tmp_path / "day1", DAY_ONE), BriefOptions(engine="extractive"))
    saved = tmp_path / "day1.json"
    saved.write_text(render(first, "json"), encoding="utf-8")
    return saved


RETOLD = "Nine people remain unaccounted for after the ferry capsized, the coast guard said."
FELL = "Six people are still missing, the coast guard said."


def test_a_toll_read_before_told_in_other_words_is_not_news(tmp_path: Path) -> None:
    saved = day_one_json(tmp_path)
    new = write(
        tmp_path / "day2",
        {
            "c_paper.txt": story(
                "Families mourn victims of Santa Lucia sinking\nPublished: 2026-05-12",
                RETOLD,
                "Senator Raffy Tulfo filed a resolution on Tuesday calling for a Senate "
                "inquiry into ferry safety, saying the regulator had ignored repeated "
                "warnings about overloading on the Coron route.",
            )
        },
    )
    markdown = render(brief(new, BriefOptions(engine="extractive", since=(str(saved),))), "md")
    assert "Senator Raffy Tulfo" in markdown
    assert "unaccounted for" not in markdown  # nine missing: read already


def test_a_count_that_fell_cites_the_earlier_count(tmp_path: Path) -> None:
    saved = day_one_json(tmp_path)
    new = write(
        tmp_path / "day2",
        {
            "c_paper.txt": story(
                "Palawan ferry: divers find three survivors\nPublished: 2026-05-12",
                "Navy divers found three passengers alive in an air pocket inside the hull "
                "of the MV Santa Lucia on Tuesday, two days after it capsized off Palawan.",
                FELL,
                "Island Star Lines suspended all of its other routes until its vessels are "
                "re-inspected by the maritime regulator.",
            )
        },
    )
    update = brief(new, BriefOptions(engine="extractive", since=(str(saved),)))
    fell = next(s for s in update.sentences if s.text == FELL)
    assert fell.updates  # nine missing, now six
    assert "## Earlier sources updated" in render(update, "md")
