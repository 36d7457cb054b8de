import dataclasses
import json
from pathlib import Path

from summarize.history import load_history
from summarize.models import Briefing, BriefingStats, BriefSentence, SourceInfo, Support
from summarize.pipeline import BriefOptions, brief, brief_articles
from summarize.render import escape_markdown, to_json, to_markdown
from tests.conftest import STORY, build_article


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


# The JSON `stats` keys of a briefing of files, in order (summarize.models.BriefingStats).
STATS_KEYS = [
    "articles",
    "sentences",
    "candidate_sentences",
    "groups",
    "duplicates_merged",
    "multi_source_groups",
    "copies",
    "semantic",
    "selected",
    "words",
    "corroboration",
    "boilerplate_removed",
    "boilerplate_removed_total",
    "languages",
    "stubs",
    "mode",
]


def test_json_stats_of_a_small_briefing_have_exactly_the_documented_keys(
    story_dir: Path, tmp_path: Path
) -> None:
    options = BriefOptions(engine="extractive", words=60)
    briefing = brief(story_dir, options)
    stats = json.loads(to_json(briefing))["stats"]
    assert list(stats) == [*STATS_KEYS, "skipped_inputs"]
    assert stats == briefing.stats.to_dict()
    assert stats["articles"] == 3 and stats["skipped_inputs"] == []
    assert stats["corroboration"] == [len(s.citations) for s in briefing.sentences]
    documented = {item.name for item in dataclasses.fields(BriefingStats)}
    assert set(stats) <= documented

    earlier = tmp_path / "earlier.json"
    earlier.write_text(to_json(briefing), encoding="utf-8")
    update = brief(story_dir, dataclasses.replace(options, since=(str(earlier),)))
    stats = json.loads(to_json(update))["stats"]
    update_keys = ["history", "nothing_new", "updated_sources", "skipped_inputs"]
    assert list(stats) == [*STATS_KEYS, *update_keys]
    assert stats["mode"] == "update" and stats["nothing_new"] is (not update.sentences)
    assert stats["history"]["inputs"] == [
        {"path": str(earlier), "kind": "briefing", "sentences": len(briefing.sentences)}
    ]
    focused = brief_articles([build_article(STORY["alpha.txt"])], BriefOptions(focus="schools"))
    stats = json.loads(to_json(focused))["stats"]
    assert list(stats) == [*STATS_KEYS, "focus"]  # given in memory: no skipped_inputs


def test_an_older_briefing_json_is_still_read_back_as_history(
    story_dir: Path, tmp_path: Path
) -> None:
    older = json.loads(to_json(build_briefing()))
    older["stats"] = {"articles": 2, "sentences": 9, "duplicates_merged": 1}  # before modes
    path = tmp_path / "older.json"
    path.write_text(json.dumps(older, indent=2), encoding="utf-8")
    history = load_history([path])
    assert [s.text for s in history.sentences] == ["Water rose fast.", "Crews used boats."]
    assert [s.id for s in history.sources] == ["a", "b"]


def test_the_sources_show_the_date_an_article_is_dated_by_and_where_it_came_from() -> None:
    alpha, beta, gamma = (STORY[name].split("\n\n", 1) for name in STORY)
    articles = [
        # A date line of its own; a wire dateline's day with the year of the others; the
        # date of its metadata, shown as given.
        build_article(f"March 3, 2025\n\n{alpha[1]}", id="a", title=alpha[0]),
        build_article(f"EASTWICK, March 4 (Reuters) - {beta[1]}", id="b", title=beta[0]),
        build_article(gamma[1], id="c", title=gamma[0], published="2025-03-04 10:00"),
        build_article(alpha[1], id="d", title=alpha[0]),  # an undated copy of "a"
    ]
    briefing = brief_articles(articles, BriefOptions(engine="extractive", semantic="off"))
    sources = {source["id"]: source for source in json.loads(to_json(briefing))["sources"]}
    assert (sources["a"]["published"], sources["a"]["published_from"]) == (
        "2025-03-03",
        "date_line",
    )
    assert (sources["b"]["published"], sources["b"]["published_from"]) == ("2025-03-04", "set")
    assert sources["c"]["published"] == "2025-03-04 10:00" and "published_from" not in sources["c"]
    assert (sources["d"]["published"], sources["d"]["published_from"]) == ("2025-03-03", "copy")
    md = to_markdown(briefing)
    assert "— 2025-03-03 `a.txt`" in md
    assert "— 2025-03-04 (year from the other sources) `b.txt`" in md
    assert "— 2025-03-03 (date of the article it copies) `d.txt`" in md


def test_markdown_names_the_inputs_that_were_not_read_and_why() -> None:
    skipped = ("in/bad.json: malformed JSON", "in/blob_1.txt: binary file, not text")
    briefing = build_briefing()
    briefing.stats = dataclasses.replace(briefing.stats, skipped_inputs=skipped)
    md = to_markdown(briefing)
    section = md.split("## Sources", 1)[1].split("## Not read\n\n", 1)[1]
    assert section.splitlines()[:2] == [
        "- in/bad.json: malformed JSON",
        "- in/blob\\_1.txt: binary file, not text",  # inert Markdown, as every input text
    ]
    assert "## Not read" not in to_markdown(build_briefing())  # nothing skipped: no section


def test_an_ampersand_reads_as_written_unless_it_would_open_a_reference() -> None:

    assert escape_markdown("P&I insurers and AT&T said so & more.") == (
        "P&I insurers and AT&T said so & more."
    )
    # "&lt;" written in a source stays text, never a "<" a renderer would read.
    assert escape_markdown("Use &lt;b&gt; or &#60;b&#62; tags.") == (
        "Use &amp;lt;b&amp;gt; or &amp;#60;b&amp;#62; tags."
    )
