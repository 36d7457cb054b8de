import json
from pathlib import Path

import pytest

from summarize.errors import InputError
from summarize.ingest import decode, find_headline, markdown_to_text, read_articles, read_file


def test_folder_is_read_in_sorted_order_with_stable_ids(story_dir: Path) -> None:
    result = read_articles([story_dir])
    assert [a.id for a in result.articles] == ["alpha", "beta", "gamma"]
    assert result.articles[0].title == "Flood Hits River Town"
    assert result.articles[0].path.endswith("alpha.txt")
    assert result.skipped == []


def test_glob_and_explicit_files(story_dir: Path) -> None:
    result = read_articles([str(story_dir / "a*.txt"), story_dir / "gamma.txt"])
    assert [a.id for a in result.articles] == ["alpha", "gamma"]


def test_missing_path_and_empty_folder_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = read_articles([tmp_path / "nope", tmp_path / "empty"])
    reasons = [e.reason for e in result.skipped]
    assert reasons == ["no such file or folder", "folder has no article files"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file (0 bytes)"),
        (b"   \n\t\n", "file has only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" * 20, "binary file, not text"),
    ],
)
def test_unusable_text_files_name_the_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert caught.value.reason == reason
    assert str(path) in str(caught.value)


def test_encodings_are_decoded(tmp_path: Path) -> None:
    text = "Café owners in Zürich said “prices rose”."
    for name, data in {
        "bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),
        "cp1252.txt": text.encode("cp1252"),
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert decode(path) == text


def test_markdown_title_and_markup(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Bridge Reopens\n\nThe [city](http://x.test) said **traffic** resumed.\n")
    (article,) = read_file(path)
    assert article.title == "Bridge Reopens"
    assert "The city said traffic resumed." in article.text
    assert "http" not in article.text
    assert markdown_to_text("![img](a.png)Text") == "Text"


def test_headline_skips_page_furniture_and_rejects_prose() -> None:
    assert (
        find_headline("Breaking\nJuly 27, 2024\n\nPort Strike Ends\n\nBody.") == "Port Strike Ends"
    )
    assert find_headline("The strike ended on Monday after talks.\nMore text.") is None


@pytest.mark.parametrize(
    ("furniture", "headline"),
    [
        # A navigation bar, a press release's marker, a masthead: the headline is next.
        ("Home | News | World | Sport | Weather", "Rescuers pull girl from rubble"),
        ("FOR IMMEDIATE RELEASE", "AeroNordia and SkyVale to Combine"),
        ("Solmere Evening Post", "Velmar sworn in as coalition deal is signed"),
        ("Varnesh Courier\n", "Quake survivors face cold nights\nUpdated 14:05 GMT"),
        ("Home | News | World\nThe Varnesh Courier", "Rescuers pull girl alive from rubble"),
    ],
)
def test_the_headline_under_page_furniture_or_a_masthead_is_the_title(
    furniture: str, headline: str
) -> None:
    text = f"{furniture}\n{headline}\nThe body of the story goes on here, with words."
    assert find_headline(text) == headline.splitlines()[0]


@pytest.mark.parametrize(
    "text",
    [
        # A short headline over a longer deck, not a paper's name.
        "Quake Hits Varnesh\nRescuers search the rubble of the town for survivors\n",
        "Your Health\nNeurologists Warn Against ADHD Drugs To Help Kids Study\n",
        # A masthead over prose or over a shorter line is kept: nothing better follows.
        "Varnesh Courier\nSurvivors spent a third night in tents, the Red Crescent said.\n",
        "The Daily Star Weekly News\nQuake aid\n",
    ],
)
def test_a_first_line_that_is_no_masthead_stays_the_title(text: str) -> None:
    assert find_headline(text) == text.splitlines()[0]


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "r1", "title": "One", "text": "First report text.", "source": "Wire"}),
        '{"id": "r2", "text": "Second report',
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "Third report text.", "extra": [1, 2]}),
    ]
    path.write_text("\n".join(lines) + "\n")
    result = read_articles([path])
    assert [a.id for a in result.articles] == ["r1", "feed-5"]
    assert result.articles[0].source == "Wire"
    messages = [str(e) for e in result.skipped]
    assert messages[0].startswith(f"{path}:2: malformed JSON line")
    assert messages[1] == f"{path}:3: missing 'text' field"
    assert messages[2] == f"{path}:4: 'text' must be a string"


