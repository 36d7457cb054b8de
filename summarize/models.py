"""Plain data passed between pipeline stages."""

from __future__ import annotations

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
class Chunk:
    """A run of whole sentences of one article that fits a token budget."""

    article_id: str
    sentences: tuple[Sentence, ...]
    n_tokens: int

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


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


@dataclass(frozen=True)
class SourceInfo:
    id: str
    title: str
    path: str
    source: str | None = None
    url: str | None = None
    published: str | None = None
    copy_of: str | None = None  # id of the source this article copies (summarize.copies)


@dataclass
class Briefing:
    """The product: one cited briefing. Both engines return it."""

    title: str
    engine: str
    sentences: list[BriefSentence]
    sources: list[SourceInfo]
    stats: dict[str, object] = field(default_factory=dict)
    engine_reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Seconds per stage; shown with --verbose, never written (output must be reproducible).
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)
