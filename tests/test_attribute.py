from summarize.clean import clean
from summarize.pipeline import brief_articles
from tests.conftest import build_article

STORIES = {
    "courier": (
        "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents to "
        "leave their homes. The mayor asked the province for money to repair the pumping station."
    ),
    "herald": (
        "Schools across the county will stay closed until the water recedes, officials said. "
        "Floodwaters forced 300 Eastwick residents from their homes after heavy rain."
    ),
    "gazette": (
        "Farmers upstream said the old dikes had held so far but the soaked soil worried them. "
        "In Eastwick, some residents had to leave their homes when heavy rain flooded the town."
    ),
}


def test_restatements_in_three_articles_become_one_sentence_citing_all_three() -> None:
    # Dated articles: "on Monday" can be anchored, so the fullest telling is shown.
    articles = [build_article(text, name, published="2024-01-17") for name, text in STORIES.items()]
    briefing = brief_articles(articles)
    told = [s for s in briefing.sentences if "leave their homes" in s.text or "homes" in s.text]
    assert len(told) == 1
    assert set(told[0].citations) == {"courier", "herald", "gazette"}
    assert "Monday" in told[0].text and "300" in told[0].text  # the most informative telling
    texts = {article.id: clean(article).text for article in articles}
    for support in told[0].support:
        span = texts[support.source][support.start : support.end]
        assert "homes" in span  # each cited source holds the sentence the JSON points at
