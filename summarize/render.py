"""Render a Briefing as Markdown (with [n] citation markers) or JSON."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping

from summarize.clean import STUB_WORDS
from summarize.language import name as language_name
from summarize.models import Briefing, BriefSentence, Explanation, SourceInfo
from summarize.patterns import compiled
from summarize.sanitize import single_line
from summarize.textutil import one_line

_MARKDOWN_ACTIVE = compiled(r"([\\`*_\[\]<>|~])")
# What can open a block at the start of a line: headings, list items (bullets and
# "1." / "1)"), setext underlines, thematic breaks. Quotes, fences, HTML blocks, tables
# and link reference definitions start with characters escaped everywhere (> ` ~ < | [).
_BLOCK_START = compiled(r"^(?:([#+\-=])|(\d+)([.)])(?=\s|$))")
_WORDS_PER_PARAGRAPH = 110
WORDS_PER_PARAGRAPH = _WORDS_PER_PARAGRAPH  # shared with the HTML page


_ENTITY_START = compiled(r"&(?=#?[A-Za-z0-9]+;)")


def escape_markdown(text: str) -> str:
    """Input text as inert inline Markdown: one line, no controls or bidi overrides, and
    nothing that can become live markup (links, HTML, emphasis, code) or open a block."""
    # Only an ampersand that would open a character reference ("&lt;", "&#60;") is escaped:
    # "P&I" and "AT&T" read as written.
    text = _ENTITY_START.sub("&amp;", single_line(text) or "")
    text = _MARKDOWN_ACTIVE.sub(
        lambda m: (
            "&lt;" if m.group(1) == "<" else "&gt;" if m.group(1) == ">" else "\\" + m.group(1)
        ),
        text,
    )
    return _BLOCK_START.sub(
        lambda m: "\\" + m.group(1) if m.group(1) else f"{m.group(2)}\\{m.group(3)}", text
    )


def to_markdown(briefing: Briefing, show_corroboration: bool | None = None) -> str:
    number = {source.id: index for index, source in enumerate(briefing.sources, start=1)}
    earlier_sources = _updated_sources(briefing)
    updated = {source.id: n for n, source in enumerate(earlier_sources, 1)}
    lines = [f"# {escape_markdown(briefing.title)}", ""]
    update = update_line(briefing)
    if update:
        lines += [f"_{escape_markdown(update)}_", ""]
    paragraph: list[str] = []
    words = 0
    for sentence in briefing.sentences:
        markers = "".join(f"[{number[c]}]" for c in sentence.citations if c in number)
        markers += _sentence_marks(
            sentence,
            briefing.show_corroboration if show_corroboration is None else show_corroboration,
        )
        if not sentence.supported:
            markers += " _[unsupported]_"
        if sentence.updates:
            earlier = "".join(f"[E{updated[u]}]" for u in sentence.updates if u in updated)
            markers += f" (updates {earlier})" if earlier else ""
        paragraph.append(f"{escape_markdown(sentence.shown)} {markers}".rstrip())
        words += len(sentence.text.split())
        if words >= _WORDS_PER_PARAGRAPH:
            lines += [" ".join(paragraph), ""]
            paragraph, words = [], 0
    if paragraph:
        lines += [" ".join(paragraph), ""]
    if not briefing.sentences and briefing.stats.nothing_new:
        lines += ["_Nothing new: these articles only repeat what was already read._", ""]
    elif not briefing.sentences:
        lines += ["_No sentence could be selected from these articles._", ""]
    lines += _disagreement_lines(briefing, number)
    lines += _timeline_lines(briefing, number)
    lines += ["## Sources", ""]
    lines += [
        f"{n}. {_source_line(source)}{_copy_note(source, number)}"
        for n, source in enumerate(briefing.sources, 1)
    ]
    lines.append("")
    lines += _not_read_lines(briefing)
    if earlier_sources:  # update briefings: the earlier reports a new figure revises
        lines += ["## Earlier sources updated", ""]
        lines += [f"E{n}. {_source_line(source)}" for n, source in enumerate(earlier_sources, 1)]
        lines.append("")
    return "\n".join(lines)


def _not_read_lines(briefing: Briefing) -> list[str]:
    """The inputs of the set that were skipped, each with why: a reader of the file alone
    (no console, no JSON) must know the Sources list is not the whole set."""
    skipped = briefing.stats.skipped_inputs
    if not skipped:
        return []
    return ["## Not read", "", *(f"- {escape_markdown(item)}" for item in skipped), ""]


def update_line(briefing: Briefing) -> str | None:
    """The line under an update briefing's title (Markdown and HTML): "Update: what 3 new
    articles add to 5 read earlier (since …)". None for other briefings."""
    stats = briefing.stats
    if stats.mode != "update":
        return None
    history = stats.history or {}
    inputs: object = history.get("inputs") or []
    listed = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]
    names = [  # each --since input by its title or path
        str(item.get("title") or item.get("path")) if isinstance(item, Mapping) else str(item)
        for item in listed
    ]
    earlier = history.get("sources")
    read = len(earlier) if isinstance(earlier, (list, tuple)) else 0
    # The inputs left out as read before: when all were, the one kept for the title is
    # no new article either.
    again = history.get("read_again")
    read_again = {str(item) for item in again} if isinstance(again, (list, tuple)) else set()
    new = sum((source.path or source.id) not in read_again for source in briefing.sources)
    if new:
        line = f"Update: what {new} new article{' adds' if new == 1 else 's add'} to "
        line += f"{read} read earlier" if read else "what was read earlier"
    else:
        given = len(read_again)
        line = f"Update: nothing new: the {given} article{'' if given == 1 else 's'} given "
        line += f"{'was' if given == 1 else 'were'} read earlier"
    if names:
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        line += f" (since {single_line(shown)})"
    return line


