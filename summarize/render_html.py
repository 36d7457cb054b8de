"""Render a Briefing as one self-contained HTML page, and a batch's index of such pages.

The page carries everything inline (CSS, a little JavaScript, the cleaned source texts) and
loads nothing: a Content-Security-Policy meta tag forbids every remote load, and the inline
style and script are allowed by their hashes only, so markup smuggled into a source could
not run even if it escaped escaping. Every piece of source text goes through `html.escape`;
only http(s) URLs become links.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from summarize.models import Briefing, BriefSentence, SourceInfo
from summarize.output import UPDATE_SUFFIX
from summarize.patterns import compiled
from summarize.render import WORDS_PER_PARAGRAPH, update_line

# Beyond this many characters of cleaned text in all, sources show their cited passages
# with some context instead of their whole text (keeps a 1,000-article page readable).
MAX_TEXT_CHARS = 600_000
EXCERPT_CONTEXT = 240  # characters kept either side of a cited passage in excerpt mode
# A sentence said by hundreds of articles keeps every marker, with tooltips on the first few.
MAX_TOOLTIPS_PER_SENTENCE = 12
TOOLTIP_CONTEXT = 90  # characters of the source shown either side of the span in a tooltip
INDEX_NAME = "index.html"
_GENERATOR = '<meta name="generator" content="summarize">'  # marks every page as ours

_SAFE_URL = compiled(r"^https?://[^\s<>\"'`\\]+$", re.IGNORECASE)
_ISO_DATE = compiled(r"^\d{4}-\d{2}-\d{2}")
_META_BLOCK = compiled(
    r'<script type="application/json" id="briefing-meta">(.*?)</script>', re.DOTALL
)
_FLAG_LABELS = {
    "ai_generated": "AI-written",
    "copy": "copy",
    "duplicate": "copy",
    "stub": "stub, not weighed",
    "off_story": "off the story, not weighed",
    "opinion": "opinion, views not told",
}

_CSS = """
:root{--ink:#1b1b1b;--muted:#555;--line:#d6d6d6;--paper:#fff;--accent:#0b57d0;
--mark:#fff0a8;--mark-ink:#1b1b1b;--active:#ffc940;--warn:#8a4b00;--warn-bg:#fff4e5}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);
font:17px/1.6 Georgia,"Times New Roman",serif}
header,main,footer,nav.sections{max-width:46rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .4rem}
h2{font:600 1.05rem/1.3 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem 0 .6rem;
border-bottom:1px solid var(--line);padding-bottom:.2rem}
.meta,.small,nav.sections,.corr,.badge,.tip-src,footer,summary,table,.cite{
font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
.meta{color:var(--muted);font-size:.9rem;margin:0}
.small{font-size:.85rem;color:var(--muted)}
th .small{font-weight:400}
nav.sections{font-size:.9rem;margin-top:.6rem}
nav.sections a{margin-right:1rem}
a{color:var(--accent)}
a:focus-visible,summary:focus-visible,mark:focus{outline:3px solid var(--accent);outline-offset:2px}
.update{background:#e8f0fe;border-left:4px solid var(--accent);padding:.4rem .8rem;
font-family:system-ui,sans-serif;font-size:.95rem}
.warnings{background:var(--warn-bg);border-left:4px solid var(--warn);padding:.4rem .8rem;
margin:1rem 0;font-family:system-ui,sans-serif;font-size:.9rem}
.warnings ul{margin:.2rem 0;padding-left:1.2rem}
.briefing p{margin:0 0 1rem}
.cites{white-space:nowrap}
code{font-size:.85em;overflow-wrap:anywhere}
.cite-wrap{position:relative;display:inline}
.cite{font-size:.75em;vertical-align:super;line-height:0;text-decoration:none;padding:0 .1em;
border-radius:3px}
.cite:hover,.cite:focus{background:var(--mark);color:var(--mark-ink)}
.corr{font-size:.72rem;color:var(--muted);white-space:nowrap;margin-left:.25em}
.badge{font-size:.72rem;border:1px solid currentColor;border-radius:3px;padding:0 .3em;
margin-left:.3em;white-space:nowrap}
.badge.bad{color:#a50e0e}
.badge.flag{color:var(--warn)}
.dagger{text-decoration:none;font-weight:700}
.tip{display:none;position:absolute;z-index:10;left:-1rem;top:1.4em;width:24rem;
max-width:calc(100vw - 2rem);background:#fff;color:var(--ink);border:1px solid #999;
border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.18);padding:.6rem .7rem;font-size:.9rem;
line-height:1.45;white-space:normal;text-align:left}
.cite-wrap:hover>.tip,.cite-wrap:focus-within>.tip{display:block}
.cite-wrap.dismissed>.tip{display:none}
.tip q{display:block;quotes:none;margin-bottom:.4rem}
.tip-src{display:block;font-size:.8rem;color:var(--muted)}
.tip-src b{color:var(--ink)}
mark{background:var(--mark);color:var(--mark-ink);padding:0 .05em;border-radius:2px}
mark.active,mark:target{background:var(--active);color:var(--mark-ink);
box-shadow:0 0 0 2px var(--active)}
ol.sources{padding-left:1.6rem}
ol.sources>li{margin-bottom:1.1rem;scroll-margin-top:1rem}
.src-title{font-weight:600}
.src-text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.95rem;margin:.4rem 0 0;
padding:.6rem .8rem;background:#fafafa;border:1px solid var(--line);border-radius:4px}
.src-text mark{scroll-margin:30vh}
summary{cursor:pointer;font-size:.85rem;color:var(--accent)}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .4rem;text-align:left;
vertical-align:top}
.differ .value{font-weight:600}
.timeline time{font-family:system-ui,sans-serif;font-weight:600;font-size:.9em;
white-space:nowrap}
.timeline li{margin-bottom:.4rem}
footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:2.5rem;
padding-bottom:2rem}
.status-failed{color:#a50e0e}
code.set{overflow-wrap:break-word}
td.date{white-space:nowrap}
@media (max-width:600px){
body{font-size:16px}
h1{font-size:1.4rem}
.tip{position:fixed;left:.5rem;right:.5rem;top:auto;bottom:.5rem;width:auto;max-width:none}
.cite{padding:.1em .25em}
table,thead,tbody,tr,th,td{display:block}
thead{display:none}
td{border:0;padding:.1rem 0}
tr{border-bottom:1px solid var(--line);padding:.4rem 0}
td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}
}
@media print{
nav.sections,.tip,summary{display:none!important}
body{font-size:11pt}
a{color:inherit}
.src-text{background:none;border:0;padding:0}
mark,mark.active{background:none;color:inherit;box-shadow:none;text-decoration:underline}
}
"""

# Opens the source a marker points at (sources are collapsed <details>), scrolls to the
# cited passage and keeps it highlighted; Escape hides a tooltip; printing opens every
# source. Tooltips themselves are CSS (:hover, :focus-within) and work without script.
_JS = """
(function(){
var active=null;
function reveal(id,focus){
  var mark=id&&document.getElementById(id);
  if(!mark)return false;
  var box=mark.closest('details');
  if(box)box.open=true;
  if(active)active.classList.remove('active');
  active=mark;mark.classList.add('active');
  mark.scrollIntoView({block:'center'});
  if(focus)mark.focus({preventScroll:true});
  return true;
}
document.addEventListener('click',function(e){
  var a=e.target.closest&&e.target.closest('a.cite,a.jump');
  if(!a)return;
  var id=a.getAttribute('href').slice(1);
  if(reveal(id,true)){e.preventDefault();
    try{history.replaceState(null,'','#'+id);}catch(err){}}
});
document.addEventListener('keydown',function(e){
  if(e.key!=='Escape')return;
  var w=document.activeElement&&document.activeElement.closest('.cite-wrap');
  document.querySelectorAll('.cite-wrap:hover').forEach(function(x){x.classList.add('dismissed');});
  if(w)w.classList.add('dismissed');
});
function undismiss(e){var w=e.currentTarget;w.classList.remove('dismissed');
  var tip=w.querySelector('.tip');if(!tip||window.innerWidth<=600)return;
  tip.style.left='';var r=tip.getBoundingClientRect();
  if(r.right>window.innerWidth-8)tip.style.left=(-16-(r.right-window.innerWidth+8))+'px';
  if(tip.getBoundingClientRect().left<8)tip.style.left='';}
document.querySelectorAll('.cite-wrap').forEach(function(w){
  w.addEventListener('mouseenter',undismiss);w.addEventListener('focusin',undismiss);});
window.addEventListener('beforeprint',function(){
  document.querySelectorAll('details').forEach(function(d){d.open=true;});});
if(location.hash)reveal(decodeURIComponent(location.hash.slice(1)),false);
})();
"""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


# Nothing may load from anywhere; the one style and the one script run by hash. Tooltip
# placement sets element styles from script, which CSP does not restrict (CSSOM).
CSP = (
    f"default-src 'none'; style-src {_hash(_CSS)}; script-src {_hash(_JS)}; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) address, else None (no javascript:, data:, ...)."""
    return url if url and _SAFE_URL.match(url) else None


