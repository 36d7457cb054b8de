"""Plain data passed between pipeline stages."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class Article:
    """One input article as read from disk, before cleaning."""

    id: str
    text: str
    path: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None


class BlockKind(str, Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    BULLET = "bullet"
    TABLE_ROW = "table_row"


@dataclass(frozen=True)
class Block:
    """A paragraph-level unit of a cleaned article, with its offset in the cleaned text."""

    kind: BlockKind
    text: str
    start: int


@dataclass(frozen=True)
class CleanedArticle:
    """An article with boilerplate removed.

    `text` is the cleaned body: blocks joined by blank lines. Every sentence offset in
    later stages points into this string.
    """

    article: Article
    blocks: tuple[Block, ...]
    text: str
    removed: dict[str, int] = field(default_factory=dict)
    removed_lines: tuple[tuple[str, str], ...] = ()  # (category, text), for --verbose
    # Where and when the article says it was written: Article.published first, else a
    # wire dateline ("LIMA, May 9 (Xinhua) --") or a date line the cleaner removed.
    # ISO YYYY-MM-DD (YYYY-MM when the day is unknown, --MM-DD when the year is).
    date: str | None = None
    place: str | None = None  # the dateline's place, as written ("LIMA", "MOBILE, Ala.")
    # A stub is too short or only page furniture: it must not steer the set (centroid,
    # lead bonus, corroboration). `stub_reason` says why, for people.
    is_stub: bool = False
    stub_reason: str | None = None
    language: str = "en"  # ISO 639-1 code from summarize.language.detect
    # Where `date` was found: "metadata", "dateline", "date_line" or "lead" (the day a
    # wire lead says it reports: "officials said Tuesday, November 11, 2025").
    date_from: str | None = None

    @property
    def id(self) -> str:
        return self.article.id


@dataclass(frozen=True)
class Sentence:
    """One sentence of a cleaned article, with its provenance."""

    article_id: str
    index: int  # position among the article's sentences, 0-based
    paragraph: int  # index of the block it came from
    text: str
    start: int  # character span in CleanedArticle.text
    end: int
    kind: BlockKind = BlockKind.PARAGRAPH

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.index)


@dataclass(frozen=True)
class Group:
    """Sentences that say the same thing, possibly in several articles.

    `representative` is the member shown to readers; `members` keeps every occurrence so
    the briefing can cite each article that said it.
    """

    id: int
    representative: Sentence
    members: tuple[Sentence, ...]
    # (copy, original) article ids among this group's sources (summarize.copies): copies of
    # one story are cited but count once as evidence.
    copies: tuple[tuple[str, str], ...] = ()

    @property
    def article_ids(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for member in self.members:
            seen.setdefault(member.article_id, None)
        return tuple(seen)

    @property
    def independent_sources(self) -> int:
        """Articles that said it, a family of copies of one story counting once."""
        original = dict(self.copies)
        return len({original.get(article_id, article_id) for article_id in self.article_ids})

    @property
    def corroboration(self) -> int:
        return self.independent_sources


@dataclass(frozen=True)
class Support:
    """Where a briefing sentence is backed in a source: a sentence and its character span."""

    source: str
    sentence_index: int
    start: int
    end: int
    score: float = 1.0


@dataclass(frozen=True)
class BriefSentence:
    text: str
    citations: tuple[str, ...]
    support: tuple[Support, ...]
    # Best alignment score to a source sentence (1.0 for extracted sentences).
    support_score: float = 1.0
    # False only for generated sentences kept with --keep-unsupported.
    supported: bool = True
    # Update briefings: earlier sources (from --since) whose figure this sentence revises.
    updates: tuple[str, ...] = ()
    # Indexes into Briefing.disagreements of the disputed values this sentence states.
    disputed: tuple[int, ...] = ()
    # How many independent sources state it (0 = not computed).
    corroboration: int = 0
    # The text as shown to readers: relative times anchored to dates ("this week [16–22 Jan
    # 2024]"); None when nothing needed anchoring. `text` stays the source's own words.
    anchored: str | None = None

    @property
    def shown(self) -> str:
        return self.anchored or self.text


@dataclass(frozen=True)
class SourceInfo:
    id: str
    title: str
    path: str
    source: str | None = None
    url: str | None = None
    published: str | None = None
    # e.g. ("ai_generated",) when the cleaner removed an AI-content disclaimer from it.
    flags: tuple[str, ...] = ()
    copy_of: str | None = None  # id of the source this article copies (summarize.copies)
    # The article's text as `textutil.text_digest` names it: a later `--since` of this
    # briefing's JSON knows the article as read.
    digest: str | None = None
    # Where `published` came from when the article's metadata gave none: the date the
    # briefing dates its relative days by, found in its text ("dateline", "date_line",
    # "lead"), its dateline's day with the year of the set's other articles ("set"), or
    # the date of the article it copies ("copy").
    published_from: str | None = None


@dataclass(frozen=True)
class DisagreementValue:
    """One value the sources give for a disputed fact, with who gave it and where."""

    value: str
    sources: tuple[str, ...]
    support: tuple[Support, ...]


@dataclass(frozen=True)
class Disagreement:
    """Sources reporting the same fact with different values for one slot."""

    slot: str  # number | date | place | actor | attribution | winner
    fact: str  # a short description of the fact, in a source's words
    values: tuple[DisagreementValue, ...]
    sentences: tuple[tuple[str, int], ...]  # (article id, sentence index) of each statement


@dataclass(frozen=True)
class TimelineEntry:
    """A dated event the sources report, with every article that reported it."""

    date: str  # ISO YYYY-MM-DD
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class GenerationStats:
    """What the seq2seq model read and wrote: the abstractive engine's part of the stats."""

    model: str  # the model id or folder that ran
    model_family: str  # its prompt and packing family: bart, pegasus, led, t5, flan-t5
    device: str  # where it ran: cpu, cuda or mps
    window_tokens: int  # the model's input window, prompt and special tokens included
    input_tokens: int  # tokens of every source sentence offered to the model
    model_input_tokens: int  # of those, the tokens that reached the model
    input_share: float  # model_input_tokens / input_tokens, to 4 decimals
    sentences_left_out: int  # source sentences no window had room for
    windows_per_round: tuple[int, ...]  # windows generated in each round
    generation_rounds: int  # rounds of generation (summaries of summaries)
    generations: int  # sequences generated, all rounds together
    generated_tokens: int
    input_cut_to_fit: bool  # some input was left out or cut to fit the windows
    threads: int | None  # torch CPU threads; None when not on the CPU
    generated_sentences: int  # complete sentences in the model's output
    unsupported: int  # generated sentences that no source supports
    unsupported_kept: bool  # --keep-unsupported: those were kept and marked, not dropped


