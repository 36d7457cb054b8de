"""Clean: strip web boilerplate from an article and keep its structure.

Works line by line on the article text. Each removed line is counted under a category
(``counter``, ``date``, ``label``, ``byline``, ``author_bio``, ``ai_disclaimer``,
``comment_policy``, ``repeated_title``, ``caption``, ``repeated_block``, ``separator``,
``signature``, ``related``, ``link``, ``dateline``) so users can see what was dropped.
What is kept is classified as paragraph, heading, bullet or table row; only paragraphs and
bullets that are real sentences become briefing material.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from summarize.models import Article, Block, BlockKind, CleanedArticle
from summarize.textutil import normalize_text

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?)"
_DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated|modified)\s*(?:on|at)?:?\s*)?"
    rf"(?:{_WEEKDAY}\s*)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s*(?:\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[t ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})"
    rf"(?:\s*(?:at\s*)?[,|·-]?\s*{_TIME})?$",
    re.IGNORECASE,
)
_COUNTER_LINE = re.compile(r"^[\d.,\s]+[kKmM]?(?:\s*(?:shares?|views?|comments?|likes?))?$")
_LABEL_LINE = re.compile(
    r"^(?:breaking(?: news)?|live(?: updates)?|exclusive|developing(?: story)?|update[d]?"
    r"|advertisement|sponsored(?: content)?|share(?: this(?: article| story| post)?)?"
    r"|share on \w+|tweet|print|email|comments?|\d+ comments?|leave a (?:comment|reply)"
    r"|read more|continue reading|see also|more on this(?: story)?|author|about the author"
    r"|subscribe(?: now)?|sign up|follow us(?: on \w+)?|click here|listen to this article"
    r"|photo|image|video|watch|menu|home|skip to (?:main )?content|trending(?: now)?"
    r"|most read|top stories|you may also like|recommended)[\s:.!|>»-]*$",
    re.IGNORECASE,
)
_RELATED_LINE = re.compile(
    r"^(?:related(?: posts?| articles?| stories| news| coverage| content)?"
    r"|more from \w+|also read)[\s:.-]*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?i:(?:written|posted|reported|edited|compiled)\s+by|by)\s*:?\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al|bin))*)\s*$"
)
_AI_DISCLAIMER = re.compile(
    r"(?i)\b(?:this (?:article|story|content|summary|post|report) (?:was|is|has been)"
    r" (?:\w+ )?(?:generated|written|created|produced|summari[sz]ed|assisted)"
    r"|ai[- ](?:generated|assisted|written) (?:content|article|summary|story)"
    r"|(?:generated|written|created|produced)\s+(?:\w+\s+)?(?:by|with|using)\s+(?:an?\s+)?"
    r"(?:ai|artificial intelligence|automated \w+|(?:large )?language models?)\b"
    r"|with the (?:help|assistance) of (?:ai|artificial intelligence)\b"
    r"|scans breaking news|distills? (?:multiple )?news articles)"
)
_COMMENT_POLICY = re.compile(
    r"(?i)(?:comments? (?:posted|published|expressed) (?:here|below|on this)"
    r"|refrain from (?:using )?(?:derogatory|abusive|obscene|offensive)"
    r"|views expressed in (?:the )?comments"
    r"|comments? (?:are|is) (?:moderated|closed|not from))"
)
_PHOTO_CREDIT = re.compile(
    r"(?:\((?:photo|image|picture|credit)?:?\s*[^()]{0,80}/[^()]{2,80}\)|"
    r"\b(?:photo|image|picture|photograph)\s*(?:by|:|credit:?)\s*[^.]{2,80}$|"
    r"\((?:AP|AFP|Reuters|Getty Images|EPA|Xinhua|Bloomberg)[^()]{0,40}\))\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r"(?: \((?:AP|AFP|Reuters|CNN|UPI|dpa|[A-Z][\w ]{1,20})\))? ?[-—–:] (?=[A-Z\"“])"
)
_SEPARATOR = re.compile(r"^[\s\-—–_*=~•·.+#]{2,}$")
_LINK_LINE = re.compile(r"^(?:https?://\S+|www\.\S+|\S+@\S+\.\w+|@\w+)$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[•·▪●◦‣∙*+\-–—]|\d{1,2}[.)])\s+(?=\S)")
_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")", "]", "…")
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10)) | {
    0x200B: None,
    0x200C: None,
    0x200D: None,
    0xFEFF: None,
    0x7F: None,
}


def noise_category(line: str) -> str | None:
    """The boilerplate category of a single stripped line judged alone, or None."""
    if _SEPARATOR.match(line):
        return "separator"
    if _COUNTER_LINE.match(line):
        return "counter"
    if _DATE_LINE.match(line):
        return "date"
    if _LABEL_LINE.match(line):
        return "label"
    if _RELATED_LINE.match(line):
        return "related"
    if _LINK_LINE.match(line):
        return "link"
    if len(line.split()) <= 8 and _BYLINE.match(line):
        return "byline"
    if _COMMENT_POLICY.search(line):
        return "comment_policy"
    if len(line.split()) <= 80 and _AI_DISCLAIMER.search(line):
        return "ai_disclaimer"
    return None


def normalize_raw(text: str) -> str:
    """Unicode NFC, Unix newlines, no control or zero-width characters, no NBSP."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(_CONTROL)
    return text.replace("\u00a0", " ").replace("\t", " ")