def test_json_file_with_article_list(tmp_path: Path) -> None:
    path = tmp_path / "set.json"
    path.write_text(json.dumps({"articles": [{"text": "A."}, {"text": "B.", "id": 7}]}))
    assert [a.id for a in read_articles([path]).articles] == ["set-1", "7"]


def test_html_main_text_without_scripts(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Dam Holds - Valley Post</title><script>alert('x')</script></head>"
        "<body><nav>Home | World</nav><article><h1>Dam Holds After Storm</h1>"
        "<p onclick='evil()'>Engineers said the dam held through the night despite record "
        "inflows from the storm.</p><p>Residents downstream were allowed to return home on "
        "Tuesday morning.</p></article></body></html>"
    )
    (article,) = read_file(path)
    assert "Engineers said the dam held" in article.text
    assert "alert" not in article.text and "evil" not in article.text
    assert article.title


PAGE_BODY = (
    "<article><h1>Dam Holds After Storm</h1><p>Engineers said the dam held through the "
    "night despite record inflows from the storm.</p><p>Residents downstream were allowed "
    "to return home on Tuesday morning.</p></article>"
)


@pytest.mark.parametrize(
    ("head", "footer", "published"),
    [
        # The page's markup dates it.
        (
            '<meta property="article:published_time" content="2023-05-06T10:00:00Z">',
            "",
            "2023-05-06",
        ),
        ("", '<time datetime="2023-05-07">May 7, 2023</time>', "2023-05-07"),
        # A copyright year, or a year in the text, is no publication date.
        ("", "<footer>© 2024 Valley Post. All rights reserved.</footer>", None),
        ("", "<p>Copyright 2019-2024 Valley Post Media</p>", None),
    ],
)
def test_an_html_page_is_dated_by_its_markup_never_by_a_guess(
    tmp_path: Path, head: str, footer: str, published: str | None
) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>Dam Holds</title>{head}</head><body>{footer}{PAGE_BODY}</body></html>"
    )
    (article,) = read_file(path)
    assert article.published == published


def test_duplicate_stems_get_distinct_ids(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text("Some report text here.")
    ids = [a.id for a in read_articles([tmp_path]).articles]
    assert ids == ["report", "report~2"]


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("See [the city](http://x.test) and ![logo](l.png) now.", "See the city and  now."),
        ("**Bold** and *it* and `code` and __under__.", "Bold and it and code and under."),
        ("[a](b [c](d)", "a"),  # the first ")" ends the first link, as in a regex scan
        ("[not] a link](x) and [](empty)", "[not] a link](x) and [](empty)"),
        ("Unclosed [a]( and `tick and **bold", "Unclosed [a]( and `tick and **bold"),
        ("# Title\n\n---\n\nBody", "Title\n\n\n\nBody"),
    ],
)
def test_markdown_markup_is_stripped(markdown: str, text: str) -> None:
    assert markdown_to_text(markdown) == text


def test_json_lines_reader_handles_bom_utf16_and_overlong_lines() -> None:
    import io

    from summarize.ingest import json_lines

    problems: list[InputError] = []
    utf8 = b'\xef\xbb\xbf{"a": 1}\n\n{"b": "' + b"x" * 500 + b'"}\n[1]\n'
    rows = list(json_lines(io.BytesIO(utf8), "f.jsonl", 100, problems))
    assert [(n, value) for n, _, value in rows] == [(1, {"a": 1}), (4, [1])]
    assert [str(p) for p in problems] == ["f.jsonl:3: line is over the limit of 100 bytes"]
    utf16 = '{"text": "café"}\n'.encode("utf-16")
    assert [v for _, _, v in json_lines(io.BytesIO(utf16), "g", 100, [])] == [{"text": "café"}]