@dataclass(frozen=True)
class BriefingStats:
    """The figures of one briefing, written as the JSON `stats` object by `to_dict`.

    Keys follow the field order; a field that is None is left out, and the abstractive
    engine's `generation` figures are written inline (their own keys, not a sub-object).
    """

    articles: int = 0  # articles briefed (unusable ones skipped)
    sentences: int = 0  # sentences split from them, every kind
    candidate_sentences: int = 0  # sentences eligible for the briefing
    groups: int = 0  # groups of candidates that say the same thing
    duplicates_merged: int = 0  # candidate_sentences - groups
    multi_source_groups: int = 0  # groups stated by more than one article
    copies: int = 0  # articles that copy another one (summarize.copies)
    semantic: str = "off"  # whether sentence embeddings were used in grouping
    selected: int = 0  # sentences in the briefing
    words: int = 0  # words in the briefing's sentences
    corroboration: tuple[int, ...] = ()  # independent sources cited, per briefing sentence
    # article id -> boilerplate category -> lines removed (articles with none left out)
    boilerplate_removed: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    boilerplate_removed_total: int = 0
    languages: Mapping[str, str] = field(default_factory=dict)  # article id -> ISO 639-1
    stubs: Mapping[str, str | None] = field(default_factory=dict)  # article id -> why a stub
    generation: GenerationStats | None = None  # the abstractive engine only
    mode: str = "general"  # general, focus or update
    focus: str | None = None  # focus mode: the question or topic
    # Update mode only: what was read before (History.describe()), whether nothing new was
    # left, and the earlier sources whose figures a briefing sentence revises.
    history: Mapping[str, object] | None = None
    nothing_new: bool | None = None
    updated_sources: tuple[SourceInfo, ...] | None = None
    # Inputs and articles skipped, with the reason; None when articles given in memory had
    # none (the file reader always writes it).
    skipped_inputs: tuple[str, ...] | None = None
    # --verbose --format json: the removed boilerplate lines, (category, text) per article.
    removed_lines: Mapping[str, tuple[tuple[str, str], ...]] | None = None

    def to_dict(self) -> dict[str, object]:
        """The JSON `stats` object, as plain lists and dicts."""
        record: dict[str, object] = {}
        for item in dataclasses.fields(self):
            value = getattr(self, item.name)
            if value is None:
                continue
            if isinstance(value, GenerationStats):
                record.update({key: _plain(v) for key, v in dataclasses.asdict(value).items()})
            elif item.name == "updated_sources":
                # An earlier source as the history read it, its empty fields left out.
                record[item.name] = [
                    {key: _plain(v) for key, v in dataclasses.asdict(source).items() if v}
                    for source in value
                ]
            elif item.name == "removed_lines":
                record[item.name] = {
                    article: [{"category": category, "text": text} for category, text in lines]
                    for article, lines in value.items()
                }
            else:
                record[item.name] = _plain(value)
        return record