def clean(article: Article) -> CleanedArticle:
    """Remove boilerplate from `article` and classify what remains into blocks."""
    lines = [" ".join(line.split()) for line in normalize_raw(article.text).split("\n")]
    units = _units(lines)
    removed: Counter[str] = Counter()
    removed_lines: list[tuple[str, str]] = []
    keep = [True] * len(units)

    def drop(index: int, category: str) -> None:
        if keep[index]:
            keep[index] = False
            removed[category] += 1
            removed_lines.append((category, units[index][0]))

    title_key = normalize_text(article.title) if article.title else None
    byline_names: set[str] = set()
    for index, (text, _run) in enumerate(units):
        category = noise_category(text)
        if category == "byline":
            match = _BYLINE.match(text)
            if match:
                byline_names.add(match.group("name").casefold())
        if category:
            drop(index, category)
        elif title_key and normalize_text(text) == title_key:
            # The headline is the title; every copy of it in the body is noise.
            drop(index, "repeated_title")

    _drop_author_lines(units, keep, byline_names, drop)
    _drop_captions_and_repeats(units, keep, drop)
    _drop_related_lists(units, keep, drop)
    _drop_trailing_signature(units, keep, drop)

    units = [(_strip_dateline(text, removed), run) for text, run in units]
    blocks = _blocks(units, keep)
    parts: list[str] = []
    placed: list[Block] = []
    offset = 0
    for kind, text in blocks:
        placed.append(Block(kind=kind, text=text, start=offset))
        parts.append(text)
        offset += len(text) + 2
    return CleanedArticle(
        article=article,
        blocks=tuple(placed),
        text="\n\n".join(parts),
        removed=dict(sorted(removed.items())),
        removed_lines=tuple(removed_lines),
    )


def _strip_dateline(text: str, removed: Counter[str]) -> str:
    """ "ISLAMABAD - Iran launched..." -> "Iran launched...": the dateline is not content."""
    match = _DATELINE.match(text)
    if not match or len(text) - match.end() < 20:
        return text
    removed["dateline"] += 1
    return text[match.end() :]


def _units(lines: list[str]) -> list[tuple[str, int]]:
    """Lines (or re-joined hard-wrapped lines) with the index of their blank-line run."""
    # Hard-wrapped text: most prose lines stop mid-sentence and none is very long.
    prose = [line for line in lines if len(line) >= 30]
    hard_wrapped = (
        len(prose) >= 5
        and sum(1 for line in prose if not line.endswith(_TERMINAL)) > 0.6 * len(prose)
        and max(len(line) for line in lines) <= 100
    )
    units: list[tuple[str, int]] = []
    run = 0
    previous_blank = True
    for line in lines:
        if not line:
            if not previous_blank:
                run += 1
            previous_blank = True
            continue
        joinable = (
            hard_wrapped
            and not previous_blank
            and units
            and not _BULLET.match(line)
            and not units[-1][0].endswith(_TERMINAL)
            and noise_category(line) is None
            and noise_category(units[-1][0]) is None
        )
        if joinable:
            units[-1] = (units[-1][0] + " " + line, run)
        else:
            units.append((line, run))
        previous_blank = False
    return units


