import datetime as dt

from summarize.dedup import deduplicate
from summarize.disagree import read_sentences
from summarize.models import TimelineEntry
from summarize.pipeline import BriefOptions, brief_articles
from summarize.render import to_dict, to_markdown
from summarize.timeline import build_timeline
from tests.conftest import build_article, build_sentence


def timeline(texts: list[tuple[str, str]], dates: dict[str, dt.date | None]) -> list[TimelineEntry]:
    sentences = [build_sentence(text, article, i) for i, (article, text) in enumerate(texts)]
    order = {article: i for i, article in enumerate(dict.fromkeys(a for a, _ in texts))}
    readings = read_sentences(sentences, dates)
    return build_timeline(readings, deduplicate(sentences), dates, order)


def test_events_are_ordered_by_date_with_their_sources() -> None:
    entries = timeline(
        [
            ("a", "Pakistan struck back at militant camps in Iran on January 18."),
            ("a", "Analysts expect more tension in the region."),  # undated: left out
            ("b", "Iran launched missile strikes into Pakistan on January 16."),
            ("b", "A bombing in Kerman killed dozens of people on January 3."),
        ],
        {"a": dt.date(2024, 1, 20), "b": dt.date(2024, 1, 19)},
    )
    assert [(e.date, e.sources) for e in entries] == [
        ("2024-01-03", ("b",)),
        ("2024-01-16", ("b",)),
        ("2024-01-18", ("a",)),
    ]


def test_relative_days_are_anchored_to_the_article_date() -> None:
    (entry,) = timeline(
        [("a", "Police arrested two suspects in the capital on Tuesday.")],
        {"a": dt.date(2024, 1, 19)},
    )
    assert entry.date == "2024-01-16"
    assert entry.text == "Police arrested two suspects in the capital on Tuesday [16 Jan 2024]."


def test_relative_days_without_an_article_date_are_left_out() -> None:
    assert not timeline([("a", "Police arrested two suspects on Tuesday.")], {"a": None})


def test_one_event_told_by_two_sources_is_one_entry_citing_both() -> None:
    (entry,) = timeline(
        [
            ("a", "Iran launched missile strikes on militant bases in Pakistan on January 16."),
            ("b", "On January 16 Iran fired missiles at militant bases inside Pakistan."),
        ],
        {"a": dt.date(2024, 1, 17), "b": dt.date(2024, 1, 17)},
    )
    assert entry.sources == ("a", "b")


def test_timeline_option_adds_the_section() -> None:
    articles = [
        build_article(
            "Iran launched missile strikes into Pakistan on January 16.",
            "a",
            published="2024-01-17",
        ),
        build_article("Pakistan struck back at militant camps in Iran on January 18.", "b"),
    ]
    plain = brief_articles(articles, BriefOptions(engine="extractive"))
    assert plain.timeline == [] and "## Timeline" not in to_markdown(plain)
    with_timeline = brief_articles(articles, BriefOptions(engine="extractive", timeline=True))
    timeline_json = to_dict(with_timeline)["timeline"]
    assert timeline_json == [
        {"date": "2024-01-16", "text": articles[0].text, "sources": ["a"]},
        {"date": "2024-01-18", "text": articles[1].text, "sources": ["b"]},
    ]
    assert "## Timeline" in to_markdown(with_timeline)
