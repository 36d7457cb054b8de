import pytest

from summarize.dedup import deduplicate
from summarize.extractive import Budget, ExtractiveConfig, eligible, score_groups, select
from summarize.models import BlockKind
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
