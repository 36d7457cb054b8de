"""Main-text extraction from HTML pages (trafilatura, imported only when a page is read)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.errors import InputError

_BLOCK_TAGS = re.compile(r"(?i)</?(p|div|br|h[1-6]|li|tr|article|section|blockquote)\b[^>]*>")
_DROP_ELEMENTS = re.compile(
    r"(?is)<(script|style|noscript|iframe|template|svg|head)\b.*?</\1\s*>|<!--.*?-->"
)
_ANY_TAG = re.compile(r"(?s)<[^>]*>")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None


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
        title=_clean_meta(getattr(document, "title", None)),
        source=_clean_meta(getattr(document, "sitename", None)),
        url=_clean_meta(getattr(document, "url", None)),
        published=_clean_meta(getattr(document, "date", None)),
    )


def _fallback_text(html: str) -> str:
    """Plain text of a page trafilatura found nothing in (tiny or badly broken pages)."""
    import html as html_lib

    body = _DROP_ELEMENTS.sub(" ", html)
    body = _BLOCK_TAGS.sub("\n", body)
    body = html_lib.unescape(_ANY_TAG.sub(" ", body))
    lines = (" ".join(line.split()) for line in body.splitlines())
    return "\n".join(line for line in lines if line)


def _clean_meta(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