def _field(item: object, name: str) -> object:
    """A field of a record that may be a dict (from JSON) or an object (a dataclass)."""
    if isinstance(item, Mapping):
        return item.get(name)
    if isinstance(item, (str, bytes, int, float)):  # a plain value has no fields
        return None
    return getattr(item, name, None)


def _as_list(value: object) -> list[object]:
    if value is None or isinstance(value, (str, bytes, Mapping)):
        return [] if value is None else [value]
    try:
        return list(value)  # type: ignore[call-overload]
    except TypeError:
        return [value]


# ------------------------------------------------------------------------ source passages


@dataclass(frozen=True)
class _Passage:
    """A highlighted stretch of one source's text: the union of overlapping support spans."""

    start: int
    end: int
    anchor: str


class _Marks:
    """Support spans per source, merged into passages with stable anchors."""

    def __init__(self, briefing: Briefing, numbers: dict[str, int]) -> None:
        self.texts = getattr(briefing, "source_texts", None) or {}
        spans: dict[str, set[tuple[int, int]]] = {}
        for item in _all_supports(briefing):
            span = self._span(item)
            if span is not None:
                spans.setdefault(str(_field(item, "source")), set()).add(span)
        self.passages: dict[str, list[_Passage]] = {}
        for source, found in spans.items():
            merged: list[list[int]] = []
            for start, end in sorted(found):
                if merged and start < merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], end)
                else:
                    merged.append([start, end])
            self.passages[source] = [
                _Passage(start, end, f"m{numbers.get(source, 0)}-{k}")
                for k, (start, end) in enumerate(merged, start=1)
            ]

    def _span(self, support: object) -> tuple[int, int] | None:
        text = self.texts.get(str(_field(support, "source")))
        start, end = _field(support, "start"), _field(support, "end")
        if text is None or not isinstance(start, int) or not isinstance(end, int):
            return None
        return (start, end) if 0 <= start < end <= len(text) else None

    def anchor(self, support: object) -> str | None:
        span = self._span(support)
        if span is None:
            return None
        for passage in self.passages.get(str(_field(support, "source")), []):
            if passage.start <= span[0] < passage.end:
                return passage.anchor
        return None


