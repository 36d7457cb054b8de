"""Main-text extraction from HTML pages (trafilatura, imported only when a page is read)."""

from __future__ import annotations

from dataclasses import dataclass, field

from summarize.errors import InputError
from summarize.patterns import compiled

_BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li tr article section blockquote".split()  # noqa: SIM905
)
# Elements whose content is never text. An unclosed one runs to the end of the page,
# as in a browser.
_DROP_ELEMENTS = frozenset("script style noscript iframe template svg head".split())  # noqa: SIM905
_TAG_NAME = compiled(r"/?([A-Za-z][A-Za-z0-9]*)")


@dataclass(frozen=True)
class Page:
    text: str
    metadata: dict[str, str | None] = field(default_factory=dict)  # ingest.METADATA_FIELDS


def extract_html(html: str, where: str) -> Page:
    """The article's main text and metadata; scripts, styles, iframes and menus are dropped."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            # The date the page's markup gives (meta tags, <time>, the URL), never one
            # guessed from its text: a "© 2024" footer is no publication date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura raises assorted parser errors on broken markup
        document = None
    text = (getattr(document, "text", None) or "").strip()
    if not text:
        text = _fallback_text(html)
    if not text:
        raise InputError(where, "HTML page has no readable article text")
    return Page(
        text=text,
        metadata={
            "title": getattr(document, "title", None),
            "source": getattr(document, "sitename", None),
            "url": getattr(document, "url", None),
            "published": getattr(document, "date", None),
        },
    )


def _fallback_text(html: str) -> str:
    """Plain text of a page trafilatura found nothing in (tiny or badly broken pages)."""
    import html as html_lib

    body = html_lib.unescape(_strip_tags(html))
    lines = (" ".join(line.split()) for line in body.splitlines())
    return "\n".join(line for line in lines if line)


def _strip_tags(html: str) -> str:
    """Tags -> spaces (block tags -> newlines), comments and script-like elements dropped.

    One left-to-right pass with str.find: every search starts where the last one ended,
    and an unclosed comment, element or tag ends the scan, so no input is worse than
    linear (a regex with a lazy `.*?` is quadratic on many unclosed `<!--`).
    """
    out: list[str] = []
    lowered = html.lower()
    cursor = 0
    while True:
        start = html.find("<", cursor)
        if start < 0:
            out.append(html[cursor:])
            break
        out.append(html[cursor:start])
        if html.startswith("<!--", start):
            end = html.find("-->", start + 4)
            cursor = len(html) if end < 0 else end + 3
            out.append(" ")
            continue
        close = html.find(">", start + 1)
        if close < 0:
            break  # no ">" anywhere after: the rest is one unfinished tag
        name_match = _TAG_NAME.match(html, start + 1, close)
        name = name_match.group(1).lower() if name_match else ""
        closing = html.startswith("</", start)
        if name in _DROP_ELEMENTS and not closing:
            end = lowered.find(f"</{name}", close + 1)
            if end < 0:
                break
            tail = html.find(">", end)
            cursor = len(html) if tail < 0 else tail + 1
            out.append(" ")
            continue
        out.append("\n" if name in _BLOCK_TAGS else " ")
        cursor = close + 1
    return "".join(out)