def _drop_author_lines(units, keep, byline_names, drop) -> None:  # type: ignore[no-untyped-def]
    """A line that is only the byline's name, or a bio that starts with it ("AiBot scans...")."""
    if not byline_names:
        return
    for index, (text, _run) in enumerate(units):
        if not keep[index]:
            continue
        folded = text.casefold()
        for name in byline_names:
            if folded == name:
                drop(index, "byline")
            elif folded.startswith(name + " ") and len(text.split()) <= 80:
                drop(index, "author_bio")


def _drop_captions_and_repeats(units, keep, drop) -> None:  # type: ignore[no-untyped-def]
    """Captions (text ending in a photo credit) and lines printed twice in one article."""
    seen: dict[str, int] = {}
    for index, (text, _run) in enumerate(units):
        key = normalize_text(text)
        is_caption = bool(_PHOTO_CREDIT.search(text))
        if key in seen:
            first = seen[key]
            if is_caption:
                drop(first, "caption")
            drop(index, "caption" if is_caption else "repeated_block")
            continue
        seen[key] = index
        if is_caption and keep[index]:
            drop(index, "caption")


def _drop_related_lists(units, keep, drop) -> None:  # type: ignore[no-untyped-def]
    """Headline lists that follow a "Related Posts" label in the same run of lines."""
    for index, (text, run) in enumerate(units):
        if not _RELATED_LINE.match(text):
            continue
        follower = index + 1
        while follower < len(units) and units[follower][1] in (run, run + 1):
            candidate = units[follower][0]
            if candidate.endswith((".", "!")) or len(candidate.split()) > 20:
                break
            drop(follower, "related")
            follower += 1


def _drop_trailing_signature(units, keep, drop) -> None:  # type: ignore[no-untyped-def]
    """Short lines after the last separator or byline at the very end: a site signature."""
    kept = [index for index in range(len(units)) if keep[index]]
    tail_start = None
    for index in range(len(units) - 1, max(-1, len(units) - 7), -1):
        category = noise_category(units[index][0])
        if category in ("separator", "byline"):
            tail_start = index
            break
    if tail_start is None:
        return
    tail = [index for index in kept if index > tail_start]
    if len(tail) <= 3 and all(len(units[index][0].split()) <= 25 for index in tail):
        for index in tail:
            drop(index, "signature")


def _is_heading(text: str) -> bool:
    tokens = text.split()
    if not tokens or len(tokens) > 14 or text.endswith((".", ",", ";", "…")):
        return False
    long_words = [token for token in tokens if len(token) > 3 and token[0].isalpha()]
    if not long_words:
        return len(tokens) <= 4
    capitalised = sum(1 for token in long_words if token[0].isupper())
    return capitalised / len(long_words) >= 0.6 or (text.endswith((":", "?")) and len(tokens) <= 8)


def _blocks(units: list[tuple[str, int]], keep: list[bool]) -> list[tuple[BlockKind, str]]:
    kept = [(text, run) for (text, run), flag in zip(units, keep, strict=True) if flag]
    run_sizes = Counter(run for _text, run in kept)
    # Tables survive text extraction as a header line plus rows with no blank lines
    # between them, in articles that otherwise separate paragraphs with blank lines.
    blank_separated = len(run_sizes) >= 0.5 * len(kept) and len(kept) >= 4
    blocks: list[tuple[BlockKind, str]] = []
    table_run: int | None = None
    for position, (text, run) in enumerate(kept):
        if table_run is not None and run != table_run:
            table_run = None
        bullet = _BULLET.match(text)
        if bullet:
            blocks.append((BlockKind.BULLET, text[bullet.end() :]))
            continue
        starts_run = position == 0 or kept[position - 1][1] != run
        if (
            blank_separated
            and starts_run
            and run_sizes[run] >= 3
            and len(text.split()) <= 6
            and not text.endswith((*_TERMINAL, ":"))
        ):
            table_run = run
        if table_run is not None:
            blocks.append((BlockKind.TABLE_ROW, text))
        elif _is_heading(text):
            blocks.append((BlockKind.HEADING, text))
        else:
            blocks.append((BlockKind.PARAGRAPH, text))
    return blocks
