import base64
import dataclasses
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summarize
from summarize import render_html
from summarize.cli import app
from summarize.models import Briefing, BriefingStats, BriefSentence, SourceInfo, Support
from summarize.pipeline import BriefOptions
from summarize.render import render, to_json
from summarize.render_html import IndexRow, read_meta, refresh_index, to_html, to_index_html
from tests.conftest import STORY, write_articles

TEXT_A = "Rain fell all night.\n\nWater rose fast. Crews used boats."
TEXT_B = "Officials said water rose fast. Schools closed on Monday."
HOSTILE_TITLE = '<script>window.__pwned = "title"</script>'
HOSTILE_TEXT = (
    "Boats came. <img src=x onerror=\"window.__pwned = 'text'\"> "
    "<script>window.__pwned = 'script'</script> The end."
)


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def build_html_briefing() -> Briefing:
    """Two sources; sentence 1 cites both, sentence 2 cites the second only."""
    a1, b1, b2 = span(TEXT_A, "Water rose fast."), span(TEXT_B, "water rose fast."), None
    b2 = span(TEXT_B, "Schools closed on Monday.")
    return Briefing(
        title="Flood in Eastwick",
        engine="extractive",
        engine_reason="no seq2seq model installed",
        sentences=[
            BriefSentence(
                "Water rose fast.",
                ("a", "b"),
                (Support("a", 1, *a1), Support("b", 0, *b1, score=0.8)),
            ),
            BriefSentence("Schools closed on Monday.", ("b",), (Support("b", 1, *b2),)),
        ],
        sources=[
            SourceInfo("a", "Alpha report", "in/a.txt", source="Daily", published="2024-01-02"),
            SourceInfo(
                "b", "Beta report", "in/b.txt", url="https://news.test/b", published="2024-01-03"
            ),
        ],
        warnings=["skipped in/c.txt: empty file"],
        source_texts={"a": TEXT_A, "b": TEXT_B},
    )


def build_hostile_briefing() -> Briefing:
    briefing = build_html_briefing()
    start = HOSTILE_TEXT.index("The end.")
    hostile = SourceInfo("h", HOSTILE_TITLE, "in/h.txt", url="javascript:alert(1)")
    return dataclasses.replace(
        briefing,
        sentences=[
            *briefing.sentences,
            BriefSentence("The end.", ("h",), (Support("h", 2, start, start + 8),)),
        ],
        sources=[*briefing.sources, hostile],
        source_texts={**briefing.source_texts, "h": HOSTILE_TEXT},
    )


