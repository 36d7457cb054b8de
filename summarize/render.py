"""Render a Briefing as Markdown (with [n] citation markers) or JSON."""

from __future__ import annotations

import dataclasses
import json
import re

from summarize.models import Briefing, SourceInfo

_MARKDOWN_ACTIVE = re.compile(r"([\\`*_\[\]<>|])")
_WORDS_PER_PARAGRAPH = 110


def escape_markdown(text: str) -> str:
    """Input text must never become live markup (links, HTML, emphasis) in the briefing."""
    text = text.replace("&", "&amp;")
    text = _MARKDOWN_ACTIVE.sub(
        lambda m: (
            "&lt;" if m.group(1) == "<" else "&gt;" if m.group(1) == ">" else "\\" + m.group(1)
        ),
        text,
    )
    # A leading "#", "-", "+" or "1." would turn a line into a heading or list item.
    return re.sub(r"^(\s*)([#+\-]|\d+\.)(?=\s)", r"\1\\\2", text)


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
    lines += [
        f"{n}. {_source_line(source)}{_copy_note(source, number)}"
        for n, source in enumerate(briefing.sources, 1)
    ]
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


def _copy_note(source: SourceInfo, number: dict[str, int]) -> str:
    """Marks a copy of another listed source: cited, but not an independent witness."""
    if source.copy_of is None or source.copy_of not in number:
        return ""
    return f" (copy of [{number[source.copy_of]}])"


def _safe_url(url: str) -> bool:
    return bool(re.match(r"^https?://[^\s<>`]+$", url))


def _code(text: str) -> str:
    return text.replace("`", "'")


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
    raise ValueError(f"unknown format {fmt!r}; use 'md' or 'json'")