def test_many_bad_lines_are_counted_not_listed(tmp_path: Path) -> None:
    path = tmp_path / "noise.jsonl"
    path.write_text("not json\n" * 500 + json.dumps({"text": "One good record."}) + "\n")
    result = read_articles([path])
    assert len(result.articles) == 1
    assert len(result.skipped) == 21 and "480 more unusable line(s)" in str(result.skipped[-1])


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_file(fifo)
    result = read_articles([fifo, "/dev/zero"])
    assert [e.reason for e in result.skipped] == [
        "not a regular file (a FIFO); not read",
        "unsupported file type '(none)'",
    ]


def test_a_wire_slug_is_no_part_of_a_files_or_records_title(tmp_path: Path) -> None:
    path = tmp_path / "reuters.txt"
    path.write_text(
        "UPDATE 2-Death toll from Varnholt floods rises to 19\n\n"
        "The death toll from flash floods in the Varnholt valley rose to 19 on Wednesday.\n"
    )
    (article,) = read_file(path)
    assert article.title == "Death toll from Varnholt floods rises to 19"
    record = tmp_path / "set.jsonl"
    record.write_text(
        json.dumps({"id": "r1", "title": "REFILE-Floods close rail line", "text": "Text."}) + "\n"
    )
    (from_record,) = read_articles([record]).articles
    assert from_record.title == "Floods close rail line"


def _page(title: str, head: str = "", h1: str | None = "Dam Holds After Storm") -> str:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article>{heading}<p>Engineers "
        "said the dam held through the night despite record inflows from the storm.</p><p>"
        "Residents downstream were allowed to return home on Tuesday morning.</p></article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("html", "source"),
    [
        # The site's suffix of the <title>, after any separator.
        *(
            (_page(f"Dam Holds After Storm{separator}Valley Post"), "Valley Post")
            for separator in (" | ", " - ", " – ", " — ", " :: ")
        ),
        # A headline with a dot in it ("6.1") is no site name, nor one with " - " in it.
        (
            _page("Dam holds after 6.1 quake | Valley Post", h1="Dam holds after 6.1 quake"),
            "Valley Post",
        ),
        (
            _page("Dam Holds - Town Saved | Politics | Valley Post", h1="Dam Holds - Town Saved"),
            "Valley Post",
        ),
        (_page("Dam holds in U.S. | World | Valley Post", h1="Dam holds in U.S."), "Valley Post"),
        (_page("Dam Holds After Storm | valleypost.com"), "valleypost.com"),
        # One headline with a dash in it: no outlet.
        (_page("Stocks fall - Dow drops 5.1%", h1="Stocks fall - Dow drops 5.1%"), None),
        (_page("Stocks Fall - Dow Drops 5.1 Points", h1=None), None),
        (_page("Markets Today - Dow Drops 500 Points", h1="Stocks fall"), None),
        (_page("Storm Hits - River Town", h1="Storm Hits - River Town"), None),
        (_page("Markets Today - River Town Gazette", h1="Stocks fall"), None),
        # A bar parts a site's name from any headline.
        (_page("Crete quake kills seven | Valley Post"), "Valley Post"),
        # A <title> that is only the site's name, or ends in a section's: no outlet.
        (_page("Valley Post"), None),
        (_page("Dam Holds After Storm | Politics"), None),
        # The page's metas name the site.
        (
            _page("Dam Holds After Storm", '<meta name="application-name" content="Valley Post">'),
            "Valley Post",
        ),
        (
            _page(
                "Dam Holds After Storm | Valley Post",
                '<meta name="twitter:site" content="@ValleyPost">',
            ),
            "Valley Post",
        ),
        (
            _page("Dam Holds After Storm", '<meta name="twitter:site" content="@ValleyPost">'),
            "ValleyPost",
        ),
        (
            _page(
                "Dam Holds | Valley Post",
                '<meta property="og:site_name" content="The Valley Post">',
            ),
            "The Valley Post",
        ),
        (
            _page("Teaser | Valley Post", '<meta property="og:site_name" content="Valley Post">'),
            "Valley Post",
        ),
    ],
)
def test_an_html_pages_outlet_is_its_site_name_never_its_headline(
    tmp_path: Path, html: str, source: str | None
) -> None:
    path = tmp_path / "page.html"
    path.write_text(html)
    (article,) = read_file(path)
    assert article.source == source
    assert article.source != article.title
