"""Property-based tests: for arbitrary text and article sets, brief either succeeds or
raises the tool's own input error, and what it produces keeps the product's promises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summarize
from summarize.clean import clean
from summarize.errors import InputError
from summarize.models import Article
from summarize.render import render

WORDS = [
    "river",
    "flood",
    "Eastwick",
    "Monday",
    "crews",
    "rose",
    "300",
    "mayor",
    "said",
    "the",
    "bridge",
    "closed",
]
sentence = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=18),
    st.sampled_from([".", "!", "?", "", "..."]),
)
prose = st.lists(sentence, min_size=0, max_size=8).map(" ".join)
noise = st.text(max_size=200)
article_text = st.one_of(prose, noise, st.builds(lambda a, b: a + "\n\n" + b, prose, noise))
article_sets = st.lists(article_text, min_size=1, max_size=5)
budgets = st.integers(min_value=1, max_value=120)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def build(texts: list[str]) -> list[Article]:
    return [Article(id=f"a{i}", text=text, path=f"a{i}.txt") for i, text in enumerate(texts)]


@FAST
@given(article_sets, budgets)
def test_brief_keeps_its_promises_on_arbitrary_input(texts: list[str], words: int) -> None:
    articles = build(texts)
    options = summarize.BriefOptions(words=words, engine="extractive")
    try:
        briefing = summarize.brief_articles(articles, options)
    except InputError:
        return
    ids = {source.id for source in briefing.sources}
    cleaned = {article.id: clean(article).text for article in articles}
    assert briefing.word_count <= words
    for brief_sentence in briefing.sentences:
        assert brief_sentence.citations and set(brief_sentence.citations) <= ids
        # Extracted text occurs verbatim in the cleaned text of a cited source.
        assert any(
            brief_sentence.text in " ".join(cleaned[source].split())
            for source in brief_sentence.citations
        )
    again = summarize.brief_articles(articles, options)
    assert render(again, "json") == render(briefing, "json")
    assert render(again, "md") == render(briefing, "md")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_clean_never_fails_and_offsets_hold(text: str) -> None:
    cleaned = clean(Article(id="x", text=text, path="x.txt"))
    for block in cleaned.blocks:
        assert cleaned.text[block.start : block.start + len(block.text)] == block.text