def _all_supports(briefing: Briefing) -> Iterable[object]:
    for sentence in briefing.sentences:
        yield from sentence.support
    for disagreement in _as_list(getattr(briefing, "disagreements", None)):
        for value in _as_list(_field(disagreement, "values")):
            yield from (s for s in _as_list(_field(value, "support")) if _field(s, "source"))


def _best_support(sentence: BriefSentence, source: str) -> object | None:
    candidates = [s for s in sentence.support if s.source == source]
    return max(candidates, key=lambda s: s.score) if candidates else None


# ------------------------------------------------------------------------------ the page


def to_html(briefing: Briefing) -> str:
    """The briefing as one self-contained, printable HTML page."""
    numbers = {source.id: n for n, source in enumerate(briefing.sources, start=1)}
    by_id = {source.id: source for source in briefing.sources}
    marks = _Marks(briefing, numbers)
    disputed = _disputed_sentences(briefing)
    sections = [
        ("briefing", "Briefing", _briefing_section(briefing, numbers, by_id, marks, disputed))
    ]
    differ = _differ_section(briefing, numbers, by_id, marks)
    if differ:
        sections.append(("differ", "Where sources differ", differ))
    timeline = _timeline_section(briefing, numbers, by_id)
    if timeline:
        sections.append(("timeline", "Timeline", timeline))
    sections.append(("sources", "Sources", _sources_section(briefing, numbers, marks)))
    nav = " ".join(f'<a href="#{key}">{_e(label)}</a>' for key, label, _ in sections)
    body = "\n".join(
        f'<section id="{key}" class="{key}" aria-labelledby="{key}-h">'
        f'<h2 id="{key}-h">{_e(label)}</h2>\n{content}</section>'
        for key, label, content in sections
    )
    return _page(
        briefing.title,
        header=_header(briefing),
        nav=nav,
        main=_warnings(briefing) + body,
        footer=_footer(briefing),
        meta=_meta(briefing),
    )


