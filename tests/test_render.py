import json

from summarize.models import Briefing, BriefingStats, BriefSentence, SourceInfo, Support
from summarize.render import escape_markdown, to_json, to_markdown


def build_briefing(text: str = "Water rose fast.") -> Briefing:
    return Briefing(
        title="Flood <b>news</b>",
        engine="extractive",
        sentences=[
            BriefSentence(text, ("a", "b"), (Support("a", 0, 0, 16), Support("b", 2, 40, 56))),
            BriefSentence("Crews used boats.", ("b",), (Support("b", 3, 57, 74),)),
        ],
        sources=[
            SourceInfo("a", "Alpha report", "in/a.txt", source="Daily", published="2024-01-02"),
            SourceInfo("b", "Beta report", "in/b.txt", url="https://news.test/b"),
        ],
        stats=BriefingStats(articles=2),
    )


def test_markdown_cites_every_sentence_and_lists_sources() -> None:
    md = to_markdown(build_briefing())
    assert md.startswith("# Flood &lt;b&gt;news&lt;/b&gt;\n")
    assert "Water rose fast. [1][2] Crews used boats. [2]" in md
    assert "1. **Alpha report** — Daily, 2024-01-02 `in/a.txt`" in md
    assert "2. **Beta report** <https://news.test/b>" in md


def test_input_markup_is_never_live_in_markdown() -> None:
    md = to_markdown(build_briefing("See <script>alert(1)</script> and [x](javascript:evil)."))
    assert "<script>" not in md
    assert "[x](javascript" not in md
    assert "\\[x\\](javascript" in md
    assert escape_markdown("# not a heading") == "\\# not a heading"


def test_json_has_citations_that_are_source_ids() -> None:
    data = json.loads(to_json(build_briefing()))
    ids = {source["id"] for source in data["sources"]}
    assert data["engine"] == "extractive"
    for sentence in data["sentences"]:
        assert set(sentence["citations"]) <= ids
        assert {"source", "sentence_index", "start", "end"} <= set(sentence["support"][0])
    assert "url" not in data["sources"][0]