def _sentence_marks(sentence: BriefSentence, show_corroboration: bool) -> str:
    """† pointing to "Where sources differ" for a disputed value; "single source" marks."""
    marks = ""
    if sentence.disputed:
        marks += " †" + ",".join(f"({index + 1})" for index in sentence.disputed)
    if show_corroboration and sentence.corroboration == 1:
        marks += " _(single source)_"
    return marks


def _disagreement_lines(briefing: Briefing, number: dict[str, int]) -> list[str]:
    """One line per disagreement: the slot, the fact, each value with its citations."""
    if not briefing.disagreements:
        return []
    lines = ["## Where sources differ", ""]
    for index, disagreement in enumerate(briefing.disagreements, start=1):
        values = "; ".join(
            f"**{escape_markdown(value.value)}** "
            + "".join(f"[{number[s]}]" for s in value.sources if s in number)
            for value in disagreement.values
        )
        lines.append(
            f"{index}. {disagreement.slot.capitalize()}: {values} — in "
            f"“{escape_markdown(disagreement.fact)}”"
        )
    lines.append("")
    return lines


def _timeline_lines(briefing: Briefing, number: dict[str, int]) -> list[str]:
    if not briefing.timeline:
        return []
    lines = ["## Timeline", ""]
    for entry in briefing.timeline:
        markers = "".join(f"[{number[s]}]" for s in entry.sources if s in number)
        lines.append(f"- **{entry.date}**: {escape_markdown(entry.text)} {markers}".rstrip())
    lines.append("")
    return lines


def _updated_sources(briefing: Briefing) -> list[SourceInfo]:
    """Update briefings: the earlier sources whose figures the briefing revises. Read from
    an earlier briefing's JSON, a field may hold any value: shown as text."""
    return [
        SourceInfo(
            id=_as_text(source.id),
            title=_as_text(source.title),
            path=_as_text(source.path),
            source=_as_text(source.source) or None,
            url=_as_text(source.url) or None,
            published=_as_text(source.published) or None,
        )
        for source in briefing.stats.updated_sources or ()
    ]


def _as_text(value: object) -> str:
    return str(value) if value else ""


# The dates the Sources list shows that the article does not give in full itself.
_DATE_NOTES = {"set": "year from the other sources", "copy": "date of the article it copies"}