def _page(title: str, *, header: str, nav: str, main: str, footer: str, meta: str = "") -> str:
    meta_block = f'<script type="application/json" id="briefing-meta">{meta}</script>\n'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">\n'
        + (meta_block if meta else "")
        + '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{_GENERATOR}\n"
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n"
        "</head>\n<body>\n"
        f'<header role="banner">\n{header}</header>\n'
        f'<nav class="sections" aria-label="Sections">{nav}</nav>\n'
        f'<main id="main">\n{main}\n</main>\n'
        f'<footer role="contentinfo">\n{footer}</footer>\n'
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )


def _header(briefing: Briefing) -> str:
    count = len(briefing.sources)
    details = [f"{count} source{'s' if count != 1 else ''}"]
    span = date_span(source.published for source in briefing.sources)
    if span:
        details.append(span)
    details.append(f"{briefing.word_count} words")
    parts = [f"<h1>{_e(briefing.title)}</h1>", f'<p class="meta">{_e(" · ".join(details))}</p>']
    update = update_line(briefing)
    if update:
        parts.append(f'<p class="update" role="note">{_e(update)}</p>')
    return "\n".join(parts) + "\n"


def _warnings(briefing: Briefing) -> str:
    if not briefing.warnings:
        return ""
    items = "".join(f"<li>{_e(warning)}</li>" for warning in briefing.warnings)
    return (
        f'<aside class="warnings" aria-label="Warnings"><b>Warnings</b><ul>{items}</ul></aside>\n'
    )


def _footer(briefing: Briefing) -> str:
    reason = f" — {_e(briefing.engine_reason)}" if briefing.engine_reason else ""
    return f"<p>Engine: <b>{_e(briefing.engine)}</b>{reason}</p>\n<p>Made by summarize.</p>\n"


