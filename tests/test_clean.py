from summarize.clean import clean, noise_category
from summarize.models import BlockKind
from tests.conftest import build_article


def kinds(text: str, title: str | None = None) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in clean(build_article(text, title=title)).blocks]


BODY = "The council approved the new budget on Tuesday after a long debate."


def test_page_furniture_lines_are_removed_and_counted() -> None:
    text = f"Breaking\nJuly 27, 2024\n0\n291\nShare this article\n\n{BODY}\n\nRead more\n"
    cleaned = clean(build_article(text))
    assert cleaned.text == BODY
    assert cleaned.removed == {"counter": 2, "date": 1, "label": 3}


def test_repeated_title_and_comment_policy() -> None:
    text = (
        f"Budget Passes\n\nBudget Passes\n\n{BODY}\n\n"
        "The comments posted here are not from City News. Kindly refrain from using "
        "derogatory words."
    )
    cleaned = clean(build_article(text, title="Budget Passes"))
    assert cleaned.text == BODY
    assert cleaned.removed == {"comment_policy": 1, "repeated_title": 2}


def test_bot_byline_bio_and_ai_disclaimer() -> None:
    bio = "NewsBot scans breaking news and distills multiple news articles into a summary."
    text = (
        f"NewsBot\nWritten by NewsBot\n\n{bio}\n\n{BODY}\n\nNewsBot\n\nAuthor\n\n{bio}\n\n"
        "Whilst facts are checked, the content is written entirely by AI.\n\nBy NewsBot\n\n"
        "Related Post\n"
    )
    cleaned = clean(build_article(text))
    assert cleaned.text == BODY
    assert "NewsBot" not in cleaned.text
    assert cleaned.removed["byline"] == 4


def test_caption_printed_twice_with_credit_is_dropped_entirely() -> None:
    caption = "A crowd gathers outside the town hall on Monday. (Jo Smith/The Daily Planet)"
    cleaned = clean(
        build_article(f"{BODY}\n{caption}\n{caption}\nVoters cheered the result loudly.")
    )
    assert "crowd gathers" not in cleaned.text
    assert cleaned.removed == {"caption": 2}


def test_trailing_signature_after_separator() -> None:
    text = f"{BODY}\n—-\nWritten by Sam Lee\nSenior Analyst and Editor at example.org"
    cleaned = clean(build_article(text))
    assert cleaned.text == BODY
    assert cleaned.removed == {"byline": 1, "separator": 1, "signature": 1}


def test_dateline_prefix_is_stripped() -> None:
    cleaned = clean(build_article(f"LONDON (Reuters) - {BODY}"))
    assert cleaned.text == BODY
    assert cleaned.removed == {"dateline": 1}


def test_structure_is_kept_as_headings_bullets_and_table_rows() -> None:
    text = (
        f"{BODY}\n\nWhat Happens Next?\n\n"
        "  • Taxes will rise by two percent next year for most households.\n"
        "  • Parks will get new funding.\n\n"
        "Area Amount\nRoads Ten million for repairs.\nSchools Five million for books.\n\n"
        "Officials said the plan would be reviewed in six months."
    )
    result = kinds(text)
    assert (BlockKind.HEADING, "What Happens Next?") in result
    assert (BlockKind.BULLET, "Parks will get new funding.") in result
    assert (BlockKind.TABLE_ROW, "Roads Ten million for repairs.") in result
    assert result[-1] == (
        BlockKind.PARAGRAPH,
        "Officials said the plan would be reviewed in six months.",
    )


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    text = (
        "The council approved the new budget on Tuesday after\n"
        "a long debate that ran late into the night and left\n"
        "several members visibly tired when the vote came\n"
        "\n"
        "Critics said the plan cut too deeply into library\n"
        "hours and would hurt families who rely on them\n"
        "every week of the year, from spring into winter\n"
    )
    blocks = clean(build_article(text)).blocks
    assert len(blocks) == 2
    assert blocks[0].text.startswith("The council approved") and blocks[0].text.endswith("came")


def test_block_offsets_point_into_cleaned_text() -> None:
    cleaned = clean(build_article(f"Breaking\n{BODY}\n\nSecond paragraph is here, with words."))
    for block in cleaned.blocks:
        assert cleaned.text[block.start : block.start + len(block.text)] == block.text


def test_real_sentences_are_not_noise() -> None:
    assert noise_category(BODY) is None
    assert noise_category("By the end of the week, prices had doubled.") is None
    assert noise_category("Written by hand, the note was short.") is None
