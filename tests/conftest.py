"""Builders for small, readable test inputs (never copies of the seeds or eval data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarize.models import Article, BlockKind, Sentence

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def build_article(text: str, id: str = "a", title: str | None = None, **fields: str) -> Article:
    return Article(id=id, text=text, path=f"{id}.txt", title=title, **fields)


def build_sentence(
    text: str,
    article_id: str = "a",
    index: int = 0,
    kind: BlockKind = BlockKind.PARAGRAPH,
) -> Sentence:
    return Sentence(
        article_id=article_id,
        index=index,
        paragraph=0,
        text=text,
        start=0,
        end=len(text),
        kind=kind,
    )


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# Three short reports of one invented event, written for these tests.
STORY = {
    "alpha.txt": (
        "Flood Hits River Town\n\n"
        "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents "
        "from their homes.\n\n"
        "The mayor, Jane Porter, said the water rose faster than in any storm since 1998.\n\n"
        "Emergency crews used boats to reach families trapped on upper floors.\n\n"
        "Schools will stay closed until Thursday while engineers inspect the bridges.\n"
    ),
    "beta.txt": (
        "Eastwick Residents Flee Rising Water\n\n"
        "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents "
        "from their homes.\n\n"
        "Volunteers opened the high school gym as a shelter with cots and hot meals.\n\n"
        "Forecasters expect the river to crest on Tuesday evening before slowly falling.\n\n"
        "Share this article\n"
    ),
    "gamma.txt": (
        "Storm Floods Eastwick\n\n"
        "Torrential rain flooded the river town of Eastwick on Monday and forced 300 residents "
        "out of their homes.\n\n"
        "State officials promised emergency funds to repair roads and the damaged water plant.\n\n"
        "Insurance adjusters are expected to arrive in the town later this week.\n\n"
        "The comments posted here are not from Eastwick News. Kindly refrain from using "
        "derogatory words in your comments.\n"
    ),
}


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "flood", STORY)