def _meta(briefing: Briefing) -> str:
    """What a batch index needs to list this page, as JSON safe inside a <script> block."""
    data = {
        "title": briefing.title[:1000],
        "sources": len(briefing.sources),
        "date": date_span(source.published for source in briefing.sources),
        "engine": briefing.engine,
    }
    text = json.dumps(data, ensure_ascii=True, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def date_span(dates: Iterable[str | None]) -> str | None:
    """ "2024-01-16 – 2024-01-18" from the ISO dates among `dates`, else the first date."""
    given = [d.strip() for d in dates if d and d.strip()]
    iso = sorted(d[:10] for d in given if _ISO_DATE.match(d))
    if iso:
        return iso[0] if iso[0] == iso[-1] else f"{iso[0]} – {iso[-1]}"
    return given[0] if given else None


# ------------------------------------------------------------------------ briefing section


def _briefing_section(
    briefing: Briefing,
    numbers: dict[str, int],
    by_id: dict[str, SourceInfo],
    marks: _Marks,
    disputed: set[int],
) -> str:
    if not briefing.sentences:
        return "<p><em>No sentence could be selected from these articles.</em></p>\n"
    paragraphs: list[list[str]] = [[]]
    words = 0
    for index, sentence in enumerate(briefing.sentences):
        paragraphs[-1].append(_sentence(index, sentence, numbers, by_id, marks, index in disputed))
        words += len(sentence.text.split())
        if words >= WORDS_PER_PARAGRAPH:
            paragraphs.append([])
            words = 0
    return "".join(f"<p>{' '.join(p)}</p>\n" for p in paragraphs if p)


def _sentence(
    index: int,
    sentence: BriefSentence,
    numbers: dict[str, int],
    by_id: dict[str, SourceInfo],
    marks: _Marks,
    disputed: bool,
) -> str:
    cited = [c for c in dict.fromkeys(sentence.citations) if c in numbers]
    markers = "".join(
        _marker(f"{index + 1}-{numbers[c]}", sentence, by_id[c], numbers[c], marks, rank)
        for rank, c in enumerate(cited)
    )
    extra = ""
    if disputed:
        extra += (
            '<a class="dagger" href="#differ" title="Sources differ on this"'
            ' aria-label="Sources differ on this: see Where sources differ">†</a>'
        )
    count = _corroboration(sentence, len(cited))
    if count:
        extra += f'<span class="corr">{count} source{"s" if count != 1 else ""}</span>'
    if not sentence.supported:
        extra += '<span class="badge bad">unsupported</span>'
    # The last word travels with the markers so a marker never starts a line alone.
    head, _, last = sentence.shown.rstrip().rpartition(" ")
    lead = f"{_e(head)} " if head else ""
    return (
        f'<span class="sentence" id="s{index + 1}">{lead}'
        f'<span class="cites">{_e(last)}{markers}</span>{extra}</span>'
    )


def _corroboration(sentence: BriefSentence, cited: int) -> int:
    """How many independent sources back the sentence (a field another stage may set)."""
    value = getattr(sentence, "corroboration", None)
    if isinstance(value, bool) or value is None:
        return cited
    if isinstance(value, int):
        return value if value > 0 else cited  # 0: not computed for this sentence
    try:
        return len(value)  # type: ignore[arg-type]
    except TypeError:
        return cited


def _marker(
    key: str, sentence: BriefSentence, source: SourceInfo, number: int, marks: _Marks, rank: int
) -> str:
    support = _best_support(sentence, source.id)
    anchor = marks.anchor(support) if support is not None else None
    target = anchor or f"src{number}"
    if rank >= MAX_TOOLTIPS_PER_SENTENCE:  # a plain link: the page stays small
        return (
            f'<a class="cite" href="#{target}" aria-label="Source {number}: {_e(source.title)}">'
            f"[{number}]</a>"
        )
    quote = _tooltip_quote(marks.texts.get(source.id), support) or _e(sentence.text)
    tip = (
        f'<span class="tip" role="tooltip" id="tip{key}"><q>{quote}</q>'
        f'<span class="tip-src">{_source_details(source, number)}</span></span>'
    )
    return (
        f'<span class="cite-wrap"><a class="cite" href="#{target}" '
        f'aria-describedby="tip{key}" aria-label="Source {number}: {_e(source.title)}">'
        f"[{number}]</a>{tip}</span>"
    )


def _tooltip_quote(text: str | None, support: object | None) -> str | None:
    """The supporting span marked, with a little of the text around it."""
    if text is None or support is None:
        return None
    start, end = _field(support, "start"), _field(support, "end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return None
    before = text[max(0, start - TOOLTIP_CONTEXT) : start]
    before = _trim_left(before, cut=start > TOOLTIP_CONTEXT)
    after = _trim_right(text[end : end + TOOLTIP_CONTEXT], cut=end + TOOLTIP_CONTEXT < len(text))
    return f"{_e(before)}<mark>{_e(text[start:end])}</mark>{_e(after)}"


def _trim_left(text: str, cut: bool) -> str:
    """Context before a span: from a paragraph break, or from a word boundary with an
    ellipsis where the text was cut mid-paragraph."""
    if "\n" in text:
        return text.rsplit("\n", 1)[1].lstrip()
    space = text.find(" ")
    return "…" + text[space:] if cut and space >= 0 else text


def _trim_right(text: str, cut: bool) -> str:
    if "\n" in text:
        return text.split("\n", 1)[0].rstrip()
    space = text.rfind(" ")
    return text[:space] + "…" if cut and space >= 0 else text


def _source_details(source: SourceInfo, number: int) -> str:
    parts = [f"<b>[{number}] {_e(source.title)}</b>"]
    parts += [_e(x) for x in (source.source, source.published) if x]
    url = safe_url(source.url)
    if url:
        parts.append(f'<a href="{_e(url)}" rel="noopener noreferrer nofollow">{_e(_host(url))}</a>')
    return " · ".join(parts)


def _host(url: str) -> str:
    return url.split("//", 1)[1].split("/", 1)[0]


# ------------------------------------------------------------------- disagreements, timeline


def _disputed_sentences(briefing: Briefing) -> set[int]:
    found: set[int] = set()
    for disagreement in _as_list(getattr(briefing, "disagreements", None)):
        for index in _as_list(_field(disagreement, "sentences")):
            if isinstance(index, int) and not isinstance(index, bool):
                found.add(index)
    return found


def _source_refs(
    ids: object,
    numbers: dict[str, int],
    by_id: dict[str, SourceInfo],
    marks: _Marks | None,
    support: object = (),
) -> str:
    """Bracketed source numbers linking into the Sources panel (to the passage if known)."""
    anchors: dict[str, str] = {}
    for item in _as_list(support):
        anchor = marks.anchor(item) if marks else None
        if anchor:
            anchors.setdefault(str(_field(item, "source")), anchor)
    refs = []
    for source in dict.fromkeys(str(x) for x in _as_list(ids)):
        if source not in numbers:
            continue
        n = numbers[source]
        refs.append(
            f'<a class="jump" href="#{anchors.get(source, f"src{n}")}" '
            f'title="{_e(by_id[source].title)}">[{n}]</a>'
        )
    return "".join(refs)


def _differ_section(
    briefing: Briefing, numbers: dict[str, int], by_id: dict[str, SourceInfo], marks: _Marks
) -> str:
    rows = []
    for disagreement in _as_list(getattr(briefing, "disagreements", None)):
        values = _as_list(_field(disagreement, "values"))
        if not values:
            continue
        cells = "".join(
            f'<td><span class="value">{_e(_field(value, "value"))}</span> '
            + _source_refs(
                _field(value, "sources"), numbers, by_id, marks, _field(value, "support")
            )
            + "</td>"
            for value in values
        )
        where = [
            f'<a href="#s{i + 1}">sentence {i + 1}</a>'
            for i in _as_list(_field(disagreement, "sentences"))
            if isinstance(i, int) and not isinstance(i, bool)
        ]
        slot = _e(_field(disagreement, "slot") or "value")
        rows.append(
            f'<tr><th scope="row">{slot}'
            + (f'<br><span class="small">{", ".join(where)}</span>' if where else "")
            + f"</th>{cells}</tr>"
        )
    if not rows:
        return ""
    return (
        '<p class="small">The sources give different values for these facts; the briefing '
        "does not settle them.</p>\n<table><tbody>" + "\n".join(rows) + "</tbody></table>\n"
    )


def _timeline_section(
    briefing: Briefing, numbers: dict[str, int], by_id: dict[str, SourceInfo]
) -> str:
    items = []
    for event in _as_list(getattr(briefing, "timeline", None)):
        date, text = _field(event, "date"), _field(event, "text")
        if not text:
            continue
        stamp = f"<time>{_e(date)}</time> " if date else ""
        refs = _source_refs(_field(event, "sources"), numbers, by_id, None)
        items.append(f"<li>{stamp}{_e(text)} {refs}</li>")
    return f"<ol>{''.join(items)}</ol>\n" if items else ""


# ------------------------------------------------------------------------- sources section


def _sources_section(briefing: Briefing, numbers: dict[str, int], marks: _Marks) -> str:
    total = sum(len(marks.texts.get(s.id, "")) for s in briefing.sources)
    excerpts = total > MAX_TEXT_CHARS
    note = (
        f'<p class="small">These {len(briefing.sources)} articles hold {total:,} characters, '
        "more than one page should carry: each source shows its cited passages with some "
        "context; the full texts are in the input files.</p>\n"
        if excerpts
        else ""
    )
    items = [_source_item(source, numbers, marks, excerpts) for source in briefing.sources]
    return note + '<ol class="sources">\n' + "\n".join(items) + "\n</ol>\n"


def _source_item(source: SourceInfo, numbers: dict[str, int], marks: _Marks, excerpts: bool) -> str:
    number = numbers[source.id]
    details = [_e(x) for x in (source.source, source.published) if x]
    url = safe_url(source.url)
    location = (
        f'<a href="{_e(url)}" rel="noopener noreferrer nofollow">{_e(url)}</a>'
        if url
        else f"<code>{_e(source.url or source.path)}</code>"
    )
    flags = _flags(source, numbers)
    text = marks.texts.get(source.id)
    passages = marks.passages.get(source.id, [])
    body = ""
    if text is not None:
        cited = len(passages)
        label = f"Article text ({cited} cited passage{'s' if cited != 1 else ''})"
        body = (
            f"<details><summary>{label}</summary>"
            f'<div class="src-text">{_highlighted(text, passages, excerpts)}</div></details>'
        )
    return (
        f'<li id="src{number}"><span class="src-title">{_e(source.title)}</span>{flags}'
        f'<br><span class="small">{" · ".join([*details, location])}</span>{body}</li>'
    )


def _flags(source: SourceInfo, numbers: dict[str, int]) -> str:
    badges = []
    for flag in _as_list(getattr(source, "flags", None)):
        label = _FLAG_LABELS.get(str(flag), str(flag).replace("_", " "))
        badges.append(f'<span class="badge flag">{_e(label)}</span>')
    original = getattr(source, "copy_of", None)
    if original:
        target = numbers.get(str(original))
        ref = f'<a href="#src{target}">[{target}]</a>' if target else _e(original)
        badges.append(f'<span class="badge flag">copy of {ref}</span>')
    return "".join(badges)


def _highlighted(text: str, passages: Sequence[_Passage], excerpts: bool) -> str:
    """The cleaned text escaped, each cited passage a focusable <mark> with its anchor."""
    pieces: list[str] = []
    position = 0
    for passage in passages:
        gap = text[position : passage.start]
        if excerpts:
            gap = _elide(gap, first=position == 0)
        pieces.append(_e(gap))
        pieces.append(
            f'<mark id="{passage.anchor}" tabindex="-1">{_e(text[passage.start : passage.end])}'
            "</mark>"
        )
        position = passage.end
    tail = text[position:]
    if excerpts:
        tail = tail[:EXCERPT_CONTEXT] + (" […]" if len(tail) > EXCERPT_CONTEXT else "")
    pieces.append(_e(tail))
    return "".join(pieces)


def _elide(gap: str, first: bool) -> str:
    keep = EXCERPT_CONTEXT
    if len(gap) <= 2 * keep + 10:
        return gap
    head = "" if first else gap[:keep]
    return f"{head} […] {gap[-keep:]}"


# ---------------------------------------------------------------------------- batch index


@dataclass(frozen=True)
class IndexRow:
    """One set in a batch's index page."""

    name: str
    status: str  # ok | failed
    page: str | None = None  # file name of its HTML page in the output folder
    title: str | None = None
    date: str | None = None
    sources: int | None = None
    error: str | None = None
    update_page: str | None = None  # the update page of the set's last growth, if any


def index_rows(outdir: str | Path, manifest_name: str = "manifest.sqlite") -> list[IndexRow]:
    """A row per set in the output folder's manifest, with title, date and source count
    read back from each set's HTML page."""
    out = Path(outdir)
    manifest = out / manifest_name
    if not manifest.is_file():
        return []
    db = sqlite3.connect(manifest)
    try:
        records = db.execute(
            "SELECT name, status, outputs, error FROM sets ORDER BY name"
        ).fetchall()
    finally:
        db.close()
    rows = []
    for name, status, outputs, error in records:
        pages = [o for o in json.loads(outputs or "[]") if str(o).endswith(".html")]
        updates = [o for o in pages if str(o).endswith(f"{UPDATE_SUFFIX}.html")]
        pages = [o for o in pages if o not in updates]
        meta = read_meta(out / pages[0]) if pages else {}
        title, date, sources = meta.get("title"), meta.get("date"), meta.get("sources")
        rows.append(
            IndexRow(
                name=str(name),
                status=str(status),
                page=pages[0] if pages else None,
                title=title if isinstance(title, str) else None,
                date=date if isinstance(date, str) else None,
                sources=sources if isinstance(sources, int) else None,
                error=error,
                update_page=updates[0] if updates else None,
            )
        )
    return rows


def read_meta(page: Path) -> dict[str, object]:
    """The metadata block a briefing page carries, or {} if the page is missing or foreign."""
    try:
        with page.open(encoding="utf-8", errors="replace") as stream:
            head = stream.read(8192)  # the block opens <head>
    except OSError:
        return {}
    found = _META_BLOCK.search(head)
    if not found:
        return {}
    try:
        data = json.loads(found.group(1))
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def to_index_html(rows: Sequence[IndexRow], title: str = "Briefings") -> str:
    """The index page of a batch: every set with its title, date, sources and status."""
    failed = sum(1 for row in rows if row.status == "failed")
    lines = []
    for row in rows:
        if row.page:
            shown = _e(row.title or row.name)
            name = f'<a href="{_e(_relative_href(row.page))}">{shown}</a>'
            if row.update_page:
                name += f' · <a href="{_e(_relative_href(row.update_page))}">update</a>'
        else:
            name = _e(row.title or row.name)
        status = (
            f'<span class="status-failed">failed: {_e(row.error or "unknown error")}</span>'
            if row.status == "failed"
            else _e(row.status)
        )
        lines.append(
            f'<tr><td><code class="set">{_e(row.name)}</code></td><td>{name}</td>'
            f'<td class="date" data-label="Date">{_e(row.date or "—")}</td>'
            f'<td data-label="Sources">{"—" if row.sources is None else row.sources}</td>'
            f'<td data-label="Status">{status}</td></tr>'
        )
    summary = f"{len(rows)} set{'s' if len(rows) != 1 else ''}" + (
        f", {failed} failed" if failed else ""
    )
    table = (
        "<table><thead><tr><th>Set</th><th>Briefing</th><th>Date</th><th>Sources</th>"
        "<th>Status</th></tr></thead><tbody>\n" + "\n".join(lines) + "\n</tbody></table>\n"
        if rows
        else "<p>No set has been briefed yet.</p>\n"
    )
    return _page(
        title,
        header=f'<h1>{_e(title)}</h1>\n<p class="meta">{_e(summary)}</p>\n',
        nav='<a href="#sets">Sets</a>',
        main=f'<section id="sets" aria-labelledby="sets-h"><h2 id="sets-h">Sets</h2>\n{table}'
        "</section>",
        footer="<p>Made by summarize batch.</p>\n",
    )


def _relative_href(name: str) -> str:
    """A link to a file in the same folder; './' keeps a name like 'a:b.html' from
    reading as a URL scheme."""
    from urllib.parse import quote

    return "./" + quote(name)


def refresh_index(outdir: str | Path) -> Path | None:
    """Rewrite the output folder's index.html only if one written by summarize is there
    (a file of the user's by that name is left alone); None when there is none."""
    target = Path(outdir) / INDEX_NAME
    try:
        with target.open(encoding="utf-8", errors="replace") as stream:
            ours = _GENERATOR in stream.read(8192)  # in <head>, before the style sheet
    except OSError:
        return None
    return write_index(outdir) if ours else None


def write_index(outdir: str | Path) -> Path:
    """Write (atomically) the output folder's index.html from its manifest and pages; an
    unchanged index is not rewritten, so a run with nothing to do touches no file."""
    from summarize.output import write_atomic

    target = Path(outdir) / INDEX_NAME
    page = to_index_html(index_rows(outdir))
    try:
        if target.read_text(encoding="utf-8") == page:
            return target
    except (OSError, UnicodeDecodeError):
        pass
    return write_atomic(target, page)
