"""Render a Briefing as Markdown (with [n] citation markers) or JSON."""

from __future__ import annotations

import dataclasses
import json
import re

from summarize.models import Briefing, SourceInfo
from summarize.sanitize import single_line

_MARKDOWN_ACTIVE = re.compile(r"([\\`*_\[\]<>|~])")
# What can open a block at the start of a line: headings, list items (bullets and
# "1." / "1)"), setext underlines, thematic breaks. Quotes, fences, HTML blocks, tables
# and link reference definitions start with characters escaped everywhere (> ` ~ < | [).
_BLOCK_START = re.compile(r"^(?:([#+\-=])|(\d+)([.)])(?=\s|$))")
_WORDS_PER_PARAGRAPH = 110
WORDS_PER_PARAGRAPH = _WORDS_PER_PARAGRAPH  # shared with the HTML page


def escape_markdown(text: str) -> str:
    """Input text as inert inline Markdown: one line, no controls or bidi overrides, and
    nothing that can become live markup (links, HTML, emphasis, code) or open a block."""
    text = (single_line(text) or "").replace("&", "&amp;")
    text = _MARKDOWN_ACTIVE.sub(
        lambda m: (
            "&lt;" if m.group(1) == "<" else "&gt;" if m.group(1) == ">" else "\\" + m.group(1)
        ),
        text,
    )
    return _BLOCK_START.sub(
        lambda m: "\\" + m.group(1) if m.group(1) else f"{m.group(2)}\\{m.group(3)}", text
    )


def to_markdown(briefing: Briefing) -> str:
    number = {source.id: index for index, source in enumerate(briefing.sources, start=1)}
    lines = [f"# {escape_markdown(briefing.title)}", ""]
    paragraph: list[str] = []
    words = 0
    for sentence in briefing.sentences:
        markers = "".join(f"[{number[c]}]" for c in sentence.citations if c in number)
        if not sentence.supported:
            markers += " _[unsupported]_"
        paragraph.append(f"{escape_markdown(sentence.text)} {markers}".rstrip())
        words += len(sentence.text.split())
        if words >= _WORDS_PER_PARAGRAPH:
            lines += [" ".join(paragraph), ""]
            paragraph, words = [], 0
    if paragraph:
        lines += [" ".join(paragraph), ""]
    if not briefing.sentences:
        lines += ["_No sentence could be selected from these articles._", ""]
    lines += ["## Sources", ""]
    lines += [f"{n}. {_source_line(source)}" for n, source in enumerate(briefing.sources, 1)]
    lines.append("")
    return "\n".join(lines)


def _source_line(source: SourceInfo) -> str:
    parts = [f"**{escape_markdown(source.title)}**"]
    details = [escape_markdown(x) for x in (source.source, source.published) if x]
    if details:
        parts.append("— " + ", ".join(details))
    location = source.url or source.path
    parts.append(
        f"<{location}>" if source.url and _safe_url(source.url) else f"`{_code(location)}`"
    )
    return " ".join(parts)


def _safe_url(url: str) -> bool:
    return bool(re.fullmatch(r"https?://[^\s<>`\\]+", url)) and single_line(url) == url


def _code(text: str) -> str:
    """Text for a code span: one line, control-free, no backtick to close it early."""
    return (single_line(text) or "").replace("`", "'")


def to_dict(briefing: Briefing) -> dict[str, object]:
    return {
        "title": briefing.title,
        "engine": briefing.engine,
        "engine_reason": briefing.engine_reason,
        "sentences": [
            {
                "text": sentence.text,
                "citations": list(sentence.citations),
                "support": [dataclasses.asdict(item) for item in sentence.support],
                "support_score": sentence.support_score,
                "supported": sentence.supported,
            }
            for sentence in briefing.sentences
        ],
        "sources": [
            {key: value for key, value in dataclasses.asdict(source).items() if value is not None}
            for source in briefing.sources
        ],
        "stats": briefing.stats,
        "warnings": briefing.warnings,
    }


def to_json(briefing: Briefing) -> str:
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=2) + "\n"


def render(briefing: Briefing, fmt: str) -> str:
    if fmt == "md":
        return to_markdown(briefing)
    if fmt == "json":
        return to_json(briefing)
    if fmt == "html":
        from summarize.render_html import to_html

        return to_html(briefing)
    raise ValueError(f"unknown format {fmt!r}; use 'md', 'json' or 'html'")