class Elements(HTMLParser):
    """Text and attributes of every element with an id (enough to read our own pages)."""

    VOID = frozenset({"meta", "br", "img", "input", "link", "hr"})

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: dict[str, str] = {}
        self.attrs: dict[str, dict[str, str | None]] = {}
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._open: list[tuple[str, str | None]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        element_id = found.get("id")
        if element_id:
            self.attrs[element_id] = found
            self.text[element_id] = ""
        if tag not in self.VOID:
            self._open.append((tag, element_id))

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            open_tag, _ = self._open.pop()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, element_id in self._open:
            if element_id:
                self.text[element_id] += data


def test_markers_link_to_the_cited_passage_in_the_sources_panel() -> None:
    page = Elements(to_html(build_html_briefing()))
    links = [a["href"] for tag, a in page.tags if tag == "a" and "cite" in (a.get("class") or "")]
    assert links == ["#m1-1", "#m2-1", "#m2-2"]
    assert page.text["m1-1"] == "Water rose fast."
    assert page.text["m2-1"] == "water rose fast."
    assert page.text["m2-2"] == "Schools closed on Monday."
    # The whole cleaned text is there, passages highlighted in place.
    assert page.text["src1"].endswith("Rain fell all night.\n\nWater rose fast. Crews used boats.")


def test_tooltip_shows_the_supporting_span_in_context_and_the_source() -> None:
    page_html = to_html(build_html_briefing())
    page = Elements(page_html)
    tip = page.text["tip1-2"]
    assert "Officials said water rose fast. Schools closed on Monday." in tip
    assert "[2] Beta report" in tip and "2024-01-03" in tip and "news.test" in tip
    assert "<mark>water rose fast.</mark>" in page_html
    assert page.attrs["tip1-1"]["role"] == "tooltip"
    # The first source: paragraph context only (the tooltip does not run across a break).
    assert "Rain fell" not in page.text["tip1-1"] and "Daily" in page.text["tip1-1"]


def test_corroboration_engine_warnings_and_dates_are_shown() -> None:
    page = Elements(to_html(build_html_briefing()))
    assert "2 sources" in page.text["s1"] and "1 source" in page.text["s2"]
    assert "2 sources" not in page.text["s2"]
    body = to_html(build_html_briefing())
    assert "Engine: <b>extractive</b> — no seq2seq model installed" in body
    assert "skipped in/c.txt: empty file" in body
    assert "2 sources · 2024-01-02 – 2024-01-03 · 7 words" in body


def test_source_markup_is_text_and_only_http_links_are_clickable() -> None:
    body = to_html(build_hostile_briefing())
    assert "<script>window" not in body and "<img" not in body
    assert "&lt;script&gt;window.__pwned = &quot;title&quot;&lt;/script&gt;" in body
    assert "onerror=&quot;" in body
    assert 'href="javascript' not in body
    assert "<code>javascript:alert(1)</code>" in body
    # Exactly the page's own two scripts: the JSON metadata block and the inline code.
    assert body.count("<script") == 2


def test_csp_forbids_remote_loads_and_allows_only_the_inline_code_by_hash() -> None:
    body = to_html(build_html_briefing())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', body)
    assert csp, "no CSP meta tag"
    policy = csp.group(1).replace("&#x27;", "'")
    assert "default-src 'none'" in policy and "img-src data:" in policy
    assert "http" not in policy and "unsafe" not in policy

    def digest(code: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()

    style = re.search(r"<style>(.*?)</style>", body, re.DOTALL)
    script = re.search(r"<script>(.*?)</script>", body, re.DOTALL)
    assert style and script
    assert f"style-src '{digest(style.group(1))}'" in policy
    assert f"script-src '{digest(script.group(1))}'" in policy
    assert not re.search(r"<(link|iframe|object|embed|img)\b", body)


def test_overlapping_spans_become_one_passage() -> None:
    briefing = build_html_briefing()
    overlapping = dataclasses.replace(
        briefing.sentences[1], citations=("b",), support=(Support("b", 0, 10, 40),)
    )
    page = Elements(
        to_html(dataclasses.replace(briefing, sentences=[*briefing.sentences, overlapping]))
    )
    assert page.text["m2-1"] == TEXT_B[10:57]  # "said water ... Schools closed on Monday" merged
    assert page.text["m2-1"].endswith("Schools closed on Monday.")
    assert "m2-2" not in page.text


def test_out_of_range_support_falls_back_to_the_source_entry() -> None:
    briefing = build_html_briefing()
    broken = BriefSentence("Ghost.", ("a",), (Support("a", 9, 500, 900),))
    body = to_html(dataclasses.replace(briefing, sentences=[broken]))
    assert 'href="#src1"' in body and "<mark id=" not in body


def test_large_sets_show_cited_passages_with_context(monkeypatch: pytest.MonkeyPatch) -> None:
    filler = "Nothing of note happened here. " * 40
    text = filler + "The dam held. " + filler
    start = text.index("The dam held.")
    briefing = Briefing(
        title="Dam",
        engine="extractive",
        sentences=[BriefSentence("The dam held.", ("a",), (Support("a", 0, start, start + 13),))],
        sources=[SourceInfo("a", "A", "a.txt")],
        source_texts={"a": text},
    )
    monkeypatch.setattr(render_html, "MAX_TEXT_CHARS", 100)
    page = Elements(to_html(briefing))
    shown = page.text["src1"]
    assert "The dam held." in shown and "[…]" in shown
    assert len(shown) < len(text) - 500
    assert "cited passages with some context" in to_html(briefing)


def test_sections_from_later_stages_are_rendered_when_present() -> None:
    briefing = build_hostile_briefing()
    a_start = TEXT_A.index("Water")
    briefing.disagreements = [  # type: ignore[attr-defined]
        {
            "slot": "crest height",
            "values": [
                {
                    "value": "3 m",
                    "sources": ["a"],
                    "support": [Support("a", 1, a_start, a_start + 16)],
                },
                {"value": "<b>4 m</b>", "sources": ["b"], "support": []},
            ],
            "sentences": [0],
        }
    ]
    briefing.timeline = [{"date": "2024-01-02", "text": "Rain fell.", "sources": ["a", "b"]}]  # type: ignore[attr-defined]
    briefing.stats = BriefingStats(
        mode="update", history={"inputs": [{"path": "Earlier briefing", "kind": "briefing"}]}
    )
    flagged = dataclasses.replace(briefing.sources[1])
    object.__setattr__(flagged, "flags", ("ai_generated",))
    copied = dataclasses.replace(briefing.sources[2])
    object.__setattr__(copied, "copy_of", "a")
    briefing.sources = [briefing.sources[0], flagged, copied]
    body = to_html(briefing)
    page = Elements(body)
    differ = page.text["differ"]
    assert "Where sources differ" in differ and "crest height" in differ
    assert "3 m" in differ and "<b>4 m</b>" in differ and "<b>4 m</b>" not in body
    assert 'href="#m1-1"' in body.split('id="differ"')[1]  # value links to its passage
    assert "†" in page.text["s1"] and "†" not in page.text["s2"]
    assert "2024-01-02" in page.text["timeline"] and "Rain fell." in page.text["timeline"]
    assert (
        "Update: what 3 new articles add to what was read earlier (since Earlier briefing)" in body
    )
    assert "AI-written" in page.text["src2"] and "copy of [1]" in page.text["src3"]
    nav = body.split('<nav class="sections"')[1].split("</nav>")[0]
    assert nav.index("Briefing") < nav.index("Where sources differ") < nav.index("Timeline")


def test_sections_are_absent_when_the_briefing_has_none() -> None:
    body = to_html(build_html_briefing())
    for absent in ("Where sources differ", "Timeline", "Update:", "AI-written", "copy of"):
        assert absent not in body


def test_render_dispatch_and_json_stays_without_source_texts() -> None:
    briefing = build_html_briefing()
    assert render(briefing, "html") == to_html(briefing) == to_html(build_html_briefing())
    data = json.loads(to_json(briefing))
    assert "source_texts" not in data and "Rain fell" not in to_json(briefing)
    with pytest.raises(ValueError, match="'html'"):
        render(briefing, "pdf")


def test_page_metadata_reads_back(tmp_path: Path) -> None:
    page = tmp_path / "x.html"
    page.write_text(to_html(build_hostile_briefing()), encoding="utf-8")
    meta = read_meta(page)
    assert meta == {
        "title": "Flood in Eastwick",
        "sources": 3,
        "date": "2024-01-02 – 2024-01-03",
        "engine": "extractive",
    }
    assert read_meta(tmp_path / "missing.html") == {}


def test_index_lists_sets_with_their_status() -> None:
    body = to_index_html(
        [
            IndexRow("a:1", "ok", "a-1.html", "Flood <i>", "2024-01-02", 3),
            IndexRow("b", "failed", error="b/a.txt: empty file"),
        ]
    )
    page = Elements(body)
    assert "2 sets, 1 failed" in body
    assert 'href="./a-1.html"' in body and "Flood &lt;i&gt;" in body
    assert "failed: b/a.txt: empty file" in page.text["sets"]


def test_brief_cli_writes_an_html_page(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", STORY)
    target = tmp_path / "out.html"
    result = CliRunner().invoke(
        app,
        [
            "brief",
            str(folder),
            "--format",
            "html",
            "-o",
            str(target),
            "-q",
            "--engine",
            "extractive",
        ],
    )
    assert result.exit_code == 0, result.output
    page = Elements(target.read_text(encoding="utf-8"))
    assert page.attrs["src1"] and any(key.startswith("m1-") for key in page.text)


def test_batch_all_formats_writes_pages_and_an_index(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write_articles(root / "flood", STORY)
    (root / "broken").mkdir()
    (root / "broken" / "a.txt").write_bytes(b"")
    options = BriefOptions(engine="extractive", words=60)
    summarize.batch(root, tmp_path / "out", options=options, formats="all")
    names = sorted(
        p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(("manifest", "."))
    )
    assert names == ["flood.html", "flood.json", "flood.md", "index.html"]
    index = Elements((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    rows = index.text["sets"]
    assert "broken" in rows and "failed: " in rows and "empty file" in rows
    title = json.loads((tmp_path / "out" / "flood.json").read_text())["title"]
    assert title in rows and "flood" in rows
    assert any(attrs.get("href") == "./flood.html" for tag, attrs in index.tags if tag == "a")
    # A run with nothing to do leaves the index (and every page) untouched.
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    summarize.batch(root, tmp_path / "out", options=options, formats="all")
    after = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    assert {k: v for k, v in after.items() if k != "manifest.sqlite"} == {
        k: v for k, v in before.items() if k != "manifest.sqlite"
    }
    # md only: no pages, so no index.
    summarize.batch(root, tmp_path / "md", options=options, formats="md")
    assert not (tmp_path / "md" / "index.html").exists()


def test_many_citations_keep_every_marker_but_few_tooltips(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_html, "MAX_TOOLTIPS_PER_SENTENCE", 1)
    page = Elements(to_html(build_html_briefing()))
    links = [a["href"] for tag, a in page.tags if tag == "a" and "cite" in (a.get("class") or "")]
    assert links == ["#m1-1", "#m2-1", "#m2-2"]
    assert "tip1-1" in page.attrs and "tip1-2" not in page.attrs and "tip2-2" in page.attrs


def test_an_index_is_refreshed_only_where_summarize_wrote_one(tmp_path: Path) -> None:
    assert refresh_index(tmp_path) is None and not (tmp_path / "index.html").exists()
    (tmp_path / "index.html").write_text("<html>my own start page</html>")
    assert refresh_index(tmp_path) is None
    assert (tmp_path / "index.html").read_text() == "<html>my own start page</html>"
    (tmp_path / "index.html").write_text(to_index_html([]).replace("Briefings", "Old"))
    assert refresh_index(tmp_path) == tmp_path / "index.html"
    assert (tmp_path / "index.html").read_text() == to_index_html([])