def _source_line(source: SourceInfo) -> str:
    parts = [f"**{escape_markdown(source.title)}**"]
    if "ai_generated" in source.flags:
        parts.append("_(AI-written, by its own disclaimer)_")
    if "stub" in source.flags:
        parts.append(f"_(a stub: under {STUB_WORDS} words of prose, not weighed)_")
    if "opinion" in source.flags:
        parts.append("_(opinion: not weighed, its views not told)_")
    if "off_story" in source.flags:
        parts.append(
            "_(off the story: shares almost nothing with the other articles, not weighed)_"
        )
    code = next((flag[9:] for flag in source.flags if flag.startswith("language:")), None)
    if code:
        unused = "unused" in source.flags
        note = "; not quoted: the briefing quotes the English sources" if unused else ""
        parts.append(f"_(in {language_name(code)}{note})_")
    published = source.published
    if published and source.published_from in _DATE_NOTES:  # a date the set lent it
        published += f" ({_DATE_NOTES[source.published_from]})"
    details = [escape_markdown(x) for x in (source.source, published) if x]
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
                **({"anchored": sentence.anchored} if sentence.anchored else {}),
                "citations": list(sentence.citations),
                "support": [dataclasses.asdict(item) for item in sentence.support],
                "support_score": sentence.support_score,
                "supported": sentence.supported,
                **({"updates": list(sentence.updates)} if sentence.updates else {}),
                "corroboration": sentence.corroboration,
                "disputed": list(sentence.disputed),
            }
            for sentence in briefing.sentences
        ],
        "sources": [
            {
                key: list(value) if isinstance(value, tuple) else value
                for key, value in dataclasses.asdict(source).items()
                if value is not None
            }
            for source in briefing.sources
        ],
        "disagreements": [
            {
                "slot": disagreement.slot,
                "fact": disagreement.fact,
                "values": [
                    {
                        "value": value.value,
                        "sources": list(value.sources),
                        "support": [dataclasses.asdict(item) for item in value.support],
                    }
                    for value in disagreement.values
                ],
                "sentences": [
                    {"source": source, "sentence_index": index}
                    for source, index in disagreement.sentences
                ],
            }
            for disagreement in briefing.disagreements
        ],
        "timeline": [
            {"date": entry.date, "text": entry.text, "sources": list(entry.sources)}
            for entry in briefing.timeline
        ],
        "stats": briefing.stats.to_dict(),
        "warnings": briefing.warnings,
        # Only with --explain: the default JSON stays byte-identical.
        **({"explain": explain_dict(briefing.explain)} if briefing.explain else {}),
    }


def explain_dict(explanation: Explanation) -> dict[str, object]:
    """--explain as JSON: score parts of each sentence, reasons for the strongest others."""
    return {
        "engine": explanation.engine,
        "method": explanation.method,
        "sentences": [
            {
                "sentence": item.number,
                "text": item.text,
                "score": item.score,
                "parts": dict(item.parts),
                "sources": list(item.sources),
                **({"step": item.step, "selection": dict(item.selection)} if item.step else {}),
                "merged": [
                    {"source": source, "sentence_index": index, "text": text}
                    for source, index, text in item.merged
                ],
            }
            for item in explanation.sentences
        ],
        "not_selected": [
            {
                "source": item.source,
                "sentence_index": item.sentence_index,
                "text": item.text,
                "score": item.score,
                "parts": dict(item.parts),
                "sources": list(item.sources),
                "reason": item.reason,
                "detail": item.detail,
                **({"restates": item.restates} if item.restates is not None else {}),
            }
            for item in explanation.passed
        ],
    }


def explain_table(explanation: Explanation, width: int = 100) -> list[str]:
    """--explain as a table for people (stderr): one row per briefing sentence with its
    score parts, then the strongest candidates not selected with the reason."""
    names = list(dict.fromkeys(name for item in explanation.sentences for name, _ in item.parts))
    picks = list(dict.fromkeys(n for item in explanation.sentences for n, _ in item.selection))
    lines = [f"explain ({explanation.engine}): {explanation.method}", ""]
    header = ["#", "score", *names, *(["step", *picks] if picks else []), "sources"]
    rows = []
    for item in explanation.sentences:
        parts, selection = dict(item.parts), dict(item.selection)
        rows.append(
            [
                str(item.number),
                f"{item.score:.3f}",
                *(f"{parts[name]:+.3f}" if name in parts else "" for name in names),
                *(
                    [str(item.step), *(f"{selection.get(n, 0.0):+.3f}" for n in picks)]
                    if picks
                    else []
                ),
                ", ".join(item.sources),
            ]
        )
    lines += _columns(header, rows)
    for item in explanation.sentences:
        lines.append(f"  {item.number}. {one_line(item.text, width - 5)}")
        for source, index, text in item.merged:
            lines.append(
                f"     merged, cited not shown: {source}#{index} {one_line(text, width - 40)}"
            )
    if explanation.passed:
        lines += ["", "not selected (strongest first):"]
        for passed in explanation.passed:
            lines.append(
                f"  {passed.score:.3f} {passed.source}#{passed.sentence_index}: {passed.detail}"
            )
            lines.append(f"        {one_line(passed.text, width - 8)}")
    return lines


def _columns(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return [
        "  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]


def to_json(briefing: Briefing) -> str:
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=2) + "\n"


def render(briefing: Briefing, fmt: str, show_corroboration: bool | None = None) -> str:
    if fmt == "md":
        return to_markdown(briefing, show_corroboration)
    if fmt == "json":
        return to_json(briefing)
    if fmt == "html":
        from summarize.render_html import to_html

        return to_html(briefing)
    raise ValueError(f"unknown format {fmt!r}; use 'md', 'json' or 'html'")