def _plain(value: object) -> object:
    """Tuples and mappings as the lists and dicts JSON reads back."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    return value


@dataclass
class Briefing:
    """The product: one cited briefing. Both engines return it."""

    title: str
    engine: str
    sentences: list[BriefSentence]
    sources: list[SourceInfo]
    stats: BriefingStats = field(default_factory=BriefingStats)
    engine_reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Seconds per stage; shown with --verbose, never written (output must be reproducible).
    timings: dict[str, float] = field(default_factory=dict)
    disagreements: list[Disagreement] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    # Markdown marks sentences that only one source states (--show-corroboration).
    show_corroboration: bool = False
    # How the engine was chosen, one line per engine tried; shown with --verbose.
    engine_steps: list[str] = field(default_factory=list)
    # Boilerplate lines removed per article, (category, text); shown with --verbose.
    removed_lines: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # Cleaned text of each source by id, which support spans point into; for the HTML
    # page's Sources panel, never written to JSON.
    source_texts: dict[str, str] = field(default_factory=dict)
    # --explain: the score parts and the reasons; written to JSON only when present.
    explain: Explanation | None = None

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


@dataclass(frozen=True)
class ExplainedSentence:
    """--explain: one briefing sentence and the numbers that put it there."""

    number: int  # 1-based position in the briefing
    text: str
    score: float  # the extractive score (support score for a generated sentence)
    parts: tuple[tuple[str, float], ...]  # weighted terms that sum to `score`
    sources: tuple[str, ...]
    step: int = 0  # selection step at which it was taken (1 = first); 0 for generated
    # The selection value's terms at that step (relevance, redundancy, concepts, new facts).
    selection: tuple[tuple[str, float], ...] = ()
    # Members of its group that are cited but not shown: (article id, sentence index, text).
    merged: tuple[tuple[str, int, str], ...] = ()


@dataclass(frozen=True)
class PassedCandidate:
    """--explain: a strong candidate that was not selected, and why (one line)."""

    source: str
    sentence_index: int
    text: str
    score: float
    parts: tuple[tuple[str, float], ...]
    sources: tuple[str, ...]
    reason: str  # a code of summarize.extractive.EXCLUSION_CODES
    detail: str  # the reason in words, with the numbers that decided it
    restates: int | None = None  # the briefing sentence it restates (1-based)


@dataclass(frozen=True)
class Explanation:
    """--explain: why each sentence is in the briefing and why strong others are not."""

    engine: str
    method: str  # one line: how the sentences were scored and chosen
    sentences: tuple[ExplainedSentence, ...]
    passed: tuple[PassedCandidate, ...] = ()
