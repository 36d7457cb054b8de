"""summarize: one cited briefing from many news articles about one event.

>>> import summarize
>>> briefing = summarize.brief("seeds/")            # doctest: +SKIP
>>> print(summarize.render(briefing, "md"))         # doctest: +SKIP
"""

from __future__ import annotations

from summarize.errors import InputError, SummarizeError
from summarize.models import Article, Briefing, BriefSentence, SourceInfo, Support
from summarize.pipeline import BriefOptions, brief, brief_articles
from summarize.render import render


def batch(input_path, outdir="outputs", **kwargs):  # type: ignore[no-untyped-def]
    """Brief every new or changed article set under `input_path` (see summarize.batches)."""
    from summarize.batches import run_batch

    return run_batch(input_path, outdir, **kwargs)


__all__ = [
    "Article",
    "BriefOptions",
    "BriefSentence",
    "Briefing",
    "InputError",
    "SourceInfo",
    "SummarizeError",
    "Support",
    "batch",
    "brief",
    "brief_articles",
    "render",
]
__version__ = "0.1.0"
